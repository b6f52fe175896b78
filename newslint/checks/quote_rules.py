"""Quotation-mark checks (editorial-rules §5): balance, single marks, punctuation, attribution.

The document model finds the quotations (and tells apostrophes in Jum'at,
Ma'ruf, Children's, rock 'n' roll from quotation marks); these rules only
judge them.
"""

from __future__ import annotations

import re

from newslint.analysis.attribution import (
    SPEAKER_KINDS,
    QuoteSource,
    analyze,
    is_person,
    quote_sources,
    split_role_name,
)
from newslint.analysis.genre import ALL, HOROSCOPE, OPINION
from newslint.engine.rule import RuleContext, bad, good, rule
from newslint.lang.lexicon import get_lexicon
from newslint.lazyre import compile_cached
from newslint.model.document import Document, MarkKind, Paragraph, Quotation, Sentence, Zone

# A curly opener closed with a straight mark (or the reverse): copy from two CMSs.
_STORY_ZONES = frozenset({Zone.LEAD, Zone.BODY, Zone.BLOCKQUOTE})
_OPENERS = {
    MarkKind.DOUBLE_STRAIGHT: ('"', '"'),
    MarkKind.DOUBLE_CURLY: ("\u201c", "\u201d"),
}
_SPEECH = (
    r"kata|ujar|ucap|tutur|ungkap|jelas|terang|papar|urai|imbuh|tambah|tegas|sebut|lanjut|sambung|pungkas|beber|"
    r"tukas|timpal|sergah|kilah|dalih|seloroh|celetuk|cetus|tanya|tandas|tulis|harap|pinta|jawab"
)
# Roots that are a tag only in lower case right after the closing mark ('…,” keluh santoso', '…,” kenang
# dia'); capitalised they open the next sentence ('“…” Cerita itu …', '“…” Aku …').
_TAG_ROOTS = (
    r"keluh|kenang|seru|bisik|sahut|sindir|kelakar|gumam|teriak|ajak|imbau|aku|akui|klaim|kritik|sesal|bantah|"
    r"tepis|kecam|tuding|protes|tuntut|desak|kisah|cerita"
)
# After a closing mark: ", kata X" / ", ujarnya" (a speech tag).
_TAG_AFTER_RE = compile_cached(
    rf"\s*(?:{_SPEECH}|(?-i:{_TAG_ROOTS}))(?:nya)?(?![\w-])|\s*[A-Z]\w*(?:\s+[A-Z]\w*){{0,4}}\s+(?:menambahkan|mengatakan|menjelaskan|menegaskan|berkata)",
    re.I,
)
# The quoted words end with a speech verb and its -ku/-nya, with no comma before it: the writer typed the tag
# inside the closing mark ('“…, mungkin terjadi penimbunan jawabku”', '"… sudah kami laporkan ujarnya."').
_TRAPPED_END_TAG_RE = compile_cached(rf"(?<=\s)(?:{_SPEECH})(?:ku|nya)[\s.,!?]*$", re.I)
# Before an opening mark: the quoted words are a title, a name, a sign, a term.
_TITLE_WORDS = (
    "berjudul|bertajuk|bertema|bertemakan|tema|bertagar|tagar|slogan|semboyan|moto|motto|tagline|jargon|"
    "julukan|dijuluki|disebut|menyebutnya|bernama|program|gerakan|kampanye|film|lagu|buku|novel|album|acara|"
    "istilah|kata|frasa|frase|bertuliskan|tulisan|berbunyi|bunyi|judul|single|singel|rubrik|kolom|operasi|"
    "sebutan|label|nama|merek|tajuk|festival|pameran|seri|episode|video|unggahan|akun|kategori|status|predikat"
)
_TITLE_BEFORE_RE = compile_cached(rf"(?:{_TITLE_WORDS})\s*[,:]?\s*$", re.I)
_TITLE_LONGEST = max(len(w) for w in _TITLE_WORDS.split("|"))


def _title_before(before: str) -> bool:
    """``_TITLE_BEFORE_RE.search(before)``, tried only where its word can start.

    The word ends where the trailing white space and one comma or colon begin (a letter cannot be
    part of them; rstrip strips what ``\\s`` matches), and case-insensitive matching keeps its
    length, so it starts at most :data:`_TITLE_LONGEST` characters earlier: a search from there finds
    the same, without trying seventy words at each of the thirty characters before the mark."""
    word_end = before.rstrip()
    if word_end[-1:] in (",", ":"):
        word_end = word_end[:-1].rstrip()
    return _TITLE_BEFORE_RE.search(before, max(0, len(word_end) - _TITLE_LONGEST)) is not None


_SPEECH_BEFORE_RE = compile_cached(
    r"(?:mengaku|mengatakan|menyebut|menyebutkan|berkata|bilang|kata|ujar|menegaskan|menjelaskan|menambahkan|menulis|"
    r"berujar|berteriak|menuturkan|mengungkapkan|menyatakan|bertanya)\s*[,:]?\s*$|[,:]\s*$",
    re.I,
)
_EXPANSION_BEFORE_RE = compile_cached(
    r"(?:kepanjangan|singkatan|kependekan|akronim|arti|makna|padanan)\s+(?:dari\s+)?$", re.I
)
_GLOSS_BEFORE = frozenset({"berarti", "artinya", "bermakna", "arti", "yakni", "yaitu", "maksudnya", "alias", "atau"})
_WORD_BEFORE_RE = compile_cached(r"([^\W\d_][\w'’-]*)\W{0,2}$")
_WORDS_RE = compile_cached(r"[^\W_]+")


_NAMED_AFTER_RE = compile_cached(
    r"\s*,?\s*[A-Z][\w.'’-]*(?:\s+(?:[A-Z(][\w.'’()&-]*|of|and|the|dan|&)){1,12}\s*"
    r"(?:[.,]|$|\s+(?:di|dalam|saat|ketika|melalui)\s)"
)
# A credit line right after the closing mark: '"…" — Sutan Sjahrir', '"…" (Budi, 45, warga Sukamaju)'.
_CREDIT_AFTER_RE = compile_cached(
    r"[ \t]*(?:[—–]|--?(?=\s))[ \t]*[A-Z@]|[ \t]*\((?!(?:Baca|Foto|Video|Lihat|Simak|Gambar|Ilustrasi)\b)[A-Z@]"
)
_EN_TAG_AFTER_RE = compile_cached(
    r"\s*,?\s*(?:(?:he|she|they|we|I)\s+)?(?:said|says|wrote|writes|told|added|asked|tweeted|posted)(?![\w-])"
)
# After a quote closed by its comma ('…,”') the sentence must go on with its tag, so a lower-case -nya word
# there is one even when the verb is misspelled or rare ('…,” pungkanya.', '…,” sampainya salah satu warga').
_NYA_TAG_AFTER_COMMA_RE = compile_cached(r"\s*[a-z]{3,}nya(?![\w-])")
# A -nya word that is a sentence of its own right after the closing mark is a tag whatever its case or spelling
# ('…" Jelasnnya.'): a sentence opener ('Akhirnya, …') goes on past it.
_NYA_TAG_ALONE_RE = compile_cached(r"\s*[A-Za-z]{3,}nya\s*(?:\.|$)")
# After a comma-closed quote, one capitalised word closing the sentence is the speaker with the verb dropped
# ('…,” Rudi.'): the comma announced a tag, and a name is what is left of it.
_BARE_NAME_AFTER_COMMA_RE = compile_cached(r"\s*[A-Z][a-z]{2,}\s*\.")
# After a quote closed by its comma, a lower-case word then a name closing the sentence is a tag in the
# Indonesian order, verb before subject, whatever the verb ('…,” terus Indra lagi.', '…,” sela Ketua RT
# Budi.'): the comma announced a tag and a name ends it.  Not a preposition, a conjunction or a citation of
# an outlet ('…,” dikutip dari X': the outlet is not the speaker).
_INVERTED_TAG_AFTER_COMMA_RE = compile_cached(
    r"\s*(?!(?:di|ke|dari|oleh|untuk|dalam|pada|kepada|bagi|dengan|seperti|sebagaimana|sesuai|melalui|lewat|"
    r"yang|dan|atau|tapi|namun|serta|karena|sehingga|saat|ketika|sambil|usai|setelah|sebelum|sejak|hingga|"
    r"sampai|lalu|kemudian|dikutip|dilansir|mengutip|melansir|disiarkan|diberitakan|dilaporkan)"
    r"(?![\w-]))[a-z]{3,}\s+(?:(?:[A-Z][\w'’-]*(?:,?\s+[A-Z][\w.'’-]*){0,6}|dia|ia|beliau)"
    r"(?:\s+(?:lagi|pula|juga|kemudian|pun|lirih|pelan|singkat))?\s*(?:[.;,]|$|\s+(?:di|saat|ketika|kepada)\s)"
    # or a description of a person for the subject ('…,” terus pria berusia 45 tahun itu.')
    r"|(?:pria|wanita|perempuan|lelaki|laki-laki|ibu|bapak|pak|bu|pemuda|pemudi|remaja|kakek|nenek|sosok|sang|"
    r"warga|istrinya|suaminya|ayahnya|ibunya|anaknya)(?:\s+[\w()/-]+){0,8}\s*(?:[.;]|$))"
)


def _past_comma(text: str, pos: int) -> int:
    """Where a speech tag after a closing mark at ``pos`` starts: one past the comma typed after the mark
    ('"…", kata X'), else ``pos``."""
    return pos + 1 if text[pos : pos + 1] == "," else pos


# Mojibake inside a word of the tag ('kaÂta': a soft hyphen decoded as Latin-1, 'Â' and an invisible U+00AD)
# and bare soft hyphens: invisible to the reader, who reads 'kata'.
_INVISIBLE_IN_WORD_RE = compile_cached(r"(?<=[^\W\d_])\u00c2\u00ad?(?=[^\W\d_])|\u00ad")


def _as_read(chunk: str) -> str:
    """``chunk`` as the reader reads it: mojibake and soft hyphens inside words dropped."""
    if "\u00c2" not in chunk and "\u00ad" not in chunk:
        return chunk
    return _INVISIBLE_IN_WORD_RE.sub("", chunk)


_LIST_BEFORE_RE = compile_cached(r"[\"”],?\s*(?:(?:hingga|dan|serta|atau|sampai)\s+)?$")
_VERB_AFTER_RE = compile_cached(r"\s+(?:me|ber|di|ter)[a-z]{3,}(?![\w-])")


#: An exclamation this short, standing alone in marks, is a slogan or a tagline.
_SLOGAN_WORDS = 6
#: A paragraph this short with no closing punctuation is a crosshead.
_CROSSHEAD_WORDS = 10


def _is_crosshead(doc: Document, p: Paragraph) -> bool:
    """A short title line inside the story ('Tanggapan Kapolres', 'Hakim turun tangan')."""
    if p.zone is Zone.HEADING:
        return True
    chunk = doc.text[p.start : p.end].rstrip()
    return 0 < len(chunk.split()) <= _CROSSHEAD_WORDS and chunk[-1] not in '.!?…,;:"”’' and chunk[:1].isupper()


# The last sentence of a paragraph that announces the text quoted below it: "Berikut isi suratnya.",
# "… sebagai berikut.", "Surat edaran itu memuat sejumlah larangan.", "Penggalan liriknya sederhana."
_ANNOUNCES_RE = compile_cached(
    r"(?<![\w-])(?:(?:sebagai|seperti)\s+berikut|berikut\s+ini|berikut(?=\W*$)|berbunyi|bertuliskan|tertulis|tercantum|termuat|tertera|"
    r"(?:lirik|syair|bait|pantun|puisi|sajak|petikan|penggalan|cuplikan|transkrip|semboyan|slogan|moto|motto|"
    r"jargon|tagline|yel-yel|pepatah|peribahasa|petuah|falsafah|filosofi|mitos|ungkapan\s+(?:lama|bijak|jawa|sunda|"
    r"adat|leluhur|orang\s+tua))(?:nya)?|"
    r"terdengar\s+(?:suara|teriakan|jeritan|seruan|ucapan|kata-kata|kalimat)|"
    # a written text that appears or goes round ("Pesan berantai beredar di grup warga.", "Di layar muncul
    # tulisan berjalan."): what is quoted below it is that text, not anyone's speech
    r"(?:pesan|tulisan|pengumuman|selebaran|notifikasi|peringatan|teks)(?:nya)?(?:\s+[\w-]+){0,3}\s+"
    r"(?:beredar|muncul|terpampang|terpasang|tertempel|tersebar)|"
    r"(?:beredar|muncul|terpampang|terpasang|tertempel|tersebar)\s+(?:(?:sebuah|selembar|pula|juga|lagi)\s+)?"
    r"(?:pesan|tulisan|pengumuman|selebaran|notifikasi|peringatan|teks|kertas)|"
    # words voiced or written down, in the passive ("Lagu itu dinyanyikan bersama.", "Ikrar dibacakan
    # oleh peserta.", "Surat itu ditulis tangan oleh korban."): the quote below is the song, the text
    r"di(?:nyanyikan|lantunkan|senandungkan|teriakkan|serukan|bacakan|ucapkan|ikrarkan|kumandangkan|tulis|"
    r"tuliskan|tandatangani|unggah|posting|cuitkan)|"
    # a text that says something, in the passive, inside it ("Dalam hadis riwayat X disebutkan …", "Dalam
    # rilis itu dijelaskan …")
    r"(?<![\w-])(?:dalam|di)\s+(?:surat|edaran|hadis|hadits|ayat|kitab|peraturan|undang-undang|pasal|dokumen|"
    r"rilis|siaran\s+pers|keterangan\s+tertulis|unggahan|postingan|pengumuman|putusan|keputusan|naskah)"
    r"(?:nya)?(?:\s+[\w-]+){0,4}\s+di(?:sebutkan|jelaskan|nyatakan|tegaskan|terangkan|tuliskan|sampaikan)|"
    # the signs of a protest or a place: what is quoted below them is their text
    r"(?:spanduk|poster|baliho|pamflet|plakat|selebaran|karton|coretan|mural|grafiti)(?:nya)?|"
    # showing a text to the crowd ('Mereka membentangkan kain putih.'): what is quoted below is written on it
    r"membentangkan|"
    # a text that holds or says something ("Surat edaran itu memuat …"); 'berisi' alone is a container's
    # ("plastik berisi sabu")
    r"(?:surat|edaran|peraturan|pasal|dokumen|naskah|maklumat|pengumuman|unggahan|keputusan|putusan|memo|pesan)"
    r"(?:nya)?(?:\s+[\w-]+){0,4}\s+(?:memuat|berisi|berisikan|menyebut(?:kan)?|menyatakan|mengatur|menegaskan|"
    r"meminta|melarang|mewajibkan|mengimbau|menginstruksikan))"
    r"(?![\w-])",
    re.I,
)
# A sentence whose subject is a recording or a post, pointed at ("Video berdurasi 30 detik itu viral",
# "Unggahannya …"): what is quoted below it is what it says.  Only as the subject: a recording named as
# evidence ("Terlihat dalam video tersebut pelaku …") shows, it does not speak.
_RECORDING_SUBJECT_RE = compile_cached(
    r"\W*(?:video|rekaman|tayangan|unggahan|cuitan|kicauan|postingan|takarir|caption)"
    r"(?:nya|(?:\s+[\w-]+){0,5}\s+(?:itu|tersebut|ini))(?![\w-])",
    re.I,
)


# "Berikut isinya." / "Berikut pernyataan lengkapnya." (mid-sentence "tersangka berikut barang bukti" is
# "together with"; only "sebagai berikut", "berikut ini" or a closing "berikut" announce there)
_BERIKUT_START_RE = compile_cached(r"\W*Berikut(?![\w-])")
# A sentence saying someone posted on a social platform ("Rina membagikan momen itu di Instagram."):
# the quotation below it is the post.  Both the act of posting and the platform must be there: a story
# that only went viral on social media is a topic.
_POSTED_RE = compile_cached(
    r"(?<![\w-])(?:meng?unggah|membagikan|memposting|mengepos|mencuit|menuliskan|menulis|berbagi)(?:nya)?(?![\w-])",
    re.I,
)
_PLATFORM_RE = compile_cached(
    r"(?<![\w-])(?:instagram|twitter|tiktok|facebook|youtube|threads|media\s+sosial|medsos|whatsapp|insta\s*story|"
    r"akun)(?![\w-])",
    re.I,
)


def _announces(text: str, s: Sentence) -> bool:
    """Sentence ``s`` announces the text quoted after it (see :data:`_ANNOUNCES_RE`)."""
    return (
        _ANNOUNCES_RE.search(text, s.start, s.end) is not None
        or _RECORDING_SUBJECT_RE.match(text, s.start, s.end) is not None
        or _BERIKUT_START_RE.match(text, s.start, s.end) is not None
        or (
            _POSTED_RE.search(text, s.start, s.end) is not None
            and _PLATFORM_RE.search(text, s.start, s.end) is not None
        )
    )


#: How many paragraphs a run of quotation paragraphs (an interview's questions and answers) may span
#: back to the line that introduces it.
_RUN_PARAGRAPHS = 30


def _introduced(doc: Document, q: Quotation) -> bool:
    """``q`` opens its paragraph and the paragraph before it introduces it: it ends with a colon ("Ia
    berkata:", "Berikut petikan wawancaranya:") or its last sentence announces a text ("Berikut isi
    suratnya.", "Surat itu memuat …", "Massa membawa spanduk dan poster."); or, inside its paragraph,
    the sentence before it announces one.  Paragraphs that are only quotations in between (the questions
    and answers of an interview transcript, the lines of a song or a letter) are part of the run."""
    text, paras = doc.text, doc.paragraphs
    para = paras[q.paragraph]
    if text[para.start : q.start].strip():
        # inside its paragraph: the sentence before it announces the text ("Surat itu berisi …. “…”")
        s = doc.sentence_at(q.start)
        if s is None or s.index <= para.sentence_start or text[s.start : q.start].strip():
            return False
        prev = doc.sentences[s.index - 1]
        return _announces(text, prev)
    k = q.paragraph - 1
    while k >= 0 and q.paragraph - k <= _RUN_PARAGRAPHS:
        p = paras[k]
        chunk = text[p.start : p.end].strip()
        if chunk.endswith(":"):
            return True
        if chunk[:1] in _OPEN_MARKS and chunk[-1:] in _CLOSE_MARKS and sum(map(chunk.count, _MARKS)) == 2:
            k -= 1  # a paragraph that is one quotation, untagged: a line of the same run
            continue
        last = doc.sentences[p.sentence_end - 1] if p.sentence_end > p.sentence_start else None
        return last is not None and _announces(text, last)
    return False


# A paragraph that is the tag of the quotation ending the paragraph before ('ujar Budi, warga X.',
# 'Ujarnya.', or a short 'Budi, warga Sukamaju.'): the line break fell between a quotation and its tag.
_BROKEN_TAG_RE = compile_cached(
    rf"\s*(?i:{_SPEECH})(?:nya(?![\w-])|\s+(?:(?i:dia|ia|beliau|mereka)(?![\w-])|[A-Z]))"
    r"|(?P<name>\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*(?:,|\.?\s*$))"
)
#: A paragraph naming the speaker alone is this short.
_BROKEN_TAG_WORDS = 12


def _tag_broken_off(doc: Document, paragraph: int) -> bool:
    """The paragraph after ``paragraph`` is the lost tag of the '“…,”' that ends ``paragraph``."""
    if paragraph + 1 >= len(doc.paragraphs):
        return False
    p = doc.paragraphs[paragraph + 1]
    m = _BROKEN_TAG_RE.match(doc.text, p.start, p.end)
    if m is None:
        return False
    return m.group("name") is None or len(doc.text[p.start : p.end].split()) <= _BROKEN_TAG_WORDS


# Verbs of saying, asking, answering or reacting that can end their clause: "Ia spontan bereaksi, “…”",
# "Ia lalu bertanya, “…”", "Stand itu seolah berbisik lirih. “…”", "Ahmad menandaskan.".  As the last
# verb before a quotation (or right after it, with its subject) they frame the quote as their subject's.
_SAY_VERBS = (
    r"bertanya|menjawab|menimpali|menyahut|membalas|menanggapi|bereaksi|berteriak|berseru|berbisik|bergumam|"
    r"berujar|berkata|berucap|bertutur|berkomentar|berpesan|berkelakar|berseloroh|bercanda|bergurau|berceloteh|"
    r"bersorak|berdoa|berkisah|bercerita|berpendapat|berdalih|berkilah|berargumen|berjanji|berbicara|bilang|"
    r"menegaskan|menambahkan|menjelaskan|mengatakan|menyatakan|mengungkapkan|menuturkan|menyampaikan|menerangkan|"
    r"memaparkan|melanjutkan|mengimbuhkan|menandaskan|memungkaskan|mengaku|mengakui|mengeluh|menyela|menyeletuk|"
    r"menukas|menyindir|mengingatkan|mengenang|membatin|menulis|menuliskan|mencuit|bernyanyi|"
    r"bersenandung|berdendang|bersuara|bicara|membentak|menghardik|memekik|menjerit|mengumpat|memaki|merintih|menyapa|"
    # giving a speech: what is quoted after it is the speech
    r"berpidato|berorasi|berceramah|berkhotbah|angkat\s+suara|berfirman|bersabda|bertitah|"
    # voicing words not their own: a chant, a song, a prayer, a text read out
    r"meneriakkan|menyerukan|menyanyikan|melantunkan|membacakan|mengucapkan"
)
# An unclosed "quotation" that opens with a capitalised name or title and a verb of saying is the writer's
# sentence after a stray mark ('"Gubernur Maluku Utara X juga mengimbau kepada …'): speech never names
# its own speaker in the third person at its start.
_NARRATION_OPENS_RE = compile_cached(
    rf"[A-Z][\w.'’-]*(?:,?\s+[A-Z][\w.'’-]*){{0,8}}\s+(?:(?:juga|pun|lalu|kemudian|turut|pun\s+turut)\s+)?"
    rf"(?:{_SAY_VERBS}|mengimbau|menghimbau|meminta|mengajak|berharap)(?![\w-])"
)
# The clause before the opening mark ends with such a verb and at most three words of manner or
# addressee ("bertanya kepada petugas", "berbisik lirih"), then a comma, a full stop or a colon.  The verb
# may open its sentence ("Menyampaikan bahwa, “…”"): the subject stands in the words before, cut off by a
# full stop the writer typed in a title ("…, Drs. X, M.Si. Menyampaikan bahwa, “…”").
_FRAME_END_RE = compile_cached(rf"(?<![\w-])(?i:{_SAY_VERBS})(?:\s+[a-z]+){{0,3}}\s*[,.:]?\s*$")
# A name-first tag after the closing mark: '….” Ahmad menandaskan.', '…,” Budi lalu menimpali kepada
# wartawan.'; or a name and any me-/ber- verb that ends the sentence ('…,” Rina berpamitan.': nothing
# else of a narrative sentence is there, a tag is the reading).
_NAME_FIRST_TAG_RE = compile_cached(
    r"\s*,?\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5}\s+(?:(?:pun|juga|lalu|kemudian|lantas|kembali)\s+)?"
    rf"(?:(?:{_SAY_VERBS})(?:\s+[a-z]+){{0,3}}|(?:me|ber)[a-z]{{3,}})\s*(?:[.,;]|$)"
)
# Sentence openers that are not a subject: connectives, pronouns, demonstratives, time and place words.
_NOT_SUBJECT = frozenset(
    """hal ini itu namun tetapi tapi sementara sedangkan adapun selain dalam di pada saat ketika sejak menurut
    dengan untuk bagi jika bila kalau apabila meski meskipun walau walaupun karena sebab akibat sehingga oleh
    kemudian lalu setelah sebelum sebelumnya selanjutnya terpisah terkait sebagai seperti bahkan justru
    kini kemarin besok hari tahun bulan pekan senin selasa rabu kamis jumat sabtu minggu ia dia mereka beliau
    kami kita saya aku engkau anda nya pihaknya para sejumlah beberapa semua seluruh setiap salah seorang
    tersangka pelaku korban dugaan""".split()
)
# A sentence whose named subject frames speech by its syntax: "Suharto menaksir, …" / "X menilai bahwa …"
# (a me- verb followed by a comma or 'bahwa' reports what was said), or a passive whose agent is named
# ("Hal ini dikeluhkan oleh Pieter Huistra").  Collective speakers count ("massa pun mengancam …").
_NAMED_FRAME_RE = compile_cached(
    r"(?:^|,\s+)(?P<subj>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’()-]*){0,7}|(?:para\s+)?(?:massa|warga|buruh|petani|"
    r"nelayan|pedagang|mahasiswa|pengunjuk\s+rasa|demonstran|orang\s+tua|keluarga)),?\s+"
    r"(?:(?:pun|juga|lalu|kemudian|lantas|sempat|telah|sudah|kembali|turut|pun|mengaku)\s+){0,2}"
    rf"(?:(?:{_SAY_VERBS}|mengamini|mengancam|menaksir|menilai|menduga|menyebut|mengimbau|mendesak|menuntut|"
    r"meminta|berharap|memperkirakan|mengklaim|membantah|menepis|mengeluhkan|menyoroti|mengkritik|menyayangkan|"
    r"menyesalkan|mengapresiasi|membenarkan|memastikan|mengungkap|membeberkan|menceritakan|mengisahkan|"
    r"memberi(?:kan)?\s+(?:sambutan|pidato|arahan|orasi|ceramah|khotbah|keterangan|penjelasan|tanggapan|komentar)|"
    # a message the person sent: the quote below is its text
    r"mengirim(?:kan)?\s+(?:pesan|surat|balasan|jawaban|tanggapan)|"
    # a stance taken on the matter, voiced: the words quoted below are the stance ("Kuasa hukum terdakwa,
    # X, keberatan dengan tuntutan jaksa.", "Tim kuasa hukum mempertanyakan putusan itu.")
    r"mempertanyakan|memprotes|mengecam|mengutuk|keberatan|menyangkal|menampik)"
    r"(?![\w-])"
    r"|me[a-z]{3,}(?:\s*,|\s+bahwa(?![\w-])))"
    r"|(?<![\w-])di(?:keluh|sampai|ungkap|kata|tegas|jelas|terang|papar|sebut|tutur|beber|pertanya|tanya|kritik|"
    r"sorot|aku|benar|cerita|kisah|sesal|sayang|protes|bantah|tepis|klaim|nilai|ucap|seru|sindir|singgung|umum|"
    r"lapor|ingat|imbau|tanggap|komentar)(?:kan|i)?\s+(?:langsung\s+)?oleh\s+[A-Z]"
    # "Seperti yang dialami oleh Budi." introduces the case whose words follow; "Hal serupa dirasakan
    # Sutini." gives the next voice on the matter
    r"|(?<![\w-])(?i:seperti)\s+yang\s+di[a-z]{3,}\s+oleh\s+[A-Z]"
    r"|(?<![\w-])(?:serupa|senada|sama)\s+(?:juga\s+|pun\s+)?di[a-z]{3,}\s+(?:oleh\s+)?[A-Z]"
)
# A pronoun tag after the closing mark: '…,” ia menandaskan.', '….” Dia lalu menambahkan.'
_PRONOUN_TAG_RE = compile_cached(
    r"\s*,?\s*(?:[Ii]a|[Dd]ia|[Bb]eliau|[Mm]ereka)\s+(?:(?:pun|juga|lalu|kemudian|lantas|kembali)\s+)?"
    rf"(?:{_SAY_VERBS})(?![\w-])"
)
# A sentence end inside the words between two quotations.
_SENTENCE_END_RE = compile_cached(r"[.!?](?=\s|$)")


def _continues_tagged_quote(doc: Document, sources: list[QuoteSource], k: int) -> bool:
    """The quotation before ``q`` in its paragraph is credited and only its tag stands between them
    ('“…,” ujar laki-laki 48 tahun ini pada Rabu. “…”'): the same voice goes on."""
    if k == 0:
        return False
    prev, q = sources[k - 1], sources[k].quotation
    p = prev.quotation
    if p.paragraph != q.paragraph or not p.closed or p.end > q.start:
        return False
    text, end = doc.text, q.start
    after = _past_comma(text, p.end)
    tagged = prev.attribution is not None or any(
        rx.match(text, pos, end)
        for rx, pos in ((_TAG_AFTER_RE, after), (_PRONOUN_TAG_RE, p.end), (_NAMED_AFTER_RE, p.end))
    )
    if not tagged:
        return False
    between = text[p.end : q.start]
    return (
        len(_SENTENCE_END_RE.findall(between)) <= 1
        and not _CONTRAST_RE.match(between.lstrip(" ,."))
        and ('"' not in between and "“" not in between and "”" not in between)
    )


_CONTRAST_RE = compile_cached(
    r"\W*(?:Sementara|Terpisah|Namun|Tetapi|Tapi|Sedangkan|Adapun|Berbeda|Di\s+sisi\s+lain|Di\s+tempat\s+lain|"
    r"Menanggapi|Dikonfirmasi|Saat\s+dikonfirmasi|Ketika\s+dikonfirmasi)(?![\w-])"
)
# A third-person pronoun for one person ('Padahal dia sedang di ruang tamu.'): the paragraph goes on about
# the speaker named above it.
_HE_SHE_RE = compile_cached(r"(?<![\w-])(?:[Ii]a|[Dd]ia|[Bb]eliau)(?![\w-])")
_QUOTE_MARK_RE = compile_cached(r"[\"“”«»]")
# The writer in the first person singular ('ia bertanya kepada saya', 'aku'): a column or a feature told as
# the writer's own story.
_WRITER_I_RE = compile_cached(r"(?<![\w-])(?:[Ss]aya|[Aa]ku)(?![\w-])")


def _narration(doc: Document, sources: list[QuoteSource], k: int, start: int) -> str:
    """The writer's words from ``start`` to the ``k``-th quotation: the quotations in between left out."""
    text, end = doc.text, sources[k].quotation.start
    parts: list[str] = []
    for qs in reversed(sources[:k]):
        p = qs.quotation
        if p.end <= start:
            break
        parts.append(text[max(p.end, start) : end])
        end = p.start
        if end <= start:
            break
    parts.append(text[start:end] if end > start else "")
    return " ".join(reversed(parts))


def _writer_in_scene(doc: Document, sources: list[QuoteSource], k: int) -> bool:
    """The writer's own words in the quote's paragraph before it, or in the paragraph before, say 'saya' or
    'aku': the writer is in the scene (a column, a first-person feature), and the quote is theirs or the
    interlocutor's they describe ('… ia bertanya kepada saya … “…”')."""
    q = sources[k].quotation
    paras = doc.paragraphs
    start = paras[q.paragraph - 1].start if q.paragraph > 0 else paras[q.paragraph].start
    return _WRITER_I_RE.search(_narration(doc, sources, k, start)) is not None


def _frames_quote(doc: Document, q: Quotation) -> bool:
    """The words before ``q`` frame it as speech: its own sentence ("Ia spontan bereaksi, “…”", "…, lalu
    bertanya, “…”"), or the sentence just before it, in its paragraph or ending the paragraph before
    ("Stand itu seolah berbisik lirih. “…”")."""
    text, para = doc.text, doc.paragraphs[q.paragraph]
    s0 = doc.sentence_at(q.start)
    if s0 is None:
        return False
    lead = text[s0.start : q.start]
    if lead.strip():
        return lead.rstrip()[-1:] in ",:" and _FRAME_END_RE.search(lead[-120:]) is not None
    if s0.index > para.sentence_start:
        prev = doc.sentences[s0.index - 1]
    elif q.paragraph > 0 and not text[para.start : q.start].strip():
        p = doc.paragraphs[q.paragraph - 1]
        if p.sentence_end <= p.sentence_start:
            return False
        prev = doc.sentences[p.sentence_end - 1]
    else:
        return False
    chunk = text[prev.start : prev.end].rstrip()
    return chunk[-1:] in ".:" and '"' not in chunk[-3:] and _FRAME_END_RE.search(chunk[-120:]) is not None


# The sentence after a quote shows a named person in the act of saying it ('Suara Sutini bergetar saat
# menceritakan kejadian itu.', 'Sutini tak kuasa menahan tangis ketika ditemui di rumahnya.'), or points back
# at the quote as that person's words ('Begitulah keluh Sutini.', 'Ucapan itu keluar dari Sutini …').
_SPEECH_SCENE_RE = compile_cached(
    r"(?<![\w-])(?:saat|ketika|sambil|seraya|sembari|sewaktu|tatkala)\s+(?:(?:ia|dia|sedang|tengah|kembali)\s+)?"
    r"(?:menceritakan|bercerita|menuturkan|mengenang|mengisahkan|berbicara|berbincang|berkisah|diwawancarai|"
    r"ditemui|dihubungi|dikonfirmasi|ditanya|menjawab|menjelaskan|mengungkapkan)(?![\w-])"
)
# The next sentence says its subject goes on speaking ('Budi menambahkan, …', 'Ia melanjutkan, …'): the
# words before it are that subject's.
_ADDS_AFTER_RE = compile_cached(
    r"\W*(?P<subj>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5}|Ia|Dia|Beliau)\s+(?:(?:juga|pun|lalu|kemudian|lantas)\s+)?"
    r"(?:menambahkan|melanjutkan|mengimbuhkan)(?![\w-])"
)
_POINTS_BACK_RE = compile_cached(
    r"\W*(?:(?:(?:Begitu|Demikian)(?:lah)?|Itulah)\s+(?:(?!(?:juga|pula|pun|di|ke|dari|dengan|halnya|dalam|pada|"
    r"untuk|saja|yang|terjadi|dialami|dirasakan)\s)[a-z]+\s+){1,2}|(?:Ucapan|Kalimat|Kata-kata|Ungkapan|Keluhan|"
    r"Pernyataan)\s+(?:itu|tersebut|ini)\s+(?:[a-z]+\s+){1,3})(?P<name>[A-Z][\w'’-]+)"
)
_ANOTHER_VOICE_RE = compile_cached(
    r"(?<![\w-])(?i:senada|serupa|sependapat|berbeda|lain\s+lagi|juga\s+(?:di|me)\w+)(?![\w-])"
)
# A capitalised word in a sentence that is not its first word: a name (of a person, mostly, in a sentence
# that also shows the act of speaking).
_INNER_NAME_RE = compile_cached(r"(?<=[\w,)]\s)[A-Z][a-z'’-]{2,}")


def _credited_after(doc: Document, q: Quotation) -> bool:
    """The sentence right after ``q`` (in its paragraph, or opening the next one when ``q`` ends its
    paragraph) shows a named person saying it or points back at it as their words (see
    :data:`_SPEECH_SCENE_RE`, :data:`_POINTS_BACK_RE`)."""
    if not q.closed:
        return False
    text, paras = doc.text, doc.paragraphs
    para = paras[q.paragraph]
    s1 = doc.sentence_at(q.end - 1)
    if s1 is None or text[q.end : s1.end].strip(" ,.\u00a0"):
        return False
    if s1.index + 1 < para.sentence_end:
        nxt = doc.sentences[s1.index + 1]
    elif q.paragraph + 1 < len(paras) and paras[q.paragraph + 1].zone in _STORY_ZONES:
        p = paras[q.paragraph + 1]
        if p.sentence_end <= p.sentence_start or text[p.start : p.start + 1] in _OPEN_MARKS:
            return False
        nxt = doc.sentences[p.sentence_start]
    else:
        return False
    if _CONTRAST_RE.match(text, nxt.start, nxt.end) or _ANOTHER_VOICE_RE.search(text, nxt.start, nxt.end):
        return False  # 'Hal senada disampaikan X ketika ditemui …': the next voice, not the quote's
    m = _POINTS_BACK_RE.match(text, nxt.start, nxt.end)
    if m is not None and m.group("name").lower() not in _NOT_SUBJECT:
        return True
    m = _ADDS_AFTER_RE.match(text, nxt.start, nxt.end)
    if m is not None and _spoke_above(doc, q.paragraph, nxt, m.group("subj")):
        return True
    head = text[nxt.start : nxt.end]
    first = head.split(maxsplit=1)[0] if head.strip() else ""
    named = (first[:1].isupper() and first.lower().strip(",") not in _NOT_SUBJECT) or _INNER_NAME_RE.search(head)
    return bool(named) and _SPEECH_SCENE_RE.search(head) is not None


def _spoke_above(doc: Document, paragraph: int, nxt: Sentence, subj: str) -> bool:
    """``subj`` of sentence ``nxt`` (a name, or a pronoun the analysis resolves) was a speaker in the three
    paragraphs up to ``paragraph``: 'X menambahkan' after the quote continues X's voice.  A first mention
    ('Kapolda X menambahkan' after someone else) or a pronoun with no speaker above proves nothing."""
    an = analyze(doc)
    if subj in ("Ia", "Dia", "Beliau"):
        who = next((a.resolved for a in an.sentences[nxt.index].attributions if a.pronoun and a.resolved), None)
    else:
        who = subj
    name = split_role_name(who)[1] if who else None
    words = {w for w in (name or "").split() if len(w) > 2 and w[:1].isupper()}
    if not words:
        return False
    for a in an.attributions:
        if a.paragraph > paragraph:
            break
        if paragraph - a.paragraph <= 3 and a.kind in SPEAKER_KINDS:
            spoke = a.resolved if a.pronoun else a.speaker
            if spoke and words & set(spoke.split()):
                return True
    return False


def _speaker_nearby(doc: Document, q: Quotation) -> bool:
    """A reader can tell who speaks: the quote's paragraph before it, or the paragraph before that, names a
    speaker by a pronoun-free speaker sentence (a speech verb the analysis reads, or a reporting frame:
    "Suharto menaksir, …", "Hal ini dikeluhkan oleh X"); or the sentence after it in its paragraph opens
    with one ("“…” Sutini mengaku belum tidur."); or the paragraph before opens with "Ia"/"Dia"
    continuing the voice of a speaker tagged just above it; or the words before the quote name the
    previous paragraph's speaker ("… sehingga Eli baru …")."""
    text, paras = doc.text, doc.paragraphs
    an = analyze(doc)
    para = paras[q.paragraph]
    s0 = doc.sentence_at(q.start)
    if s0 is None:
        return False
    sentences = list(range(para.sentence_start, s0.index))
    if text[s0.start : q.start].strip():
        sentences.append(s0.index)
    opens = not text[para.start : q.start].strip()
    prev = paras[q.paragraph - 1] if q.paragraph > 0 else None
    if prev is not None and prev.zone in _STORY_ZONES:
        sentences.extend(range(prev.sentence_start, prev.sentence_end))
    for i in sentences:
        sent = doc.sentences[i]
        end = min(sent.end, q.start) if i == s0.index else sent.end
        for a in an.sentences[i].attributions:
            if a.start < end and a.kind in SPEAKER_KINDS and a.speaker and not a.pronoun:
                return True
        chunk = text[sent.start : end]
        if _NAMED_FRAME_RE.search(chunk) is not None and not _subject_is_function_word(chunk):
            return True
    s1 = doc.sentence_at(q.end - 1) if q.closed else None
    if s1 is not None and s1.index + 1 < para.sentence_end and not text[q.end : s1.end].strip(" ,.\u00a0"):
        # the next sentence of the paragraph opens with its speaker ("“…” Sutini mengaku …"), not with a
        # contrast that brings in another voice ("Sementara itu, Kapolres X mengatakan …")
        nxt = doc.sentences[s1.index + 1]
        chunk = text[nxt.start : min(nxt.end, nxt.start + 80)]
        if not _CONTRAST_RE.match(chunk):
            m = _NAMED_FRAME_RE.match(chunk)
            if m is not None and not (m.group("subj") and m.group("subj").split()[0].lower() in _NOT_SUBJECT):
                return True
            for a in an.sentences[nxt.index].attributions:
                if a.start < nxt.start + 60 and a.kind in SPEAKER_KINDS and a.speaker and not a.pronoun:
                    return True
    # the sentence just before the quote in its paragraph is about one person by a pronoun ('Ia menatap
    # papan jadwal. “Kereta ke Solo masih lama, Nak?”'): the paragraph goes on in that person's voice.  A
    # quote opening its paragraph after one about a person needs a speaker named above it (below): a new
    # paragraph may bring a new voice ('Dia hanya menangis.' / '“Bapaknya tidak terima …”' is the
    # investigator's account).
    if s0.index > para.sentence_start:
        last = doc.sentences[s0.index - 1]
        end = min(last.end, q.start)
        if _HE_SHE_RE.search(text, last.start, end) and not _QUOTE_MARK_RE.search(text, last.start, end):
            return True
    if prev is None or prev.sentence_end <= prev.sentence_start:
        return False
    # the speaker of the paragraph before the previous one (or of the previous one), named again or
    # continued by a pronoun in the words between it and the quote
    earlier = [
        a
        for p in (paras[q.paragraph - 2] if q.paragraph > 1 else None, prev)
        if p is not None
        for i in range(p.sentence_start, p.sentence_end)
        for a in an.sentences[i].attributions
        if a.kind in SPEAKER_KINDS
    ]
    if not earlier:
        return False
    if opens and _HE_SHE_RE.search(text, prev.start, prev.end):
        return True  # 'Ia pun …' / 'Padahal dia …': the paragraph before goes on about the speaker above it
    between = text[para.start : q.start] if not opens else text[prev.start : prev.end]
    for a in earlier:
        who = a.resolved if a.pronoun else a.speaker
        name = split_role_name(who)[1] if who else None
        if name and any(w in between for w in name.split() if len(w) > 2 and w[:1].isupper()):
            return True
    return False


# A sentence whose subject is a person by name ("Sutarmi, warga Desa X, kehilangan rumahnya.", "Fajar Rahman
# menjadi andalan lini tengah."): the name opens the sentence, an apposition may follow, then an active
# predicate in lower case.  A passive predicate makes the person its patient ("Rudi ditangkap …": the quote
# after it may be the police's), so it does not count.
_PERSON_SUBJECT_RE = compile_cached(
    # a time adverbial may come first ("Setiap hari Budi Santoso membawa …"); not a subordinate clause
    # ("Saat Budi datang, polisi …": the main clause has another subject)
    r"\W*(?:(?:Setiap|Tiap)\s+(?:hari|pagi|malam|pekan|minggu)|Kini|Sekarang|Dulu|Sehari-hari|"
    r"(?:Pagi|Siang|Sore|Malam)\s+itu)?,?\s*(?P<subj>[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’.-]*){0,3})(?:\s*\([^()]{1,24}\))?(?:\s*,\s*[^,.“”\"]{3,80},)?"
    r"\s+(?:(?:pun|juga|masih|sudah|telah|kini|lalu|hanya|tampak|terlihat|sempat|pernah|tak|tidak|belum)\s+)*"
    r"(?!di[a-z]{3}|ter[a-z]{3})[a-z][a-z-]{2,}(?![\w-])"
)


# A pronoun or a possessive -nya for one person ('ia', 'dia', 'beliau', 'dagangannya').
_ONE_PERSON_ON_RE = compile_cached(r"(?<![\w-])(?:[Ii]a|[Dd]ia|[Bb]eliau|[A-Za-z]{3,}nya)(?![\w-])")


def _person_subject(text: str, s: Sentence) -> bool:
    """Sentence ``s`` has a person named as its subject (see :data:`_PERSON_SUBJECT_RE`) and quotes nothing."""
    m = _PERSON_SUBJECT_RE.match(text, s.start, s.end)
    if m is None or _QUOTE_MARK_RE.search(text, s.start, s.end):
        return False
    words = m.group("subj").split()
    if words[0].lower() in _NOT_SUBJECT or not is_person(m.group("subj")):
        return False
    # two capitalised words before a lower-case predicate are a name (is_person has turned away offices,
    # bodies and places); one word must not be a common word: "Sampai akhir 2015, …" opens with a
    # connective, "Polisi" is a noun, and a given name that is also a word ("Budi") is left in doubt
    return len(words) > 1 or not get_lexicon().is_standard(words[0].lower())


# "Saat dikonfirmasi, Direktur PT X, Hendra, hanya tersenyum.": the person is being asked, and the quote
# after the sentence is the answer.
_ASKED_PERSON_RE = compile_cached(
    r"\W*(?:Saat|Ketika|Sewaktu|Begitu|Usai|Setelah)\s+(?:[a-z]+\s+){0,2}(?:ditanya|dikonfirmasi|dihubungi|"
    r"ditemui|diwawancarai|dimintai|disinggung)(?![\w-])[^.!?“”\"]{0,120}?,\s*"
    r"(?P<subj>[A-Z][^.!?“”\"]{1,80}?),?\s+(?:(?:pun|juga|hanya|sempat|tak|tidak|belum|lalu)\s+)*[a-z]"
)


def _answers_asked_person(doc: Document, q: Quotation) -> bool:
    """The sentence right before ``q`` (in its paragraph, or ending the paragraph before when ``q`` opens
    its own) shows a named person being asked (see :data:`_ASKED_PERSON_RE`): the quote is the answer.  In
    its paragraph, a sentence with a person named as its subject is enough (see :func:`_person_subject`)."""
    text, paras = doc.text, doc.paragraphs
    para = paras[q.paragraph]
    s0 = doc.sentence_at(q.start)
    if s0 is None or text[s0.start : q.start].strip():
        return False  # the quote's own sentence has a lead: the frame tests judge it
    if s0.index > para.sentence_start:
        last = s0.index - 1
        if _person_subject(text, doc.sentences[last]):
            # 'Fajar Rahman menjadi andalan lini tengah. “…”': inside one paragraph the quote goes on about
            # the person the sentence before it is about (a new paragraph may bring a new voice: the
            # police after a paragraph about a suspect, so that reading stops at the paragraph break)
            return True
        chunk = text[doc.sentences[last].start : q.start]
        if (
            last > para.sentence_start
            and _ONE_PERSON_ON_RE.search(chunk)
            and not _QUOTE_MARK_RE.search(chunk)
            and any(_person_subject(text, doc.sentences[i]) for i in range(para.sentence_start, last))
        ):
            # 'Budi Santoso sudah 20 tahun berjualan cabai. Dagangannya kini sepi. “…”': the paragraph
            # goes on about the person named as its subject, by a pronoun or a possessive
            return True
    elif q.paragraph > 0 and paras[q.paragraph - 1].zone in _STORY_ZONES:
        p = paras[q.paragraph - 1]
        if p.sentence_end <= p.sentence_start:
            return False
        last = p.sentence_end - 1
    else:
        return False
    sent = doc.sentences[last]
    m = _ASKED_PERSON_RE.match(text, sent.start, sent.end)
    return m is not None and not _QUOTE_MARK_RE.search(m.group(0)) and is_person(m.group("subj").strip(" ,"))


# A headline that names who speaks: a name (two or more capitalised words) and a headline verb of saying
# ("Pelatih Persib Luis Milla Sebut Laga Terburuk", "Bupati Sutrisno Akui …").  Headlines drop the meN- of the
# verb, so these are the bare forms that newsrooms write there.
_HEADLINE_SAY_RE = compile_cached(
    r"(?P<name>(?:[A-Z][\w'’.-]*\s+){2,6}?)(?:Sebut|Ungkap|Ungkapkan|Akui|Bilang|Tegaskan|Minta|Klaim|Nilai|"
    r"Beberkan|Jelaskan|Katakan|Kata|Sesalkan|Tanggapi|Bicara|Soroti|Pastikan|Janjikan|Janji|Harap|Berharap|"
    r"Yakin|Curhat|Singgung|Sentil|Kritik|Bantah|Tepis|Ingatkan|Imbau|Pesan|Kenang|Cerita|Ceritakan|Keluhkan|"
    r"Kecewa|Puji|Blak-blakan)(?![\w-])"
)


def _headline_names_speaker(doc: Document, q: Quotation) -> bool:
    """``q`` opens the story (nothing of the story before it) and the headline names a person with a verb of
    saying: the opening quote is that person's, as a reader of the page takes it."""
    paras = doc.paragraphs
    if doc.text[paras[q.paragraph].start : q.start].strip():
        return False
    headline = None
    for p in paras[: q.paragraph]:
        if p.zone is Zone.HEADLINE:
            headline = p
        elif p.zone in _STORY_ZONES and doc.text[p.start : p.end].strip():
            return False  # the story has begun before the quote
    if headline is None:
        return False
    for m in _HEADLINE_SAY_RE.finditer(doc.text, headline.start, headline.end):
        words = m.group("name").split()
        if any(is_person(" ".join(words[-n:])) for n in (2, 3) if len(words) >= n):
            return True
    return False


def _speaker_still_on(doc: Document, sources: list[QuoteSource], k: int) -> bool:
    """The ``k``-th quotation opens its paragraph one paragraph after a quotation tagged to a person, and the
    paragraph between goes on about that person (a pronoun or a possessive, no other name, no quotation):
    the story has not turned to another voice ('"…," ungkap Udet.' / 'Meski malu dengan profesinya, …' /
    '"…"')."""
    text, paras = doc.text, doc.paragraphs
    q = sources[k].quotation
    if q.paragraph < 2 or text[paras[q.paragraph].start : q.start].strip():
        return False
    tagged = next((s for s in reversed(sources[:k]) if s.quotation.paragraph < q.paragraph), None)
    if tagged is None or tagged.quotation.paragraph != q.paragraph - 2 or tagged.attribution is None:
        return False
    speaker = tagged.attribution.speaker
    if not is_person(speaker):
        return False
    between = paras[q.paragraph - 1]
    if between.zone not in _STORY_ZONES:
        return False
    chunk = text[between.start : between.end]
    if _QUOTE_MARK_RE.search(chunk) or not _ONE_PERSON_ON_RE.search(chunk):
        return False
    name = set((split_role_name(speaker)[1] or speaker or "").split())
    for s in doc.sentences[between.sentence_start : between.sentence_end]:
        # a capitalised word inside a sentence that is not the speaker's name brings in someone else
        for w in _INNER_NAME_RE.findall(text, s.start, s.end):
            if w not in name:
                return False
    an = analyze(doc)
    return not any(
        a.kind in SPEAKER_KINDS
        for i in range(between.sentence_start, between.sentence_end)
        for a in an.sentences[i].attributions
    )


def _subject_is_function_word(chunk: str) -> bool:
    """Every named-frame match in ``chunk`` has a connective or a pronoun as its 'subject' ("Hal itu …")."""
    for m in _NAMED_FRAME_RE.finditer(chunk):
        subj = m.group("subj")
        if subj is None:
            return False  # the passive with a named agent
        if subj.split()[0].lower() not in _NOT_SUBJECT:
            return False
    return True


def _multi_paragraph_credit(doc: Document, sources: list[QuoteSource], k: int) -> bool:
    """The ``k``-th quotation of ``sources`` is part of a quotation running over paragraphs: it is left
    open and a later paragraph of the run closes it with a tag or a speaker; or it reopens, at the start
    of its paragraph, a quotation the paragraph before left open (credited at its start, or reported
    there once)."""
    text = doc.text
    q = sources[k].quotation
    before = sources[k - 1].quotation if k > 0 else None
    if (
        before is not None
        and before.paragraph == q.paragraph - 1
        and before.continued
        and not text[doc.paragraphs[q.paragraph].start : q.start].strip()
    ):
        return True
    if q.closed or not q.continued:
        return False
    para = q.paragraph
    for nxt in sources[k + 1 :]:
        n = nxt.quotation
        if n.paragraph != para + 1:
            return False
        if nxt.attribution is not None:
            return True
        para = n.paragraph
        if n.closed:
            end = doc.paragraphs[n.paragraph].end
            after = _past_comma(text, n.end)
            return bool(
                _TAG_AFTER_RE.match(text, after, end)
                or _NAMED_AFTER_RE.match(text, n.end, end)
                or _NAME_FIRST_TAG_RE.match(text, n.end, end)
            )
        if not n.continued:
            return False
    return False


_OPEN_MARKS = frozenset('"“”«')
_CLOSE_MARKS = frozenset('"”»')
_MARKS = ('"', "“", "”", "«", "»")


def _inner(doc: Document, q: Quotation) -> str:
    s = q.inner
    return doc.text[s.start : s.end]


def _zone(doc: Document, q: Quotation) -> Zone:
    return doc.paragraphs[q.paragraph].zone


def _double_style(doc: Document) -> MarkKind:
    """The document's own double mark (curly if it uses curly marks at all)."""
    curly = sum(1 for q in doc.quotations if q.mark is MarkKind.DOUBLE_CURLY)
    straight = sum(1 for q in doc.quotations if q.mark is MarkKind.DOUBLE_STRAIGHT)
    return MarkKind.DOUBLE_CURLY if curly > straight else MarkKind.DOUBLE_STRAIGHT


@rule(
    "quote/unbalanced",
    severity="error",
    measured="dev corpus 415 articles/152,686 words (bench/measure_journalism.py): 0.27/1k words (41; quotes "
    "closed with the other kind of double mark are now this rule's alone, not also quote/mixed-marks'). "
    "Adjudicated on the unseen half (all 24 findings): 24/24 correct (100%)",
    summary={
        "id": "Tanda petik pembuka tanpa penutup di paragrafnya.",
        "en": "Opening quotation mark without its closing mark in the paragraph.",
    },
    message={
        "id": "Tanda petik {mark} dibuka di sini tetapi tidak ditutup di paragraf ini, dan paragraf berikutnya "
        "tidak melanjutkan kutipan.",
        "en": "Quotation mark {mark} opens here but is not closed in this paragraph, and the next paragraph "
        "does not continue the quote.",
    },
    docs={
        "id": "Kutipan langsung dibuka dan ditutup dalam satu paragraf. Konvensi redaksi untuk kutipan panjang: "
        "paragraf yang kutipannya berlanjut tidak ditutup, dan paragraf berikutnya dibuka lagi dengan tanda "
        "petik; pola itu tidak dilaporkan. Apostrof (Jum'at, Ma'ruf, Children's) bukan tanda petik.",
        "en": "A direct quote opens and closes within its paragraph, except for the multi-paragraph "
        "convention (no closing mark, the next paragraph reopens the quote). Apostrophes are not marks.",
    },
    authority="EYD V › Tanda Petik; konvensi redaksi kutipan multiparagraf",
    examples=[
        bad('"Kami akan mengajukan banding, kata kuasa hukumnya.', count=1),
        bad("“Tidak ada korban jiwa dalam kebakaran itu“, kata petugas."),
        good('"Kami akan mengajukan banding," kata kuasa hukumnya.'),
        good(
            '"Kami sudah memeriksa dua belas saksi dan menyita tiga ponsel.\n\n'
            '"Berkas perkara akan kami limpahkan pekan depan," kata Kapolres.'
        ),
        good("Pengajian digelar setiap Jum'at di rumah Ma'ruf, dekat Children's Park."),
        good("Ia gemar musik rock 'n' roll sejak remaja."),
    ],
)
def unbalanced(doc: Document, ctx: RuleContext) -> None:
    for q in doc.quotations:
        if q.mismatched:
            ctx.report(
                q.start,
                q.start + 1,
                args={"mark": doc.text[q.start]},
                message={
                    "id": "Tanda petik {mark} dibuka di sini tetapi ditutup dengan tanda petik jenis lain; pasangkan "
                    "pembuka dan penutup yang sejenis.",
                    "en": "Quotation mark {mark} opens here but is closed with a different kind of mark; pair them.",
                },
            )
            continue
        if q.closed or q.continued or q.depth:
            continue
        if q.mark is MarkKind.SINGLE_STRAIGHT:
            continue  # a lone ' is far more often an elision ('90-an) than a quote
        ctx.report(q.start, q.start + 1, args={"mark": doc.text[q.start]})


_SINGLE_MARKS = "'‘’"


def _is_gloss(doc: Document, q: Quotation) -> bool:
    """``lockdown 'karantina wilayah'``: single marks for a meaning are correct."""
    before = doc.text[max(0, q.start - 40) : q.start]
    m = _WORD_BEFORE_RE.search(before)
    if m is None:
        return False
    word = m.group(1).lower()
    if word in _GLOSS_BEFORE or _EXPANSION_BEFORE_RE.search(before):
        return True
    if before.rstrip().endswith("("):
        return True
    if _inner(doc, q).lstrip().lower().startswith(("yang ", "ialah ")):
        return True  # tergugat 'yang digugat'
    lex = get_lexicon()
    # the word glossed is foreign or regional (not an Indonesian word) and not a name
    return not m.group(1)[:1].isupper() and word not in lex.words and word not in lex.roots


@rule(
    "quote/single-quote-misuse",
    severity="warning",
    measured="dev corpus 415 articles/152,686 words (bench/measure_journalism.py): 0.20/1k words (31); sample 12/13 = 92% (the miss, an acronym expansion, is now excluded); injected double→single marks: recall 328/344 = 95%",
    summary={
        "id": "Petik tunggal dipakai sebagai tanda petik utama (untuk ucapan atau istilah).",
        "en": "Single quotation marks used as primary quotation marks (for speech or terms).",
    },
    message={
        "id": "Petik tunggal hanya untuk petikan di dalam petikan atau untuk makna kata; pakai petik ganda: {suggestion}.",
        "en": "Single marks are for a quote inside a quote or for a gloss; use double marks: {suggestion}.",
    },
    docs={
        "id": "EYD V: petik ganda mengapit petikan langsung dan kata yang bermakna khusus; petik tunggal mengapit "
        "petikan dalam petikan dan makna/padanan kata (tergugat 'yang digugat'). Tidak dilaporkan: petikan "
        "bersarang, glos setelah kata asing/daerah, judul berita (gaya rumah). Dengan sakelar rumah "
        "`single_quotes_for_terms: true`, hanya petik tunggal untuk ucapan yang dilaporkan.",
        "en": "EYD V: double marks for direct quotes and special-sense words; single marks for quotes within "
        "quotes and glosses. Nested quotes, glosses after foreign words and headlines are not reported. With "
        "the house switch `single_quotes_for_terms: true` only single-quoted speech is reported.",
    },
    authority="EYD V › Tanda Petik, Tanda Petik Tunggal",
    options={"single_quotes_for_terms": False},
    fixable=True,
    examples=[
        bad(
            "Polisi menemukan foto 'gadis muda' di laptop tersangka.",
            count=1,
            fixed='Polisi menemukan foto "gadis muda" di laptop tersangka.',
        ),
        bad("'Kami tidak akan mundur,' kata Ketua Umum partai itu."),
        bad(
            "''Kami tidak akan mundur,'' kata Ketua Umum partai itu.",
            fixed='"Kami tidak akan mundur," kata Ketua Umum partai itu.',
        ),
        bad("Ia mengaku 'hanya menjalankan perintah atasan'.", single_quotes_for_terms=True),
        good("Istilah lockdown 'karantina wilayah' kini jarang dipakai."),
        good("Dalam gugatan itu, tergugat 'yang digugat' adalah pemerintah kota."),
        good("\"Dia bilang, 'saya tidak tahu apa-apa',\" kata saksi itu."),
        good("Warga Jum'at ini berkumpul di Children's Park bersama Ma'ruf."),
        good("Polisi menemukan foto 'gadis muda' di laptop tersangka.", single_quotes_for_terms=True),
    ],
)
def single_quote_misuse(doc: Document, ctx: RuleContext) -> None:
    terms_ok = bool(ctx.options.get("single_quotes_for_terms", False))
    style = _double_style(doc)
    o, c = _OPENERS[style]
    for q in doc.quotations:
        if not q.mark.is_single or q.depth or not q.closed or _zone(doc, q) not in _STORY_ZONES:
            continue
        inner = _inner(doc, q)
        if not inner.strip() or _is_gloss(doc, q):
            continue
        before = doc.text[max(0, q.start - 30) : q.start]
        speechy = (
            len(_WORDS_RE.findall(inner)) >= 6
            or inner.rstrip()[-1:] in ",.!?"
            or bool(_SPEECH_BEFORE_RE.search(before))
            or bool(_TAG_AFTER_RE.match(doc.text, _past_comma(doc.text, q.end)))
        )
        if terms_ok and not speechy:
            continue
        # two single marks typed for one double mark (''…'', ‘’…’): the doubled mark goes with the pair
        suggestion = o + inner.strip(_SINGLE_MARKS) + c
        ctx.report(
            q.start,
            q.end,
            args={"suggestion": suggestion},
            suggestions=[suggestion],
            replacement=suggestion,
            safety="unsafe",
        )


def _statement_like(doc: Document, q: Quotation) -> bool:
    """A quoted full statement, not a fragment woven into the writer's sentence."""
    inner = _inner(doc, q).strip()
    if not inner:
        return False
    before = doc.text[max(doc.paragraphs[q.paragraph].start, q.start - 30) : q.start]
    if _title_before(before):
        return False
    nwords = len(_WORDS_RE.findall(inner))
    introduced = before.rstrip().endswith((",", ":")) or not before.strip() or before.rstrip().endswith((".", "?", "!"))
    return (introduced and inner[:1].isupper() and nwords >= 3) or nwords >= 8


@rule(
    "quote/punctuation-placement",
    severity="warning",
    measured="dev corpus 415 articles/152,686 words (bench/measure_journalism.py): 0.01/1k words (1 finding: too few to estimate precision)",
    summary={
        "id": "Koma atau titik di luar tanda petik penutup kutipan langsung.",
        "en": "Comma or period outside the closing mark of a direct quote.",
    },
    message={
        "id": "{why}",
        "en": "{why_en}",
    },
    docs={
        "id": "Koma yang memisahkan kutipan langsung dari keterangan penutur dan titik penutup kalimat yang "
        'dikutip utuh ditulis sebelum tanda petik penutup ("…," kata X). Setelah kutipan yang berakhir '
        "dengan ? atau ! tidak ditambahkan koma. Penggalan kutipan yang menyatu dengan kalimat penulis "
        '(menyebutnya "tidak masuk akal".) dan judul tidak dilaporkan.',
        "en": "The comma before a speech tag and the full stop of a fully quoted sentence go inside the closing "
        "mark; no comma after a quote ending in ? or !. Woven fragments and titles are not reported.",
    },
    authority="EYD V › Tanda Koma (7)–(8), Tanda Petik",
    fixable=True,
    examples=[
        bad(
            '"Kami sudah menahan tersangka", kata Kapolres.',
            count=1,
        ),
        bad(
            '"Mengapa baru sekarang?", tanya seorang warga.',
            count=1,
        ),
        bad(
            "Ia mengaku barang itu dikirim 'sebagai bagian dari transaksi dan ia menerima uang lewat rekening miliknya'.",
            count=1,
        ),
        good('"Kami sudah menahan tersangka," kata Kapolres.'),
        good('Ia menyebut kebijakan itu "tidak masuk akal".'),
        good('Pameran itu berjudul "Listrik Sahabat Petani".'),
    ],
)
def punctuation_placement(doc: Document, ctx: RuleContext) -> None:
    text = doc.text
    n = len(text)
    for q in doc.quotations:
        if not q.closed or q.depth or q.end >= n or _zone(doc, q) not in _STORY_ZONES:
            continue
        after = text[q.end]
        last = text[q.end - 2] if q.end - 2 > q.start else ""
        mark = text[q.end - 1]
        if after == "," and _TAG_AFTER_RE.match(text, q.end + 1):
            if last in "?!":
                ctx.report(
                    q.end - 1,
                    q.end + 1,
                    args={
                        "why": "Kutipan berakhir dengan ? atau !; hapus koma setelah tanda petik penutup.",
                        "why_en": "The quote ends in ? or !; drop the comma after the closing mark.",
                    },
                    replacement=mark,
                    safety="unsafe",
                )
            elif last not in ",.":
                ctx.report(
                    q.end - 1,
                    q.end + 1,
                    args={
                        "why": f"Koma sebelum keterangan penutur ditulis di dalam tanda petik: ,{mark} bukan {mark},.",
                        "why_en": f"The comma before the speech tag goes inside the closing mark: ,{mark} not {mark},.",
                    },
                    replacement="," + mark,
                    safety="unsafe",
                )
        elif after == "." and last not in ".?!…" and text[q.end + 1 : q.end + 2] != "." and _statement_like(doc, q):
            ctx.report(
                q.end - 1,
                q.end + 1,
                args={
                    "why": f"Titik penutup kalimat yang dikutip utuh ditulis di dalam tanda petik: .{mark} bukan {mark}..",
                    "why_en": f"The full stop of a fully quoted sentence goes inside the closing mark: .{mark} not {mark}..",
                },
                replacement="." + mark,
                safety="unsafe",
            )


#: The message of a quotation that ends its paragraph with '…,”' when the reader can still tell who speaks
#: (a tag above, the paragraph's person, the headline): the comma promised a tag that was lost in editing.
_LOST_TAG_MESSAGE = {
    "id": 'Koma sebelum tanda petik penutup menjanjikan keterangan penutur ("…," kata X) yang tidak ada: '
    "lengkapi penuturnya atau ganti koma dengan titik.",
    "en": 'The comma before the closing mark promises a speaker tag ("…," kata X) that is missing: add the '
    "speaker or end the quote with a full stop.",
}


@rule(
    "quote/unattributed",
    severity="info",
    genres=ALL - {OPINION, HOROSCOPE},
    measured="info. Round s7 (after the q13 fixes), unseen published news (fresh8: 890 excerpts, 196,854 words), "
    "every finding judged by a redaktur (not the author): 2/9; the false alarms name the speaker in the sentence "
    "before the quote with a verb or frame the attribution reader does not take as a tag ('dikeluhkan oleh X', "
    "'ia spontan bereaksi, \u201c…\u201d', 'lalu bertanya, \u201c…\u201d', a quote closing a paragraph about "
    "one player). All unseen judgements together: 9/20 = 45%. Earlier: "
    "independent judgements on text nobody tuned on come to 7/11 = 64% (dev unseen half 2/2, "
    "fresh batches: 2026-12-04 1/1, 2026-12-05 2/5 and, after the fixes below, a second batch of 349 excerpts "
    "2/3, its false alarm a WhatsApp message credited in the next sentence), below the 85% a warning needs. "
    "Fresh published text (413 excerpts, 93,543 words, 250 outlets; independent redaktur, 2026-12-05): "
    "2/5; the 3 false alarms (a capitalised -nya tag after '…,”', a tag sentence 'Begitu asumsi X.', a quote "
    "credited to a named owner's Twitter account) are read as attributed since. Earlier: "
    "dev corpus (bench/measure_journalism.py --half tune|unseen): tune 210 articles/74,360 words 0 "
    "findings; unseen 205 articles/78,326 words 2 findings (0.03/1k words). Adjudicated by a redaktur (not the "
    "author) on 2026-12-04, unseen half, all findings: 2/2 correct (100%; few findings, but the rule is narrow "
    "by design): warning. History: the first version was judged 2/12 on the unseen half (woven quotes, quoted "
    "lists, runs of one speaker's quotation paragraphs, pointer sentences after the quote), then 2/3 (the false "
    "alarm, a stand-alone promo slogan, is no longer reported). On the 248 Kompas articles of PFSA-ID (text "
    "rebuilt by bench/pfsa_eval.py): 0/11, all quote marks mis-paired by the rebuild. Injected tag removal "
    "(quotes after two paragraphs that name no speaker): recall tune 59/61 = 97%, unseen 62/69 = 90%. "
    "2026-12-05 (session 7, issue 13): the judged false-alarm classes fixed as classes (a message, post, "
    "letter, banner or song credited by the sentence after it or announced by the one before; a tag typed "
    "inside the closing mark or split off into the next paragraph; credit lines; interview transcripts after "
    "their introduction): on fresh6 + fresh7 (tuned on) 5 -> 3 findings, the 2 judged-wrong gone; injected "
    "recall dev tune 58/61 = 95%, unseen 62/69 = 90%, fresh6 106/112, fresh7 96/103 (all as before); "
    "dev golden unchanged. Severity stays info until fresh8 is judged"
    ". fresh9 (94,070 words, unseen): 3/7; the false alarms are quotes credited right after the closing mark with a lower-case or sentence-final tag ('keluh santoso', 'Ahmad menandaskan.'), a multi-paragraph quote credited at its end and a quote after the speaker's indirect speech. All unseen judgements: 12/27 = 44%. Info. "
    "Round s8 (issue 13): the judged false-alarm classes fixed by attribution syntax (a tag after the mark in "
    "lower case or name first; a frame before the quote with a verb of saying or reacting; a pronoun-free "
    "speaker sentence in the quote's paragraph or the one before, 'Ia pun …' continuing a tagged voice; a "
    "quotation over paragraphs credited at its end or start). Tuned on fresh6/7/8/9 (not unseen any more): "
    "1/2/9/7 -> 1/0/2/3 findings; the 5 judged findings left were all judged correct, none judged correct "
    "was lost. Injected recall: dev tune 58/61 = 95% (was 58/61), dev unseen 60/69 = 87% (was 62/69), "
    "fresh6 105/112, fresh7 94/103, fresh8 241/255, fresh9 106/115 (the quotes newly missed follow a "
    "paragraph whose group or passive agent frames them: 'Warga pun mengungkap rasa lega.', 'pedagang "
    "mengeluh.', 'dipertanyakan oleh X'). Dev golden unchanged. Severity stays info until fresh10 is judged. "
    "Fresh10 + fresh11 (932 published excerpts, 204,143 words, never tuned on; every finding judged by "
    "redaktur helpers, 2026-12-05): 2/10 = 20%. Its false alarms: a pronoun tag after the mark ('…,” ia "
    "menandaskan'), a second quote right after the first one's tag in the same paragraph (both now read as "
    "credited), a lower-case -nya tag misspelled after a comma-closed quote (pungkanya, sampainya: read as a tag "
    "now; after these three fixes the same text gives 5 findings, 2 judged right, a tune figure), and tags the "
    "rule cannot read because the copy is broken: mojibake inside the verb (kaÂta), a tag typed inside the marks. Injected recall on the same unseen text: fresh10 143/159 = 90%, fresh11 "
    "122/129 = 95%. Info: far below 90%. Fresh12 (362 published excerpts, 77,601 words, gathered after every change of this session and never tuned on; judged by redaktur helpers, final code): 3/3 (all quotes with no speaker anywhere near). On the final code the unseen count is 3 findings in 77,601 words; injected recall on fresh12 97/105 = 92%. Info until a larger unseen sample reaches 90%. "
    "Round s9 (issue 13): on fresh6-12 main gave 14 findings, 11 judged correct; the 3 judged false alarms left "
    "(a tag with mojibake in its verb 'kaÂta', a tag typed inside the closing mark 'penimbunan jawabku' in a "
    "first-person column read as news, a quote after 'Padahal dia …' continuing the speaker named above) are "
    "read as attributed now: fresh6-12 11 findings, all 11 judged correct in earlier rounds (a tune figure). Also silent: the "
    "writer in the scene ('saya'/'aku' in the writer's own words of the quote's paragraph or the one before), "
    "a quote after a pronoun sentence about one person in its own paragraph, a chant or a banner after the sentence that voices or unfurls it ('meneriakkan', 'membentangkan'), a quote whose next sentence shows a named person saying it ('Suara Sutini bergetar saat menceritakan …', 'Begitulah keluh Sutini.'). Injected recall unchanged: dev tune "
    "58/61 = 95%, unseen 60/69 = 87%, fresh12 97/105 = 92% (fresh6-11 as before). Dev golden unchanged. Round s9 (q14: mojibake and trapped tags, next-sentence credits, pronoun paragraphs, first-person columns), unseen fresh13 (261,366 words, never tuned on), judged by a redaktur helper: 6/8; the two false alarms (a misspelled -nya tag standing alone, a bare name after a comma-closed quote) were fixed after the judgement (tune). Unseen fresh14 (104,649 words) on the final code: 1/3 (a lead-in 'menyampaikan bahwa, \"…\"' the sentence splitter cut at an academic title, a tag after a long quote the sample cut). Both rounds 7/11: below 90%, stays info. Injected recall: dev tune 58/61, unseen 60/69, fresh12 97/105, fresh13 312/339 = 92%. "
    "Round s10 (q15, tune on fresh6-14 and the whole dev corpus): main gave 22 findings, 20 judged (or, 3 of them, "
    "read by the author) correct; the two fresh14 false alarms (a lead-in verb opening a sentence cut at a "
    "title, a verb-first tag 'terus Indra lagi') are read as attributed now, and classes of our own drafts are "
    "silent (answers of a person shown being asked, a person-subject sentence before the quote in its "
    "paragraph, texts that circulate, are sung or read out, a document's passive, speech events, stances "
    "voiced, 'X menambahkan' after the quote when X spoke above): 20 findings, all correct (a tune figure). "
    "Injected recall: dev tune 58/61, unseen 60/69, fresh12 97/105 (as before), fresh13 310/339 = 91% (was 312: "
    "two injected quotes a reader credits, 'Pengacara X, Nama, menuntut …' before and 'Nama menambahkan' after), "
    "fresh14 141/147. "
    "Round s10, final code, every finding judged by redaktur helpers (not the author): the tune sets (dev corpus "
    "and fresh6-14, 5,495 excerpts, 1,253,816 words) 19/20 (the false alarm: a quote credited only to an outlet, "
    "'dikutip dari X', whose speaker is the one person of the paragraph before); unseen fresh15 (1,034 excerpts, "
    "209,825 words, gathered this session, never tuned on) 2/3 (the false alarm: a stray opening mark before "
    "third-person narration that names its governor). All 23 judged findings: 21 = 91%: warning. The unseen part "
    "alone (3 findings) is too small to confirm it; the rule reports about 1.5 findings per 100,000 words. "
    "After the judgement (tune): an unclosed quotation that opens with a name or title and a verb of saying is "
    "the writer's sentence after a stray mark; fresh15 3 -> 2 findings (both judged correct), the tune sets "
    "unchanged (20), injected recall unchanged (fresh15 235/261, dev unseen 60/69), PFSA-ID unchanged. "
    "Round s11: fresh16 (906 published excerpts, 190,111 words, never tuned on), every finding judged blind by "
    "redaktur helpers under the written judging standard: 0/2 (a quote ending '…,”' after a paragraph "
    "about the person tagged above it; the opening quote of page 2 of a story whose headline names the "
    "speaker). Unseen text, fresh15 + fresh16 together: 2/5, below the 85% a warning needs: back to info. "
    "After the judgement (tune): the headline's speaker for a quote that opens the story; a paragraph about "
    "the tagged person between two of her quotes; a '…,”' quote whose speaker can still be guessed is "
    "reported with a message about the lost tag. The tune sets keep their 22 findings (10 of them now with "
    "that message); injected recall unchanged (dev tune 58/61, unseen 60/69; fresh13 310/339, fresh14 "
    "141/147, fresh15 235/261, fresh16 195/218).",
    summary={
        "id": "Kutipan langsung tanpa penutur di kalimatnya atau kalimat di dekatnya.",
        "en": "Direct quote with no speaker in its sentence or the adjacent ones.",
    },
    message={
        "id": 'Siapa yang mengatakan ini? Kutipan langsung perlu penutur ("…," kata X).',
        "en": 'Who said this? A direct quote needs a speaker ("…," kata X).',
    },
    docs={
        "id": "Kutipan langsung berupa pernyataan utuh harus disertai penutur: tag di kalimatnya (…,” kata X; "
        "…,” tutupnya), penutur di paragrafnya, atau penutur paragraf sebelumnya bila paragraf kutipan "
        "melanjutkan suaranya (juga rangkaian paragraf kutipan yang ditutup tag, dan kalimat 'Pernyataan "
        "tersebut disampaikan oleh X' sesudahnya). Tanda petik ” pembuka (gaya Kompas) dikenali. Judul, slogan, "
        "daftar kutipan, kutipan yang dianyam dalam kalimat penulis, dan istilah tidak dilaporkan. Kutipan yang "
        "berakhir dengan koma di akhir paragraf (“…,”) tanpa tag selalu dilaporkan: tagnya hilang (bila penuturnya masih dapat ditebak, pesannya menyebut tag yang hilang itu). Tidak "
        "dilaporkan juga: kutipan yang diperkenalkan kalimat penunjuk (Ia menambahkan:) atau subjudul di "
        "atasnya, seruan pendek yang berdiri sendiri (slogan, yel, tagline), dan kutipan dalam kolom opini "
        "atau horoskop (genre). Dianggap bersumber pula: kutipan yang ditunjuk kalimat sesudahnya sebagai "
        "pesan, unggahan, surat, spanduk atau lirik ('Pesan itu dikirim … oleh X', 'Itulah pesan X', 'Begitu "
        "isi surat …', 'Bunyi Pasal 5 …', 'X menyampaikan hal itu …'), kutipan yang diumumkan kalimat "
        "sebelumnya ('Berikut isinya.', 'Surat edaran itu memuat …', 'Video … itu viral'), transkrip "
        "wawancara sesudah pengantarnya, tag yang terjebak di dalam tanda petik ('“…, ungkap X,”') atau "
        "terpisah ke paragraf berikutnya, dan baris kredit ('— X', '(X, 45, warga Y)'). Diam pula bila pembaca "
        "tahu penuturnya dari sintaks atribusi: tag sesudah tanda petik yang ditulis huruf kecil atau dengan "
        "nama di depan ('…,” keluh santoso', '….” Ahmad menandaskan.'), klausa atau kalimat sebelum kutipan "
        "yang membingkainya dengan verba tutur atau reaksi ('Ia spontan bereaksi, “…”', 'X lalu bertanya, "
        "“…”'), kalimat penutur tanpa pronomina di paragraf kutipan atau paragraf sebelumnya ('Suharto "
        "menaksir, …', 'Hal ini dikeluhkan oleh X.'), 'Ia pun …' yang melanjutkan suara penutur di atasnya, "
        "dan kutipan beberapa paragraf yang diberi tag di akhir atau di awalnya. Tag yang rusak oleh mojibake "
        "('kaÂta') dibaca seperti yang dibaca pembaca ('kata'); tag yang terketik di dalam tanda petik tanpa koma "
        "('…penimbunan jawabku”') juga tag. Diam pula bila penulis hadir dalam adegan (saya/aku dalam kalimat "
        "penulis: kolom, feature orang pertama), bila kalimat tepat sebelum kutipan di paragrafnya membicarakan "
        "satu orang dengan pronomina ('Ia menatap papan jadwal. “…?”'), dan bila paragraf sebelumnya melanjutkan "
        "penutur di atasnya dengan pronomina ('Padahal dia …'). Kata yang diserukan atau dibentangkan massa "
        "('Mereka meneriakkan tuntutannya.', 'Mereka membentangkan kain putih.') bukan kutipan tanpa penutur. Kalimat sesudah "
        "kutipan yang memperlihatkan orang bernama sedang mengucapkannya ('Suara Sutini bergetar saat menceritakan "
        "…', 'Begitulah keluh Sutini.', 'Ucapan itu keluar dari Sutini …') juga menunjuk penuturnya. Dibaca sebagai "
        "tag pula: tag berurutan verba-subjek dengan verba apa pun sesudah kutipan yang ditutup koma atau yang "
        "kalimatnya berlanjut dengan huruf kecil ('…,” terus Indra lagi.', '….” pesannya kepada warga.'), dan "
        "pengantar yang verbanya membuka kalimat karena titik gelar memotong subjeknya ('…, M.Si. Menyampaikan "
        "bahwa, “…”'). Diam juga untuk jawaban orang yang diperlihatkan sedang ditanya ('Saat dikonfirmasi, X "
        "hanya tersenyum.'), kutipan di paragraf tentang satu orang bernama sebagai subjek (di kalimat tepat sebelum kutipan, atau dilanjutkan dengan ia/dia/-nya), teks yang "
        "beredar atau muncul ('Pesan berantai beredar …', 'Di layar muncul tulisan …'), teks yang dinyanyikan, "
        "dibacakan atau ditulis ('Lagu itu dinyanyikan …'), isi dokumen ('Dalam surat edaran itu disebutkan …'), "
        "peristiwa tutur ('X memberi sambutan', 'X mengirim pesan', 'berpidato', 'bersabda'), sikap yang "
        "disuarakan ('Kuasa hukum X, Nama, keberatan …', 'mempertanyakan'), ungkapan atau petuah yang diumumkan, "
        "dan kalimat sesudah kutipan 'X menambahkan' bila X penutur di atasnya. Kutipan yang "
        "ditutup koma tanpa tag (atau dengan nama media saja) tetap dilaporkan walau penuturnya bisa ditebak.",
        "en": "A quoted statement needs a speaker: a tag in its sentence, a speaker in its paragraph, or the "
        "speaker of the paragraph before when the quotation paragraph goes on in that voice (also a run of "
        "quotation paragraphs closed by a tag, and 'Pernyataan tersebut disampaikan oleh X' after it). ”-opened "
        "quotes (Kompas style) are read. Titles, slogans, quoted lists, quotes woven into the writer's sentence "
        "and terms are not reported. A quote ending '…,”' at the end of its paragraph is always reported: its "
        "tag was lost. Neither are quotes introduced by a pointer sentence ('Ia menambahkan:') or a crosshead, "
        "short stand-alone exclamations (slogans, chants, taglines), nor quotes in opinion columns or "
        "horoscopes (genre). Also sourced: a quote the next sentence names as a message, post, letter, banner "
        "or lyric ('Pesan itu dikirim … oleh X', 'Itulah pesan X', 'Begitu isi surat …', 'Bunyi Pasal 5 …', "
        "'X menyampaikan hal itu …'), a quote announced by the sentence before ('Berikut isinya.', 'Surat "
        "edaran itu memuat …', 'Video … itu viral'), an interview transcript after its introduction, a tag "
        "trapped inside the marks ('“…, ungkap X,”') or split off into the next paragraph, and credit lines "
        "('— X', '(X, 45, warga Y)'). Silent too when the attribution syntax tells the reader who speaks: a tag "
        "after the mark in lower case or with the name first ('…,” keluh santoso', '….” Ahmad menandaskan.'), "
        "a clause or sentence before the quote framing it with a verb of saying or reacting ('Ia spontan "
        "bereaksi, “…”', 'X lalu bertanya, “…”'), a pronoun-free speaker sentence in the quote's paragraph or "
        "the one before ('Suharto menaksir, …', 'Hal ini dikeluhkan oleh X.'), 'Ia pun …' continuing the voice "
        "tagged above it, and a quotation over several paragraphs tagged at its end or its start. A tag broken by "
        "mojibake ('kaÂta') is read as the reader reads it ('kata'); a tag typed inside the closing mark with no "
        "comma ('…penimbunan jawabku”') is a tag. Silent too when the writer is in the scene ('saya'/'aku' in the "
        "writer's own words: a column, a first-person feature), when the sentence just before the quote in its "
        "paragraph is about one person by a pronoun ('Ia menatap papan jadwal. “…?”'), and when the paragraph "
        "before goes on about the speaker named above it by a pronoun ('Padahal dia …'). Words a crowd chants "
        "or unfurls ('Mereka meneriakkan tuntutannya.', 'Mereka membentangkan kain putih.') need no speaker. The sentence "
        "after a quote showing a named person saying it ('Suara Sutini bergetar saat menceritakan …', 'Begitulah "
        "keluh Sutini.', 'Ucapan itu keluar dari Sutini …') names its speaker too. Also read as tags: a verb-subject "
        "tag with any verb after a comma-closed quote or one whose sentence goes on in lower case ('…,” terus "
        "Indra lagi.', '….” pesannya kepada warga.'), and a lead-in whose verb opens its sentence because a "
        "title's full stop cut its subject off ('…, M.Si. Menyampaikan bahwa, “…”'). Silent too for the answer "
        "of a person shown being asked ('Saat dikonfirmasi, X hanya tersenyum.'), a quote in a paragraph about "
        "one person named as its subject (just before the quote, or carried on by ia/dia/-nya), a text that circulates or appears ('Pesan "
        "berantai beredar …', 'Di layar muncul tulisan …'), a text sung, read out or written ('Lagu itu "
        "dinyanyikan …'), a document's words ('Dalam surat edaran itu disebutkan …') and speech events ('X "
        "memberi sambutan', 'X mengirim pesan', 'berpidato', 'bersabda'), a stance voiced ('Kuasa hukum X, "
        "Nama, keberatan …', 'mempertanyakan'), a saying announced, and 'X menambahkan' right after the quote "
        "when X spoke above. A comma-closed quote with no tag (or "
        "an outlet only) is still reported even when its speaker can be guessed.",
    },
    authority="KEJ Pasal 2 (penafsiran: sumber jelas); editorial-rules §4.3 butir 3",
    examples=[
        bad('Rapat berlangsung tertutup.\n\n"Semua dokumen sudah kami serahkan kepada penyidik."', count=1),
        bad("Banjir merendam tiga desa.\n\n”Semua jalan menuju pasar sudah tertutup lumpur.”", count=1),
        # a tag whose verb is misspelled, standing alone after the mark; a name left where the tag was
        good("Banjir merendam tiga desa.\n\n“Semua jalan menuju pasar sudah tertutup lumpur” Jelasnnya."),
        good("Banjir merendam tiga desa.\n\n“Semua jalan menuju pasar sudah tertutup lumpur,” Darmin."),
        bad(
            "Banjir merendam tiga desa.\n\n“Semua jalan menuju pasar sudah tertutup lumpur.” Akhirnya, warga pulang.",
            count=1,
        ),
        bad(
            "Kepala Desa Mulyono memastikan tanggul diperbaiki.\n\n”Material sudah kami pesan dan pekerja siap,”",
            count=1,
        ),
        good('"Semua dokumen sudah kami serahkan kepada penyidik," kata Direktur Utama PT Sinar Jaya, Andi Wirawan.'),
        good('Ketua RT Sapto mengatakan, "Warga sudah diminta mengungsi sejak pagi."'),
        good('Lagu berjudul "Tanah Air Kita Semua Bersatu" dinyanyikan bersama.'),
        good("Warga mengungsi ke balai desa. ”Air naik cepat sekali,” kata Ketua RT Sumarni."),
        good("Kepala Desa Mulyono memastikan tanggul diperbaiki.\n\n”Material sudah kami pesan dan pekerja siap.”"),
        good("”Kami jaga sungai ini bersama-sama,” tutup Wiryo."),
        # regressions from fresh published text (2026-12-05): a capitalised -nya tag after '…,”', a tag
        # sentence opened by "Begitu", and a named owner's social-media account
        good("Harga gabah turun lagi.\n\n“Kami terpaksa menjual murah karena butuh uang,”Keluhnya."),
        good("Jumlah pengungsi belum pasti. “Saya perkirakan seribu orang.” Begitu perkiraan Frans Kila."),
        good(
            "Arus lalu lintas dialihkan.\n\n“Pintu tol sementara ditutup,” seperti ditulis dalam akun twitter "
            "milik TMC Polda Metro Jaya, Selasa (15/9)."
        ),
        bad("Harga gabah turun lagi.\n\n“Kami terpaksa menjual murah.” Begitu saja."),
        # a message credited in the next sentence, a tag typed inside the closing mark, an interview
        # transcript after its introduction (drafts of our own, 2026-12-05)
        good(
            'Rombongan berangkat pagi.\n\n"Kumpul jam lima di dermaga, jangan terlambat." Pesan itu dikirim ke grup '
            "oleh seorang pemandu."
        ),
        good("Harga cabai turun.\n\n“Sudah sebulan harga anjlok, ungkap Retnowati,” petani di Muncar."),
        good(
            'Berikut petikan wawancaranya:\n\n"Kapan relokasi dimulai?"\n\n"Kami mulai bulan depan setelah '
            'pedagang didata."'
        ),
        bad('Rombongan berangkat pagi.\n\n"Kumpul jam lima di dermaga, jangan terlambat." Hal itu membuat kami resah.'),
        good(
            'Kapolres Hendra Wijaya mengatakan penyidik sudah bekerja. "Kami sudah memeriksa dua belas saksi.\n\n'
            '"Berkas perkara akan kami limpahkan pekan depan."'
        ),
        # round s8 (drafts of our own): the speaker clear from the attribution syntax around the quote
        good("Kondisi itu dikeluhkan oleh Kepala Desa Warsito.\n\n“Kami sudah tiga kali mengajukan perbaikan.”"),
        good("Setelah mendengar jawaban itu, ia spontan bereaksi, “Wah, kami tidak pernah diberi tahu.”"),
        good("Air laut masuk ke permukiman.\n\n“Air masuk ke rumah kami setiap malam,” keluh sulastri."),
        good("Polda mendata laporan itu.\n\n“Dua kasus sudah dilimpahkan ke kejaksaan.” Ahmad menandaskan."),
        bad(
            "Jalan itu dulu diperbaiki oleh Pemerintah Provinsi.\n\n“Kami sudah tiga kali mengajukan perbaikan.”",
            count=1,
        ),
        # round s9 (drafts of our own): a tag with mojibake in its verb, a tag typed inside the closing mark,
        # the writer in the scene, a pronoun sentence about one person just before the quote
        good("Bus terguling ke sawah.\n\n“Sopir kehilangan kendali di tikungan,” ka\u00c2ta Kasat Lantas Budi."),
        good("Harga beras naik lagi.\n\n“Mungkin ada yang menimbun beras di gudang jawabku”"),
        good(
            "Pagi itu saya singgah di warung kopi Pak Darto. Ia menuang kopi sambil menggerutu.\n\n"
            "“Harga gula naik terus, untungnya tidak seberapa lagi.”"
        ),
        good("Lelaki tua itu duduk di bangku peron. Ia menatap papan jadwal. “Kereta ke Solo masih lama, Nak?”"),
        good(
            "Banjir melanda Desa Sukamaju.\n\n“Saya tidak menyangka rumah kami hanyut.”\n\nSuara Sutini bergetar "
            "saat menceritakan kejadian itu."
        ),
        bad(
            "Seorang nelayan hanyut di sungai. Dia belum ditemukan.\n\n“Pencarian dilanjutkan besok dengan perahu.”",
            count=1,
        ),
        # round s10 (drafts of our own): a verb-first tag of any verb, a lead-in verb opening its sentence, the
        # answer of a person shown being asked, a text that circulates, a text voiced in the passive
        good("Jalan desa rusak.\n\n“Baru tiga puluh meter yang kami cor sendiri,” terus Wagiman lagi."),
        good('Camat Sukamaju, Drs. Hendra, M,Si. Menyampaikan bahwa, "tidak ada pungutan untuk sertifikat itu".'),
        good("Saat dikonfirmasi, Direktur PT Maju, Hendra, hanya tersenyum.\n\n“Nanti kami selesaikan semuanya.”"),
        good("Pesan berantai beredar di grup warga.\n\n“Harap waspada, ada orang asing mengincar anak-anak.”"),
        good("Lagu itu dinyanyikan bersama.\n\n“Angin pagi berbisik di ladang, menyapa petani yang pulang.”"),
        bad("Ketika ditemui, Hendra tampak lelah.\n\n“Sudah dua kali rumah kami kebanjiran tahun ini,”", count=1),
        # round s11 (drafts of our own): the headline names who speaks in the quote that opens the story; a
        # paragraph about the tagged speaker between her quotes; another person named there
        good(
            "Pelatih Persita Budi Santoso Sebut Laga Terburuk, Tekad Saja Tak Cukup\n\n“Situasinya sama seperti "
            "bulan lalu, saat kami kalah di kandang. Para pemain tidak boleh menyerah menghadapi situasi ini.”\n\n"
            "Kekecewaan juga diungkapkan kapten tim, Rudi Hartono, seusai laga.",
            layout="news",
        ),
        good(
            "Pasar sepi sejak pagi. “Kalau ramai, saya bisa dapat seratus ribu,” ujar Marni.\n\nMeski lelah dengan "
            "pekerjaannya, tidak membuatnya berhenti berangkat subuh.\n\n“Anak saya masih sekolah, jadi harus terus "
            "jalan.”"
        ),
        bad(
            "Pasar sepi sejak pagi. “Kalau ramai, saya bisa dapat seratus ribu,” ujar Marni.\n\nMeski begitu, Ketua "
            "RT Darmo memintanya pindah ke los baru.\n\n“Los baru itu sudah kami siapkan sejak bulan lalu.”",
            count=1,
        ),
    ],
)
def unattributed(doc: Document, ctx: RuleContext) -> None:
    text = doc.text
    paras = doc.paragraphs
    sources = quote_sources(doc)
    for k, qs in enumerate(sources):
        q = qs.quotation
        # '“…,”' ending its paragraph: the comma announces a tag that is not there (lost in editing)
        dangling = (
            q.closed
            and text[q.end - 2 : q.end - 1] == ","
            and not text[q.end : doc.paragraphs[q.paragraph].end].strip()
        )
        # a dangling comma is reported even when a speaker is inferred from the paragraphs around it, not
        # when the sentence after it credits the quote ('“…,”' / 'Hal itu disampaikan X …')
        if (qs.attribution is not None and not (dangling and qs.how not in ("sentence", "next"))) or not qs.statement:
            continue
        if dangling and _tag_broken_off(doc, q.paragraph):
            continue  # '“…,”' / 'ujar Budi.': the tag was split off into a paragraph of its own
        if _zone(doc, q) not in _STORY_ZONES:
            continue
        if not q.closed and not q.continued:
            continue  # an unclosed quotation is quote/unbalanced's finding; its end is unknown
        inner = _inner(doc, q).strip()
        nwords = len(_WORDS_RE.findall(inner))
        if nwords < 3 or (nwords < 5 and inner[-1:] not in ".!?,"):
            continue  # a term or a short fragment, not a statement
        if not q.closed and _NARRATION_OPENS_RE.match(inner):
            continue  # a stray mark before the writer's own sentence, which names its speaker: '"Gubernur X juga mengimbau …'
        para = doc.paragraphs[q.paragraph]
        before = text[max(para.start, q.start - 30) : q.start]
        if _title_before(before):
            continue
        lead = before.rstrip()
        if lead[-1:].isalpha() and not _SPEECH_BEFORE_RE.search(before):
            continue  # woven into the writer's sentence ('mendefinisikannya sebagai "…"'): the sentence owns it
        if _LIST_BEFORE_RE.search(before):
            continue  # one of a list of quoted items ('bertuliskan “…,” “…,” hingga “…”')
        # the words after the closing mark as the reader reads them ('kaÂta' is 'kata')
        tail = _as_read(text[q.end : para.end])
        if _TAG_AFTER_RE.match(tail, _past_comma(tail, 0)):
            continue
        comma_closed = text[q.end - 2 : q.end - 1] == ","
        # the writer's sentence goes on after the mark: a comma announced a tag ('…,”', '…”,'), or a
        # lower-case word carries on after a quoted sentence ('….” pesannya kepada warga.')
        goes_on = comma_closed or tail[:1] == "," or tail.lstrip()[:1].islower()
        if goes_on and _NYA_TAG_AFTER_COMMA_RE.match(tail, _past_comma(tail, 0)):
            continue  # '…,” pungkanya.': the tag's verb misspelled or rare, still a tag
        if _NYA_TAG_ALONE_RE.match(tail) or (comma_closed and _BARE_NAME_AFTER_COMMA_RE.match(tail)):
            continue  # '…" Jelasnnya.' (a misspelled tag), '…,” Rudi.' (the speaker, the verb dropped)
        if goes_on and _INVERTED_TAG_AFTER_COMMA_RE.match(tail, _past_comma(tail, 0)):
            continue  # '…,” terus Indra lagi.', '….” balas Budi.': a tag, verb first, whatever the verb
        if _NAMED_AFTER_RE.match(tail):
            continue  # '…,” Kepala Humas X Nama Lengkap.': the speaker is named (the verb was dropped)
        if _EN_TAG_AFTER_RE.match(tail):
            continue  # an English quote with its English tag ('"…," said Budi', '"…," he said')
        if _CREDIT_AFTER_RE.match(tail):
            continue  # '"…" — Nama' / '"…" (Nama, 45, warga X)': a credit line names the speaker
        if _VERB_AFTER_RE.match(tail):
            continue  # '"Judul" menyebut …': the quoted words are a subject or a title in the sentence
        if _TRAPPED_END_TAG_RE.search(inner):
            continue  # '“…, mungkin terjadi penimbunan jawabku”': the tag typed inside the closing mark
        if before.rstrip().endswith(":") or _introduced(doc, q):
            continue  # "Ia berkata:" / "… bahwa:" / a label / "Berikut isi suratnya." introduces the quote
        if inner[-1:] == "!" and nwords <= _SLOGAN_WORDS and not text[para.start : q.start].strip():
            continue  # '"Merdeka atau Mati!"' standing alone: a slogan, chant or tagline, not a statement
        if q.closed and inner[-1:].isalnum() and not text[q.end : para.end].strip():
            # '"Kami butuh lahan, bukan pabrik semen"' ending its paragraph with no stop anywhere: a banner,
            # a title or a caption line; speech ends in a stop or a comma (and a lost tag leaves '…,"')
            continue
        if q.paragraph > 0 and not text[para.start : q.start].strip() and _is_crosshead(doc, paras[q.paragraph - 1]):
            continue  # the crosshead above the quotation introduces its speaker or its section
        if _NAME_FIRST_TAG_RE.match(tail) or _PRONOUN_TAG_RE.match(tail):
            continue  # '….” Ahmad menandaskan.', '…,” ia menandaskan.': a tag with its subject first
        if _continues_tagged_quote(doc, sources, k):
            continue  # '“…,” ujar Leon pada Rabu. “…”': the same speaker goes on after their tag
        if _frames_quote(doc, q):
            continue  # 'Ia spontan bereaksi, “…”', 'Stand itu seolah berbisik lirih. “…”'
        if _multi_paragraph_credit(doc, sources, k):
            continue  # one quotation over several paragraphs, credited at its end (or its start)
        if _writer_in_scene(doc, sources, k):
            continue  # '… ia bertanya kepada saya. “…”': a column or feature in the writer's first person
        if not dangling and _credited_after(doc, q):
            continue  # '“…”' / 'Suara Sutini bergetar saat menceritakan …', 'Begitulah keluh Sutini.'
        if not comma_closed and _answers_asked_person(doc, q):
            # 'Saat dikonfirmasi, Direktur PT X, Hendra, hanya tersenyum.' / '“…”': the answer; a quote closed
            # by its comma announced a tag, and one missing or naming an outlet ('…,” dikutip dari X') is
            # reported even when the speaker can be guessed
            continue
        if not dangling and _speaker_nearby(doc, q):
            continue  # 'Suharto menaksir, ….' / 'Hal ini dikeluhkan oleh X.' / 'Ia pun …' before the quote
        if not dangling and _headline_names_speaker(doc, q):
            continue  # 'Pelatih Persib Luis Milla Sebut …' / '"…"' opening the story: the headline's speaker
        end = q.end if q.closed else min(q.end, q.start + 60)
        if dangling and (
            qs.attribution is not None
            or _speaker_still_on(doc, sources, k)
            or _speaker_nearby(doc, q)
            or _answers_asked_person(doc, q)
            or _headline_names_speaker(doc, q)
        ):
            # the reader can tell who speaks, but the comma before the closing mark promises a tag that is not
            # there: the finding is the lost tag, and says so
            ctx.report(q.start, end, message=_LOST_TAG_MESSAGE)
            continue
        if _speaker_still_on(doc, sources, k):
            continue  # '"…," ungkap Udet.' / 'Meski malu dengan profesinya, …' / '"…"': still Udet's voice
        ctx.report(q.start, end)

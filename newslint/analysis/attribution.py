"""Who says what: attribution analysis of a news draft (editorial-rules §4.3).

Every sentence of the prose zones is classified once per document:

* its *attributions* (a speech verb with an agent, ``menurut X``, a channel
  such as ``kepada wartawan`` / ``dalam keterangan tertulis``, a document
  source such as ``berdasarkan data X``, or a citation of another outlet such
  as ``dikutip dari laman X``), each with the speaker or outlet named;
* its *weasel* markers (``disinyalir``, ``kabarnya`` …) and *agentless*
  reporting passives (``disebutkan``, ``dikatakan`` …);
* whether it is *covered*: attributed itself, or by carry-over inside its
  paragraph (a following ``Ia/Dia/Mereka …`` sentence or direct quote
  continues the speaker's account; a paragraph-final tag ``…, kata X.``
  covers the paraphrase before it; a multi-paragraph quote carries over).

Who speaks:

* each attribution's ``speaker`` is kept whole (role, rank and name chains,
  appositions: "Kepala Bidang Humas Polda X Komisaris Besar Nama",
  "Nama, Kepala Dinas Y"), with :attr:`Attribution.role` / :attr:`Attribution.name`
  split on demand and :attr:`Attribution.source_kind` (person, document,
  written-statement, press-release, social-media, interview, observation,
  media, channel);
* a speech tag is any word in the tag position after a closing quotation mark
  (``…,” tutup dia``, ``…,” kenangnya``), and active speech verbs are the meN-
  forms of roots of saying (built with :func:`newslint.lang.morph.men_form`);
* pronouns (``ia``, ``dia``, ``-nya``, "Ia pun") resolve only to a person: a
  named speaker, a single office holder ("Presiden"), or a person introduced
  as a sentence subject (with a verb, not a noun or adjective, as predicate;
  not the subject of a passive), never to words inside a quotation, a text
  ("Data …", "RUU …"), a date, a place or an organisation (a head such as
  "PT", "Masjid", or a word another speaker's role uses);
* the subject before a verb is the noun phrase the syntax gives: without a
  leading connective, a crosshead run into the paragraph, a place tail
  ("Nama di Jakarta") or a circumstance ("…, saat dihubungi, …", a date), and
  a bare office ("kata Presiden", "Mensos") takes the person the draft named
  with that office before (:attr:`Attribution.resolved`);
* :func:`quote_sources` gives each direct quotation its speaker: a tag or
  introduction in its sentences, its paragraph, the paragraph before (a
  quotation paragraph continues its speaker's voice), a run of quotation
  paragraphs closed by a tag, or "Pernyataan tersebut disampaikan oleh X".

Everything is found with a handful of regexes run over the whole text once
(not per token) and bucketed into sentences by offset, so the cost is linear
in the length of the draft.  The result is cached in ``doc.cache``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import compress
from operator import attrgetter, itemgetter

from newslint.engine.prefilter import CASE_FOLD, digit_starts
from newslint.engine.prefilter import word_index as prefilter_index
from newslint.lang.lexicon import get_lexicon
from newslint.lang.morph import men_form
from newslint.lazyre import LazyPattern, compile_cached, lazy_compile
from newslint.model.document import Document, Paragraph, Quotation, Sentence, Token, TokenKind, Zone

CACHE_KEY = "analysis.attribution"
CLAIMS_KEY = "analysis.attribution.claims"
QUOTES_KEY = "analysis.attribution.quotes"

#: Zones whose sentences carry claims that need a source.
CLAIM_ZONES = frozenset({Zone.LEAD, Zone.BODY})

# Speech verbs (§4.1): base forms that take -nya ("katanya") or an inverted
# subject ("kata Budi", "ujar dia").
_SPEECH_BASE = (
    "kata|ujar|ucap|tutur|ungkap|jelas|terang|papar|urai|imbuh|tambah|tegas|sebut|lanjut|sambung|pungkas|"
    "beber|tukas|timpal|sergah|kilah|dalih|seloroh|celetuk|cetus|tanya|tandas|tulis|harap|pinta|jawab|akunya"
)
# Active verbs that report speech or a position; their agent precedes them.  Built from the
# morphology: the meN- form (with its assimilation: kata -> mengatakan, sebut -> menyebut, papar ->
# memaparkan) of each root of saying or judging, with the suffixes that root takes for speech, and
# the ber- verbs of saying.
_SPEECH_ROOTS = {
    "kata": ("kan",),
    "nyata": ("kan",),
    "sampai": ("kan",),
    "ungkap": ("kan",),
    "jelas": ("kan",),
    "terang": ("kan",),
    "papar": ("kan",),
    "urai": ("kan",),
    "tambah": ("kan",),
    "tegas": ("kan",),
    "sebut": ("", "kan", "nya"),
    "tutur": ("kan",),
    "beber": ("kan",),
    "tanya": ("kan",),
    "tulis": ("", "kan"),
    "harap": ("kan",),
    "pinta": ("",),
    "jawab": ("",),
    "aku": ("", "i"),
    "klaim": ("",),
    "nilai": ("",),
    "duga": ("",),
    "lapor": ("kan",),
    "catat": ("",),
    "umum": ("kan",),
    "imbau": ("",),
    "ingat": ("kan",),
    "kritik": ("",),
    "keluh": ("kan",),
    "tanggap": ("i",),
    "bantah": ("",),
    "tepis": ("",),
    "tuding": ("",),
    "tuduh": ("",),
    "konfirmasi": ("",),
    "benar": ("kan",),
    "tekan": ("kan",),
    "kemuka": ("kan",),
    "anggap": ("",),
    "yakin": ("i",),
    "cerita": ("kan",),
    "kisah": ("kan",),
    "minta": ("",),
    "singgung": ("",),
    "sorot": ("i",),
    "pasti": ("kan",),
    "klarifikasi": ("",),
    "usul": ("kan",),
    "rilis": ("",),
    "desak": ("",),
    "kabar": ("kan",),
    "isyarat": ("kan",),
    "saran": ("kan",),
    "contoh": ("kan",),
    "komentar": ("i",),
    "kecam": ("",),
    "prediksi": ("",),
    "perkira": ("kan",),
    "informasi": ("kan",),
    "imbuh": ("kan",),
    "ucap": ("kan",),
    "sesal": ("kan",),
    "sayang": ("kan",),
    "apresiasi": ("",),
    "suara": ("kan",),
    "utara": ("kan",),
    "seru": ("kan",),
    "tampik": ("",),
    "sangkal": ("",),
    "janji": ("kan",),
    "riwayat": ("kan",),
}
_BER_SPEECH = (
    "berkata|bercerita|berpendapat|berharap|berpesan|berujar|berkomentar|berjanji|berdalih|berkelakar|berseloroh|"
    "berterima\\s+kasih|bilang|memperkirakan"
)
_ACTIVE_VERBS = "|".join(
    sorted(
        {men_form(root) + suffix for root, suffixes in _SPEECH_ROOTS.items() for suffix in suffixes}
        | set(_BER_SPEECH.split("|")),
        key=lambda v: (-len(v), v),
    )
)
_SPEECH_NYA_RE = lazy_compile(rf"(?<![\w-])(?:{_SPEECH_BASE})nya(?![\w-])", re.I)
# "…, kata Budi" / "…," ujar dia / "Kata dia, …": inverted verb after a comma,
# a quotation mark or at the sentence start, followed by a name or pronoun.
# The agent of an inverted tag: a pronoun, or a name chain (role, rank and name: "Kepala Bidang Humas
# Polda X Komisaris Besar Nama"), perhaps after lower-case role words ("peneliti LIPI", "mantan Kapolda X")
# and with appositions after commas ("Kepala Dusun X, Kelurahan Y, Nama").
_NAME_CHAIN = (
    r"[A-Z][\w.'’-]*(?:\s+(?:[A-Z(][\w.'’()/-]*|\d{1,2}(?=\s+[A-Z])|dari(?=\s+[A-Z])|(?:dan|dr|bin|binti|van|de|al|el)"
    r"(?![\w-])))*"
)
_TAG_AGENT = (
    r"(?P<agent>(?:dia|ia|mereka|beliau)(?![\w-])|(?:[a-z]+\s+){1,3}(?:ini|itu|tersebut)(?![\w-])|"
    r"(?:para|sejumlah|beberapa|seorang|banyak)\s+[a-z]+(?:\s+[a-z]+)?(?![\w-])(?!\s+[A-Z])|"
    r"(?:(?!(?:di|saat|ketika|dalam|kepada|pada|usai|seusai|setelah|melalui|lewat|yang|dan|sambil|sembari)\s)"
    r"[a-z]+(?:-[a-z]+)?\s+){0,4}(?:(?:dr|drg|drh|ir|prof)\.\s*)?"  # "jelas dr. Hanny"
    + _NAME_CHAIN
    # an apposition after a comma, not the next clause run on after a missing full stop ("…, Terkait …")
    + r"(?:,\s+(?:dan\s+)?(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|dalam|saat|ketika|di|kepada|seusai|usai|"
    r"Terkait|Sementara|Namun|Selain|Menurut|Adapun|Sebelumnya|Kemudian|Dalam|Di|Pada|Saat|Ketika|Hal|Ia|Dia|"
    r"Mereka|Itu|Ini)\b)" + _NAME_CHAIN + r"){0,4}(?:\s+(?:ini|itu|tersebut)(?![\w-]))?|"
    # "salah satu guru, Nama" / "salah seorang penumpang bus, Nama": a described speaker, then the name
    r"salah\s+(?:satu|seorang)\s+[a-z]+(?:\s+(?!(?:di|saat|ketika|dalam|kepada|pada|usai|seusai|setelah|yang|dan|"
    r"sambil|sembari|dengan|bernama)\b)[a-z]+){0,3}(?![\w-])(?:,\s+(?!(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|"
    r"Minggu)\b)" + _NAME_CHAIN + r")?)"
)
_SPEECH_INV_RE = lazy_compile(
    rf"(?:(?<=[,\"”’'])\s*|(?<=[,\"”’']\s)|(?<=[,\"”’']\s\s)|^)(?P<verb>(?:{_SPEECH_BASE}))\s+" + _TAG_AGENT,
    re.M,
)
# Any word in the tag position right after a closing quotation mark: '…,” tutup dia', '…,” kenangnya',
# '…,” bunyi kitab itu'.  After a quotation, an inverted word + agent (or a -nya form) is a speech tag
# whatever the verb: the syntax, not a list, says so (checked against the lexicon and function words).
# The word is read whole ("tanya Teguh" is not "ta" + "-nya"); whether it is a -nya form is decided after.
_QUOTE_TAG_RE = lazy_compile(
    r"\s*,?\s*(?P<verb>[a-z]+)(?![\w-])(?:\s+" + _TAG_AGENT + r"|\s+(?P<doc>(?:[a-z]+\s+){0,3}[a-z]+))?"
)
# A capitalised word in the tag position: '…,”Keluhnya.' (a comma inside the closing mark promises a
# tag) or a tag sentence opened by "Begitu"/"Demikian" ('…” Begitu asumsi Frans.', 'Demikian kata dia.').
_CAPITAL_TAG_RE = lazy_compile(
    r"\s{0,2}(?:(?P<so>Begitu|Demikian)\s+)?(?P<verb>(?(so)[a-z]+|[A-Z][a-z]+))(?![\w-])"
    r"(?:\s+" + _TAG_AGENT + r")?"
)
_SPEECH_INV_START_RE = lazy_compile(
    rf"(?P<verb>(?:{_SPEECH_BASE}))\s+(?P<agent>dia|ia|mereka|beliau|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,4}})",
    re.I,
)
_ACTIVE_RE = lazy_compile(rf"(?<![\w-])(?P<verb>{_ACTIVE_VERBS})(?![\w-])", re.I)
_MENURUT_RE = lazy_compile(r"(?<![\w-])menurut(?P<nya>nya)?(?![\w-])(?P<rest>[^,.;:!?\"“”]{0,120})", re.I)
# Passive reporting verb with its agent right after it ("disampaikan Kapolres X",
# "dijelaskan oleh Budi"): an attribution, not an agentless passive.
_PASSIVE_VERBS = (
    "disebut|disebutkan|dikatakan|dijelaskan|diungkapkan|disampaikan|ditegaskan|dipaparkan|diterangkan|dituturkan|"
    "diklaim|dilaporkan|diumumkan|dikemukakan|diakui|dibenarkan|diberitakan|dikabarkan"
)
_PASSIVE_AGENT_RE = lazy_compile(
    rf"(?<![\w-])(?P<verb>{_PASSIVE_VERBS})\s+(?:(?:langsung|secara\s+\w+)\s+)?(?:oleh\s+)?"
    r"(?P<agent>(?:ia|dia|mereka|beliau|pihaknya)(?![\w-])|(?:[a-z]+\s+){0,2}[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,8})"
)
# Citation of other media (§4.1).
_OUTLET = r"(?P<outlet>[A-Z0-9@][\w.'’@-]*(?:\s+(?:[A-Z0-9][\w.'’-]*|dan|of|the|de))*[\w)]?)"
# An outlet written as its web address, lower case ("detik.com", "kumparan.com").
_DOMAIN_START_RE = lazy_compile(r"[\w-]+\.(?:com|co\.id|id|net|org|tv)(?![\w-])")
_MEDIA_NOUN = (
    r"(?:(?:laman|situs|website|web|portal|media|kantor\s+berita|harian|surat\s+kabar|majalah|stasiun\s+televisi|"
    r"televisi|akun(?:\s+(?:resmi|Instagram|X|Twitter|TikTok|Facebook|YouTube))?|unggahan|blog|jurnal|"
    r"lembaga\s+penyiaran|kanal|media\s+sosial)\s+(?:resmi\s+)?)?"
)
_CITATION_RE = lazy_compile(
    r"(?<![\w-])(?P<verb>(?:(?:seperti|sebagaimana|yang)\s+)?(?:dikutip|dilansir|dilaporkan|diberitakan|disiarkan)"
    r"(?:\s+dari)?|mengutip|melansir(?:\s+dari)?|menurut\s+laporan|seperti\s+(?:dikutip|dilansir)\s+dari)\s+"
    + _MEDIA_NOUN
    + _OUTLET,
    re.I,
)
# "seperti diberitakan sebelumnya": a pointer to the outlet's own reporting.
_OWN_REPORT_RE = lazy_compile(
    r"(?<![\w-])(?:seperti|sebagaimana)\s+(?:telah\s+)?(?:diberitakan|dilaporkan|dikabarkan)(?:\s+\w+)?\s+sebelumnya",
    re.I,
)
# Channels and documents: tell where or how it was said, or what it rests on.
_CHANNEL_RE = lazy_compile(
    r"(?<![\w-])(?P<verb>"
    r"(?i:kepada)\s+(?:wartawan|awak\s+media|media|jurnalis|pers|para\s+wartawan|[A-Z][\w]*(?:\.com|\.co\.id|\.id|\.co)?)"
    r"|(?i:dalam)\s+(?:keterangan|siaran|rilis|pernyataan|konferensi|jumpa|acara|rapat|sidang|diskusi|webinar|wawancara|"
    r"aturan|peraturan|ketentuan|regulasi|undang-undang|beleid|"
    r"dialog|seminar|podcast|unggahan|video|surat|laporan|dokumen|putusan|dakwaan|tuntutan)(?:\s+(?:tertulis|pers|resmi|persnya|tertulisnya))?"
    r"|(?i:saat|ketika|usai|seusai|setelah|sewaktu|tatkala)\s+(?:di)?(?:konfirmasi|hubungi|temui|wawancarai|wawancara|jumpai|tanya)"
    r"|(?i:dikonfirmasi)(?:\s+(?:terpisah|wartawan|melalui|lewat|via))?"
    r"|(?i:melalui|lewat|via)\s+(?:pesan|sambungan\s+telepon|telepon|akun|unggahan|siaran|keterangan|surat|rilis|kanal)"
    r"|(?i:pantauan|penelusuran)|(?i:berdasarkan)\s+(?:data|laporan|hasil|catatan|survei|dokumen|keterangan|informasi|"
    r"penelusuran|pantauan|rilis|putusan|pemeriksaan|penyelidikan|analisis|riset|studi|penelitian|perhitungan|"
    r"rekaman|unggahan|pengakuan|surat|Peraturan|Undang|UU|PP|Permen|Perpres|Keputusan|informasi|temuan|"
    r"(?:[a-z]+\s+){1,3}[A-Z]|[A-Z])"
    r"|(?i:data|laporan|survei|catatan|rilis|riset|studi|penelitian|sensus|rekapitulasi)\s+(?:terbaru\s+)?"
    r"(?:dari\s+|milik\s+|yang\s+dirilis\s+)?[A-Z]"
    r"|(?:dilansir|dikutip)\s+dari\s+[a-z]"
    r"|(?i:versi)\s+[A-Z]"
    r"|(?i:akun)\s+(?:(?:resmi|pribadi|media\s+sosial|Instagram|X|Twitter|TikTok|Facebook|YouTube|Threads)\s+)*@[\w.]+"
    # "akun twitter milik TMC Polda Metro Jaya", "akun Instagram resmi Pemkot X": the account of a named owner
    r"|(?i:akun\s+(?:(?:resmi|pribadi|media\s+sosial|instagram|x|twitter|tiktok|facebook|youtube|threads)\s+)+"
    r"(?:(?:resmi|milik)\s+)?)[A-Z][\w.]*"
    r")",
)
_WEASEL_RE = lazy_compile(
    r"(?<![\w-])(?P<w>disinyalir|ditengarai|konon(?:nya)?|kabarnya|santer\s+(?:terdengar|beredar|diberitakan|disebut|"
    r"dikabarkan|diisukan)|beredar\s+kabar|kabar\s+(?:yang\s+)?beredar|menurut\s+kabar|isu\s+yang\s+beredar|"
    r"desas-desus|kasak-kusuk|kabar\s+burung|disebut-sebut|dikabarkan|rumor\s+(?:yang\s+)?beredar|"
    r"diisukan|ramai\s+diisukan)(?![\w-])",
    re.I,
)
# "Katanya, …" at a sentence start is hearsay, not a speech tag.
_HEARSAY_START_RE = lazy_compile(r"^\W*(?P<w>Katanya)\s*,")
# Denials and fact-checks: a sentence *about* a rumour is the opposite of a weasel.
_REFUTE_RE = lazy_compile(
    r"(?<![\w-])(?:membantah|menepis|dibantah|ditepis|hoaks|hoax|tidak\s+benar|tak\s+benar|faktanya|klarifikasi|"
    r"meluruskan|disinformasi|misinformasi|keliru|cek\s+fakta)(?![\w-])",
    re.I,
)
# Agentless passives (§4.2).  "Diketahui, …" is not one: it introduces background already
# reported (who knows it is the newsroom), not a claim whose source is hidden.
_AGENTLESS_RE = lazy_compile(
    r"(?<![\w-])(?P<w>disebutkan|dikatakan|dijelaskan|diklaim|diungkapkan|dilaporkan|diberitakan)(?![\w-])", re.I
)
# What may follow an agentless-looking passive and still name the source.
_AGENT_AFTER_RE = lazy_compile(
    r"\s*(?:,\s*)?(?:oleh|dalam|di\s+dalam|pada\s+(?:laman|situs|dokumen|surat|laporan)|melalui|lewat|via|kepada|"
    r"berdasarkan|sesuai|menurut|bahwa\s+(?:ia|dia|mereka)|(?:ia|dia|mereka|beliau|pihaknya)\b|[A-Z]|[\"“])",
)
# The lower-case word right after a passive (its letters only: "ayahnyaSF" glued to initials is "ayahnya").
_LOWER_WORD_AFTER_RE = lazy_compile(r"\s+([a-z]{3,})")
# Before an agentless-looking passive: a modal ("bisa dikatakan" = one could
# say), a relative clause about content ("kasus yang dilaporkan"), or a
# reference to earlier text ("seperti disebutkan sebelumnya").
_NOT_AGENTLESS_BEFORE_RE = lazy_compile(
    r"(?:\b(?:bisa|dapat|boleh|tak\s+bisa|tidak\s+bisa|sudah|pernah|akan|yang|belum|sempat|telah|ingin|untuk|"
    # "yang namanya enggan disebutkan": a source refusing to be named, not an attribution
    # "tidak bersedia disebutkan namanya" too; and a negated passive ("Tidak disebutkan apa penyebabnya") says
    # that nothing was said
    r"enggan|tak\s+mau|tidak\s+mau|tak\s+ingin|tidak\s+ingin|bersedia|tidak|tak)\s*)$",
    re.I,
)
_SOURCE_BEFORE_RE = lazy_compile(
    r"(?:(?<![\w-])(?:dalam|di\s+dalam|berdasarkan|menurut|pada|sesuai)\s+(?:[\w.-]+\s+){0,3}?(?:laporan|kitab|buku|"
    r"aturan|peraturan|undang-undang|UU|keputusan|surat|dokumen|penelitian|jurnal|studi|riset|putusan|pasal|situs|"
    r"laman|hasil|rilis|keterangan|data|siaran|pernyataan|unggahan|video|catatan|kajian|survei|naskah|draf)(?![\w-])"
    r"|(?<![\w-])[Ss]ebelumnya\s*,?\s*$)",
    re.I,
)
# Also a passive that ends its sentence ("Selain R, pasangannya juga dilaporkan."): it reports nothing said,
# and "dilaporkan atas/karena/terkait …" is a complaint filed against someone, not a report of a fact.
_NOT_AGENTLESS_AFTER_RE = lazy_compile(
    r"\s*(?:sebelumnya|di\s+atas|tadi|ke\s|kepada\s+(?:polisi|pihak)|hilang|sebagai|[.;!?]|$)"
    r"|(?<=dilaporkan)\s+(?:atas|karena|terkait|dengan\s+(?:tuduhan|dugaan|sangkaan))(?![\w-])",
    re.I,
)
_VAGUE_RE = lazy_compile(
    r"(?<![\w-])(?P<v>(?:banyak|berbagai|sejumlah|beberapa)\s+(?:pihak|kalangan)|pihak\s+(?:terkait|berwenang)|"
    r"para\s+(?:ahli|pakar|pengamat|analis|peneliti)|(?:sejumlah|beberapa|banyak)\s+(?:ahli|pakar|pengamat|analis)|"
    r"(?:seorang|sejumlah|beberapa)\s+sumber|sumber\s+(?:internal|terpercaya|yang\s+dapat\s+dipercaya|yang\s+enggan"
    r"\s+disebut(?:kan)?\s+nama(?:nya)?|anonim)|warganet|netizen|orang\s+dekat|aparat\s+berwenang)(?![\w-])",
    re.I,
)
# Verbs after which a vague subject is acting as a source.
_VAGUE_VERB_RE = lazy_compile(
    r"\s*(?:(?:juga|pun|ikut|turut|banyak|ramai|sempat|lantas|kemudian)\s+){0,2}(?:"
    + _ACTIVE_VERBS
    + r"|mengecam|menyayangkan|mempertanyakan|khawatir|berkomentar|menyebut|menyoroti|menduga|bereaksi|mencibir|memuji|ramai)(?![\w-])",
    re.I,
)
# "menurut para ahli", "oleh warganet", or a passive verb right before ("dikritik warganet").
_VAGUE_BEFORE_RE = lazy_compile(
    r"(?:menurut|kata|ujar|dari\s+kalangan|(?<![\w-])(?:dinilai|dikritik|disampaikan|dikecam|disorot|dipertanyakan|"
    r"dikeluhkan|diprediksi|diperkirakan|disebut|dianggap|diklaim|dituding|dituduh|diungkapkan|dilaporkan|diyakini|"
    r"ditengarai|diduga)(?:\s+oleh)?)\s+$",
    re.I,
)
# A name or affiliation right after the vague noun makes it specific.
_VAGUE_SPECIFIC_AFTER_RE = lazy_compile(
    r"\s+(?:[A-Z]|dari\s+[A-Z]|(?:politik|ekonomi|hukum|kebijakan|\w+)\s+(?:dari\s+)?[A-Z])"
)

# Claims that need a source (attribution/unattributed-claim): figures.
_CLAIM_RE = lazy_compile(
    r"(?P<pct>\d+(?:[.,]\d+)?\s?(?:persen|%))"
    r"|(?P<money>(?:Rp|US\$|USD|\$)\s?\d[\d.,]*(?:\s?(?:ribu|juta|miliar|triliun))?"
    r"|\d[\d.,]*\s(?:ribu|juta|miliar|triliun)\s(?:rupiah|dolar|dollar|euro|yen|ringgit))"
    r"|(?P<toll>(?:\d[\d.,]*|puluhan|ratusan|ribuan|belasan)\s(?:orang|jiwa|warga|korban|penumpang|pekerja|siswa|pendaki)"
    r"(?:\s+\w+){0,2}?\s+(?:tewas|meninggal|luka|terluka|luka-luka|hilang|mengungsi|dievakuasi|menjadi\s+korban|terdampak))",
)
_CONTINUATION_RE = lazy_compile(
    r"^\W*(?:(?:Namun|Tetapi|Akan\s+tetapi|Selain\s+itu|Lebih\s+lanjut|Kemudian|Sementara\s+itu|Ia\s+pun|Menurut\s+dia)"
    r"\s*,?\s+)?(?:Ia|Dia|Mereka|Beliau|Menurutnya|Pihaknya|ia|dia|mereka|beliau|pihaknya)(?![\w-])"
)
_PRONOUNS = frozenset({"ia", "dia", "mereka", "beliau", "pihaknya"})
_STOP_AGENT = frozenset(
    {
        "yang",
        "dan",
        "namun",
        "tetapi",
        "juga",
        "pun",
        "itu",
        "ini",
        "lalu",
        "kemudian",
        "sementara",
        "sedangkan",
        "bahwa",
        "ia",
        "dia",
        "tidak",
        "tak",
        "belum",
        "sudah",
        "telah",
        "akan",
        "pernah",
        "sempat",
        "hal",
        "lebih",
        "lanjut",
        "selain",
        "serta",
        "atau",
        "saat",
        "ketika",
        "setelah",
        "sebelum",
        "karena",
        "sehingga",
        "maka",
        "jika",
        "bila",
        "agar",
        "supaya",
        "untuk",
        "dengan",
        "di",
        "ke",
        "dari",
        "pada",
        "oleh",
        "secara",
        "bahkan",
        "hanya",
        "masih",
        "terus",
        "turut",
        "ikut",
        "pula",
        "sendiri",
        "adapun",
    }
)
_PREPOSITIONS = frozenset(
    {"dalam", "untuk", "di", "ke", "dari", "pada", "dengan", "oleh", "bagi", "demi", "agar", "dan", "atau"}
)
_CLAUSE_BREAK = lazy_compile(r"[,;:\"“”(\[]|—|–|\s-\s")
# The rightmost clause break: a greedy ".*" backtracks from the end, in C.
_LAST_CLAUSE_BREAK = lazy_compile(r"(?s:.*)(?:[,;:\"“”(\[]|—|–|\s-\s)")


# --- a word index: run each regex only where its first word occurs ------------------
# Python's re tries every alternative at every position, so a whole-text
# finditer with a long alternation costs far more than a look-up per word.
# :func:`scan` matches a regex only at the start offsets of the tokens whose
# key (the lower-cased word; "#num" for a number; the text of other tokens) is
# one of its trigger words.
#
# Word keys (letters, maybe hyphenated) are found for all trigger sets at once
# from the prefilter's word index, which every draft has anyway: the trigger
# words whose first letter run the draft holds (one set intersection in C),
# their whole-run offsets in its folded lower-case text, each checked against
# the token that starts there.  The tokens themselves are not read one by one
# (a look-up per token hashed every fresh token text: a fifth of the analysis).
# A draft with a Kelvin sign, which lower-cases to "k", takes one pass over its
# tokens instead (after an ASCII @mention the sign starts a word token inside a
# letter run).  The few other keys ("#num", "us$", "$") are found with the
# prefilter's digit-run and text indexes, checked against the tokens.
_INDEX_KEY = "analysis.token_positions"
_WORDS_KEY = "analysis.trigger_positions"

#: Every word key of every trigger set seen so far (the analysis's, and those of checks that call scan()).
_TRIGGERS: set[str] = set()
#: The same keys by their first letter run ("desas-desus" under "desas"): what the word index holds.
_TRIGGERS_BY_RUN: dict[str, set[str]] = {}
#: Bumped when :data:`_TRIGGERS` grows, so a document's word-key positions built before are rebuilt.
_generation = 0
#: Per-process cap on :data:`_KEY_OF`: token texts are a draft's vocabulary, but a server may run for long.
_KEY_OF_LIMIT = 200_000


class _KeyOf(dict[str, str]):
    """Token text -> its lower-cased form when that is a trigger word, else ""."""

    def __missing__(self, text: str) -> str:
        low = text.lower()
        key = self[text] = low if low in _TRIGGERS else ""
        return key


_KEY_OF = _KeyOf()
_TEXT = itemgetter(2)  # Token.text, read in C


def _is_word_key(key: str) -> bool:
    """A key that only a word token can have: its lower-cased text, letters (and hyphens) only."""
    return key.isascii() and key.replace("-", "").isalpha()


def _register(words: frozenset[str]) -> None:
    global _generation
    new = words - _TRIGGERS
    if new:
        _TRIGGERS.update(new)
        for key in new:
            _TRIGGERS_BY_RUN.setdefault(key.split("-", 1)[0], set()).add(key)
        # texts judged "" before may be one of the new words
        for text in [t for t, key in _KEY_OF.items() if not key and t.lower() in new]:
            _KEY_OF[text] = text.lower()
        _generation += 1


def register_triggers(*word_sets: frozenset[str]) -> None:
    """Index the word keys of ``word_sets`` with every draft's word positions (call at import).

    :func:`scan` and :func:`has_any` register a set on first use; a check that
    passes per-draft subsets of a set registers the whole set up front, so a
    word first seen in a later draft does not make that draft's index be built twice.
    """
    for words in word_sets:
        _split(words)


def _word_positions(doc: Document) -> dict[str, list[int]]:
    """Trigger word -> start offsets, in order, of the word tokens whose lower-cased text it is."""
    cached = doc.cache.get(_WORDS_KEY)
    if cached is not None and cached[0] == _generation:
        return cached[1]
    if _KELVIN in doc.text:
        found = _word_positions_by_tokens(doc)
    else:
        found = {}
        index = prefilter_index(doc)
        tokens = doc.tokens
        ntok = len(tokens)
        at = doc.token_index_at
        word = TokenKind.WORD
        # a word token whose lower-cased text is a trigger starts a whole letter run of the folded text that is
        # the trigger's first run (a token ends at a non-letter, and none but the Kelvin sign lower-cases to
        # ASCII from outside it), so these offsets hold every start looked for; the token there decides
        for run in _TRIGGERS_BY_RUN.keys() & index.words:
            keys = _TRIGGERS_BY_RUN[run]
            for pos in index.offsets(run):
                i = at(pos)
                if i < ntok:
                    t = tokens[i]
                    if t.start == pos and t.kind is word:
                        key = t.text.lower()
                        if key in keys:
                            at_key = found.get(key)
                            if at_key is None:
                                found[key] = [pos]
                            else:
                                at_key.append(pos)
    doc.cache[_WORDS_KEY] = (_generation, found)
    return found


#: The Kelvin sign: a letter outside ASCII whose lower case is the ASCII "k" (see :func:`_word_positions`).
_KELVIN = "\u212a"


def _word_positions_by_tokens(doc: Document) -> dict[str, list[int]]:
    """:func:`_word_positions` by one pass over the draft's tokens."""
    if len(_KEY_OF) > _KEY_OF_LIMIT:
        _KEY_OF.clear()
    tokens = doc.tokens
    keys = list(map(_KEY_OF.__getitem__, map(_TEXT, tokens)))
    found: dict[str, list[int]] = {}
    word = TokenKind.WORD
    for key, t in compress(zip(keys, tokens), keys):
        if t.kind is word:
            at = found.get(key)
            if at is None:
                found[key] = [t.start]
            else:
                at.append(t.start)
    return found


def _candidates(doc: Document, key: str) -> list[int]:
    """Offsets where a token with ``key`` (not a word key) may start (a superset of the true ones)."""
    if key == "#num":
        return digit_starts(doc)  # a number token starts a digit run
    low, found = prefilter_index(doc).low, []
    i = low.find(key)
    while i != -1:
        found.append(i)
        i = low.find(key, i + 1)
    return found


def token_positions(doc: Document, key: str) -> list[int]:
    """Start offsets, in order, of the tokens whose key is ``key`` (cached per document)."""
    if _is_word_key(key):
        if key not in _TRIGGERS:
            _register(frozenset((key,)))
        return _word_positions(doc).get(key, [])
    cache = doc.cache.get(_INDEX_KEY)
    if cache is None:
        cache = doc.cache[_INDEX_KEY] = {}
    found = cache.get(key)
    if found is None:
        found = cache[key] = []
        tokens = doc.tokens
        ntok = len(tokens)
        at = doc.token_index_at
        for pos in _candidates(doc, key):
            i = at(pos)
            if i < ntok:
                t = tokens[i]
                if t.start == pos and _token_key(t) == key:
                    found.append(pos)
    return found


def _token_key(t: Token) -> str:
    k = t.kind
    return t.text.lower() if k is TokenKind.WORD else "#num" if k is TokenKind.NUMBER else t.text


#: A key set split once into its word keys (registered as triggers) and its other keys ("#num", "us$").
_SPLIT: dict[frozenset[str], tuple[frozenset[str], list[str]]] = {}


def _split(words: frozenset[str]) -> tuple[frozenset[str], list[str]]:
    split = _SPLIT.get(words)
    if split is None:
        letters = frozenset(w for w in words if _is_word_key(w))
        _register(letters)
        split = _SPLIT[words] = (letters, [w for w in words if not _is_word_key(w)])
    return split


def has_any(doc: Document, words: frozenset[str]) -> bool:
    """True when one of ``words`` (lower case) occurs in the document."""
    letters, other = _split(words)
    return not letters.isdisjoint(_word_positions(doc)) or any(token_positions(doc, w) for w in other)


def scan(doc: Document, rx: re.Pattern[str] | LazyPattern, words: frozenset[str]) -> list[re.Match[str]]:
    """Non-overlapping matches of ``rx`` anchored at tokens whose word is in ``words``."""
    return _scan_at(doc, rx, _positions(doc, words))


def _positions(doc: Document, words: frozenset[str]) -> list[int]:
    """Start offsets, unsorted, of the tokens whose key is in ``words``."""
    letters, other = _split(words)
    found = _word_positions(doc)
    positions: list[int] = []
    # letters.intersection(found) walks the draft's few trigger words found; found.keys() & letters
    # would walk every word of the set (a frozenset is not a set to dict views' intersection)
    for w in letters.intersection(found):
        positions.extend(found[w])
    for w in other:
        positions.extend(token_positions(doc, w))
    return positions


def _scan_at(doc: Document, rx: re.Pattern[str] | LazyPattern, positions: list[int]) -> list[re.Match[str]]:
    """Non-overlapping matches of ``rx`` tried at ``positions``."""
    if not positions:
        return []
    positions.sort()
    text = doc.text
    out: list[re.Match[str]] = []
    last = -1
    match = (rx.compiled if isinstance(rx, LazyPattern) else rx).match
    for pos in positions:
        if pos < last:
            continue
        m = match(text, pos)
        if m is not None and m.end() > m.start():
            out.append(m)
            last = m.end()
    return out


def _words_of(alternation: str) -> frozenset[str]:
    """The first word of each alternative ("berterima\\s+kasih" -> "berterima")."""
    return frozenset(w.split("\\")[0] for w in alternation.split("|") if w)


_T_SPEECH = _words_of(_SPEECH_BASE)
_T_NYA = frozenset(w + "nya" for w in _T_SPEECH)
_T_ACTIVE = _words_of(_ACTIVE_VERBS)
_T_PASSIVE = _words_of(_PASSIVE_VERBS)
_T_MENURUT = frozenset({"menurut", "menurutnya"})
_T_CITATION = frozenset(
    {
        "seperti",
        "sebagaimana",
        "yang",
        "dikutip",
        "dilansir",
        "dilaporkan",
        "diberitakan",
        "disiarkan",
        "mengutip",
        "melansir",
        "menurut",
    }
)
_T_CITATION_HEAD = _T_CITATION - {"yang"}
_T_CITATION_AFTER_YANG = frozenset({"dikutip", "dilansir", "dilaporkan", "diberitakan", "disiarkan"})
_T_OWN = frozenset({"seperti", "sebagaimana"})
_T_CHANNEL = frozenset(
    {
        "akun",
        "versi",
        "kepada",
        "dalam",
        "saat",
        "ketika",
        "usai",
        "seusai",
        "setelah",
        "sewaktu",
        "tatkala",
        "dikonfirmasi",
        "melalui",
        "lewat",
        "via",
        "pantauan",
        "penelusuran",
        "berdasarkan",
        "data",
        "laporan",
        "survei",
        "catatan",
        "rilis",
        "riset",
        "studi",
        "penelitian",
        "sensus",
        "rekapitulasi",
        "dilansir",
        "dikutip",
    }
)
_T_WEASEL = frozenset(
    {
        "disinyalir",
        "ditengarai",
        "konon",
        "kononnya",
        "kabarnya",
        "santer",
        "beredar",
        "kabar",
        "menurut",
        "isu",
        "desas-desus",
        "kasak-kusuk",
        "disebut-sebut",
        "dikabarkan",
        "rumor",
        "diisukan",
        "ramai",
    }
)
_T_AGENTLESS = frozenset(
    {"disebutkan", "dikatakan", "dijelaskan", "diklaim", "diungkapkan", "dilaporkan", "diberitakan"}
)
_T_VAGUE = frozenset(
    {
        "banyak",
        "berbagai",
        "sejumlah",
        "beberapa",
        "pihak",
        "para",
        "seorang",
        "sumber",
        "warganet",
        "netizen",
        "orang",
        "aparat",
    }
)
_T_CLAIM = frozenset({"#num", "rp", "usd", "us$", "idr", "$", "puluhan", "ratusan", "ribuan", "belasan"})
# Registered now, so the first draft's word positions are built once, not again for each new set.  The
# figure words of _T_CLAIM join at the first sentence_claims() call: only attribution/unattributed-claim and
# `newslint sources` read the claims (a configuration may switch the rule off), and "rp" alone is hundreds of
# hits on the corpus; the one rebuild that joining costs falls on the first draft only.
_register(
    _T_SPEECH
    | _T_NYA
    | _T_ACTIVE
    | _T_PASSIVE
    | _T_MENURUT
    | _T_CITATION_HEAD
    | _T_OWN
    | _T_CHANNEL
    | _T_WEASEL
    | _T_AGENTLESS
    | _T_VAGUE
)


@dataclass(slots=True)
class Attribution:
    """One attribution marker and whom it names."""

    start: int
    end: int
    sentence: int
    paragraph: int
    kind: str  # speech | according | citation | channel | passive-agent | own-report
    verb: str  # the marker as written ("mengklaim", "dikutip dari", "katanya")
    speaker: str | None  # the speaker, office, document or outlet ("Microsoft", "Ubergizmo")
    pronoun: bool = False  # the agent is ia/dia/mereka/-nya
    #: For pronouns: the last named speaker before it (a guess, shown with "?").
    resolved: str | None = None
    tag: bool = False  # a trailing tag ("…, kata X.") that can cover the paraphrase before it

    # Derived on demand (most attributions are never asked): a draft has hundreds of them.
    @property
    def source_kind(self) -> str:
        """What kind of source it is: person, document, written-statement, press-release, social-media,
        interview, observation, media (another outlet or the outlet's own earlier story), channel."""
        return source_kind_of(self.kind, self.verb, self.speaker)

    @property
    def role(self) -> str | None:
        """The role, rank or affiliation part of the speaker ("Kepala Bidang Humas Polda X Komisaris Besar")."""
        return split_role_name(self.speaker)[0] if self.speaker and not self.pronoun else None

    @property
    def name(self) -> str | None:
        """The personal name part of the speaker ("Nama Lengkap"), None when only a role or office is given."""
        return split_role_name(self.speaker)[1] if self.speaker and not self.pronoun else None

    @property
    def media(self) -> bool:
        return self.kind == "citation"


@dataclass(slots=True)
class SentenceInfo:
    """What the analysis found in one sentence.

    The markers are tuples, empty for most sentences: a draft has thousands of
    sentences and few markers, so no sentence pays for four empty lists.
    """

    index: int
    paragraph: int
    zone: Zone
    attributions: tuple[Attribution, ...] = ()
    weasels: tuple[tuple[int, int, str], ...] = ()
    agentless: tuple[tuple[int, int, str], ...] = ()
    vague: tuple[tuple[int, int, str], ...] = ()
    covered: bool = False
    #: Covered by a person, office or document (not only a citation of another outlet).
    primary: bool = False

    @property
    def attributed(self) -> bool:
        return bool(self.attributions)


@dataclass(slots=True)
class AttributionAnalysis:
    sentences: list[SentenceInfo]
    attributions: list[Attribution]
    #: Paragraph index -> True when some sentence of it carries an attribution.
    paragraph_attributed: list[bool]
    #: Paragraph index -> True when some attribution in it is not a bare media citation.
    paragraph_primary: list[bool]

    def info(self, sentence: int) -> SentenceInfo:
        return self.sentences[sentence]


#: Attribution kinds that name who speaks (a person, an office, an organisation).
SPEAKER_KINDS = frozenset({"speech", "according", "passive-agent"})


@dataclass(slots=True)
class QuoteSource:
    """A direct quotation and who says it.

    ``how``: ``sentence`` (a tag or an introduction in the quotation's own
    sentences), ``paragraph`` (another sentence of its paragraph), ``previous``
    (a quotation paragraph inheriting the speaker of the attributed paragraph
    before it), ``continued`` (a later paragraph of a multi-paragraph quote),
    or ``""`` when nobody is named.
    """

    quotation: Quotation
    attribution: Attribution | None
    how: str
    # The draft's text and the quotation's paragraph bounds, to judge ``statement`` on demand.  Not the
    # Document itself: the document caches its QuoteSources, and a reference back would make a cycle
    # that keeps every draft of a batch run alive until the garbage collector runs.
    _text: str = field(default="", repr=False, compare=False)
    _bounds: tuple[int, int] = field(default=(0, 0), repr=False, compare=False)
    _statement: bool | None = field(default=None, repr=False, compare=False)

    @property
    def statement(self) -> bool:
        """A quoted statement, not a title, a name or a term ("berjudul “…”", "“Gerakan X” digelar …")."""
        if self._statement is None:
            if not self._text:
                return True
            self._statement = _is_statement(self._text, self.quotation, *self._bounds)
        return self._statement

    @property
    def speaker(self) -> str | None:
        """The speaker's name as written, or the person a pronoun stands for (``None`` when unknown)."""
        a = self.attribution
        if a is None:
            return None
        return a.resolved if a.pronoun else a.resolved or a.speaker  # "Presiden" named before in full


def analyze(doc: Document) -> AttributionAnalysis:
    """The attribution analysis of ``doc`` (computed once, then cached)."""
    cached = doc.cache.get(CACHE_KEY)
    if cached is None:
        cached = _analyze(doc)
        doc.cache[CACHE_KEY] = cached
    return cached


def quote_sources(doc: Document) -> list[QuoteSource]:
    """Every top-level double-mark (or guillemet) quotation of ``doc`` with its speaker (cached)."""
    cached = doc.cache.get(QUOTES_KEY)
    if cached is None:
        cached = doc.cache[QUOTES_KEY] = _quote_sources(doc, analyze(doc))
    return cached


def _main_clause_speaker(atts: tuple[Attribution, ...]) -> Attribution | None:
    """The speaker of a sentence that reports speech: its first speech verb's agent ("Dia menyayangkan, Dinas X
    tidak menjelaskan …": a verb inside the reported clause is content, not the sentence's speaker); a
    trailing tag ("…, kata X.") when there is one."""
    for a in atts:
        if a.kind in SPEAKER_KINDS and (a.speaker or a.resolved):
            return _speaker_attribution(atts) if any(b.tag for b in atts) else a
    return None


def _speaker_attribution(atts: tuple[Attribution, ...] | list[Attribution]) -> Attribution | None:
    """The last attribution that names a speaker (a pronoun counts when it was resolved)."""
    best = None
    for a in atts:
        if a.kind in SPEAKER_KINDS and (a.speaker or a.resolved):
            best = a
    return best


# Before an opening mark: the quoted words are a title, a name, a theme, a sign or a term.
_TITLE_WORDS = frozenset(
    """berjudul bertajuk bertema bertemakan tema topik bertagar tagar slogan semboyan moto motto tagline jargon
    julukan dijuluki menyebutnya bernama program gerakan kampanye film lagu buku novel album acara seminar webinar
    diskusi lokakarya dialog talkshow istilah frasa frase bertuliskan tulisan berbunyi judul single singel rubrik
    kolom operasi sebutan label merek tajuk festival pameran seri episode kategori status predikat daring
    virtual kalimat tertera terpampang spanduk stiker poster baliho""".split()
)
_VERB_AFTER_QUOTE_RE = lazy_compile(
    r"\s+(?:me|ber|di|ter)[a-z]{3,}(?![\w-])|\s+(?:itu|ini|tersebut)\b|,?\s+yang\s+(?:di|ter|me|ber)[a-z]{3,}"
)


def _is_statement(text: str, q: Quotation, pstart: int, pend: int) -> bool:
    inner = text[q.start + 1 : q.end - 1 if q.closed else q.end].strip()
    nwords = len(inner.split(None, 5))
    if nwords < 3 or (nwords < 5 and inner[-1:] not in ".!?,"):
        return False  # a term or a short fragment
    before = text[max(pstart, q.start - 40) : q.start].rstrip(" ,:\u00a0")
    if before and before.rsplit(None, 1)[-1].lower() in _TITLE_WORDS:
        return False
    if q.closed and inner[-1:] not in ".!?,":
        if _VERB_AFTER_QUOTE_RE.match(text, q.end, pend):
            # '“Gerakan X” digelar …', '“Ngobrol Ringan” yang diadakan …': a name the sentence goes on about
            return False
        words = [w for w in inner.split() if w[:1].isalpha()]
        if words and sum(w[:1].isupper() for w in words) * 4 >= len(words) * 3:
            return False  # '“Kabupaten Sleman dalam Angka 2019”': a title, its words capitalised
    return True


def _bounds(p: Paragraph) -> tuple[int, int]:
    return p.start, p.end


def _named_tag_after(atts: tuple[Attribution, ...], end: int) -> Attribution | None:
    """The first attribution after offset ``end`` when it names a speaker (``_speaker_attribution`` of it)."""
    for a in atts:
        if a.start >= end:
            return a if a.kind in SPEAKER_KINDS and (a.speaker or a.resolved) else None
    return None


def _quote_sources(doc: Document, an: AttributionAnalysis) -> list[QuoteSource]:
    text, paras = doc.text, doc.paragraphs
    infos = an.sentences
    out: list[QuoteSource] = []
    by_paragraph: dict[int, QuoteSource] = {}  # the last quotation found in each paragraph
    sentence_at = doc.sentence_at
    for q in doc.quotations:
        if q.depth or q.mark.is_single:
            continue
        s1 = sentence_at(max(q.start, q.end - 1))
        if s1 is None:
            continue
        tag = _named_tag_after(infos[s1.index].attributions, q.end)
        if tag is not None:  # the common case, settled first: '…,” kata X'
            qs = QuoteSource(q, tag, "sentence", text, _bounds(paras[q.paragraph]))
            by_paragraph[q.paragraph] = qs
            out.append(qs)
            continue
        s0 = sentence_at(q.start)
        if s0 is None:
            continue
        para = paras[q.paragraph]
        # a tag after the closing mark in its last sentence, else one before the opening mark
        tail = [a for a in infos[s1.index].attributions if a.start >= q.end]
        head = [a for i in range(s0.index, s1.index + 1) for a in infos[i].attributions if a.end <= q.start]
        found = _speaker_attribution(tail[:1]) or _speaker_attribution(head)
        if found is None and tail and tail[0].pronoun and tail[0].kind in SPEAKER_KINDS:
            found = tail[0]  # '…,” ujarnya' whose referent is unknown: it, not a paragraph's document
        how = "sentence" if found is not None else ""
        if found is None:
            # another sentence of the paragraph: the nearest one before, then after
            for i in [*range(s0.index - 1, para.sentence_start - 1, -1), *range(s1.index + 1, para.sentence_end)]:
                found = _main_clause_speaker(infos[i].attributions)
                if found is not None:
                    how = "paragraph"
                    break
        if found is None and (tail or head):
            # a tag whose speaker is unknown ('…,” tutupnya' with nobody named before) still attributes it
            found, how = (tail or head)[0], "sentence"
        if found is None:
            # a channel, document or outlet named in the paragraph ("dalam keterangan tertulis", "akun @x")
            atts = [a for i in range(para.sentence_start, para.sentence_end) for a in infos[i].attributions]
            if atts:
                found, how = atts[-1], "paragraph"
        if found is None and q.paragraph > 0 and not text[para.start : q.start].strip():
            # a quotation paragraph after its speaker's paragraph: the quote continues that voice
            prev = paras[q.paragraph - 1]
            earlier = by_paragraph.get(prev.index)
            if earlier is not None and earlier.attribution is not None and earlier.quotation.continued:
                found, how = earlier.attribution, "continued"
            else:
                atts = [a for i in range(prev.sentence_start, prev.sentence_end) for a in infos[i].attributions]
                # consecutive quotation paragraphs of one speaker: the one before inherited its voice too
                inherited = earlier.attribution if earlier is not None else None
                found = (
                    _speaker_attribution(atts)
                    or inherited
                    or next(
                        (
                            a
                            for a in atts
                            if a.kind in ("citation", "channel") and a.speaker and a.speaker[:1] in _NAME_INITIAL
                        ),
                        None,
                    )
                )
                if found is not None:
                    how = "previous"
        if found is None and q.paragraph > 1 and not text[para.start : q.start].strip():
            # a narrative paragraph between the speaker and the quotation that names the speaker
            # ('"…," ucap Pato.' / 'Pato pernah dilatih …' / '"…"')
            found = _bridged_speaker(doc, an, by_paragraph, q.paragraph)
            how = "previous" if found is not None else ""
        if found is None and q.closed:
            # the speaker's tag typed inside the closing mark: '“…, ungkap Retnowati,” petani …', '"…, ujarnya."'
            found = _trapped_tag(doc, q, s1.index)
            how = "sentence" if found is not None else ""
        if found is None:
            # the sentence right after points back at the quotation and credits it: "Pernyataan tersebut
            # disampaikan oleh X", "Pesan itu dikirim X kepada wartawan", "Demikian bunyi surat X"
            nxt = s1.index + 1
            if nxt < len(infos):
                found = _pointer_credit(doc, infos[nxt])
                how = "next" if found is not None else ""
            if found is None and s0.index > para.sentence_start:
                # or the sentence before it in its paragraph: "Surat tersebut ditujukan kepada bupati. “…”"
                found = _pointer_credit(doc, infos[s0.index - 1])
                how = "paragraph" if found is not None else ""
        qs = QuoteSource(q, found, how, text, (para.start, para.end))
        by_paragraph[q.paragraph] = qs
        out.append(qs)
    # a multi-paragraph quote tagged at its end, or a run of quotation paragraphs closed by a tag
    # ('"A."' / '"B," ujar Pato.'): the earlier paragraphs speak with the tagged voice
    for k in range(len(out) - 2, -1, -1):
        qs, nxt = out[k], out[k + 1]
        if qs.attribution is not None or nxt.attribution is None:
            continue
        if nxt.quotation.paragraph != qs.quotation.paragraph + 1:
            continue
        if qs.quotation.continued:
            qs.attribution, qs.how = nxt.attribution, "continued"
        elif (
            nxt.how in ("sentence", "next")
            and _starts_paragraph(doc, qs.quotation)
            and _starts_paragraph(doc, nxt.quotation)
        ):
            qs.attribution, qs.how = nxt.attribution, "next"
    return out


#: A sentence that points back at the quotation before it: "Pernyataan tersebut disampaikan oleh X".
_POINTER_RE = lazy_compile(
    r"\W*(?:(?:Pernyataan|Hal|Ucapan|Keterangan|Penjelasan|Kalimat|Pesan|Pernyataan|Kata-kata)\s+(?:itu|tersebut|ini)"
    r"|Demikian|Begitu)(?![\w-])"
)
#: A generic pointer's verb that places the quoted words in a document: "Hal itu tertuang dalam …".
_IN_DOCUMENT_RE = lazy_compile(
    r"(?<![\w-])(?:tertuang|tercantum|tertulis|termuat|tertera|diatur|disebutkan|dinyatakan|ditegaskan)"
    r"\s+(?:dalam|di|pada)(?![\w-])",
    re.I,
)
#: Nouns of a text or a recording.  A sentence that opens by pointing at one of them ("Pesan itu …",
#: "Itulah pesan terakhir X", "Begitu isi surat …") right after a quotation says what the quoted words
#: are and where they come from: a message, a post, a letter, a banner, a song.  Lower case.
_TEXT_NOUNS = frozenset(
    """pesan surat tulisan kalimat kata-kata unggahan cuitan kicauan status postingan posting utas komentar
    caption takarir lirik syair bait pantun puisi sajak doa spanduk poster baliho pamflet selebaran plang papan
    pengumuman yel-yel slogan semboyan petikan penggalan cuplikan bunyi isi teks narasi pesannya video rekaman
    percakapan obrolan dialog pidato sambutan kutipan judul tagline moto motto jargon""".split()
)
#: Nouns of a speech act ("Harapan itu …", "Keluhan tersebut …"): as the subject pointing back they say
#: what the quote was, not who said it ("Harapan itu belum terwujud" credits nobody), so they credit the
#: quote only with a speaker or an agent in the sentence; after "Itulah"/"Begitu" the owner follows
#: ("Itulah harapan warga Sukamaju").
_SPEECH_ACT_NOUNS = frozenset(
    """ucapan pernyataan keterangan imbauan seruan teriakan jawaban pertanyaan curhatan ungkapan permintaan janji
    sumpah ikrar amanat wasiat nasihat candaan celetukan sindiran kritik tanggapan penjelasan kesaksian
    pengakuan instruksi perintah penegasan harapan keluhan kelakar guyonan tuturan ajakan""".split()
)
_POINTER_NOUNS = _TEXT_NOUNS | _SPEECH_ACT_NOUNS
#: Nouns that open a sentence naming the text quoted before it by its title ("Bunyi Pasal 5 UU …").
_TEXT_HEADS = frozenset({"bunyi", "isi", "petikan", "penggalan", "cuplikan", "kutipan", "teks", "lirik", "syair"})
#: The object of a verb of saying that points back at the quotation before: "mengatakan hal itu",
#: "menyampaikan pernyataan tersebut", "mengatakan demikian".  Not verbs of judging or asking ("menilai
#: hal itu sebagai …", "meminta hal itu"): their object is a matter, not the words quoted.
_SAID_THAT_RE = lazy_compile(
    r"\s+(?:hal|pernyataan|ucapan|kalimat|kata-kata|pesan|keterangan|penjelasan)\s+(?:itu|tersebut|ini)(?![\w-])"
    r"|\s+(?:itu|tersebut|demikian)(?![\w-])"
)
_SAYING_VERBS = frozenset(
    """mengatakan menyampaikan mengungkapkan menuturkan menjelaskan menegaskan menyatakan menambahkan mengucapkan
    berkata menuliskan mengemukakan""".split()
)
#: Words that open a pointer sentence before the noun: "Itulah pesan …", "Begitu isi surat …".
_POINTER_OPENERS = frozenset({"itulah", "inilah", "itu", "begitulah", "demikianlah", "begitu", "demikian", "seperti"})
_POINTER_WORDS_RE = lazy_compile(r"[\w-]+")
#: The agent a pointer sentence names: "… dikirim ke grup oleh seorang panitia", "… dikirim Rina kepada
#: …", "… akun Instagram milik Rina Wulandari" (after a passive verb only a name right after it: "dikirim
#: ke grup WhatsApp" names a place).
_POINTER_AGENT_RE = lazy_compile(
    r"(?<![\w-])(?:oleh|milik)\s+(?P<agent>(?:seorang|salah\s+(?:satu|seorang)|para|sejumlah)\s+[a-z]+(?:\s+[a-z]+)?"
    r"|(?:[a-z]+\s+){0,3}[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,6})"
    r"|(?<![\w-])di[a-z]{3,}\s+(?P<named>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,6})"
    # "Pernyataan itu ia sampaikan …": the object-first passive names its agent before the bare verb
    r"|(?<![\w-])(?P<pron>ia|dia|beliau|mereka)\s+(?:sampaikan|katakan|ucapkan|tuliskan|tulis|unggah|lontarkan|"
    r"utarakan|ungkapkan|kirimkan|kirim|bacakan|serukan|teriakkan)(?![\w-])"
)


def _pointer_credit(doc: Document, info: SentenceInfo) -> Attribution | None:
    """What the sentence ``info`` credits the quotation before it to, when it opens by pointing back at it.

    "Pernyataan tersebut disampaikan oleh X" / "Hal itu disampaikan X melalui …": its speaker.  A sentence
    that names the quoted words as a text ("Pesan itu dikirim ke grup WhatsApp oleh seorang panitia",
    "Itulah pesan terakhir X", "Begitu isi surat yang dikirim paguyuban", "Spanduk itu dibentangkan …"):
    its speaker or channel when the analysis found one, else the text it names (a ``channel``
    attribution whose verb is the pointer, whose speaker is the agent the sentence names, if any).
    The generic pointers ("Hal itu", "Demikian, …") count only with a speaker: "Hal itu membuat warga
    resah" credits nobody."""
    sent = doc.sentences[info.index]
    text = doc.text
    if _POINTER_RE.match(text, sent.start, sent.end):
        found = _speaker_attribution(info.attributions)
        if found is not None:
            return found
        m = _IN_DOCUMENT_RE.search(text, sent.start, sent.end)
        if m is not None:
            # "Hal itu tertuang dalam Surat Edaran Nomor 5": the quoted words are the document's
            return Attribution(sent.start, sent.end, info.index, sent.paragraph, "channel", m.group().lower(), None)
    for a in info.attributions:
        # "Budi mengatakan hal itu saat ditemui di rumahnya": the speech verb's object points back
        # (a pronoun only when it stands for someone named: "Ia menjelaskan hal itu" after a quote whose
        # tag was lost names nobody)
        named = a.resolved if a.pronoun else a.speaker
        if a.verb in _SAYING_VERBS and named and _SAID_THAT_RE.match(text, a.end, sent.end):
            return a
    words = _POINTER_WORDS_RE.findall(text, sent.start, min(sent.end, sent.start + 80))[:6]
    low = [w.lower() for w in words]
    # a hedge before the pointer: "Kira-kira begitu kata X", "Kurang lebih demikian isi surat itu"
    if low[:1] == ["kira-kira"]:
        words, low = words[1:], low[1:]
    elif low[:2] == ["kurang", "lebih"]:
        words, low = words[2:], low[2:]
    if not low:
        return None
    noun = None
    needs_agent = False
    if len(low) > 1 and low[0] in _POINTER_NOUNS and low[1] in ("itu", "tersebut", "ini"):
        noun = f"{low[0]} {low[1]}"  # "Pesan itu …", "Unggahan tersebut …"
        needs_agent = low[0] in _SPEECH_ACT_NOUNS
    elif len(low) > 1 and low[0] in _TEXT_HEADS and words[1][:1].isupper():
        noun = f"{low[0]} {low[1]}"  # "Bunyi Pasal 5 …", "Isi Surat Edaran …": the text is named
    elif low[0] in _POINTER_OPENERS:
        # "Itulah pesan …", "Begitu isi surat …", "Seperti itulah kata X", "Demikian kata X"
        rest = low[1:]
        if rest[:1] in (["itu"], ["itulah"], ["pula"], ["juga"]) and low[0] in ("seperti", "begitu", "demikian"):
            rest = rest[1:] if low[0] == "seperti" else []
        if rest[:2] == ["antara", "lain"]:
            rest = rest[2:]  # "Demikian antara lain isi pidato itu"
        head = rest[0] if rest else ""
        if head in _POINTER_NOUNS or head in _T_SPEECH or head in _T_NYA or head in _DOCUMENT_HEADS:
            noun = f"{low[0]} {head}"
        elif (
            low[0] in ("begitulah", "demikianlah")
            and head
            and (head == "cara" or words[len(low) - len(rest)][:1].isupper())
        ):
            # "Begitulah cara X menggambarkan …", "Demikianlah Budi menutup pidatonya" (with -lah only: a
            # bare "Begitu Budi tiba, …" is 'as soon as')
            noun = f"{low[0]} {head}"
    if noun is None:
        return None
    if info.attributions:
        return _speaker_attribution(info.attributions) or info.attributions[0]
    m = _POINTER_AGENT_RE.search(text, sent.start, sent.end)
    agent = _trim_agent(m.group("agent") or m.group("named") or m.group("pron")) if m is not None else None
    if needs_agent and not agent:
        return None
    pronoun = bool(agent) and agent.lower() in _PRONOUNS
    return Attribution(sent.start, sent.end, info.index, sent.paragraph, "channel", noun, agent or None, pronoun)


#: A speech tag typed inside the closing mark, at the end of the quoted words: '“…, ungkap Retnowati,”',
#: '"…, ujarnya."', '"…. Demikian kata Kepala Desa X."', '"…, jelas Ketua X kepada wartawan, Senin (3/2)."'.
_TRAPPED_TAG_RE = lazy_compile(
    r"(?:,\s*|[.!?]\s+(?:(?:Demikian|Begitu)\s+)?)(?P<verb>(?i:" + _SPEECH_BASE + r"))(?P<nya>nya)?(?![\w-])"
    r"(?(nya)|\s+(?P<agent>(?:dia|ia|beliau|mereka)(?![\w-])|(?:seorang|salah\s+(?:satu|seorang)|para|sejumlah)"
    r"\s+[a-z]+(?:\s+[a-z]+)?|(?:[a-z]+\s+){0,4}(?:(?:dr|drg|drh|ir|prof)\.\s*)?" + _NAME_CHAIN + r"))"
    r"(?:,?\s+(?:kepada|pada|di|saat|ketika|dalam|melalui|usai|seusai|setelah|sambil|sembari)\s[^.!?\"“”]{0,80}"
    r"|,\s*[^.!?\"“”]{0,60})?[.,]?\s*$"
)


def _trapped_tag(doc: Document, q: Quotation, sentence: int) -> Attribution | None:
    """A speech tag written inside the closing mark of ``q`` (the writer closed the quote too late)."""
    inner = q.inner
    m = _TRAPPED_TAG_RE.search(doc.text, max(inner.start, inner.end - 200), inner.end)
    if m is None:
        return None
    verb = m.group("verb").lower()
    if m.group("nya"):
        return Attribution(
            m.start("verb"), m.end("nya"), sentence, q.paragraph, "speech", verb + "nya", None, True, None, True
        )
    agent = _trim_agent(m.group("agent"))
    return Attribution(
        m.start("verb"),
        m.end("agent"),
        sentence,
        q.paragraph,
        "speech",
        verb,
        agent,
        _is_pronoun_agent(agent),
        None,
        True,
    )


_NAME_INITIAL = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ@")


def _starts_paragraph(doc: Document, q: Quotation) -> bool:
    p = doc.paragraphs[q.paragraph]
    return not doc.text[p.start : q.start].strip()


def _bridged_speaker(
    doc: Document, an: AttributionAnalysis, by_paragraph: dict[int, QuoteSource], paragraph: int
) -> Attribution | None:
    """The speaker of paragraph ``paragraph - 2`` when paragraph ``paragraph - 1`` names nobody else but them."""
    paras, infos = doc.paragraphs, an.sentences
    bridge, before = paras[paragraph - 1], paras[paragraph - 2]
    if any(infos[i].attributions for i in range(bridge.sentence_start, bridge.sentence_end)):
        return None
    atts = [a for i in range(before.sentence_start, before.sentence_end) for a in infos[i].attributions]
    earlier = by_paragraph.get(before.index)
    found = _speaker_attribution(atts) or (earlier.attribution if earlier is not None else None)
    if found is None:
        return None
    speaker = found.resolved if found.pronoun else found.speaker
    name = split_role_name(speaker)[1] if speaker else None
    bridge_text = doc.text[bridge.start : bridge.end]
    if name and any(w in bridge_text for w in name.split() if len(w) > 2):
        return found
    return None


def sentence_claims(doc: Document) -> dict[int, list[tuple[int, int, str]]]:
    """Figures that need a source, by sentence index: ``(start, end, kind)`` with kind ``pct``, ``money`` or ``toll``.

    Only attribution/unattributed-claim and ``newslint sources`` read them, and
    a draft has a number every few words, so they are found on first use (then cached), not by
    :func:`analyze` for every rule.  Figures in direct quotes, in the dateline or outside the lead
    and body are left out.
    """
    cached = doc.cache.get(CLAIMS_KEY)
    if cached is None:
        cached = doc.cache[CLAIMS_KEY] = _find_claims(doc)
    return cached


def _find_claims(doc: Document) -> dict[int, list[tuple[int, int, str]]]:
    sents, paras, mask, dateline = doc.sentences, doc.paragraphs, doc.quote_mask, doc.dateline
    sentence_of = partial(_sentence_index, sents, [s.start for s in sents])
    found: dict[int, list[tuple[int, int, str]]] = {}
    for m in scan(doc, _CLAIM_RE, _T_CLAIM):
        start, end = m.span()
        si = sentence_of(start)
        if si < 0 or _quoted(mask, start, end) or paras[sents[si].paragraph].zone not in CLAIM_ZONES:
            continue
        if dateline is not None and dateline.start <= start < dateline.end:
            continue
        found.setdefault(si, []).append((start, end, m.lastgroup or "figure"))
    return found


def _sentence_index(sents: list[Sentence], starts: list[int], offset: int) -> int:
    """Index of the sentence holding ``offset`` (``starts``: the sentence starts), or -1 between sentences."""
    i = bisect.bisect_right(starts, offset) - 1
    if 0 <= i < len(sents) and sents[i].start <= offset < max(sents[i].end, sents[i].start + 1):
        return i
    return -1


def _quoted(mask: bytearray, start: int, end: int) -> bool:
    """True when ``[start, end)`` touches a direct quotation (``mask``: :attr:`Document.quote_mask`)."""
    return mask.find(1, start, end) != -1 if mask else False


def _clean(s: str) -> str:
    # split/join is the regex "\s+" -> " " (both use Unicode white space); the ends are stripped anyway
    return " ".join(s.split()).strip(" ,.;:-–—\"“”'’")


_SENTENCE_END_RE = lazy_compile(r"(?<=[\w)])[.!?](?:\s|$)")
_AGENT_TAIL_RE = lazy_compile(
    r"\s+(?:di|saat|ketika|dalam|kepada|pada|usai|seusai|setelah|melalui|lewat|dan(?!\s+[A-Z])|yang|sebagaimana|seperti)\s"
)
_VAGUE_SPECIFIC_NAME_RE = lazy_compile(r"\s[A-Z]")
_ACCORDING_TO_RUMOUR_RE = lazy_compile(r"(?:kabar|isu|rumor|informasi\s+yang\s+beredar|sumber)\b", re.I)
_FIRST_PERSON_RE = lazy_compile(r"(?:saya|kami|aku)\b", re.I)
_NEWS_NOT_HEARSAY_BEFORE_RE = lazy_compile(r"(?:terdengar|lagi|ada|tak|tidak|kabar-)\s*$", re.I)
#: What ends the text before a trailing speech tag ('…," kata X', '…, ujarnya').
_TAG_MARKS = frozenset(",\"”’'")
_WEEKDAYS = frozenset({"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"})


# --- what kind of source, and who ------------------------------------------------------------
_WRITTEN_RE = lazy_compile(r"tertulis|pernyataan|surat(?!\s+kabar)", re.I)
_PRESS_RE = lazy_compile(r"siaran\s+pers|rilis|keterangan\s+pers|konferensi|jumpa", re.I)
_SOCIAL_RE = lazy_compile(
    r"akun|unggah|instagram|twitter|tiktok|facebook|youtube|media\s+sosial|kanal|podcast|video|cuit|status", re.I
)
_DOCUMENT_RE = lazy_compile(
    r"data|laporan|survei|dokumen|putusan|peraturan|undang|\buu\b|\bpp\b|perpres|permen|keputusan|catatan|riset|"
    r"studi|penelitian|sensus|rekapitulasi|hasil|analisis|kajian|kitab|buku|jurnal|bunyi|pasal|dakwaan|tuntutan|"
    r"rekaman|temuan|perhitungan|pemeriksaan|penyelidikan|informasi",
    re.I,
)
_OBSERVATION_RE = lazy_compile(r"pantauan|penelusuran", re.I)
_INTERVIEW_RE = lazy_compile(
    r"wartawan|awak\s+media|jurnalis|pers\b|media\b|konfirmasi|hubungi|temui|wawancara|jumpai|tanya|telepon|pesan", re.I
)


def source_kind_of(kind: str, verb: str, speaker: str | None) -> str:
    """The kind of source an attribution names (see :attr:`Attribution.source_kind`)."""
    if kind in ("citation", "own-report"):
        return "media"
    text = verb if kind == "channel" else f"{verb} {speaker or ''}" if verb in _DOCUMENT_HEADS else ""
    if not text:
        return "person"
    for rx, name in (
        (_PRESS_RE, "press-release"),
        (_WRITTEN_RE, "written-statement"),
        (_SOCIAL_RE, "social-media"),
        (_OBSERVATION_RE, "observation"),
        (_DOCUMENT_RE, "document"),
        (_INTERVIEW_RE, "interview"),
    ):
        if rx.search(text):
            return name
    return "channel" if kind == "channel" else "document"


#: Tag heads whose agent is a text, not a person ('…,” bunyi pasal itu', '…," demikian keterangan tertulis X').
_DOCUMENT_HEADS = frozenset({"bunyi", "demikian", "begitu", "tulis"})
#: Words of a role, rank, office or affiliation, never of a personal name (compared in lower case).
ROLE_WORDS = frozenset(
    """kepala bidang humas kabid kapolda kapolres kapolri kapolsek kapolresta kasat kasatreskrim kasubdit kabag kasi
    polda polres polresta polsek polri ketua wakil presiden menteri menko gubernur bupati wali walikota kota direktur
    dirut utama juru bicara jubir komisaris besar ajun inspektur jenderal brigadir brigjen irjen komjen kombes akbp
    kompol akp iptu ipda kolonel letkol letnan mayor mayjen kapten laksamana marsekal sersan kopral prajurit
    sekretaris sekjen sekda daerah dinas kadis anggota komisi dewan koordinator kementerian kantor badan manajer
    manager general pelaksana tugas plt plh deputi asisten staf ahli khusus senior kepala ketum umum harian
    bendahara pengurus pimpinan pemimpin redaksi rektor dekan guru dosen peneliti pengamat ekonom pakar analis
    universitas fakultas institut lembaga pusat balai unit satuan tim gugus divisi departemen biro seksi sub
    bagian subbagian partai fraksi pemerintah pemkot pemkab pemprov provinsi kabupaten kecamatan kelurahan desa
    dusun camat lurah kades rt rw pt tbk persero cabang wilayah regional operasi daop humas corporate communication
    communications executive vice president officer chief head founder ceo cfo coo cto owner pendiri pemilik
    penasihat hukum kuasa pengacara advokat jaksa hakim penyidik kejaksaan kejati kejari pengadilan tinggi negeri
    agung mahkamah konstitusi rumah sakit rs rsud puskesmas stasiun terminal bandara pelabuhan perusahaan
    asosiasi himpunan ikatan persatuan serikat forum komunitas yayasan organisasi perhimpunan majelis mui kpu
    bawaslu dpr dprd dpd mpr kpk bpk ombudsman
    mantan eks sang para sejumlah beberapa seorang politisi politikus aktivis tokoh warga pedagang dokter
    epidemiolog ahli spesialis relawan petugas operator""".split()
)
_DAYS_RE = lazy_compile(r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b")


#: Gazetteer kinds that name a place (a speaker segment that is one is where, not who).
_PLACE_KINDS = frozenset({"city", "country", "id_place", "place", "province", "us_state"})
#: Compass words that follow a place name ("Jakarta Timur", "Nusa Tenggara Barat").
_COMPASS = frozenset({"utara", "selatan", "timur", "barat", "tengah", "raya"})


def _is_place(words: list[str]) -> bool:
    """All the words name places ("Manado", "Jakarta Timur"): a gazetteer place, perhaps with a compass word."""
    from newslint.lang.gazetteer import entity_kind  # only for the few segments asked (cached per speaker)

    names = [w.strip("(),.") for w in words]
    if not names or not names[0] or entity_kind(" ".join(names)) in _PLACE_KINDS:
        return bool(names and names[0])
    return all(entity_kind(w) in _PLACE_KINDS or (i > 0 and w.lower() in _COMPASS) for i, w in enumerate(names))


def _is_name_word(word: str) -> bool:
    """A word that may belong to a personal name: capitalised, not a role, rank, office or acronym of 3+ letters."""
    w = word.strip("(),.")
    if not w or not w[0].isupper() or w.lower() in ROLE_WORDS:
        return False
    return not (len(w) >= 3 and w.isupper())


@lru_cache(maxsize=4096)
def split_role_name(speaker: str) -> tuple[str | None, str | None]:
    """``"Kepala Bidang Humas Polda X Komisaris Besar Ferry Wira"`` -> ``("Kepala Bidang Humas Polda X
    Komisaris Besar", "Ferry Wira")``; ``"Kepala Dusun X, Kelurahan Y, Wahyu Wibowo"`` likewise.

    The name is the run of name words at the end of the last comma segment that has one (titles, ranks,
    offices and acronyms end it); the role is the rest.  A speaker with no name word is all role
    (``"Presiden"``, ``"Polda Metro Jaya"``)."""
    segments = [seg.strip() for seg in speaker.split(",") if seg.strip() and not _is_circumstance(seg.strip())]
    if len(segments) > 1:
        # "Rina Astuti, Kepala Dinas Pangan": a segment that is a name only is the name (not a place:
        # "Harold Lontoh, anggota KPPS, Manado")
        for k in range(len(segments) - 1, -1, -1):
            words = _without_ages(segments[k].split())
            if words and all(_is_name_word(w) for w in words) and not (k > 0 and _is_place(words)):
                return ", ".join(segments[:k] + segments[k + 1 :]) or None, " ".join(words)
    for k in range(len(segments) - 1, -1, -1):
        words = _without_ages(segments[k].split())
        if not words:
            continue
        affiliation = ""
        for i in range(len(words) - 2, 0, -1):
            # "Budi dari Jakarta", "anggota Tim X dari UGM": a place or an acronym after the link is where
            # the speaker comes from, not their name
            if words[i] in ("dari", "di", "pada") and all(_is_affiliation_word(w) for w in words[i + 1 :]):
                words, affiliation = words[:i], " ".join(words[i:])
                break
        j = len(words)
        while j > 0 and _is_name_word(words[j - 1]):
            j -= 1
        if 0 < j < len(words) - 2 and words[j - 1].lower() in _PLACE_NOUNS:
            j += 1  # "Kepala Dinas Kota Tual Markus Lewier": the word after "Kota" names the town
        if j < len(words):
            name = " ".join(words[j:])
            role = ", ".join([*segments[:k], " ".join([*words[:j], affiliation]).strip()]).strip(" ,") or None
            if k < len(segments) - 1:
                role = ", ".join(x for x in [role, *segments[k + 1 :]] if x) or None
            return role, name
    return (", ".join(segments) or None), None


def _without_ages(words: list[str]) -> list[str]:
    """The words without a bracketed age or number ("Amir (37)" -> "Amir")."""
    return [w for w in words if not (w[:1] == "(" and any(c.isdigit() for c in w))]


#: Nouns of an administrative area: the capitalised word after one names the area, not the speaker.
_PLACE_NOUNS = frozenset({"kota", "kabupaten", "provinsi", "desa", "kelurahan", "kecamatan", "dusun", "nagari"})


def _is_affiliation_word(word: str) -> bool:
    """An acronym ("UGM", "LIPI") or a place ("Jakarta"): what a "dari"/"di" phrase after a name points to."""
    w = word.strip("(),.")
    return (len(w) >= 2 and w.isupper()) or _is_place([w])


#: Abbreviated titles written with a full stop inside a name chain ("Plt. Direktur …", "Prof. Nama").
_TITLE_ABBREVIATIONS = frozenset(
    {"plt", "plh", "dr", "drg", "drh", "drs", "dra", "ir", "h", "hj", "prof", "kh", "ny", "tn", "sdr"}
)


def _is_pronoun_agent(agent: str) -> bool:
    """ia/dia/mereka/beliau/pihaknya, or a description pointing back ("politisi senior Partai X ini")."""
    low = agent.lower()
    if low in _PRONOUNS:
        return True
    words = agent.split()
    if len(words) < 2 or words[-1].lower() not in ("ini", "itu", "tersebut"):
        return False
    # a description pointing back: lower-case words in it ("Wali Kota Surabaya dua periode ini"), or an
    # office with no name ("Kapolda Metro Jaya itu"); a name with a demonstrative stays a name
    return any(w[:1].islower() for w in words[:-1]) or not split_role_name(" ".join(words[:-1]))[1]


def _trim_agent(agent: str) -> str:
    """Cut an inverted-tag agent at its place/time tail ("Budi di Jakarta, Senin")."""
    agent = agent.split("\n", 1)[0]  # never run into the next paragraph ('…," ujar Nama¶Adapun …')
    for end in _SENTENCE_END_RE.finditer(agent):  # never run into the next sentence
        before = agent[: end.start()].rsplit(None, 1)[-1:]
        if not (before and before[0].lower() in _TITLE_ABBREVIATIONS):  # "Plt. Direktur …", "Dr. Nama"
            agent = agent[: end.start()]
            break
    agent = _AGENT_TAIL_RE.split(agent, 1)[0]
    return _clean(agent)


def _ends_with_tag_mark(before: str) -> bool:
    r"""The regex ``[,"”’']\s*$``: the last character that is not white space is a tag mark."""
    tail = before.rstrip()
    return tail != "" and tail[-1] in _TAG_MARKS


def _is_tag(text: str, start: int) -> bool:
    return _ends_with_tag_mark(text[max(0, start - 3) : start])


def _analyze(doc: Document) -> AttributionAnalysis:
    text = doc.text
    sents = doc.sentences
    paras = doc.paragraphs
    zones = [p.zone for p in paras]
    infos = [SentenceInfo(s.index, s.paragraph, zones[s.paragraph]) for s in sents]
    starts = [s.start for s in sents]
    sentence_of = partial(_sentence_index, sents, starts)
    quoted = partial(_quoted, doc.quote_mask)

    found: list[Attribution] = []
    tagged: set[int] = set()  # sentences with a trailing tag

    def add(
        start: int, end: int, kind: str, verb: str, speaker: str | None, *, pronoun: bool = False, tag: bool = False
    ) -> None:
        si = sentence_of(start)
        if si < 0 or quoted(start, end):
            return
        verb_low = _clean(verb).lower()
        a = Attribution(start, end, si, sents[si].paragraph, kind, verb_low, speaker, pronoun, None, tag)
        found.append(a)
        info = infos[si]
        info.attributions += (a,)
        # an attributed sentence covers itself (see _cover)
        info.covered = True
        if kind != "citation":
            info.primary = True
        if tag:
            tagged.add(si)

    # -nya speech forms: "katanya", "ujarnya"
    for m in scan(doc, _SPEECH_NYA_RE, _T_NYA):
        si = sentence_of(m.start())
        if si < 0:
            continue
        before = text[sents[si].start : m.start()]
        if m.group().lower() == "katanya" and not before.strip(" \"“”'‘’"):
            continue  # sentence-initial "Katanya, …" is hearsay (a weasel)
        add(m.start(), m.end(), "speech", m.group(), None, pronoun=True, tag=_ends_with_tag_mark(before))
    # inverted tags "…, kata Budi" and openers "Kata dia, …"
    for m in scan(doc, _SPEECH_INV_RE, _T_SPEECH):
        agent = _trim_agent(m.group("agent"))
        add(m.start("verb"), m.end(), "speech", m.group("verb"), agent, pronoun=_is_pronoun_agent(agent), tag=True)
    for s, pos in _openers(doc, starts, _positions(doc, _T_SPEECH)):
        m = _SPEECH_INV_START_RE.match(text, pos, s.end)
        if m and m.group("verb")[:1].isupper():
            agent = _trim_agent(m.group("agent"))
            if agent:
                add(m.start(), m.end(), "speech", m.group("verb"), agent, pronoun=agent.lower() in _PRONOUNS)
    # "X mengatakan …": the agent is the clause before the verb
    for m in scan(doc, _ACTIVE_RE, _T_ACTIVE):
        si = sentence_of(m.start())
        if si >= 0:
            agent = _active_agent(text[sents[si].start : m.start()])
            if agent is not None:
                add(m.start(), m.end(), "speech", m.group("verb"), agent[0], pronoun=agent[1])
    for m in scan(doc, _MENURUT_RE, _T_MENURUT):
        if m.group("nya"):
            add(m.start(), m.end("nya"), "according", "menurut", None, pronoun=True, tag=_is_tag(text, m.start()))
            continue
        rest = _clean(m.group("rest"))
        if not rest or _VAGUE_RE.match(rest) or _ACCORDING_TO_RUMOUR_RE.match(rest):
            continue
        if _FIRST_PERSON_RE.match(rest):
            continue  # inside quoted speech the speaker is the quote's speaker
        add(
            m.start(),
            m.end(),
            "according",
            "menurut",
            _trim_agent(rest),
            pronoun=rest.split()[0].lower() in _PRONOUNS or _is_pronoun_agent(_trim_agent(rest)),
            tag=_is_tag(text, m.start()),
        )
    for m in scan(doc, _PASSIVE_AGENT_RE, _T_PASSIVE):
        agent = _trim_agent(m.group("agent"))
        if not agent or agent.split()[0] in _WEEKDAYS:
            continue
        if agent[:1].islower() and agent.lower() not in _PRONOUNS and not _heads_person(agent.split()[0]):
            continue  # "disampaikan prakirawan Stasiun X Nama" names its agent; "disebut sebagai X" does not
        add(m.start(), m.end(), "passive-agent", m.group("verb"), agent, pronoun=agent.lower() in _PRONOUNS)
    for m in _scan_at(doc, _CITATION_RE, _citation_positions(doc)):
        outlet = _clean(m.group("outlet"))
        if outlet.lower().startswith("oleh "):
            continue  # "yang dilaporkan oleh X": a passive with its agent (read above), not a media citation
        if outlet[:1].islower() and not _DOMAIN_START_RE.match(outlet):
            continue  # "Korban dilaporkan melaut sejak Kamis", "dilaporkan tenggelam": what is reported, no outlet
        add(m.start(), m.end(), "citation", m.group("verb"), outlet)
    for m in scan(doc, _OWN_REPORT_RE, _T_OWN):
        add(m.start(), m.end(), "own-report", m.group(), doc.dateline_outlet)
    for m in scan(doc, _CHANNEL_RE, _T_CHANNEL):
        handle = m.group("verb").rsplit(" ", 1)[-1]  # "akun @x": the account speaks
        add(m.start(), m.end(), "channel", m.group("verb"), handle if handle.startswith("@") else None)

    # any tag word right after a closing quotation mark ('…,” tutup dia', '…,” kenangnya')
    tag_at = {a.start for a in found}
    for q in doc.quotations:
        if q.depth or not q.closed or q.mark.is_single:
            continue
        e = q.end
        if e in tag_at or e + 1 in tag_at or e + 2 in tag_at:
            continue  # a tag was already found there
        if not text[e : e + 3].lstrip(" ,")[:1].islower():
            # no lower-case word follows: a new sentence or the end, unless the tag itself was capitalised
            m = _CAPITAL_TAG_RE.match(text, e)
            if m is not None and (text[e - 2 : e - 1] == "," or m.group("so")):
                verb = m.group("verb").lower()
                if m.group("agent") is not None and (m.group("so") or _may_be_tag_verb(verb)):
                    # '…” Begitu asumsi Frans.', '…,” Kata Budi.': the tag names its speaker
                    add(m.start("verb"), m.end(), "speech", verb, _trim_agent(m.group("agent")), tag=True)
                elif _is_nya_tag(verb):
                    # '…,”Keluhnya.': the comma before the closing mark says a tag follows
                    add(m.start("verb"), m.end("verb"), "speech", verb, None, pronoun=True, tag=True)
            continue
        if _is_term(text, q):
            continue  # a term in quotation marks ('program ”jembatan udara” sesuai …') is not speech
        m = _QUOTE_TAG_RE.match(text, e)
        if m is None or m.start("verb") in tag_at:
            continue
        verb = m.group("verb")
        if _is_nya_tag(verb):
            # '…,” kenangnya' ('…,” ujarnya saat dihubungi'): the -nya form, whatever follows it
            add(m.start("verb"), m.end("verb"), "speech", verb, None, pronoun=True, tag=True)
            continue
        if m.group("agent") is None and m.group("doc") is None:
            continue
        if not _may_be_tag_verb(verb):
            continue
        if m.group("doc") is not None:
            phrase = _trim_agent(m.group("doc"))
            if verb not in _DOCUMENT_HEADS and not (phrase and _heads_person(phrase.split()[0])):
                continue  # a lower-case phrase after the quote is a text after bunyi/demikian, or a person
            # '…,” bunyi pasal itu'; '…?” tanya perekam video': a person described, not named
            add(m.start("verb"), m.end(), "speech", verb, phrase, tag=True)
        else:
            agent = _trim_agent(m.group("agent"))
            # '…," bunyi artikel itu', '…," tulis laporan survei tersebut': after a head of a text the
            # description names that text, it does not point back to a person
            pronoun = _is_pronoun_agent(agent) and not (verb in _DOCUMENT_HEADS and agent[:1].islower())
            if agent:
                add(m.start("verb"), m.end(), "speech", verb, agent, pronoun=pronoun, tag=True)

    # markers that weaken a sentence
    for m in scan(doc, _WEASEL_RE, _T_WEASEL):
        si = sentence_of(m.start())
        if si >= 0 and not quoted(m.start(), m.end()):
            if _NEWS_NOT_HEARSAY_BEFORE_RE.search(text[max(0, m.start() - 12) : m.start()]):
                continue  # "tidak pernah terdengar lagi kabarnya": its news, not hearsay
            infos[si].weasels += ((m.start("w"), m.end("w"), m.group("w")),)
    for s in sents if "Katanya" in text else ():
        m = _HEARSAY_START_RE.match(text, s.start, s.end)
        if m:
            infos[s.index].weasels += ((m.start("w"), m.end("w"), m.group("w")),)
    for m in scan(doc, _AGENTLESS_RE, _T_AGENTLESS):
        ws, we = m.start("w"), m.end("w")
        si = sentence_of(ws)
        if si < 0 or quoted(ws, we):
            continue
        s = sents[si]
        if _AGENT_AFTER_RE.match(text, we, s.end) or _NOT_AGENTLESS_AFTER_RE.match(text, we, s.end):
            continue
        after = _LOWER_WORD_AFTER_RE.match(text, we, s.end)
        if after is not None and _heads_person(after.group(1).removesuffix("nya")):
            continue  # "diungkapkan ayahnya", "dikatakan warga": a person named by a common noun is the agent
        if _NOT_AGENTLESS_BEFORE_RE.search(text[max(s.start, ws - 20) : ws]):
            continue
        # "Dalam laporan itu disebutkan", "Berdasarkan aturan, dijelaskan", "Sebelumnya diberitakan":
        # the source is named (or is the outlet's own earlier story) before the verb
        if _SOURCE_BEFORE_RE.search(text, s.start, ws):
            continue
        infos[si].agentless += ((ws, we, m.group("w")),)
    for m in scan(doc, _VAGUE_RE, _T_VAGUE):
        si = sentence_of(m.start())
        if si < 0 or quoted(m.start(), m.end()):
            continue
        s = sents[si]
        if _VAGUE_SPECIFIC_AFTER_RE.match(text, m.end(), s.end):
            continue
        is_source = bool(_VAGUE_BEFORE_RE.search(text[max(s.start, m.start() - 20) : m.start()])) or bool(
            _VAGUE_VERB_RE.match(text, m.end(), s.end)
        )
        if is_source or "enggan" in m.group().lower():
            infos[si].vague += ((m.start(), m.end(), m.group()),)

    found.sort(key=_START)
    _resolve_titles(text, found)
    _resolve_pronouns(doc, found)
    n = len(paras)
    para_attr = [False] * n
    para_primary = [False] * n
    for a in found:
        para_attr[a.paragraph] = True
        if a.kind != "citation":
            para_primary[a.paragraph] = True
    according_at = {a.sentence for a in found if a.kind == "according" and (a.speaker or a.resolved)}
    _cover(doc, infos, para_attr, tagged, according_at)
    return AttributionAnalysis(infos, found, para_attr, para_primary)


_START = attrgetter("start")


def _openers(doc: Document, starts: list[int], verb_at: list[int]) -> list[tuple[Sentence, int]]:
    """The sentences whose first word (after an opening double quote) starts at one of ``verb_at``, with that offset.

    ``starts``: the sentence starts.  Looked up from the few speech verbs, not
    tested at every sentence of the draft."""
    sents, text = doc.sentences, doc.text
    out: list[tuple[Sentence, int]] = []
    for pos in sorted(verb_at):
        # a sentence opening at pos, or at pos - 1 with a quotation mark
        for i in range(bisect.bisect_left(starts, pos - 1), bisect.bisect_right(starts, pos)):
            s = sents[i]
            if s.start + (1 if text[s.start : s.start + 1] in '"“' else 0) == pos:
                out.append((s, pos))
    return out


#: Words that cannot head a speech tag after a quotation ('"deal," yang artinya', '"X" dan "Y"').
_NOT_TAG_VERBS = frozenset(
    _STOP_AGENT
    | _PREPOSITIONS
    | {
        "sebuah",
        "seorang",
        "para",
        "sang",
        "si",
        "itu",
        "ini",
        "adalah",
        "ialah",
        "yaitu",
        "yakni",
        "merupakan",
        "atau",
        "serta",
        "hingga",
        "sampai",
        "sambil",
        "seperti",
        "sebagai",
        "tapi",
        "tetapi",
        "sedang",
        "kian",
        "makin",
        "semakin",
        "the",
        "of",
        "and",
        "dengan",
        "milik",
        "karya",
        "produksi",
        "garapan",
        "versi",
        "ala",
        "sesuai",
        "terkait",
        "tentang",
        "soal",
        "termasuk",
        "antara",
        "berdasarkan",
    }
)


def _is_term(text: str, q: Quotation) -> bool:
    """A quoted term or name: fewer than four words with no closing punctuation inside the marks."""
    inner = text[q.start + 1 : q.end - 1].strip()
    return inner[-1:] not in ",.!?…" and len(inner.split(None, 4)) < 4


def _is_nya_tag(word: str) -> bool:
    """A -nya form that can stand alone as a speech tag after a quotation (*kenangnya*, *keluhnya*)."""
    return word.endswith("nya") and len(word) >= 6 and _may_be_tag_verb(word[:-3])


def _may_be_tag_verb(word: str) -> bool:
    """A word that can head a speech tag after a quotation: a known word that is not a function word."""
    if word in _NOT_TAG_VERBS or len(word) < 3:
        return False
    if word in _T_SPEECH or word in _DOCUMENT_HEADS:
        return True
    lex = get_lexicon()
    return word in lex.roots or word in lex.words


def _clause_start(before: str) -> int:
    """Where the last clause of ``before`` starts: the end of the last :data:`_CLAUSE_BREAK` found left to right."""
    m = _LAST_CLAUSE_BREAK.match(before)
    if m is None:
        return 0
    end = m.end()
    # The rightmost break is the last one found left to right unless it is a " - " whose
    # space ends an earlier " - " (" - - "): the scan from the left has consumed it.
    if end >= 5 and before[end - 2] == "-" and before[end - 4] == "-" and before[end - 5].isspace():
        cut = 0
        for b in _CLAUSE_BREAK.finditer(before):
            cut = b.end()
        return cut
    return end


def _comma_before(text: str, end: int) -> bool:
    """``text[:end].rstrip().endswith(",")`` without copying the text: the last character before ``end`` that
    is not white space (as str.rstrip sees it) is a comma."""
    i = end - 1
    while i >= 0 and text[i].isspace():
        i -= 1
    return i >= 0 and text[i] == ","


def _may_be_vague(chunk: str) -> bool:
    """False when :data:`_VAGUE_RE` cannot match in ``chunk``: none of its first words occurs (folded as re.I folds)."""
    return _VAGUE_FIRST_WORD_RE.search(chunk.translate(CASE_FOLD).lower()) is not None


#: Any of :data:`_T_VAGUE` as a substring: one search in C, not a generator of twelve ``in`` tests.
_VAGUE_FIRST_WORD_RE = compile_cached("|".join(sorted(_T_VAGUE)))
#: Words that can make up a pronoun subject with its adverbs ("Ia pun", "Mereka kemudian").
_STOP_AGENT_OR_PRONOUN = _STOP_AGENT | _PRONOUNS


def _active_agent(before: str) -> tuple[str, bool] | None:
    """The agent of an active reporting verb (and whether it is a pronoun) from the sentence ``before`` it.

    The agent is the clause right before the verb: after the last comma, colon,
    quotation mark, bracket or dash.  When the verb follows a comma
    ("Name, role, mengatakan"), the subject is the name before the appositions."""
    cut = _clause_start(before)
    chunk = _clean(before[cut:])
    if ")" in chunk and "(" not in chunk:
        # "Direktur PT X (SLN) Nama mengatakan": the bracket belongs to the subject, not a clause break
        opened = before.rfind("(", 0, cut)
        if opened > 0:
            cut = _clause_start(before[:opened])
            chunk = _clean(before[cut:])
    lows = chunk.lower().split()
    if lows and not _PRONOUNS.isdisjoint(lows) and _STOP_AGENT_OR_PRONOUN.issuperset(lows):
        return chunk, True  # "Ia pun", "Dia juga", "Mereka kemudian" (also after "…, kata X, ia menyarankan")
    after_comma = _comma_before(before, cut)
    if after_comma and _STOP_AGENT.issuperset(lows):
        return _apposition_subject(before[:cut])  # "Name, role, (juga) menyoroti"
    if after_comma and _DAYS_RE.match(chunk):
        # "Nama dalam diskusi X di Jakarta, Jumat (22/5/2020) mengatakan": the date is when, the subject is before
        return _apposition_subject(before[:cut]) or _leading_subject(before[:cut])
    words = chunk.split()
    if _STOP_AGENT.issuperset(lows):
        return None  # no content word (or no words at all)
    if lows[0] in _CIRCUMSTANCE_HEADS:
        return None  # "saat kondisi mendesak": a time clause, not a subject
    if lows[-1] == "yang":
        return None  # "hadits yang menerangkan …": a relative clause about a thing, not a speaker
    main = lows[: lows.index("yang")] if "yang" in lows else lows
    if not _T_ACTIVE.isdisjoint(main[1:]):
        return None  # "Presiden meminta jajarannya (memastikan …)": a clause with its own verb, not a subject
    # a subject is a noun phrase right before the verb; a run of words ending in a preposition is a
    # clause, and a long one is a subject only as a name chain ("Direktur Utama PT X (X) Nama Lengkap")
    if lows[-1] in _PREPOSITIONS or not _may_be_subject(chunk, words):
        return None
    if (
        _may_be_vague(chunk)
        and _VAGUE_RE.search(chunk)
        and not _VAGUE_SPECIFIC_NAME_RE.search(" " + " ".join(words[1:]))
    ):
        return None  # "para ahli menilai" is a vague agent, not an attribution
    if words[0][:1].isupper():
        words = _subject_phrase(" ".join(words)).split()
        agent = _strip_adverbs(" ".join(words[-14:]))
    else:
        agent = " ".join(words[-14:])
    return agent, lows[-1] in _PRONOUNS or agent.lower() in _PRONOUNS


# the anonymity formula of a relative clause: "yang enggan disebut namanya", "yang meminta namanya tidak ditulis"
#: The verbs of the anonymity formula ("yang enggan disebut namanya"), shared with analysis.source_signals.
ANONYMITY_REFUSAL = (
    r"(?:enggan|tidak\s+mau|tak\s+mau|tidak\s+bersedia|tak\s+bersedia|tidak\s+ingin|tak\s+ingin|meminta|minta)"
)
_ANONYMITY_RE = lazy_compile(
    r"\byang\s+" + ANONYMITY_REFUSAL + r"\s+(?:namanya|identitasnya|disebut|ditulis|dikutip|diungkap)",
    re.I,
)


def _may_be_subject(chunk: str, words: list[str]) -> bool:
    """Not a clause fragment: "(79 persen) justru", "Sebagian warga yang ditemui" are not speakers."""
    if chunk[:1].isdigit() or ")" in chunk and "(" not in chunk:
        return False
    if _ANONYMITY_RE.search(chunk):
        return True  # "Seorang petugas yang enggan disebut namanya": an anonymous source, not a fragment
    if (len(words) > 3 or "yang" in words) and not any(w[:1].isupper() for w in words[1:]):
        # a common-noun clause or a relative clause with no name in it ("Sebagian besar responden (79
        # persen) justru", "Sebagian warga yang ditemui"); the first word may be the sentence's capital
        return False
    if len(words) > 8:
        capitalised = sum(1 for w in words if w[:1].isupper())
        return words[0][:1].isupper() and capitalised * 2 >= len(words) and len(words) <= 16
    return True


#: First words of a comma segment that tells when, where or how something was said, not who said it
#: ("…, saat dihubungi dari Jayapura, mengatakan", "…, yang dihubungi Kompas, menambahkan").
_CIRCUMSTANCE_HEADS = frozenset(
    """yang dalam saat ketika seusai usai setelah sewaktu tatkala di kepada pada melalui lewat via sambil sembari
    sebagaimana seperti dihubungi ditemui dikonfirmasi diwawancarai""".split()
)


def _is_circumstance(segment: str) -> bool:
    """A comma segment about the time, place or manner of speaking: a weekday, or a circumstance head."""
    words = segment.split()
    return not words or bool(_DAYS_RE.match(segment)) or words[0].lower() in _CIRCUMSTANCE_HEADS


#: Sentence connectives that can open a clause before its subject ("Akan tetapi sejarah mencatat").
_LEADING_CONNECTIVE_RE = lazy_compile(
    r"(?:Akan\s+tetapi|Namun|Tetapi|Tapi|Apalagi|Bahkan|Sementara\s+itu|Selain\s+itu|Di\s+sisi\s+lain|"
    r"Oleh\s+karena\s+itu|Karena\s+itu|Maka|Lalu|Kemudian|Adapun|Sedangkan|Padahal)\s+(?=\S)"
)
#: Words that join the parts of a role-and-name chain ("Komisi IX DPR dari Fraksi X Nama").
_CHAIN_LINKS = frozenset({"dan", "dari", "di", "bin", "binti", "van", "de", "al", "el", "dr"})
#: Nouns for people that can head a subject before a name ("sopir angkot Budi", "ahli gizi Rina").
_PERSON_NOUNS = frozenset(
    """siswa siswi mahasiswa mahasiswi murid sopir pengemudi petani nelayan buruh pekerja karyawan karyawati ibu
    bapak pak bu anak istri suami ayah kakak adik cucu pemuda remaja perempuan pria wanita lelaki penumpang
    pengunjung pembeli penjual pasien korban saksi tersangka terdakwa""".split()
)


def _heads_person(word: str) -> bool:
    """A noun that can head a description of a person: a role or title, a noun for people, or an agent noun
    by its form (-wan/-wati: "sejarawan"; -log: "epidemiolog"; peN- without -an: "pengamat", not "pengawasan")."""
    w = word.lower().strip("(),.")
    if w in ROLE_WORDS or w in PERSON_TITLES or w in _PERSON_NOUNS:
        return True
    if w.endswith(("wan", "wati", "log", "man")) and len(w) > 5:
        return True
    return w.startswith("pe") and not w.endswith("an") and len(w) > 5


#: Public name for the checks: a noun that heads a description of a person ("pengendara", "sopir").
heads_person = _heads_person


def _subject_phrase(chunk: str) -> str:
    """The subject noun phrase of a clause before its verb, without a leading connective ("Akan tetapi
    sejarah" -> "sejarah") and without words run into it that cannot head a person's description: a
    crosshead set on the paragraph's first line ("Kapasitas 210 pasien Kepala Unit X Nama" -> "Kepala Unit X
    Nama", "Tak ada payung hukum Ketua Bawaslu Nama" -> "Ketua Bawaslu Nama")."""
    m = _LEADING_CONNECTIVE_RE.match(chunk)
    if m is not None:
        chunk = chunk[m.end() :]
    chunk = _SUBJECT_TAIL_RE.split(chunk, 1)[0]  # "Nama saat dihubungi": when, not who
    at = chunk.rfind(" di ")
    if at > 0 and _is_place(chunk[at + 4 :].split()):
        chunk = chunk[:at]  # "Nama di Jakarta": where, not who ("Peneliti di LIPI Nama" keeps its role)
    words = chunk.split()
    j = len(words)
    while j > 0 and (
        words[j - 1][:1].isupper()
        or words[j - 1][:1] == "("
        or (words[j - 1] in _CHAIN_LINKS and j < len(words) and words[j][:1].isupper())
    ):
        j -= 1
    if j == 0 and len(words) >= 2 and _is_derived_noun(words[0]) and is_person(" ".join(words[1:])):
        return " ".join(words[1:])  # "Permenungan Rianto menjelaskan": a one-word crosshead before the name
    if 0 < j < len(words) and words[0][:1].isupper() and _is_common_word(words[0]) and not _heads_person(words[0]):
        # a prefix of ordinary words ("Tak ada payung hukum"), not a name with a link ("Reynaldi dari PT X of Y")
        if any(w[:1].islower() and w not in _CHAIN_LINKS and w not in _FOREIGN_LINKS for w in words[1:j]):
            chain = " ".join(words[j:])
            if is_person(chain):
                return chain
    return chunk


_SUBJECT_TAIL_RE = lazy_compile(r"\s+(?:saat|ketika|dalam|usai|seusai|setelah|sewaktu|melalui|lewat|sebagaimana)\s")


def _is_derived_noun(word: str) -> bool:
    """A noun derived with -an ("Permenungan", "Pengawasan", "Kesiapan"): it names a thing or an event, so it
    does not begin a person's name or title (role and organisation nouns excepted)."""
    low = word.lower()
    if len(low) < 7 or not low.endswith("an") or _heads_person(low) or low in _ORGANISATION_HEADS:
        return False
    return _is_common_word(low)


_FOREIGN_LINKS = frozenset({"of", "the", "and", "for", "on", "in", "at"})


@lru_cache(maxsize=4096)
def _is_common_word(word: str) -> bool:
    """An ordinary Indonesian word, not a name, even when capitalised at a sentence start: a standard word or
    one the morphology derives from a standard root ("Peritel", "Alih-alih", "Permenungan"); a name known
    only from web frequency lists ("Santoso") or unknown ("Trismiati") is not one."""
    from newslint.lang.morph import analyze as analyze_word

    low = word.lower().strip("(),.")
    if not low or get_lexicon().is_standard(low):
        return bool(low)
    found = analyze_word(low)
    return found is not None and found.source == "root"


#: Sentence connectives set off by a comma ("Sebab, …", "Oleh karena itu, …").
_CONNECTIVES = frozenset(
    w.strip()
    for w in """sebab|karena itu|oleh karena itu|oleh sebab itu|namun|sementara itu|selain itu|meski begitu|
    meski demikian|akan tetapi|padahal|apalagi|bahkan|adapun|sebelumnya|kemudian|selanjutnya|di sisi lain|
    dengan demikian|untuk itu|karenanya""".split("|")
)


def _leading_subject(before: str) -> tuple[str, bool] | None:
    """The subject at the start of a sentence whose verb comes after circumstances ("Nama dalam diskusi …
    di Jakarta, Jumat, mengatakan"): the first segment with content, cut before its circumstance."""
    for seg in before.split(","):
        seg = seg.strip()
        if not seg or _STOP_AGENT.issuperset(seg.lower().split()) or seg.lower() in _CONNECTIVES:
            continue  # "Namun," "Sementara itu,"
        phrase = _subject_phrase(seg)
        words = phrase.split()
        if words and phrase[:1].isupper() and split_role_name(phrase)[1] and _may_be_subject(phrase, words):
            return phrase, False
        return None
    return None


def _apposition_subject(before: str) -> tuple[str, bool] | None:
    """The subject of "Name, role, verb …" / "Name, yang …, verb": the segment before the appositions."""
    segments = [seg.strip() for seg in before.split(",")]
    while segments and not segments[-1]:
        segments.pop()
    for k in range(len(segments) - 1, -1, -1):
        seg = segments[k]
        words = seg.split()
        if not words or len(words) > 16:
            return None
        if _is_circumstance(seg) or (k > 0 and _is_place(words)):
            # "…, Jumat (19/6/2020), menambahkan", "…, saat dihubungi, menambahkan", "…, Manado, menyatakan"
            continue
        if k == len(segments) - 1 and len(segments) == 1:
            break
        seg = segments[k] = _subject_phrase(seg)  # "Tak ada payung hukum Ketua Bawaslu Nama, yang …,"
        words = seg.split()
        if not words:
            continue
        if words[0].lower() in _NOT_TAG_VERBS:
            continue  # "Sebagai langkah pencegahan, …": an adverbial, not a subject
        if words[0][:1].isupper() and words[0].lower() not in _STOP_AGENT and _may_be_subject(seg, words):
            if k > 0 and all(_is_name_word(w) for w in segments[k - 1].split()) and segments[k - 1]:
                continue  # "Rina Astuti, Kepala Dinas Pangan, mengatakan": the name is further left
            # "Budi, Kepala X," or "Duta Besar X, Michael Cottier,": keep the name with its role
            kept = [x for x in segments[k:] if not _is_circumstance(x)]
            kept[0] = _subject_phrase(kept[0])
            return (", ".join(kept) if len(kept) <= 3 else kept[0]), False
    return None


def _citation_positions(doc: Document) -> list[int]:
    """Where a citation may start: its words, but "yang" (thousands of them) only right before a verb
    of citation ("yang dikutip dari"): at any other "yang" the pattern cannot match."""
    positions = _positions(doc, _T_CITATION_HEAD)
    verbs = _positions(doc, _T_CITATION_AFTER_YANG)
    if verbs:
        tokens, at = doc.tokens, doc.token_index_at
        for v in verbs:
            i = at(v) - 1
            if i >= 0 and tokens[i].kind is TokenKind.WORD and tokens[i].text.lower() == "yang":
                positions.append(tokens[i].start)
    return positions


#: Titles that name one person (an office holder): "kata Presiden", "ujar Mensos" can be what "ia" refers to.
PERSON_TITLES = frozenset(
    """presiden wapres menteri mensos menkes menkeu mendagri menlu menpan menko gubernur wagub bupati wabup wali
    walikota kapolri kapolda kapolres kapolsek kapolresta panglima pangdam danrem dandim ketua wakil kepala direktur
    dirut rektor dekan jubir juru sekretaris sekjen sekda camat lurah kades komisioner hakim jaksa kajati kajari
    wamen dubes duta imam uskup paus raja ratu pangeran perdana""".split()
)
# A person introduced as the subject of a sentence ("Fajar juga menerima …", "Ketua X Nama menilai, …"):
# a capitalised chain after an optional connective, then a lower-case verb.
_SUBJECT_RE = lazy_compile(
    r"\W*(?:(?:Sementara\s+itu|Adapun|Namun|Selain\s+itu|Di\s+sisi\s+lain|Secara\s+terpisah|Dihubungi\s+terpisah|"
    r"Menurut\s+dia|Sebelumnya|Kemudian|Selanjutnya|Terkait\s+hal\s+itu)\s*,?\s+"
    # or an adverbial phrase opening the sentence up to its comma ("Terkait kekecewaan itu, Nama …")
    r"|(?:Terkait|Soal|Mengenai|Menanggapi|Dalam|Pada|Saat|Ketika|Usai|Seusai|Setelah|Sebelum|Sejak|Atas|Jelang|"
    r"Menjelang|Selama|Melalui|Lewat|Di|Dari|Bagi|Untuk)\s+"
    r"[^,.;:!?\"“”]{1,60},\s+)?"
    r"(?P<subj>[A-Z][\w.'’-]*(?:\s+(?:[A-Z(][\w.'’()/-]*|dan|dr|bin|binti))*)"
    # appositions after the name ("Trismiati (37), warga Desa X, Kabupaten Y, misalnya, mengira …")
    r"(?:(?:\s*,\s*[^,.;:!?\"“”]{1,80}){1,5}\s*,)?\s+(?:(?:juga|pun|sendiri|kemudian|lantas|lalu|sempat|sudah|telah|kembali|bahkan|tidak|tak|"
    r"belum|akan|masih|pula|hanya|justru|lagi|sedang|harus|bisa|dapat|mesti|perlu|baru)\s+)*"
    # the verb: not an adverb or an auxiliary left over ("IJP, juga telah ditarik"), and not a passive
    # (di-/ter-): the subject of a passive is what was done to, not a person who then speaks
    r"(?P<verb>(?!(?:yang|dan|atau|di|ke|dari|pada|untuk|dengan|ini|itu|tersebut|juga|pun|sendiri|kemudian|lantas|"
    r"lalu|sempat|sudah|telah|kembali|bahkan|tidak|tak|belum|akan|masih|pula|hanya|justru|lagi|sedang|harus|bisa|"
    r"dapat|mesti|perlu|baru|begitu|demikian|belum|bersama)\b|(?:di|ter)[a-z]{3})"
    # and a verb by its form (meN-, ber-) or a common bare verb, not a noun or an adjective
    # ("Sumbangan perseorangan dibatasi", "NT juga aktif", "Silaturahmi Meski begitu")
    r"(?=me|be|(?:pergi|datang|tiba|pulang|ingin|mau|bilang|tahu|tinggal|hidup|lahir|masuk|keluar|ikut|turut|"
    r"punya|suka|minta|lapor|pindah|kembali|mulai|setuju|yakin|percaya|paham|sadar|lupa|ingat|hadir|duduk|tidur|"
    r"bangun|naik|turun|jatuh|tampil|muncul|tewas|wafat|selamat|sakit|sembuh|menang|kalah|lulus|gagal|sampai|"
    r"singgah|mampir|pamit|kerja|pulih)\b)[a-z]{3,})(?![\w-])"
)
_TRAILING_ADVERBS = frozenset(
    "juga pun sendiri kemudian lantas lalu sempat sudah telah kembali bahkan tidak tak belum akan masih pula turut "
    "ikut justru lagi hanya".split()
)


@lru_cache(maxsize=4096)
def is_person(speaker: str | None) -> bool:
    """A speaker that can be what a pronoun refers to: a personal name, or a title that names one person."""
    if not speaker or not (speaker[:1].isupper() or _heads_person(speaker.split(None, 1)[0])):
        return False  # a lower-case speaker is a person only as "prakirawan Stasiun X Nama", "warga X Nama"
    first = speaker.split(None, 1)[0]
    head = first.lower()
    if head in _ORGANISATION_HEADS or head in _DOCUMENT_NOUNS and (len(head) > 3 or first.isupper()):
        return False  # "Data Centropolis …", "RUU Cipta Kerja": a text; "PT Pos Indonesia", "Masjid X": a body
    role, name = split_role_name(speaker)
    if name and all(_CALENDAR_RE.fullmatch(w) for w in name.split()):
        return False  # "… untuk 6 November": a date
    if name:
        from newslint.lang.gazetteer import entity_kind  # only for the few names asked, once each (cached)

        # "Kutai Timur", "Jakarta" are places, "BPK" an acronym; "Uu" (a given name) is not the acronym UU
        return not all(
            (kind := entity_kind(w)) is not None and (kind != "acronym" or w.isupper()) for w in name.split()
        )
    first = speaker.split()[0].lower().strip("(),.")
    return first in PERSON_TITLES and len(speaker.split()) <= 6


#: Heads of a speaker that is a text, not a person ("Data BPS", "Laporan X", "RUU Cipta Kerja").
_DOCUMENT_NOUNS = frozenset(
    """data laporan survei hasil riset studi penelitian kajian dokumen catatan peraturan undang-undang uu ruu pp
    perpres permen perda keputusan surat putusan rilis siaran sensus serat kitab buku naskah prasasti""".split()
)
#: Heads of a name that is an organisation or an institution, not a person ("PT Pos Indonesia", "Masjid X").
_ORGANISATION_HEADS = frozenset(
    """pt cv tbk masjid gereja pura vihara klenteng pesantren universitas institut sekolah sma smp sd smk bank
    yayasan partai kementerian kemenkes dinas badan lembaga komisi dewan pemerintah pemkot pemkab pemprov polda
    polres polresta polsek polri tni kejaksaan kejati kejari pengadilan mahkamah rumah rs rsud puskesmas klinik
    stasiun bandara pelabuhan perusahaan asosiasi perhimpunan persatuan serikat forum komunitas organisasi
    majelis kantor balai pusat direktorat kpu bawaslu dpr dprd kpk satgas gugus tim perum bumn bumd ormas
    koperasi""".split()
)
_CALENDAR_RE = lazy_compile(
    r"(?:Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember|Senin|Selasa|"
    r"Rabu|Kamis|Jumat|Sabtu|Minggu)"
)


def _strip_adverbs(agent: str) -> str:
    """ "Presiden Joko Widodo sudah" -> "Presiden Joko Widodo": the adverbs between a subject and its verb."""
    words = agent.split()
    while len(words) > 1 and words[-1] in _TRAILING_ADVERBS:
        words.pop()
    return " ".join(words)


def _resolve_pronouns(doc: Document, found: list[Attribution]) -> None:
    """Give ia/dia/-nya attributions the person they refer to (``found``: in text order).

    The antecedent is the nearest person before the pronoun's sentence: a named speaker of an
    attribution, or a person introduced as a sentence subject ("Fajar juga menerima …").  Only
    people and single office holders are antecedents (not an organisation, an outlet or a date),
    and never words inside a quotation (attributions there were dropped; subjects are read only
    outside quotations)."""
    text, sents, mask = doc.text, doc.sentences, doc.quote_mask
    last: str | None = None
    last_sentence = -1
    checked = -1  # sentences up to this one were read for subjects (each sentence is read once)
    pending: list[Attribution] = []  # named speakers since the last pronoun, judged only when one comes
    affiliations: frozenset[str] | None = None  # built at the first pronoun (most drafts have none)
    tag_names: set[str] = set()
    for a in found:
        if not a.pronoun:
            if a.kind in SPEAKER_KINDS and a.speaker:
                pending.append(a)
            continue
        if affiliations is None:
            affiliations = _affiliations(found)
            # a name written after an inverted speech verb ('…," kata Avan') is a person even when a
            # gazetteer knows a place of that name: places do not speak
            tag_names = {b.speaker for b in found if b.tag and b.kind == "speech" and not b.pronoun and b.speaker}
        # the most recent named speaker that is a person
        for b in reversed(pending):
            if (is_person(b.speaker) or b.speaker in tag_names) and not _is_affiliation(b.speaker, affiliations):
                last, last_sentence = b.resolved or b.speaker, b.sentence
                break
        pending.clear()
        # a person introduced as a subject after the last named speaker and before this sentence
        lo = max(last_sentence, checked)
        subject = _subject_between(text, sents, mask, lo, a.sentence, affiliations) if a.sentence > lo else None
        checked = max(checked, a.sentence)
        if subject is not None and subject[1] >= last_sentence:
            last, last_sentence = subject
        a.resolved = last


_NAME_AFTER_TITLE_RE = lazy_compile(r"\s+((?:[A-Z][\w.'’-]*)(?:\s+[A-Z][\w.'’-]*){0,4})")


def _resolve_titles(text: str, found: list[Attribution]) -> None:
    """Give a speaker named by an office alone ("kata Presiden") the person the draft named with that office
    before ("Presiden Joko Widodo …"), as :attr:`Attribution.resolved`; the speaker stays as written."""
    for a in found:
        speaker = a.speaker
        if a.pronoun or a.kind not in SPEAKER_KINDS or not speaker:
            continue
        words = speaker.split()
        if len(words) > 4 or words[0].lower() not in PERSON_TITLES:
            continue  # not an office (tested before the role/name split: most speakers are named people)
        name = split_role_name(speaker)[1]
        if name and name.lower() not in PERSON_TITLES:
            continue  # an office with a name
        a.resolved = _named_holder(text, speaker, a.start)
        full = _OFFICE_SHORT_FORMS.get(speaker.lower())
        if a.resolved is None and full is not None:
            a.resolved = _named_holder(text, full, a.start)  # "Mensos" named before as "Menteri Sosial Nama"


def _named_holder(text: str, office: str, before: int) -> str | None:
    """The nearest "<office> <Name>" before offset ``before`` ("Presiden Joko Widodo"), or None."""
    at = text.rfind(office, 0, before)
    while at != -1:
        m = _NAME_AFTER_TITLE_RE.match(text, at + len(office))
        # the office itself, not part of a longer one ("Wakil Presiden Nama" is not "Presiden")
        previous = text[max(0, at - 30) : at].split()[-1:]
        inside_longer = previous and previous[0][:1].isupper() and previous[0][-1:] not in ".!?:;,"
        if m is not None and (at == 0 or text[at - 1].isspace()) and not inside_longer:
            name = split_role_name(m.group(1))[1]
            if name and is_person(name):
                return f"{office} {m.group(1)}"
        at = text.rfind(office, 0, at)
    return None


#: Short forms of offices held by one person, as Indonesian news writes them, with their full titles.
_OFFICE_SHORT_FORMS = {
    "mensos": "Menteri Sosial",
    "menkes": "Menteri Kesehatan",
    "menkeu": "Menteri Keuangan",
    "mendagri": "Menteri Dalam Negeri",
    "menlu": "Menteri Luar Negeri",
    "menhan": "Menteri Pertahanan",
    "mendikbud": "Menteri Pendidikan dan Kebudayaan",
    "menag": "Menteri Agama",
    "menaker": "Menteri Ketenagakerjaan",
    "menhub": "Menteri Perhubungan",
    "wapres": "Wakil Presiden",
    "wagub": "Wakil Gubernur",
    "wabup": "Wakil Bupati",
}


def _affiliations(found: list[Attribution]) -> frozenset[str]:
    """Capitalised words of the roles of the named speakers: organisations and offices, not people
    ("Chief Executive Officer Kitabisa Nama" makes "Kitabisa" an organisation)."""
    words: set[str] = set()
    names: set[str] = set()
    for a in found:
        if a.speaker and not a.pronoun and a.kind in SPEAKER_KINDS:
            role, name = split_role_name(a.speaker)
            if role and name:
                words.update(w.strip("(),.") for w in role.split() if w[:1].isupper())
            if name:
                names.update(name.split())
    return frozenset(words - names)  # a word some speaker is named by is a name


def _is_affiliation(speaker: str, affiliations: frozenset[str]) -> bool:
    """The speaker's name part is made of words another speaker's role uses: an organisation."""
    name = split_role_name(speaker)[1]
    return bool(name) and all(w.strip("(),.") in affiliations for w in name.split())


def _capitalised_inside(text: str, word: str) -> bool:
    """``word`` is written with its capital inside a sentence somewhere in ``text``: a proper noun ("Fajar"),
    not an ordinary word capitalised only at a sentence start ("Tak", "Situasi")."""
    i = text.find(word)
    n = len(word)
    while i != -1:
        after = text[i + n : i + n + 1]
        if i >= 2 and text[i - 1] == " " and text[i - 2] not in '.!?:"“”\n' and not after.isalnum():
            return True
        i = text.find(word, i + 1)
    return False


def _subject_between(
    text: str, sents: list[Sentence], mask: bytearray, after: int, before: int, affiliations: frozenset[str]
) -> tuple[str, int] | None:
    """The last person introduced as a sentence subject in sentences ``after < i <= before``."""
    for i in range(before, max(after, before - 8), -1):
        s = sents[i]
        if _quoted(mask, s.start, s.start + 1):
            continue
        m = _SUBJECT_RE.match(text, s.start, s.end)
        if m is None or _quoted(mask, m.start("subj"), m.end("subj")):
            continue
        subject = _subject_phrase(_strip_adverbs(_clean(m.group("subj"))))
        if (
            subject.lower() in _PRONOUNS
            or subject.split()[0].lower() in _NOT_TAG_VERBS
            or not is_person(subject)
            or _is_affiliation(subject, affiliations)
        ):
            continue  # a pronoun, a function word at the sentence start ("Dengan demikian"), or not a person
        name = split_role_name(subject)[1]
        if name and not any(not _is_common_word(w) or _capitalised_inside(text, w) for w in name.split()):
            # "Penurunan …", "Hal itu …": a capital at the sentence start, not a name (a word no dictionary
            # knows, "Trismiati", is a name wherever it stands)
            continue
        return subject, i
    return None


def _cover(
    doc: Document, infos: list[SentenceInfo], attributed: list[bool], tagged: set[int], according_at: set[int]
) -> None:
    """Carry-over inside a paragraph (§4.3) and over multi-paragraph quotes.

    ``attributed``: paragraph index -> some sentence of it carries an attribution;
    ``tagged``: the sentences with a trailing tag; ``according_at``: the sentences
    with a named "Menurut X".  An attributed sentence is already covered (and
    primary unless it only cites another outlet).
    """
    text = doc.text
    sents = doc.sentences
    quote_starts: dict[int, bool] = {}
    continued_into: set[int] = set()
    for q in doc.quotations:
        if q.depth == 0 and not q.mark.is_single:
            quote_starts[q.start] = True
            if q.continued:
                continued_into.add(q.paragraph + 1)
    for p in doc.paragraphs:
        if not attributed[p.index] and p.index not in continued_into:
            continue  # nothing to carry: its sentences keep covered = primary = False
        rng = range(p.sentence_start, p.sentence_end)
        # multi-paragraph quote: the continuation paragraph speaks with the first one's voice
        if p.index in continued_into and p.index > 0:
            prev = doc.paragraphs[p.index - 1]
            if any(infos[j].covered for j in range(prev.sentence_start, prev.sentence_end)):
                for i in rng:
                    infos[i].covered = True
                    infos[i].primary = True
        # forward: "Ia menambahkan …", "Menurutnya …" or a direct quote continues the account;
        # "Menurut X, …" covers the rest of its paragraph
        according = False
        for i in rng:
            if according and not infos[i].covered:
                infos[i].covered = True
                infos[i].primary = True
            according = according or i in according_at
            if i == p.sentence_start or infos[i].covered or not infos[i - 1].covered:
                continue
            s = sents[i]
            lead = text[s.start : s.start + 1]
            if _CONTINUATION_RE.match(text, s.start, s.end) or (lead in '"“”' and s.start in quote_starts):
                infos[i].covered = True
                infos[i].primary = infos[i - 1].primary
        # backward: a trailing tag covers the paraphrase before it
        for i in reversed(rng):
            if i not in tagged:
                continue
            j = i - 1
            while j >= p.sentence_start and not infos[j].attributed:
                infos[j].covered = True
                infos[j].primary = infos[i].primary
                j -= 1

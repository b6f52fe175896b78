"""Capital letters in running text (EYD V › Pemakaian Huruf › Huruf Kapital).

``caps/common-word-capitalised``  a common word capitalised in mid-sentence ("warga Menolak").
``caps/generic-noun-capitalised`` a generic noun capitalised ("para Petani", "pihak Sekolah").
``caps/title-without-name``       a title capitalised with no name ("ujar Juru Bicara itu").
``caps/title-lowercase``          a title or form of address in lower case before a name ("kolonel Andi").
``caps/place-lowercase``          a place name in lower case ("dari surabaya").
``caps/currency-name``            a currency name capitalised ("500 Euro").
``caps/language-name``            "Bahasa Indonesia" in running text, "bahasa inggris".

Headlines, kickers and headings are skipped (title case); so are direct quotations
for the rules that judge a capital by its context (the speaker's words may name a
programme or a brand the draft never explains).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from newslint.checks._helpers import TriggeredPattern, candidate_texts, touches_protected, word_index
from newslint.engine.rule import RuleContext, bad, good, rule
from newslint.lang import analyze, entity_kind, get_lexicon, is_known_entity
from newslint.lang.gazetteer import names_of_kinds
from newslint.lang.suggest import one_slip_edits
from newslint.lazyre import compile_cached
from newslint.model.document import Document, TokenKind, Zone

_SKIP = frozenset({Zone.HEADLINE, Zone.KICKER, Zone.HEADING, Zone.DATELINE})
_AUTHORITY = "EYD V › Pemakaian Huruf › Huruf Kapital"


def _usable(doc: Document, start: int, end: int, *, quotes: bool = False) -> bool:
    """Outside headlines and protected tokens; outside quotations unless ``quotes``."""
    if doc.zone_of(start) in _SKIP or touches_protected(doc, start, end):
        return False
    return quotes or not doc.in_quote(start, end)


def _after_lowercase_word(doc: Document, start: int) -> bool:
    """True when the word before ``start`` begins with a lower-case letter, or is capitalised only
    because it opens the sentence ("Menurut Kepala Dinas tersebut")."""
    text = doc.text
    before = text[max(0, start - 40) : start].split()
    if not before:
        return False
    if before[-1][:1].islower():
        return True
    prev_start = text.rfind(before[-1], 0, start)
    return len(before) >= 1 and prev_start >= 0 and not _mid_sentence(doc, prev_start)


def _mid_sentence(doc: Document, start: int) -> bool:
    """True when the word at ``start`` is not the first of its sentence or clause-opening quotation."""
    i = start - 1
    text = doc.text
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] in ".!?:;\"“”'‘’(\n—–-•*":
        return False
    s = doc.sentence_at(start)
    return s is not None and doc.past_dateline(s.start) < start


#: Capitalised in running text by EYD V or convention whatever their context.
_ALWAYS_CAPITAL = frozenset(
    """
    tuhan allah nabi rasul alquran injil anda bapak ibu saudara saudari pak bu kak dik mas mbak bang
    senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus september
    oktober november desember lebaran natal idulfitri iduladha imlek nyepi waisak paskah ramadan syawal
    muharam istana negara republik presiden wakil menteri gubernur bupati wali kota ketua kepala direktur
    jenderal kolonel mayor kapten komisaris
    """.split()
)


# --- a common word capitalised mid-sentence ---------------------------------------------------

# a capitalised word between two lower-case words (a one-word capital, not part of a name sequence)
_LONE_CAPITAL = compile_cached(r"(?P<w>[A-Z](?<=[a-z,] [A-Z])[a-z]{3,})(?= [a-z])")  # one group: findall gives words
#: Words after which a capital opens a name or a title of a work.
_NAME_INTRODUCERS = frozenset(
    """
    kata ujar ucap tutur jelas ungkap imbuh tambah sebut oleh dengan bersama kepada menurut bernama berjudul
    bertajuk bertema dijuluki disebut julukan film lagu buku album novel program aplikasi merek akun tim klub
    grup band kapal hotel restoran kafe toko warung jalan gang kampung desa dusun kelurahan kecamatan
    kabupaten kota provinsi pulau gunung sungai danau pantai bukit teluk selat tol stasiun bandara pelabuhan
    terminal pasar masjid gereja pura vihara klenteng sekolah universitas kampus rumah sakit gedung taman
    operasi satgas tagar sandi inisial alias panggilan saudara saudari pak bu ibu bapak mas mbak kak bang
    adik kakak putra putri anak istri suami ayah keluarga nama dari untuk pada di ke tentang
    """.split()
)


@rule(
    "caps/common-word-capitalised",
    severity="info",
    enabled=False,
    measured="dev corpus: 5 findings, 0.03/1k (tune 1, unseen 4). Unseen half adjudicated: 3/7 correct (43%, 1 unsure); title-cased subheadings, document titles and 'Baca juga' links are skipped since (3/3 of the sample remain, tune figure); off by default (below 85%; it was also the costliest of the new rules), turn on with `rules: {caps/common-word-capitalised: on}`",
    summary={
        "id": "Kata umum ditulis dengan huruf kapital di tengah kalimat.",
        "en": "A common word capitalised in mid-sentence.",
    },
    message={
        "id": "'{match}' di tengah kalimat adalah kata umum: tulis huruf kecil ('{suggestion}').",
        "en": "'{match}' is a common word in mid-sentence: write it in lower case ('{suggestion}').",
    },
    docs={
        "id": "EYD V: huruf kapital dipakai pada awal kalimat, nama diri dan unsur nama; kata umum di tengah "
        "kalimat ditulis huruf kecil. Karena banyak nama orang juga kata umum (Indah, Bunga, Budi), aturan ini "
        "hanya melaporkan kata berkapital tunggal di antara dua kata berhuruf kecil bila ada bukti bahwa kata "
        "itu bukan nama: kata kerja berimbuhan (meN-, ber-, di-: 'warga Menolak rencana'), atau kata yang sama "
        "juga ditulis huruf kecil dalam naskah dan hanya sekali berkapital. Tidak dilaporkan: kata setelah "
        "pengantar nama (kata, ujar, bernama, film, jalan, desa ...), kata di tengah teks berhuruf kapital "
        "(judul dokumen atau tautan 'Baca juga', subjudul), nama hari, bulan, jabatan, sapaan, entitas dalam "
        "gazeter, kutipan langsung dan judul.",
        "en": "EYD V: common words in mid-sentence are lower case. Because many personal names are also common "
        "words, only a lone capitalised word between lower-case words is reported, and only with evidence: an "
        "affixed verb (meN-, ber-, di-), or the same word in lower case elsewhere in the draft and capitalised "
        "only once. Name introducers, days, months, titles, forms of address, gazetteer entities, quotations "
        "and headlines are skipped.",
    },
    authority=_AUTHORITY + " (huruf kapital hanya pada awal kalimat dan nama diri)",
    fixable=True,
    examples=[
        bad("Ratusan warga Menolak rencana pembangunan tempat sampah.", count=1),
        bad(
            "Petugas mendata rumah yang Rusak akibat gempa. Sebanyak 40 rumah rusak berat.",
            count=1,
            fixed="Petugas mendata rumah yang rusak akibat gempa. Sebanyak 40 rumah rusak berat.",
        ),
        good("Pemandangan di sana indah, kata Indah kepada wartawan."),
        good("Warga Kampung Melayu menolak rencana itu."),
        good("Ia menonton film Pengabdi Setan dua kali."),
        good("Aturan itu mengacu pada Instruksi Presiden tentang Pengadaan dan Pengelolaan Beras dalam Negeri."),
        good("Harga beras naik.\n\nGen yang Menghubungkan ke Masa Lalu\n\nTemuan itu mengejutkan."),
    ],
)
def common_word_capitalised(doc: Document, ctx: RuleContext) -> None:
    text = doc.text
    # candidates per word type (one C-level scan, a cached verdict, str.find for the evidence), then
    # only their occurrences are visited
    candidates = []
    for word in set(_LONE_CAPITAL.findall(text)):
        verdict = _capital_verdict(word)
        if verdict == _AFFIXED_VERB or (verdict == _NEEDS_EVIDENCE and _written_lower(text, word.lower())):
            candidates.append((word, verdict))
    if not candidates:
        return
    index = word_index(doc)
    for word, verdict in candidates:
        low = word.lower()
        offsets = index.offsets(low)
        if verdict == _NEEDS_EVIDENCE:
            capitals = [o for o in offsets if text[o].isupper()]
            lowers = [o for o in offsets if text[o].islower() and doc.zone_of(o) not in _SKIP]
            if len(capitals) != 1 or not lowers:
                continue  # capitalised more than once (a name), or never in lower case in the body
        for o in offsets:
            m = _LONE_CAPITAL.match(text, o) if text.startswith(word, o) else None
            if m is None:
                continue
            s, e = m.span("w")
            prev = text[max(0, s - 30) : s].split()
            if not prev or not prev[-1][:1].islower() or prev[-1].strip(",").lower() in _NAME_INTRODUCERS:
                continue
            if not _usable(doc, s, e) or not _mid_sentence(doc, s) or _title_case_context(doc, s, e):
                continue
            ctx.report(s, e, args={"suggestion": low}, suggestions=[low], replacement=low, safety="unsafe")


def _title_case_context(doc: Document, start: int, end: int) -> bool:
    """True when the word stands in title-cased text: a document's or a link's title ("tentang
    Pengadaan dan Pengelolaan Beras dalam Negeri", "Baca juga: ..."), or a subheading (a short
    paragraph without a final full stop)."""
    text = doc.text
    before = text[max(0, start - 60) : start].split()[-2:]
    after = text[end : end + 60].split()[:2]
    if sum(w[:1].isupper() for w in before + after) >= 2:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    if "Baca juga" in text[line_start:start]:
        return True
    p = doc.paragraph_at(start)
    if p is not None:
        block = text[p.start : p.end].rstrip()
        if len(block.split()) <= 12 and not block.endswith((".", "!", "?", '"', "”")):
            return True
    return False


_SKIP_WORD, _AFFIXED_VERB, _NEEDS_EVIDENCE = 0, 1, 2
#: How affixed verbs (meN-, ber-, di-) begin when capitalised.
_VERB_STARTS = ("Me", "Be", "Di")


def _written_lower(text: str, low: str) -> bool:
    """True when ``low`` occurs in ``text`` as a whole word in lower case (str.find: no regex per word)."""
    i = text.find(low)
    n = len(low)
    while i != -1:
        before = text[i - 1 : i] if i else ""
        after = text[i + n : i + n + 1]
        if not (before.isalnum() or before == "-") and not (after.isalnum() or after == "-"):
            return True
        i = text.find(low, i + 1)
    return False


_VERDICTS: dict[str, int] = {}


def _capital_verdict(word: str) -> int:
    """Once per word type: skip it (a name, an entity, a title ...), an affixed verb (reported), or a
    common word that needs evidence from the draft.  Morphology runs only for the verb-like words;
    the others are looked up in the lexicon's word lists."""
    verdict = _VERDICTS.get(word)
    if verdict is None:
        low = word.lower()
        verdict = _SKIP_WORD
        if low not in _ALWAYS_CAPITAL and not is_known_entity(low):
            lex = get_lexicon()
            if low in lex.words or low in lex.roots:
                verdict = _NEEDS_EVIDENCE
            if word.startswith(_VERB_STARTS):
                a = analyze(low)
                if (
                    a is not None
                    and a.prefixes
                    and a.prefixes[0] in ("meN-", "ber-", "di-")
                    and "-an" not in a.suffixes
                ):
                    verdict = _AFFIXED_VERB
        if len(_VERDICTS) > 50_000:  # an archive run: keep the table bounded
            _VERDICTS.clear()
        _VERDICTS[word] = verdict
    return verdict


# --- generic nouns capitalised ----------------------------------------------------------------

_MARKERS = (
    "para",
    "pihak",
    "kaum",
    "kalangan",
    "seluruh",
    "semua",
    "setiap",
    "sejumlah",
    "beberapa",
    "banyak",
    "sebuah",
    "seorang",
)
# tried only where a marker word stands (its offsets come from the shared word index, in any case)
_GENERIC = compile_cached(
    r"(?P<m>(?i:para|pihak|kaum|kalangan|seluruh|semua|setiap|sejumlah|beberapa|banyak|sebuah|seorang))"
    r"\s+(?P<w>[A-Z][a-z]{2,})(?![\w'’-])(?!\s+(?:[A-Z0-9]|dan\s+[A-Z]|&))"
)


def _matches_at(doc: Document, words: tuple[str, ...], pattern: re.Pattern[str]) -> list[re.Match[str]]:
    """``pattern.match`` at each whole-word occurrence of ``words`` (any case), in text order."""
    index = word_index(doc)
    present = [w for w in words if w in index.words]
    if not present:
        return []
    text = doc.text
    found = [m for w in present for o in index.offsets(w) if (m := pattern.match(text, o)) is not None]
    found.sort(key=lambda m: m.start())
    return found


#: Heads of the names of regions and local services: with no name after them they are common nouns
#: ("petugas puskesmas", "pusat kecamatan", "kader posyandu"), capitalised only as part of a name.
_HEADS = ("puskesmas", "posyandu", "kecamatan", "kelurahan", "kabupaten")
_HEAD_ALONE = compile_cached(
    r"(?P<w>Puskesmas|Posyandu|Kecamatan|Kelurahan|Kabupaten)(?![\w'’-])(?!\s+(?:[A-Z0-9(\"“]|dan\s+[A-Z]|&))"
)


#: Capitalised after a generic marker by convention: parties to a case, religions' followers, holy names.
_GENERIC_EXEMPT = frozenset(
    """
    pemohon termohon penggugat tergugat pelapor terlapor terdakwa tersangka muslim muslimah nasrani kristiani
    katolik hindu buddha yahudi istana tuhan allah nabi rasul anda bapak ibu saudara saudari
    """.split()
)


@rule(
    "caps/generic-noun-capitalised",
    severity="info",
    measured="dev corpus: 0 findings in 152,686 words of published news (nothing to adjudicate); recall on our drafts only; info until measured",
    summary={
        "id": "Kata benda umum ditulis kapital ('para Petani', 'pihak Sekolah').",
        "en": "A generic noun capitalised ('para Petani', 'pihak Sekolah').",
    },
    message={
        "id": "'{match}' di sini kata umum, bukan nama: tulis huruf kecil ('{suggestion}').",
        "en": "'{match}' is a generic noun here, not a name: write it in lower case ('{suggestion}').",
    },
    docs={
        "id": "EYD V: unsur nama geografi, lembaga dan sebagainya yang tidak diikuti nama ditulis huruf kecil; "
        "kata umum setelah penanda jamak atau umum (para, pihak, kaum, kalangan, seluruh, semua, setiap, "
        "sejumlah, beberapa, banyak, sebuah, seorang) juga huruf kecil: 'para petani', 'pihak sekolah'. Tidak "
        "dilaporkan bila kata itu diikuti kata berkapital lain (awal sebuah nama: 'pihak Sekolah Dasar Negeri 1'), "
        "bila kata itu nama dalam gazeter atau singkatan, dan untuk sebutan pihak perkara (Pemohon, Termohon) "
        "serta nama pemeluk agama.",
        "en": "EYD V: a generic noun after a plural or generic marker is lower case ('para petani'). Not reported "
        "when another capitalised word follows (a name begins), for gazetteer names and acronyms, parties to a "
        "case and followers of a religion.",
    },
    authority=_AUTHORITY + " (unsur nama yang tidak diikuti nama diri ditulis huruf kecil)",
    fixable=True,
    examples=[
        bad("Banjir merendam sawah sehingga para Petani terancam gagal panen.", count=1),
        bad(
            "Orang tua murid sudah melapor kepada pihak Sekolah.",
            count=1,
            fixed="Orang tua murid sudah melapor kepada pihak sekolah.",
        ),
        good("Orang tua murid melapor kepada pihak Sekolah Dasar Negeri 1 Medan."),
        good("Pihak Polri belum memberi keterangan."),
        good("Sidang mendengarkan keterangan para Pemohon."),
        bad("Sejumlah Pedagang mengeluhkan sepinya pembeli.", count=1),
        good("Makam itu ada di Lembah Para Raja."),
        bad("Petugas Puskesmas melakukan pengasapan, lalu warga menuju pusat Kecamatan.", count=2),
        good("Petugas Puskesmas Cikajang dan Kantor Kecamatan Garut hadir; warga melapor ke kecamatan."),
    ],
)
def generic_noun_capitalised(doc: Document, ctx: RuleContext) -> None:
    for m in _matches_at(doc, _MARKERS, _GENERIC):
        word = m.group("w")
        low = word.lower()
        if low in _GENERIC_EXEMPT or low in _ALWAYS_CAPITAL:
            continue
        a = analyze(low)
        if a is None or a.source not in ("root", "word") or entity_kind(low) not in (None, "org"):
            continue
        if a.source == "word" and is_known_entity(low):
            continue  # a place or organisation name the lexicon also lists
        if low in get_lexicon().acronyms:
            continue  # Polri, Pemprov: a short form of a name
        s, e = m.span("w")
        if m.group("m")[:1].isupper() and _mid_sentence(doc, m.start()):
            continue  # "Lembah Para Raja": a capitalised marker inside a sentence belongs to a name
        if not _usable(doc, s, e, quotes=True):
            continue
        ctx.report(s, e, args={"suggestion": low}, suggestions=[low], replacement=low, safety="unsafe")
    for m in _matches_at(doc, _HEADS, _HEAD_ALONE):
        s, e = m.span("w")
        if not _mid_sentence(doc, s) or not _after_lowercase_word(doc, s) or not _usable(doc, s, e, quotes=True):
            continue  # after a capitalised word it may be inside a name (Kantor Kecamatan, Puskesmas Induk)
        low = m.group("w").lower()
        ctx.report(s, e, args={"suggestion": low}, suggestions=[low], replacement=low, safety="unsafe")


# --- a title capitalised with no name ---------------------------------------------------------

_TITLES = (
    "Juru Bicara|Wali Kota|Wakil Wali Kota|Kepala Dinas|Kepala Desa|Kepala Sekolah|Kepala Bidang|Kepala Seksi|"
    "Kepala Badan|Kepala Kantor|Kepala Balai|Kepala Bagian|Direktur Utama|Ketua Umum|Wakil Ketua|Wakil Presiden|"
    "Wakil Gubernur|Wakil Bupati|Perdana Menteri|Menteri|Gubernur|Bupati|Presiden|Camat|Lurah|Direktur|Ketua|"
    "Kepala|Komandan|Rektor|Dekan|Hakim|Jaksa|Manajer|Sekretaris|Kapolres|Kapolda|Kapolsek|Kapolri|Panglima|"
    "Duta Besar|Pelatih|Kapten|Sekretaris Daerah|Sekretaris Jenderal"
)
# the demonstratives first (a space and a literal: the scan skips ahead), then a title ending right
# before one of them, looked for only after a capitalised word
_DEMONSTRATIVE_WORDS = (" itu", " tersebut", " ini")


def _demonstratives(text: str) -> list[int]:
    r"""The starts, in order, of `` itu``, `` tersebut`` and `` ini`` with no letter, digit, underscore or hyphen
    after them (what ``re.finditer(r" (?:itu|tersebut|ini)(?![\w-])", text)`` finds), found with str.find in C:
    a regex scan tries the pattern at every space of the draft."""
    found = []
    for lit in _DEMONSTRATIVE_WORDS:
        n = len(lit)
        i = text.find(lit)
        while i != -1:
            after = text[i + n : i + n + 1]
            if not (after.isalnum() or after in ("_", "-")):  # what (?![\w-]) accepts ("" at the end)
                found.append(i)
            i = text.find(lit, i + n)
    found.sort()
    return found


_TITLE_BEFORE = compile_cached(rf"(?P<t>{_TITLES})\s*$")
#: Every title ends with one of these words (as written: _TITLE_BEFORE is case-sensitive), so a title ends right
#: before a demonstrative only when the text before it ends with one, or with white space (which _TITLE_BEFORE
#: allows between them): one str.endswith call in C per demonstrative instead of two searches in Python.
_TITLE_LAST_WORDS = tuple(sorted({t.split()[-1] for t in _TITLES.split("|")}))


@rule(
    "caps/title-without-name",
    severity="info",
    measured="dev corpus: 1 finding (unseen half), adjudicated correct (1/1); too few to set a warning; info",
    summary={
        "id": "Jabatan tanpa nama ditulis kapital ('ujar Juru Bicara itu').",
        "en": "A title with no name after it is capitalised ('ujar Juru Bicara itu').",
    },
    message={
        "id": "'{title}' tidak diikuti nama orang, instansi atau tempat: tulis huruf kecil ('{suggestion}').",
        "en": "'{title}' is not followed by a name: write it in lower case ('{suggestion}').",
    },
    docs={
        "id": "EYD V: nama jabatan ditulis kapital bila diikuti nama orang, instansi atau tempat (Kepala Dinas "
        "Pendidikan Jawa Barat); tanpa nama, dan dirujuk dengan 'itu', 'tersebut' atau 'ini', jabatan itu kata "
        "umum: 'ujar juru bicara itu', 'menurut kepala dinas tersebut'. Dilaporkan bila jabatan (tanpa nama "
        "instansi) langsung diikuti penunjuk, di tengah kalimat.",
        "en": "EYD V capitalises a title followed by a name; referred to with 'itu'/'tersebut'/'ini' and no name, "
        "it is a common noun ('ujar juru bicara itu').",
    },
    authority=_AUTHORITY + " (nama jabatan yang tidak diikuti nama orang, instansi atau tempat)",
    fixable=True,
    examples=[
        bad(
            '"Kami masih mendalami motifnya," ujar Juru Bicara itu kepada wartawan.',
            count=1,
            fixed='"Kami masih mendalami motifnya," ujar juru bicara itu kepada wartawan.',
        ),
        bad("Menurut Kepala Dinas tersebut, anggaran sudah dicairkan.", count=1),
        good("Menurut Kepala Dinas Pendidikan itu, anggaran sudah dicairkan."),
        good("Menurut kepala dinas tersebut, anggaran sudah dicairkan."),
    ],
)
def title_without_name(doc: Document, ctx: RuleContext) -> None:
    text = doc.text
    for at in _demonstratives(text):
        if not (text.endswith(_TITLE_LAST_WORDS, 0, at) or text[at - 1 : at].isspace()):
            continue  # no title can end here (most demonstratives)
        w = text.rfind(" ", max(0, at - 40), at) + 1
        if not text[w : w + 1].isupper():
            continue  # the word before the demonstrative is not capitalised: no title here
        m = _TITLE_BEFORE.search(text, max(0, at - 40), at)
        if m is None:
            continue
        s, e = m.span("t")
        if s < 2 or text[s - 1] != " " or not (text[s - 2].isalnum() or text[s - 2] in ",_"):
            continue  # not a whole word after a word or a comma
        if not _after_lowercase_word(doc, s) or not _usable(doc, s, e):
            continue
        title = m.group("t")
        fixed = title.lower()
        ctx.report(
            s, e, args={"title": title, "suggestion": fixed}, suggestions=[fixed], replacement=fixed, safety="unsafe"
        )


# --- a title or form of address in lower case before a name -----------------------------------

#: Lower-case title -> its written form before a name.
_TITLE_FORMS = {
    "kolonel": "Kolonel",
    "letnan kolonel": "Letnan Kolonel",
    "letkol": "Letkol",
    "mayor jenderal": "Mayor Jenderal",
    "brigadir jenderal": "Brigadir Jenderal",
    "letnan jenderal": "Letnan Jenderal",
    "jenderal": "Jenderal",
    "laksamana": "Laksamana",
    "marsekal": "Marsekal",
    "letnan": "Letnan",
    "sersan": "Sersan",
    "kopral": "Kopral",
    "brigjen": "Brigjen",
    "mayjen": "Mayjen",
    "letjen": "Letjen",
    "komjen": "Komjen",
    "irjen": "Irjen",
    "kombes": "Kombes",
    "kompol": "Kompol",
    "akbp": "AKBP",
    "akp": "AKP",
    "iptu": "Iptu",
    "ipda": "Ipda",
    "aiptu": "Aiptu",
    "aipda": "Aipda",
    "bripka": "Bripka",
    "brigpol": "Brigpol",
    "briptu": "Briptu",
    "bripda": "Bripda",
    "pak": "Pak",
    "bu": "Bu",
    "mbak": "Mbak",
    "ustaz": "Ustaz",
    "ustazah": "Ustazah",
    "kiai": "Kiai",
    "habib": "Habib",
    "haji": "Haji",
    "hajah": "Hajah",
    "pendeta": "Pendeta",
    "romo": "Romo",
    "pastor": "Pastor",
    "profesor": "Profesor",
    "dokter": "Dokter",
}
_TITLE_ALT = "|".join(sorted((re.escape(t).replace(r"\ ", r"\s+") for t in _TITLE_FORMS), key=len, reverse=True))
# tried only where the first word of a title stands (offsets from the shared word index)
_TITLE_LOWER = compile_cached(rf"(?P<t>{_TITLE_ALT})\s+(?P<n>[A-Z][a-z]+(?:[\-'’][A-Za-z]+)?)(?![\w-])")
_TITLE_FIRST_WORDS = tuple(sorted({t.split()[0] for t in _TITLE_FORMS}))


#: Forces and units that follow a rank without being a name ("jenderal Polri", "kolonel Marinir").
_FORCES = frozenset(
    "polri polda polres polresta polsek tni kodam kodim korem kopassus brimob densus bareskrim mabes kostrad "
    "marinir paspampres satpol angkatan polisi".split()
)


def _looks_like_person(name: str) -> bool:
    """A capitalised word that may be a person's name: not an acronym, a force, a place, an organisation,
    a day or month."""
    low = name.lower()
    if low in _ALWAYS_CAPITAL or low in _FORCES or is_known_entity(low):
        return False
    a = analyze(low)
    return a is None or a.source != "acronym"


@rule(
    "caps/title-lowercase",
    severity="info",
    measured="dev corpus: 0 findings (nothing to adjudicate); info until measured",
    summary={
        "id": "Pangkat, gelar atau sapaan di depan nama ditulis huruf kecil ('kolonel Andi', 'pak Budi').",
        "en": "A rank, title or form of address before a name in lower case ('kolonel Andi', 'pak Budi').",
    },
    message={
        "id": "'{title}' di depan nama orang ditulis kapital: '{suggestion}'.",
        "en": "'{title}' before a person's name is capitalised: '{suggestion}'.",
    },
    docs={
        "id": "EYD V: huruf kapital dipakai pada unsur nama pangkat dan jabatan serta gelar kehormatan, keagamaan "
        "dan akademik yang diikuti nama orang (Kolonel Andi, Kompol Hendra, Ustaz Fahmi, Profesor Sudarsono), "
        "dan pada sapaan kekerabatan yang dipakai sebagai sapaan atau acuan (Pak Budi, Bu Ani). Dilaporkan bila "
        "kata itu huruf kecil dan diikuti kata berkapital yang tampak nama orang (bukan singkatan, tempat atau "
        "lembaga dalam gazeter: 'jenderal Polri', 'haji Indonesia' tidak dilaporkan). 'Bapak' dan 'ibu' tidak "
        "diperiksa ('ibu Budi' bisa berarti ibunya Budi). Jabatan pemerintahan (presiden, gubernur ...) diperiksa "
        "caps/title-before-name.",
        "en": "EYD V capitalises ranks, honorific, religious and academic titles and forms of address before a "
        "person's name (Kolonel Andi, Pak Budi). Reported when the title is lower case and a capitalised word "
        "that looks like a person's name follows (not an acronym, place or organisation). 'bapak'/'ibu' are not "
        "checked ('ibu Budi' may be Budi's mother).",
    },
    authority=_AUTHORITY + " (pangkat, gelar dan sapaan yang diikuti nama orang)",
    fixable=True,
    examples=[
        bad(
            "Upacara itu dipimpin kolonel Andi Saputra di lapangan.",
            count=1,
            fixed="Upacara itu dipimpin Kolonel Andi Saputra di lapangan.",
        ),
        bad("Warga menyebut pak Budi sebagai saksi pertama.", count=1),
        bad("Perkara itu ditangani akbp Hendra Gunawan.", count=1, fixed="Perkara itu ditangani AKBP Hendra Gunawan."),
        good("Dua jenderal Polri hadir, juga jemaah haji Indonesia."),
        good("Ia membawa ibu Budi ke rumah sakit."),
        good("Upacara itu dipimpin Kolonel Andi Saputra."),
    ],
)
def title_lowercase(doc: Document, ctx: RuleContext) -> None:
    for m in _matches_at(doc, _TITLE_FIRST_WORDS, _TITLE_LOWER):
        if not _looks_like_person(m.group("n")):
            continue
        s, e = m.span("t")
        if not _usable(doc, s, e, quotes=True):
            continue
        title = m.group("t")
        fixed = _TITLE_FORMS[" ".join(title.split())]
        ctx.report(
            s, e, args={"title": title, "suggestion": fixed}, suggestions=[fixed], replacement=fixed, safety="unsafe"
        )


# --- a place name in lower case ----------------------------------------------------------------

_PLACE_KINDS = frozenset({"country", "province", "id_place", "city", "place", "state"})


def _lowercase_place(word: str) -> str | None:
    """The place's written form when ``word`` is a place name and not also a common word."""
    if not is_known_entity(word):
        return None
    # the analysis (cached, and asked for most words by other rules) before the gazetteer's kind: the
    # commonest words after a cue ("di rumah") are dictionary roots and need no kind at all
    a = analyze(word)
    if (
        a is not None
        and not a.prefixes
        and not a.suffixes
        and a.clitics in (("-ku",), ("-mu",))
        and entity_kind(word) in ("country", "province")
    ):
        # a root plus "my"/"your" after a place cue (asal maluku: malu + -ku) is an accident of the spelling of
        # a country or province; news narrative seldom speaks in the first or second person
        return word[:1].upper() + word[1:]
    if a is None or (a.source != "word" and (a.base == word or len(a.base) > 3)):
        # a dictionary root (medan, batu, padang, solo) or its derivation is a common word too; unknown: slang,
        # typo.  A three-letter base under affixes is affix stripping by chance (mahakam: maha- + kam).
        return None
    if entity_kind(word) not in _PLACE_KINDS:
        return None
    return word[:1].upper() + word[1:]


@rule(
    "caps/place-lowercase",
    severity="info",
    measured="dev corpus: 1 finding (tune half, a slang word in a quotation; unknown words are skipped since); 0 on the unseen half; the direction/water cues of issue 12 (s4d) add none, nor do the area and office-head cues of s5 (asal, wilayah, kawasan, pemkot, polres, bupati ...), nor the s5m place-after-a-place-and-comma cue and the root + -ku/-mu reading of a country or province (golden diff empty, fresh corpus none new); info until measured",
    summary={"id": "Nama tempat ditulis huruf kecil.", "en": "A place name in lower case."},
    message={"id": "Nama tempat ditulis kapital: '{suggestion}'.", "en": "Capitalise the place name: '{suggestion}'."},
    docs={
        "id": "EYD V: huruf kapital dipakai pada huruf pertama nama geografi (Surabaya, Jawa Barat, Makassar). "
        "Dilaporkan: kata huruf kecil setelah kata depan, kata tempat atau arah (di, ke, dari, kota, kabupaten, "
        "provinsi, warga, asal, wilayah, kawasan, pemkot, polres, bupati, bandara, sungai, gunung, utara ...) yang menurut gazeter newslint (newslint.lang) nama tempat dan bukan kata dasar "
        "kamus (medan, batu, padang, solo tidak dilaporkan karena juga kata umum). Tagar, akun dan alamat web "
        "tidak diperiksa. Nama negara huruf kecil dilaporkan di mana pun (penonton jepang), kecuali yang juga kata "
        "sehari-hari (jersey) atau salah ketik kata yang sangat umum (sudan untuk sudah). "
        "Juga unsur nama geografi huruf kecil di depan nama dirinya (selat Sunda, candi Borobudur, "
        "sungai Musi, bukit Barisan), kecuali di depan nama negara atau provinsi (gunung di Jawa Barat).",
        "en": "EYD V capitalises geographical names. Reported: a lower-case word after a preposition, a place "
        "word or a direction (di, ke, dari, kota, asal, wilayah, sungai, gunung, utara ...) that the gazetteer knows as a place and that is not also a dictionary root; "
        "a country's name in lower case anywhere (penonton jepang), unless it is also an everyday word (jersey) or a "
        "slip of a very common word (sudan for sudah); "
        "and the lower-case generic word right before a feature's own name (selat Sunda, sungai Musi, bukit Barisan), "
        "except before a country or province.",
    },
    authority=_AUTHORITY + " (nama geografi)",
    fixable=True,
    examples=[
        bad(
            "Rombongan itu berangkat dari surabaya pada Minggu pagi.",
            count=1,
            fixed="Rombongan itu berangkat dari Surabaya pada Minggu pagi.",
        ),
        bad("Kerugian kebakaran pasar di semarang mencapai Rp2 miliar.", count=1),
        bad("Badai melanda pesisir utara jepang.", count=1),
        bad("Tim itu bertanding di Osaka, jepang, pekan lalu.", count=1),
        good("Ia berdiri di medan laga dan di batu karang."),
        good("Rombongan itu berangkat dari Surabaya."),
        bad("Kapal melintas di selat Sunda menuju kawasan candi Borobudur.", count=2),
        bad("Perahu terbalik di sungai Kapuas dekat bukit Kelam.", count=2),
        bad("Final itu disaksikan ribuan penonton jepang.", fixed="Final itu disaksikan ribuan penonton Jepang."),
        good("Para pemain memakai jersey merah; jenazah sudah dimakamkan."),
        good("Kapal melintas di Selat Sunda; gunung di Jawa Barat dan danau Swiss itu indah."),
    ],
)
def place_lowercase(doc: Document, ctx: RuleContext) -> None:
    text = doc.text
    _report_feature_heads(doc, ctx)
    # the words after a cue, read at the cues' offsets in the shared word index; most drafts have no place
    # name among them
    places = [(w, f) for w in _words_after_cue(doc) if (f := _place_form(w)) is not None]
    # "Kumamoto, jepang": the larger place a capitalised place is followed by, after a comma, is named too
    # the lower-case word after ", " is judged first (once per word type, and almost never a place); the word
    # before the comma is read, and the gazetteer asked about it, only for the few that are
    after_place = set()
    for w in set(_LOWER_AFTER_COMMA.findall(text)):
        if _place_form(w) is None:
            continue
        for m in _AFTER_PLACE_COMMA.finditer(text):
            if m.group(2) == w and _is_place(m.group(1)):
                after_place.add(w)
                break
    places += [(w, f) for w in after_place if (f := _place_form(w)) is not None and (w, f) not in places]
    # a country's name is never a common word in lower case (jepang, malaysia): no cue needed
    countries = {w: f for w in candidate_texts(doc) & _country_names() if (f := _country_form(w)) is not None}
    places += [(w, f) for w, f in countries.items() if (w, f) not in places]
    if not places:
        return
    index = word_index(doc)
    for word, fixed in places:
        for s in index.offsets(word):
            if not text[s].islower():
                continue
            if word not in countries and _PLACE_CUE.search(text, max(0, s - 20), s) is None:
                before = _PLACE_BEFORE_COMMA.search(text, max(0, s - 40), s)
                if before is None or not _is_place(before.group(1)):
                    continue
            e = s + len(word)
            if not _usable(doc, s, e, quotes=True):
                continue
            ti = doc.token_index_at(s)
            if ti < len(doc.tokens) and doc.tokens[ti].kind is not TokenKind.WORD:
                continue
            ctx.report(s, e, args={"suggestion": fixed}, suggestions=[fixed], replacement=fixed, safety="unsafe")


#: The generic word of a natural feature's or monument's name (Selat Sunda, Candi Borobudur, Sungai Musi):
#: before the feature's own name it is part of the name and capitalised.  Not pulau, pantai, laut, pegunungan:
#: before a region they describe it ("pantai Indonesia", "pegunungan Swiss").
_FEATURE_HEADS = ("selat", "teluk", "gunung", "danau", "candi", "tanjung", "semenanjung", "kawah", "sungai", "bukit")
_FEATURE_HEAD = compile_cached(r"(?P<w>[a-z]+) (?P<n>[A-Z][a-z]{2,})(?![\w'’-])(?! [A-Z])")
#: Regions a feature word may describe rather than name (gunung Jawa Barat: the mountains of a province).
_REGION_KINDS = frozenset({"country", "province", "state", "us_state"})


def _report_feature_heads(doc: Document, ctx: RuleContext) -> None:
    """A lower-case feature word right before a capitalised name: *selat Sunda*, *candi Borobudur*."""
    index = word_index(doc)
    present = [w for w in _FEATURE_HEADS if w in index.words]
    if not present:
        return
    text = doc.text
    for w in present:
        for s in index.offsets(w):
            m = _FEATURE_HEAD.match(text, s)
            if m is None or m.group("w") != w or not _mid_sentence(doc, s):
                continue
            name = m.group("n")
            if entity_kind(name) in _REGION_KINDS or name.lower() in get_lexicon().acronyms:
                continue
            if not _usable(doc, s, s + len(w), quotes=True):
                continue
            fixed = w.capitalize()
            ctx.report(
                s, s + len(w), args={"suggestion": fixed}, suggestions=[fixed], replacement=fixed, safety="unsafe"
            )


#: Words after which a lower-case place name is looked for.
_CUES = (
    "di|ke|dari|kota|kabupaten|provinsi|pulau|warga|menuju|sungai|danau|gunung|selat|teluk|utara|selatan|barat|timur"
    "|asal|wilayah|kawasan|daerah|kecamatan|desa|sekitar"
    "|pemkot|pemkab|pemprov|polres|polresta|polda|polsek|bupati|gubernur|bandara|stasiun|pelabuhan"
)
_CUE_WORDS = tuple(_CUES.split("|"))
# the lower-case word after a cue (and the white space before it); a cue may be capitalised (Sungai mahakam: the
# river is named, the name is not) and may follow a cue ("wilayah utara jepang")
_WORD_AFTER_CUE = compile_cached(r"\s+([a-z]{4,})(?![\w'’-])")


def _words_after_cue(doc: Document) -> set[str]:
    """The lower-case words of four letters or more after a cue that a space precedes (`` di surabaya``), as a
    case-insensitive scan of the whole text for the cues would find them; read at the cues' offsets in the
    shared word index (its lower-cased text matches a cue in any case: a cue with white space after it is a
    whole letter run), which other rules have mostly found already ("di", "ke", "dari"), so no scan tries
    the cues at every space of the draft."""
    index = word_index(doc)
    text = doc.text
    present = index.words
    match = _WORD_AFTER_CUE.match
    found = set()
    for cue in _CUE_WORDS:
        if cue in present:
            n = len(cue)
            for o in index.offsets(cue):
                if o and text[o - 1] == " " and (m := match(text, o + n)) is not None:
                    found.add(m.group(1))
    return found


# a lower-case word after a capitalised word and a comma (the place the capitalised one lies in: "Kumamoto,
# jepang"); the capitalised word must be a place itself (_is_place)
_AFTER_PLACE_COMMA = compile_cached(r"\b([A-Z][a-z]{2,}),[ ]([a-z]{4,})(?![\w'’-])")
_PLACE_BEFORE_COMMA = compile_cached(r"\b([A-Z][a-z]{2,}),[ ]$")
# the cheap first pass: a lower-case word after ", " (the literal lets the regex engine skip ahead)
_LOWER_AFTER_COMMA = compile_cached(r", ([a-z]{4,})(?![\w'’-])")


def _is_place(word: str) -> bool:
    """A capitalised word the gazetteer knows as a place."""
    return is_known_entity(word) and entity_kind(word) in _PLACE_KINDS


# the cue right before a candidate (checked where a place name was found)
_PLACE_CUE = compile_cached(rf"(?<![\w-])(?i:{_CUES})\s+$")
_PLACE_FORMS: dict[str, str | None] = {}


@lru_cache(maxsize=1)
def _country_names() -> frozenset[str]:
    """The gazetteer's countries, one word each, lower case: a draft's words are intersected with them in C."""
    return frozenset(n for n in names_of_kinds("country") if n.isalpha())


@cache  # bounded: only the words of _country_names() are asked
def _country_form(word: str) -> str | None:
    """The written form of a country's name in lower case (``jepang``), a word of :func:`_country_names`;
    ``None`` when the word is also a common word or reads as something else (:func:`_other_reading`)."""
    if len(word) < 4 or entity_kind(word) != "country" or _other_reading(word):
        return None
    return _place_form(word)


#: A lower-case country name one typing slip from one of this many most frequent words is that word's slip.
_SLIP_TARGET_RANK = 300


def _other_reading(word: str) -> bool:
    """``word`` reads as something other than the country: an English word used in copy, an everyday noun
    (*jersey*, a shirt) or a typing slip of a very common word (*sudan* for *sudah*)."""
    lex = get_lexicon()
    rank = lex.rank
    return (
        word in lex.english
        or word in _COUNTRY_NAMED_NOUNS
        or any(rank.get(c, _SLIP_TARGET_RANK) < _SLIP_TARGET_RANK for c in one_slip_edits(word))
    )


#: Countries whose name is also an everyday word of Indonesian copy: *jersey* (a sports shirt, the loan
#: KBBI writes *jersi*), *cuba* (Malay and regional for *coba*).
_COUNTRY_NAMED_NOUNS = frozenset(["jersey", "cuba"])


def _place_form(word: str) -> str | None:
    """:func:`_lowercase_place` once per word type."""
    try:
        return _PLACE_FORMS[word]
    except KeyError:
        if len(_PLACE_FORMS) > 50_000:  # an archive run: keep the table bounded
            _PLACE_FORMS.clear()
        found = _PLACE_FORMS[word] = _lowercase_place(word)
        return found


# --- currency names ---------------------------------------------------------------------------

_CURRENCIES = (
    "Euro|Dolar|Rupiah|Yen|Yuan|Ringgit|Rupee|Rupe|Peso|Pound|Poundsterling|Franc|Riyal|Dirham|Baht|Rubel|Dinar"
)
# the currency name first (capital initials let the scan skip ahead), then what stands before it
_CURRENCY = compile_cached(rf"(?P<c>{_CURRENCIES})(?![\w-])")
_CURRENCY_WORDS = frozenset(_CURRENCIES.lower().split("|"))
_CURRENCY_CUE = compile_cached(r"(?:\d\s?|(?<![\w-])(?:juta|ribu|miliar|triliun|ratus|puluh|per|tukar|kurs|uang)\s)$")


@rule(
    "caps/currency-name",
    severity="info",
    measured="dev corpus: 0 findings (nothing to adjudicate); info until measured",
    summary={"id": "Nama mata uang ditulis kapital ('500 Euro').", "en": "A currency name capitalised ('500 Euro')."},
    message={
        "id": "Nama mata uang ditulis huruf kecil: '{suggestion}'.",
        "en": "Currency names are lower case: '{suggestion}'.",
    },
    docs={
        "id": "Nama mata uang adalah kata umum (KBBI: euro, dolar, rupiah, yen, ringgit) dan ditulis huruf kecil "
        "di tengah kalimat; nama negara sesudahnya tetap kapital ('dolar Singapura', 'dolar AS'). Dilaporkan "
        "setelah bilangan, kata bilangan (juta, miliar), 'per', 'nilai tukar', 'kurs' dan 'mata uang'. 'Piala Euro' "
        "dan nama lain tidak tersentuh.",
        "en": "Currency names are common nouns (KBBI) and lower case in running text; a country after them keeps "
        "its capital. Reported after a number, a scale word, 'per', 'nilai tukar', 'kurs' and 'mata uang'.",
    },
    authority="KBBI (euro, dolar, rupiah: kata umum); " + _AUTHORITY,
    fixable=True,
    examples=[
        bad(
            "Setiap peserta membayar biaya pendaftaran sebesar 500 Euro.",
            count=1,
            fixed="Setiap peserta membayar biaya pendaftaran sebesar 500 euro.",
        ),
        bad(
            "Rupiah melemah ke level 16.300 per Dolar AS.",
            count=1,
            fixed="Rupiah melemah ke level 16.300 per dolar AS.",
        ),
        bad("Harganya 2 juta Yen.", count=1),
        good("Spanyol menjuarai Piala Euro 2024."),
        good("Rupiah melemah ke level 16.300 per dolar AS."),
    ],
)
def currency_name(doc: Document, ctx: RuleContext) -> None:
    # a reportable name follows a number or a cue word, so it is a whole word of the shared index: a
    # draft without any currency name skips the scan (most drafts)
    if _CURRENCY_WORDS.isdisjoint(word_index(doc).words):
        return
    text = doc.text
    for m in _CURRENCY.finditer(text):
        s, e = m.span("c")
        if _CURRENCY_CUE.search(text, max(0, s - 12), s) is None:
            continue
        if not _usable(doc, s, e, quotes=True):
            continue
        fixed = m.group("c").lower()
        ctx.report(s, e, args={"suggestion": fixed}, suggestions=[fixed], replacement=fixed, safety="safe")


# --- bahasa Indonesia -----------------------------------------------------------------------------

_LANGUAGES = (
    "indonesia|inggris|jawa|sunda|arab|mandarin|jepang|korea|melayu|belanda|prancis|perancis|jerman|rusia|spanyol|"
    "portugis|italia|batak|bali|madura|minang|minangkabau|bugis|dayak|betawi|tionghoa|thai|vietnam|hindi|latin|"
    "sanskerta|tamil|turki|persia|ibrani|yunani|aceh|sasak|banjar|makassar|papua|tagalog|urdu|swahili|kanton"
)
_BAHASA_CAPITAL = TriggeredPattern(
    compile_cached(rf"(?<=[a-z,] )(?P<b>Bahasa)\s+(?P<x>(?i:{_LANGUAGES}))(?![\w-])(?!\s+[A-Z])")
)
_LANGUAGE_LOWER = TriggeredPattern(compile_cached(rf"(?<![\w-])(?i:bahasa|berbahasa)\s+(?P<x>{_LANGUAGES})(?![\w-])"))
#: Words before "Bahasa X" that make it part of a name: a subject, a course, an institution, a dictionary.
_BAHASA_NAMED = frozenset(
    "pelajaran studi jurusan program prodi fakultas kamus badan balai kantor pusat bulan festival olimpiade lomba "
    "mapel ujian nilai guru dosen departemen".split()
)


_SUBJECT_LIST = compile_cached(r"(?i:pelajaran|kurikulum|mapel|ujian nasional|jurusan|program studi)")


@rule(
    "caps/language-name",
    severity="info",
    measured="dev corpus: 3 findings, 0.02/1k (tune 1, unseen 2). Unseen half adjudicated: 2/2 correct; too few to set a warning; info",
    summary={
        "id": "'bahasa Indonesia': kata 'bahasa' huruf kecil, nama bahasanya kapital.",
        "en": "'bahasa Indonesia': 'bahasa' lower case, the language's name capitalised.",
    },
    message={"id": "Tulis '{suggestion}'.", "en": "Write '{suggestion}'."},
    docs={
        "id": "EYD V: huruf kapital dipakai pada nama bangsa, suku bangsa dan bahasa, tetapi tidak pada kata "
        "'bahasa', 'suku' dan 'bangsa' di depannya: 'bahasa Indonesia', 'bahasa Inggris', 'berbahasa Jawa'. "
        "Dilaporkan: 'Bahasa Indonesia' di tengah kalimat (kecuali sebagai unsur nama: mata pelajaran, jurusan, "
        "lembaga, kamus, atau diikuti kata berkapital lain) dan nama bahasa yang ditulis huruf kecil ('bahasa inggris').",
        "en": "EYD V capitalises names of languages but not the word 'bahasa' before them: 'bahasa Indonesia', "
        "'bahasa Inggris'. Reported: 'Bahasa Indonesia' in mid-sentence (not as part of a name: a school "
        "subject, a department, an institution, a dictionary) and a language name in lower case.",
    },
    authority=_AUTHORITY + " (nama bangsa, suku bangsa dan bahasa)",
    fixable=True,
    examples=[
        bad(
            "Materi ujian disusun dalam Bahasa Indonesia dan bahasa Inggris.",
            count=1,
            fixed="Materi ujian disusun dalam bahasa Indonesia dan bahasa Inggris.",
        ),
        bad(
            "Ia menerjemahkan dokumen itu ke bahasa inggris.",
            count=1,
            fixed="Ia menerjemahkan dokumen itu ke bahasa Inggris.",
        ),
        good("Nilai mata pelajaran Bahasa Indonesia naik; ia membaca Kamus Besar Bahasa Indonesia."),
        good("Bahasa Indonesia dipakai di sekolah."),
    ],
)
def language_name(doc: Document, ctx: RuleContext) -> None:
    text = doc.text
    if "ahasa" not in text:
        return
    for m in _BAHASA_CAPITAL.finditer(doc):
        s, e = m.span("b")
        prev = text[max(0, s - 30) : s].split()
        if not prev or not prev[-1][:1].islower() or prev[-1].strip(",").lower() in _BAHASA_NAMED:
            continue
        if _SUBJECT_LIST.search(text, max(0, s - 120), s):
            continue  # "mata pelajaran wajib seperti matematika, Bahasa Indonesia, ...": school subjects
        if not _usable(doc, s, m.end("x")):
            continue
        x = m.group("x")
        fixed = "bahasa " + x[:1].upper() + x[1:]
        ctx.report(
            s,
            m.end("x"),
            args={"suggestion": fixed},
            suggestions=[fixed],
            replacement="bahasa",
            fix_span=(s, e),
            safety="unsafe",
        )
    for m in _LANGUAGE_LOWER.finditer(doc):
        xs, xe = m.span("x")
        if not _usable(doc, m.start(), xe, quotes=True):
            continue
        x = m.group("x")
        fixed = x[:1].upper() + x[1:]
        ctx.report(
            m.start(),
            xe,
            args={"suggestion": text[m.start() : xs] + fixed},
            suggestions=[text[m.start() : xs] + fixed],
            replacement=fixed,
            fix_span=(xs, xe),
            safety="safe",
        )


# --- a sentence opened in lower case -----------------------------------------------------------

#: Short forms written with a full stop (the segmenter may end a sentence after them): *dll. dan ...*.
_ABBREVIATIONS = frozenset("dll dsb dst dkk hlm jl no tgl sbb yth dr drs ir prof tel kec kel kab saw swt ra as".split())
#: Words that open a sentence in lower case by design: brand names and units (iPhone is not lower case).
_LOWER_BY_DESIGN = frozenset(["km", "kg", "cm", "mm", "ml", "mg", "pukul", "rp"])


@rule(
    "caps/sentence-start-lowercase",
    severity="info",
    measured="Issue 12 s8/s9 (wisatawan after a full stop): dev corpus 1 finding (a quotation, pemerintah. ya: correct); info until judged on more text",
    summary={
        "id": "Kalimat diawali huruf kecil.",
        "en": "A sentence starts with a lower-case letter.",
    },
    message={
        "id": "Awal kalimat ditulis dengan huruf kapital: '{suggestion}'.",
        "en": "Capitalise the first word of the sentence: '{suggestion}'.",
    },
    docs={
        "id": "EYD V: huruf kapital dipakai sebagai huruf pertama awal kalimat. Dilaporkan: kata huruf kecil "
        "yang membuka kalimat setelah titik di dalam paragraf yang sama. Tidak "
        "dilaporkan: setelah singkatan bertitik (dll., no.), setelah elipsis, di judul, dan kata yang memang "
        "ditulis kecil (satuan: km, kg).",
        "en": "EYD V capitalises the first letter of a sentence. Reported: a lower-case word opening a sentence "
        "after a full stop inside the same paragraph; not after a short form with "
        "a full stop, an ellipsis, in headlines, nor units written in lower case.",
    },
    authority=_AUTHORITY + " (huruf pertama awal kalimat)",
    fixable=True,
    examples=[
        bad(
            "Hotel di kota itu penuh sejak awal pekan. wisatawan datang dari Prancis.",
            count=1,
            fixed="Hotel di kota itu penuh sejak awal pekan. Wisatawan datang dari Prancis.",
        ),
        good("Stok beras cukup, gula, minyak, dll. dan harga stabil."),
        good("Ia menunggu... lalu pergi. Wisatawan datang dari Prancis."),
        good("Rasulullah saw. bersabda bahwa hari itu hari makan dan minum."),
    ],
)
def sentence_start_lowercase(doc: Document, ctx: RuleContext) -> None:
    text = doc.text
    # the segmenter keeps a lower-case word after a full stop in the sentence before: one scan for the pairs
    for b, stop, s, e in lower_after_stop(text):
        w = text[s:e]
        if w in _LOWER_BY_DESIGN:
            continue
        before = text[b:stop]
        if before.lower() in _ABBREVIATIONS or len(before) == 1 or (before.isupper() and len(before) <= 3):
            continue  # a short form (dll.), an initial (A. Rahman) or a dotted abbreviation (S.H.)
        if doc.paragraph_at(s) is not doc.paragraph_at(b):
            continue
        if not _usable(doc, s, e, quotes=True):
            continue
        fixed = w[:1].upper() + w[1:]
        ctx.report(s, e, args={"suggestion": fixed}, suggestions=[fixed], replacement=fixed, safety="unsafe")


#: A word, a full stop (a question mark may end a title inside a sentence: "Future? di"), spaces and a lower-case word (not after an ellipsis: the
#: word before must end in a letter; not a hyphenated or mixed-case word after it: e-KTP, iPhone).
#: The pairs are the matches of ``(?<![\w.])(?P<b>[A-Za-z]+)\. +(?P<w>[a-z]{2,})(?![\w'’-])`` (LOWER_AFTER_STOP).
#: That pattern is tried at every character, and at each word start it reads the word letter by letter forwards
#: and back looking for a stop (a tenth of a millisecond per draft); its right half is tried only at full stops.
LOWER_AFTER_STOP = r"(?<![\w.])(?P<b>[A-Za-z]+)\. +(?P<w>[a-z]{2,})(?![\w'’-])"
_STOP_THEN_LOWER = compile_cached(r"\. +(?P<w>[a-z]{2,})(?![\w'’-])")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def lower_after_stop(text: str) -> list[tuple[int, int, int, int]]:
    """``(start of b, end of b, start of w, end of w)`` of each match of :data:`LOWER_AFTER_STOP` in ``text``, in
    order, as ``re.finditer`` gives them: the full stop and the word after it found first, then the letters before the
    stop read backwards (the run must start after neither a word character nor a stop); a match never starts
    inside the one before it."""
    out: list[tuple[int, int, int, int]] = []
    last = 0
    letters = _ASCII_LETTERS
    for m in _STOP_THEN_LOWER.finditer(text):
        stop = m.start()
        b = stop
        while b > last and text[b - 1] in letters:
            b -= 1
        if b == stop or b < last:
            continue
        if b > 0 and (text[b - 1].isalnum() or text[b - 1] in "_."):
            continue  # (?<![\w.]) at the run's start: no shorter run can start after a letter either
        s, e = m.span("w")
        out.append((b, stop, s, e))
        last = e
    return out

"""Redundancy that needs analysis (issue 14, class 5).

* ``redundancy/acronym-expansion``: the word before an acronym repeats the first word of its
  expansion ("nomor NIK": NIK is Nomor Induk Kependudukan).  The expansion comes from the draft
  itself when it spells the acronym out ("Nomor Induk Kependudukan (NIK)": the initials are
  checked against the acronym) and otherwise from a short list of common administrative acronyms.
* ``redundancy/repeated-phrase``: a phrase of two or three words written twice in a row
  ("Kepala Bagian Kepala Bagian Humas"), or a function word repeated around one adverb
  ("rumah yang ternyata yang roboh"): leftovers of editing.  A single repeated word is
  typo/repeated-word's.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import compress, count, islice
from operator import eq

from newslint.checks._helpers import split_words, word_index
from newslint.engine.rule import RuleContext, bad, good, rule
from newslint.lazyre import compile_cached
from newslint.model.document import Document, Zone

#: Expansions of common Indonesian acronyms (facts of usage).  An English expansion is given by
#: the Indonesian word it repeats ("nomor" for PIN, personal identification number).
EXPANSIONS = {
    "NIK": "Nomor Induk Kependudukan",
    "NPWP": "Nomor Pokok Wajib Pajak",
    "NIP": "Nomor Induk Pegawai",
    "NISN": "Nomor Induk Siswa Nasional",
    "NRP": "Nomor Registrasi Pokok",
    "PIN": "nomor (personal identification number)",
    "KTP": "Kartu Tanda Penduduk",
    "KK": "Kartu Keluarga",
    "KIS": "Kartu Indonesia Sehat",
    "KIP": "Kartu Indonesia Pintar",
    "SIM": "Surat Izin Mengemudi",
    "STNK": "Surat Tanda Nomor Kendaraan",
    "SKCK": "Surat Keterangan Catatan Kepolisian",
    "RS": "Rumah Sakit",
    "RSUD": "Rumah Sakit Umum Daerah",
    "TPS": "Tempat Pemungutan Suara",
    "TPA": "Tempat Pemrosesan Akhir",
    "HUT": "Hari Ulang Tahun",
    "UU": "Undang-Undang",
    "LSM": "Lembaga Swadaya Masyarakat",
    "UMKM": "Usaha Mikro, Kecil, dan Menengah",
    "OTT": "Operasi Tangkap Tangan",
    "BBM": "Bahan Bakar Minyak",
    "SPBU": "Stasiun Pengisian Bahan Bakar Umum",
    "PLTU": "Pembangkit Listrik Tenaga Uap",
    "PLTS": "Pembangkit Listrik Tenaga Surya",
    "KRL": "Kereta Rel Listrik",
    "SD": "Sekolah Dasar",
    "SMP": "Sekolah Menengah Pertama",
    "SMA": "Sekolah Menengah Atas",
    "SMK": "Sekolah Menengah Kejuruan",
    "APBN": "Anggaran Pendapatan dan Belanja Negara",
    "APBD": "Anggaran Pendapatan dan Belanja Daerah",
    "HIV": "virus (human immunodeficiency virus)",
}
#: "Nomor Induk Kependudukan (NIK)": an expansion spelled out in the draft, then its acronym.
_LOWER_KEYS = {a.lower(): a for a in EXPANSIONS}
#: The same keys as a set: intersecting a set with a dict's keys view copies the draft's word set first.
_LOWER_KEY_SET = frozenset(_LOWER_KEYS)
_BRACKETED = compile_cached(r"\(([A-Z]{2,6})\)")
_WORDS_BEFORE = compile_cached(r"(?<![\w-])([A-Za-z]+(?:\s+[A-Za-z]+)?)\s$")
#: Words that are skipped when initials are compared (they give no letter in most acronyms).
_NO_INITIAL = frozenset({"dan", "&", "di", "ke", "dari", "untuk"})


def _initials(words: list[str]) -> str:
    letters = []
    for w in words:
        if w.lower() in _NO_INITIAL:
            continue
        letters.extend(p[:1] for p in w.split("-") if p)
    return "".join(letters).upper()


@lru_cache(maxsize=4096)
def _word_initials(word: str) -> str:
    """``_initials([word])``, once per word type: the words before a bracketed acronym repeat from draft
    to draft (Badan, Nasional, Kementerian …)."""
    return _initials([word])


def _draft_expansions(doc: Document, acronyms: set[str], bracketed: list[tuple[str, int]]) -> dict[str, str]:
    """Expansions the draft spells out before "(ACRONYM)", for the given acronyms; ``bracketed`` holds each
    "(ACRONYM)" of the draft, in order, as (acronym, offset of the bracket)."""
    found: dict[str, str] = {}
    text = doc.text
    for acro, at in bracketed:
        if acro not in acronyms or acro in found:
            continue
        tokens = text[max(0, at - 120) : at].split()[-7:]
        if not tokens:
            continue
        # the expansion is the last words before the bracket; each word's initials are read once
        initials = list(map(_word_initials, tokens))
        for k in range(len(tokens)):
            if tokens[k][:1].isupper() and "".join(initials[k:]) == acro:
                found[acro] = " ".join(tokens[k:])
                break
    return found


@rule(
    "redundancy/acronym-expansion",
    severity="warning",
    summary={
        "id": "Kata sebelum singkatan mengulang isi singkatan itu (nomor NIK, kartu KTP).",
        "en": "The word before an acronym repeats part of its expansion (nomor NIK).",
    },
    message={
        "id": "'{match}' berlebihan: {acronym} sudah berarti '{expansion}'; cukup '{acronym}'.",
        "en": "'{match}' is redundant: {acronym} already means '{expansion}'; '{acronym}' is enough.",
    },
    docs={
        "id": "Singkatan sudah memuat kata yang sering ditulis di depannya: NIK adalah Nomor Induk Kependudukan, "
        "jadi 'nomor NIK' mengulang 'nomor'; begitu pula 'kartu KTP', 'rumah sakit RSUD', 'hari HUT'. Kepanjangan "
        "diambil dari naskah itu sendiri bila naskah menuliskannya ('Nomor Induk Kependudukan (NIK)': huruf "
        "awalnya dicocokkan dengan singkatan) dan dari daftar pendek singkatan administrasi yang lazim.",
        "en": "An acronym already contains the word often written before it: NIK is Nomor Induk Kependudukan, so "
        "'nomor NIK' repeats 'nomor'. Expansions come from the draft itself when it spells one out (the initials "
        "are checked) and from a short list of common administrative acronyms.",
    },
    authority="KBBI (pleonasme); EYD V › Singkatan dan Akronim; house style",
    measured=("dev corpus 0.020/1k (3). Unseen half, adjudicated: 2/2 correct (all findings)"),
    fixable=True,
    examples=[
        bad("Warga cukup menunjukkan nomor NIK.", fixed="Warga cukup menunjukkan NIK."),
        bad("Data Kartu Akses Warga (KAW) dicetak ulang; kartu KAW lama tetap berlaku."),
        good("Warga cukup menunjukkan NIK dan KTP; pasien dirujuk ke RSUD."),
        good("Nomor Induk Kependudukan (NIK) warga dicek."),
        good("Didukung Universitas Sultan Agung dan Yayasan Badan Wakaf (DYBW), dan DYBW hadir."),
    ],
)
def acronym_expansion(doc: Document, ctx: RuleContext) -> None:
    text = doc.text
    # the listed acronyms the draft holds, from the shared word index (a set intersection), and the
    # bracketed ones the draft spells out
    expansions = {
        _LOWER_KEYS[w]: EXPANSIONS[_LOWER_KEYS[w]] for w in _LOWER_KEY_SET.intersection(word_index(doc).words)
    }
    if "(" in text:
        # a spelled-out acronym matters only if the draft uses it again
        # used again: a second occurrence after the first (what text.count(a) > 1 says, without counting to
        # the end), asked once per bracketed acronym; the draft is scanned for brackets once, for both
        bracketed = [(m.group(1), m.start()) for m in _BRACKETED.finditer(text)]
        spelled = {a for a in {a for a, _ in bracketed} if text.find(a, text.find(a) + len(a)) != -1}
        if spelled:
            expansions.update(_draft_expansions(doc, spelled, bracketed))
    if not expansions:
        return
    low = word_index(doc).low
    for acro, expansion in expansions.items():
        if _head_word(expansion) not in low:
            continue  # a finding repeats the expansion's first word right before the acronym: not in the draft
        at = text.find(acro)
        while at != -1:
            end = at + len(acro)
            if _whole_word(text, at, end):
                _report_acronym(doc, ctx, at, end, acro, expansion)
            at = text.find(acro, end)


def _whole_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return not (before.isalnum() or before in "-_" or after.isalnum() or after in "-_")


def _report_acronym(doc: Document, ctx: RuleContext, start: int, end: int, acro: str, expansion: str) -> None:
    text = doc.text
    before = text[max(0, start - 40) : start]
    head_word = _head_word(expansion)
    if head_word not in before.lower() and not before.rstrip().lower().endswith(head_word):
        return  # the common case, decided without a regex (the containment test first: it decides alone)
    wm = _WORDS_BEFORE.search(before)
    if wm is None:
        return
    head = expansion.split()
    prev = wm.group(1).split()
    for n in (2, 1):
        if len(prev) >= n and len(head) >= n and [w.lower() for w in prev[-n:]] == [w.lower() for w in head[:n]]:
            s = start - len(before) + wm.start(1) + (len(wm.group(1)) - len(" ".join(prev[-n:])))
            if doc.in_quote(s) or doc.zone_of(s) in (None, Zone.KICKER):
                return
            if text[s:start].strip()[:1].isupper() and _is_name_part(doc, s):
                return  # "Rumah Sakit RS…" inside an institution's name
            ctx.report(
                s,
                end,
                args={"acronym": acro, "expansion": expansion},
                suggestions=[acro],
                replacement=acro,
                safety="unsafe",
            )
            return


@lru_cache(maxsize=1024)
def _head_word(expansion: str) -> str:
    """The first word of an expansion, lower-cased (once per expansion)."""
    return expansion.split()[0].lower()


def _is_name_part(doc: Document, start: int) -> bool:
    """True when a capitalised word before the acronym continues a capitalised name before it."""
    before = doc.text[max(0, start - 30) : start].rstrip()
    m = re.search(r"([A-Za-z]+)$", before)
    return m is not None and m.group(1)[:1].isupper()


# ------------------------------------------------------------------ repeated phrases
#: Function words that an edit leaves doubled around one adverb ("yang ternyata yang").
_REPEATABLE = frozenset("yang di ke dari pada untuk dengan oleh akan telah sudah".split())
_ADVERBS = frozenset(
    "ternyata sudah telah juga memang masih akan pun kemudian lalu pula sempat baru justru bahkan "
    "sebenarnya rupanya konon diduga disebut".split()
)


@rule(
    "redundancy/repeated-phrase",
    severity="info",
    summary={
        "id": "Frasa tertulis dua kali (Kepala Bagian Kepala Bagian), atau kata tugas berulang (yang … yang).",
        "en": "A phrase written twice (Kepala Bagian Kepala Bagian), or a doubled function word (yang … yang).",
    },
    message={"id": "'{match}': {problem}", "en": "'{match}': {problem_en}"},
    docs={
        "id": "Sisa penyuntingan: frasa dua atau tiga kata yang tertulis dua kali berturut-turut (Kepala Bagian "
        "Kepala Bagian Humas) atau kata tugas yang terulang mengapit satu kata keterangan (rumah yang ternyata "
        "yang roboh). Satu kata yang terulang (di di) dilaporkan typo/repeated-word.",
        "en": "Editing leftovers: a phrase of two or three words written twice in a row, or a function word "
        "repeated around one adverb (yang ternyata yang). A single doubled word is typo/repeated-word's.",
    },
    authority="house style (penyuntingan); Pusat Bahasa, Tata Bahasa Baku (kalimat efektif)",
    measured=(
        "dev corpus 0.013/1k (2). Unseen half, adjudicated: 0/2: both were a crosshead run into its paragraph "
        "('… family office Family office …'); a repeat must now keep the case of each word (tune figure: 0 "
        "findings). Info until measured on real findings"
    ),
    fixable=True,
    examples=[
        bad(
            "Hal itu disampaikan Kepala Bagian Kepala Bagian Humas Polres.",
            fixed="Hal itu disampaikan Kepala Bagian Humas Polres.",
        ),
        bad("Rumah yang ternyata yang roboh itu baru dibangun."),
        good("Kepala Bagian Humas hadir; sedikit demi sedikit, hari demi hari, satu per satu warga pulang."),
        good("Rumah yang besar yang dibangun tahun lalu itu roboh."),
        # regression (adjudication): a crosshead run into the paragraph that starts with the same words
        good("Definisi family office Family office merupakan lembaga keuangan keluarga."),
    ],
)
def repeated_phrase(doc: Document, ctx: RuleContext) -> None:
    # the draft's white-space separated words, lower-cased (the shared word index's text): candidates are
    # found in C, a word equal to the one two or three places on ("a b a b", "a b c a b c", "yang x yang");
    # punctuation stays attached, so no repeat runs over a sentence end
    low = word_index(doc).low
    words = split_words(doc)
    if len(words) < 4:
        return
    two = list(compress(count(), map(eq, words, islice(words, 2, None))))
    if not two:
        return
    three = list(compress(count(), map(eq, words, islice(words, 3, None))))
    text = doc.text
    spans: list[tuple[int, int]] = []
    covered: set[int] = set()  # word indices already inside a reported repeat
    for n, cands in ((3, three), (2, two)):
        for i in cands:
            if i in covered or i + 2 * n > len(words) or words[i : i + n] != words[i + n : i + 2 * n]:
                continue
            if not spans:
                spans = _spans(doc, low)
            s, e = spans[i][0], spans[i + 2 * n - 1][1]
            if not _PLAIN_WORDS.fullmatch(text, s, e) or doc.zone_of(s) in (None, Zone.KICKER):
                continue
            halves = text[s:e].split(" ")
            if halves[:n] != halves[n:]:
                continue  # "family office Family office": a crosshead run into its paragraph, not a repeat
            if _crosses_sentence(doc, s, e):
                continue
            first = text[s : spans[i + n - 1][1]]
            covered.update(range(i, i + 2 * n))
            ctx.report(
                s,
                e,
                args={"problem": f"'{first}' tertulis dua kali.", "problem_en": f"'{first}' is written twice."},
                suggestions=[first],
                replacement=first,
                safety="unsafe",
            )
    for i in two:
        fw = words[i]
        if fw not in _REPEATABLE or words[i + 1] not in _ADVERBS:
            continue
        if not spans:
            spans = _spans(doc, low)
        s, e = spans[i][0], spans[i + 2][1]
        if not _PLAIN_WORDS.fullmatch(text, s, e) or doc.in_quote(s) or doc.zone_of(s) in (None, Zone.KICKER):
            continue
        if _crosses_sentence(doc, s, e):
            continue
        keep = text[s : spans[i + 1][1]]
        ctx.report(
            s,
            e,
            args={
                "problem": f"'{fw}' terulang; cukup '{keep}'.",
                "problem_en": f"'{fw}' is repeated; '{keep}' is enough.",
            },
            suggestions=[keep],
            replacement=keep,
            safety="unsafe",
        )


_NONSPACE = compile_cached(r"\S+")


def _spans(doc: Document, low: str) -> list[tuple[int, int]]:
    spans = doc.cache.get("split_word_spans")
    if spans is None:
        spans = doc.cache["split_word_spans"] = [m.span() for m in _NONSPACE.finditer(low)]
    return spans


#: Words of letters separated by single spaces: no punctuation, digits or line breaks inside a repeat.
_PLAIN_WORDS = compile_cached(r"[^\W\d_]+(?: [^\W\d_]+)*")


def _crosses_sentence(doc: Document, start: int, end: int) -> bool:
    sent = doc.sentence_at(start)
    return sent is None or end > sent.end

"""Redundancy that needs analysis (issue 14, class 5).

* ``redundancy/acronym-expansion``: the word before an acronym repeats the first word of its
  expansion ("nomor NIK": NIK is Nomor Induk Kependudukan).  The expansion comes from the draft
  itself when it spells the acronym out ("Nomor Induk Kependudukan (NIK)": the initials are
  checked against the acronym) and otherwise from a short list of common administrative acronyms.
* ``redundancy/repeated-phrase``: a phrase of two to four words written twice in a row
  ("Kepala Bagian Kepala Bagian Humas"), or a function word repeated around one adverb
  ("rumah yang ternyata yang roboh"): leftovers of editing.  A single repeated word is
  typo/repeated-word's.
"""

from __future__ import annotations

import re

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
_ACRONYM = compile_cached(r"(?<![\w-])[A-Z]{2,6}(?![\w-])")
#: "Nomor Induk Kependudukan (NIK)": an expansion spelled out in the draft, then its acronym.
_SPELLED = compile_cached(r"((?:[A-Z][\w-]*\s+(?:dan\s+|&\s+)?){1,6})\(([A-Z]{2,6})\)")
#: Words that are skipped when initials are compared (they give no letter in most acronyms).
_NO_INITIAL = frozenset({"dan", "&", "di", "ke", "dari", "untuk"})


def _initials(words: list[str]) -> str:
    letters = []
    for w in words:
        if w.lower() in _NO_INITIAL:
            continue
        letters.extend(p[:1] for p in w.split("-") if p)
    return "".join(letters).upper()


def _draft_expansions(doc: Document) -> dict[str, str]:
    found: dict[str, str] = {}
    if "(" not in doc.text:
        return found
    for m in _SPELLED.finditer(doc.text):
        words, acro = m.group(1).split(), m.group(2)
        for k in range(len(words)):  # the expansion is the last words before the bracket
            tail = words[k:]
            if tail[0][:1].isupper() and _initials(tail) == acro:
                found[acro] = " ".join(tail)
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
    measured="provisional: tune half read by the author; adjudication pending",
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
    expansions: dict[str, str] | None = None
    for m in _ACRONYM.finditer(text):
        acro = m.group()
        start = m.start()
        # the word (or two) right before the acronym
        before = text[max(0, start - 40) : start]
        wm = re.search(r"(?<![\w-])([A-Za-z]+(?:\s+[A-Za-z]+)?)\s$", before)
        if wm is None:
            continue
        if expansions is None:
            expansions = _draft_expansions(doc)
        expansion = expansions.get(acro) or EXPANSIONS.get(acro)
        if expansion is None:
            continue
        head = expansion.split()
        prev = wm.group(1).split()
        for n in (2, 1):
            if len(prev) >= n and len(head) >= n and [w.lower() for w in prev[-n:]] == [w.lower() for w in head[:n]]:
                s = start - len(before) + wm.start(1) + (len(wm.group(1)) - len(" ".join(prev[-n:])))
                if doc.in_quote(s) or doc.zone_of(s) in (None, Zone.KICKER):
                    break
                if text[s:start].strip()[:1].isupper() and _is_name_part(doc, s):
                    break  # "Rumah Sakit RS…" inside an institution's name
                ctx.report(
                    s,
                    m.end(),
                    args={"acronym": acro, "expansion": expansion},
                    suggestions=[acro],
                    replacement=acro,
                    safety="unsafe",
                )
                break


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


#: Two to four words, then the same words again (case-insensitive): one scan of the text.
_PHRASE_TWICE = compile_cached(r"(?<![\w-])((?:[^\W\d_]+ ){1,3}[^\W\d_]+) \1(?![\w-])", re.IGNORECASE)
_FUNCTION_TWICE = compile_cached(
    r"(?<![\w-])(" + "|".join(sorted(_REPEATABLE)) + r") ([^\W\d_]+) \1(?![\w-])", re.IGNORECASE
)


@rule(
    "redundancy/repeated-phrase",
    severity="warning",
    summary={
        "id": "Frasa tertulis dua kali (Kepala Bagian Kepala Bagian), atau kata tugas berulang (yang … yang).",
        "en": "A phrase written twice (Kepala Bagian Kepala Bagian), or a doubled function word (yang … yang).",
    },
    message={"id": "'{match}': {problem}", "en": "'{match}': {problem_en}"},
    docs={
        "id": "Sisa penyuntingan: frasa dua sampai empat kata yang tertulis dua kali berturut-turut (Kepala Bagian "
        "Kepala Bagian Humas) atau kata tugas yang terulang mengapit satu kata keterangan (rumah yang ternyata "
        "yang roboh). Satu kata yang terulang (di di) dilaporkan typo/repeated-word.",
        "en": "Editing leftovers: a phrase of two to four words written twice in a row, or a function word "
        "repeated around one adverb (yang ternyata yang). A single doubled word is typo/repeated-word's.",
    },
    authority="house style (penyuntingan); Pusat Bahasa, Tata Bahasa Baku (kalimat efektif)",
    measured="provisional: tune half read by the author; adjudication pending",
    fixable=True,
    examples=[
        bad(
            "Hal itu disampaikan Kepala Bagian Kepala Bagian Humas Polres.",
            fixed="Hal itu disampaikan Kepala Bagian Humas Polres.",
        ),
        bad("Rumah yang ternyata yang roboh itu baru dibangun."),
        good("Kepala Bagian Humas hadir; sedikit demi sedikit, hari demi hari, satu per satu warga pulang."),
        good("Rumah yang besar yang dibangun tahun lalu itu roboh."),
    ],
)
def repeated_phrase(doc: Document, ctx: RuleContext) -> None:
    text = doc.text
    for m in _PHRASE_TWICE.finditer(text):
        s, e = m.span()
        if doc.zone_of(s) in (None, Zone.KICKER) or _crosses_sentence(doc, s, e):
            continue
        first = m.group(1)
        ctx.report(
            s,
            e,
            args={"problem": f"'{first}' tertulis dua kali.", "problem_en": f"'{first}' is written twice."},
            suggestions=[first],
            replacement=first,
            safety="unsafe",
        )
    for m in _FUNCTION_TWICE.finditer(text):
        s, e = m.span()
        if m.group(2).lower() not in _ADVERBS or doc.in_quote(s) or doc.zone_of(s) in (None, Zone.KICKER):
            continue
        if _crosses_sentence(doc, s, e):
            continue
        keep = f"{m.group(1)} {m.group(2)}"
        low = m.group(1).lower()
        ctx.report(
            s,
            e,
            args={
                "problem": f"'{low}' terulang; cukup '{keep}'.",
                "problem_en": f"'{low}' is repeated; '{keep}' is enough.",
            },
            suggestions=[keep],
            replacement=keep,
            safety="unsafe",
        )


def _crosses_sentence(doc: Document, start: int, end: int) -> bool:
    sent = doc.sentence_at(start)
    return sent is None or end > sent.end

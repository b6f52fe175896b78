"""``caps/title-before-name`` and ``caps/title-generic``: titles are capitalised
before a name (Presiden Joko Widodo) and lower case when generic (para menteri)."""

from __future__ import annotations

import re

from newslint.checks._helpers import TriggeredPattern, touches_protected
from newslint.engine.rule import RuleContext, bad, good, rule
from newslint.lazyre import compile_cached
from newslint.model.document import Document, Zone

# Offices whose title is capitalised before a name or an institution.  Left out on
# purpose: kepala (also "head"), jaksa/hakim (generic "a KPK prosecutor"), paus (whale).
_TITLES = (
    "wakil presiden",
    "presiden",
    "wakil menteri",
    "menteri",
    "perdana menteri",
    "wakil gubernur",
    "gubernur",
    "wakil bupati",
    "bupati",
    "wakil wali kota",
    "wali kota",
    "camat",
    "lurah",
    "kapolri",
    "kapolda",
    "kapolres",
    "kapolresta",
    "kapolsek",
    "panglima",
    "jaksa agung",
    "sekretaris jenderal",
    "duta besar",
    "direktur utama",
    "raja",
    "ratu",
    "sultan",
)
_ALT = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(_TITLES, key=len, reverse=True))
# lower-case title, then a capitalised word (a name or an institution); not RT/RW heads
_BEFORE_NAME = compile_cached(rf"(?<![\w-])(?P<t>{_ALT})(?=\s+(?!RT\b|RW\b)[A-Z])")
_GENERIC_LEAD = r"(?:para|seorang|sejumlah|beberapa|setiap|tiap|sang|banyak)"
# the title in any case, but the name test after it is case-sensitive
_GENERIC = compile_cached(rf"(?<![\w-])(?i:{_GENERIC_LEAD})\s+(?P<t>(?i:{_ALT}))(?![\w-])(?!\s+[A-Z])")
# tried only where a title (a generic marker) starts (see newslint.engine.prefilter)
_BEFORE_NAME_AT = TriggeredPattern(_BEFORE_NAME)
_GENERIC_AT = TriggeredPattern(_GENERIC)
_SKIP = frozenset({Zone.HEADLINE, Zone.KICKER, Zone.HEADING})
# A plural or generic reference before a title: a marker ("para menteri Kabinet ...", "dua
# menteri Jepang", "seluruh mantan gubernur DKI"), or a title coordinated with a marked one
# ("para menteri dan wakil menteri Kabinet ..."). Compiled once, not per match.
_COUNT = (
    r"(?:semua|seluruh|segenap|kedua|ketiga|keempat|kelima|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|\d+)"
)
_MODIFIER = r"(?:(?:mantan|eks|bekas|calon|wakil)\s+)*"
_GENERIC_BEFORE = compile_cached(
    rf"(?<![\w-])(?i:(?:{_GENERIC_LEAD}|{_COUNT})\s+{_MODIFIER}"
    rf"(?:(?:{_ALT})(?:\s*,\s*{_MODIFIER}(?:{_ALT}))*\s*,?\s+(?:dan|atau|serta|maupun)\s+{_MODIFIER})?)$"
)


def _title_case(s: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in s.split(" "))


@rule(
    "caps/title-before-name",
    severity="warning",
    summary={
        "id": "Jabatan di depan nama orang atau instansi diawali huruf kapital.",
        "en": "A title before a name or an institution is capitalised.",
    },
    message={
        "id": "Jabatan di depan nama ditulis kapital: '{suggestion}'.",
        "en": "Capitalise the title: '{suggestion}'.",
    },
    docs={
        "id": "EYD V: nama jabatan dan pangkat yang diikuti nama orang, nama instansi atau nama tempat ditulis dengan "
        "huruf kapital (Presiden Joko Widodo, Gubernur Jawa Barat, Menteri Keuangan). Judul berita tidak diperiksa "
        "(huruf kapital di semua kata).",
        "en": "EYD V capitalises a title followed by a person's, institution's or place's name. Headlines are skipped.",
    },
    authority="EYD V › Pemakaian Huruf › Huruf Kapital (nama jabatan dan pangkat)",
    measured="dev corpus: 6 findings, 0.039/1k; adjudicated 6/6 correct (plural, counted and coordinated generic "
    "titles skipped since: unchanged on the corpus)",
    fixable=True,
    examples=[
        bad("Ia bertemu presiden Joko Widodo kemarin.", fixed="Ia bertemu Presiden Joko Widodo kemarin."),
        bad("Laporan itu dikirim kepada wali kota Bandung.", fixed="Laporan itu dikirim kepada Wali Kota Bandung."),
        good("Para gubernur diundang ke Istana. Presiden Joko Widodo hadir."),
        good("Ia melapor kepada ketua RT setempat."),
        # plural and generic titles stay lower case, even before a name of a country or cabinet
        good("Para menteri dan wakil menteri Kabinet Merah Putih hadir di Istana."),
        good("Dua menteri Jepang dan seluruh mantan gubernur DKI diundang."),
        good("Sejumlah gubernur, bupati, dan wali kota Jawa Barat hadir."),
        bad("Rapat itu dihadiri mantan presiden Susilo Bambang Yudhoyono.", count=1),
    ],
)
def title_before_name(doc: Document, ctx: RuleContext) -> None:
    for m in _BEFORE_NAME_AT.finditer(doc):
        s, e = m.span("t")
        if touches_protected(doc, s, e) or doc.zone_of(s) in _SKIP:
            continue
        if _GENERIC_BEFORE.search(doc.text[max(0, s - 80) : s]):
            continue  # "para menteri Kabinet ...", "dua menteri Jepang" stay generic
        fixed = _title_case(m.group("t"))
        ctx.report(s, e, args={"suggestion": fixed}, suggestions=[fixed], replacement=fixed, safety="safe")


@rule(
    "caps/title-generic",
    severity="warning",
    summary={
        "id": "Jabatan yang dipakai secara umum (tanpa nama) ditulis huruf kecil.",
        "en": "A title used generically (no name) is lower case.",
    },
    message={
        "id": "'{match}' di sini umum, bukan nama jabatan seseorang: tulis huruf kecil ('{suggestion}').",
        "en": "'{match}' is generic here, not one person's title: lower case ('{suggestion}').",
    },
    docs={
        "id": "Nama jabatan yang tidak merujuk orang tertentu ditulis dengan huruf kecil: para gubernur, seorang menteri, "
        "sejumlah bupati, sang presiden. Diperiksa hanya setelah kata penanda umum (para, seorang, sejumlah, beberapa, "
        "setiap, tiap, sang, banyak) dan bila tidak diikuti nama.",
        "en": "A title that names no particular person is lower case (para gubernur, seorang menteri). Only checked "
        "after a generic marker and when no name follows.",
    },
    authority="EYD V › Pemakaian Huruf › Huruf Kapital (jabatan yang tidak merujuk orang tertentu)",
    measured="dev corpus: 2 findings, 0.013/1k; 2/2 correct after excluding capitalised name markers (Lembah Para Raja)",
    fixable=True,
    examples=[
        bad("Para Gubernur diminta hadir.", fixed="Para gubernur diminta hadir."),
        bad("Ia bercita-cita menjadi seorang Menteri.", fixed="Ia bercita-cita menjadi seorang menteri."),
        good("Para menteri Kabinet Merah Putih hadir. Para gubernur juga."),
        good("Sejumlah Menteri Kabinet Merah Putih hadir."),
        good("Makam itu ada di Lembah Para Raja, Luxor."),
    ],
)
def title_generic(doc: Document, ctx: RuleContext) -> None:
    for m in _GENERIC_AT.finditer(doc):
        s, e = m.span("t")
        word = m.group("t")
        if word.islower() or word.isupper() or touches_protected(doc, s, e) or doc.zone_of(s) in _SKIP:
            continue
        lead = m.start()
        before = doc.text[max(0, lead - 40) : lead].rstrip()[-1:] or ("\n" if lead > 0 else "")
        if doc.text[lead].isupper() and before and before not in '.!?"“”\n':
            continue  # "Lembah Para Raja": a capitalised marker mid-sentence belongs to a name
        fixed = word.lower()
        ctx.report(s, e, args={"suggestion": fixed}, suggestions=[fixed], replacement=fixed, safety="safe")

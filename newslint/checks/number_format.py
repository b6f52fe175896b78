"""``number/decimal-thousands``: Indonesian separators — thousands dot, decimal comma."""

from __future__ import annotations

from newslint.checks._helpers import anchored_finditer, number_starts, touches_protected
from newslint.engine.rule import RuleContext, bad, good, rule
from newslint.lazyre import compile_cached
from newslint.model.document import Document

_UNITS = (
    r"(?:ribu|juta|miliar|triliun|persen|kilometer|km|meter|kilogram|kg|ton|hektare|ha|liter|derajat|kali\s+lipat)\b"
)
# 1,000,000 — two or more comma groups cannot be an Indonesian decimal
_EN_THOUSANDS = compile_cached(r"(?<![\w.,/:-])\d{1,3}(?:,\d{3}){2,}(?![\w,.]?\d)")
# 3.5 juta / 12.25 persen / 4.5% — a dot with one or two digits before a magnitude or unit
# also after a currency symbol (Rp2.7 miliar) and before a degree sign (1.5°C)
_EN_DECIMAL = compile_cached(
    rf"(?:(?<![\w.,/:-])|(?<=Rp)|(?<=US\$))(?P<n>\d{{1,3}}\.\d{{1,2}})(?![\d.,]\d)(?=\s*%|\s*°|\s+{_UNITS})"
)
# magnitudo 4.8 / skala 5.2: a quake's magnitude is a decimal whatever follows
_MAGNITUDE = compile_cached(r"(?:(?<=[Mm]agnitudo )|(?<=[Ss]kala )|(?<=[Kk]ekuatan ))(?P<n>\d{1,2}\.\d)(?![\d.,]?\d)")


@rule(
    "number/decimal-thousands",
    severity="warning",
    summary={
        "id": "Pemisah ribuan titik, desimal koma (1.200 warga; 3,5 juta).",
        "en": "Thousands dot, decimal comma (1.200 warga; 3,5 juta).",
    },
    message={"id": "{problem}: '{suggestion}'.", "en": "{problem_en}: '{suggestion}'."},
    docs={
        "id": "EYD V: titik memisahkan ribuan (13.000 pulau) dan koma memisahkan desimal (12,5 m). Format Inggris "
        "(1,000,000; 3.5 juta) dilaporkan hanya bila tak mungkin dibaca lain: dua kelompok koma atau lebih, atau "
        "titik dengan satu-dua angka sebelum satuan (juta, persen, km, ...). Jam (10.30), versi (14.1), tahun dan "
        "nomor tidak disentuh.",
        "en": "EYD V: dot for thousands, comma for decimals. English formats are reported only when unambiguous: "
        "two or more comma groups, or a dot with one or two digits before a unit.",
    },
    authority="EYD V › Tanda Titik (pemisah ribuan); EYD V › Tanda Koma (desimal)",
    measured="dev corpus: 1 finding, 0.007/1k; 1/1 correct",
    fixable=True,
    examples=[
        bad("Sebanyak 1,200,000 warga mengungsi.", fixed="Sebanyak 1.200.000 warga mengungsi."),
        bad("Inflasi naik 3.5 persen.", fixed="Inflasi naik 3,5 persen."),
        bad("Dana 4.25 miliar dicairkan, naik 2.5%.", count=2),
        bad("Kerugian ditaksir Rp2.7 miliar; suhu naik 1.5°C.", count=2),
        bad("Gempa bermagnitudo 4.8 mengguncang Lombok.", fixed="Gempa bermagnitudo 4,8 mengguncang Lombok."),
        good("Sebanyak 1.200 warga mengungsi pukul 10.30 WIB; Android 14.1 dan 3,5 persen."),
        good("Harga Rp2.700 per kilogram; gempa magnitudo 4,8 dan alamat 10.0.0.1."),
    ],
)
def decimal_thousands(doc: Document, ctx: RuleContext) -> None:
    text = doc.text
    # both patterns start with a digit no word character precedes, and their first digit run ends at a
    # comma (a dot) followed by a digit: only the starts of such runs are tried
    for m in anchored_finditer(_EN_THOUSANDS, text, number_starts(doc, ",")):
        s, e = m.span()
        if touches_protected(doc, s, e):
            continue
        fixed = m.group().replace(",", ".")
        ctx.report(
            s,
            e,
            args={
                "problem": "Pemisah ribuan adalah titik",
                "problem_en": "The thousands separator is a dot",
                "suggestion": fixed,
            },
            suggestions=[fixed],
            replacement=fixed,
            safety="safe",
        )
    starts = number_starts(doc, ".")
    matches = list(anchored_finditer(_EN_DECIMAL, text, starts))
    if "agnitudo" in text or "kala " in text or "ekuatan " in text:
        seen = {m.start("n") for m in matches}
        matches += [m for m in anchored_finditer(_MAGNITUDE, text, starts) if m.start("n") not in seen]
        matches.sort(key=lambda m: m.start("n"))
    for m in matches:
        s, e = m.span("n")
        if touches_protected(doc, s, e) or text[max(0, s - 6) : s].lower().rstrip().endswith("pukul"):
            continue
        fixed = m.group("n").replace(".", ",")
        ctx.report(
            s,
            e,
            args={
                "problem": "Pemisah desimal adalah koma",
                "problem_en": "The decimal separator is a comma",
                "suggestion": fixed,
            },
            suggestions=[fixed],
            replacement=fixed,
            safety="safe",
        )

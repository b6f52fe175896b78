"""Clock times: ``time/clock-word`` (pukul, not jam, for a point in time) and
``time/separator`` (10.00 or 10:00, the house switch ``time_separator``)."""

from __future__ import annotations

from newslint.checks._helpers import TriggeredPattern, anchored_finditer, number_starts, touches_protected
from newslint.engine.rule import RuleContext, bad, good, rule
from newslint.lazyre import compile_cached
from newslint.model.document import Document, Zone

_ZONE = r"(?:WIB|WITA|Wita|WIT)\b"
# "jam 10", "jam 09.00", "Jam 7 pagi" — not after a number ("2 jam 30 menit" is a duration)
_JAM = compile_cached(
    r"(?<![\w-])(?<!\d\s)(?P<w>[Jj]am)\s+(?P<t>\d{1,2}(?:[.:][0-5]\d)?)(?![\d,]|\.\d|\s*(?:jam|menit|detik|hari)\b)"
)
# a clock time: after "pukul" or before a zone
_CLOCK = compile_cached(
    rf"(?:(?<=[Pp]ukul\s)(?P<a>(?:[01]?\d|2[0-4])(?P<sa>[.:])[0-5]\d(?:(?P=sa)[0-5]\d)?)(?![\d.:]?\d)"
    rf"|(?<![\w.:,/])(?P<b>(?:[01]?\d|2[0-4])(?P<sb>[.:])[0-5]\d)(?=\s*{_ZONE}))"
)
_SKIP = frozenset({Zone.KICKER})
# tried only where the word 'jam' stands (see newslint.engine.prefilter)
_JAM_AT = TriggeredPattern(_JAM)


@rule(
    "time/clock-word",
    severity="warning",
    summary={
        "id": "Waktu (titik waktu) ditulis dengan 'pukul', bukan 'jam'.",
        "en": "A point in time takes 'pukul', not 'jam'.",
    },
    message={
        "id": "'{match}': untuk menyatakan waktu pakai 'pukul' ('jam' untuk jangka waktu), mis. 'pukul {time}'.",
        "en": "'{match}': a point in time takes 'pukul' ('jam' is a duration), e.g. 'pukul {time}'.",
    },
    docs={
        "id": "'Pukul' menyatakan waktu (pukul 10.00 WIB); 'jam' menyatakan jangka waktu (dua jam). 'Jam 10 pagi' "
        "ditulis 'pukul 10.00'. Kutipan langsung tidak diperiksa. Perbaikan otomatis hanya mengganti 'jam' dengan "
        "'pukul' (unsafe); format jamnya perlu dilihat manusia.",
        "en": "'pukul' is a point in time, 'jam' a duration. Quotations are not checked; the fix swaps the word only.",
    },
    authority="KBBI (pukul: saat; jam: masa 60 menit); EYD V › Tanda Titik (pukul 10.00)",
    measured="dev corpus: 0 findings; precision from examples only",
    fixable=True,
    examples=[
        bad("Sidang dimulai jam 09.00 WIB.", fixed="Sidang dimulai pukul 09.00 WIB."),
        bad("Jam 10 pagi warga sudah berkumpul.", fixed="Pukul 10 pagi warga sudah berkumpul."),
        good("Perjalanan memakan waktu 2 jam 30 menit, layanan buka 24 jam."),
        good('"Jam 10 kita berangkat," kata Rudi.'),
    ],
)
def clock_word(doc: Document, ctx: RuleContext) -> None:
    for m in _JAM_AT.finditer(doc):
        s, e = m.span()
        if touches_protected(doc, s, e) or doc.in_quote(s, e) or doc.zone_of(s) in _SKIP:
            continue
        word = m.group("w")
        repl = "Pukul" if word[0] == "J" else "pukul"
        t = m.group("t")
        shown = t if ("." in t or ":" in t) else f"{int(t):02d}.00"
        ws, we = m.span("w")
        ctx.report(
            s,
            e,
            args={"time": shown},
            suggestions=[f"{repl} {shown}"],
            replacement=repl,
            fix_span=(ws, we),
            safety="unsafe",
        )


@rule(
    "time/separator",
    severity="warning",
    summary={
        "id": "Pemisah jam dan menit mengikuti gaya rumah (bawaan: titik, pukul 10.00).",
        "en": "Hour/minute separator follows house style (default: a dot, pukul 10.00).",
    },
    message={
        "id": "Jam ditulis dengan '{sep}' menurut gaya rumah: '{suggestion}'.",
        "en": "House style writes the time with '{sep}': '{suggestion}'.",
    },
    docs={
        "id": "EYD V memakai titik untuk memisahkan jam, menit dan detik (pukul 01.35.20) dan juga mengizinkan titik dua. "
        "Gaya rumah memilih satu lewat `house.time_separator` ('.' bawaan, atau ':'). Hanya waktu setelah 'pukul' "
        "atau sebelum zona waktu (WIB, WITA, WIT) yang diperiksa, jadi skor (2:1) dan rasio aman.",
        "en": "EYD V separates hours and minutes with a dot and also permits a colon; house style picks one with "
        "`house.time_separator`. Only times after 'pukul' or before a time zone are checked.",
    },
    authority="EYD V › Tanda Titik (7) dan Tanda Titik Dua; house style (time_separator)",
    options={"time_separator": "."},
    measured="dev corpus: 1 finding, 0.007/1k; 1/1 correct",
    fixable=True,
    examples=[
        bad("Rapat dimulai pukul 10:00 WIB.", fixed="Rapat dimulai pukul 10.00 WIB."),
        bad("Rapat dimulai pukul 10.00 WIB.", time_separator=":", fixed="Rapat dimulai pukul 10:00 WIB."),
        good("Rapat dimulai pukul 10.00 WIB; skor akhir 2:1."),
        good("Rapat dimulai pukul 10:00 WIB.", time_separator=":"),
    ],
)
def separator(doc: Document, ctx: RuleContext) -> None:
    sep = str(ctx.options.get("time_separator", "."))
    if sep not in (".", ":"):
        return
    other = ":" if sep == "." else "."
    if other not in doc.text:
        return  # only a time written with the other separator is reported
    # both alternatives start with a digit after a space or a non-word character (a digit run's start)
    # and the run, the hour, ends at the separator before the minutes
    for m in anchored_finditer(_CLOCK, doc.text, number_starts(doc, ".:")):
        g = "a" if m.group("a") else "b"
        if m.group("s" + g) != other:
            continue
        s, e = m.span(g)
        if touches_protected(doc, s, e) or doc.zone_of(s) in _SKIP:
            continue
        fixed = m.group(g).replace(other, sep)
        ctx.report(s, e, args={"sep": sep, "suggestion": fixed}, suggestions=[fixed], replacement=fixed, safety="safe")

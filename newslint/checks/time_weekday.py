"""``time/weekday-date``: the weekday written next to a date must be that date's weekday."""

from __future__ import annotations

import datetime as dt
import re

from newslint.engine.prefilter import planned_finditer
from newslint.engine.rule import RuleContext, bad, good, rule
from newslint.engine.yaml_rules import touches_protected
from newslint.lazyre import compile_cached
from newslint.model.document import Document

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")  # datetime.weekday() order
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = (
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
)
_DAY_INDEX = {d.lower(): i for i, d in enumerate(DAYS)} | {"jum'at": 4, "jum’at": 4, "ahad": 6}
_MONTH_INDEX = {m.lower(): i + 1 for i, m in enumerate(MONTHS)} | {"pebruari": 2, "nopember": 11}
_DAY = r"(?P<day>Senin|Selasa|Rabu|Kamis|Jumat|Jum['’]at|Sabtu|Minggu|Ahad)"
_DATE = compile_cached(
    rf"(?<![\w-]){_DAY}\s*,?\s*(?:"
    # Selasa (22/7/2025) — the common news format
    r"\(\s*(?P<d1>\d{1,2})/(?P<m1>\d{1,2})/(?P<y1>\d{4}|\d{2})\s*\)"
    # Selasa, 22 Juli 2025
    rf"|(?:tanggal\s+)?(?P<d2>\d{{1,2}})\s+(?P<m2>{'|'.join(MONTHS)}|Pebruari|Nopember)\s+(?P<y2>\d{{4}})(?!\d)"
    r")",
    re.IGNORECASE,
)
_DAY_RUNS = ("senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu", "ahad")
#: Trigger words (newslint.engine.prefilter) of _DATE, which its parse tree does not show: a match
#: starts where one of these letter runs starts: a day name, "jum" of "Jum'at", or a day name with
#: "tanggal" run on (no space is required before it).  Day names are found in the draft's word
#: index, and their offsets are shared with caps/day-month-holiday: no scan of the draft.
_DATE_PLAN = (frozenset(_DAY_RUNS + ("jum",) + tuple(d + "tanggal" for d in _DAY_RUNS)), True)


@rule(
    "time/weekday-date",
    severity="error",
    summary={
        "id": "Nama hari tidak cocok dengan tanggalnya, atau tanggalnya tidak ada.",
        "en": "The weekday does not match the date, or the date does not exist.",
    },
    message={"id": "{problem}", "en": "{problem_en}"},
    docs={
        "id": "Berita menulis hari dan tanggal bersama, mis. 'Selasa (22/7/2025)' atau 'Selasa, 22 Juli 2025'. "
        "Bila 22 Juli 2025 bukan hari Selasa, salah satunya keliru — kesalahan fakta (KEJ Pasal 1: akurat). "
        "Tanggal yang tidak ada (31/11) juga dilaporkan. Tidak ada perbaikan otomatis: hanya penulis yang tahu "
        "mana yang benar, harinya atau tanggalnya.",
        "en": "A weekday written with a date must be that date's weekday; impossible dates (31/11) are reported. "
        "No automatic fix: only the writer knows which of the two is wrong.",
    },
    authority="KEJ Pasal 1 (akurat); newsroom date format 'Hari (d/m/yyyy)'",
    measured="dev corpus: 13 findings, 0.085/1k; 13/13 real weekday/date mismatches (computed)",
    examples=[
        bad("Sidang digelar Rabu (22/7/2025) di Jakarta.", count=1),
        bad("Ia ditangkap Senin, 31 Juli 2014."),
        bad("Rapat digelar Jumat (31/11/2025)."),
        good("Sidang digelar Selasa (22/7/2025) di Jakarta."),
        good("Ia ditangkap Kamis, 31 Juli 2014, dan diperiksa Jumat (1/8/14)."),
    ],
)
def weekday_date(doc: Document, ctx: RuleContext) -> None:
    text = doc.text
    if not text:
        return
    for m in planned_finditer(_DATE, _DATE_PLAN, doc):
        s, e = m.span()
        if touches_protected(doc, s, e):
            continue
        day_word = m.group("day")
        if m.group("d1"):
            d, mo, y = int(m.group("d1")), int(m.group("m1")), m.group("y1")
        else:
            d, mo, y = int(m.group("d2")), _MONTH_INDEX[m.group("m2").lower()], m.group("y2")
        year = int(y) + 2000 if len(y) == 2 else int(y)
        try:
            date = dt.date(year, mo, d)
        except ValueError:
            ctx.report(
                s,
                e,
                args={
                    "problem": f"Tanggal {d}/{mo}/{year} tidak ada.",
                    "problem_en": f"The date {d}/{mo}/{year} does not exist.",
                },
            )
            continue
        wd = date.weekday()
        if _DAY_INDEX[day_word.lower().replace("’", "'")] == wd:
            continue
        when = f"{d} {MONTHS[mo - 1]} {year}"
        ctx.report(
            s,
            e,
            args={
                "problem": f"{when} jatuh pada hari {DAYS[wd]}, bukan {day_word}.",
                "problem_en": f"{when} was a {DAYS_EN[wd]}, not {day_word}.",
            },
            suggestions=[DAYS[wd]],
        )

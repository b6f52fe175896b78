"""The colorized terminal report (rich): each finding in its context, then a summary."""

from __future__ import annotations

from collections import Counter
from typing import IO

from rich.console import Console
from rich.table import Table
from rich.text import Text

from newslint.engine.finding import Finding, Severity
from newslint.i18n import count
from newslint.reporters import FileResult, Report, ReportOptions, sanitize

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
LABEL = {
    "id": {Severity.ERROR: "galat", Severity.WARNING: "peringatan", Severity.INFO: "info"},
    "en": {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "info"},
}
WORDS = {
    "id": {
        "suggest": "saran",
        "fix": "bisa diperbaiki otomatis",
        "clean": "Tidak ada temuan.",
        "summary": "Ringkasan",
        "family": "Keluarga",
        "total": "Jumlah",
        "files": "berkas",
        "findings": "temuan",
        "words": "kata",
        "fixed": "perbaikan diterapkan",
        "left": "temuan tersisa untuk diperiksa manusia",
    },
    "en": {
        "suggest": "suggestion",
        "fix": "auto-fixable",
        "clean": "No findings.",
        "summary": "Summary",
        "family": "Family",
        "total": "Total",
        "files": "files",
        "findings": "findings",
        "words": "words",
        "fixed": "fixes applied",
        "left": "findings left for a human",
    },
}
SAFETY = {
    "id": {"safe": "aman", "unsafe": "tidak aman"},
    "en": {"safe": "safe", "unsafe": "unsafe"},
}
CONTEXT = 60  # characters of context either side of a finding


def _context(r: FileResult, f: Finding) -> Text | None:
    doc = r.doc
    if doc is None:
        return None
    line = doc.source_line(f.line)
    if not line.strip():
        return None
    s = f.column - 1
    e = len(line) if f.end_line > f.line else max(f.end_column - 1, s + 1)
    e = min(e, len(line))
    lo = max(0, s - CONTEXT)
    hi = min(len(line), e + CONTEXT)
    # break at word boundaries so the excerpt reads as a phrase
    if lo > 0:
        sp = line.find(" ", lo)
        lo = sp + 1 if 0 <= sp < s else lo
    if hi < len(line):
        sp = line.rfind(" ", e, hi)
        hi = sp if sp > e else hi
    t = Text()
    t.append("…" if lo > 0 else "")
    t.append(sanitize(line[lo:s]))
    t.append(sanitize(line[s:e]) or "␣", style=f"reverse {STYLE[f.severity]}")
    t.append(sanitize(line[e:hi]))
    t.append("…" if hi < len(line) else "")
    return t


def _show(suggestion: str) -> str:
    """A suggestion as the editor should type it; white space made visible."""
    return f"'{suggestion}'" if not suggestion.strip() or suggestion != suggestion.strip() else suggestion


def print_hanging(console: Console, margin: Text, body: Text, cont: str | None = None) -> None:
    """``margin`` then ``body``, wrapped on word boundaries to the console's width;
    wrapped lines are indented under the body (with ``cont`` as their margin).
    Only a word longer than the whole line is ever split."""
    indent = margin.cell_len
    room = max(20, console.width - indent)
    lines = body.wrap(console, room, overflow="fold")
    follow = Text(cont if cont is not None else " " * indent, style=margin.style or "dim")
    for i, line in enumerate(lines):
        line.rstrip()
        console.print(Text.assemble(margin if i == 0 else follow, line), soft_wrap=True, crop=False)


def render(report: Report, stream: IO[str], options: ReportOptions) -> None:
    console = Console(
        file=stream,
        highlight=False,
        width=options.width,
        force_terminal=options.color if options.color else None,
        no_color=options.color is False or None,
    )
    words = WORDS.get(options.lang, WORDS["id"])
    labels = LABEL.get(options.lang, LABEL["id"])
    safety = SAFETY.get(options.lang, SAFETY["id"])
    for r in report.files:
        if r.error or not r.findings:
            continue
        console.print(Text(sanitize(r.path), style="bold underline"), overflow="fold")
        for f in r.findings:
            head = Text()
            head.append(labels[f.severity].ljust(11), style=STYLE[f.severity])
            head.append(f.rule, style="magenta")
            head.append("  ")
            head.append(sanitize(f.message))
            print_hanging(console, Text(f"  {f.line}:{f.column}".ljust(10)), head)
            ctx = _context(r, f)
            if ctx is not None:
                print_hanging(console, Text("    │ ", style="dim"), ctx, "    │ ")
            if f.suggestions:
                s = Text(f"{words['suggest']}: ", style="dim")
                s.append(sanitize(", ".join(_show(x) for x in f.suggestions[:3])), style="green")
                if f.fix is not None:
                    s.append(f"  ({words['fix']}, {safety[f.fix.safety.value]})", style="dim")
                print_hanging(console, Text("    → ", style="dim"), s)
        console.print()
    _summary(console, report, words, labels, options.lang)


def _summary(console: Console, report: Report, words: dict[str, str], labels: dict[Severity, str], lang: str) -> None:
    from newslint.i18n import number

    findings = report.all_findings()
    summ = report.summary()
    n = lambda value: number(value, lang)  # noqa: E731
    fixed = f", {n(summ['fixed'])} {words['fixed']}" if summ["fixed"] else ""
    files = count(summ["files"], lang, words["files"], "file")
    if not findings:
        console.print(
            Text(f"✓ {words['clean']} ", style="green").append(
                f"({files}, {n(summ['words'])} {words['words']}{fixed})", style="dim"
            )
        )
        return
    table = Table(title=words["summary"], title_justify="left", show_edge=False)
    table.add_column(words["family"], no_wrap=True)
    for s in Severity:
        table.add_column(labels[s], justify="right", style=STYLE[s], no_wrap=True)
    table.add_column(words["total"], justify="right", no_wrap=True)
    by_family: dict[str, Counter] = {}
    for f in findings:
        by_family.setdefault(f.family, Counter())[f.severity] += 1
    for fam in sorted(by_family):
        c = by_family[fam]
        table.add_row(fam, *[n(c.get(s, 0)) if c.get(s, 0) else "" for s in Severity], n(sum(c.values())))
    total = Counter(f.severity for f in findings)
    table.add_row(
        Text(words["total"], style="bold"),
        *[n(total.get(s, 0)) for s in Severity],
        Text(n(len(findings)), style="bold"),
    )
    console.print(table)
    line = f"{files}, {n(summ['words'])} {words['words']}, {n(len(findings))} {words['findings']}"
    if summ["fixed"]:
        line += f", {n(summ['fixed'])} {words['fixed']}, {n(len(findings))} {words['left']}"
    console.print(Text(line, style="dim"))

"""``path:line:col: severity rule message`` — one finding per line, for editors and grep."""

from __future__ import annotations

from typing import IO

from newslint.reporters import FileResult, Report, ReportOptions, sanitize


def render_file(r: FileResult) -> str:
    """One file's lines (see :func:`~newslint.reporters.prerender`)."""
    if r.error:
        return ""  # errors go to stderr from the CLI
    out = []
    for f in r.findings:
        sugg = f" [{', '.join(f.suggestions[:3])}]" if f.suggestions else ""
        out.append(sanitize(f"{r.path}:{f.line}:{f.column}: {f.severity.value} {f.rule} {f.message}{sugg}") + "\n")
    return "".join(out)


def render(report: Report, stream: IO[str], options: ReportOptions) -> None:
    for r in report.files:
        stream.write(r.rendered[1] if r.rendered is not None and r.rendered[0] == "plain" else render_file(r))

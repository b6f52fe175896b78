"""``path:line:col: severity rule message`` — one finding per line, for editors and grep."""

from __future__ import annotations

from typing import IO

from newslint.reporters import Report, ReportOptions, sanitize


def render(report: Report, stream: IO[str], options: ReportOptions) -> None:
    for r in report.files:
        if r.error:
            continue  # errors go to stderr from the CLI
        for f in r.findings:
            sugg = f" [{', '.join(f.suggestions[:3])}]" if f.suggestions else ""
            stream.write(
                sanitize(f"{r.path}:{f.line}:{f.column}: {f.severity.value} {f.rule} {f.message}{sugg}") + "\n"
            )

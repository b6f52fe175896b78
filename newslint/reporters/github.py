"""GitHub Actions workflow commands: one ``::error``/``::warning``/``::notice`` line per finding.

``::error file=PATH,line=L,col=C,endLine=L2,endColumn=C2,title=RULE::MESSAGE``
puts an annotation on the pull request's diff.  Values are escaped as the
runner expects (``%``, CR and LF in the message; also ``:`` and ``,`` in the
properties), so a draft cannot inject a second command.
"""

from __future__ import annotations

from typing import IO

from newslint.engine.finding import Severity
from newslint.reporters import Report, ReportOptions, sanitize

LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(value: str) -> str:
    escaped = value.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    # then the other control characters: an ESC sequence from a draft must not reach the log viewer raw
    return sanitize(escaped)


def escape_property(value: str) -> str:
    return escape_data(value).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, stream: IO[str], options: ReportOptions) -> None:
    for r in report.files:
        if r.error:
            stream.write(f"::error file={escape_property(r.path)},title=newslint::{escape_data(r.error)}\n")
            continue
        for f in r.findings:
            props = [
                f"file={escape_property(r.path)}",
                f"line={f.line}",
                f"col={f.column}",
                f"endLine={f.end_line}",
                f"endColumn={f.end_column}",
                f"title={escape_property(f.rule)}",
            ]
            message = f.message
            if f.suggestions:
                word = "suggestion" if options.lang == "en" else "saran"
                message += f" ({word}: {', '.join(f.suggestions[:3])})"
            stream.write(f"::{LEVEL[f.severity]} {','.join(props)}::{escape_data(message)}\n")

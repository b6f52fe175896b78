"""Reporters turn results into text.  Each one is a module with
``render(report: Report, stream, options: ReportOptions) -> None``."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from importlib import import_module
from typing import IO, Any

from newslint.engine.finding import Finding, Severity
from newslint.lazyre import compile_cached
from newslint.model.document import Document


@dataclass
class FileResult:
    path: str
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    doc: Document | None = None
    words: int = 0
    fixed: int = 0  # fixes applied (with --fix)
    #: (format, text): this file's part of a report in that format, rendered where the draft was checked
    #: (see :func:`prerender`); the reporter uses it instead of rendering the file again.
    rendered: tuple[str, str] | None = None


@dataclass
class Report:
    files: list[FileResult] = field(default_factory=list)
    #: Problems that are not about one file (broken custom rule packs, …).
    warnings: list[str] = field(default_factory=list)

    def all_findings(self) -> list[Finding]:
        return [f for r in self.files for f in r.findings]

    def summary(self) -> dict[str, Any]:
        findings = self.all_findings()
        sev = Counter(f.severity.value for f in findings)
        return {
            "files": len(self.files),
            "files_with_errors": sum(1 for r in self.files if r.error),
            "words": sum(r.words for r in self.files),
            "findings": len(findings),
            "by_severity": {s.value: sev.get(s.value, 0) for s in Severity},
            "by_rule": dict(sorted(Counter(f.rule for f in findings).items())),
            "by_family": dict(sorted(Counter(f.family for f in findings).items())),
            "fixed": sum(r.fixed for r in self.files),
            "fixable": sum(1 for f in findings if f.fix is not None),
        }


@dataclass
class ReportOptions:
    lang: str = "id"
    color: bool | None = None  # None: decide from the stream
    output_path: str | None = None
    #: Columns for terminal reports; None: the terminal's width (or $COLUMNS, or 80).
    width: int | None = None


REPORTERS = {
    "pretty": "newslint.reporters.pretty",
    "plain": "newslint.reporters.plain",
    "json": "newslint.reporters.json_report",
    "jsonl": "newslint.reporters.jsonl",
    "sarif": "newslint.reporters.sarif",
    "github": "newslint.reporters.github",
    "html": "newslint.reporters.html",
}


def register(name: str, module: str) -> None:
    REPORTERS[name] = module


def render(fmt: str, report: Report, stream: IO[str], options: ReportOptions) -> None:
    import_module(REPORTERS[fmt]).render(report, stream, options)


def prerender(fmt: str, result: FileResult) -> None:
    """Render ``result``'s part of a ``fmt`` report now, when the reporter renders each file on its own
    (a module function ``render_file(result) -> str``): a pool's processes render the drafts they check,
    in parallel, instead of the main process rendering every draft after the last one is in.  The
    findings must not change afterwards (a baseline filters them later: no prerendering then)."""
    module = REPORTERS.get(fmt)
    render_file = getattr(import_module(module), "render_file", None) if module is not None else None
    if render_file is not None:
        result.rendered = (fmt, render_file(result))


# Control characters from a draft must never reach the terminal raw: an
# ESC sequence in a file could otherwise rewrite the editor's screen.
_CONTROL = compile_cached(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


# json.dumps escapes C0 controls itself; C1 controls (U+009B is a one-character
# CSI on some terminals) and bidi overrides it writes raw.  A \u escape reads
# back as the same string, so JSON output stays exact and terminal-safe.  The
# line and paragraph separators too: line-based readers (JSON Lines,
# str.splitlines) would cut a record in two at them.
# U+2028 to U+202E is one range (the two separators, then the bidi embeddings and overrides): three ranges
# test each character of a report faster than five.
_JSON_RAW = compile_cached(r"[\x7f-\x9f\u2028-\u202e\u2066-\u2069]")


def _json_escape(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def json_safe(text: str) -> str:
    """Serialized JSON with C1 controls and bidi overrides written as ``\\uXXXX`` escapes."""
    # Every character _JSON_RAW matches is a control (Cc), a format character (Cf) or a line or paragraph
    # separator (Zl, Zp): none is printable, so a line str.isprintable accepts (one C pass, a table look-up
    # per character) has none, and only the other lines go through the regex (a character-set test per
    # character: 42.7M instructions for the dev corpus's JSON report, 28.2M this way). No match holds a line
    # break, so the lines are escaped one by one.
    if text.isprintable():
        return text
    if "\n" not in text:
        return _JSON_RAW.sub(_json_escape, text)
    sub = _JSON_RAW.sub
    return "\n".join([line if line.isprintable() else sub(_json_escape, line) for line in text.split("\n")])


def sanitize(text: str) -> str:
    """Replace control characters (ANSI escapes, bidi overrides) with visible escapes."""
    return _CONTROL.sub(
        lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}", text
    )

"""Property tests: for any Unicode text, checking never raises, every finding's
span lies within the source, line and column agree with the offsets, and every
reporter renders (terminal ones without raw control characters)."""

from __future__ import annotations

import io
import json
from functools import lru_cache
from importlib.util import find_spec

from _rel_helpers import RAW_CONTROL, any_text, fuzz_settings, hostile_text, line_col
from hypothesis import given
from hypothesis import strategies as st

from newslint.config import Config
from newslint.engine.linter import Linter
from newslint.engine.registry import builtin_rules
from newslint.fixes import apply_fixes, choose_fixes
from newslint.parsers import parse_bytes, parse_text
from newslint.reporters import REPORTERS, FileResult, Report, ReportOptions, render
from newslint.sources import InputError, decode

#: Reporters whose output goes to a terminal or a CI log as text.
TERMINAL = {"pretty", "plain", "github"}
JSON_LIKE = {"json", "sarif"}


@lru_cache(maxsize=1)
def _linter() -> Linter:
    # every rule, including the ones that are off by default
    return Linter(list(builtin_rules()), Config(), select=["*"])


def _present_reporters() -> list[str]:
    # reporters another engineer is still writing are skipped until their module exists
    return [name for name, mod in REPORTERS.items() if find_spec(mod) is not None]


def _check(text: str, fmt: str, layout: str) -> None:
    doc = parse_text(text, f"draf.{fmt}", fmt=fmt, layout=layout)
    result = _linter().lint(doc)
    assert result.rule_errors == [], result.rule_errors
    source = doc.source
    assert source == text
    n = len(source)
    for f in result.findings:
        assert 0 <= f.start <= f.end <= n, (f.rule, f.start, f.end, n)
        assert f.text == source[f.start : f.end], f.rule
        assert (f.line, f.column) == line_col(source, f.start), (f.rule, f.start)
        assert (f.end_line, f.end_column) == line_col(source, f.end), (f.rule, f.end)
        if f.fix is not None:
            assert 0 <= f.fix.start <= f.fix.end <= n, (f.rule, f.fix)
    # safe fixes rewrite only their own spans
    fixes = choose_fixes(result.findings)
    fixed = apply_fixes(source, fixes)
    if fixes:
        first, last = fixes[0], fixes[-1]
        assert fixed[: first.start] == source[: first.start]
        tail = n - last.end
        assert fixed[len(fixed) - tail :] == source[last.end :] if tail else True
    _render_all(doc, result.findings)


def _render_all(doc, findings) -> None:
    report = Report([FileResult(doc.path, findings, doc=doc, words=doc.word_count)])
    for fmt in _present_reporters():
        for lang in ("id", "en"):
            out = io.StringIO()
            render(fmt, report, out, ReportOptions(lang=lang, color=False))
            text = out.getvalue()
            if fmt in TERMINAL:
                assert not RAW_CONTROL.search(text.replace("\n", "").replace("\t", "")), (fmt, text[:200])
            if fmt in JSON_LIKE:
                assert not RAW_CONTROL.search(text.replace("\n", "")), fmt
                json.loads(text)
            if fmt == "jsonl":
                lines = text.splitlines()  # also at U+2028, U+0085: every record must survive that
                assert len(lines) == len(findings)
                for line in lines:
                    json.loads(line)


@fuzz_settings()
@given(any_text, st.sampled_from(["text", "markdown", "html"]), st.sampled_from(["news", "fragment"]))
def test_any_text_checks_cleanly(text: str, fmt: str, layout: str) -> None:
    _check(text, fmt, layout)


@fuzz_settings(0.5)
@given(hostile_text(), st.sampled_from(["\n", "\r\n", "\r"]))
def test_line_endings_do_not_shift_positions(text: str, eol: str) -> None:
    _check(text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", eol), "text", "news")


@fuzz_settings(0.5)
@given(st.binary(max_size=400), st.sampled_from([None, "utf-8", "cp1252", "utf-16", "latin-1"]))
def test_any_bytes_decode_or_fail_with_one_line(data: bytes, encoding: str | None) -> None:
    try:
        decoded = decode(data, "draf.txt", encoding)
    except InputError as exc:
        msg = str(exc)
        assert msg.startswith("draf.txt: ") and "\n" not in msg
        return
    _check(decoded.text, "text", "news")


@fuzz_settings(0.5)
@given(st.one_of(st.binary(max_size=300), st.builds(lambda b: b"PK\x03\x04" + b, st.binary(max_size=300))))
def test_malformed_docx_is_an_input_error(data: bytes) -> None:
    try:
        doc = parse_bytes(data, "naskah.docx")
    except InputError as exc:
        assert "naskah.docx" in str(exc) and "\n" not in str(exc)
    else:  # pragma: no cover - random bytes are never a document
        _linter().lint(doc)

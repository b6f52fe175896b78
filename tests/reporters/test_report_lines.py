"""GitHub workflow annotations and JSON Lines."""

from __future__ import annotations

import io
import json

from newslint.reporters import ReportOptions, render
from newslint.reporters.github import escape_data, escape_property


def _out(fmt, report) -> str:
    buf = io.StringIO()
    render(fmt, report, buf, ReportOptions(lang="en"))
    return buf.getvalue()


def test_github_annotations(report):
    lines = _out("github", report).splitlines()
    assert lines[0].startswith(
        "::warning file=drafts/banjir.txt,line=1,col=8,endLine=1,endColumn=13,title=typo/repeated-word::'di di'"
    )
    assert lines[0].endswith("(suggestion: di)")
    assert any(x.startswith("::error file=drafts/rusak.txt,title=newslint::") for x in lines)
    assert all(x.startswith(("::error ", "::warning ", "::notice ")) for x in lines)


def test_github_escaping_blocks_command_injection():
    assert escape_data("a\n::error::x%") == "a%0A::error::x%25"
    assert escape_property("a,b:c\r") == "a%2Cb%3Ac%0D"


def test_jsonl_one_finding_per_line(report):
    lines = _out("jsonl", report).splitlines()
    rows = [json.loads(x) for x in lines]
    findings = [r for r in rows if "rule" in r]
    assert len(findings) == len(report.files[0].findings)
    assert {r["document"] for r in findings} == {"drafts/banjir.txt"}
    assert {"rule", "severity", "line", "column", "text"} <= set(findings[0])
    assert rows[-1] == {"document": "drafts/rusak.txt", "error": "drafts/rusak.txt: cannot decode as utf-8 at byte 3"}


def test_json_safe_escapes_the_same_characters_line_by_line():
    """json_safe skips the lines str.isprintable accepts: every character it escapes must be unprintable,
    and its result equals one substitution over the whole text."""
    import random
    import sys

    from newslint.reporters import _JSON_RAW, json_safe

    def whole(text: str) -> str:
        return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)

    assert not any(chr(c).isprintable() for c in range(sys.maxunicode + 1) if _JSON_RAW.match(chr(c)))
    alphabet = "ab é“\n\t\x7f\x85\x9f\xa0\u2028\u2029\u202a\u202e\u2066\u2069"
    rng = random.Random(12)
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert json_safe(text) == whole(text)

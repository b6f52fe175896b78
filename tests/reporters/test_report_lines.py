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

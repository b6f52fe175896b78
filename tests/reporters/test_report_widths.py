"""Terminal output at real widths: words are never split, ids never cut, wrapped
lines keep their indentation (pretty report, `newslint rules`)."""

from __future__ import annotations

import io
import re

import pytest

from newslint.cli import main
from newslint.engine.linter import Linter
from newslint.engine.registry import builtin_rules
from newslint.parsers import parse_text
from newslint.reporters import FileResult, Report, ReportOptions, render

# Our own draft: long messages (ethics, di-prefix), a long rule id and long context lines.
DRAFT = (
    "Pelaku Pembakaran Gudang Di Tangkap\n\n"
    "Jakarta - Polisi menyebutkan pelaku di tangkap di rumah kerabatnya di Bekasi , "
    "sehari setelah kebakaran yang menghanguskan gudang beras milik koperasi pedagang pasar induk. "
    "Warga yang yang tinggal di sekitar gudang sempat mengungsi ke balai warga.\n"
)
WIDTHS = [60, 80, 100, 160]


def _vocabulary(text: str) -> set[str]:
    return set(re.findall(r"[\w'/-]+", text))


def _rendered(width: int, lang: str = "id") -> tuple[str, Report]:
    doc = parse_text(DRAFT, "naskah/gudang.txt")
    findings = Linter(list(builtin_rules())).lint(doc).findings
    report = Report(files=[FileResult("naskah/gudang.txt", findings, doc=doc, words=doc.word_count)])
    buf = io.StringIO()
    render("pretty", report, buf, ReportOptions(lang=lang, color=False, width=width))
    return buf.getvalue(), report


@pytest.mark.parametrize("width", WIDTHS)
def test_pretty_report_wraps_on_word_boundaries(width: int) -> None:
    out, report = _rendered(width)
    lines = out.splitlines()
    assert all(len(line) <= width for line in lines), max(lines, key=len)
    words = _vocabulary(out)
    for f in report.all_findings():
        assert f.rule in words  # the id is whole, on one line
        for w in _vocabulary(f.message):
            assert w in words, (w, width)  # every word of the message is whole somewhere
    # a continuation line keeps the indentation of its block
    for prev, line in zip(lines, lines[1:]):
        if prev.startswith("  ") and re.match(r"^\s+\d+:\d+", prev) and line and not re.match(r"^\s+\d+:\d+", line):
            assert line.startswith("    "), line


@pytest.mark.parametrize("width", WIDTHS)
def test_rules_list_never_cuts_an_id(width: int, monkeypatch, capsys) -> None:
    monkeypatch.setenv("COLUMNS", str(width))
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    words = _vocabulary(out)
    for r in builtin_rules():
        assert r.id in words, (r.id, width)


def test_rules_plain_and_json_formats(capsys) -> None:
    import json

    assert main(["rules", "--format", "plain"]) == 0
    plain = capsys.readouterr().out.splitlines()
    ids = [r.id for r in builtin_rules()]
    assert [line.split("\t")[0] for line in plain] == ids
    assert all(len(line.split("\t")) == 5 for line in plain)
    assert main(["rules", "--format", "json", "--lang", "en"]) == 0
    assert [r["id"] for r in json.loads(capsys.readouterr().out)] == ids

"""Safe output: escape sequences, C1 controls and bidi overrides written in a
draft (or in its file name) never reach the terminal or a CI log raw; JSON
formats keep the text exactly (as escapes)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newslint.cli import FORMATS, main

HOSTILE = [
    "\x1b]0;judul palsu\x07",  # set the window title
    "\x1b[2J\x1b[H",  # clear the screen
    "\x1b[8m",  # hide the text that follows
    "\x9b31m",  # C1 CSI
    "\x1bP+q\x1b\\",  # DCS
    "\u202e",  # right-to-left override: reorders what the reader sees
    "\x08\x08\x08",  # backspaces over the message
    "\r",
]
DRAFT = (
    "Harga Cabai Naik\n\nJakarta - Harga cabai naik  lagi"
    + "".join(HOSTILE)
    + " ,kata pedagang  \x1b[31mmerah\x1b[0m . "
    + "Presiden Joko  Widodo \u202eberkata\u202c di di rumah.\n"
)
RAW = re.compile(r"[\x00-\x08\x0b-\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@pytest.mark.parametrize("fmt", FORMATS)
def test_draft_controls_never_reach_the_output_raw(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str
) -> None:
    p = tmp_path / "naskah\x1b[1m.txt"
    p.write_text(DRAFT, encoding="utf-8")
    code = main(["check", "--no-config", "--format", fmt, "--no-color", "--select", "*", str(p)])
    out, err = capsys.readouterr()
    assert code in (0, 1), err
    assert out.strip()
    if fmt == "html":
        assert not RAW.search(out.replace("\r", ""))
    elif fmt in ("json", "sarif"):
        assert not RAW.search(out)
        json.loads(out)
    elif fmt == "jsonl":
        assert not RAW.search(out)
        for line in out.splitlines():
            json.loads(line)
    else:
        assert not RAW.search(out), fmt
    assert not RAW.search(err)


def test_json_keeps_the_text_exact(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "naskah.txt"
    p.write_text(DRAFT, encoding="utf-8")
    main(["check", "--no-config", "--format", "json", "--select", "*", str(p)])
    data = json.loads(capsys.readouterr().out)
    findings = data["files"][0]["findings"]
    assert findings
    for f in findings:
        assert f["text"] == DRAFT[f["start"] : f["end"]]


def test_colour_output_carries_only_its_own_escapes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "naskah.txt"
    p.write_text(DRAFT, encoding="utf-8")
    from newslint.api import check_text, parse
    from newslint.reporters import FileResult, Report, ReportOptions, render

    doc = parse(DRAFT, str(p))
    findings = check_text(DRAFT, path=str(p), select=["*"])
    import io

    out = io.StringIO()
    render("pretty", Report([FileResult(str(p), findings, doc=doc)]), out, ReportOptions(color=True))
    text = out.getvalue()
    for seq in HOSTILE[:6]:
        assert seq not in text
    # rich's own styling is SGR only: ESC [ digits ; m
    assert not re.search(r"\x1b(?!\[[0-9;]*m)", text)

"""One language per run: every subcommand's --help and output in Indonesian
(the default) or in English (--lang en), never a mix; numbers with the
separators of the language; coloured --diff and a progress bar on terminals."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newslint import cli
from newslint.cli import main
from newslint.i18n import count, number

SUBCOMMANDS = ["", "check", "baseline", "rules", "sources", "explain", "batch", "serve"]
# words that only one of the two languages uses in newslint's own texts
ENGLISH = {"the", "and", "show", "options", "usage", "default", "files", "findings", "written", "only", "these"}
INDONESIAN = {"dan", "tampilkan", "opsi", "pemakaian", "bawaan", "berkas", "temuan", "ditulis", "hanya", "ini", "tanpa"}
DRAFT = "Banjir di Bekasi\n\nBekasi - Air naik naik sejak subuh , kata petugas.\n"


def _words(text: str) -> set[str]:
    # quoted draft text and rule ids/flags are the draft's or the program's names, not its language
    text = re.sub(r"'[^']*'|\"[^\"]*\"|--[\w-]+|\b[\w-]+/[\w-]+\b", " ", text)
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text)}


@pytest.mark.parametrize("sub", SUBCOMMANDS)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_help_is_in_one_language(sub: str, lang: str, capsys) -> None:
    argv = [sub] if sub else []
    with pytest.raises(SystemExit):
        main([*argv, "--help", "--lang", lang])
    out = capsys.readouterr().out
    wrong = ENGLISH if lang == "id" else INDONESIAN
    assert not (_words(out) & wrong), (sub, lang, _words(out) & wrong)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_outputs_are_in_one_language(lang: str, tmp_path: Path, capsys) -> None:
    draft = tmp_path / "banjir.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    archive = tmp_path / "arsip.jsonl"
    archive.write_text(json.dumps({"id": "a1", "text": DRAFT}) + "\n", encoding="utf-8")
    wrong = ENGLISH if lang == "id" else INDONESIAN
    runs = [
        ["check", "--no-config", "--format", "pretty", "--no-color", str(draft)],
        ["check", "--no-config", "--diff", str(draft)],
        ["baseline", "--no-config", "-o", str(tmp_path / "b.json"), str(draft)],
        ["batch", "--no-config", "--no-progress", "-o", str(tmp_path / "t.jsonl"), str(archive)],
        ["check", "--no-config", "--select", "qoute", str(draft)],
        ["check", "--no-config", str(tmp_path / "tidak-ada.txt")],
    ]
    for argv in runs:
        main([*argv, "--lang", lang])
        out, err = capsys.readouterr()
        # the pretty report quotes the draft under "│": the draft's words are not the program's
        own = "\n".join(
            line for line in (out + err).splitlines() if "│" not in line and not line.startswith((" ", "+", "-", "@"))
        )
        assert not (_words(own) & wrong), (argv, _words(own) & wrong, own)


def test_numbers_use_the_separators_of_the_language() -> None:
    assert number(28729, "id") == "28.729" and number(28729, "en") == "28,729"
    assert number(3.5, "id", 1) == "3,5" and number(1234567.25, "en", 2) == "1,234,567.25"
    assert count(1, "id", "berkas", "file") == "1 berkas" and count(3, "id", "berkas", "file") == "3 berkas"
    assert count(1, "en", "berkas", "file") == "1 file" and count(3, "en", "berkas", "file") == "3 files"


def test_pretty_summary_counts_with_indonesian_separators(tmp_path: Path, capsys) -> None:
    draft = tmp_path / "panjang.txt"
    draft.write_text("Judul\n\n" + "Warga datang ke pasar pagi ini. " * 400 + "\n", encoding="utf-8")
    main(["check", "--no-config", "--format", "pretty", "--no-color", "--fail-on", "never", str(draft)])
    out = capsys.readouterr().out
    assert "2.401 kata" in out or "2.400 kata" in out or re.search(r"\b\d\.\d{3} kata", out), out[-300:]


def test_diff_is_coloured_on_a_terminal_only(tmp_path: Path, capsys, monkeypatch) -> None:
    draft = tmp_path / "d.txt"
    draft.write_text("Judul\n\nWarga datang ke pasar , kata dia.\n", encoding="utf-8")
    main(["check", "--no-config", "--diff", str(draft)])
    plain = capsys.readouterr().out
    assert "\x1b[" not in plain and "+Warga datang ke pasar, kata dia." in plain
    from newslint.cli import check as check_command

    monkeypatch.setattr(check_command, "_isatty", lambda args: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    main(["check", "--no-config", "--diff", str(draft)])
    coloured = capsys.readouterr().out
    assert "\x1b[32m+Warga datang ke pasar, kata dia." in coloured and "\x1b[31m-" in coloured


def test_progress_bar_only_on_a_terminal_after_a_moment(monkeypatch, capsys) -> None:
    quiet = cli._Progress(100, enabled=False)
    quiet.advance(50)
    assert quiet.bar is None
    monkeypatch.setattr(cli._Progress, "DELAY", 0.0)
    shown = cli._Progress(100, enabled=True)
    shown.advance(50)
    assert shown.bar is not None
    shown.stop()
    one = cli._Progress(1, enabled=True)  # a single draft never gets a bar
    one.advance(0)
    assert one.bar is None


def test_input_and_config_errors_follow_the_run_language(tmp_path: Path, capsys) -> None:
    binary = tmp_path / "foto.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    bad_config = tmp_path / "redaksi.yaml"
    bad_config.write_text("lang: jawa\n", encoding="utf-8")
    draft = tmp_path / "naskah.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    runs = [
        (["check", "--no-config", str(binary)], "bukan naskah teks", "not a text draft"),
        (["check", "--config", str(bad_config), str(draft)], "harus 'id' atau 'en'", "must be 'id' or 'en'"),
        (["check", "--no-config", str(tmp_path / "hilang.txt")], "tidak ada", "no such file"),
    ]
    for argv, indonesian, english in runs:
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert indonesian in err and english not in err, err
        assert main([*argv, "--lang", "en"]) == 2
        err = capsys.readouterr().err
        assert english in err and indonesian not in err, err

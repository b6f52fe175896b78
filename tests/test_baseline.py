"""Baselines: old findings are accepted, new ones still count; keys survive moved lines."""

from __future__ import annotations

import json

from newslint.cli import main

OLD = "Judul Lama\n\nJakarta - Warga datang ke ke posko sejak pagi.\n"


def _check(tmp_path, capsys, *extra):
    code = main(
        [
            "check",
            "--no-config",
            "--select",
            "typo",
            "--fail-on",
            "warning",
            "--format",
            "plain",
            *extra,
            str(tmp_path / "arsip"),
        ]
    )
    return code, capsys.readouterr()


def test_baseline_round_trip(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "arsip").mkdir()
    draft = tmp_path / "arsip" / "lama.txt"
    draft.write_text(OLD, encoding="utf-8")
    assert _check(tmp_path, capsys)[0] == 1
    assert main(["baseline", "--no-config", "--select", "typo", str(tmp_path / "arsip")]) == 0
    data = json.loads((tmp_path / ".newslint-baseline.json").read_text(encoding="utf-8"))
    assert data["version"] == 1
    assert [(e["file"], e["rule"], e["text"], e["count"]) for e in data["entries"]] == [
        ("arsip/lama.txt", "typo/repeated-word", "ke ke", 1)
    ]
    capsys.readouterr()
    # the known finding no longer counts
    code, out = _check(tmp_path, capsys, "--baseline", ".newslint-baseline.json")
    assert code == 0 and out.out == ""
    # lines inserted above: still the same finding (keys carry no line numbers)
    draft.write_text("Judul Lama\n\nParagraf baru di atas.\n\n" + OLD.split("\n\n", 1)[1], encoding="utf-8")
    assert _check(tmp_path, capsys, "--baseline", ".newslint-baseline.json")[0] == 0
    # a new slip is reported, the old one still is not
    draft.write_text(draft.read_text(encoding="utf-8") + "\nMereka pulang di di sore hari.\n", encoding="utf-8")
    code, out = _check(tmp_path, capsys, "--baseline", ".newslint-baseline.json")
    assert code == 1
    assert "di di" in out.out and "ke ke" not in out.out
    # a second copy of the old sentence is new too (keys are counted)
    draft.write_text(OLD + "\nWarga datang ke ke posko sejak pagi.\n", encoding="utf-8")
    code, out = _check(tmp_path, capsys, "--baseline", ".newslint-baseline.json")
    assert code == 1 and out.out.count("ke ke") == 1


def test_bad_baseline_is_a_clear_error(tmp_path, capsys):
    (tmp_path / "arsip").mkdir()
    (tmp_path / "arsip" / "a.txt").write_text(OLD, encoding="utf-8")
    (tmp_path / "b.json").write_text("{not json", encoding="utf-8")
    code, out = _check(tmp_path, capsys, "--baseline", str(tmp_path / "b.json"))
    assert code == 2 and "not a newslint baseline" in out.err and "Traceback" not in out.err
    code, out = _check(tmp_path, capsys, "--baseline", str(tmp_path / "missing.json"))
    assert code == 2 and "baseline file not found" in out.err

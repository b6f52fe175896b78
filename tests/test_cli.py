"""The CLI end to end: formats, selection, exit codes 0/1/2, rules/explain."""

from __future__ import annotations

import json
import os
from pathlib import Path

import jsonschema
import pytest

from newslint.cli import main

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "docs" / "report.schema.json").read_text(encoding="utf-8"))

DRAFT = """Nasional

Harga Cabai Naik Lagi di Pasar Induk

Jakarta - Harga cabai rawit di Pasar Induk naik , kata pedagang. Pedagang pedagang mengeluh.

Warga berharap harga segera turun.
"""
CLEAN = """Harga Cabai Naik Lagi di Pasar Induk

Jakarta - Harga cabai rawit di Pasar Induk naik, kata pedagang.
"""


@pytest.fixture
def draft(tmp_path: Path) -> Path:
    p = tmp_path / "draf.txt"
    p.write_text(DRAFT, encoding="utf-8")
    return p


@pytest.fixture
def clean(tmp_path: Path) -> Path:
    p = tmp_path / "bersih.txt"
    p.write_text(CLEAN, encoding="utf-8")
    return p


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = main(["check", "--no-config", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_plain_format_and_exit_1_on_error(capsys, draft):
    code, out, err = run(capsys, "--format", "plain", str(draft))
    assert code == 1
    assert f"{draft}:1:1: error structure/cms-residue" in out
    assert "punct/spacing" in out
    assert err == ""


def test_clean_file_exits_0(capsys, clean):
    code, out, _ = run(capsys, "--format", "plain", str(clean))
    assert code == 0
    assert out == ""


def test_json_validates_and_text_matches_source(capsys, draft):
    code, out, _ = run(capsys, "--format", "json", str(draft))
    data = json.loads(out)
    jsonschema.validate(data, SCHEMA)
    source = draft.read_text(encoding="utf-8")
    findings = data["files"][0]["findings"]
    assert findings
    for f in findings:
        assert f["text"] == source[f["start"] : f["end"]]
        lines = source.splitlines(keepends=True)
        assert sum(len(x) for x in lines[: f["line"] - 1]) + f["column"] - 1 == f["start"]
    assert data["summary"]["findings"] == len(findings)


def test_fail_on_levels(capsys, clean, tmp_path):
    p = tmp_path / "spasi.txt"
    p.write_text("Judul Berita\n\nHarga naik , kata pedagang.\n", encoding="utf-8")
    assert run(capsys, "--format", "plain", str(p))[0] == 0  # only a warning
    assert run(capsys, "--format", "plain", "--fail-on", "warning", str(p))[0] == 1
    assert run(capsys, "--format", "plain", "--fail-on", "never", str(p))[0] == 0


def test_select_and_ignore_by_id_and_family(capsys, draft):
    _, out, _ = run(capsys, "--format", "plain", "--select", "punct", str(draft))
    assert out and all(" punct/" in line for line in out.splitlines())
    _, out, _ = run(capsys, "--format", "plain", "--ignore", "structure,punct/spacing", str(draft))
    assert "structure/" not in out and "punct/spacing" not in out


def test_english_messages(capsys, draft):
    _, out, _ = run(capsys, "--format", "plain", "--lang", "en", "--select", "structure/cms-residue", str(draft))
    assert "CMS residue" in out


def test_stdin(capsys, monkeypatch):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(DRAFT.encode())))
    code, out, _ = run(capsys, "--format", "plain", "-", "--stdin-filename", "draf.txt")
    assert code == 1
    assert out.startswith("draf.txt:1:1:")


def test_directory_recurses_for_txt_and_md(capsys, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "satu.md").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "dua.txt").write_text(DRAFT, encoding="utf-8")
    (tmp_path / "gambar.png").write_bytes(b"\x89PNG....")
    code, out, _ = run(capsys, "--format", "json", str(tmp_path))
    paths = sorted(Path(f["path"]).name for f in json.loads(out)["files"])
    assert paths == ["dua.txt", "satu.md"]


@pytest.mark.parametrize(
    "setup,needle",
    [
        ("missing", "tidak ada"),
        ("emptydir", "tidak ada naskah"),
        ("binary", "bukan naskah teks"),
        ("undecodable", "pada byte 13"),
    ],
)
def test_input_errors_exit_2_with_one_line(capsys, tmp_path, clean, setup, needle):
    target = tmp_path / "x.txt"
    if setup == "emptydir":
        target = tmp_path / "kosong"
        target.mkdir()
    elif setup == "binary":
        target.write_bytes(b"%PDF-1.7 binary")
    elif setup == "undecodable":
        target.write_bytes(b"Judul\n\nHarga " + b"\xff\xfe naik.")
    code, out, err = run(capsys, "--format", "plain", str(target), str(clean))
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1 and needle in lines[0] and str(target) in lines[0]
    assert "Traceback" not in err


def test_unreadable_file_exit_2(capsys, tmp_path, monkeypatch):
    p = tmp_path / "rahasia.txt"
    p.write_text(CLEAN, encoding="utf-8")

    def denied(self):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", denied)
    code, _, err = run(capsys, str(p))
    assert code == 2 and "akses ditolak" in err


def test_invalid_config_exit_2(capsys, tmp_path, clean):
    cfg = tmp_path / ".newslint.yaml"
    cfg.write_text("rules:\n  typo/tidak-ada: off\n", encoding="utf-8")
    code = main(["check", "--config", str(cfg), str(clean)])
    _, err = capsys.readouterr()
    assert code == 2
    assert str(cfg) in err and "typo/tidak-ada" in err


def test_config_found_by_walking_up(capsys, tmp_path):
    (tmp_path / ".newslint.yaml").write_text("rules:\n  punct/spacing: error\n", encoding="utf-8")
    sub = tmp_path / "desk" / "hari-ini"
    sub.mkdir(parents=True)
    p = sub / "draf.txt"
    p.write_text("Judul Berita\n\nHarga naik , kata pedagang.\n", encoding="utf-8")
    code = main(["check", "--format", "plain", str(p)])
    out, _ = capsys.readouterr()
    assert code == 1 and "error punct/spacing" in out


def test_pretty_without_color_when_not_a_tty(capsys, draft, monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    code, out, _ = run(capsys, "--format", "pretty", str(draft))
    assert code == 1
    assert "\x1b[" not in out
    assert "structure/cms-residue" in out and "Ringkasan" in out


def test_pretty_with_color_on_a_terminal(draft, tmp_path):
    import subprocess
    import sys

    # FORCE_COLOR makes rich colour the output as on a terminal
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"} | {"FORCE_COLOR": "1"}
    r = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--no-config", "--format", "pretty", str(draft)],
        capture_output=True,
        text=True,
        env=env,
    )
    assert r.returncode == 1
    assert "\x1b[" in r.stdout


def test_rules_and_explain(capsys):
    assert main(["rules", "--format", "json"]) == 0
    rules = json.loads(capsys.readouterr().out)
    ids = {r["id"] for r in rules}
    assert {"structure/cms-residue", "typo/repeated-word", "punct/spacing", "quote/mixed-marks"} <= ids
    assert main(["explain", "quote/mixed-marks"]) == 0
    out = capsys.readouterr().out
    assert "Rujukan" in out and "Contoh" in out
    assert main(["explain", "tidak/ada"]) == 2


def test_version(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--version"])
    assert exc.value.code == 0
    assert "newslint" in capsys.readouterr().out


def test_usage_error_exit_2(capsys):
    assert main(["check"]) == 2
    assert main(["check", "--format", "xml", "a.txt"]) == 2


def test_custom_rule_dir_from_config(capsys, tmp_path):
    packs = tmp_path / "aturan"
    packs.mkdir()
    (packs / "redaksi.yaml").write_text(
        "rules:\n"
        "  - id: style/kata-terlarang\n"
        "    type: existence\n"
        "    tokens: [heboh]\n"
        "    summary: {id: Kata terlarang redaksi., en: Banned word.}\n"
        "    message: {id: \"Hindari '{match}'.\", en: \"Avoid '{match}'.\"}\n"
        "    authority: house style\n",
        encoding="utf-8",
    )
    (packs / "rusak.yaml").write_text("rules: [ {id: x} ]\n", encoding="utf-8")
    (tmp_path / ".newslint.yaml").write_text(
        "rule_dirs: [aturan]\nrules:\n  style/kata-terlarang: error\n", encoding="utf-8"
    )
    p = tmp_path / "draf.txt"
    p.write_text("Judul Berita\n\nKejadian heboh di pasar , kata warga.\n", encoding="utf-8")
    code = main(["check", "--format", "plain", str(p)])
    out, err = capsys.readouterr()
    assert code == 2  # a broken pack: everything else is reported, and the run says it is incomplete
    assert "error style/kata-terlarang" in out
    assert "punct/spacing" in out  # built-in rules still run
    assert "rusak.yaml" in err  # the broken pack is named


def test_sources_inventory_json(capsys, tmp_path):
    p = tmp_path / "draf.txt"
    p.write_text(
        "Judul Berita\n\nJakarta - Menurut Kepala Dinas Budi Santoso, harga beras naik. "
        '"Kami pantau terus," kata Budi.\n\nKabarnya harga akan turun pekan depan.\n',
        encoding="utf-8",
    )
    assert main(["sources", "--format", "json", str(p)]) == 0
    inv = json.loads(capsys.readouterr().out)
    speakers = {s["speaker"] for s in inv["statements"]}
    assert any("Budi" in s for s in speakers)
    assert main(["sources", str(tmp_path / "tidak-ada.txt")]) == 2


@pytest.mark.parametrize(
    ("flag", "value", "hint"),
    [
        ("--select", "nonsense", "lihat 'newslint rules'"),
        ("--select", "qoute", "maksudnya quote"),
        ("--ignore", "typo/repeated-wrd", "maksudnya typo/repeated-word"),
        ("--select", "repeated-word", "maksudnya typo/repeated-word"),
    ],
)
def test_unknown_rule_selector_is_exit_2_with_a_hint(flag, value, hint, tmp_path, capsys):
    p = tmp_path / "draf.txt"
    p.write_text("Judul\n\nWarga datang ke ke pasar.\n", encoding="utf-8")
    code = main(["check", "--no-config", "--format", "plain", flag, value, str(p)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert value in err and hint in err and "Traceback" not in err

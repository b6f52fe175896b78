"""Custom rules and configuration are data from strangers: YAML is loaded
safely (no code, no alias bombs, no nesting that crashes the parser), a
pattern that backtracks catastrophically is stopped, and a broken rule is
reported with its file and line while the built-in rules still run."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from newslint.cli import main
from newslint.config import ConfigError, load_config_file
from newslint.engine import yaml_rules
from newslint.engine.registry import load_rule_dirs
from newslint.engine.yaml_rules import RuleLoadError, load_pack

DRAFT = "Harga Cabai Naik\n\nJakarta - Harga cabai naik  lagi. " + "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\n"

RULE = """\
  - id: {rid}
    type: existence
    severity: warning
    summary: contoh
    message: "Temuan '{{match}}'."
    patterns: ['{pattern}']
"""

BOMB = """\
a: &a ["x","x","x","x","x","x","x","x","x"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


def project(tmp_path: Path, pack: str, config_extra: str = "") -> tuple[Path, Path]:
    rules = tmp_path / "aturan"
    rules.mkdir()
    (rules / "redaksi.yaml").write_text(pack, encoding="utf-8")
    cfg = tmp_path / ".newslint.yaml"
    cfg.write_text("rule_dirs: [aturan]\n" + config_extra, encoding="utf-8")
    draft = tmp_path / "naskah.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    return cfg, draft


def test_catastrophic_pattern_is_stopped_and_the_run_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(yaml_rules.timeout, "CUSTOM_RULE_SECONDS", 0.5)
    pack = (
        "rules:\n"
        + RULE.format(rid="house/lambat", pattern="(a|aa)+$")
        + RULE.format(rid="house/cepat", pattern="cabai")
    )
    cfg, draft = project(tmp_path, pack)
    t0 = time.monotonic()
    code = main(["check", "--config", str(cfg), "--format", "plain", str(draft)])
    elapsed = time.monotonic() - t0
    out, err = capsys.readouterr()
    assert elapsed < 20, elapsed  # the pattern alone would run for hours
    assert "house/lambat" in err and "redaksi.yaml" in err and "Traceback" not in err
    assert "house/cepat" in out  # the same pack's sound rule ran
    assert "punct/spacing" in out  # and so did the built-ins
    assert code == 2  # everything else is reported; exit 2 says a rule could not run


def test_broken_rule_is_reported_with_file_and_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pack = (
        "rules:\n"
        + RULE.format(rid="house/baik", pattern="cabai")
        + RULE.format(rid="house/rusak", pattern="(tak tertutup")
        + "  - id: house/tipe\n    type: sihir\n    summary: x\n    message: x\n"
    )
    cfg, draft = project(tmp_path, pack)
    code = main(["check", "--config", str(cfg), "--format", "plain", str(draft)])
    out, err = capsys.readouterr()
    assert "redaksi.yaml:8:" in err and "house/rusak" in err  # the entry starts on line 8
    assert "redaksi.yaml:14:" in err and "sihir" in err
    assert "house/baik" in out and "punct/spacing" in out
    assert "Traceback" not in err
    assert code == 2  # reported, not fatal: the draft was checked, and the run says it is incomplete


@pytest.mark.parametrize(
    ("pack", "needle"),
    [
        ("rules:\n  - id: house/x\n    type: existence\n    tokens: 5\n    summary: s\n    message: m\n", "house/x"),
        (
            "rules:\n  - id: house/x\n    type: pattern\n    pattern: a\n    unit: 5\n    summary: s\n    message: m\n",
            "house/x",
        ),
        (
            "rules:\n  - id: house/x\n    type: existence\n    scope: 7\n    tokens: [a]\n    summary: s\n    message: m\n",
            "house/x",
        ),
        ("rules:\n  - [1, 2]\n", "redaksi.yaml:2"),
        ("rules: [\n", "invalid YAML"),
        ("- just a list\n", "top-level 'rules:'"),
    ],
)
def test_malformed_packs_never_crash(tmp_path: Path, pack: str, needle: str) -> None:
    folder = tmp_path / "aturan"
    folder.mkdir()
    (folder / "redaksi.yaml").write_text(pack, encoding="utf-8")
    rules, errors = load_rule_dirs([folder])
    assert any(needle in e for e in errors) or rules, errors


def test_yaml_rules_never_execute_code(tmp_path: Path) -> None:
    marker = tmp_path / "dijalankan"
    pack = tmp_path / "jahat.yaml"
    pack.write_text(
        f"rules: !!python/object/apply:os.system ['touch {marker}']\n",
        encoding="utf-8",
    )
    with pytest.raises(RuleLoadError):
        load_pack(pack, custom=True)
    cfg = tmp_path / ".newslint.yaml"
    cfg.write_text(f"lang: !!python/object/apply:os.system ['touch {marker}']\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_config_file(cfg)
    assert not marker.exists()


def test_yaml_bombs_are_refused_quickly(tmp_path: Path) -> None:
    cfg = tmp_path / ".newslint.yaml"
    cfg.write_text(BOMB, encoding="utf-8")
    pack = tmp_path / "bom.yaml"
    pack.write_text(BOMB + "rules: [*i]\n", encoding="utf-8")
    t0 = time.monotonic()
    with pytest.raises(ConfigError, match="aliases"):
        load_config_file(cfg)
    with pytest.raises(RuleLoadError, match="aliases"):
        load_pack(pack)
    assert time.monotonic() - t0 < 2


@pytest.mark.parametrize("text", ["[" * 200_000 + "]" * 200_000, "- " * 200_000 + "x", "{a: " * 50_000])
def test_deep_nesting_is_refused_not_a_crash(tmp_path: Path, text: str) -> None:
    # PyYAML's composer recurses per level: this used to kill the interpreter (SIGSEGV)
    cfg = tmp_path / ".newslint.yaml"
    cfg.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError):
        load_config_file(cfg)
    pack = tmp_path / "dalam.yaml"
    pack.write_text(text, encoding="utf-8")
    with pytest.raises(RuleLoadError):
        load_pack(pack)


def test_catastrophic_dateline_pattern_in_config(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / ".newslint.yaml"
    cfg.write_text("datelines: ['(a|aa)+$']\n", encoding="utf-8")
    draft = tmp_path / "naskah.txt"
    draft.write_text("Judul\n\n" + "a" * 79 + "b kata dia di sini.\n", encoding="utf-8")
    t0 = time.monotonic()
    code = main(["check", "--config", str(cfg), "--format", "plain", str(draft)])
    capsys.readouterr()
    assert time.monotonic() - t0 < 20
    assert code in (0, 1)


@pytest.mark.parametrize(
    ("yaml_text", "key"),
    [
        ("lang: 5\n", "lang"),
        ("lang: [id]\n", "lang"),
        ("fail_on: {a: 1}\n", "fail_on"),
        ("rules: [punct/spacing]\n", "rules"),
        ("rules:\n  punct/spacing: {enabled: ya}\n", "rules.punct/spacing.enabled"),
        ("rules:\n  punct/spacing: {severity: 3}\n", "rules.punct/spacing.severity"),
        ("rules:\n  punct/spacing: 12\n", "rules.punct/spacing"),
        ("rules:\n  structure/sentence-length: {max_words: lima}\n", "rules.structure/sentence-length.max_words"),
        ("rules:\n  punct/spacing: {warna: merah}\n", "rules.punct/spacing.warna"),
        ("ignore: [a]\n", "ignore"),
        ("ignore:\n  'arsip/**': 5\n", "ignore.arsip/**"),
        ("vocabulary: {accept: 5}\n", "vocabulary.accept"),
        ("vocabulary: {tolak: [x]}\n", "vocabulary.tolak"),
        ("vocabulary: [x]\n", "vocabulary"),
        ("house: {percent: 5}\n", "house.percent"),
        ("house: {number_words_max: true}\n", "house.number_words_max"),
        ("house: {warna: biru}\n", "house.warna"),
        ("datelines: [5]\n", "datelines"),
        ("datelines: ['(']\n", "datelines"),
        ("rule_dirs: 5\n", "rule_dirs"),
        ("rule_dirs: [tidak-ada]\n", "rule_dirs"),
        ("warna: merah\n", "warna"),
        ("- a\n- b\n", "pemetaan"),
        ("lang: id\nlang: en\n", ".newslint.yaml"),
    ],
)
def test_config_errors_name_file_and_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], yaml_text: str, key: str
) -> None:
    cfg = tmp_path / ".newslint.yaml"
    cfg.write_text(yaml_text, encoding="utf-8")
    draft = tmp_path / "naskah.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    code = main(["check", "--config", str(cfg), "--format", "plain", str(draft)])
    _, err = capsys.readouterr()
    assert code == 2, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    assert str(cfg) in lines[0] and key in lines[0], lines[0]


def test_config_not_utf8_and_pyproject_wrong_types(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    cfg = tmp_path / ".newslint.yaml"
    cfg.write_bytes(b"lang: \xff\xfe\n")
    draft = tmp_path / "naskah.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    assert main(["check", "--config", str(cfg), str(draft)]) == 2
    assert "UTF-8" in capsys.readouterr().err
    py = tmp_path / "pyproject.toml"
    py.write_text("[tool.newslint]\nlang = 5\n[tool.newslint.house]\npercent = 1\n", encoding="utf-8")
    assert main(["check", "--config", str(py), str(draft)]) == 2
    err = capsys.readouterr().err
    assert "pyproject.toml" in err and "lang" in err

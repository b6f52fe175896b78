"""Python plugins load only through the ``newslint.rules`` entry-point group and
only when a configuration names them; a broken plugin is reported and the
built-in rules still run."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from newslint.cli import main
from newslint.engine import rule as rule_mod
from newslint.engine.registry import builtin_rules
from newslint.plugins import GROUP, available, load_plugins

DRAFT = "Harga Cabai Naik\n\nJakarta - Harga cabai naik  lagi, kata pedagang.\n"

PLUGIN = """
import pathlib
pathlib.Path(__file__).with_name("imported.marker").write_text("yes")
from newslint.engine.rule import Rule, RuleMeta, bad, good
from newslint.engine.finding import Severity

def _check(doc, ctx):
    i = doc.text.find("cabai")
    if i >= 0:
        ctx.report(i, i + 5)

def rules():
    meta = RuleMeta(id="redaksi/cabai", severity=Severity.WARNING, summary={"id": "s", "en": "s"},
                    message={"id": "Kata cabai.", "en": "The word cabai."},
                    examples=[bad("cabai"), good("bawang")])
    return [Rule(meta, _check)]

not_rules = ["bukan aturan"]

def broken():
    raise RuntimeError("plugin rusak")
"""


@pytest.fixture
def plugin_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An installed-looking distribution with three entry points, on sys.path."""
    site = tmp_path / "site"
    pkg = site / "redaksi_plugin"
    pkg.mkdir(parents=True)
    (pkg / "__init__.py").write_text(PLUGIN, encoding="utf-8")
    dist = site / "redaksi_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: redaksi-plugin\nVersion: 1.0\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text(
        f"[{GROUP}]\nredaksi = redaksi_plugin:rules\npalsu = redaksi_plugin:not_rules\n"
        "rusak = redaksi_plugin:broken\nhilang = redaksi_plugin_tidak_ada:rules\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.delitem(sys.modules, "redaksi_plugin", raising=False)
    builtin_rules()  # the built-in set is fixed before any plugin loads
    n = len(rule_mod._PYTHON_RULES)
    yield pkg
    del rule_mod._PYTHON_RULES[n:]
    sys.modules.pop("redaksi_plugin", None)


def test_installed_plugins_are_not_imported_unless_named(plugin_env: Path, tmp_path: Path, capsys) -> None:
    assert {"redaksi", "palsu", "rusak", "hilang"} <= set(available())
    draft = tmp_path / "naskah.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    assert main(["check", "--no-config", "--format", "plain", str(draft)]) in (0, 1)
    out, _ = capsys.readouterr()
    assert "redaksi/cabai" not in out
    assert not (plugin_env / "imported.marker").exists()


def test_named_plugin_runs_and_broken_ones_are_reported(plugin_env: Path, tmp_path: Path, capsys) -> None:
    cfg = tmp_path / ".newslint.yaml"
    cfg.write_text("plugins: [redaksi, palsu, rusak, hilang, tidak-terpasang]\n", encoding="utf-8")
    draft = tmp_path / "naskah.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    code = main(["check", "--config", str(cfg), "--format", "plain", str(draft)])
    out, err = capsys.readouterr()
    assert "redaksi/cabai" in out and "punct/spacing" in out, err
    for name in ("palsu", "rusak", "hilang", "tidak-terpasang"):
        assert f"plugin '{name}'" in err
    assert "Traceback" not in err and str(cfg) in err
    assert code == 2  # the good plugin ran; the broken ones make the run exit 2


def test_load_plugins_api(plugin_env: Path) -> None:
    rules, errors = load_plugins(["redaksi"], known_ids=["redaksi/cabai"])
    assert rules == [] and "duplicates" in errors[0]
    rules, errors = load_plugins(["redaksi"])
    assert [r.id for r in rules] == ["redaksi/cabai"] and errors == []


def test_plugins_key_must_be_a_list_of_names(tmp_path: Path, capsys) -> None:
    cfg = tmp_path / ".newslint.yaml"
    cfg.write_text("plugins: {a: 1}\n", encoding="utf-8")
    draft = tmp_path / "naskah.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    assert main(["check", "--config", str(cfg), str(draft)]) == 2
    assert "plugins" in capsys.readouterr().err

"""A custom rule pack and a plugin behave the same through every front end: ``check``,
``batch``, the Python API and the server engine all assemble their linter in
:mod:`newslint.app`."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from newslint import api
from newslint.cli import main
from newslint.config import load_config_file
from newslint.engine import rule as rule_mod
from newslint.engine.registry import builtin_rules
from newslint.plugins import GROUP

DRAFT = "Harga Bawang Naik\n\nJakarta - Harga bawang dan cabai naik lagi, kata pedagang di pasar.\n"

PACK = """\
rules:
  - id: redaksi/bawang
    type: existence
    severity: warning
    summary: contoh
    message: "Temuan '{match}'."
    patterns: ['bawang']
"""

PLUGIN = """
from newslint.engine.rule import Rule, RuleMeta, bad, good
from newslint.engine.finding import Severity

def _check(doc, ctx):
    i = doc.text.find("cabai")
    if i >= 0:
        ctx.report(i, i + 5)

def rules():
    meta = RuleMeta(id="kebun/cabai", severity=Severity.WARNING, summary={"id": "s", "en": "s"},
                    message={"id": "Kata cabai.", "en": "The word cabai."},
                    examples=[bad("cabai"), good("tomat")])
    return [Rule(meta, _check)]
"""

CUSTOM = {"redaksi/bawang", "kebun/cabai"}


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A configuration with a rule pack (its rule raised to error in ``rules:``) and a plugin."""
    site = tmp_path / "site"
    (site / "kebun_plugin").mkdir(parents=True)
    (site / "kebun_plugin" / "__init__.py").write_text(PLUGIN, encoding="utf-8")
    dist = site / "kebun_plugin-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text("Metadata-Version: 2.1\nName: kebun-plugin\nVersion: 1.0\n", encoding="utf-8")
    (dist / "entry_points.txt").write_text(f"[{GROUP}]\nkebun = kebun_plugin:rules\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(site))
    monkeypatch.delitem(sys.modules, "kebun_plugin", raising=False)
    builtin_rules()
    n = len(rule_mod._PYTHON_RULES)
    (tmp_path / "aturan").mkdir()
    (tmp_path / "aturan" / "redaksi.yaml").write_text(PACK, encoding="utf-8")
    cfg = tmp_path / ".newslint.yaml"
    cfg.write_text(
        "rule_dirs: [aturan]\nplugins: [kebun]\nrules:\n  redaksi/bawang: error\n  kebun/cabai: info\n",
        encoding="utf-8",
    )
    draft = tmp_path / "naskah.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    yield cfg, draft
    del rule_mod._PYTHON_RULES[n:]
    sys.modules.pop("kebun_plugin", None)


def _custom(pairs) -> dict[str, str]:
    return {rule: severity for rule, severity in pairs if rule in CUSTOM}


EXPECTED = {"redaksi/bawang": "error", "kebun/cabai": "info"}


def test_check_reports_the_pack_and_the_plugin(project, capsys) -> None:
    cfg, draft = project
    code = main(["check", "--config", str(cfg), "--format", "json", str(draft)])
    out, err = capsys.readouterr()
    assert code == 1, err
    report = json.loads(out)
    assert _custom((f["rule"], f["severity"]) for r in report["files"] for f in r["findings"]) == EXPECTED


def test_batch_with_a_custom_pack_in_the_config_reports_it_like_check(project, tmp_path: Path, capsys) -> None:
    """Before the application layer, batch exited 2 with "unknown rule" for redaksi/bawang."""
    cfg, draft = project
    archive = tmp_path / "arsip.jsonl"
    archive.write_text(json.dumps({"id": "a1", "text": draft.read_text(encoding="utf-8")}) + "\n", encoding="utf-8")
    out = tmp_path / "temuan.jsonl"
    code = main(["batch", str(archive), "--config", str(cfg), "-o", str(out), "--no-progress"])
    _, err = capsys.readouterr()
    assert code == 1, err  # redaksi/bawang is an error in this configuration
    found = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert _custom((f["rule"], f["severity"]) for f in found) == EXPECTED


def test_api_check_text_honours_rule_dirs_and_plugins(project) -> None:
    cfg, draft = project
    findings = api.check_text(draft.read_text(encoding="utf-8"), config=load_config_file(cfg))
    assert _custom((f.rule, f.severity.value) for f in findings) == EXPECTED


def test_server_engine_reports_the_pack_and_the_plugin(project) -> None:
    from newslint.server import engine

    cfg, draft = project
    assert engine.setup(engine.EngineSettings(config=str(cfg))) == []
    status, body = engine.run_check({"kind": "native", "text": draft.read_text(encoding="utf-8")})
    assert status == 200
    report = json.loads(body)
    assert _custom((f["rule"], f["severity"]) for r in report["files"] for f in r["findings"]) == EXPECTED

"""Recall of the comma, capitalisation and sentence-structure rules on our own drafts (issue 14).

The drafts in tests/data/recall_issue14a.yaml were written before the rules; each class must
stay at or above 80% recall, and the clean drafts must stay silent.  bench/measure_recall_drafts.py
prints the same figures per half of the split."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from newslint.config import Config, RuleSetting
from newslint.engine.linter import Linter
from newslint.engine.registry import builtin_rules
from newslint.parsers import parse_text

DATA = Path(__file__).parent / "data" / "recall_issue14a.yaml"


@lru_cache(maxsize=1)
def _results() -> list[tuple[dict, set[str]]]:
    cases = yaml.safe_load(DATA.read_text(encoding="utf-8"))["cases"]
    rules = {r.id: r for r in builtin_rules()}
    wanted = {c["expect"] for c in cases if "expect" in c} | {r for c in cases for r in c.get("silent", [])}
    cfg = Config()
    for rid in wanted:
        cfg.rules[rid] = RuleSetting(enabled=True)
    linter = Linter([rules[r] for r in sorted(wanted)], cfg)
    return [
        (c, {f.rule for f in linter.lint(parse_text(c["text"], "<case>", layout="fragment")).findings}) for c in cases
    ]


def test_recall_per_class_at_least_80_percent():
    by_class: dict[str, list[bool]] = {}
    for case, fired in _results():
        if case["class"] != "clean":
            by_class.setdefault(case["class"], []).append(case["expect"] in fired)
    assert set(by_class) == {"comma", "caps", "structure"}
    for cls, hits in by_class.items():
        assert len(hits) >= 10, cls
        assert sum(hits) / len(hits) >= 0.8, cls


def test_clean_drafts_stay_silent():
    for case, fired in _results():
        if case["class"] == "clean":
            assert not fired & set(case["silent"]), case["id"]

"""Every rule's examples run here: bad ones must fire, good ones must not."""

from __future__ import annotations

import pytest

from newslint.config import Config, RuleSetting
from newslint.engine.linter import Linter
from newslint.engine.registry import builtin_rules
from newslint.fixes import apply_fixes, choose_fixes
from newslint.parsers import parse_text

RULES = list(builtin_rules())


def _run(rule, example):
    cfg = Config()
    cfg.rules[rule.id] = RuleSetting(enabled=True, options=dict(example.options))
    linter = Linter([rule], cfg)
    doc = parse_text(example.text, "<example>", layout=example.layout)
    result = linter.lint(doc)
    assert not result.rule_errors, result.rule_errors
    return doc, [f for f in result.findings if f.rule == rule.id]


def test_there_are_rules():
    assert len(RULES) >= 5


@pytest.mark.parametrize("rule", RULES, ids=[r.id for r in RULES])
def test_rule_has_metadata_and_both_kinds_of_examples(rule):
    meta = rule.meta
    assert meta.summary["id"] and meta.summary["en"], "summary in both languages"
    assert meta.message["id"] and meta.message["en"], "message in both languages"
    assert meta.authority, "every rule names its authority"
    assert any(e.bad for e in meta.examples), "a rule needs at least one bad example"
    assert any(not e.bad for e in meta.examples), "a rule needs at least one good example"


CASES = [(r, i, e) for r in RULES for i, e in enumerate(r.meta.examples)]


@pytest.mark.parametrize(
    "rule,index,example", CASES, ids=[f"{r.id}[{'bad' if e.bad else 'good'}{i}]" for r, i, e in CASES]
)
def test_rule_example(rule, index, example):
    doc, findings = _run(rule, example)
    if example.bad:
        assert findings, f"{rule.id} should fire on: {example.text!r}"
        if example.count is not None:
            assert len(findings) == example.count, [f.text for f in findings]
        for f in findings:
            assert f.text == doc.source[f.start : f.end]
        if example.fixed is not None:
            fixed = apply_fixes(doc.source, choose_fixes(findings, unsafe=True))
            assert fixed == example.fixed
    else:
        assert not findings, (
            f"{rule.id} should stay silent on: {example.text!r}, got {[(f.text, f.message) for f in findings]}"
        )

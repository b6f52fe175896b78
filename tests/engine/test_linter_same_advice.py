"""The linter keeps one finding when two rules give the same correction for the same span."""

from __future__ import annotations

from newslint.api import check_text
from newslint.engine.finding import Finding, Fix, FixSafety, Severity
from newslint.engine.linter import _one_advice_per_span


def _f(rule: str, severity: Severity, suggestion: str | None, start: int = 0, end: int = 5) -> Finding:
    return Finding(
        rule=rule,
        severity=severity,
        message=rule,
        start=start,
        end=end,
        suggestions=[suggestion] if suggestion else [],
        fix=Fix(start, end, suggestion, FixSafety.UNSAFE) if suggestion else None,
    )


def test_same_span_same_correction_keeps_the_more_severe_then_the_family_first() -> None:
    kept = _one_advice_per_span(
        [
            _f("spelling/loanword-adaptation", Severity.WARNING, "tersebut"),
            _f("typo/word", Severity.WARNING, "tersebut"),
            _f("spelling/compound-apart", Severity.INFO, "subsektor", 10, 20),
            _f("usage/bound-form-apart", Severity.WARNING, "subsektor", 10, 20),
        ]
    )
    assert sorted(f.rule for f in kept) == ["typo/word", "usage/bound-form-apart"]


def test_different_corrections_or_spans_or_no_correction_are_all_kept() -> None:
    found = [
        _f("typo/word", Severity.WARNING, "kilometer"),
        _f("spelling/loanword-adaptation", Severity.WARNING, "kiloliter"),
        _f("typo/entity", Severity.INFO, "kiloliter", 0, 6),
        _f("structure/sentence-length", Severity.INFO, None),
        _f("structure/paragraph-length", Severity.INFO, None),
    ]
    assert len(_one_advice_per_span(found)) == 5


def test_a_doubled_letter_in_a_common_word_is_reported_once_as_a_slip() -> None:
    found = check_text("Warga ttersebut menolak rencana itu.", path="d.txt", layout="fragment")
    on_word = [f for f in found if f.text == "ttersebut"]
    assert [f.rule for f in on_word] == ["typo/word"]

"""Comma rules (newslint/checks/punct_comma.py): quotations, headlines, fixes, defaults."""

from __future__ import annotations

from newslint.api import check_text
from newslint.engine.registry import builtin_rules
from newslint.fixes import apply_fixes, choose_fixes

RULES = ("punct/comma-before-subordinate", "punct/comma-before-yaitu", "punct/apposition-unclosed")


def _found(text: str, layout: str = "fragment") -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_text(text, layout=layout) if f.rule.startswith("punct/")]


def test_direct_quotations_are_the_speakers_words():
    text = '"Harga naik, karena pasokan turun. Ada dua syarat yaitu KTP dan surat sehat," kata Budi.'
    assert not [r for r, _ in _found(text) if r in RULES]


def test_headline_is_not_checked():
    text = "Kepala Dinas Pasar, Budi Hartono Menjawab Kritik\n\nJakarta - Retribusi pasar tidak naik tahun ini."
    assert ("punct/apposition-unclosed", "Budi Hartono") not in _found(text, layout="news")


def test_yaitu_comma_is_a_safe_fix_and_apposition_fix_is_unsafe():
    text = "Panitia menetapkan dua syarat yakni KTP dan surat sehat. Kepala Dinas Pasar, Budi menyatakan setuju."
    findings = check_text(text, layout="fragment")
    safe = apply_fixes(text, choose_fixes(findings, unsafe=False))
    assert "dua syarat, yakni KTP" in safe
    assert "Budi menyatakan" in safe  # the apposition fix waits for --unsafe-fixes
    unsafe = apply_fixes(text, choose_fixes(findings, unsafe=True))
    assert "Kepala Dinas Pasar, Budi, menyatakan" in unsafe


def test_severities_follow_the_adjudicated_precision():
    sev = {r.id: r.meta.severity.value for r in builtin_rules() if r.id.startswith("punct/comma-") or r.id == RULES[2]}
    assert sev["punct/comma-before-subordinate"] == "warning"
    assert sev["punct/apposition-unclosed"] == "warning"
    assert sev["punct/comma-before-yaitu"] == "info"
    assert sev["punct/comma-subject-predicate"] == "info"
    assert sev["punct/comma-after-fronted-clause"] == "info"

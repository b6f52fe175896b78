"""A word that encoding debris runs into is reported once, as mojibake, not also as a misspelling."""

from __future__ import annotations

from newslint.api import check_text

_DRAFT = (
    "Warga Berkumpul di Melbourne\n\n"
    "Warga berkumpul di kota Melbourne\u00e2\u20ac\u201d kemarin, kata Budi. "
    "Mereka datang dari Sydnye timur.\n"
)


def test_word_running_into_mojibake_gets_only_the_mojibake_finding() -> None:
    found = check_text(_DRAFT)
    garbled_at = _DRAFT.index("\u00e2")
    on_word = {f.rule for f in found if f.start <= garbled_at < f.end and f.rule.split("/")[0] != "structure"}
    assert on_word == set()
    assert any(f.rule == "structure/mojibake" and f.start == garbled_at for f in found)


def test_a_misspelling_elsewhere_in_the_same_draft_is_still_reported() -> None:
    found = check_text(_DRAFT)
    slip = _DRAFT.index("Sydnye")
    assert any(f.rule.startswith("typo/") and f.start == slip for f in found)

"""The spelling benchmarks' own data: the real-errors drafts and the Wikipedia pair review.

Neither needs ../shared: the drafts are ours and the review file carries each pair's half and decision.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bench.real_errors import CASES, DRAFTS, FRESH_DRAFTS, HELDOUT_DRAFTS, cases_path_for, parse_drafts
from bench.split import half_of

ROOT = Path(__file__).resolve().parent.parent
REVIEW = ROOT / "bench" / "wikipedia_pairs_review.tsv"
SPELLING_YAML = ROOT / "rules" / "spelling.yaml"


def test_each_drafts_file_has_its_own_cases_file() -> None:
    assert cases_path_for(DRAFTS) == CASES
    assert cases_path_for(HELDOUT_DRAFTS) == HELDOUT_DRAFTS.with_name("cases-heldout.tsv")
    assert cases_path_for(FRESH_DRAFTS) == FRESH_DRAFTS.with_name("cases-fresh.tsv")


@pytest.mark.parametrize(
    ("drafts_path", "min_cases"),
    [(DRAFTS, 60), (HELDOUT_DRAFTS, 70), (FRESH_DRAFTS, 70)],
    ids=["tuned", "heldout", "fresh"],
)
def test_real_error_cases_match_the_drafts(drafts_path: Path, min_cases: int) -> None:
    drafts, cases = parse_drafts(drafts_path)
    assert len(cases) >= min_cases
    rows = [line.split("\t") for line in cases_path_for(drafts_path).read_text(encoding="utf-8").splitlines()[1:]]
    assert len(rows) == len(cases)
    for row, case in zip(rows, cases, strict=True):
        _, draft, offset, wrong, standard, kind = row
        assert (draft, int(offset), wrong, standard, kind) == (
            case.draft,
            case.start,
            case.wrong,
            case.standard,
            case.kind,
        )
        assert drafts[draft][case.start : case.end] == wrong
        assert wrong != standard


def test_the_heldout_set_shares_no_error_with_the_tuned_set() -> None:
    """The held-out drafts measure generalisation only while none of their errors was tuned on."""
    tuned = {c.wrong.lower() for c in parse_drafts(DRAFTS)[1]}
    heldout = {c.wrong.lower() for c in parse_drafts(HELDOUT_DRAFTS)[1]}
    assert not tuned & heldout


def test_the_fresh_set_shares_no_error_with_the_other_two() -> None:
    """The fresh drafts were written blind to the other sets; a shared wrong form would have been tuned on."""
    seen = {c.wrong.lower() for path in (DRAFTS, HELDOUT_DRAFTS) for c in parse_drafts(path)[1]}
    fresh = {c.wrong.lower() for c in parse_drafts(FRESH_DRAFTS)[1]}
    assert not seen & fresh


def _review_rows() -> list[list[str]]:
    lines = REVIEW.read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["standard", "nonstandard", "half", "decision", "wrong", "right", "reason"]
    return [line.split("\t") for line in lines[1:]]


def test_review_covers_the_list_with_the_shared_split_and_a_reason_for_every_change() -> None:
    rows = _review_rows()
    assert len(rows) == 651
    for std, non, half, decision, wrong, right, reason in rows:
        assert half == half_of(f"{std}|{non}")
        assert decision in ("keep", "drop", "flip", "fix")
        assert reason
        if decision == "keep":
            assert (wrong, right) == (non, std)
        elif decision == "flip":
            assert (wrong, right) == (std, non)
        elif decision == "fix":
            assert wrong and right


def _wikipedia_block() -> str:
    text = SPELLING_YAML.read_text(encoding="utf-8")
    start = text.index("# --- from the Indonesian Wikipedia list")
    return text[start : text.index("# --- names that contain a listed word", start)]


def test_no_unseen_pair_is_in_the_data() -> None:
    """The unseen half is the recall test: none of its wrong forms may be added from the list."""
    added = {m.group(1).lower() for m in re.finditer(r"match: \"?([^,\"]+)\"?,", _wikipedia_block())}
    assert added
    unseen = {r[4].lower() for r in _review_rows() if r[2] == "unseen" and r[3] != "drop"}
    tune = {r[4].lower() for r in _review_rows() if r[2] == "tune" and r[3] != "drop"}
    assert not (added & unseen - tune)

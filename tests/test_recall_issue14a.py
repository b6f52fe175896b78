"""Recall of the comma, capitalisation and sentence-structure rules on our own drafts (issue 14).

The drafts in tests/data/recall_issue14a.yaml were written before the rules; each class must
stay at or above 80% recall, and the clean drafts must stay silent."""

from __future__ import annotations

from pathlib import Path

from bench.measure_recall_drafts import run

DATA = Path(__file__).parent / "data" / "recall_issue14a.yaml"


def test_recall_per_class_at_least_80_percent():
    caught, alarms, missed = run(DATA)
    by_class: dict[str, list[bool]] = {}
    for (cls, _half), hits in caught.items():
        by_class.setdefault(cls, []).extend(hits)
    assert set(by_class) == {"comma", "caps", "structure"}
    for cls, hits in by_class.items():
        assert len(hits) >= 10, cls
        assert sum(hits) / len(hits) >= 0.8, (cls, missed)


def test_clean_drafts_stay_silent():
    _caught, alarms, _missed = run(DATA)
    assert alarms == []

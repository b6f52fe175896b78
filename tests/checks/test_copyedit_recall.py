"""The issue-14 drafts (tests/data/copyedit_drafts.yaml): each class 4-7 is caught at >= 80%, and the
precision checks (rule written '!rule') stay silent.  bench/measure_copyedit_recall.py prints the figures."""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from bench.measure_copyedit_recall import caught, load_cases  # noqa: E402
from newslint.api import make_linter  # noqa: E402


def test_recall_per_class_and_silent_guards() -> None:
    linter = make_linter()  # the rules on by default
    per_class: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for case in load_cases():
        hit = caught(case, linter)
        if case["rule"].startswith("!"):
            assert not hit, case["id"]
            continue
        per_class[int(case["class"])][0] += hit
        per_class[int(case["class"])][1] += 1
    assert set(per_class) == {4, 5, 6, 7}
    for cls, (c, n) in per_class.items():
        assert n >= 10 and c / n >= 0.8, (cls, c, n)

"""Recall of the issue-14 copy-editing rules (classes 4-7) on hand-written drafts.

    python bench/measure_copyedit_recall.py [--half tune|unseen] [--show] [--default]

Reads tests/data/copyedit_drafts.yaml (drafts written for newslint).  A case
is caught when a finding of its rule overlaps its ``flag`` text (or, without
``flag``, when the rule reports anything).  A rule written ``!rule`` must NOT
report: those cases are precision checks and are listed apart.  Halves follow
bench/split.py (key: the case id).
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.split import half_of, in_half  # noqa: E402
from newslint.api import make_linter, parse  # noqa: E402

CASES = ROOT / "tests" / "data" / "copyedit_drafts.yaml"


def load_cases() -> list[dict]:
    import yaml

    return list(yaml.safe_load(CASES.read_text(encoding="utf-8"))["cases"])


def caught(case: dict, linter) -> bool:
    rule = case["rule"].lstrip("!")
    doc = parse(case["text"], f"{case['id']}.txt", layout="fragment")
    hits = [f for f in linter.lint(doc).findings if f.rule == rule]
    flag = case.get("flag") or ""
    if not flag:
        return bool(hits)
    at = case["text"].find(flag)
    lo, hi = at, at + len(flag)
    return any(f.start < hi and max(f.end, f.start + 1) > lo for f in hits)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--half", choices=("tune", "unseen"), default=None)
    ap.add_argument("--show", action="store_true", help="list the missed cases")
    ap.add_argument("--default", action="store_true", help="only the rules on by default (else every rule)")
    args = ap.parse_args()
    linter = make_linter() if args.default else make_linter(select=["*"])
    total: dict[tuple[int, str], list[int]] = defaultdict(lambda: [0, 0])
    guards: list[str] = []
    for case in load_cases():
        if not in_half(case["id"], args.half):
            continue
        hit = caught(case, linter)
        if case["rule"].startswith("!"):
            guards.append(f"{'ok ' if not hit else 'FALSE ALARM'} {case['id']}")
            continue
        key = (int(case["class"]), half_of(case["id"]))
        total[key][1] += 1
        total[key][0] += hit
        if args.show and not hit:
            print(f"missed {case['id']} ({case['rule']})")
    print(f"{'class':>5} {'half':>7} {'caught':>7} {'cases':>6} {'recall':>7}")
    by_class: dict[int, list[int]] = defaultdict(lambda: [0, 0])
    for (cls, half), (c, n) in sorted(total.items()):
        print(f"{cls:>5} {half:>7} {c:>7} {n:>6} {c / n:>7.0%}")
        by_class[cls][0] += c
        by_class[cls][1] += n
    for cls, (c, n) in sorted(by_class.items()):
        print(f"{cls:>5} {'both':>7} {c:>7} {n:>6} {c / n:>7.0%}")
    for g in guards:
        print(g)
    return 0


if __name__ == "__main__":
    sys.exit(main())

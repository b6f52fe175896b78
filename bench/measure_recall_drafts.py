"""Recall of rules on our own realistic drafts, per class and per half of the split.

    python bench/measure_recall_drafts.py [tests/data/recall_issue14a.yaml] [--misses] [--defaults]

The file lists cases ``{id, class, expect, text}`` (the rule ``expect`` must fire on the
passage) and clean cases ``{id, class: clean, silent: [rules], text}``.  Every rule runs
enabled whatever its default (``--defaults``: only the rules on by default), with its
default options.  Prints, per class, the cases caught on the tune half and on
the held-out half (bench/split.py's ``half_of(id)``), and false alarms on the clean cases.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.split import half_of  # noqa: E402
from newslint.config import Config, RuleSetting  # noqa: E402
from newslint.engine.linter import Linter  # noqa: E402
from newslint.engine.registry import builtin_rules  # noqa: E402
from newslint.parsers import parse_text  # noqa: E402

DEFAULT = ROOT / "tests" / "data" / "recall_issue14a.yaml"


def run(
    path: Path, *, defaults: bool = False
) -> tuple[dict[tuple[str, str], list[bool]], list[tuple[str, str, str]], list[str]]:
    """(class, half) -> caught flags; false alarms on clean cases; ids of missed cases.

    Every rule runs enabled, with its default options; with ``defaults`` only the rules
    that are on by default run."""
    cases = yaml.safe_load(path.read_text(encoding="utf-8"))["cases"]
    rules = {r.id: r for r in builtin_rules()}
    cfg = Config()
    if not defaults:
        for rid in rules:
            cfg.rules[rid] = RuleSetting(enabled=True)
    wanted = {c["expect"] for c in cases if "expect" in c} | {r for c in cases for r in c.get("silent", [])}
    linter = Linter([rules[r] for r in sorted(wanted)], cfg)
    caught: dict[tuple[str, str], list[bool]] = defaultdict(list)
    alarms: list[tuple[str, str, str]] = []
    missed: list[str] = []
    for c in cases:
        doc = parse_text(c["text"], f"{c['id']}.txt", layout="fragment")
        found = linter.lint(doc).findings
        if c["class"] == "clean":
            alarms += [(c["id"], f.rule, f.text) for f in found if f.rule in c["silent"]]
            continue
        hit = any(f.rule == c["expect"] for f in found)
        caught[(c["class"], half_of(c["id"]))].append(hit)
        if not hit:
            missed.append(c["id"])
    return caught, alarms, missed


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--misses", action="store_true", help="list the cases missed")
    ap.add_argument("--defaults", action="store_true", help="only the rules that are on by default")
    args = ap.parse_args()
    caught, alarms, missed = run(args.path, defaults=args.defaults)
    classes = sorted({k for k, _ in caught})
    print(f"{'class':12} {'tune':>10} {'held-out':>10} {'all':>10}")
    for k in classes:
        t, u = caught.get((k, "tune"), []), caught.get((k, "unseen"), [])
        a = t + u
        print(
            f"{k:12} {sum(t):4d}/{len(t):<5d} {sum(u):4d}/{len(u):<5d} {sum(a):4d}/{len(a):<3d} {100 * sum(a) / len(a):5.1f}%"
        )
    print(f"false alarms on clean drafts: {len(alarms)}")
    for a in alarms:
        print("  ", *a)
    if args.misses:
        print("missed:", ", ".join(missed) or "none")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""CPU cost of some rules relative to everything else, measured in one process.

    python bench/rule_cost.py --select RULES [--corpus PATH]

On a shared, loaded machine two separate runs (before/after) differ by more than the change
being measured.  Here each draft is parsed and linted with the other default rules, then the
selected rules run on the same draft, and process time is summed for each part: both parts see
the same load, so their ratio is stable from run to run.  Shared analyses that only the
selected rules use (``newslint.analysis.openings``) are charged to them.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.shared import SHARED  # noqa: E402
from newslint.api import make_linter, parse  # noqa: E402
from newslint.engine.linter import matches_selector  # noqa: E402
from newslint.runtime import tune_gc  # noqa: E402

DEFAULT = SHARED / "corpus" / "dev-articles.jsonl"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--select", required=True, help="comma-separated rule ids or id prefixes")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    selectors = [s.strip() for s in args.select.split(",") if s.strip()]

    def picked(rule_id: str) -> bool:
        return any(matches_selector(rule_id, s) or rule_id.startswith(s) for s in selectors)

    tune_gc()
    with args.corpus.open(encoding="utf-8") as fh:
        articles = [json.loads(line) for line in fh if line.strip()]
    rest, chosen = make_linter(), make_linter()
    rest.active = [a for a in rest.active if not picked(a.rule.id)]
    chosen.active = [a for a in chosen.active if picked(a.rule.id)]
    t_rest = t_chosen = 0.0
    for a in articles:
        t0 = time.process_time()
        doc = parse(f"{a.get('title', '').strip()}\n\n{a['text']}", f"{a['id']}.txt")
        rest.lint(doc)
        t1 = time.process_time()
        chosen.lint(doc)
        t2 = time.process_time()
        t_rest += t1 - t0
        t_chosen += t2 - t1
    print(f"{len(chosen.active)} selected rules, {len(rest.active)} others, {len(articles)} drafts")
    print(
        f"parse + other rules {t_rest:.3f} s; selected rules {t_chosen:.3f} s ({100 * t_chosen / t_rest:.1f}% on top)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

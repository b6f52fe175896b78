"""Findings per 1,000 words per rule on the dev corpus, and a sample to adjudicate.

    python bench/measure_rules.py [--corpus ../shared/corpus/dev-articles.jsonl]
                                  [--select RULES] [--sample RULE --n 30 --seed 1]

Reads the articles from ../shared (never copied into the repository), builds
each one as a plain-text draft (title line, blank line, text) and runs the
default rules.  With --sample it prints N random findings of one rule with
their context, for a human to judge.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.shared import SHARED  # noqa: E402
from newslint.api import make_linter, parse  # noqa: E402

DEFAULT = SHARED / "corpus" / "dev-articles.jsonl"


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--select", default=None)
    ap.add_argument("--sample", default=None, help="rule id to sample findings of")
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--all", action="store_true", help="include rules that are off by default")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    articles = load(args.corpus)
    select = args.select.split(",") if args.select else None
    if args.all and not select:
        select = ["*"]
    linter = make_linter(select=select)
    counts: Counter[str] = Counter()
    words = 0
    samples: list[tuple[str, str, str]] = []
    t0 = time.perf_counter()
    for a in articles:
        text = f"{a.get('title', '').strip()}\n\n{a['text']}"
        doc = parse(text, f"{a['id']}.txt")
        words += doc.word_count
        for f in linter.lint(doc).findings:
            counts[f.rule] += 1
            if args.sample and f.rule == args.sample:
                line = doc.source_line(f.line)
                lo = max(0, f.column - 80)
                ctx = line[lo : f.column - 1] + "[[" + f.text + "]]" + line[f.column - 1 + len(f.text) : f.column + 80]
                samples.append((a["id"], ctx.replace("\n", " "), f.message))
    elapsed = time.perf_counter() - t0
    print(f"{len(articles)} articles, {words:,} words, {elapsed:.2f} s ({words / elapsed:,.0f} words/s)")
    print(f"{'rule':40} {'count':>7} {'per 1k words':>13}")
    for rule, n in sorted(counts.items(), key=lambda x: -x[1]):
        print(f"{rule:40} {n:7d} {1000 * n / words:13.3f}")
    total = sum(counts.values())
    print(f"{'TOTAL':40} {total:7d} {1000 * total / words:13.3f}")
    if args.sample:
        random.Random(args.seed).shuffle(samples)
        print(f"\n--- {min(args.n, len(samples))} of {len(samples)} findings of {args.sample} ---")
        for aid, ctx, msg in samples[: args.n]:
            print(f"[{aid}] {ctx}\n      {msg}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Measure the style/mechanics packs on the dev corpus: findings per 1,000 words
per rule, throughput, and a random sample of findings to adjudicate by hand.

Reads ../shared/corpus/dev-articles.jsonl (never copied into the repo); prints
counts, and with --sample short excerpts to the terminal only.  Usage::

    python bench/measure_style.py                      # table for the style families
    python bench/measure_style.py --sample caps/title-before-name --n 25
    python bench/measure_style.py --all                # throughput with every built-in rule
"""

from __future__ import annotations

import argparse
import collections
import json
import random
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.shared import SHARED  # noqa: E402

DEFAULT_CORPUS = SHARED / "corpus" / "dev-articles.jsonl"
FAMILIES = ("wordiness", "style", "number", "caps", "time", "spelling")
# spelling rules owned by other packs are measured there
OTHERS = ("spelling/nonstandard-word", "spelling/di-ke-joined", "spelling/di-prefix-split")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--sample", metavar="RULE", help="print a random sample of this rule's findings")
    ap.add_argument("--n", type=int, default=20)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--all", action="store_true", help="time every built-in rule, not only these families")
    args = ap.parse_args()
    if not args.corpus.is_file():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2

    from newslint.config import Config, RuleSetting
    from newslint.engine.linter import Linter
    from newslint.engine.registry import builtin_rules
    from newslint.parsers import parse_text

    rules = [
        r
        for r in builtin_rules()
        if args.all or (r.meta.family in FAMILIES and r.id not in OTHERS and not r.id.startswith("spelling/di-"))
    ]
    cfg = Config()
    for r in rules:  # measure disabled rules too: that is how their default was chosen
        cfg.rules[r.id] = RuleSetting(enabled=True)
    linter = Linter(rules, cfg)
    articles = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]

    counts: collections.Counter[str] = collections.Counter()
    fixable: collections.Counter[str] = collections.Counter()
    samples: list[tuple[str, str]] = []
    words = 0
    t_parse = t_lint = 0.0
    for a in articles:
        text = f"{a.get('title', '').strip()}\n\n{a['text']}"
        t0 = time.perf_counter()
        doc = parse_text(text, "<bench>", layout="news")
        t1 = time.perf_counter()
        result = linter.lint(doc)
        t2 = time.perf_counter()
        t_parse += t1 - t0
        t_lint += t2 - t1
        words += doc.word_count
        for f in result.findings:
            counts[f.rule] += 1
            if f.fix is not None:
                fixable[f.rule] += 1
            if args.sample and f.rule == args.sample:
                line = doc.source_line(f.line)
                c = f.column - 1
                ctx = line[max(0, c - 70) : c] + "[[" + f.text + "]]" + line[c + len(f.text) : c + len(f.text) + 70]
                samples.append((a["id"], ctx.replace("\n", " ")))

    print(f"articles {len(articles)}, words {words}, rules {len(rules)}")
    print(
        f"parse {words / t_parse:,.0f} words/s; lint {words / t_lint:,.0f} words/s; "
        f"parse+lint {words / (t_parse + t_lint):,.0f} words/s"
    )
    print(f"{'rule':36} {'enabled':>7} {'sev':>7} {'found':>6} {'per1k':>7} {'fixable':>7}")
    for r in sorted(rules, key=lambda r: r.id):
        n = counts.get(r.id, 0)
        print(
            f"{r.id:36} {str(r.meta.enabled):>7} {r.meta.severity.value:>7} {n:6d} "
            f"{1000 * n / max(words, 1):7.3f} {fixable.get(r.id, 0):7d}"
        )
    if args.sample:
        rng = random.Random(args.seed)
        pick = rng.sample(samples, min(args.n, len(samples)))
        print(f"\nsample of {len(pick)} / {len(samples)} findings of {args.sample}:")
        for i, (aid, ctx) in enumerate(pick, 1):
            print(f"{i:3d} {aid}: {ctx}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

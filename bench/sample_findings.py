"""Findings of chosen rules on one half of the dev corpus: rates, a listing, adjudication samples.

    python bench/sample_findings.py --select RULES [--half tune|unseen] [--show N]
                                    [--write-adjudication DIR --n 25 --seed 14]

Reads ../shared/corpus/dev-articles.jsonl (never copied into the repository), builds each
article as a plain-text draft (title line, blank line, text) as bench/measure_rules.py does,
and runs only the selected rules (enabled whatever their default).  ``--half`` keeps the
articles of one half of bench/split.py's split.  ``--show`` prints that many findings per rule
with their context (for tuning: use it on the tune half only).  ``--write-adjudication`` writes,
per rule, a random sample (fixed seed) to ``DIR/<rule id with / as __>.tsv`` in the format of the
adjudication protocol (n, rule, article_id, flagged, suggestion, message, context with the
flagged span in ⟦ ⟧) and an empty ``.ready`` marker beside it.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.split import in_half  # noqa: E402
from newslint.api import parse  # noqa: E402
from newslint.config import Config, RuleSetting  # noqa: E402
from newslint.engine.linter import Linter  # noqa: E402
from newslint.engine.registry import builtin_rules  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev-articles.jsonl"


def _flat(s: str) -> str:
    return s.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--select", required=True, help="comma-separated rule ids or families")
    ap.add_argument("--half", choices=("tune", "unseen"), default=None)
    ap.add_argument("--show", type=int, default=0)
    ap.add_argument("--write-adjudication", type=Path, default=None)
    ap.add_argument("--n", type=int, default=25)
    ap.add_argument("--seed", type=int, default=14)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    wanted = [s.strip() for s in args.select.split(",") if s.strip()]
    rules = [r for r in builtin_rules() if any(r.id == w or r.id.startswith(w.rstrip("/") + "/") for w in wanted)]
    if not rules:
        print("no rule matches --select", file=sys.stderr)
        return 2
    cfg = Config()
    for r in rules:
        cfg.rules[r.id] = RuleSetting(enabled=True)
    linter = Linter(rules, cfg)
    found: dict[str, list[tuple]] = defaultdict(list)
    words = 0
    with args.corpus.open(encoding="utf-8") as fh:
        articles = [json.loads(line) for line in fh if line.strip()]
    for a in articles:
        if not in_half(a["id"], args.half):
            continue
        text = f"{a.get('title', '').strip()}\n\n{a['text']}"
        doc = parse(text, f"{a['id']}.txt")
        words += doc.word_count
        src = doc.source
        for f in linter.lint(doc).findings:
            ctx = src[max(0, f.start - 150) : f.start] + "⟦" + src[f.start : f.end] + "⟧" + src[f.end : f.end + 150]
            sugg = " | ".join(f.suggestions) or (f.fix.replacement if f.fix else "")
            found[f.rule].append((a["id"], src[f.start : f.end], sugg, f.message, ctx))
    half = args.half or "both halves"
    print(f"{half}: {words:,} words")
    for r in rules:
        n = len(found[r.id])
        print(f"{r.id:42} {n:5d} {1000 * n / max(words, 1):8.3f}/1k")
    if args.show:
        for r in rules:
            items = found[r.id]
            random.Random(args.seed).shuffle(items)
            print(f"\n=== {r.id}: {min(args.show, len(items))} of {len(items)}")
            for aid, _flagged, _sugg, _msg, ctx in items[: args.show]:
                print(f"[{aid}] {_flat(ctx)}")
    if args.write_adjudication:
        out = args.write_adjudication
        out.mkdir(parents=True, exist_ok=True)
        for r in rules:
            items = list(found[r.id])
            random.Random(args.seed).shuffle(items)
            sample = items[: args.n]
            name = r.id.replace("/", "__")
            with (out / f"{name}.tsv").open("w", encoding="utf-8", newline="") as fh:
                w = csv.writer(fh, delimiter="\t", lineterminator="\n")
                w.writerow(["n", "rule", "article_id", "flagged", "suggestion", "message", "context"])
                for i, (aid, flagged, sugg, msg, ctx) in enumerate(sample, 1):
                    w.writerow([i, r.id, aid, _flat(flagged), _flat(sugg), _flat(msg), _flat(ctx)])
            (out / f"{name}.ready").touch()
            print(f"wrote {out / name}.tsv ({len(sample)} of {len(items)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

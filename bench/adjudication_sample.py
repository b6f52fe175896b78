"""Findings of chosen rules on one half of the dev corpus: counts, a listing, or adjudication samples.

    python bench/adjudication_sample.py --rules usage/di-time,punct/spaced-dash --half tune [--show]
    python bench/adjudication_sample.py --rules ... --half unseen --write /work/adjudicate --n 25 --seed 14

--write puts one TSV per rule (columns n, rule, article_id, flagged, suggestion, message,
context; the flagged span wrapped in ⟦ ⟧ inside ~300 characters of context) and an empty
``.ready`` marker beside it, as the adjudication protocol of the session asks.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.split import in_half  # noqa: E402
from newslint.api import make_linter, parse  # noqa: E402

DEFAULT = ROOT.parent / "shared" / "corpus" / "dev-articles.jsonl"


def _clean(s: str) -> str:
    return s.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--rules", required=True)
    ap.add_argument("--half", choices=("tune", "unseen"), default=None)
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--write", type=Path, default=None)
    ap.add_argument("--n", type=int, default=25)
    ap.add_argument("--seed", type=int, default=14)
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    rules = args.rules.split(",")
    linter = make_linter(select=rules)
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
        for f in linter.lint(doc).findings:
            src = doc.source
            lo, hi = max(0, f.start - 150), min(len(src), f.end + 150)
            ctx = src[lo : f.start] + "⟦" + src[f.start : f.end] + "⟧" + src[f.end : hi]
            found[f.rule].append((a["id"], f.text, " / ".join(f.suggestions), f.message, _clean(ctx)))
    print(f"{args.half or 'both'} half: {words:,} words")
    for rule in rules:
        hits = found.get(rule, [])
        print(f"{rule:40} {len(hits):5d} {1000 * len(hits) / max(words, 1):8.3f} per 1k")
        if args.show:
            for aid, flagged, sugg, _msg, ctx in hits:
                print(f"   [{aid}] {flagged!r} -> {sugg!r}: {ctx[90:260]}")
        if args.write is not None:
            sample = list(hits)
            random.Random(args.seed).shuffle(sample)
            sample = sample[: max(args.n, 0)] if len(sample) > args.n else sample
            name = rule.replace("/", "__")
            out = args.write / f"{name}.tsv"
            with out.open("w", encoding="utf-8") as fh:
                fh.write("n\trule\tarticle_id\tflagged\tsuggestion\tmessage\tcontext\n")
                for i, (aid, flagged, sugg, msg, ctx) in enumerate(sample, 1):
                    fh.write(f"{i}\t{rule}\t{aid}\t{_clean(flagged)}\t{_clean(sugg)}\t{_clean(msg)}\t{ctx}\n")
            (args.write / f"{name}.ready").touch()
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""Write a random sample of a rule's findings on one half of the dev corpus for independent adjudication.

For each rule id given, the findings over the chosen half (default: ``unseen``) of
``../shared/corpus/dev-articles.jsonl`` are collected, a sample of ``--n`` of them
(all, if fewer) is drawn with a fixed seed, and written to
``<out>/<rule id with "/" replaced by "__">.tsv`` with the columns
``n rule article_id flagged suggestion message context`` (context: ~300
characters around the finding, the flagged span wrapped in ⟦ ⟧), followed by an
empty ``.ready`` marker.  The rate (findings per 1,000 words) over the half is
printed too.  Usage::

    python bench/adjudication_sample.py spelling/loanword-adaptation spelling/nonstandard-word \\
        [--half unseen] [--n 30] [--seed 12] [--out /work/adjudicate] [--dry-run] [--round 2]
    python bench/adjudication_sample.py --rules usage/di-time,punct/spaced-dash --half tune --dry-run
    python bench/adjudication_sample.py punct/comma-before-yaitu --half tune --show 10   # read findings to tune
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.measure_nonstandard import DEFAULT_CORPUS, article_text, load_articles  # noqa: E402
from bench.split import in_half  # noqa: E402
from newslint.config import Config  # noqa: E402
from newslint.engine.linter import Linter, matches_selector  # noqa: E402
from newslint.engine.registry import builtin_rules  # noqa: E402
from newslint.parsers import parse_text  # noqa: E402

HEADER = "n\trule\tarticle_id\tflagged\tsuggestion\tmessage\tcontext"


def _clean(s: str) -> str:
    return " ".join(s.replace("\t", " ").split())


def _row(f, doc, article_id: str) -> list[str]:
    src = doc.source
    ctx = src[max(0, f.start - 150) : f.start] + "⟦" + src[f.start : f.end] + "⟧" + src[f.end : f.end + 150]
    return [f.rule, article_id, _clean(f.text), " | ".join(f.suggestions), _clean(f.message), _clean(ctx)]


def collect(rule_ids: list[str], half: str | None, corpus: Path) -> tuple[dict[str, list[list[str]]], int]:
    linter = Linter(list(builtin_rules()), Config(), select=rule_ids)
    rows: dict[str, list[list[str]]] = {r: [] for r in rule_ids}
    words = 0
    for a in load_articles(corpus):
        if not in_half(a["id"], half):
            continue
        doc = parse_text(article_text(a), a["id"], fmt="text", layout="news")
        words += doc.word_count
        for f in linter.lint(doc).findings:
            for sel in rule_ids:
                if matches_selector(f.rule, sel):
                    rows[sel].append(_row(f, doc, a["id"]))
    return rows, words


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("rules", nargs="*", help="rule ids or families (a family is sampled as one pool)")
    ap.add_argument("--rules", dest="rule_list", default="", help="the same, comma-separated")
    ap.add_argument("--half", default="unseen", choices=["tune", "unseen", "all"])
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=12)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", "--write", type=Path, default=Path("/work/adjudicate"))
    ap.add_argument("--dry-run", action="store_true", help="print the rates only")
    ap.add_argument("--show", type=int, default=0, metavar="N", help="print N findings per rule in context (tune half)")
    ap.add_argument(
        "--round",
        type=int,
        default=1,
        help="a later round: leave out findings (article, text) already in the rule's earlier samples and write "
        "<name>.r<round>.tsv",
    )
    args = ap.parse_args(argv)
    args.rules += [r.strip() for r in args.rule_list.split(",") if r.strip()]
    if not args.rules:
        ap.error("name at least one rule id or family")
    half = None if args.half == "all" else args.half
    rows, words = collect(args.rules, half, args.corpus)
    for rid, found in rows.items():
        print(
            f"{rid}: {len(found)} findings on the {args.half} half, {words} words = {1000 * len(found) / max(words, 1):.2f} per 1,000"
        )
        if args.show:
            for row in random.Random(args.seed).sample(found, min(args.show, len(found))):
                print(f"  [{row[1]}] {row[5]}")
        if args.dry_run or args.show:
            continue
        name = rid.replace("/", "__")
        if args.round > 1:
            earlier = [args.out / f"{name}.tsv"] + [args.out / f"{name}.r{k}.tsv" for k in range(2, args.round)]
            done = {
                (cols[2], cols[3])
                for path in earlier
                if path.exists()
                for cols in (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()[1:])
            }
            found = [row for row in found if (row[1], row[2]) not in done]
            name = f"{name}.r{args.round}"
        sample = random.Random(args.seed).sample(found, min(args.n, len(found)))
        args.out.mkdir(parents=True, exist_ok=True)
        lines = [HEADER] + ["\t".join([str(i), *row]) for i, row in enumerate(sample, 1)]
        (args.out / f"{name}.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
        (args.out / f"{name}.ready").touch()
        print(f"  wrote {len(sample)} to {args.out / (name + '.tsv')}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

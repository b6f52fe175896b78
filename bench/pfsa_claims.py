#!/usr/bin/env python3
"""attribution/unattributed-claim on PFSA-ID's Kompas texts (rebuilt as in bench/pfsa_eval.py).

    python bench/pfsa_claims.py                      # findings per 1,000 words, tune and unseen halves
    python bench/pfsa_claims.py --half tune --list   # every finding of one half, with context
    python bench/pfsa_claims.py --adjudicate NAME --n 30 --seed 5
                                                     # a random sample of findings (all halves) written as
                                                     # /work/adjudicate/NAME.tsv (+ .ready), COMMON.md protocol

PFSA-ID keeps no paragraph breaks: the rebuild starts a paragraph after every
sentence that ends outside a quotation, so a figure's source one or two
sentences earlier sits one or two "paragraphs" away.  This is the test of the
rule's source window by discourse rather than by paragraph.

Reads ``../shared/data/pfsa-id/dev.txt`` (CC BY-NC-SA: evaluation only; never
copied into the repository, and no test needs it).  Nothing is written to the
repository.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.pfsa_eval import DEFAULT, read_corpus, rebuild  # noqa: E402
from bench.split import TUNE, UNSEEN, half_of  # noqa: E402
from newslint.api import make_linter, parse  # noqa: E402

RULE = "attribution/unattributed-claim"


def findings(data: Path, half: str | None) -> tuple[list[tuple[str, int, int, str, str]], dict[str, int]]:
    """Every finding ``(key, start, end, message, text)`` and the words per half."""
    linter = make_linter(select=[RULE])
    out: list[tuple[str, int, int, str, str]] = []
    words = {TUNE: 0, UNSEEN: 0}
    for i, sentences in enumerate(read_corpus(data)):
        a = rebuild(sentences, f"pfsa-dev-{i:03d}")
        h = half_of(a.key)
        if half and h != half:
            continue
        doc = parse(a.text, f"{a.key}.txt", layout="fragment")
        words[h] += doc.word_count
        for f in linter.lint(doc).findings:
            if f.rule == RULE:
                out.append((a.key, f.start, f.end, f.message, a.text))
    return out, words


def context(text: str, start: int, end: int, width: int = 200, para: str = " ¶ ") -> str:
    s, e = max(0, start - width), min(len(text), end + width)
    return (text[s:start] + "⟦" + text[start:end] + "⟧" + text[end:e]).replace("\n\n", para)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT)
    ap.add_argument("--half", choices=[TUNE, UNSEEN], default=None)
    ap.add_argument("--list", action="store_true", help="print every finding with context")
    ap.add_argument("--adjudicate", default=None, help="write a sample as /work/adjudicate/NAME.tsv")
    ap.add_argument("--n", type=int, default=30)
    ap.add_argument("--seed", type=int, default=5)
    ap.add_argument("--context", type=int, default=170, help="characters each side of a sampled finding")
    ap.add_argument("--out", type=Path, default=Path("/work/adjudicate"))
    args = ap.parse_args()
    if not args.data.exists():
        print(f"PFSA-ID not found: {args.data}", file=sys.stderr)
        return 2
    found, words = findings(args.data, args.half)
    if args.list:
        for key, s, e, _msg, text in found:
            print(f"{key}\t{context(text, s, e)}")
        return 0
    if args.adjudicate:
        sample = random.Random(args.seed).sample(found, min(args.n, len(found)))
        rows = ["n\trule\tarticle_id\tflagged\tsuggestion\tmessage\tcontext"]
        for n, (key, s, e, msg, text) in enumerate(sample, 1):
            cells = [str(n), RULE, key, text[s:e], "", msg, context(text, s, e, args.context, " ")]
            rows.append("\t".join(" ".join(c.split()) for c in cells))
        args.out.mkdir(parents=True, exist_ok=True)
        (args.out / f"{args.adjudicate}.tsv").write_text("\n".join(rows) + "\n", encoding="utf-8")
        (args.out / f"{args.adjudicate}.ready").touch()
        print(f"{len(sample)} of {len(found)} findings written to {args.out / args.adjudicate}.tsv")
        return 0
    for h in (TUNE, UNSEEN):
        if args.half and h != args.half:
            continue
        n = sum(1 for key, *_ in found if half_of(key) == h)
        print(f"{h:7} {n:4} findings, {words[h]:7} words, {1000 * n / max(1, words[h]):.2f} per 1k words")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Every finding of the default rules over the corpus, one line each: the check for speed work.

A change that is meant only to make newslint faster must leave every finding
as it was.  Write the findings before the change, again after it, and compare::

    python bench/golden.py bench/out/before.tsv
    … change the code …
    python bench/golden.py bench/out/after.tsv
    diff bench/out/before.tsv bench/out/after.tsv     # must print nothing

Each line is ``draft, rule, start, end, severity, message, suggestions, fix``.
Messages quote the drafts, so write the file under ``bench/out/`` (git-ignored)
or outside the repository: the outlets' text never enters it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.write_corpus import DEFAULT_CORPUS, load_articles  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("out", type=Path, help="TSV file to write")
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"golden: {args.corpus}: corpus not found", file=sys.stderr)
        return 2
    from newslint.api import make_linter
    from newslint.parsers import parse_text

    linter = make_linter()
    words = 0
    t0 = time.perf_counter()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as out:
        for name, text in load_articles(args.corpus):
            doc = parse_text(text, name)
            words += doc.word_count
            for f in linter.lint(doc).findings:
                fix = json.dumps(f.fix.to_json(), ensure_ascii=False) if f.fix else ""
                row = [
                    name,
                    f.rule,
                    str(f.start),
                    str(f.end),
                    f.severity.value,
                    f.message,
                    "|".join(f.suggestions),
                    fix,
                ]
                out.write("\t".join(x.replace("\t", " ").replace("\n", " ") for x in row) + "\n")
    print(f"{words:,} words, {time.perf_counter() - t0:.2f} s → {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

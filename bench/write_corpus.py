#!/usr/bin/env python3
"""Write the dev corpus out as one ``.txt`` draft per article.

Each file is the article's title line, a blank line, then its text: the
layout ``newslint check`` expects of a plain-text news draft.  The output
folder (``bench/corpus/`` by default) is git-ignored: outlets' copyright
means the articles never enter the repository.  Usage::

    python bench/write_corpus.py [--corpus PATH] [--out DIR]
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.shared import SHARED  # noqa: E402

DEFAULT_CORPUS = SHARED / "corpus" / "dev-articles.jsonl"
DEFAULT_OUT = ROOT / "bench" / "corpus"

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def article_filename(article_id: str, index: int) -> str:
    """A file name from the article id (or its position when the id is missing or unusable)."""
    stem = _UNSAFE.sub("_", str(article_id)).strip("._") or f"article-{index:06d}"
    return stem + ".txt"


def draft_text(title: str, text: str) -> str:
    """The same draft ``newslint batch --title-field title`` builds, so both runs see equal documents."""
    from newslint.batch import draft_text as batch_draft

    return batch_draft(title, text or "")


def load_articles(corpus: Path) -> list[tuple[str, str]]:
    """(file name, draft text) of every article, in corpus order, without writing files."""
    out = []
    with corpus.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if line.strip():
                art = json.loads(line)
                out.append(
                    (article_filename(art.get("id", ""), i), draft_text(art.get("title", ""), art.get("text", "")))
                )
    return out


def write_corpus(corpus: Path, out: Path) -> tuple[list[Path], int]:
    """Write every article of ``corpus`` (JSON Lines) into ``out``; return (files, whitespace words)."""
    out.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    words = 0
    seen: set[str] = set()
    with corpus.open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if not line.strip():
                continue
            art = json.loads(line)
            name = article_filename(art.get("id", ""), i)
            if name in seen:  # ids should be unique; never overwrite one article with another
                name = f"{name[:-4]}-{i}.txt"
            seen.add(name)
            content = draft_text(art.get("title", ""), art.get("text", ""))
            path = out / name
            # skip the write when the file is already identical, so mtimes (and OS caches) stay put
            if not path.exists() or path.read_text(encoding="utf-8") != content:
                path.write_text(content, encoding="utf-8")
            files.append(path)
            words += len(content.split())
    return files, words


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"write_corpus: {args.corpus}: corpus not found", file=sys.stderr)
        return 2
    files, words = write_corpus(args.corpus, args.out)
    print(f"wrote {len(files)} drafts ({words} words) to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

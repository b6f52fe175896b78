#!/usr/bin/env python3
"""Compute the word verdicts newslint ships (``newslint/lang/data/word_verdicts.marshal.gz``).

Runs the runtime's own functions -- :func:`newslint.lang.morph.analyze`,
:func:`newslint.checks.typo_word.corrections`, :func:`newslint.checks.spelling_adaptation.verdict` and those
of :data:`newslint.lang.verdicts.EXTRA` --
with the shipped table off over every word of the lexicon's frequency list (``Lexicon.words``, the whole
wordfreq list the lexicon keeps) and writes the results, indexed by frequency rank, with a digest of the
data files they were computed from (see :mod:`newslint.lang.verdicts`).  Needs nothing beyond newslint
itself; run it from the repository root after ``tools/build_lexicon.py`` and after any change to those
functions or the rules they use::

    python tools/build_word_verdicts.py            # write the file
    python tools/build_word_verdicts.py --check    # recompute and compare; exit 1 when the file is stale

The output is byte-identical on a rebuild (gzip ``mtime=0``, lists in rank order).
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import marshal
import sys
from array import array
from itertools import accumulate
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import newslint.lang.verdicts as verdicts  # noqa: E402
from newslint.lang.lexicon import DATA_FORMAT, get_lexicon  # noqa: E402

REBUILD = "python tools/build_word_verdicts.py"


def compute() -> dict[str, Any]:
    """Every verdict, computed with the live code (the shipped table off)."""
    verdicts.enabled = False
    verdicts.shipped.cache_clear()
    from newslint.checks.spelling_adaptation import verdict_live
    from newslint.checks.typo_word import corrections_live
    from newslint.lang.morph import analyze_live, to_row

    lex = get_lexicon()
    words = sorted(lex.rank, key=lex.rank.__getitem__)
    analyses = []
    corrections: dict[int, tuple[str, ...]] = {}
    adaptations: dict[int, tuple[tuple[str, ...], str]] = {}
    for i, w in enumerate(words):
        analyses.append(to_row(w, analyze_live(w)))
        corr = corrections_live(w)
        if corr:
            corrections[i] = corr
        adapt = verdict_live(w)
        if adapt != ((), ""):
            adaptations[i] = adapt
    extra: dict[str, dict[int, Any]] = {}
    for kind, (module, name, capitalised, usual) in verdicts.EXTRA.items():
        live = getattr(importlib.import_module(module), name)
        found = extra[kind] = {}
        for i, w in enumerate(words):
            v = live(w.capitalize() if capitalised else w)
            if v != usual:
                found[i] = v
    return {
        "format": DATA_FORMAT,
        "layout": verdicts.LAYOUT,
        "sources": verdicts.sources_digest(),
        "analyses": "".join(analyses),
        "analysis_ends": _ends(analyses),
        "corrections": corrections,
        "adaptations": adaptations,
        "extra": extra,
    }


def _ends(rows: list[str]) -> bytes:
    """Where each row ends in the joined string, as little-endian 4-byte integers."""
    ends = array("I", accumulate(map(len, rows)))
    if sys.byteorder == "big":
        ends.byteswap()
    return ends.tobytes()


def _rows(data: dict[str, Any]) -> list[str]:
    ends = array("I")
    ends.frombytes(data.get("analysis_ends", b""))
    if sys.byteorder == "big":
        ends.byteswap()
    text = data.get("analyses", "")
    return [text[a:b] for a, b in zip([0, *ends], ends)]


def pack(data: dict[str, Any]) -> bytes:
    return gzip.compress(marshal.dumps(data), compresslevel=9, mtime=0)


def stale_entries(data: dict[str, Any], shipped: dict[str, Any]) -> list[str]:
    """What differs between freshly computed verdicts and the shipped ones, word by word (at most 20)."""
    words = sorted(get_lexicon().rank, key=get_lexicon().rank.__getitem__)
    out = []
    for key in ("format", "layout", "sources"):
        if data[key] != shipped.get(key):
            out.append(f"{key}: shipped {shipped.get(key)!r}, now {data[key]!r}")
    new_an, old_an = _rows(data), _rows(shipped)
    for i, w in enumerate(words):
        if i >= len(old_an) or new_an[i] != old_an[i]:
            out.append(f"analyze({w!r}): shipped {old_an[i] if i < len(old_an) else '-'!r}, now {new_an[i]!r}")
    tables = [(key, data[key], shipped.get(key, {})) for key in ("corrections", "adaptations")]
    tables += [(kind, found, shipped.get("extra", {}).get(kind, {})) for kind, found in data["extra"].items()]
    for key, new, old in tables:
        for i in sorted(set(new) | set(old)):
            if new.get(i) != old.get(i):
                w = words[i] if i < len(words) else f"#{i}"
                out.append(f"{key}({w!r}): shipped {old.get(i)!r}, now {new.get(i)!r}")
    return out[:20]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="recompute and compare with the shipped file")
    ap.add_argument("--out", type=Path, default=verdicts.VERDICTS_PATH)
    args = ap.parse_args(argv)
    data = compute()
    if args.check:
        try:
            shipped = marshal.loads(gzip.decompress(args.out.read_bytes()))
        except (OSError, EOFError, ValueError, gzip.BadGzipFile) as exc:
            print(f"{args.out}: cannot read ({exc}); run {REBUILD}", file=sys.stderr)
            return 1
        diffs = stale_entries(data, shipped)
        if diffs:
            print(f"{args.out} is stale; run {REBUILD}", file=sys.stderr)
            for d in diffs:
                print("  " + d, file=sys.stderr)
            return 1
        if pack(data) != args.out.read_bytes():
            print(f"{args.out} holds the right verdicts but is no fresh build; run {REBUILD}", file=sys.stderr)
            return 1
        return 0
    blob = pack(data)
    args.out.write_bytes(blob)
    print(
        f"{args.out}: {len(data['analysis_ends']) // 4} words, {len(data['corrections'])} with corrections, "
        f"{len(data['adaptations'])} with adaptations; {len(blob):,} bytes"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

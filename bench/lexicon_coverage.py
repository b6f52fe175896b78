#!/usr/bin/env python3
"""Measure lexicon coverage, load time and analyser speed on the dev corpus.

Reads ../shared/corpus/dev-articles.jsonl (never copied into the repo) and prints
only counts and word types.  Usage (from the repo root)::

    python bench/lexicon_coverage.py [--corpus PATH] [--top 80]
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.shared import SHARED  # noqa: E402

DEFAULT_CORPUS = SHARED / "corpus" / "dev-articles.jsonl"
URLISH = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|\S+\.(?:com|id|co|net|org)\S*", re.I)
TOKEN = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def tokens(text: str) -> list[str]:
    return TOKEN.findall(URLISH.sub(" ", text))


def cold_load_ms() -> tuple[float, float]:
    code = (
        "import time;t0=time.perf_counter();"
        "from newslint.lang.lexicon import get_lexicon;t=time.perf_counter();get_lexicon();"
        "t2=time.perf_counter();print((t2-t)*1000, (t-t0)*1000)"
    )
    runs = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
        load, imp = out.stdout.split()
        runs.append((float(load), float(imp)))
    return min(runs)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--top", type=int, default=80)
    args = ap.parse_args()

    load, imp = cold_load_ms()
    print(f"cold load (lexicon data, best of 3): {load:.1f} ms (+ {imp:.1f} ms importing newslint.lang)")

    from newslint.lang import (
        analyze,
        di_preposition_join,
        is_valid,
        nearest_entity,
        passive_join_candidate,
    )
    from newslint.lang.lexicon import get_lexicon
    from newslint.lang.morph import _analyze_cached

    t = time.perf_counter()
    get_lexicon()
    lower: collections.Counter[str] = collections.Counter()
    caps: collections.Counter[str] = collections.Counter()
    di_split: collections.Counter[str] = collections.Counter()
    n_words = 0
    for line in args.corpus.open(encoding="utf-8"):
        art = json.loads(line)
        toks = tokens(art["title"] + "\n" + art["text"])
        n_words += len(toks)
        for i, tok in enumerate(toks):
            if tok.islower():
                lower[tok] += 1
            elif tok[0].isupper() and tok[1:].islower() and len(tok) >= 6 and i > 0:
                caps[tok] += 1
            if tok == "di" and i + 1 < len(toks):
                cand = passive_join_candidate(toks[i + 1])
                if cand:
                    di_split[f"di {toks[i + 1]}"] += 1
    total = sum(lower.values())

    rejected = {w: c for w, c in lower.items() if not is_valid(w) and di_preposition_join(w) is None}
    joined = {w: c for w, c in lower.items() if di_preposition_join(w) is not None}
    rej_tokens = sum(rejected.values())
    print(f"corpus: {n_words} word tokens, {total} lower-case tokens, {len(lower)} types")
    print(
        f"rejected: {rej_tokens} tokens ({100 * rej_tokens / total:.2f}%), "
        f"{len(rejected)} types; per 1,000 words: {1000 * rej_tokens / n_words:.2f}"
    )
    # the stricter test of issue 12: listed by a standard source, or derived from a standard base
    from newslint.checks.typo_word import is_standard_form

    nonstd = {w: c for w, c in lower.items() if w not in rejected and w not in joined and not is_standard_form(w)}
    print(
        f"analysable but not standard (only the web list has them): {sum(nonstd.values())} tokens, "
        f"{len(nonstd)} types; top: "
        + ", ".join(f"{w}:{c}" for w, c in sorted(nonstd.items(), key=lambda kv: (-kv[1], kv[0]))[:30])
    )
    print(f"most frequent rejected types (top {args.top}):")
    top = sorted(rejected.items(), key=lambda kv: (-kv[1], kv[0]))[: args.top]
    print("  " + ", ".join(f"{w}:{c}" for w, c in top))
    print(
        f"joined di/ke prepositions: {sum(joined.values())} tokens: "
        + ", ".join(f"{w}:{c}" for w, c in sorted(joined.items(), key=lambda kv: -kv[1])[:30])
    )
    print(
        f"'di X' split passives: {sum(di_split.values())}: "
        + ", ".join(f"{w}:{c}" for w, c in di_split.most_common(30))
    )
    ent = collections.Counter()
    for w, c in caps.items():
        m = nearest_entity(w)
        if m is not None and m.distance > 0:
            ent[f"{w}->{m.name}"] += c
    print(
        f"capitalised tokens with a fuzzy entity match: {sum(ent.values())}: "
        + ", ".join(f"{w}:{c}" for w, c in ent.most_common(40))
    )
    print(f"corpus pass: {time.perf_counter() - t:.2f} s")

    # speed
    types = list(lower)
    _analyze_cached.cache_clear()
    t = time.perf_counter()
    for w in types:
        analyze(w)
    dt = time.perf_counter() - t
    print(f"uncached analysis: {1e6 * dt / len(types):.1f} us/word over {len(types)} types")
    seq = [w for w in lower.elements()]
    t = time.perf_counter()
    for w in seq:
        is_valid(w)
    dt = time.perf_counter() - t
    print(f"cached is_valid: {len(seq) / dt / 1000:.0f}k lookups/s")


if __name__ == "__main__":
    main()

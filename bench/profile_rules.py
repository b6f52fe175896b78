#!/usr/bin/env python3
"""Where the time goes: parsing phases, shared analyses and each rule.

Lints the dev corpus (``../shared/corpus/dev-articles.jsonl``, as the drafts
``bench/write_corpus.py`` writes) in one process and prints each part's share
of the total: the parsing phases of the document model, each shared analysis
in ``newslint.analysis`` and the document's shared lookup structures (word
index, offset tables, masks: each timed on its own before the rules, so the
first rule that uses it is not charged for it), each rule (the Linter's
``profile`` hook), and the linter's own resolving of findings.  Usage::

    python bench/profile_rules.py [--corpus PATH] [--runs 3] [--top 40] [--limit N]

Each pass runs in a fresh process, so rules' per-process caches start empty
as in a real ``newslint check`` run; start-up (imports, loading rules and
language data, which is loaded before the pass rather than by the first rule
that needs it) is not counted here: bench/run.py has it.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.write_corpus import DEFAULT_CORPUS, load_articles  # noqa: E402

#: Parsing phases timed by wrapping the functions build_document calls.
PHASES = ("split_plain_blocks", "assign_zones", "scan", "split_sentences", "find_quotations")


def _timed(table: dict[str, float], name: str, fn: Callable) -> Callable:
    def wrapper(*args, **kwargs):
        t0 = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            table[name] = table.get(name, 0.0) + time.perf_counter() - t0

    return wrapper


def analyses() -> list[tuple[str, Callable]]:
    """``analyze(doc)`` of every module in ``newslint.analysis`` (the shared, cached analyses)."""
    try:
        import newslint.analysis as pkg
    except ImportError:
        return []
    out = []
    for mod in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        if mod.name.startswith("_"):
            continue
        m = importlib.import_module(f"newslint.analysis.{mod.name}")
        fn = getattr(m, "analyze", None)
        if callable(fn):
            out.append((f"analysis:{mod.name}", fn))
    return out


#: The document's lazily built lookup structures that many rules share: built once per draft before the
#: rules and timed on their own, like the analyses (otherwise the first rule that asks for one pays for
#: all: the word index alone is over 1% of a run, charged to whichever rule happens to run first).
SHARED = "shared: word index, offset tables, masks"


def shared_indexes(doc) -> None:
    """Build what :data:`SHARED` names (each is cached on the document, so the rules find it built)."""
    from newslint.checks._helpers import protected_mask, word_index

    word_index(doc)
    protected_mask(doc)
    for name in ("quote_mask", "_sentence_starts", "_paragraph_starts", "_token_starts"):
        getattr(doc, name, None)


def load_language_data() -> None:
    """Load the lexicon, the analyser's tables and the gazetteer before the pass: a one-time start-up cost
    (bench/run.py measures it), which would otherwise be charged to whichever rule first needs a word
    analysed or a name looked up in the first draft."""
    from newslint.lang import analyze, entity_kind, get_lexicon

    get_lexicon()
    analyze("rumah")
    entity_kind("jakarta")


def profile_once(drafts: list[tuple[str, str]]) -> tuple[dict[str, float], dict[str, float], int]:
    """One pass: (parse/analysis/resolve times, per-rule times, words)."""
    import newslint.model.build as build
    from newslint.api import make_linter
    from newslint.parsers import parse_text

    parts: dict[str, float] = {}
    saved = {name: getattr(build, name) for name in PHASES if hasattr(build, name)}
    for name, fn in saved.items():
        setattr(build, name, _timed(parts, f"parse:{name}", fn))
    from newslint.runtime import freeze_loaded, tune_gc

    tune_gc()  # the garbage-collector settings of a `newslint check` run
    rules: dict[str, float] = {}
    linter = make_linter()
    load_language_data()
    linter.profile = rules
    found = analyses()
    words = 0
    try:
        for i, (name, text) in enumerate(drafts):
            if i == 1:
                freeze_loaded()
            t0 = time.perf_counter()
            doc = parse_text(text, name)
            parts["parse (total)"] = parts.get("parse (total)", 0.0) + time.perf_counter() - t0
            words += doc.word_count
            t0 = time.perf_counter()
            shared_indexes(doc)
            parts[SHARED] = parts.get(SHARED, 0.0) + time.perf_counter() - t0
            for label, fn in found:
                t0 = time.perf_counter()
                try:
                    fn(doc)
                except Exception:  # noqa: BLE001 - a broken analysis shows up under its rules instead
                    pass
                parts[label] = parts.get(label, 0.0) + time.perf_counter() - t0
            before = sum(rules.values())
            t0 = time.perf_counter()
            linter.lint(doc)
            spent = time.perf_counter() - t0
            parts["linter: resolve findings"] = (
                parts.get("linter: resolve findings", 0.0) + spent - (sum(rules.values()) - before)
            )
    finally:
        for name, fn in saved.items():
            setattr(build, name, fn)
    return parts, rules, words


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--runs", type=int, default=3, help="passes over the corpus; medians are shown")
    ap.add_argument("--top", type=int, default=40, help="rules to list (slowest first)")
    ap.add_argument("--limit", type=int, default=0, help="only the first N articles")
    ap.add_argument(
        "--cpu",
        action="store_true",
        help="time with the process's CPU clock: on a shared, loaded machine waiting for a core is not charged",
    )
    ap.add_argument(
        "--sum",
        default="",
        help="comma-separated parts (rule ids, 'analysis:NAME'): print their summed share, the median of the runs",
    )
    ap.add_argument("--one-pass", action="store_true", help=argparse.SUPPRESS)  # a child run: print JSON
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"profile_rules: {args.corpus}: corpus not found", file=sys.stderr)
        return 2
    drafts = load_articles(args.corpus)
    if args.limit:
        drafts = drafts[: args.limit]
    if args.one_pass:
        if args.cpu:
            time.perf_counter = time.process_time  # every timer here and the linter's profile hook read it
        json.dump(profile_once(drafts), sys.stdout)
        return 0
    # every pass in a fresh process: rules keep per-process caches (morphology, lexicon
    # look-ups), and a second pass in the same process would hide what a real run pays
    runs = []
    for _ in range(max(1, args.runs)):
        cmd = [sys.executable, __file__, "--one-pass", "--corpus", str(args.corpus), "--limit", str(args.limit)]
        cmd += ["--cpu"] if args.cpu else []
        out = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if out.returncode != 0:
            print(f"profile_rules: a pass failed: {out.stderr.strip()[-500:]}", file=sys.stderr)
            return 2
        runs.append(tuple(json.loads(out.stdout)))
    words = runs[0][2]

    def med(idx: int) -> dict[str, float]:
        keys = set().union(*(r[idx].keys() for r in runs))
        return {k: statistics.median(r[idx].get(k, 0.0) for r in runs) for k in keys}

    parts, rules = med(0), med(1)
    phase_sum = sum(v for k, v in parts.items() if k.startswith("parse:"))
    total = parts.get("parse (total)", 0.0) + sum(
        v for k, v in parts.items() if k.startswith(("analysis:", "linter:", "shared:"))
    )
    total += sum(rules.values())
    print(
        f"{len(drafts)} drafts, {words:,} words, median of {len(runs)} runs (each a fresh process): {total:.3f} s in all"
    )
    print(f"in-process throughput (parse + analyses + rules): {words / total:,.0f} words/s\n")
    print(f"{'part':45} {'seconds':>8} {'share':>7} {'µs/word':>8}")

    def row(label: str, secs: float) -> None:
        print(f"{label:45} {secs:8.3f} {100 * secs / total:6.1f}% {1e6 * secs / max(words, 1):8.2f}")

    row("parse (total)", parts.get("parse (total)", 0.0))
    for name in PHASES:
        key = f"parse:{name}"
        if key in parts:
            row("  " + key, parts[key])
    row("  parse: other (model building)", parts.get("parse (total)", 0.0) - phase_sum)
    for k in sorted(k for k in parts if k.startswith("analysis:")):
        row(k, parts[k])
    row(SHARED, parts.get(SHARED, 0.0))
    row("linter: resolve findings", parts.get("linter: resolve findings", 0.0))
    print()
    ranked = sorted(rules.items(), key=lambda kv: -kv[1])
    for rid, secs in ranked[: args.top]:
        row("rule " + rid, secs)
    if len(ranked) > args.top:
        row(f"({len(ranked) - args.top} more rules)", sum(v for _, v in ranked[args.top :]))
    if args.sum:
        chosen = [p.strip() for p in args.sum.split(",") if p.strip()]
        unknown = [p for p in chosen if p not in rules and p not in parts]
        if unknown:
            print(f"\n--sum: not a rule or part of this run: {', '.join(unknown)}", file=sys.stderr)
        shares = sorted(100 * _part_sum(r, chosen) / _run_total(r) for r in runs)
        print(
            f"\nsum of {len(chosen) - len(unknown)} parts: {statistics.median(shares):.2f}% "
            f"(runs: {', '.join(f'{x:.2f}' for x in shares)})"
        )
    return 0


def _run_total(run: tuple) -> float:
    parts, rules, _ = run
    return (
        parts.get("parse (total)", 0.0)
        + sum(v for k, v in parts.items() if k.startswith(("analysis:", "linter:", "shared:")))
        + sum(rules.values())
    )


def _part_sum(run: tuple, chosen: list[str]) -> float:
    parts, rules, _ = run
    return sum(rules.get(p, parts.get(p, 0.0)) for p in chosen)


if __name__ == "__main__":
    sys.exit(main())

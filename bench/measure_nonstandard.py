#!/usr/bin/env python3
"""Measure spelling/nonstandard-word and spelling/informal-word on the dev corpus.

Reads ../shared/corpus/dev-articles.jsonl (never copied into the repo) and prints

* findings per 1,000 words for each rule and the count of every pair that fired;
* precision against the adjudication file ``bench/nonstandard_adjudication.tsv``
  (article id, matched form, verdict ``tp``/``fp``, reason: no article text);
* recall of injected errors: for every pair whose standard form occurs in the
  corpus, up to ``--sites`` occurrences (one per article) are replaced by the
  non-standard form and the rule must report it with the standard form as a
  suggestion.  Lower-case and capitalised sites are counted apart, because a
  capitalised word mid-sentence is skipped on purpose (it is usually a name);
* the time to check the corpus.

Usage (from the repo root)::

    python bench/measure_nonstandard.py [--corpus PATH] [--contexts] [--sites 3]

``--contexts`` prints every finding with 60 characters around it, for
adjudication on screen (the output is not to be committed).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newslint.config import Config  # noqa: E402
from newslint.engine.linter import Linter  # noqa: E402
from newslint.engine.registry import builtin_rules  # noqa: E402
from newslint.engine.yaml_rules import match_case  # noqa: E402
from newslint.parsers import parse_text  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev-articles.jsonl"
ADJUDICATION = Path(__file__).resolve().parent / "nonstandard_adjudication.tsv"
RULE_IDS = ("spelling/nonstandard-word", "spelling/informal-word")
URL_RE = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|id|co|net|org|go)\b\S*", re.I)


def norm(s: str) -> str:
    return " ".join(s.lower().split())


def load_articles(path: Path) -> list[dict]:
    try:
        with path.open(encoding="utf-8") as fh:
            return [json.loads(line) for line in fh if line.strip()]
    except OSError as exc:
        sys.exit(f"error: cannot read corpus {path}: {exc}")


def article_text(a: dict) -> str:
    return f"{a.get('title', '').strip()}\n\n{a.get('text', '').strip()}\n"


def make_linter(rule_id: str | None = None) -> tuple[Linter, dict]:
    rules = {r.id: r for r in builtin_rules() if r.id in RULE_IDS}
    chosen = [rules[rule_id]] if rule_id else list(rules.values())
    return Linter(chosen, Config()), rules


def entries_of(rule) -> list[dict]:
    return list(rule._check.entries)


def lint(linter: Linter, text: str, path: str):
    doc = parse_text(text, path, fmt="text", layout="news")
    return doc, linter.lint(doc).findings


def load_adjudication() -> dict[tuple[str, str], tuple[str, str]]:
    out: dict[tuple[str, str], tuple[str, str]] = {}
    if not ADJUDICATION.exists():
        return out
    for line in ADJUDICATION.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) >= 3:
            out[(parts[0], norm(parts[1]))] = (parts[2].strip(), parts[3].strip() if len(parts) > 3 else "")
    return out


def measure_false_alarms(articles: list[dict], show: bool) -> None:
    linter, _ = make_linter()
    words = 0
    per_rule: collections.Counter[str] = collections.Counter()
    per_pair: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    hits: list[tuple[str, str, str, str]] = []
    t0 = time.perf_counter()
    for a in articles:
        doc, findings = lint(linter, article_text(a), a["id"])
        words += doc.word_count
        for f in findings:
            per_rule[f.rule] += 1
            per_pair[f.rule][norm(f.text)] += 1
            ctx = doc.source[max(0, f.start - 60) : f.end + 60].replace("\n", " ")
            hits.append((f.rule, a["id"], f.text, ctx))
    elapsed = time.perf_counter() - t0
    print(f"articles {len(articles)}, words {words}, checked in {elapsed:.2f} s ({len(RULE_IDS)} rules)")
    for rid in RULE_IDS:
        n = per_rule[rid]
        print(f"\n{rid}: {n} findings = {n * 1000 / max(words, 1):.2f} per 1,000 words")
        for pair, c in per_pair[rid].most_common():
            print(f"  {c:4d}  {pair}")
    adj = load_adjudication()
    if adj:
        for rid in RULE_IDS:
            judged = [(aid, norm(t)) for r, aid, t, _ in hits if r == rid and (aid, norm(t)) in adj]
            if not judged:
                continue
            tp = sum(1 for k in judged if adj[k][0] == "tp")
            total = sum(1 for r, *_ in hits if r == rid)
            print(
                f"\n{rid}: adjudicated {len(judged)}/{total} findings, {tp} correct, "
                f"precision {100 * tp / len(judged):.1f}%"
            )
            for k in sorted(set(judged)):
                if adj[k][0] != "tp":
                    print(f"  false alarm: {k[0]} {k[1]!r} ({adj[k][1]})")
        unjudged = sorted({(aid, norm(t)) for r, aid, t, _ in hits if (aid, norm(t)) not in adj})
        if unjudged:
            print(f"\nnot adjudicated yet: {len(unjudged)} (article, form) pairs")
    if show:
        print("\n--- contexts ---")
        for rid, aid, text, ctx in hits:
            print(f"{rid}\t{aid}\t{text}\t…{ctx}…")


def inject_form(wrong: str, right_occurrence: str, right: str) -> str:
    """The non-standard form written with the case of the standard occurrence."""
    w, r = wrong.split(), right.split()
    if len(w) == len(r) and any(x[:1].isupper() for x in r):
        occ = right_occurrence.split()
        return " ".join(match_case(a, b) if b[:1].isupper() else a for a, b in zip(w, occ))
    return match_case(wrong, right_occurrence)


def measure_recall(articles: list[dict], sites: int) -> None:
    linter, rules = make_linter("spelling/nonstandard-word")
    rule = rules["spelling/nonstandard-word"]
    texts = [(a["id"], article_text(a)) for a in articles]
    got = {"lower": [0, 0], "capitalised": [0, 0]}
    missed: list[str] = []
    pairs_tested = 0
    for e in entries_of(rule):
        wrong = str(e["match"])
        right = str(e["replace"]).split("|")[0].strip()
        if wrong == right:  # a reserved name, not a pair
            continue
        rx = re.compile(r"(?<![\w\-’'])" + r"\s+".join(re.escape(p) for p in right.split()) + r"(?![\w\-’])", re.I)
        used = 0
        for aid, text in texts:
            if used >= sites:
                break
            urls = [m.span() for m in URL_RE.finditer(text)]
            for m in rx.finditer(text):
                occ = m.group()
                if any(s <= m.start() < t for s, t in urls):
                    continue
                # the occurrence must be spelled like the standard form (not an unrelated capitalised name)
                if occ.lower() != norm(right) and norm(occ) != norm(right):
                    continue
                kind = "capitalised" if occ[:1].isupper() and not right[:1].isupper() else "lower"
                bad = inject_form(wrong, occ, right)
                injected = text[: m.start()] + bad + text[m.end() :]
                _, findings = lint(linter, injected, aid)
                s, t = m.start(), m.start() + len(bad)
                ok = any(f.start < t and f.end > s and norm(right) in map(norm, f.suggestions) for f in findings)
                got[kind][0] += ok
                got[kind][1] += 1
                if not ok:
                    missed.append(f"{kind}: {aid} {bad!r} (for {occ!r})")
                used += 1
                break
        pairs_tested += used > 0
    print(f"\nrecall (injected non-standard forms; {pairs_tested} pairs whose standard form occurs in the corpus)")
    tot_ok = tot = 0
    for kind, (ok, n) in got.items():
        tot_ok += ok
        tot += n
        if n:
            print(f"  {kind:12s} {ok}/{n} = {100 * ok / n:.1f}%")
    if tot:
        print(f"  {'all':12s} {tot_ok}/{tot} = {100 * tot_ok / tot:.1f}%")
    for m in missed:
        print(f"  missed {m}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--contexts", action="store_true", help="print every finding in context")
    ap.add_argument("--sites", type=int, default=3, help="injection sites per pair (one per article)")
    ap.add_argument("--no-recall", action="store_true")
    args = ap.parse_args(argv)
    articles = load_articles(args.corpus)
    measure_false_alarms(articles, args.contexts)
    if not args.no_recall:
        measure_recall(articles, args.sites)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

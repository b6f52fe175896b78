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
    python bench/measure_nonstandard.py --wikipedia [--missed]

``--wikipedia`` measures recall on the Indonesian Wikipedia list of frequently
misspelled words instead (``../shared/data/wikipedia-misspellings``, CC BY-SA 4.0),
using the pair decisions of ``bench/wikipedia_pairs_review.tsv`` (dropped pairs
are skipped, reversed ones flipped) and the shared tune/unseen split (key = the
``standard|non-standard`` line).  Each non-standard form is injected in memory
into a corpus paragraph that holds its standard form (or, when the corpus has
none, into one of our own carrier sentences) and counts as found when a
``spelling/*`` or ``typo/*`` finding covers it; found "with the suggestion"
when the standard form is among the finding's suggestions.  Tune and unseen
halves are reported apart; ``--missed`` lists the misses of the tune half only;
``--without-list-data`` leaves the pairs taken from the list out of the pair
packs, so the tune figure shows what the general rules catch on their own.

``--pairs FILE`` measures the same recall on any other ``standard|non-standard``
list (one pair per line, ``#`` comments), reported as one "blind" half: the way
to measure on a list nobody tuned on.  ``--missed`` then lists its misses, to be
read only after the blind figure has been written down.

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
from bench.shared import SHARED  # noqa: E402
from newslint.config import Config  # noqa: E402
from newslint.engine.linter import Linter  # noqa: E402
from newslint.engine.registry import builtin_rules  # noqa: E402
from newslint.engine.yaml_rules import match_case  # noqa: E402
from newslint.parsers import parse_text  # noqa: E402

DEFAULT_CORPUS = SHARED / "corpus" / "dev-articles.jsonl"
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


REVIEW = Path(__file__).resolve().parent / "wikipedia_pairs_review.tsv"
#: Carrier sentences of our own for words the corpus does not hold; {w} marks the site.
CARRIERS = (
    "Menurut warga, {w} sudah lama dibicarakan dalam rapat desa.",
    "Kepala dinas menyebut {w} sebagai salah satu hal yang perlu dibenahi tahun ini.",
    "Dalam laporan itu, kata {w} muncul beberapa kali tanpa penjelasan.",
)


def review_pairs() -> list[tuple[str, str, str, str]]:
    """(key, half, wrong, right) of every pair the review keeps, flips or fixes."""
    out = []
    for line in REVIEW.read_text(encoding="utf-8").splitlines()[1:]:
        std, non, half, decision, wrong, right, _ = line.split("\t")
        if decision != "drop":
            out.append((f"{std}|{non}", half, wrong, right))
    return out


def _site(paragraphs: list[str], right: str) -> tuple[str, int, int] | None:
    rx = re.compile(r"(?<![\w\-’'])" + r"\s+".join(re.escape(p) for p in right.split()) + r"(?![\w\-’])", re.I)
    for para in paragraphs:
        urls = [m.span() for m in URL_RE.finditer(para)]
        for m in rx.finditer(para):
            if any(s <= m.start() < t for s, t in urls) or norm(m.group()) != norm(right):
                continue
            if m.group()[:1].isupper() and not right[:1].isupper():
                continue  # a capitalised occurrence is a sentence start or a name: injected lower-case elsewhere
            return para, m.start(), m.end()
    return None


def _without_list_data() -> list:
    """The built-in rules with the pairs taken from the Wikipedia list removed from the pair packs, so the
    tune half measures what the generalising rules (patterns, morphology, typo search) catch on their own."""
    import yaml

    from newslint.checks import spelling_adaptation, spelling_colloquial, spelling_compound, typo_word
    from newslint.engine.yaml_rules import rule_from_spec

    listed = {r[2].lower() for r in review_pairs()}
    text = (ROOT / "rules" / "spelling.yaml").read_text(encoding="utf-8")
    block = text[text.index("# --- from the Indonesian Wikipedia list") :]
    block = block[: block.index("# --- names that contain a listed word")]
    from_list = {m.group(1).lower() for m in re.finditer(r"match: \"?([^,\"]+)\"?,", block)} & listed
    informal = {"bae", "bales", "belom", "macem", "males", "selese", "diem", "ampe"}
    packs = {}
    for spec in yaml.safe_load(text)["rules"]:
        spec["swap"] = [e for e in spec["swap"] if str(e["match"]).lower() not in from_list | informal]
        packs[spec["id"]] = rule_from_spec(spec, "rules/spelling.yaml")
    rules = [packs.get(r.id, r) for r in builtin_rules()]
    words = {str(e["match"]).lower() for r in packs.values() for e in r._check.entries}
    typo_word._NONSTANDARD = frozenset(words)
    spelling_colloquial._LISTED = frozenset(words)
    spelling_compound._LISTED = frozenset(" ".join(w.split()) for w in words)
    spelling_compound._VERDICTS.clear()
    spelling_adaptation._NONSTANDARD_PACK = {
        str(e["match"]).lower(): str(e["replace"]).split("|")[0].strip()
        for e in packs["spelling/nonstandard-word"]._check.entries
        if " " not in str(e["match"]) and str(e["match"]).lower() != str(e["replace"]).lower()
    }
    return rules


def external_pairs(path: Path) -> list[tuple[str, str, str, str]]:
    """(key, "blind", wrong, right) for each ``standard|non-standard`` line of ``path``."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line.count("|") != 1:
            continue
        right, wrong = (part.strip() for part in line.split("|"))
        if right and wrong and right.lower() != wrong.lower():
            out.append((line, "blind", wrong, right))
    return out


def measure_wikipedia(
    articles: list[dict],
    show_missed: bool,
    without_list: bool = False,
    pairs: list[tuple[str, str, str, str]] | None = None,
) -> None:
    from newslint.engine.linter import Linter as _Linter

    rules = _without_list_data() if without_list else list(builtin_rules())
    linter = _Linter(rules, Config(), select=["spelling", "typo"])
    paragraphs = [p.strip() for a in articles for p in a.get("text", "").split("\n") if len(p.split()) >= 8]
    tally = {h: [0, 0, 0] for h in ("tune", "unseen", "blind")}
    missed: list[str] = []
    shown = "blind" if pairs is not None else "tune"
    for i, (_key, half, wrong, right) in enumerate(review_pairs() if pairs is None else pairs):
        site = _site(paragraphs, right)
        if site is None:
            para = CARRIERS[i % len(CARRIERS)].replace("{w}", "\0")
            s = para.index("\0")
            para, e = para.replace("\0", right), s + len(right)
        else:
            para, s, e = site
        bad = inject_form(wrong, para[s:e], right)
        text = para[:s] + bad + para[e:]
        doc = parse_text(text, "wiki", fmt="text", layout="fragment")
        t = s + len(bad)
        hits = [f for f in linter.lint(doc).findings if f.start < t and f.end > s]
        found = bool(hits)
        with_sugg = any(norm(right) in map(norm, f.suggestions) for f in hits)
        row = tally[half]
        row[0] += found
        row[1] += with_sugg
        row[2] += 1
        if show_missed and half == shown and not with_sugg:
            got = "; ".join(f"{f.rule} {f.suggestions}" for f in hits) or "nothing"
            missed.append(f"  {bad!r} -> {right!r}: {got}")
    source = "the Wikipedia list" if pairs is None else "the given list"
    print(f"recall on {source} (spelling/* + typo/* findings covering the injected form)")
    for half, (found, sugg, n) in tally.items():
        if n:
            print(
                f"  {half:7s} {n} pairs: flagged {found} = {100 * found / n:.1f}%, "
                f"with the standard form as a suggestion {sugg} = {100 * sugg / n:.1f}%"
            )
    if missed:
        print(f"{shown}-half pairs not found with their suggestion:")
        print("\n".join(missed))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--contexts", action="store_true", help="print every finding in context")
    ap.add_argument("--sites", type=int, default=3, help="injection sites per pair (one per article)")
    ap.add_argument("--no-recall", action="store_true")
    ap.add_argument("--wikipedia", action="store_true", help="recall on the Wikipedia misspellings list (both halves)")
    ap.add_argument("--pairs", type=Path, help="recall on this standard|non-standard list instead (one blind half)")
    ap.add_argument(
        "--missed", action="store_true", help="with --wikipedia: list the tune half's misses (--pairs: all)"
    )
    ap.add_argument(
        "--without-list-data",
        action="store_true",
        help="with --wikipedia: leave out the pairs taken from the list (what the general rules catch alone)",
    )
    args = ap.parse_args(argv)
    articles = load_articles(args.corpus)
    if args.pairs:
        if not args.pairs.is_file():
            print(f"measure_nonstandard: {args.pairs}: no such file", file=sys.stderr)
            return 2
        measure_wikipedia(articles, args.missed, args.without_list_data, external_pairs(args.pairs))
        return 0
    if args.wikipedia:
        measure_wikipedia(articles, args.missed, args.without_list_data)
        return 0
    measure_false_alarms(articles, args.contexts)
    if not args.no_recall:
        measure_recall(articles, args.sites)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

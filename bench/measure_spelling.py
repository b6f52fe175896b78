#!/usr/bin/env python3
"""Measure the typo and di-/ke- spelling rules on the dev corpus.

    python bench/measure_spelling.py rate   [--half H] [--sample N --seed S]  # findings per 1,000 words
    python bench/measure_spelling.py rate   --half unseen --adjudicate DIR --sample 120 --rule typo/word
    python bench/measure_spelling.py recall [--half H] [--per-type N --seed S] # injected errors, recall per type
    python bench/measure_spelling.py speed                                     # cold lexicon load, check time

``--half tune|unseen`` keeps the articles (and the injected cases) of one half of
``bench/split.py``; ``rate`` counts every ``typo/*`` and ``spelling/*`` rule.
``--adjudicate DIR`` writes a random sample of one rule's findings as the TSV of
the adjudication protocol (``n rule article_id flagged suggestion message context``).

Reads ../shared/corpus/dev-articles.jsonl (outlets' copyright: never copied
into the repository); prints counts, and for ``rate --sample`` the sampled
findings with a little context for a human to adjudicate.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.shared import SHARED  # noqa: E402
from bench.split import in_half  # noqa: E402
from newslint.api import make_linter, parse  # noqa: E402

DEFAULT = SHARED / "corpus" / "dev-articles.jsonl"
RULES = ["typo/word", "typo/entity", "typo/name-variant", "spelling/di-ke-joined", "spelling/di-prefix-split"]
FAMILIES = ["typo", "spelling"]
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def draft(a: dict) -> str:
    return f"{a.get('title', '').strip()}\n\n{a['text']}"


# ------------------------------------------------------------------ rate
def rate(articles: list[dict], sample: int, seed: int, rule: str | None, adjudicate: Path | None) -> None:
    linter = make_linter(select=FAMILIES)
    counts: Counter[str] = Counter()
    words = 0
    found: list[tuple[str, str, str, list[str], str, str]] = []
    for a in articles:
        doc = parse(draft(a), f"{a['id']}.txt")
        words += doc.word_count
        text = doc.source
        for f in linter.lint(doc).findings:
            counts[f.rule] += 1
            s0, e0 = f.start, f.end
            ctx = text[max(0, s0 - 150) : s0] + "⟦" + text[s0:e0] + "⟧" + text[e0 : e0 + 150]
            ctx = " ".join(ctx.split())
            found.append((f.rule, a["id"], ctx, f.suggestions, text[s0:e0], " ".join(f.message.split())))
    print(f"{len(articles)} articles, {words:,} words")
    for r in sorted(counts):
        print(f"  {r:32} {counts[r]:5d}  {1000 * counts[r] / words:6.3f} per 1,000 words")
    total = sum(counts.values())
    print(f"  {'TOTAL typo/* + spelling/*':32} {total:5d}  {1000 * total / words:6.3f} per 1,000 words")
    chosen = [x for x in found if rule is None or x[0] == rule]
    if sample:
        random.Random(seed).shuffle(chosen)
        chosen = chosen[:sample]
        if adjudicate is not None and rule is not None:
            adjudicate.mkdir(parents=True, exist_ok=True)
            out = adjudicate / (rule.replace("/", "__") + ".tsv")
            rows = ["n\trule\tarticle_id\tflagged\tsuggestion\tmessage\tcontext"]
            for n, (r, aid, ctx, sugg, flagged, msg) in enumerate(chosen, 1):
                cells = [str(n), r, aid, flagged, " / ".join(sugg[:3]), msg, ctx]
                rows.append("\t".join(c.replace("\t", " ").replace("\n", " ") for c in cells))
            out.write_text("\n".join(rows) + "\n", encoding="utf-8")
            print(f"wrote {len(chosen)} findings to {out}")
            return
        print(f"\n--- {len(chosen)} findings (adjudicate each) ---")
        for r, aid, ctx, sugg, _flagged, _msg in chosen:
            print(f"{r} [{aid}] {ctx}  -> {sugg[:3]}")


# ------------------------------------------------------------------ recall
def _neighbours(ch: str) -> list[str]:
    from newslint.lang import keyboard_adjacent

    return [c for row in _ROWS for c in row if keyboard_adjacent(ch, c)]


def corrupt(word: str, kind: str, rng: random.Random) -> str | None:
    """One typing error of ``kind`` inside ``word`` (never the first letter)."""
    n = len(word)
    i = rng.randrange(1, n)
    if kind == "deletion":
        return word[:i] + word[i + 1 :]
    if kind == "insertion":
        ch = word[i]
        return (
            word[:i] + ch + word[i:]
            if rng.random() < 0.5
            else word[:i] + rng.choice(_neighbours(ch) or [ch]) + word[i:]
        )
    if kind == "transposition":
        i = rng.randrange(1, n - 1)
        if word[i] == word[i + 1]:
            return None
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if kind == "substitution":
        nb = _neighbours(word[i].lower())
        if not nb:
            return None
        return word[:i] + rng.choice(nb) + word[i + 1 :]
    raise ValueError(kind)


def _two_typos(word: str, rng: random.Random) -> str | None:
    """Two typing errors at different places of ``word``."""
    kinds = ("deletion", "insertion", "transposition", "substitution")
    first = corrupt(word, rng.choice(kinds), rng)
    if first is None or len(first) < 4:
        return None
    second = corrupt(first, rng.choice(kinds), rng)
    return second if second is not None and second != word else None


def recall(articles: list[dict], per_type: int, seed: int, half: str | None) -> None:
    """Inject errors into the articles' own sentences (in memory) and count the rule's findings on them.

    Every case gets an id (article, offset, error type, attempt); ``--half`` keeps the cases whose id falls in
    that half of bench/split.py, so the generator's cases are split like every other list.
    """
    from newslint.lang import analyze, get_lexicon, is_known_entity, passive_join_candidate
    from newslint.lang.gazetteer import _gaz
    from newslint.lang.morph import DI_LOCATIVES, KE_LOCATIVES
    from newslint.model.document import TokenKind

    rng = random.Random(seed)
    linter = make_linter(select=RULES)
    lex = get_lexicon()
    gaz = _gaz()
    docs = [(a, parse(draft(a), f"{a['id']}.txt")) for a in articles]
    results: dict[str, list[int]] = {}
    misses: dict[str, list[str]] = {}

    def trial(kind: str, a: dict, text: str, start: int, end: int, new: str, rule: str, attempt: int) -> None:
        case_id = f"{a['id']}:{start}:{kind}:{attempt}"
        if not in_half(case_id, half):
            return
        mutated = text[:start] + new + text[end:]
        doc = parse(mutated, "<inject>")
        hit = any(f.rule == rule and f.start < start + len(new) and f.end > start for f in linter.lint(doc).findings)
        results.setdefault(kind, [0, 0])
        results[kind][0] += int(hit)
        results[kind][1] += 1
        if not hit:
            misses.setdefault(kind, []).append(f"{text[start:end]}->{new}")

    typo_kinds = ("deletion", "insertion", "transposition", "substitution")
    # 1. common standard lower-case words of six letters or more (rank < 5,000 in the frequency list)
    pool = []
    for a, doc in docs:
        for t in doc.tokens:
            w = t.text
            if t.kind is TokenKind.WORD and len(w) >= 6 and w.isalpha() and w.islower() and not t.in_quote:
                if lex.rank.get(w, 10**9) < 5000 and lex.is_standard(w) and w not in lex.english:
                    pool.append((a, doc, t))
    for kind in (*typo_kinds, "two-edit"):
        done = attempt = 0
        while done < per_type:
            attempt += 1
            a, doc, t = rng.choice(pool)
            new = corrupt(t.text, kind, rng) if kind != "two-edit" else _two_typos(t.text, rng)
            if new is None or new == t.text:
                continue
            if analyze(new) is not None or new in lex.words:
                continue  # the error made another real (or web-attested) word: no spell checker can see it
            trial("word/" + kind, a, doc.text, t.start, t.end, new, "typo/word", attempt)
            done += 1
    # 2. gazetteer place and organisation names already in the articles
    targets = {k for names in gaz.targets.values() for k in names}
    names = []
    for a, doc in docs:
        for t in doc.tokens:
            # not all-capital words: datelines and acronyms, which typo/entity leaves alone by design
            w = t.text
            if (
                t.kind is TokenKind.WORD
                and w[:1].isupper()
                and not w.isupper()
                and w.lower() in targets
                and len(w) >= 5
            ):
                kind = gaz.kind[w.lower()][1]
                if kind in ("country", "us_state", "province", "id_place", "place", "city", "org"):
                    names.append((a, doc, t))
    for kind in typo_kinds:
        done = attempt = 0
        while done < per_type and names:
            attempt += 1
            a, doc, t = rng.choice(names)
            new = corrupt(t.text, kind, rng)
            if new is None or new == t.text or is_known_entity(new) or analyze(new) is not None:
                continue
            trial("name/" + kind, a, doc.text, t.start, t.end, new, "typo/entity", attempt)
            done += 1
    # 3. split a di- verb: "ditangkap" -> "di tangkap"
    passives = []
    for a, doc in docs:
        for t in doc.tokens:
            w = t.text
            if t.kind is TokenKind.WORD and w.startswith("di") and w.islower() and len(w) > 5:
                if passive_join_candidate(w[2:]) == w:
                    passives.append((a, doc, t))
    for attempt in range(min(per_type, len(passives))):
        a, doc, t = rng.choice(passives)
        trial("split-di-verb", a, doc.text, t.start, t.end, "di " + t.text[2:], "spelling/di-prefix-split", attempt)
    # 4. join a di/ke place phrase: "di rumah" -> "dirumah"
    phrases = []
    for a, doc in docs:
        toks = doc.tokens
        for i in range(len(toks) - 1):
            p, q = toks[i], toks[i + 1]
            locatives = DI_LOCATIVES if p.text == "di" else KE_LOCATIVES
            if p.text in ("di", "ke") and q.text in locatives and doc.text[p.end : q.start] == " ":
                phrases.append((a, doc, p, q))
    for attempt in range(min(per_type, len(phrases))):
        a, doc, p, q = rng.choice(phrases)
        trial("join-di-phrase", a, doc.text, p.start, q.end, p.text + q.text, "spelling/di-ke-joined", attempt)
    total = [0, 0]
    print(f"half: {half or 'both'}")
    print(f"{'error type':26} {'found':>6} {'of':>5} {'recall':>7}")
    for kind, (hit, n) in results.items():
        total[0] += hit
        total[1] += n
        print(f"{kind:26} {hit:6d} {n:5d} {100 * hit / n:6.1f}%")
    for group in ("word/", "name/"):
        h = sum(v[0] for k, v in results.items() if k.startswith(group))
        n = sum(v[1] for k, v in results.items() if k.startswith(group))
        if n:
            print(f"{group + '*':26} {h:6d} {n:5d} {100 * h / n:6.1f}%")
    print(f"{'OVERALL':26} {total[0]:6d} {total[1]:5d} {100 * total[0] / max(total[1], 1):6.1f}%")
    if half != "unseen":
        for kind, items in misses.items():
            print(f"missed {kind}: {', '.join(items[:25])}")


# ------------------------------------------------------------------ speed
def speed(articles: list[dict]) -> None:
    code = (
        "import time;t0=time.perf_counter();from newslint.lang import get_lexicon, nearest_entity;"
        "get_lexicon();t1=time.perf_counter();nearest_entity('Jakarta');t2=time.perf_counter();"
        "print((t1-t0)*1000,(t2-t1)*1000)"
    )
    runs = []
    for _ in range(3):
        out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
        runs.append(tuple(float(x) for x in out.stdout.split()))
    lex_ms, gaz_ms = min(runs)
    print(f"cold load (best of 3): lexicon {lex_ms:.0f} ms (import included), gazetteer {gaz_ms:.0f} ms")
    docs = [parse(draft(a), f"{a['id']}.txt") for a in articles]
    words = sum(d.word_count for d in docs)
    linter = make_linter(select=RULES)
    for label in ("cold caches", "warm caches"):
        t0, c0 = time.perf_counter(), time.process_time()
        for d in docs:
            linter.lint(d)
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(
            f"{label}: {len(docs)} articles, {words:,} words: {wall:.2f} s wall, {cpu:.2f} s CPU ({words / cpu:,.0f} words/s CPU)"
        )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("mode", choices=["rate", "recall", "speed"])
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--sample", type=int, default=0)
    ap.add_argument("--per-type", type=int, default=100)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--half", choices=["tune", "unseen"], default=None, help="one half of bench/split.py")
    ap.add_argument("--rule", default=None, help="sample only this rule's findings")
    ap.add_argument("--adjudicate", type=Path, default=None, help="write the sample as an adjudication TSV here")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    corpus = load(args.corpus)
    articles = [a for a in corpus if in_half(str(a["id"]), args.half)]
    if args.mode == "rate":
        rate(articles, args.sample, args.seed, args.rule, args.adjudicate)
    elif args.mode == "recall":
        recall(corpus, args.per_type, args.seed, args.half)
    else:
        speed(articles)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

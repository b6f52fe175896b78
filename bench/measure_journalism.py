"""Measure the journalism rules (quote, attribution, source, ethics, news structure) on the dev corpus.

    python bench/measure_journalism.py                 # rates per 1,000 words + injected recall + speed
    python bench/measure_journalism.py --sample attribution,quote --n 120 --seed 7
                                                       # a random sample of findings to adjudicate
    python bench/measure_journalism.py --verdicts FILE # precision from a file of "index<TAB>y|n" lines

Reads ``../shared/corpus/dev-articles.jsonl`` (never copied into the
repository; nothing is written to the repository).  Each article is built as a
news draft: title line, blank line, text.

Injected recall (each kind on copies of real articles, one injection per copy):

* ``unattributed-quote``: a one-sentence paragraph ``"…," kata X.`` loses its
  tag and becomes ``"…."`` → ``quote/unattributed`` must fire on that quote;
* ``rumour``: a rumour-marker sentence is inserted at the start of a body
  paragraph → ``attribution/weasel-marker`` must fire on the marker;
* ``single-marks``: one double-marked quotation gets single marks →
  ``quote/single-quote-misuse`` must fire on it;
* ``mixed-marks``: one quotation of a document's majority style gets the
  other style (straight ↔ curly) → ``quote/mixed-marks`` must fire on it.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newslint.api import make_linter, parse  # noqa: E402
from newslint.engine.finding import Finding  # noqa: E402
from newslint.model.document import MarkKind  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev-articles.jsonl"
FAMILIES = ["quote", "attribution", "source", "ethics", "structure"]
# structure rules owned elsewhere are measured by their own bench
OTHERS = {"structure/cms-residue", "structure/sentence-length"}


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def draft(a: dict) -> str:
    return f"{a.get('title', '').strip()}\n\n{a['text']}"


def rates(articles: list[dict]) -> tuple[Counter[str], int, float, list[tuple[str, Finding, str]]]:
    linter = make_linter(select=FAMILIES)
    counts: Counter[str] = Counter()
    words = 0
    found: list[tuple[str, Finding, str]] = []
    t0 = time.perf_counter()
    for a in articles:
        text = draft(a)
        doc = parse(text, f"{a['id']}.txt")
        words += doc.word_count
        for f in linter.lint(doc).findings:
            if f.rule in OTHERS:
                continue
            counts[f.rule] += 1
            found.append((a["id"], f, text))
    return counts, words, time.perf_counter() - t0, found


def speed(articles: list[dict], select: list[str] | None) -> float:
    linter = make_linter(select=select)
    docs_text = [draft(a) for a in articles]
    words = 0
    t0 = time.perf_counter()
    for i, text in enumerate(docs_text):
        doc = parse(text, f"{i}.txt")
        words += doc.word_count
        linter.lint(doc)
    return words / (time.perf_counter() - t0)


# --- injections ------------------------------------------------------------------------------
_TAG_PARA = re.compile(
    r'^(?P<q>[“"])(?P<inner>[^"“”]{20,}?)[,.]?(?P<close>[”"])\s*,?\s*(?:kata|ujar|ucap|tutur|jelas|tambah|imbuh|tegas|ungkap|terang|papar)(?:nya)?\b[^"“”]*$'
)
_RUMOURS = [
    "Kabarnya, rencana itu sudah dibahas sejak awal tahun.",
    "Beredar kabar bahwa sejumlah pejabat ikut terlibat dalam persoalan itu.",
    "Konon, keputusan itu diambil dalam rapat tertutup.",
    "Pejabat yang bersangkutan disinyalir mengetahui masalah itu sejak lama.",
    "Persoalan tersebut ditengarai sudah terjadi berulang kali.",
    "Nama seorang pengusaha disebut-sebut berada di balik rencana itu.",
    "Santer terdengar bahwa jadwal itu akan kembali diundur.",
    "Dua pejabat daerah dikabarkan akan segera diganti.",
]
_MARKER = re.compile(r"Kabarnya|Beredar kabar|Konon|disinyalir|ditengarai|disebut-sebut|Santer terdengar|dikabarkan")


def paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def inject_unattributed(a: dict, rng: random.Random) -> tuple[str, int] | None:
    paras = paragraphs(draft(a))
    cands = [i for i, p in enumerate(paras) if i > 1 and _TAG_PARA.match(p.strip())]
    if not cands:
        return None
    i = rng.choice(cands)
    m = _TAG_PARA.match(paras[i].strip())
    assert m is not None
    paras[i] = f"{m.group('q')}{m.group('inner').rstrip(',. ')}.{m.group('close')}"
    text = "\n\n".join(paras)
    return text, text.index(paras[i])


def inject_rumour(a: dict, rng: random.Random) -> tuple[str, int] | None:
    paras = paragraphs(draft(a))
    if len(paras) < 4:
        return None
    i = rng.randrange(3, len(paras))
    sentence = rng.choice(_RUMOURS)
    paras[i] = sentence + " " + paras[i]
    text = "\n\n".join(paras)
    pstart = text.index(paras[i])
    m = _MARKER.search(text, pstart)
    assert m is not None
    return text, m.start()


def _quotes(text: str) -> list:
    doc = parse(text, "x.txt")
    return [q for q in doc.quotations if q.depth == 0 and q.closed and q.mark.is_double]


def inject_single(a: dict, rng: random.Random) -> tuple[str, int] | None:
    text = draft(a)
    qs = [q for q in _quotes(text) if "'" not in text[q.start : q.end] and "’" not in text[q.start : q.end]]
    qs = [q for q in qs if q.paragraph > 1]
    if not qs:
        return None
    q = rng.choice(qs)
    o, c = ("'", "'") if q.mark is MarkKind.DOUBLE_STRAIGHT else ("‘", "’")
    return text[: q.start] + o + text[q.start + 1 : q.end - 1] + c + text[q.end :], q.start


def inject_mixed(a: dict, rng: random.Random) -> tuple[str, int] | None:
    text = draft(a)
    qs = _quotes(text)
    kinds = Counter(q.mark for q in qs)
    if not kinds:
        return None
    major, n = kinds.most_common(1)[0]
    if n < 3 or len(kinds) > 1:
        return None
    q = rng.choice([q for q in qs if q.mark is major])
    o, c = ('"', '"') if major is MarkKind.DOUBLE_CURLY else ("“", "”")
    return text[: q.start] + o + text[q.start + 1 : q.end - 1] + c + text[q.end :], q.start


INJECTIONS = {
    "unattributed-quote": (inject_unattributed, "quote/unattributed"),
    "rumour": (inject_rumour, "attribution/weasel-marker"),
    "single-marks": (inject_single, "quote/single-quote-misuse"),
    "mixed-marks": (inject_mixed, "quote/mixed-marks"),
}


def recall(articles: list[dict], seed: int) -> dict[str, tuple[int, int]]:
    out: dict[str, tuple[int, int]] = {}
    for kind, (fn, rule_id) in INJECTIONS.items():
        rng = random.Random(seed)
        linter = make_linter(select=[rule_id])
        hit = total = 0
        for a in articles:
            r = fn(a, rng)
            if r is None:
                continue
            text, offset = r
            doc = parse(text, "x.txt")
            total += 1
            if any(f.start <= offset < max(f.end, f.start + 1) for f in linter.lint(doc).findings if f.rule == rule_id):
                hit += 1
        out[kind] = (hit, total)
    return out


def context(text: str, f: Finding, width: int = 160) -> str:
    s = max(0, f.start - width)
    e = min(len(text), f.end + width)
    return (text[s : f.start] + "[[" + text[f.start : f.end] + "]]" + text[f.end : e]).replace("\n", " ¶ ")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--sample", default=None, help="comma-separated families or rule ids to sample")
    ap.add_argument("--n", type=int, default=120)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--verdicts", type=Path, default=None, help="lines 'index<TAB>y|n' for the sample printed")
    args = ap.parse_args()
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    articles = load(args.corpus)
    counts, words, secs, found = rates(articles)
    if args.sample:
        sel = args.sample.split(",")
        pool = [x for x in found if any(x[1].rule == s or x[1].rule.startswith(s + "/") for s in sel)]
        rng = random.Random(args.seed)
        sample = rng.sample(pool, min(args.n, len(pool)))
        sample.sort(key=lambda x: x[1].rule)
        if args.verdicts:
            verdicts = dict(line.split("\t")[:2] for line in args.verdicts.read_text().splitlines() if "\t" in line)
            per: dict[str, list[int]] = {}
            for i, (_aid, f, _t) in enumerate(sample):
                v = verdicts.get(str(i), "").strip()
                if v in ("y", "n"):
                    per.setdefault(f.rule, [0, 0])
                    per[f.rule][0 if v == "y" else 1] += 1
            tot = [sum(v[0] for v in per.values()), sum(v[1] for v in per.values())]
            for r, (y, n) in sorted(per.items()):
                print(f"{r:40} precision {y}/{y + n} = {y / (y + n):.0%}")
            print(f"{'all sampled':40} precision {tot[0]}/{sum(tot)} = {tot[0] / max(1, sum(tot)):.0%}")
            return 0
        for i, (aid, f, text) in enumerate(sample):
            print(f"{i}\t{f.rule}\t{aid}\t{context(text, f)}")
        return 0
    print(f"{len(articles)} articles, {words} words, journalism rules {secs:.2f}s")
    print(f"{'rule':40} {'findings':>8} {'per 1k words':>12}")
    for r, n in sorted(counts.items()):
        print(f"{r:40} {n:8} {1000 * n / words:12.2f}")
    print("\ninjected recall:")
    for kind, (hit, total) in recall(articles, args.seed).items():
        print(f"  {kind:22} {hit}/{total} = {hit / max(1, total):.0%}")
    print(
        f"\nspeed: journalism rules {speed(articles, FAMILIES):,.0f} words/s; all rules {speed(articles, None):,.0f} words/s"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

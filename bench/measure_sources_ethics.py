"""Genre detection and the source/ethics rules on the dev corpus, with samples for adjudication.

    python bench/measure_sources_ethics.py                    # genre counts and findings per rule, per half
    python bench/measure_sources_ethics.py --write /work/adjudicate
        # one TSV per rule (the unseen half's findings, a random sample of --n when there are more, then the
        # tune half's, marked in the article id's half) and genre.tsv (every non-news detection)
    python bench/measure_sources_ethics.py --genre-sample match-report,live --write /work/adjudicate
        # genre__match-report.tsv: only the drafts detected as those genres (a second look at a label)
    python bench/measure_sources_ethics.py --verdicts /work/adjudicate
        # precision per rule and half from the <rule>.verdicts.tsv files

Reads ``../shared/corpus/dev-articles.jsonl`` (never copied into the repository).
Each article is built as a news draft: title line, blank line, text.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.shared import SHARED  # noqa: E402
from bench.split import TUNE, UNSEEN, half_of  # noqa: E402
from newslint.analysis.genre import NEWS, genre_of  # noqa: E402
from newslint.api import make_linter, parse  # noqa: E402

DEFAULT = SHARED / "corpus" / "dev-articles.jsonl"
HEADER = ["n", "rule", "article_id", "flagged", "suggestion", "message", "context"]


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def draft(a: dict) -> str:
    return f"{a.get('title', '').strip()}\n\n{a['text']}"


def flat(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def context(source: str, start: int, end: int, reach: int = 150) -> str:
    left = source[max(0, start - reach) : start]
    right = source[end : end + reach]
    return flat(f"{left}⟦{source[start:end]}⟧{right}")


def run(articles: list[dict]) -> tuple[dict[str, list[tuple]], Counter, list[tuple]]:
    linter = make_linter(select=["source", "ethics"])
    found: dict[str, list[tuple]] = defaultdict(list)
    genres: Counter = Counter()
    detected: list[tuple] = []
    for a in articles:
        doc = parse(draft(a), f"{a['id']}.txt")
        g = genre_of(doc)
        half = half_of(a["id"])
        genres[(half, g.genre)] += 1
        if g.genre != NEWS:
            detected.append((a["id"], g.genre, a.get("title", ""), flat(a["text"])[:300], "; ".join(g.cues)))
        for f in linter.lint(doc).findings:
            found[f.rule].append((half, a["id"], f, doc.source))
    return found, genres, detected


def write(out: Path, found: dict[str, list[tuple]], detected: list[tuple], n: int, seed: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for rule, items in sorted(found.items()):
        rng = random.Random(f"{seed}:{rule}")
        unseen = [x for x in items if x[0] == UNSEEN]
        tune = [x for x in items if x[0] == TUNE]
        rng.shuffle(unseen)
        rows = unseen[:n] + tune[:n]
        name = rule.replace("/", "__")
        with (out / f"{name}.tsv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
            w.writerow(HEADER)
            for i, (_, aid, f, source) in enumerate(rows, 1):
                w.writerow(
                    [
                        i,
                        rule,
                        aid,
                        flat(f.text),
                        flat(", ".join(f.suggestions)),
                        flat(f.message),
                        context(source, f.start, f.end),
                    ]
                )
        (out / f"{name}.ready").touch()
    with (out / "genre.tsv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, delimiter="\t", lineterminator="\n")
        w.writerow(HEADER)
        for i, (aid, genre, title, opening, _) in enumerate(detected, 1):
            w.writerow([i, "genre", aid, genre, "", flat(title), opening])
    (out / "genre.ready").touch()


def verdicts(out: Path) -> None:
    for path in sorted(out.glob("*.verdicts.tsv")):
        name = path.name[: -len(".verdicts.tsv")]
        sample = out / f"{name}.tsv"
        if not sample.exists():
            continue
        with sample.open(encoding="utf-8") as fh:
            ids = {row["n"]: row["article_id"] for row in csv.DictReader(fh, delimiter="\t")}
        counts: dict[str, Counter] = defaultdict(Counter)
        with path.open(encoding="utf-8") as fh:
            for row in csv.DictReader(fh, delimiter="\t"):
                aid = ids.get(row["n"].strip())
                if aid is not None:
                    counts[half_of(aid)][row["verdict"].strip()] += 1
        for half in (UNSEEN, TUNE):
            c = counts[half]
            judged = c["correct"] + c["incorrect"]
            share = f"{c['correct'] / judged:.0%}" if judged else "-"
            print(
                f"{name:40s} {half:7s} correct {c['correct']:3d} incorrect {c['incorrect']:3d} unsure {c['unsure']:3d}  {share}"
            )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument("--write", type=Path, metavar="DIR", help="write adjudication samples to DIR")
    ap.add_argument("--verdicts", type=Path, metavar="DIR", help="precision from DIR/<rule>.verdicts.tsv")
    ap.add_argument("--genre-sample", metavar="GENRES", help="write only genre__<first>.tsv for these genres")
    ap.add_argument("--n", type=int, default=25)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()
    if args.verdicts:
        verdicts(args.verdicts)
        return
    articles = load(args.corpus)
    found, genres, detected = run(articles)
    for half in (TUNE, UNSEEN):
        row = {g: c for (h, g), c in genres.items() if h == half}
        print(f"genres {half}: " + ", ".join(f"{g} {c}" for g, c in sorted(row.items(), key=lambda x: -x[1])))
    for rule, items in sorted(found.items()):
        by_half = Counter(x[0] for x in items)
        print(f"{rule:40s} tune {by_half[TUNE]:3d}  unseen {by_half[UNSEEN]:3d}")
    if args.write and args.genre_sample:
        wanted = args.genre_sample.split(",")
        name = f"genre__{wanted[0]}"
        args.write.mkdir(parents=True, exist_ok=True)
        note = "match-report = laporan/hasil pertandingan olahraga yang ditulis setelah laga; live = liputan langsung. Judul: "
        with (args.write / f"{name}.tsv").open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            w.writerow(HEADER)
            rows = [d for d in detected if d[1] in wanted]
            for i, (aid, genre, title, opening, _) in enumerate(rows, 1):
                w.writerow([i, "genre", aid, genre, "", note + flat(title), opening])
        (args.write / f"{name}.ready").touch()
    elif args.write:
        write(args.write, found, detected, args.n, args.seed)


if __name__ == "__main__":
    main()

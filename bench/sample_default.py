"""A pooled sample of what the default rule set reports at chosen severities, for one
independent adjudication of the whole system (not of one rule).

    python bench/sample_default.py --half unseen --severity warning,error --n 150 \\
        --write /work/adjudicate/default-warning-error --parts 2
    python bench/sample_default.py --verdicts /work/adjudicate/default-warning-error
    python bench/sample_default.py --half unseen --severity error,warning,info \\
        --families typo,spelling --n 120 --write /work/adjudicate/spelling-pooled --parts 2

Every finding of the shipped defaults on that half is equally likely to be drawn, so
correct / (correct + incorrect) over the sample estimates the precision an editor sees at
those severities.  Files: ``<write>-<k>.tsv`` in the adjudication format (n, rule,
article_id, flagged, suggestion, message, context with the span in ⟦ ⟧).  ``--verdicts``
reads ``<prefix>-<k>.verdicts.tsv`` beside them and prints the pooled and per-rule figures.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from bench.shared import SHARED  # noqa: E402
from bench.split import in_half  # noqa: E402
from newslint.api import make_linter, parse  # noqa: E402
from newslint.config import Config, RuleSetting  # noqa: E402

DEFAULT = SHARED / "corpus" / "dev-articles.jsonl"


def _flat(s: str) -> str:
    return s.replace("\t", " ").replace("\r", " ").replace("\n", " ")


def _sample(args: argparse.Namespace) -> int:
    wanted = {s.strip() for s in args.severity.split(",")}
    families = {s.strip() for s in args.families.split(",")} if args.families else set()
    config = None
    if args.enable:
        # rules that ship off, switched on (as a newsroom's config would) to be judged
        config = Config(rules={r.strip(): RuleSetting(enabled=True) for r in args.enable.split(",")})
    linter = make_linter(config=config)
    pool = []
    words = 0
    with args.corpus.open(encoding="utf-8") as fh:
        articles = [json.loads(line) for line in fh if line.strip()]
    for a in articles:
        if not in_half(a["id"], None if args.half == "all" else args.half):
            continue
        doc = parse(f"{a.get('title', '').strip()}\n\n{a['text']}", f"{a['id']}.txt")
        words += doc.word_count
        src = doc.source
        for f in linter.lint(doc).findings:
            if f.severity.value not in wanted:
                continue
            if families and f.rule.split("/", 1)[0] not in families and f.rule not in families:
                continue
            reach = args.context
            ctx = src[max(0, f.start - reach) : f.start] + "⟦" + src[f.start : f.end] + "⟧" + src[f.end : f.end + reach]
            sugg = " | ".join(f.suggestions) or (f.fix.replacement if f.fix else "")
            pool.append((f.rule, a["id"], src[f.start : f.end], sugg, f.message, ctx))
    scope = f" of {sorted(families)}" if families else ""
    print(f"{args.half or 'both halves'}: {words:,} words, {len(pool)} findings{scope} at {sorted(wanted)}")
    print(f"rate: {1000 * len(pool) / max(words, 1):.2f} per 1,000 words")
    print("by rule:", ", ".join(f"{r} {n}" for r, n in Counter(p[0] for p in pool).most_common()))
    random.Random(args.seed).shuffle(pool)
    sample = pool[: args.n]
    size = -(-len(sample) // args.parts)
    for k in range(args.parts):
        part = sample[k * size : (k + 1) * size]
        path = Path(f"{args.write}-{k + 1}.tsv")
        with path.open("w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n")
            w.writerow(["n", "rule", "article_id", "flagged", "suggestion", "message", "context"])
            for i, (rule, aid, flagged, sugg, msg, ctx) in enumerate(part, 1):
                w.writerow([i, rule, aid, _flat(flagged), _flat(sugg), _flat(msg), _flat(ctx)])
        print(f"wrote {path} ({len(part)})")
    return 0


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def _score(prefix: str) -> int:
    per_rule: dict[str, Counter] = {}
    total: Counter = Counter()
    k = 1
    while Path(f"{prefix}-{k}.tsv").exists():
        rows = _read_tsv(Path(f"{prefix}-{k}.tsv"))
        verdicts_path = Path(f"{prefix}-{k}.verdicts.tsv")
        if not verdicts_path.exists():
            print(f"missing {verdicts_path}", file=sys.stderr)
            return 2
        verdicts = {v["n"]: v["verdict"] for v in _read_tsv(verdicts_path)}
        for r in rows:
            v = verdicts.get(r["n"], "unsure")
            per_rule.setdefault(r["rule"], Counter())[v] += 1
            total[v] += 1
        k += 1
    judged = total["correct"] + total["incorrect"]
    print(f"pooled: {total['correct']}/{judged} = {total['correct'] / max(judged, 1):.1%} ({total['unsure']} unsure)")
    for rule, c in sorted(per_rule.items(), key=lambda kv: -sum(kv[1].values())):
        print(
            f"  {rule:42} {c['correct']}/{c['correct'] + c['incorrect']}"
            + (f" ({c['unsure']} unsure)" if c["unsure"] else "")
        )
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", type=Path, default=DEFAULT)
    ap.add_argument(
        "--half",
        choices=("tune", "unseen", "all"),
        default="unseen",
        help="half of the split; 'all' for a corpus the split does not apply to (fresh text)",
    )
    ap.add_argument("--severity", default="warning,error")
    ap.add_argument(
        "--families",
        default="",
        help="only these rule families or rule ids (comma-separated), e.g. typo,spelling or quote/unattributed",
    )
    ap.add_argument("--context", type=int, default=150, help="characters of context on each side of a finding")
    ap.add_argument("--n", type=int, default=150)
    ap.add_argument("--seed", type=int, default=2026)
    ap.add_argument("--parts", type=int, default=1)
    ap.add_argument("--write", default=None)
    ap.add_argument(
        "--enable", default=None, help="rule ids that ship off, switched on for the sample (comma-separated)"
    )
    ap.add_argument("--verdicts", default=None, help="score the verdicts of a sample written with --write PREFIX")
    args = ap.parse_args()
    if args.verdicts:
        return _score(args.verdicts)
    if not args.write:
        ap.error("--write PREFIX or --verdicts PREFIX")
    if not args.corpus.exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    return _sample(args)


if __name__ == "__main__":
    raise SystemExit(main())

#!/usr/bin/env python3
"""Real errors: newslint against hunspell on misspellings made the way reporters make them.

``bench/real_errors/drafts.txt`` holds short news drafts written for newslint
(our own sentences) with realistic errors marked ``[[wrong|standard|kind]]``:
keyboard slips, dropped, doubled and swapped letters, non-standard forms,
misspelled places and organisations, split and joined di-/ke-, wrong capitals.
``bench/real_errors/cases.tsv`` lists every error with its draft and offset
(``--build`` rewrites it from the drafts; a test checks the two agree).

``drafts.txt`` has been looked at while tuning.  ``drafts-heldout.txt`` (same
format, cases in ``cases-heldout.tsv``) is the held-out set: nobody tunes on it,
so its figures say how newslint does on errors it was not shaped by.
``drafts-fresh.txt`` (cases in ``cases-fresh.tsv``) is a third set, written
without looking at the other two or at newslint's spelling data; it shares no
wrong form with them and is meant to be measured once.  Choose the
file with ``--drafts``; each drafts file ``drafts[-NAME].txt`` has its own cases
file ``cases[-NAME].tsv`` next to it.

For each draft with the errors in place, the script runs

* newslint (the ``typo/*``, ``spelling/*`` and ``caps/*`` findings), and
* ``hunspell -d id_ID -a`` (every word it does not accept),

and prints, for each: recall (errors covered by a flag), recall with the
standard form among the suggestions, and false flags (flags on words that are
correct, over the same drafts).  Usage::

    python bench/real_errors.py [--drafts PATH] [--build] [--cases] [--false-flags]

No file outside the repository is read; hunspell must be installed with the
``hunspell-id`` dictionary (``/usr/share/hunspell/id_ID.*``).
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HERE = Path(__file__).resolve().parent / "real_errors"
DRAFTS = HERE / "drafts.txt"
HELDOUT_DRAFTS = HERE / "drafts-heldout.txt"
FRESH_DRAFTS = HERE / "drafts-fresh.txt"
CASES = HERE / "cases.tsv"
FAMILIES = ("typo", "spelling", "caps")
_MARK = re.compile(r"\[\[([^|\]]+)\|([^|\]]+)\|([a-z-]+)\]\]")


@dataclass(frozen=True)
class Case:
    draft: str
    start: int
    end: int
    wrong: str
    standard: str
    kind: str


def parse_drafts(path: Path = DRAFTS) -> tuple[dict[str, str], list[Case]]:
    """The drafts (id -> text with the errors in place) and the errors with their offsets."""
    drafts: dict[str, str] = {}
    cases: list[Case] = []
    current: str | None = None
    lines: list[str] = []

    def flush() -> None:
        if current is None:
            return
        marked = "\n".join(lines).strip() + "\n"
        out, pos = [], 0
        for m in _MARK.finditer(marked):
            out.append(marked[pos : m.start()])
            start = sum(map(len, out))
            out.append(m.group(1))
            cases.append(Case(current, start, start + len(m.group(1)), m.group(1), m.group(2), m.group(3)))
            pos = m.end()
        out.append(marked[pos:])
        drafts[current] = "".join(out)

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("## "):
            flush()
            current, lines = line[3:].strip(), []
        elif not line.startswith("#") and current is not None:
            lines.append(line)
    flush()
    return drafts, cases


def cases_path_for(drafts: Path) -> Path:
    """The cases file that belongs to a drafts file: ``drafts-NAME.txt`` -> ``cases-NAME.tsv`` beside it."""
    suffix = drafts.stem.removeprefix("drafts")
    return drafts.with_name(f"cases{suffix}.tsv")


def write_cases(cases: list[Case], path: Path = CASES) -> None:
    rows = ["case\tdraft\toffset\twrong\tstandard\tkind"]
    rows += [f"{i}\t{c.draft}\t{c.start}\t{c.wrong}\t{c.standard}\t{c.kind}" for i, c in enumerate(cases, 1)]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def newslint_flags(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    from newslint.api import check_text

    # the default rule set, as an editor runs it (select= would also switch on the families' off rules)
    found = check_text(text, layout="fragment")
    return [(f.start, f.end, tuple(f.suggestions)) for f in found if f.family in FAMILIES]


def hunspell_flags(text: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """hunspell's pipe mode, one line at a time (``^`` keeps a line from being read as a command)."""
    exe = shutil.which("hunspell")
    if exe is None:
        sys.exit("error: hunspell is not installed (apt-get install hunspell hunspell-id)")
    lines = text.split("\n")
    res = subprocess.run(
        [exe, "-d", "id_ID", "-a"], input="\n".join("^" + ln for ln in lines) + "\n", capture_output=True, text=True
    )
    if res.returncode != 0:
        sys.exit(f"error: hunspell failed: {res.stderr.strip()}")
    out: list[tuple[int, int, tuple[str, ...]]] = []
    line_starts, pos = [], 0
    for ln in lines:
        line_starts.append(pos)
        pos += len(ln) + 1
    li = 0
    for row in res.stdout.splitlines()[1:]:
        if row == "":
            li += 1
            continue
        if row[0] in "&#":
            head, _, rest = row.partition(":")
            parts = head.split()
            word, offset = parts[1], int(parts[-1]) - 1
            start = line_starts[li] + offset
            out.append((start, start + len(word), tuple(s.strip() for s in rest.split(",") if s.strip())))
    return out


def score(drafts: dict[str, str], cases: list[Case], flagger) -> dict:
    by_draft: dict[str, list[Case]] = {}
    for c in cases:
        by_draft.setdefault(c.draft, []).append(c)
    found = with_sugg = false = 0
    missed: list[Case] = []
    false_words: list[str] = []
    for did, text in drafts.items():
        flags = flagger(text)
        errs = by_draft.get(did, [])
        for c in errs:
            hits = [f for f in flags if f[0] < c.end and f[1] > c.start]
            found += bool(hits)
            with_sugg += any(c.standard.lower() in (s.lower() for s in f[2]) for f in hits)
            if not hits:
                missed.append(c)
        for s, e, _ in flags:
            if not any(s < c.end and e > c.start for c in errs):
                false += 1
                false_words.append(f"{did}:{text[s:e]}")
    return {"found": found, "sugg": with_sugg, "false": false, "missed": missed, "false_words": false_words}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--drafts", type=Path, default=DRAFTS, metavar="PATH", help=f"drafts file (default: {DRAFTS.relative_to(ROOT)})"
    )
    ap.add_argument("--build", action="store_true", help="rewrite the drafts file's cases file from it")
    ap.add_argument("--cases", action="store_true", help="list the errors each tool missed")
    ap.add_argument("--false-flags", action="store_true", help="list the correct words each tool flagged")
    args = ap.parse_args(argv)
    if not args.drafts.is_file():
        ap.error(f"no drafts file at {args.drafts}")
    try:
        drafts, cases = parse_drafts(args.drafts)
    except (OSError, UnicodeDecodeError) as exc:
        ap.error(f"cannot read {args.drafts}: {exc}")
    if not cases:
        ap.error(f"{args.drafts} has no marked errors ([[wrong|standard|kind]] under '## <id>' lines)")
    if args.build:
        cases_path = cases_path_for(args.drafts)
        write_cases(cases, cases_path)
        print(f"wrote {len(cases)} cases to {cases_path}")
    words = sum(len(t.split()) for t in drafts.values())
    kinds: dict[str, int] = {}
    for c in cases:
        kinds[c.kind] = kinds.get(c.kind, 0) + 1
    print(
        f"{len(cases)} errors in {len(drafts)} drafts ({words} words): "
        + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
    )
    for name, flagger in (("newslint", newslint_flags), ("hunspell", hunspell_flags)):
        r = score(drafts, cases, flagger)
        n = len(cases)
        print(
            f"{name:9s} recall {r['found']}/{n} = {100 * r['found'] / n:.1f}%  "
            f"(with the standard form suggested {r['sugg']}/{n} = {100 * r['sugg'] / n:.1f}%)  "
            f"false flags on correct words: {r['false']}"
        )
        if args.cases:
            for c in r["missed"]:
                print(f"    missed {c.draft} {c.wrong!r} -> {c.standard!r} ({c.kind})")
        if args.false_flags:
            print("    false flags: " + ", ".join(r["false_words"]))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

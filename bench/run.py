#!/usr/bin/env python3
"""The newslint benchmark: start-up, throughput, memory and Hunspell, side by side.

Writes the dev corpus (``../shared/corpus/dev-articles.jsonl``) out as one
plain-text draft per article, then measures, each as the median of several
runs, in separate processes exactly as a user would run them:

* cold start: ``newslint check`` on one draft of about 400 words (the whole
  process: interpreter, imports, rules, lexicon, report) next to
  ``python -c pass``, the floor no Python tool can go below;
* throughput: ``newslint check`` over the whole corpus folder with all default
  rules, in words per second (newslint's own word count, start-up included);
* the same folder through ``hunspell -d id_ID -l`` (spelling only) when
  hunspell is installed, and the ratio between the two;
* peak memory (maximum resident set size) of the single-draft run and the corpus run;
* 1,000 drafts in one ``newslint check`` call: wall time, and how many times
  the language data (lexicon, gazetteer) was loaded in that one process.

The package's bytecode is compiled first (``compileall``), as ``pip install``
does: measured from an editable checkout, start-up would otherwise include
recompiling every module whose ``.pyc`` is stale or was never written.

Usage (from the repo root)::

    python bench/run.py [--corpus PATH] [--runs 5] [--cold-runs 9] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.write_corpus import DEFAULT_CORPUS, write_corpus  # noqa: E402

TARGETS = {"cold_s": 0.35, "words_per_s": 100_000, "hunspell_ratio": 5.0, "draft_peak_mb": 150.0}

# Counts, inside one `newslint check` process, how often a packaged data file
# (lexicon, gazetteer) is loaded (newslint.lang.lexicon.load_data, whether from the
# packed file or the cache folder): the check that 1,000 drafts share one load.
_COUNT_LOADS = r"""
import sys
import newslint.cli
import newslint.lang.gazetteer as gazetteer
import newslint.lang.lexicon as lexicon
loads = {}
_load = lexicon.load_data
def counting_load(path, *a, **k):
    name = str(path).rsplit("/", 1)[-1]
    loads[name] = loads.get(name, 0) + 1
    return _load(path, *a, **k)
lexicon.load_data = gazetteer.load_data = counting_load
code = newslint.cli.main(sys.argv[1:])
sys.stderr.write("LOADS " + repr(loads) + "\n")
"""


def newslint_command() -> list[str]:
    """The installed console script beside this interpreter, else ``python -m newslint``.

    (Not a shim found on PATH: a version manager's shell shim adds its own start-up.)"""
    script = Path(sys.executable).with_name("newslint")
    if script.is_file() and os.access(script, os.X_OK):
        return [str(script)]
    return [sys.executable, "-m", "newslint"]


#: CPU seconds (user + system) of the last median_run, by command name: unlike wall time
#: they hardly change when other programs load the machine.
CPU: dict[str, float] = {}


def timed(cmd: list[str], cwd: Path | None = None) -> tuple[float, float, int, float]:
    """Run ``cmd`` with output discarded: (wall seconds, peak RSS in MB, exit code, CPU seconds).

    CPU time covers the process and the children it waited for (batch workers)."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return wall, usage.ru_maxrss / 1024, proc.returncode, cpu  # ru_maxrss is in KiB on Linux


def median_run(
    cmd: list[str], runs: int, cwd: Path | None = None, ok: tuple[int, ...] = (0, 1), label: str = ""
) -> tuple[float, float]:
    """Median wall time and the largest peak RSS over ``runs`` runs (after one warm-up)."""
    walls, rss, cpus = [], [], []
    code = timed(cmd, cwd)[2]  # warm-up: file cache, .pyc files, the pack cache
    if code not in ok:
        raise SystemExit(f"bench: {' '.join(cmd[:4])} … exited {code}")
    for _ in range(runs):
        w, r, _, c = timed(cmd, cwd)
        walls.append(w)
        rss.append(r)
        cpus.append(c)
    if label:
        CPU[label] = statistics.median(cpus)
    return statistics.median(walls), max(rss)


def compile_bytecode() -> str:
    """Byte-compile the newslint package the benchmark runs, as ``pip install`` does for a user.

    An editable checkout, or a shell with PYTHONDONTWRITEBYTECODE=1, would otherwise
    recompile every edited module from source in every process: on this machine that
    is a tenth of a second of each start-up that no installed copy pays."""
    python = sys.executable  # newslint_command() runs this interpreter's newslint
    probe = subprocess.run(
        [python, "-c", "import newslint, os; print(os.path.dirname(newslint.__file__))"],
        capture_output=True,
        text=True,
        check=False,
    )
    package = probe.stdout.strip()
    if probe.returncode != 0 or not package:
        return "not found"
    subprocess.run([python, "-m", "compileall", "-q", package], stdout=subprocess.DEVNULL, check=False)
    return package


def pick_draft(files: list[Path], words: int = 400) -> Path:
    return min(files, key=lambda p: (abs(len(p.read_text(encoding="utf-8").split()) - words), p.name))


def newslint_words(cmd: list[str], folder: Path, work: Path) -> tuple[int, int]:
    """(words, findings) newslint counts in ``folder`` (from its JSON report)."""
    out = work / "report.json"
    subprocess.run([*cmd, "check", str(folder), "--format", "json", "-o", str(out)], check=False, cwd=work)
    summary = json.loads(out.read_text(encoding="utf-8"))["summary"]
    return summary["words"], summary["findings"]


def load_counts(folder: Path, work: Path) -> dict[str, int]:
    proc = subprocess.run(
        [sys.executable, "-c", _COUNT_LOADS, "check", str(folder), "--format", "json", "-o", str(work / "k.json")],
        capture_output=True,
        text=True,
        cwd=work,
        check=False,
    )
    for line in proc.stderr.splitlines():
        if line.startswith("LOADS "):
            return eval(line[6:], {})  # noqa: S307 - our own repr of a dict of ints
    raise SystemExit(f"bench: load counting run failed: {proc.stderr.strip()[-300:]}")


def _has_dictionary(hunspell: str, name: str) -> bool:
    probe = subprocess.run([hunspell, "-d", name, "-l"], input="", capture_output=True, text=True, check=False)
    return probe.returncode == 0 and "Can't open" not in probe.stderr


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--runs", type=int, default=5, help="runs of each corpus measurement (median)")
    ap.add_argument("--cold-runs", type=int, default=9, help="runs of each start-up measurement (median)")
    ap.add_argument("--drafts", type=int, default=1000, help="drafts for the one-call test")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON to this file")
    args = ap.parse_args(argv)
    if not args.corpus.is_file():
        print(f"bench: {args.corpus}: corpus not found", file=sys.stderr)
        return 2
    cmd = newslint_command()
    compiled = compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="newslint-bench-") as tmp:
        work = Path(tmp)
        folder = work / "corpus"
        files, _ = write_corpus(args.corpus, folder)
        draft = pick_draft(files)
        draft_words = len(draft.read_text(encoding="utf-8").split())
        res: dict[str, object] = {
            "corpus": str(args.corpus),
            "articles": len(files),
            "command": " ".join(cmd),
            "bytecode": compiled,
        }

        floor, floor_mb = median_run([sys.executable, "-c", "pass"], args.cold_runs)
        cold, cold_mb = median_run(
            [*cmd, "check", str(draft), "--format", "plain"], args.cold_runs, cwd=work, label="cold"
        )
        words, findings = newslint_words(cmd, folder, work)
        corpus_s, corpus_mb = median_run(
            [*cmd, "check", str(folder), "--format", "json", "-o", str(work / "r.json")],
            args.runs,
            cwd=work,
            label="corpus",
        )
        batch_s, _ = median_run(
            [*cmd, "batch", str(args.corpus), "--title-field", "title", "--jobs", "2", "-o", str(work / "b.jsonl")],
            args.runs,
            cwd=work,
        )
        res.update(
            draft=draft.name,
            draft_words=draft_words,
            python_floor_s=floor,
            cold_s=cold,
            draft_peak_mb=cold_mb,
            corpus_words=words,
            corpus_findings=findings,
            corpus_s=corpus_s,
            words_per_s=words / corpus_s,
            corpus_peak_mb=corpus_mb,
            batch_jobs2_s=batch_s,
            batch_jobs2_words_per_s=words / batch_s,
            cold_cpu_s=CPU.get("cold"),
            corpus_cpu_s=CPU.get("corpus"),
        )
        hunspell = shutil.which("hunspell")
        if hunspell and _has_dictionary(hunspell, "id_ID"):
            hs, hs_mb = median_run([hunspell, "-d", "id_ID", "-l", *map(str, files)], args.runs, cwd=work)
            res.update(hunspell_s=hs, hunspell_words_per_s=words / hs, hunspell_ratio=hs / corpus_s)
        else:
            res.update(hunspell_s=None, hunspell_words_per_s=None, hunspell_ratio=None)

        many = work / "many"
        many.mkdir()
        for i in range(args.drafts):
            src = files[i % len(files)]
            shutil.copyfile(src, many / f"{i:05d}-{src.name}")
        many_words, _ = newslint_words(cmd, many, work)
        many_s, many_mb = median_run(
            [*cmd, "check", str(many), "--format", "json", "-o", str(work / "m.json")], max(1, args.runs // 2), cwd=work
        )
        res.update(
            many_drafts=args.drafts,
            many_words=many_words,
            many_s=many_s,
            many_peak_mb=many_mb,
            many_loads=load_counts(many, work),
        )
    report(res, args)
    if args.json:
        args.json.write_text(json.dumps(res, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return 0


def report(r: dict, args: argparse.Namespace) -> None:
    def mark(ok: bool | None) -> str:
        return "–" if ok is None else ("ok" if ok else "MISSED")

    load = os.getloadavg()[0]
    print(f"newslint bench — {r['articles']} drafts from {r['corpus']}")
    print(f"command: {r['command']}; {os.cpu_count()} CPUs, load average {load:.2f}")
    print(f"bytecode compiled beforehand (as pip does on install): {r['bytecode']}")
    print(f"medians of {args.cold_runs} (start-up) and {args.runs} (corpus) runs\n")
    rows = [
        (
            f"cold start, one draft ({r['draft_words']} words)",
            f"{r['cold_s']:.3f} s",
            f"≤ {TARGETS['cold_s']} s",
            mark(r["cold_s"] <= TARGETS["cold_s"]),
        ),
        ("  CPU time of that run (user + system)", f"{r['cold_cpu_s']:.3f} s", "", ""),
        ("  python -c pass (floor)", f"{r['python_floor_s']:.3f} s", "", ""),
        (
            "peak memory, one draft",
            f"{r['draft_peak_mb']:.0f} MB",
            f"< {TARGETS['draft_peak_mb']:.0f} MB",
            mark(r["draft_peak_mb"] < TARGETS["draft_peak_mb"]),
        ),
        (
            f"throughput, all default rules ({r['corpus_words']:,} words)",
            f"{r['words_per_s']:,.0f} w/s",
            f"≥ {TARGETS['words_per_s']:,} w/s",
            mark(r["words_per_s"] >= TARGETS["words_per_s"]),
        ),
        ("  corpus wall time / peak memory", f"{r['corpus_s']:.2f} s / {r['corpus_peak_mb']:.0f} MB", "", ""),
        ("  CPU time of that run", f"{r['corpus_cpu_s']:.2f} s", "", ""),
        ("newslint batch --jobs 2 (same articles, JSONL)", f"{r['batch_jobs2_words_per_s']:,.0f} w/s", "", ""),
    ]
    if r["hunspell_s"] is not None:
        rows += [
            ("hunspell -d id_ID -l, same files", f"{r['hunspell_words_per_s']:,.0f} w/s", "", ""),
            ("  hunspell wall time", f"{r['hunspell_s']:.2f} s", "", ""),
            (
                "ratio newslint / hunspell",
                f"{r['hunspell_ratio']:.2f}×",
                f"≥ {TARGETS['hunspell_ratio']:.0f}×",
                mark(r["hunspell_ratio"] >= TARGETS["hunspell_ratio"]),
            ),
        ]
    else:
        rows.append(("hunspell -d id_ID -l", "not installed", "", "–"))
    loads = r["many_loads"]
    rows += [
        (
            f"{r['many_drafts']:,} drafts in one check call",
            f"{r['many_s']:.2f} s ({1000 * r['many_s'] / r['many_drafts']:.1f} ms/draft)",
            "1 process, 1 load",
            mark(bool(loads) and all(v == 1 for v in loads.values())),
        ),
        ("  data files loaded in that process", ", ".join(f"{k} ×{v}" for k, v in sorted(loads.items())), "", ""),
    ]
    w0 = max(len(x[0]) for x in rows)
    w1 = max(len(x[1]) for x in rows)
    w2 = max(len(x[2]) for x in rows)
    print(f"{'measure':{w0}}  {'value':>{w1}}  {'target':{w2}}  result")
    for a, b, c, d in rows:
        print(f"{a:{w0}}  {b:>{w1}}  {c:{w2}}  {d}")


if __name__ == "__main__":
    sys.exit(main())

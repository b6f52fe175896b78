"""Longer fuzz runs and the large-file measurement, on demand (not in CI).

    python bench/fuzz.py props --examples 5000      # the property tests with 5,000 inputs each
    python bench/fuzz.py big --mb 50                # time and peak memory of one 50 MB draft

``props`` runs ``tests/reliability/test_rel_properties.py`` with
``NEWSLINT_FUZZ_EXAMPLES`` raised (a random seed each run unless
``NEWSLINT_FUZZ_SEED`` is set) and prints how many inputs each property ran.
``big`` writes a draft of invented Indonesian sentences (no corpus text) and
checks it with the CLI in a child process, reporting wall time and peak RSS.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SUBJECTS = ["Wali kota", "Petugas dinas", "Warga desa", "Kepala sekolah", "Ketua panitia", "Seorang pedagang"]
VERBS = ["meninjau", "membersihkan", "memperbaiki", "mengunjungi", "membahas", "menata ulang"]
OBJECTS = ["pasar tradisional", "jembatan gantung", "saluran air", "taman kota", "gedung  sekolah", "jalan desa"]
TAILS = ["pada Senin pagi.", "sejak pekan lalu.", "bersama warga sekitar.", "dengan anggaran Rp5.000.000."]


def invented_draft(size_bytes: int, seed: int = 8) -> str:
    """Paragraphs of invented sentences, some quoted, some with slips the rules report."""
    rng = random.Random(seed)
    parts = ["Pembangunan Kota Berjalan Lancar\n\nJakarta - Warga menyambut baik rencana itu.\n"]
    size = len(parts[0])
    while size < size_bytes:
        sentences = []
        for _ in range(rng.randint(2, 5)):
            s = f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}"
            if rng.random() < 0.2:
                s = f'"{s[:-1]}," ujar Budi.'
            sentences.append(s)
        p = "\n" + " ".join(sentences) + "\n"
        parts.append(p)
        size += len(p.encode("utf-8"))
    return "".join(parts)


def cmd_props(args: argparse.Namespace) -> int:
    env = dict(os.environ, NEWSLINT_FUZZ_EXAMPLES=str(args.examples))
    cmd = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "--hypothesis-show-statistics",
        str(ROOT / "tests" / "reliability" / "test_rel_properties.py"),
    ]
    t0 = time.perf_counter()
    rc = subprocess.call(cmd, cwd=ROOT, env=env)
    print(f"fuzz: {args.examples} examples per property, {time.perf_counter() - t0:.0f} s, exit {rc}")
    return rc


def cmd_big(args: argparse.Namespace) -> int:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "besar.txt"
        path.write_text(invented_draft(int(args.mb * 1024 * 1024)), encoding="utf-8")
        size = path.stat().st_size
        cmd = [sys.executable, "-m", "newslint", "check", "--no-config", "--format", args.format, str(path)]
        t0 = time.perf_counter()
        with open(os.devnull, "w") as sink:
            proc = subprocess.run(cmd, cwd=ROOT, stdout=sink, stderr=subprocess.PIPE, text=True)
        wall = time.perf_counter() - t0
        peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(
        f"big: {size / 1e6:.1f} MB ({size:,} bytes), format {args.format}: exit {proc.returncode}, "
        f"{wall:.1f} s wall, peak RSS {peak_kb / 1024:.0f} MiB"
    )
    if proc.stderr.strip():
        print(proc.stderr.strip()[:2000])
    return 0 if proc.returncode in (0, 1) else 1


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = p.add_subparsers(dest="cmd", required=True)
    a = sub.add_parser("props", help="property tests with many more generated inputs")
    a.add_argument("--examples", type=int, default=5000)
    b = sub.add_parser("big", help="time and peak memory of checking one large invented draft")
    b.add_argument("--mb", type=float, default=50.0)
    b.add_argument("--format", default="plain", choices=["plain", "json", "jsonl", "pretty"])
    args = p.parse_args()
    return cmd_props(args) if args.cmd == "props" else cmd_big(args)


if __name__ == "__main__":
    sys.exit(main())

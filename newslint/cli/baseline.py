"""``newslint baseline``: record today's findings so that ``check --baseline`` reports only new ones."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from newslint.cli.common import EXIT_ERROR, EXIT_OK, UsageError, err


def add_arguments(sub: Any, h: SimpleNamespace) -> None:
    tr = h.t
    bl = sub.add_parser(
        "baseline",
        help=tr(
            "catat temuan yang sudah ada ke berkas baseline (lihat check --baseline)",
            "record today's findings in a baseline file (see check --baseline)",
        ),
    )
    bl.add_argument("paths", nargs="+", metavar="PATH")
    bl.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help=tr(
            "berkas baseline (bawaan: .newslint-baseline.json)", "baseline file (default: .newslint-baseline.json)"
        ),
    )
    bl.add_argument("--select", action="append", metavar="RULES", help=h.rules)
    bl.add_argument("--ignore", action="append", metavar="RULES", help=h.ignore)
    bl.add_argument("--lang", choices=["id", "en"], default=None, help=h.lang_help)
    bl.add_argument("--config", metavar="FILE", help=h.config)
    bl.add_argument("--no-config", action="store_true", help=h.no_config)
    bl.add_argument("--encoding", metavar="ENC", help=h.encoding)
    bl.add_argument("--no-ignore", action="store_true", help=h.no_ignore)
    bl.set_defaults(stdin_filename=None, fix=False, diff=False, unsafe_fixes=False, no_progress=True)


def run(args: argparse.Namespace) -> int:
    from newslint.baseline import DEFAULT_NAME, build_baseline
    from newslint.cli.check import check_paths
    from newslint.fixes import write_text_atomic
    from newslint.runtime import tune_gc

    tune_gc()
    if "-" in args.paths:
        raise UsageError("newslint baseline: needs files or folders, not stdin")
    checked = check_paths(args, [])
    if checked is None:
        return EXIT_ERROR
    report, session, _files, failed = checked
    for w in session.warnings:
        err(w)
    out = Path(args.output or DEFAULT_NAME)
    data = build_baseline(report, out)
    try:
        write_text_atomic(out, json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    except OSError as exc:
        raise UsageError(f"newslint: cannot write {out}: {exc.strerror or exc}") from None
    total = sum(e["count"] for e in data["entries"])
    from newslint.i18n import count, number

    lang = args.lang or "id"
    files = count(len(report.files), lang, "berkas", "file")
    if lang == "en":
        line = f"newslint: {count(total, lang, '', 'finding').strip()} in {files} written to {out}"
    else:
        line = f"newslint: {number(total, lang)} temuan dari {files} ditulis ke {out}"
    print(line, file=sys.stderr)
    return EXIT_ERROR if failed else EXIT_OK

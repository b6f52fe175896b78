"""``newslint rules``: every rule, its severity, whether it is on and fixable."""

from __future__ import annotations

import argparse
import sys
from types import SimpleNamespace
from typing import Any

from newslint.cli.common import EXIT_OK


def add_arguments(sub: Any, h: SimpleNamespace) -> None:
    r = sub.add_parser("rules", help=h.t("daftar semua aturan", "list every rule"))
    r.add_argument("--format", choices=["pretty", "plain", "json"], default="pretty", help="pretty, plain, json")
    r.add_argument("--lang", choices=["id", "en"], default="id", help=h.lang_help)


def run(args: argparse.Namespace) -> int:
    import json

    from newslint.engine.registry import builtin_rules

    rules = builtin_rules()
    if args.format == "json":
        json.dump(
            [
                {
                    "id": r.id,
                    "severity": r.meta.severity.value,
                    "enabled": r.meta.enabled,
                    "fixable": r.meta.fixable,
                    "summary": r.meta.summary[args.lang],
                }
                for r in rules
            ],
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        print()
        return EXIT_OK
    en = args.lang == "en"
    if args.format == "plain":
        # one rule a line, tab-separated: for grep, cut and spreadsheets
        for r in rules:
            on = ("on" if en else "aktif") if r.meta.enabled else ("off" if en else "mati")
            fix = ("fixable" if en else "bisa-diperbaiki") if r.meta.fixable else "-"
            sys.stdout.write(f"{r.id}\t{r.meta.severity.value}\t{on}\t{fix}\t{r.meta.summary[args.lang]}\n")
        return EXIT_OK
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from newslint.reporters.pretty import LABEL, print_hanging

    labels = LABEL["en" if en else "id"]
    console = Console(highlight=False)
    if console.width < 90:
        # narrow terminal: one rule per block, the summary wrapped under it (ids never cut)
        for r in rules:
            head = Text(r.id, style="magenta")
            head.append(f"  {labels[r.meta.severity]}")
            if not r.meta.enabled:
                head.append("  (off)" if en else "  (mati)", style="dim")
            if r.meta.fixable:
                head.append("  fix", style="dim")
            console.print(head, overflow="fold")
            print_hanging(console, Text("    "), Text(r.meta.summary[args.lang]))
        return EXIT_OK
    t = Table(show_edge=False)
    # ids are never cut or wrapped: they are copied into --select and config files
    t.add_column("id", no_wrap=True, min_width=max(len(r.id) for r in rules))
    t.add_column("severity" if en else "tingkat", no_wrap=True)
    t.add_column("on" if en else "aktif", no_wrap=True)
    t.add_column("fix", no_wrap=True)
    t.add_column("summary" if en else "ringkasan", ratio=1)
    for r in rules:
        t.add_row(
            r.id,
            labels[r.meta.severity],
            "✓" if r.meta.enabled else "–",
            "✓" if r.meta.fixable else "",
            r.meta.summary[args.lang],
        )
    console.print(t)
    return EXIT_OK

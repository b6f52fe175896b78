"""``newslint sources``: who says what in each draft, for fact-checkers."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from newslint.cli.common import EXIT_ERROR, EXIT_OK, err, run_lang, t


def add_arguments(sub: Any, h: SimpleNamespace) -> None:
    so = sub.add_parser(
        "sources",
        help=h.t(
            "inventaris sumber: siapa mengatakan apa, dan klaim tanpa sumber",
            "sources inventory: who says what, and claims without a source",
        ),
    )
    so.add_argument("paths", nargs="+", metavar="FILE")
    so.add_argument("--format", choices=["pretty", "json"], default=None, help="pretty, json")
    so.add_argument("--lang", choices=["id", "en"], default="id", help=h.lang_help)
    so.add_argument("--encoding", metavar="ENC", help=h.encoding)
    so.add_argument("--no-ignore", action="store_true", help=h.no_ignore)


def run(args: argparse.Namespace) -> int:
    import json

    from newslint.app.discover import discover
    from newslint.app.inventory import document_inventory
    from newslint.config import ConfigError
    from newslint.reading import InputError
    from newslint.sources_inventory import render_sources

    files, errors = discover(args.paths, respect_ignores=not args.no_ignore, lang=run_lang())
    failed = bool(errors)
    for e in errors:
        err(e)
    fmt = args.format or ("pretty" if sys.stdout.isatty() else "json")
    inventories = []
    genres: dict[Path, str | None] = {}
    for f in files:
        if f == "-":
            err(
                t(
                    "sources: '-' (stdin) tidak didukung; sebutkan berkasnya",
                    "sources: '-' (stdin) is not supported; name a file",
                )
            )
            failed = True
            continue
        try:
            inventories.append(document_inventory(Path(f), args.encoding, genres))
        except (InputError, ConfigError) as exc:
            err(str(exc))
            failed = True
            continue
    if fmt == "json":
        payload = inventories[0] if len(inventories) == 1 else {"files": inventories}
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for inv in inventories:
            render_sources(inv, "pretty", sys.stdout, args.lang)
    return EXIT_ERROR if failed else EXIT_OK

"""``newslint serve``: the LanguageTool-compatible HTTP server (:mod:`newslint.server`)."""

from __future__ import annotations

import argparse
from types import SimpleNamespace
from typing import Any


def add_arguments(sub: Any, h: SimpleNamespace) -> None:
    from newslint.server.main import add_arguments as add_serve_arguments

    sv = sub.add_parser(
        "serve",
        help=h.t(
            "server HTTP berbahasa API LanguageTool (butuh newslint[server])",
            "HTTP server speaking LanguageTool's API (needs newslint[server])",
        ),
    )
    add_serve_arguments(sv, h.lang)


def run(args: argparse.Namespace) -> int:
    from newslint.server.main import cmd_serve

    return cmd_serve(args)

"""The ``newslint`` command: one module per subcommand (argument parsing, printing and
exit codes only); the work itself is done by :mod:`newslint.app`.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it;
2 a usage, configuration or input error (a one-line message naming the file
and the problem on stderr; never a traceback).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from importlib import import_module
from typing import Any

from newslint.cli.common import EXIT_ERROR, EXIT_FINDINGS, EXIT_OK, FAIL_ON, UsageError
from newslint.cli.parser import SUBCOMMANDS, argv_lang, build_parser, command_of
from newslint.cli.parser import ArgparseLanguage as _ArgparseLanguage

__all__ = [
    "EXIT_ERROR",
    "EXIT_FINDINGS",
    "EXIT_OK",
    "FAIL_ON",
    "FORMATS",
    "UsageError",
    "_ArgparseLanguage",
    "argv_lang",
    "build_parser",
    "main",
]


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(list(sys.argv[1:] if argv is None else argv))
    except UsageError as exc:
        from newslint.cli.common import run_lang
        from newslint.i18n import localise

        print(localise(str(exc), run_lang()), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("newslint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (| head); not an error of ours
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        except OSError:
            pass
        return EXIT_OK


#: Subcommands whose run tunes the garbage collector (newslint.runtime.tune_gc).
_TUNED_RUNS = ("check", "batch", "baseline")


def _main(argv: list[str]) -> int:
    from newslint.cli.common import set_lang

    lang = argv_lang(argv)
    set_lang(lang)
    command = command_of(argv)
    if command in _TUNED_RUNS:
        from newslint.runtime import tune_gc

        tune_gc()  # already for the imports and the parser, not only from the subcommand's run() on
    with _ArgparseLanguage(lang):  # argparse reads its words both when built and when it prints
        parser = build_parser(lang, only=command)
        args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_ERROR
    return import_module(SUBCOMMANDS[args.command]).run(args)


# Names older code imported from the single-module CLI, now at home elsewhere.
_MOVED = {
    "FORMATS": ("newslint.reporters", "REPORTERS"),  # the --format choices
    "discover": ("newslint.app.discover", "discover"),
    "load_document": ("newslint.app.pipeline", "load_document"),
    "check_paths": ("newslint.cli.check", "check_paths"),
    "cmd_check": ("newslint.cli.check", "run"),
    "cmd_rules": ("newslint.cli.rules", "run"),
    "cmd_sources": ("newslint.cli.sources", "run"),
    "cmd_explain": ("newslint.cli.explain", "run"),
    "_Progress": ("newslint.cli.check", "Progress"),
    "_Session": ("newslint.app.assembly", "Session"),
    "_csv": ("newslint.app.assembly", "split_selectors"),
}


def __getattr__(name: str) -> Any:
    if name in _MOVED:
        module, attr = _MOVED[name]
        value = getattr(import_module(module), attr)
        return list(value) if name == "FORMATS" else value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

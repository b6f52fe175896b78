"""What every subcommand shares: exit codes, the one-line usage error, the run's language."""

from __future__ import annotations

import argparse
import sys
from typing import Any

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_ON = ("error", "warning", "info", "never")


class UsageError(Exception):
    """A usage, configuration or input problem: one line on stderr, exit 2."""


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # exit 2 with one line, like every other error
        self.print_usage(sys.stderr)
        raise UsageError(f"{self.prog}: {message}")


#: The language of this run's own messages (set from argv before anything is printed).
_run = {"lang": "id"}


def set_lang(lang: str) -> None:
    _run["lang"] = lang


def run_lang() -> str:
    return _run["lang"]


def t(id_text: str, en_text: str) -> str:
    """``id_text`` or ``en_text``, in the language of this run."""
    return en_text if _run["lang"] == "en" else id_text


def add_shared_options(p: argparse.ArgumentParser, h: Any) -> None:
    """The options ``check`` and ``batch`` share: rule selection, failure level, language, configuration,
    progress bar.  ``h`` holds their bilingual help texts (built once in ``cli.parser``)."""
    p.add_argument("--select", action="append", metavar="RULES", help=h.rules)
    p.add_argument("--ignore", action="append", metavar="RULES", help=h.ignore)
    p.add_argument("--fail-on", choices=FAIL_ON, default=None, help=h.fail_on)
    p.add_argument("--lang", choices=["id", "en"], default=None, help=h.lang_help)
    p.add_argument("--config", metavar="FILE", help=h.config)
    p.add_argument("--no-config", action="store_true", help=h.no_config)
    p.add_argument("--no-progress", action="store_true", help=h.t("tanpa bilah kemajuan", "no progress bar"))


def err(message: str) -> None:
    """``newslint: message`` on stderr in the run's language, control characters made visible."""
    from newslint.i18n import localise
    from newslint.reporters import sanitize

    print(f"newslint: {sanitize(localise(message, _run['lang']))}", file=sys.stderr)


def stdout_is_report_terminal(args: argparse.Namespace) -> bool:
    """The report goes to a terminal (not to --output, a pipe or a file)."""
    if getattr(args, "output", None):
        return False
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def session_options(args: argparse.Namespace) -> dict[str, Any]:
    """The application session's options from the command line (--config, --no-config, --lang, --select, --ignore)."""
    from newslint.app.assembly import split_selectors

    return {
        "config": getattr(args, "config", None),
        "no_config": getattr(args, "no_config", False),
        "lang": getattr(args, "lang", None),
        "select": split_selectors(getattr(args, "select", None)),
        "ignore": split_selectors(getattr(args, "ignore", None)),
    }


def session_from_args(args: argparse.Namespace) -> Any:  # -> newslint.app.assembly.Session
    """The application session for these options."""
    from newslint.app.assembly import Session

    return Session(**session_options(args))

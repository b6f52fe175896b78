"""The command line is built for the one subcommand being run (a cold start imports no other
subcommand module): parsing, help and usage errors must be what the full parser gives."""

from __future__ import annotations

import contextlib
import io

import pytest

from newslint.cli.common import UsageError
from newslint.cli.parser import SUBCOMMANDS, ArgparseLanguage, build_parser, command_of

ARGVS = [
    ["check", "a.txt", "--format", "json", "-o", "r.json", "--select", "typo", "--fail-on", "warning"],
    ["check", "a.txt", "b.md", "--fix", "--unsafe-fixes", "--lang", "en", "-j", "2"],
    ["check", "--help"],
    ["check"],
    ["check", "a.txt", "--format", "xml"],
    ["check", "a.txt", "--no-such-option"],
    ["baseline", "--help"],
    ["rules", "--format", "json"],
    ["rules", "--format", "yaml"],
    ["explain", "typo/repeated-word", "--lang", "en"],
    ["explain"],
    ["sources", "--help"],
    ["batch", "--help"],
    ["serve", "--help"],
]


def _outcome(lang: str, argv: list[str], only: str | None) -> tuple[str, str, str]:
    """(parsed namespace or exit, stdout, stderr) of parsing ``argv`` with the full or a one-subcommand parser."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), ArgparseLanguage(lang):
        try:
            result = repr(sorted(vars(build_parser(lang, only=only).parse_args(argv)).items()))
        except SystemExit as exc:
            result = f"exit {exc.code}"
        except UsageError as exc:
            result = f"usage error {exc}"
    return result, out.getvalue(), err.getvalue()


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("argv", ARGVS, ids=" ".join)
def test_one_subcommand_parser_parses_as_the_full_one(argv: list[str], lang: str) -> None:
    only = command_of(argv)
    assert only == argv[0]
    assert _outcome(lang, argv, only) == _outcome(lang, argv, None)


def test_command_of_needs_the_command_first() -> None:
    assert command_of(["--help"]) is None
    assert command_of(["--version"]) is None
    assert command_of([]) is None
    assert command_of(["chek", "a.txt"]) is None  # a typo: the full parser names the choices
    assert command_of(["a.txt"]) is None
    assert all(command_of([name]) == name for name in SUBCOMMANDS)

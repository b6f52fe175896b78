"""The command line: ``build_parser(lang)`` with every help text in ``lang``, and argparse's
own words in Indonesian. Each subcommand declares its own arguments (``add_arguments`` in
its module); this module only puts them together."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from types import SimpleNamespace
from typing import Any

from newslint import __version__
from newslint.cli.common import Parser

#: Subcommands in the order ``--help`` lists them: name → module under newslint.cli.
SUBCOMMANDS = {
    "check": "newslint.cli.check",
    "baseline": "newslint.cli.baseline",
    "rules": "newslint.cli.rules",
    "sources": "newslint.cli.sources",
    "explain": "newslint.cli.explain",
    "batch": "newslint.cli.batch",
    "serve": "newslint.cli.serve",
}


def shared_help(lang: str) -> SimpleNamespace:
    """Help texts several subcommands share, in ``lang``."""

    def t(id_text: str, en_text: str) -> str:
        return en_text if lang == "en" else id_text

    return SimpleNamespace(
        t=t,
        lang=lang,
        lang_help=t("bahasa pesan dan bantuan: id atau en (bawaan: id)", "language of messages and help: id or en"),
        rules=t("hanya aturan/keluarga ini (pisahkan dengan koma)", "only these rules/families (comma-separated)"),
        ignore=t("abaikan aturan/keluarga ini", "skip these rules/families"),
        config=t("berkas konfigurasi (.newslint.yaml atau pyproject.toml)", "configuration file"),
        no_config=t("abaikan semua berkas konfigurasi", "ignore every configuration file"),
        encoding=t("encoding naskah bila bukan UTF-8 (mis. cp1252)", "the drafts' encoding if not UTF-8"),
        no_ignore=t("periksa juga yang diabaikan .gitignore", "also check what .gitignore ignores"),
        fail_on=t("tingkat terendah yang membuat exit 1 (bawaan: error)", "lowest severity that exits 1"),
    )


def build_parser(lang: str = "id", only: str | None = None) -> argparse.ArgumentParser:
    """The command line, with every help text in ``lang`` (``--lang en`` anywhere in argv).

    With ``only`` (a subcommand name) just that subcommand's parser is built: parsing its own
    command line gives the same result (the top-level parser only dispatches to it), and a run
    does not import the other subcommands' modules nor build their parsers (a cold start)."""
    from importlib import import_module

    h = shared_help(lang)
    t = h.t
    p = Parser(
        prog="newslint",
        description=t(
            "Linter gaya dan mutu naskah berita berbahasa Indonesia.",
            "Editorial style and quality linter for Indonesian news copy.",
        ),
    )
    p.add_argument(
        "--version",
        action="version",
        version=f"newslint {__version__}",
        help=t("tampilkan versi lalu keluar", "show the version and exit"),
    )
    sub = p.add_subparsers(dest="command", parser_class=Parser, title=t(_COMMANDS_ID, "commands"), metavar="COMMAND")
    for name, module in SUBCOMMANDS.items():
        if only is None or name == only:
            import_module(module).add_arguments(sub, h)
    return p


def command_of(argv: Sequence[str]) -> str | None:
    """The subcommand ``argv`` runs when it is the first word (the top-level parser has no option
    that takes a value, so nothing else can come first except ``-h``/``--version``), else None."""
    return argv[0] if argv and argv[0] in SUBCOMMANDS else None


def argv_lang(argv: Sequence[str]) -> str:
    """The language the run asked for (``--lang en``/``--lang=en``), before argparse runs:
    help and usage errors must already be in it."""
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "id"
        if a.startswith("--lang="):
            return "en" if a.split("=", 1)[1] == "en" else "id"
    return "id"


#: The heading of the subcommands in an Indonesian --help (argparse passes it through gettext).
_COMMANDS_ID = "perintah"

# argparse's own words (Python 3.11+), for an Indonesian --help and usage errors
_ARGPARSE_ID = {
    "usage: ": "pemakaian: ",
    "positional arguments": "argumen posisi",
    "options": "opsi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "pilihan tidak sah: %(value)r (pilih dari %(choices)s)",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "expected one argument": "butuh satu argumen",
    "expected at least one argument": "butuh setidaknya satu argumen",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "opsi ambigu: %(option)s bisa berarti %(matches)s",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: galat: %(message)s\n",
}


def _translated(text: str | None, gettext: Any) -> str | None:
    """argparse's ``_`` in Indonesian.  gettext only for a text the table lacks (each call searches the
    disk for catalogues); our own Indonesian heading and argparse's ``None`` (no description) are no
    message ids of any catalogue, so gettext would hand them back unchanged."""
    if text in _ARGPARSE_ID:
        return _ARGPARSE_ID[text]
    if text is None or text == _COMMANDS_ID:
        return text
    return gettext(text)


class ArgparseLanguage:
    """While active, argparse's own words (headings, usage errors) are in Indonesian."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.saved = None

    def __enter__(self) -> None:
        if self.lang != "en":
            self.saved = argparse._  # type: ignore[attr-defined]
            original = self.saved
            argparse._ = lambda text: _translated(text, original)  # type: ignore[attr-defined]

    def __exit__(self, *exc: object) -> None:
        if self.saved is not None:
            argparse._ = self.saved  # type: ignore[attr-defined]

"""The Python API: check text or files without the CLI.

Everything here goes through the application layer (:mod:`newslint.app`),
so a configuration given as ``config=`` means what it means to ``newslint
check``: its ``rule_dirs`` packs and ``plugins`` are loaded, its rule
settings, datelines and LanguageTool settings apply.
"""

from __future__ import annotations

from newslint.app.assembly import build_linter
from newslint.app.pipeline import lint_text, parse_draft
from newslint.config import Config
from newslint.engine.finding import Finding
from newslint.engine.linter import Linter, LintResult
from newslint.model.document import Document

__all__ = ["check_document", "check_text", "make_linter", "parse"]


def parse(
    text: str, path: str = "<string>", *, fmt: str | None = None, layout: str = "news", config: Config | None = None
) -> Document:
    """Parse ``text`` (format from ``fmt`` or the suffix of ``path``) with ``config``'s datelines."""
    return parse_draft(text, path, fmt=fmt, layout=layout, config=config)


def make_linter(
    *,
    config: Config | None = None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    lang: str | None = None,
) -> Linter:
    """A linter with the built-in rules plus ``config``'s rule packs and plugins.

    A pack or plugin that fails to load is skipped (``newslint check`` warns
    about it); an unknown ``select``/``ignore`` selector raises UnknownSelectorError.
    """
    return build_linter(config, lang=lang, select=select, ignore=ignore)


def check_document(doc: Document, linter: Linter | None = None) -> LintResult:
    return (linter or make_linter()).lint(doc)


def check_text(
    text: str,
    *,
    path: str = "<string>",
    fmt: str | None = None,
    layout: str = "news",
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    config: Config | None = None,
    lang: str | None = None,
) -> list[Finding]:
    """Findings for ``text`` with the built-in rules and ``config`` (its packs and plugins included)."""
    from newslint.parsers import format_for

    linter = make_linter(config=config, select=select, ignore=ignore, lang=lang)
    return lint_text(
        text,
        path,
        linter,
        config,
        fmt=fmt or format_for(path),
        layout=layout,
        chunks=False,
        select=select,
        ignore=ignore,
    ).findings

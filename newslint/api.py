"""The Python API: check text or files without the CLI."""

from __future__ import annotations

from newslint.config import Config
from newslint.engine.finding import Finding
from newslint.engine.linter import Linter, LintResult
from newslint.engine.registry import builtin_rules
from newslint.model.document import Document
from newslint.model.zones import DatelineMatcher
from newslint.parsers import parse_text


def parse(
    text: str, path: str = "<string>", *, fmt: str | None = None, layout: str = "news", config: Config | None = None
) -> Document:
    datelines = DatelineMatcher(config.datelines + _defaults()) if config and config.datelines else None
    return parse_text(text, path, fmt=fmt, layout=layout, datelines=datelines)


def _defaults() -> list[str]:
    from newslint.model.zones import DEFAULT_DATELINES

    return list(DEFAULT_DATELINES)


def make_linter(
    *,
    config: Config | None = None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    lang: str | None = None,
) -> Linter:
    return Linter(list(builtin_rules()), config, select=select, ignore=ignore, lang=lang)


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
    """Findings for ``text`` with the built-in rules (and ``config``)."""
    linter = make_linter(config=config, select=select, ignore=ignore, lang=lang)
    return linter.lint(parse(text, path, fmt=fmt, layout=layout, config=config)).findings

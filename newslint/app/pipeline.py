"""Read → decode → parse → lint → English passages → fix: the only path a draft takes.

:func:`check_file` is what ``newslint check`` and ``newslint baseline`` run
for each draft; :func:`lint_text` is the text-in, findings-out core the
server and the Python API share with it; :func:`parse_article` is how
``newslint batch`` turns an archive record into a document.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newslint.app.assembly import Session
    from newslint.config import Config
    from newslint.engine.finding import Finding
    from newslint.engine.linter import Linter
    from newslint.model.document import Document
    from newslint.model.zones import DatelineMatcher
    from newslint.reporters import FileResult


def _t(lang: str, id_text: str, en_text: str) -> str:
    return en_text if lang == "en" else id_text


def datelines_for(config: Config | None) -> DatelineMatcher | None:
    """The dateline matcher a configuration asks for (None: the default one)."""
    if config is None or not config.datelines:
        return None
    from newslint.model.zones import DEFAULT_DATELINES, DatelineMatcher

    return DatelineMatcher(config.datelines + DEFAULT_DATELINES)


def parse_draft(
    text: str,
    path: str = "<string>",
    *,
    fmt: str | None = None,
    layout: str = "news",
    config: Config | None = None,
) -> Document:
    """Parse decoded ``text`` (format from ``fmt`` or the suffix of ``path``) as ``config`` asks."""
    from newslint.parsers import parse_text

    return parse_text(text, path, fmt=fmt, layout=layout, datelines=datelines_for(config))


def load_document(path: Path, encoding: str | None = None, config: Config | None = None) -> Document:
    """Read and parse one draft file (any supported format); raises InputError."""
    from newslint.parsers import BINARY_FORMATS, format_for, parse_bytes, parse_text
    from newslint.reading import decode, read_draft_bytes

    name = str(path)
    data = read_draft_bytes(path)
    datelines = datelines_for(config)
    if format_for(name) in BINARY_FORMATS:
        return parse_bytes(data, name, datelines=datelines)
    return parse_text(decode(data, name, encoding).text, name, fmt=format_for(name), datelines=datelines)


def draft_text(title: str | None, text: str) -> str:
    """The draft an archive article is checked as: its text, below its title when it has one."""
    title = " ".join((title or "").split())
    return f"{title}\n\n{text}" if title else text


def parse_article(text: str, title: str | None, path: str, datelines: Any = None) -> Document:
    """Parse an archive article.  With a title: a plain-text news draft (headline first).  Without:
    the text is the story itself, so its first paragraph is the lead, not a headline."""
    from newslint.model.build import build_document, split_plain_blocks

    draft = draft_text(title, text)
    blocks = split_plain_blocks(draft)
    metadata: dict[str, Any] = {}
    if not (title and title.strip()):
        # split_plain_blocks sets the first line apart as a headline; with no title the
        # first paragraph is whole again, and no block becomes the headline
        if len(blocks) >= 2 and draft.count("\n", blocks[0][1], blocks[1][0]) < 2:
            blocks = [(blocks[0][0], blocks[1][1], None), *blocks[2:]]
        metadata["title_in_text"] = True
    return build_document(draft, draft, blocks, path=path, metadata=metadata, datelines=datelines, fmt="text")


@dataclass
class Linted:
    """One draft's findings.  ``doc``: the parsed draft, or for a draft checked in pieces
    (``chunked``) a document without tokens that only places and quotes the findings."""

    doc: Document
    findings: list[Finding]
    words: int
    rule_errors: list[tuple[str, str]] = field(default_factory=list)
    chunked: bool = False


def in_chunks(text: str, fmt: str) -> bool:
    """Very large plain-text drafts are checked piece by piece (bounded memory)."""
    from newslint.chunking import CHUNK_CHARS

    return len(text) > CHUNK_CHARS and fmt == "text"


def lint_text(
    text: str,
    name: str,
    linter: Linter,
    config: Config | None = None,
    *,
    fmt: str = "text",
    layout: str = "news",
    chunks: bool = True,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    warnings: list[str] | None = None,
) -> Linted:
    """Parse and lint decoded ``text``; the English passages go to LanguageTool when ``config``
    asks (``select``/``ignore``: the run's selectors, which apply to those findings too).
    With ``chunks``, a very large plain-text draft is checked in pieces."""
    datelines = datelines_for(config)
    if chunks and in_chunks(text, fmt):
        from newslint.chunking import lint_in_chunks
        from newslint.model.document import Document

        whole = Document(source=text, text=text, path=name)
        findings, words, errors = lint_in_chunks(whole, linter, datelines=datelines)
        return Linted(whole, findings, words, errors, chunked=True)
    from newslint.parsers import parse_text

    doc = parse_text(text, name, fmt=fmt, layout=layout, datelines=datelines)
    result = linter.lint(doc)
    if config is not None and config.languagetool:
        from newslint.languagetool import add_languagetool_findings

        add_languagetool_findings(
            doc, result, config.languagetool, warnings if warnings is not None else [], select=select, ignore=ignore
        )
    return Linted(doc, result.findings, doc.word_count, result.rule_errors)


@dataclass
class CheckOptions:
    """How ``newslint check`` treats each draft."""

    stdin_filename: str | None = None
    encoding: str | None = None
    fix: bool = False
    diff: bool = False
    unsafe_fixes: bool = False
    lang: str = "id"  # the language of this run's own messages
    #: The report's format, when a pool's processes may render each draft's part of it as they check it
    #: (:func:`newslint.reporters.prerender`); None: the report is rendered from the findings at the end.
    prerender: str | None = None


def rule_failed(name: str, rid: str, msg: str, lang: str) -> str:
    return _t(
        lang, f"{name}: aturan {rid} gagal dan dilewati ({msg})", f"{name}: rule {rid} failed and was skipped ({msg})"
    )


def check_file(f: Path | str, session: Session, options: CheckOptions, diffs: list[str]) -> FileResult:
    """Check one draft (a path, or ``"-"`` for stdin); fix or diff it when asked.

    Problems with the draft come back as ``FileResult.error``; warnings (a rule
    that failed, fixes that did not settle) go to ``session.warnings``.
    """
    from newslint.config import ConfigError
    from newslint.parsers import BINARY_FORMATS, format_for, parse_bytes, parse_text
    from newslint.reading import InputError, decode, read_draft_bytes
    from newslint.reporters import FileResult

    lang = options.lang
    name = options.stdin_filename or "<stdin>" if f == "-" else str(f)
    try:
        if f == "-":
            if options.fix:
                raise InputError("<stdin>: --fix needs files (use --diff to see the changes)")
            data = sys.stdin.buffer.read()
            config = session.config_for(Path(options.stdin_filename).resolve() if options.stdin_filename else None)
        else:
            assert isinstance(f, Path)
            data = read_draft_bytes(f)
            config = session.config_for(f)
        linter = session.linter_for(config)
        fmt_name = format_for(name)
        fixing = options.fix or options.diff
        decoded = None
        if fmt_name in BINARY_FORMATS:
            datelines = datelines_for(config)
            doc = parse_bytes(data, name, datelines=datelines)
            if fixing:
                session.warnings.append(
                    _t(
                        lang,
                        f"{name}: berkas .docx diperiksa tetapi tidak pernah diubah; perbaiki di Word",
                        f"{name}: .docx files are checked but never rewritten; fix them in Word",
                    )
                )
            result = linter.lint(doc)
            if config is not None and config.languagetool:
                from newslint.languagetool import add_languagetool_findings

                add_languagetool_findings(
                    doc, result, config.languagetool, session.warnings, select=session.select, ignore=session.ignore
                )
            linted = Linted(doc, result.findings, doc.word_count, result.rule_errors)
        else:
            decoded = decode(data, name, options.encoding)
            linted = lint_text(
                decoded.text,
                name,
                linter,
                config,
                fmt=fmt_name,
                chunks=not fixing,  # --fix and --diff need the whole document
                select=session.select,
                ignore=session.ignore,
                warnings=session.warnings,
            )
        for rid, msg in linted.rule_errors:
            session.warnings.append(rule_failed(name, rid, msg, lang))
            session.broken.append(rid)
        fr = FileResult(name, linted.findings, doc=linted.doc, words=linted.words)
        if linted.chunked:
            return fr
        if fixing and decoded is not None:
            from newslint.fixes import fix_until_stable, unified_diff, write_fixed  # only a --fix/--diff run

            datelines = datelines_for(config)

            def relint(text: str) -> list[Finding]:
                # every pass re-parses: one fix can shift quotations, sentences or offsets
                return linter.lint(parse_text(text, name, fmt=fmt_name, datelines=datelines)).findings

            outcome = fix_until_stable(decoded.text, relint, unsafe=options.unsafe_fixes, first=linted.findings)
            if outcome.text != decoded.text:
                if options.diff:
                    diffs.append(unified_diff(decoded.text, outcome.text, name))
                else:
                    write_fixed(Path(str(f)), outcome.text, decoded)
                    fr.doc = parse_text(outcome.text, name, fmt=fmt_name, datelines=datelines)
                    fr.findings = outcome.findings
                fr.fixed = outcome.applied
            if not outcome.converged:
                n = outcome.passes
                session.warnings.append(
                    _t(
                        lang,
                        f"{name}: perbaikan belum stabil setelah {n} putaran; periksa hasilnya",
                        f"{name}: fixes did not settle after {n} passes; check the result",
                    )
                )
        if fr.doc is not None:
            fr.doc.drop_analysis()
        return fr
    except (InputError, ConfigError) as exc:
        return FileResult(name, error=str(exc))
    except OSError as exc:
        return FileResult(name, error=f"{name}: {exc.strerror or exc}")
    except RecursionError:
        return FileResult(name, error=f"{name}: the draft is nested too deeply to analyse")
    except MemoryError:
        return FileResult(name, error=f"{name}: out of memory while checking")

"""Checking very large plain-text drafts in pieces, so memory stays bounded.

A 50 MB transcript parsed whole costs tens of times its size in tokens and
sentences.  Above :data:`CHUNK_CHARS` a plain-text draft is cut at paragraph
breaks (a blank line; failing that a line break; failing that white space)
into pieces of about that size.  Each piece is parsed and linted on its own;
findings are shifted back to offsets of the whole text and their lines and
columns recomputed.  What is lost is context across pieces: a rule that
compares the whole document (consistency, name variants) sees one piece at a
time, which is the right trade for transcripts and archives.
"""

from __future__ import annotations

from newslint.engine.finding import Finding, Fix
from newslint.engine.linter import Linter
from newslint.model.document import Document
from newslint.model.zones import DatelineMatcher

CHUNK_CHARS = 1_000_000
_SLACK = 200_000  # how far past the nominal size to look for a paragraph break


def split_points(text: str, size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) pieces of ``text`` that end on a paragraph break where one is near."""
    n = len(text)
    pieces: list[tuple[int, int]] = []
    start = 0
    while start < n:
        if n - start <= size:
            pieces.append((start, n))
            break
        target = start + size
        cut = -1
        for sep in ("\n\n", "\r\n\r\n", "\n", "\r"):
            i = text.find(sep, target, min(n, target + _SLACK))
            if i != -1:
                cut = i + len(sep)
                break
        if cut == -1:
            i = target
            while i < min(n, target + _SLACK) and not text[i].isspace():
                i += 1
            cut = i if i < n else n
        pieces.append((start, cut))
        start = cut
    return pieces


def lint_in_chunks(
    whole: Document,
    linter: Linter,
    *,
    datelines: DatelineMatcher | None = None,
    size: int = CHUNK_CHARS,
) -> tuple[list[Finding], int, list[tuple[str, str]]]:
    """Findings (offsets into ``whole.source``), the word count and rule errors.

    ``whole`` is the draft as a document without tokens (``text == source``):
    its line index places the shifted findings, and reporters quote from it.
    """
    from newslint.parsers import parse_text

    text = whole.source
    findings: list[Finding] = []
    errors: list[tuple[str, str]] = []
    words = 0
    for start, end in split_points(text, size):
        doc = parse_text(
            text[start:end], whole.path, fmt="text", layout="news" if start == 0 else "fragment", datelines=datelines
        )
        words += doc.word_count
        result = linter.lint(doc)
        errors.extend(result.rule_errors)
        for f in result.findings:
            findings.append(_shift(f, start, whole))
        del doc, result
    return findings, words, errors


def _shift(f: Finding, delta: int, lines: Document) -> Finding:
    f.start += delta
    f.end += delta
    if f.fix is not None:
        f.fix = Fix(f.fix.start + delta, f.fix.end + delta, f.fix.replacement, f.fix.safety)
    f.line, f.column = lines.line_col(f.start)
    f.end_line, f.end_column = lines.line_col(f.end)
    return f

"""Input parsers: one per format, each producing the same :class:`Document`.

A parser turns decoded text into prose blocks plus an offset map back to
the source; :func:`newslint.model.build.build_document` does the rest.
"""

from __future__ import annotations

from pathlib import Path

from newslint.model.document import Document
from newslint.model.zones import DatelineMatcher

#: File suffix → format name.  Directories are searched for these suffixes.
FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
}

#: Formats read from bytes (not decoded text): see :func:`parse_bytes`.
BINARY_FORMATS = frozenset({"docx"})


def format_for(path: str | Path) -> str:
    return FORMATS.get(Path(str(path)).suffix.lower(), "text")


def parse_text(
    text: str,
    path: str = "<string>",
    *,
    fmt: str | None = None,
    layout: str = "news",
    datelines: DatelineMatcher | None = None,
) -> Document:
    """Parse decoded ``text`` of format ``fmt`` (guessed from ``path``)."""
    fmt = fmt or format_for(path)
    if fmt == "markdown":
        from newslint.parsers.markdown import parse_markdown

        return parse_markdown(text, path, layout=layout, datelines=datelines)
    if fmt == "html":
        from newslint.parsers.html import parse_html

        return parse_html(text, path, layout=layout, datelines=datelines)
    from newslint.parsers.plaintext import parse_plain

    return parse_plain(text, path, layout=layout, datelines=datelines)


def parse_bytes(
    data: bytes,
    path: str = "<string>",
    *,
    fmt: str | None = None,
    layout: str = "news",
    datelines: DatelineMatcher | None = None,
    encoding: str | None = None,
) -> Document:
    """Parse a file's bytes: binary formats (.docx) directly, text formats after decoding."""
    fmt = fmt or format_for(path)
    if fmt == "docx":
        from newslint.parsers.docx import parse_docx

        return parse_docx(data, path, layout=layout, datelines=datelines)
    from newslint.sources import decode

    return parse_text(decode(data, path, encoding).text, path, fmt=fmt, layout=layout, datelines=datelines)

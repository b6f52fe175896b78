"""Input parsers: one per format, each producing the same :class:`Document`.

A parser turns decoded text into prose blocks plus an offset map back to
the source; :func:`newslint.model.build.build_document` does the rest.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from pathlib import Path
from typing import Any

from newslint.model.document import Document
from newslint.model.zones import DatelineMatcher


@dataclass(frozen=True)
class InputFormat:
    """A registered input format: the parser module, its function and the suffixes it reads.

    The parser is imported only when a draft of its format is parsed (start-up
    time matters), so the registration is data, not an import.
    """

    module: str
    function: str
    suffixes: tuple[str, ...]
    binary: bool = False  # parsed from bytes (see :func:`parse_bytes`), never fixed in place


#: Input formats by name.  Adding one: a parser module plus one entry here; folders are then
#: searched for its suffixes and every front end reads it.  "text" is the fallback.
INPUT_FORMATS: dict[str, InputFormat] = {}


def register_format(name: str, fmt: InputFormat) -> None:
    INPUT_FORMATS[name] = fmt
    for suffix in fmt.suffixes:
        FORMATS[suffix] = name
    if fmt.binary:
        BINARY_FORMATS.add(name)


#: File suffix → format name (derived from :data:`INPUT_FORMATS`).  Directories are searched for these.
FORMATS: dict[str, str] = {}
#: Formats read from bytes (not decoded text): see :func:`parse_bytes`.
BINARY_FORMATS: set[str] = set()

register_format("text", InputFormat("newslint.parsers.plaintext", "parse_plain", (".txt", ".text")))
register_format("markdown", InputFormat("newslint.parsers.markdown", "parse_markdown", (".md", ".markdown")))
register_format("html", InputFormat("newslint.parsers.html", "parse_html", (".html", ".htm", ".xhtml")))
register_format("docx", InputFormat("newslint.parsers.docx", "parse_docx", (".docx",), binary=True))


def format_for(path: str | Path) -> str:
    return FORMATS.get(Path(str(path)).suffix.lower(), "text")


def _parser(fmt: str) -> Any:
    spec = INPUT_FORMATS.get(fmt) or INPUT_FORMATS["text"]
    return getattr(import_module(spec.module), spec.function)


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
    if fmt in BINARY_FORMATS:
        fmt = "text"
    return _parser(fmt)(text, path, layout=layout, datelines=datelines)


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
    if fmt in BINARY_FORMATS:
        return _parser(fmt)(data, path, layout=layout, datelines=datelines)
    from newslint.reading import decode

    return parse_text(decode(data, path, encoding).text, path, fmt=fmt, layout=layout, datelines=datelines)

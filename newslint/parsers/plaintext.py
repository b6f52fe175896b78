"""Plain text: paragraphs are separated by blank lines; the first line is the headline."""

from __future__ import annotations

from newslint.model.build import build_document, split_plain_blocks
from newslint.model.document import Document
from newslint.model.zones import DatelineMatcher


def parse_plain(
    text: str, path: str = "<string>", *, layout: str = "news", datelines: DatelineMatcher | None = None
) -> Document:
    return build_document(
        text, text, split_plain_blocks(text), path=path, layout=layout, datelines=datelines, fmt="text"
    )

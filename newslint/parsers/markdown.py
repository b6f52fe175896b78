"""Markdown drafts (minimal reader; the markdown-it-py parser replaces it).

Front matter ``title:`` becomes the headline; HTML comments (where inline
suppressions live) are not prose.
"""

from __future__ import annotations

import re

from newslint.model.build import build_document, split_plain_blocks
from newslint.model.document import Document, OffsetMap, Zone
from newslint.model.zones import DatelineMatcher

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)---[ \t]*(?:\r?\n|\Z)", re.S)
_COMMENT = re.compile(r"<!--.*?-->", re.S)


def parse_markdown(
    text: str, path: str = "<string>", *, layout: str = "news", datelines: DatelineMatcher | None = None
) -> Document:
    prose = list(text)
    metadata: dict = {}
    body_start = 0
    m = _FRONT.match(text)
    if m:
        body_start = m.end()
        for i in range(0, m.end()):
            if prose[i] not in "\r\n":
                prose[i] = " "
    for c in _COMMENT.finditer(text):
        for i in range(c.start(), c.end()):
            if prose[i] not in "\r\n":
                prose[i] = " "
    view = "".join(prose)
    blocks = [(s, e, None) for s, e, _ in split_plain_blocks(view)]
    if m:
        tm = re.search(r"^title:[ \t]*(['\"]?)(.+?)\1[ \t]*$", m.group(1), re.M)
        if tm:
            s = m.start(1) + tm.start(2)
            e = m.start(1) + tm.end(2)
            view = view[:s] + text[s:e] + view[e:]
            blocks = [(s, e, Zone.HEADLINE)] + [b for b in blocks if b[0] >= body_start]
            metadata["title"] = text[s:e]
            metadata["title_in_text"] = True
    # headings: "# Judul" lines count as headline (first) or intertitle
    fixed: list[tuple[int, int, Zone | None]] = []
    for s, e, z in blocks:
        hm = re.match(r"#{1,6}[ \t]+", view[s:e])
        if hm and z is None:
            s = s + hm.end()
            z = Zone.HEADLINE if not any(b[2] is Zone.HEADLINE for b in fixed) and not fixed else Zone.HEADING
        fixed.append((s, e, z))
    return build_document(
        text,
        view,
        fixed,
        path=path,
        layout=layout,
        datelines=datelines,
        fmt="markdown",
        offset_map=OffsetMap.identity(len(text)),
        metadata=metadata,
    )

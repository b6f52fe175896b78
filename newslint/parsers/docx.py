"""Word drafts (.docx), read with python-docx.

A .docx has no lines, so the document's ``source`` is made of its
paragraphs, one per line, in reading order: body paragraphs, the
paragraphs of table cells where the table stands (row by row, merged cells
once), then the footnotes.  Empty paragraphs are left out.  A finding's
*line* is therefore the paragraph number (1 = the first non-empty
paragraph) and its column the character within that paragraph; each
paragraph's ``meta`` says where it came from (``{"kind": "table_cell",
"table": 1, "row": 2, "column": 1}``).  Line breaks inside a paragraph
(Shift+Enter) become spaces so the numbering holds.

Zones come from the paragraph styles: ``Title`` (or the first ``Heading 1``)
is the headline, other headings are intertitles, ``Quote``/``Intense Quote``
are block quotes.  Without styles the plain-text convention applies (the
first paragraph is the headline).
"""

from __future__ import annotations

import io
from typing import Any

from newslint.model.build import build_document
from newslint.model.document import Document, Zone
from newslint.model.zones import DatelineMatcher

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BREAKS = str.maketrans({"\n": " ", "\r": " ", "\v": " ", "\f": " "})


def _style_zone(style_name: str, state: dict[str, bool]) -> Zone | None:
    name = style_name.strip().lower()
    if name == "title" or (name == "heading 1" and not state["headline"]):
        if state["headline"]:
            return Zone.HEADING
        state["headline"] = True
        return Zone.HEADLINE
    if name.startswith("heading"):
        return Zone.HEADING
    if name in ("quote", "intense quote"):
        return Zone.BLOCKQUOTE
    if name == "subtitle":
        return Zone.DECK
    return None


def _paragraph_style(p: Any) -> str:
    try:
        return p.style.name or "" if p.style is not None else ""
    except (KeyError, ValueError, AttributeError):
        return ""


def parse_docx(
    data: bytes, path: str = "<string>", *, layout: str = "news", datelines: DatelineMatcher | None = None
) -> Document:
    """Parse the bytes of a .docx file."""
    import zipfile

    from newslint.reading import InputError

    try:
        import docx
        from docx.opc.exceptions import PackageNotFoundError
        from docx.table import Table
        from docx.text.paragraph import Paragraph
    except ImportError:  # pragma: no cover - a runtime dependency
        raise InputError(f"{path}: reading .docx needs python-docx (pip install python-docx)") from None
    try:
        d = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"{path}: not a readable .docx file ({type(exc).__name__})") from None
    except Exception as exc:  # noqa: BLE001 - lxml and zip errors of a broken file: one clear line
        raise InputError(f"{path}: not a readable .docx file ({type(exc).__name__}: {exc})") from None

    lines: list[str] = []
    zones: list[Zone | None] = []
    metas: list[dict[str, Any]] = []
    state = {"headline": False}
    table_no = [0]

    def add(text: str, zone: Zone | None, meta: dict[str, Any]) -> None:
        text = text.translate(_BREAKS)
        if not text.strip():
            return
        lines.append(text)
        zones.append(zone)
        metas.append({**meta, "paragraph": len(lines)})

    def walk(container: Any, in_table: dict[str, int] | None) -> None:
        for item in container.iter_inner_content():
            if isinstance(item, Paragraph):
                if in_table is not None:
                    add(item.text, Zone.BODY, {"kind": "table_cell", **in_table})
                else:
                    style = _paragraph_style(item)
                    add(item.text, _style_zone(style, state), {"kind": "paragraph", "style": style})
            elif isinstance(item, Table):
                table_no[0] += 1
                number = table_no[0]
                for r, row in enumerate(item.rows, 1):
                    seen: set[int] = set()
                    for c, cell in enumerate(row.cells, 1):
                        if id(cell._tc) in seen:  # a merged cell is listed once per spanned column
                            continue
                        seen.add(id(cell._tc))
                        walk(cell, {"table": number, "row": r, "column": c})

    walk(d, None)
    for n, text in enumerate(_footnotes(d), 1):
        add(text, Zone.BODY, {"kind": "footnote", "footnote": n})
    source = "\n".join(lines)
    blocks: list[tuple[int, int, Zone | None]] = []
    pos = 0
    for line, zone in zip(lines, zones):
        lead = len(line) - len(line.lstrip())
        blocks.append((pos + lead, pos + len(line.rstrip()), zone))
        pos += len(line) + 1
    metadata: dict[str, Any] = {}
    try:
        core = d.core_properties
        if core.author:
            metadata["author"] = core.author
        if core.title:
            metadata["document_title"] = core.title
    except Exception:  # noqa: BLE001 - metadata is a nicety, never a reason to fail
        pass
    if state["headline"]:
        metadata["title_in_text"] = True
    return build_document(
        source,
        source,
        blocks,
        path=path,
        layout=layout,
        datelines=datelines,
        fmt="docx",
        metadata=metadata,
        block_meta=metas,
    )


def _footnotes(d: Any) -> list[str]:
    """The text of each footnote paragraph (separators left out)."""
    from lxml import etree

    out: list[str] = []
    for rel in d.part.rels.values():
        if not rel.reltype.endswith("/footnotes") or rel.is_external:
            continue
        try:
            root = etree.fromstring(rel.target_part.blob)
        except etree.XMLSyntaxError:
            continue
        for note in root.iter(f"{_W}footnote"):
            if note.get(f"{_W}type") not in (None, "normal"):
                continue  # separator and continuation notices
            for p in note.iter(f"{_W}p"):
                parts: list[str] = []
                for el in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br"):
                    parts.append(el.text or "" if el.tag == f"{_W}t" else " ")
                out.append("".join(parts))
    return out

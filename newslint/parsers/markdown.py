"""Markdown drafts, read with markdown-it-py (CommonMark + tables + strikethrough).

* Front matter (``---`` YAML): ``title`` is the headline; ``author``,
  ``sources`` and ``tags`` (and the whole mapping, as ``front_matter``) go to
  ``Document.metadata`` for rules to read.
* Prose: headings, paragraphs, list items, table cells and block quotes
  (zone ``blockquote``).  Not prose: code blocks, inline code, HTML blocks and
  comments (where inline suppressions live), link targets, image URLs.
* Inline code, images and autolinks stay in the prose view as one object
  character (U+FFFC) so the sentence around them keeps its shape
  ("versi `1.2`." does not become "versi ." with a stray space).

markdown-it gives line ranges per block but no offsets inside a line, so the
inline tokens are aligned against the source in order with a forward-only
cursor; every piece of prose is a verbatim copy of the source (or an atomic
stand-in for an entity or escape), and the offset map records where it came
from.  The third-party imports are inside the function: start-up time matters.
"""

from __future__ import annotations

from typing import Any

from newslint.model.build import build_document
from newslint.model.document import Document, Zone
from newslint.model.zones import DatelineMatcher
from newslint.parsers._prose import PieceMap, ProseBuilder, newline_index, remap_pieces

OBJECT = "\ufffc"  # stands for inline code, an image or an autolink


def _make_parser() -> Any:
    from markdown_it import MarkdownIt
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark").use(front_matter_plugin).enable(["table", "strikethrough"])
    # keep entities and escapes as their own tokens: we need their source form
    md.disable("text_join")
    return md


_MD: Any = None


def _skip_link_tail(src: str, i: int, limit: int) -> int:
    """From a ``]`` that closes link text, skip ``](dest "title")`` or ``][ref]``; return the offset after it."""
    if i >= limit or src[i] != "]":
        return i
    i += 1
    if i < limit and src[i] == "(":
        depth = 0
        quote = ""
        angle = False
        while i < limit:
            c = src[i]
            if c == "\\":
                i += 2
                continue
            if quote:
                if c == quote:
                    quote = ""
            elif angle:
                if c == ">":
                    angle = False
            elif c == "<" and src[i - 1] in "( ":
                angle = True
            elif c in "\"'" and src[i - 1] in " \t\n":
                quote = c
            elif c == "(":
                depth += 1
            elif c == ")":
                depth -= 1
                if depth == 0:
                    return i + 1
            i += 1
        return limit
    if i < limit and src[i] == "[":
        j = src.find("]", i, limit)
        return j + 1 if j >= 0 else i
    return i


def _skip_image(src: str, i: int, limit: int) -> int:
    """From ``![``, skip the whole image; return the offset after it."""
    depth = 0
    j = i + 1
    while j < limit:
        c = src[j]
        if c == "\\":
            j += 2
            continue
        if c == "[":
            depth += 1
        elif c == "]":
            depth -= 1
            if depth == 0:
                return _skip_link_tail(src, j, limit)
        j += 1
    return limit


class _Aligner:
    def __init__(self, norm: str, line_starts: list[int], out: ProseBuilder) -> None:
        self.src = norm
        self.line_starts = line_starts
        self.out = out
        self.cursor = 0

    def line_offset(self, line: int) -> int:
        return self.line_starts[min(line, len(self.line_starts) - 1)]

    def inline(self, token: Any) -> None:
        src = self.src
        out = self.out
        lo = self.line_offset(token.map[0]) if token.map else self.cursor
        hi = self.line_offset(token.map[1]) if token.map else len(src)
        if hi <= lo:
            hi = len(src)
        cur = max(self.cursor, lo)
        collapse = False  # a dropped piece of markup left a space on both sides
        in_autolink = False
        raw_until = ""
        for child in token.children or []:
            kind = child.type
            if in_autolink:
                if kind == "link_close":
                    in_autolink = False
                continue
            if raw_until:
                # inside an inline <script>/<style>: code, not prose
                if kind == "html_inline" and child.content.lower().startswith(raw_until):
                    raw_until = ""
                    pos = src.find(child.content, cur, hi)
                    if pos >= 0:
                        cur = pos + len(child.content)
                continue
            if kind == "text":
                content = child.content
                pos = src.find(content, cur, hi)
                if pos < 0:
                    continue  # cannot place it: leave it out rather than misplace it
                if collapse and content.startswith(" ") and out.text_endswith_space():
                    content, pos = content[1:], pos + 1
                out.verbatim(content, pos)
                cur = pos + len(content)
                collapse = False
            elif kind == "text_special":
                pos = src.find(child.markup, cur, hi)
                if pos >= 0:
                    out.atomic(child.content, pos, pos + len(child.markup))
                    cur = pos + len(child.markup)
            elif kind in ("softbreak", "hardbreak"):
                pos = src.find("\n", cur, hi)
                if pos >= 0:
                    out.verbatim("\n", pos)
                    cur = pos + 1
                else:
                    out.gap("\n")
            elif kind == "code_inline":
                fence = child.markup or "`"
                pos = src.find(fence, cur, hi)
                if pos >= 0:
                    end = src.find(fence, pos + len(fence), hi)
                    end = hi if end < 0 else end + len(fence)
                    out.atomic(OBJECT, pos, end)
                    cur = end
            elif kind == "image":
                pos = src.find("![", cur, hi)
                if pos >= 0:
                    end = _skip_image(src, pos, hi)
                    out.atomic(OBJECT, pos, end)
                    cur = end
            elif kind == "link_open" and child.markup == "autolink":
                pos = src.find("<", cur, hi)
                if pos >= 0:
                    end = src.find(">", pos, hi)
                    end = hi if end < 0 else end + 1
                    out.atomic(OBJECT, pos, end)
                    cur = end
                in_autolink = True
            elif kind == "link_close":
                pos = src.find("]", cur, hi)
                if pos >= 0:
                    cur = _skip_link_tail(src, pos, hi)
            elif kind == "html_inline":
                pos = src.find(child.content, cur, hi)
                if pos >= 0:
                    cur = pos + len(child.content)
                    collapse = True
                low = child.content.lower()
                for tag in ("script", "style"):
                    if low.startswith(f"<{tag}") and not low.endswith("/>"):
                        raw_until = f"</{tag}"
            # emphasis, strong and strikethrough markers carry no prose
        self.cursor = cur


def parse_markdown(
    text: str, path: str = "<string>", *, layout: str = "news", datelines: DatelineMatcher | None = None
) -> Document:
    global _MD
    if _MD is None:
        _MD = _make_parser()
    norm, index = newline_index(text)
    tokens = _MD.parse(norm)
    line_starts = [0] + [i + 1 for i, c in enumerate(norm) if c == "\n"] + [len(norm)]
    out = ProseBuilder()
    aligner = _Aligner(norm, line_starts, out)
    metadata: dict[str, Any] = {}
    has_headline = False
    quote_depth = 0
    list_depth = 0
    cell = False
    pending: tuple[Zone | None, dict[str, Any]] | None = None
    for tok in tokens:
        kind = tok.type
        if kind == "front_matter":
            has_headline = _front_matter(tok, norm, line_starts, out, metadata, path)
        elif kind == "blockquote_open":
            quote_depth += 1
        elif kind == "blockquote_close":
            quote_depth -= 1
        elif kind in ("bullet_list_open", "ordered_list_open"):
            list_depth += 1
        elif kind in ("bullet_list_close", "ordered_list_close"):
            list_depth -= 1
        elif kind in ("th_open", "td_open"):
            cell = True
        elif kind in ("th_close", "td_close"):
            cell = False
        elif kind == "heading_open":
            first = not has_headline and not out.blocks
            zone = Zone.HEADLINE if first else Zone.HEADING
            has_headline = has_headline or first
            pending = (zone, {"kind": "heading", "level": int(tok.tag[1:])})
        elif kind == "paragraph_open":
            meta: dict[str, Any] = {"kind": "list_item" if list_depth else "paragraph"}
            if quote_depth:
                pending = (Zone.BLOCKQUOTE, {**meta, "blockquote": True})
            else:
                pending = (None, meta)
        elif kind == "inline":
            zone, meta = pending if pending is not None else (None, {})
            if cell:
                zone, meta = Zone.BODY, {"kind": "table_cell"}
            if tok.map:
                meta = {**meta, "line": tok.map[0] + 1}
            out.open_block()
            aligner.inline(tok)
            out.close_block(zone, meta)
            pending = None
    view = out.text()
    pieces = out.pieces if index[-1] == len(norm) else remap_pieces(out.pieces, index)
    if has_headline and "title" in metadata:
        metadata["title_in_text"] = True
    return build_document(
        text,
        view,
        out.blocks,
        path=path,
        layout=layout,
        datelines=datelines,
        fmt="markdown",
        offset_map=PieceMap(pieces),
        metadata=metadata,
        block_meta=out.block_meta,
    )


def _front_matter(
    tok: Any, norm: str, line_starts: list[int], out: ProseBuilder, metadata: dict[str, Any], path: str
) -> bool:
    """Read the front matter; add the title as the headline block.  True when a headline was added."""
    from newslint.config import ConfigError, safe_yaml
    from newslint.reading import InputError

    try:
        data = safe_yaml(tok.content, path)
    except ConfigError as exc:
        raise InputError(f"{path}: invalid front matter: {str(exc).split(': ', 1)[-1]}") from None
    if not isinstance(data, dict):
        return False
    metadata["front_matter"] = data
    for key in ("title", "author", "sources", "tags"):
        if key in data:
            metadata[key] = data[key]
    title = data.get("title")
    if title is None or isinstance(title, (dict, list)):
        return False
    title = str(title).strip()
    if not title:
        return False
    first, last = tok.map[0] + 1, tok.map[1] - 1  # inside the --- fences
    for line in range(first, last):
        start, end = line_starts[line], line_starts[line + 1]
        raw = norm[start:end]
        if not raw.startswith("title:"):
            continue
        value_start = start + len("title:")
        value = norm[value_start:end].rstrip("\n")
        lead = len(value) - len(value.lstrip())
        value = value.strip()
        value_start += lead
        out.open_block()
        if value == title:
            out.verbatim(title, value_start)
        elif len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"" and value[1:-1] == title:
            out.verbatim(title, value_start + 1)
        else:
            # folded, escaped or multi-line scalar: the whole value stands for the title
            region_end = line_starts[last] - 1 if value in ("", ">", "|", ">-", "|-") else value_start + len(value)
            out.atomic(title, value_start, max(region_end, value_start + 1))
        out.close_block(Zone.HEADLINE, {"kind": "title"})
        return True
    return False

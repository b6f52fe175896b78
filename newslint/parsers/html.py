"""HTML drafts (CMS exports), read with selectolax (the lexbor HTML5 parser).

* Prose is the body text only: ``script``, ``style``, ``nav``, ``noscript``,
  ``template``, ``aside``, ``footer``, forms and elements marked ``hidden``
  are skipped, as are comments.
* The headline is the first ``<h1>``; without one, the ``<title>``.  Other
  headings are intertitles.
* ``<blockquote>`` is zone ``blockquote``; ``<q>`` gets the quotation marks a
  browser would draw, so the quotation rules see it as a quotation (the marks
  map to the ``<q>``/``</q>`` tags).
* Offsets map back to the HTML source, entities included: a finding on
  ``&amp;`` covers the whole entity.

The tree comes from lexbor (HTML5 tree construction: implied end tags,
foster parenting); lexbor keeps no source positions, so the text of every
text node is found again in the stream of character data that the standard
library's HTML tokenizer reports with exact positions (entities stay
separate events there and map atomically).
"""

from __future__ import annotations

import html as _html
from html.parser import HTMLParser
from typing import Any

from newslint.model.build import build_document
from newslint.model.document import Document, Zone
from newslint.model.zones import DatelineMatcher
from newslint.parsers._prose import PieceMap, ProseBuilder

#: Elements whose text is never prose.
SKIP = frozenset(
    {
        "script",
        "style",
        "nav",
        "noscript",
        "template",
        "aside",
        "footer",
        "form",
        "button",
        "select",
        "option",
        "textarea",
        "iframe",
        "svg",
        "math",
        "head",
        "object",
        "canvas",
        "code",
        "pre",
        "kbd",
        "samp",
    }
)
#: Elements that start a new block of prose.
BLOCK = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "dd",
        "dt",
        "blockquote",
        "figcaption",
        "td",
        "th",
        "caption",
        "section",
        "article",
        "header",
        "main",
        "ul",
        "ol",
        "dl",
        "table",
        "tr",
        "figure",
        "address",
        "hr",
        "body",
        "details",
        "summary",
    }
)
HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


class _Stream(HTMLParser):
    """Character data of the source with the source span of every character."""

    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self._lf_starts = [0] + [i + 1 for i, c in enumerate(source) if c == "\n"]
        self.chars: list[str] = []
        #: per decoded chunk: (stream start, source start, stream length, source length)
        self.chunks: list[tuple[int, int, int, int]] = []
        self._len = 0
        self.q_open: list[tuple[int, int]] = []
        self.q_close: list[tuple[int, int]] = []

    def _pos(self) -> int:
        line, col = self.getpos()
        return self._lf_starts[line - 1] + col

    def _add(self, decoded: str, start: int, end: int, verbatim: bool) -> None:
        if not decoded:
            return
        if verbatim:
            # lexbor turns CRLF and CR into LF: so must the stream
            i = 0
            text = decoded
            run_start = 0
            while i < len(text):
                if text[i] == "\r":
                    if i > run_start:
                        self._chunk(text[run_start:i], start + run_start, i - run_start)
                    crlf = i + 1 < len(text) and text[i + 1] == "\n"
                    self._chunk("\n", start + i, 2 if crlf else 1)
                    i += 2 if crlf else 1
                    run_start = i
                else:
                    i += 1
            if run_start < len(text):
                self._chunk(text[run_start:], start + run_start, len(text) - run_start)
        else:
            self._chunk(decoded, start, end - start)

    def _chunk(self, decoded: str, source_start: int, source_len: int) -> None:
        self.chunks.append((self._len, source_start, len(decoded), source_len))
        self.chars.append(decoded)
        self._len += len(decoded)

    def handle_starttag(self, tag: str, attrs: Any) -> None:
        if tag == "q":
            start = self._pos()
            self.q_open.append((start, start + len(self.get_starttag_text() or "")))

    def handle_endtag(self, tag: str) -> None:
        if tag == "q":
            start = self._pos()
            end = self.source.find(">", start)
            self.q_close.append((start, end + 1 if end >= 0 else start + 4))

    def handle_data(self, data: str) -> None:
        start = self._pos()
        self._add(data, start, start + len(data), True)

    def _ref(self) -> None:
        start = self._pos()
        src = self.source
        j = start + 1
        if j < len(src) and src[j] == "#":
            j += 1
            if j < len(src) and src[j] in "xX":
                j += 1
        while j < len(src) and src[j].isalnum():
            j += 1
        if j < len(src) and src[j] == ";":
            j += 1
        raw = src[start:j]
        self._add(_html.unescape(raw), start, j, raw == _html.unescape(raw))

    def handle_entityref(self, name: str) -> None:
        self._ref()

    def handle_charref(self, name: str) -> None:
        self._ref()


def _quote_marks(node: Any) -> tuple[str, str]:
    """The marks for ``<q>``: curly when the page writes curly quotes, else straight."""
    text = node.text(deep=True) if node is not None else ""
    return ("\u201c", "\u201d") if "\u201c" in text and text.count("\u201c") >= text.count('"') / 2 else ('"', '"')


def parse_html(
    text: str, path: str = "<string>", *, layout: str = "news", datelines: DatelineMatcher | None = None
) -> Document:
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(text)
    stream = _Stream(text)
    stream.feed(text)
    stream.close()
    data = "".join(stream.chars)
    chunks = stream.chunks
    chunk_starts = [c[0] for c in chunks]
    out = ProseBuilder()
    state: dict[str, Any] = {"cursor": 0, "headline": False, "q": 0}
    body = tree.body
    has_h1 = body is not None and body.css_first("h1") is not None
    open_mark, close_mark = _quote_marks(body)

    import bisect

    def emit(content: str, at: int) -> None:
        """Copy stream characters ``[at, at+len)`` with their source mapping."""
        end = at + len(content)
        i = bisect.bisect_right(chunk_starts, at) - 1
        while at < end and i < len(chunks):
            t0, s0, tl, sl = chunks[i]
            lo = max(at, t0)
            hi = min(end, t0 + tl)
            if hi > lo:
                piece = data[lo:hi]
                if tl == sl:
                    out.verbatim(piece, s0 + (lo - t0))
                else:
                    out.atomic(piece, s0, s0 + sl)
            at = max(at, hi)
            i += 1

    def text_node(node: Any, prose: bool) -> None:
        content = node.text_content or ""
        if not content:
            return
        if not content.strip():
            if prose:
                out.gap(" " if "\n" not in content else "\n")
            return
        pos = data.find(content, state["cursor"])
        if pos < 0:
            return  # not found in order (foster-parented text): leave it out
        state["cursor"] = pos + len(content)
        if prose:
            emit(content, pos)

    def walk(node: Any, zone: Zone | None, prose: bool, meta: dict[str, Any]) -> None:
        child = node.child
        while child is not None:
            tag = child.tag
            if tag == "-text":
                text_node(child, prose)
            elif tag in ("-comment", "!doctype", "_comment"):
                pass
            elif tag in SKIP or (child.attributes and "hidden" in child.attributes):
                walk(child, zone, False, meta)
            elif tag == "br":
                if prose:
                    out.gap("\n")
            elif tag == "q" and prose:
                # the marks a browser draws, mapped to the tags themselves
                k = state["q"]
                state["q"] = k + 1
                if k < len(stream.q_open):
                    out.atomic(open_mark, *stream.q_open[k])
                else:
                    out.gap(open_mark)
                walk(child, zone, prose, meta)
                if len(stream.q_open) == len(stream.q_close):
                    out.atomic(close_mark, *stream.q_close[k])
                else:
                    out.gap(close_mark)
            elif tag in BLOCK:
                if tag in HEADINGS:
                    first = tag == "h1" and not state["headline"]
                    state["headline"] = state["headline"] or first
                    child_zone = Zone.HEADLINE if first else Zone.HEADING
                    child_meta = {"kind": "heading", "tag": tag}
                elif tag == "blockquote":
                    child_zone, child_meta = Zone.BLOCKQUOTE, {"kind": "blockquote"}
                elif tag in ("td", "th"):
                    child_zone, child_meta = Zone.BODY, {"kind": "table_cell"}
                else:
                    child_zone, child_meta = zone, {"kind": tag}
                if prose:
                    out.close_block(zone, meta)
                    out.open_block()
                walk(child, child_zone, prose, child_meta)
                if prose:
                    out.close_block(child_zone, child_meta)
                    out.open_block()
            else:
                walk(child, zone, prose, meta)
            child = child.next

    head = tree.head
    title = head.css_first("title") if head is not None else None
    root = tree.root
    # every text node is matched in document order, so the head is walked too
    if root is not None:
        # the <title> is the headline only when the body has no <h1>
        for top in [c for c in _children(root)]:
            if top.tag == "head":
                for h in _children(top):
                    if h.tag == "-text":
                        text_node(h, False)
                    elif title is not None and h.tag == "title" and not has_h1:
                        out.open_block()
                        walk(h, Zone.HEADLINE, True, {"kind": "title"})
                        out.close_block(Zone.HEADLINE, {"kind": "title"})
                        state["headline"] = True
                    else:
                        walk(h, None, False, {})
            elif top.tag == "body":
                out.open_block()
                walk(top, None, True, {"kind": "body"})
                out.close_block(None, {"kind": "body"})
            elif top.tag == "-text":
                text_node(top, False)
    metadata: dict[str, Any] = {}
    if title is not None:
        metadata["title"] = (title.text() or "").strip()
    if state["headline"]:
        metadata["title_in_text"] = True
    return build_document(
        text,
        out.text(),
        out.blocks,
        path=path,
        layout=layout,
        datelines=datelines,
        fmt="html",
        offset_map=PieceMap(out.pieces),
        metadata=metadata,
        block_meta=out.block_meta,
    )


def _children(node: Any) -> list[Any]:
    out = []
    c = node.child
    while c is not None:
        out.append(c)
        c = c.next
    return out

"""Build a :class:`Document` from prose blocks: zones, sentences, tokens, quotations."""

from __future__ import annotations

from itertools import count, repeat
from typing import Any

from newslint.model.document import Document, OffsetMap, Paragraph, Quotation, Sentence, Span, Token, TokenKind, Zone
from newslint.model.quotes import find_quotations
from newslint.model.sentences import split_sentences
from newslint.model.tokenize import scan_columns
from newslint.model.zones import DatelineMatcher, assign_zones


def build_document(
    source: str,
    text: str,
    blocks: list[tuple[int, int, Zone | None]],
    *,
    path: str = "<string>",
    offset_map: OffsetMap | None = None,
    metadata: dict[str, Any] | None = None,
    fmt: str = "text",
    layout: str = "news",
    datelines: DatelineMatcher | None = None,
    block_meta: list[dict[str, Any]] | None = None,
) -> Document:
    """Assemble a document.

    ``blocks`` are (start, end, zone hint) spans of ``text`` in reading order,
    each one paragraph of prose with surrounding white space trimmed.
    """
    metadata = metadata or {}
    blocks = [b for b in blocks if b[1] > b[0]]
    zones, dateline = assign_zones(
        text, blocks, layout=layout, has_title=bool(metadata.get("title_in_text")), datelines=datelines
    )
    doc = Document(
        source=source,
        text=text,
        path=path,
        offset_map=offset_map or OffsetMap.identity(len(text)),
        metadata=metadata,
        format=fmt,
    )
    if dateline is not None:
        doc.dateline = Span(dateline.start, dateline.end)
        doc.dateline_outlet = dateline.outlet
        doc.dateline_place = dateline.place.strip() if dateline.place else None
    doc.quotations = find_quotations(text, [(b[0], b[1]) for b in blocks])
    # The tokens are built by column (starts, ends, texts, kinds, sentence and paragraph numbers), each
    # paragraph's added with a few C calls, and made into Tokens at the end in one pass of C code
    # (map over zip): no Python code runs per token.
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    kinds: list[TokenKind] = []
    in_sentence: list[int] = []
    in_paragraph: list[int] = []
    sentences = doc.sentences
    paragraphs = doc.paragraphs
    for pi, ((start, end, _), zone) in enumerate(zip(blocks, zones)):
        para = Paragraph(start, end, zone, index=pi, sentence_start=len(sentences))
        if block_meta is not None and pi < len(block_meta):
            para.meta = block_meta[pi]
        base = len(starts)
        p_starts, p_ends, p_texts, p_kinds = scan_columns(text, start, end)
        for s_start, s_end, t0, t1 in split_sentences(text, p_starts, p_ends, p_texts, p_kinds, start, end):
            si = len(sentences)
            sentences.append(Sentence(s_start, s_end, pi, index=si, token_start=base + t0, token_end=base + t1))
            in_sentence += repeat(si, t1 - t0)
        starts += p_starts
        ends += p_ends
        texts += p_texts
        kinds += p_kinds
        in_paragraph += repeat(pi, len(p_starts))
        para.sentence_end = len(sentences)
        paragraphs.append(para)
    inside = _inside_quotations(len(text), doc.quotations)
    in_quote = repeat(False) if inside is None else map(inside.__getitem__, starts)
    columns = zip(starts, ends, texts, kinds, count(), in_sentence, in_paragraph, in_quote)
    doc.tokens = list(map(tuple.__new__, repeat(Token), columns))  # Token is a named tuple: every field final
    return doc


_INSIDE = (True,)


def _inside_quotations(length: int, quotations: list[Quotation]) -> list[bool] | None:
    """One flag per character: True where a token starting there is inside a quotation.

    The quotation marks themselves, of every quotation (a quote inside a quote
    included), are not inside.  None when the draft quotes nobody."""
    if not quotations:
        return None
    inside = [False] * length
    for q in quotations:
        inside[q.start : q.end] = _INSIDE * (q.end - q.start)
    for q in quotations:
        inside[q.start] = False
        if q.closed:
            inside[q.end - 1] = False
    return inside


def split_plain_blocks(text: str) -> list[tuple[int, int, Zone | None]]:
    """Paragraph spans of plain text: blocks separated by blank lines.

    The first block's first line is split off on its own (it is the headline
    by convention, even when the body follows on the next line).
    """
    blocks: list[tuple[int, int, Zone | None]] = []
    n = len(text)
    i = 0
    start = -1
    last_content_end = -1
    first = True
    while i <= n:
        line_end = text.find("\n", i)
        if line_end == -1:
            line_end = n
        line = text[i:line_end]
        if line.strip() == "":
            if start >= 0:
                blocks.append((start, last_content_end, None))
                start = -1
        else:
            lstrip = len(line) - len(line.lstrip())
            rstrip_end = i + len(line.rstrip())
            if start < 0:
                start = i + lstrip
            last_content_end = rstrip_end
            if first:
                # the headline is the first line alone
                blocks.append((start, last_content_end, None))
                start = -1
                first = False
        i = line_end + 1
    if start >= 0:
        blocks.append((start, last_content_end, None))
    return blocks

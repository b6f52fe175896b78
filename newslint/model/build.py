"""Build a :class:`Document` from prose blocks: zones, sentences, tokens, quotations."""

from __future__ import annotations

from bisect import bisect_left
from typing import Any

from newslint.model.document import Document, OffsetMap, Paragraph, Sentence, Span, Zone
from newslint.model.quotes import find_quotations
from newslint.model.sentences import split_sentences
from newslint.model.tokenize import tokenize
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
    all_tokens = tokenize(text, 0, 0)  # empty list of the right type
    for pi, ((start, end, _), zone) in enumerate(zip(blocks, zones)):
        para = Paragraph(start, end, zone, index=pi, sentence_start=len(doc.sentences))
        if block_meta is not None and pi < len(block_meta):
            para.meta = block_meta[pi]
        base = len(all_tokens)
        toks = tokenize(text, start, end, base=base, paragraph=pi)  # sets index and paragraph
        for s_start, s_end, t0, t1 in split_sentences(text, toks, start, end):
            si = len(doc.sentences)
            doc.sentences.append(Sentence(s_start, s_end, pi, index=si, token_start=base + t0, token_end=base + t1))
            for tok in toks[t0:t1]:
                tok.sentence = si
        all_tokens.extend(toks)
        para.sentence_end = len(doc.sentences)
        doc.paragraphs.append(para)
    doc.tokens = all_tokens
    doc.quotations = find_quotations(text, [(p.start, p.end) for p in doc.paragraphs])
    if doc.quotations:
        marks = {q.start for q in doc.quotations} | {q.end - 1 for q in doc.quotations if q.closed}
        starts = doc._token_starts
        # only the tokens that start inside a quotation are visited, found by bisection
        for q in doc.quotations:
            for tok in all_tokens[bisect_left(starts, q.start) : bisect_left(starts, q.end)]:
                # the quotation marks themselves are not "inside"
                if tok.start not in marks:
                    tok.in_quote = True
    return doc


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

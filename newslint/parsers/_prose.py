"""Helpers shared by the marked-up parsers: assembling a prose view piece by piece.

A parser copies prose out of the source in pieces.  A *verbatim* piece is a
run of source characters copied unchanged (the offset shift is the identity
inside it).  An *atomic* piece stands for a source span that was rewritten
(an entity ``&amp;`` → ``&``, an escape ``\\*`` → ``*``, a ``<q>`` tag → a
quotation mark, a CRLF → ``\\n``): any offset inside it maps to the whole
source span, so a finding or a fix never cuts an entity in half.
"""

from __future__ import annotations

import bisect
from typing import Any

from newslint.model.document import OffsetMap, Zone


class PieceMap(OffsetMap):
    """An :class:`OffsetMap` whose pieces may have different text and source lengths.

    Pieces are ``(text_start, source_start, text_len, source_len)``; a piece
    with ``text_len != source_len`` is atomic.
    """

    def __init__(self, pieces: list[tuple[int, int, int, int]]) -> None:
        super().__init__([(t, s, tl) for t, s, tl, _ in pieces])
        self._full = pieces

    @property
    def is_identity(self) -> bool:
        return False

    def to_source(self, offset: int, *, end: bool = False) -> int:
        full = self._full
        if not full:
            return offset
        probe = offset - 1 if end and offset > 0 else offset
        i = bisect.bisect_right(self._starts, probe) - 1
        if i < 0:
            return full[0][1]
        t0, s0, tl, sl = full[i]
        delta = offset - t0
        if delta >= tl:
            # past the piece (in an inserted separator): its source end
            return s0 + sl
        if delta <= 0:
            return s0
        if tl == sl:
            return s0 + delta
        return s0 + sl if end else s0


class ProseBuilder:
    """Accumulates the prose view, its pieces and its blocks."""

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._len = 0
        self.pieces: list[tuple[int, int, int, int]] = []
        self.blocks: list[tuple[int, int, Zone | None]] = []
        self.block_meta: list[dict[str, Any]] = []
        self._block_start: int | None = None
        self._block_part = 0

    @property
    def length(self) -> int:
        return self._len

    def _append(self, text: str) -> int:
        at = self._len
        self._parts.append(text)
        self._len += len(text)
        return at

    def text_endswith_space(self) -> bool:
        for part in reversed(self._parts):
            if part:
                return part[-1] == " "
        return False

    def verbatim(self, text: str, source_start: int) -> None:
        """Copy ``text``, which is ``source[source_start : source_start + len(text)]``."""
        if not text:
            return
        at = self._append(text)
        last = self.pieces[-1] if self.pieces else None
        if last is not None and last[2] == last[3] and last[0] + last[2] == at and last[1] + last[3] == source_start:
            # extend the previous verbatim piece: fewer pieces, same mapping
            self.pieces[-1] = (last[0], last[1], last[2] + len(text), last[3] + len(text))
        else:
            self.pieces.append((at, source_start, len(text), len(text)))

    def atomic(self, text: str, source_start: int, source_end: int) -> None:
        """Add ``text`` standing for the whole source span ``[source_start, source_end)``."""
        if not text:
            return
        at = self._append(text)
        # same length (e.g. CR -> LF): character by character is exact
        self.pieces.append((at, source_start, len(text), source_end - source_start))

    def gap(self, text: str) -> None:
        """Inserted text with no source (a separator between blocks or a break)."""
        self._append(text)

    def open_block(self) -> None:
        self.close_block(None)
        self._block_start = self._len
        self._block_part = len(self._parts)

    def close_block(self, zone: Zone | None, meta: dict[str, Any] | None = None) -> None:
        start = self._block_start
        self._block_start = None
        if start is None:
            return
        text = "".join(self._parts[self._block_part :])
        lead = len(text) - len(text.lstrip())
        trail = len(text.rstrip())
        if trail > lead:
            self.blocks.append((start + lead, start + trail, zone))
            self.block_meta.append(meta or {})
        # blocks are separated by a blank line, like plain text
        self.gap("\n\n")

    def text(self) -> str:
        return "".join(self._parts)

    def offset_map(self) -> PieceMap:
        return PieceMap(self.pieces)


def remap_pieces(pieces: list[tuple[int, int, int, int]], index: list[int]) -> list[tuple[int, int, int, int]]:
    """Re-express pieces given in a normalised copy of the source in the original source.

    ``index[i]`` is the original offset of normalised offset ``i`` (one extra
    entry for the end).
    """
    out: list[tuple[int, int, int, int]] = []
    for t, s, tl, sl in pieces:
        if tl != sl:
            out.append((t, index[s], tl, index[s + sl] - index[s]))
            continue
        # split a verbatim piece wherever one normalised character stood for a CRLF
        run = 0
        for k in range(tl + 1):
            if k == tl or index[s + k + 1] - index[s + k] != 1:
                if k > run:
                    out.append((t + run, index[s + run], k - run, k - run))
                if k < tl:
                    out.append((t + k, index[s + k], 1, index[s + k + 1] - index[s + k]))
                run = k + 1
    return out


def newline_index(source: str) -> tuple[str, list[int]]:
    """``source`` with CRLF/CR turned into LF, and the offset index back to ``source``."""
    if "\r" not in source:
        return source, list(range(len(source) + 1))
    out: list[str] = []
    index: list[int] = []
    i = 0
    n = len(source)
    while i < n:
        c = source[i]
        index.append(i)
        if c == "\r":
            out.append("\n")
            i += 2 if i + 1 < n and source[i + 1] == "\n" else 1
        else:
            out.append(c)
            i += 1
    index.append(n)
    return "".join(out), index

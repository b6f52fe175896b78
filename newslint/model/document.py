"""The document model every rule reads.

A parser (plain text, Markdown, HTML, .docx) turns a file into one
:class:`Document`.  Rules never parse files themselves: they read the
paragraphs, sentences, tokens and quotations built here.

Offsets
-------
``Document.text`` is the *prose view* that rules read.  For plain text it is
the decoded file itself.  For marked-up formats the parser drops markup and
records, in :class:`OffsetMap`, where each piece of prose came from, so every
span in ``text`` maps back to code-point offsets in ``Document.source`` (the
decoded file).  Findings are reported in source coordinates.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from enum import Enum
from functools import cached_property
from itertools import accumulate, count
from operator import add, itemgetter
from typing import Any, NamedTuple

from newslint.lazyre import compile_cached
from newslint.model.residue import ResidueSpan, find_residue

#: "Speaker: words" in a headline, at its start or after a comma ("Honor untuk Inul, Adam Suseno: Mampir Aja"):
#: one to six words, the first capitalised, then a colon.
_HEADLINE_SPEAKER = compile_cached(r"(?:^|(?<=,)\s*)([A-Z][^\s:.!?,]*(?:\s+[^\s:.!?,]+){0,5}):\s+(?=\S)", re.M)
#: Rubric labels that also open headlines with a colon ("Video: …"): not speakers.
_HEADLINE_LABELS = frozenset(
    "video foto infografis update live breaking opini kolom tajuk editorial hoaks fakta populer terpopuler "
    "wawancara catatan analisis jadwal klasemen hasil prediksi resep sinopsis review ulasan".split()
    + ["cek fakta", "breaking news", "live update", "live report"]
)


class Zone(str, Enum):
    """The part of a news item a block belongs to."""

    KICKER = "kicker"  # stray category line above the headline ("Otomotif")
    HEADLINE = "headline"
    DECK = "deck"  # standfirst / subjudul
    DATELINE = "dateline"  # "Liputan6.com, Jakarta -" (the span only)
    LEAD = "lead"  # first paragraph of the story
    BODY = "body"
    HEADING = "heading"  # an intertitle inside the body (Markdown ## …)
    BLOCKQUOTE = "blockquote"


#: Zones that carry the story's prose (used as the default rule scope).
PROSE_ZONES = frozenset({Zone.HEADLINE, Zone.DECK, Zone.LEAD, Zone.BODY, Zone.HEADING, Zone.BLOCKQUOTE})


class TokenKind(str, Enum):
    WORD = "word"
    NUMBER = "number"
    PUNCT = "punct"
    URL = "url"
    EMAIL = "email"
    DOMAIN = "domain"
    HASHTAG = "hashtag"
    MENTION = "mention"
    SYMBOL = "symbol"


class MarkKind(str, Enum):
    """The kind of quotation mark that opens a quotation."""

    DOUBLE_STRAIGHT = "double-straight"  # "…"
    DOUBLE_CURLY = "double-curly"  # “…”
    SINGLE_STRAIGHT = "single-straight"  # '…'
    SINGLE_CURLY = "single-curly"  # ‘…’
    GUILLEMET = "guillemet"  # «…»

    @property
    def is_single(self) -> bool:
        return self in (MarkKind.SINGLE_STRAIGHT, MarkKind.SINGLE_CURLY)

    @property
    def is_double(self) -> bool:
        return self in (MarkKind.DOUBLE_STRAIGHT, MarkKind.DOUBLE_CURLY)


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


class Token(NamedTuple):
    """A token of the prose view. ``start``/``end`` are offsets into ``Document.text``.

    A named tuple rather than a class with ``__init__``: a draft has one token per
    word or mark, and the document builder creates each one with a single C call
    (``tuple.__new__``), every field final, instead of running Python code per token.
    The first four fields, ``(start, end, text, kind)``, are also the raw token the
    sentence splitter reads (see :func:`newslint.model.tokenize.scan`).
    """

    start: int
    end: int
    text: str
    kind: TokenKind
    index: int = 0  # position in Document.tokens
    sentence: int = -1  # index into Document.sentences
    paragraph: int = -1  # index into Document.paragraphs
    in_quote: bool = False  # inside a direct quotation (between its marks)

    @property
    def lower(self) -> str:
        return self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.kind is TokenKind.WORD

    @property
    def shape(self) -> str:
        """Case shape: ``lower``, ``title``, ``upper``, ``mixed`` or ``other``."""
        t = self.text
        if not any(c.isalpha() for c in t):
            return "other"
        if t.islower():
            return "lower"
        if t.isupper():
            return "upper" if len([c for c in t if c.isalpha()]) > 1 else "title"
        if t[0].isupper() and t[1:].islower():
            return "title"
        return "mixed"


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    paragraph: int
    index: int = 0
    token_start: int = 0  # first token index
    token_end: int = 0  # one past the last token index


@dataclass(slots=True)
class Paragraph:
    """A block of prose: a headline, a paragraph, a list item, a heading."""

    start: int
    end: int
    zone: Zone
    index: int = 0
    sentence_start: int = 0
    sentence_end: int = 0
    meta: dict[str, Any] = field(default_factory=dict)  # parser-specific (e.g. docx paragraph no.)


@dataclass(slots=True)
class Quotation:
    """A quotation span between an opening and (if found) a closing mark."""

    start: int  # offset of the opening mark
    end: int  # one past the closing mark (or end of the last paragraph when unclosed)
    mark: MarkKind
    paragraph: int  # paragraph of the opening mark
    closed: bool = True
    #: True when the quote runs on over paragraphs and is reopened in the next
    #: one (newsroom convention: no closing mark at the paragraph end).
    continued: bool = False
    last_paragraph: int = -1
    #: Nesting depth: 0 for a quotation, 1 for a quote inside a quote.
    depth: int = 0
    #: Closed with a double mark of the other kind (“…" or "…”): copy from two CMSs.
    mismatched: bool = False
    #: Closed by a mark typed one space late ("…, ” kata X"): punct/spacing reports the space.
    detached: bool = False

    @property
    def inner(self) -> Span:
        return Span(self.start + 1, self.end - 1 if self.closed else self.end)


class OffsetMap:
    """Maps offsets of the prose view back to offsets of the source.

    Stored as sorted pieces ``(text_start, source_start, length)`` inside which
    the mapping is the identity shift.  Plain text uses one piece.
    """

    __slots__ = ("_pieces", "_starts")

    def __init__(self, pieces: list[tuple[int, int, int]] | None = None) -> None:
        self._pieces = pieces or []
        self._starts = [p[0] for p in self._pieces]

    @classmethod
    def identity(cls, length: int) -> OffsetMap:
        return cls([(0, 0, length)])

    @property
    def is_identity(self) -> bool:
        return len(self._pieces) <= 1 and (not self._pieces or self._pieces[0][0] == self._pieces[0][1])

    def to_source(self, offset: int, *, end: bool = False) -> int:
        """Source offset of a text offset; ``end=True`` for exclusive ends."""
        if not self._pieces:
            return offset
        probe = offset - 1 if end and offset > 0 else offset
        i = bisect.bisect_right(self._starts, probe) - 1
        if i < 0:
            i = 0
        t0, s0, length = self._pieces[i]
        delta = offset - t0
        if delta > length:
            delta = length
        return s0 + max(delta, 0)


_token_kind = itemgetter(3)  # Token.kind: an index into the named tuple, no attribute lookup
_token_start = itemgetter(0)  # Token.start: tokens are tuples

_LINE_BREAK = compile_cached(r"\r\n?|\n")


@dataclass
class Document:
    """One parsed draft."""

    source: str
    text: str
    path: str = "<string>"
    offset_map: OffsetMap = field(default_factory=OffsetMap)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    quotations: list[Quotation] = field(default_factory=list)
    #: Front matter or other metadata (``title``, ``author``, ``sources``, ``tags``).
    metadata: dict[str, Any] = field(default_factory=dict)
    #: Inline suppressions: (rule selector, first source line, last source line).
    suppressions: list[tuple[str, int, int]] = field(default_factory=list)
    #: Document format name ("text", "markdown", "html", "docx").
    format: str = "text"
    #: Cache for analyses shared between rules (keyed by the analysing module).
    cache: dict[str, Any] = field(default_factory=dict)
    #: The dateline at the start of the lead ("Liputan6.com, Jakarta - "), if any.
    dateline: Span | None = None
    #: The outlet and place named by the dateline, when recognised.
    dateline_outlet: str | None = None
    dateline_place: str | None = None

    # --- convenience -----------------------------------------------------
    def sentence_text(self, s: Sentence) -> str:
        return self.text[s.start : s.end]

    def paragraph_text(self, p: Paragraph) -> str:
        return self.text[p.start : p.end]

    def sentence_tokens(self, s: Sentence) -> list[Token]:
        return self.tokens[s.token_start : s.token_end]

    def paragraph_sentences(self, p: Paragraph) -> list[Sentence]:
        return self.sentences[p.sentence_start : p.sentence_end]

    def zone_paragraphs(self, *zones: Zone) -> list[Paragraph]:
        return [p for p in self.paragraphs if p.zone in zones]

    @cached_property
    def headline(self) -> Paragraph | None:
        for p in self.paragraphs:
            if p.zone is Zone.HEADLINE:
                return p
        return None

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s.start for s in self.sentences]

    @cached_property
    def _paragraph_starts(self) -> list[int]:
        return [p.start for p in self.paragraphs]

    @cached_property
    def _token_starts(self) -> list[int]:
        return list(map(_token_start, self.tokens))  # in C: a comprehension cost 0.1 µs a token

    def sentence_at(self, offset: int) -> Sentence | None:
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        if 0 <= i < len(self.sentences) and self.sentences[i].start <= offset <= self.sentences[i].end:
            return self.sentences[i]
        return None

    def paragraph_at(self, offset: int) -> Paragraph | None:
        i = bisect.bisect_right(self._paragraph_starts, offset) - 1
        if 0 <= i < len(self.paragraphs) and self.paragraphs[i].start <= offset <= self.paragraphs[i].end:
            return self.paragraphs[i]
        return None

    def token_index_at(self, offset: int) -> int:
        """Index of the first token starting at or after ``offset``."""
        return bisect.bisect_left(self._token_starts, offset)

    @cached_property
    def quote_mask(self) -> bytearray:
        """One byte per text character: 1 inside a direct quotation (marks included)."""
        mask = bytearray(len(self.text))
        for q in self.quotations:
            mask[q.start : q.end] = b"\x01" * (q.end - q.start)
        return mask

    def in_quote(self, start: int, end: int | None = None) -> bool:
        """True when the span lies inside a quotation."""
        if not self.text:
            return False
        end = start + 1 if end is None else end
        mask = self.quote_mask
        return any(mask[start : max(end, start + 1)])

    @cached_property
    def residue(self) -> list[ResidueSpan]:
        """Page leftovers ("Baca juga: …", widget titles) to delete; see :mod:`newslint.model.residue`."""
        return find_residue(self.text, [(p.start, p.end, p.zone.value) for p in self.paragraphs])

    @cached_property
    def headline_speech(self) -> list[tuple[int, int]]:
        """Spans of speech a headline quotes without marks: "Warga: Kami Enggak Mau Pindah" puts the words
        after the colon in the speaker's mouth (the house convention for a quote headline)."""
        out = []
        text = self.text
        for p in self.paragraphs:
            if p.zone is not Zone.HEADLINE and p.zone is not Zone.DECK:
                continue
            m = _HEADLINE_SPEAKER.search(text, p.start, p.end)
            if m is not None and m.group(1).strip().lower() not in _HEADLINE_LABELS:
                out.append((m.end(), p.end))
        return out

    def in_speech(self, start: int, end: int | None = None) -> bool:
        """True when the span lies inside a quotation or inside speech a headline quotes after a colon."""
        if self.in_quote(start, end):
            return True
        end = start + 1 if end is None else end
        return any(s <= start and end <= e for s, e in self.headline_speech)

    def in_residue(self, offset: int) -> bool:
        """True when ``offset`` lies inside a page leftover."""
        return any(r.start <= offset < r.end for r in self.residue)

    @cached_property
    def word_count(self) -> int:
        # map + list.count run in C: a generator over every token cost 0.3 µs a word
        return list(map(_token_kind, self.tokens)).count(TokenKind.WORD)

    def past_dateline(self, offset: int) -> int:
        """Where the text at ``offset`` really begins: after the dateline
        ("Liputan6.com, Jakarta - ") when ``offset`` falls inside it."""
        d = self.dateline
        if d is not None and d.start <= offset < d.end:
            return d.end
        return offset

    def zone_of(self, offset: int) -> Zone | None:
        p = self.paragraph_at(offset)
        if p is None:
            return None
        d = self.dateline
        if d is not None and p.zone is Zone.LEAD and d.start <= offset < d.end:
            return Zone.DATELINE
        return p.zone

    def drop_analysis(self) -> None:
        """Free what only rules read (paragraphs, tokens, sentences, quotations, analyses' caches).

        A report keeps every checked draft until it is printed, but reporters need
        only the source and its lines: on an archive of drafts the model would
        otherwise grow the process by megabytes per hundred drafts.  A pool's workers
        send each checked draft to the main process: its paragraphs were a third of
        what pickling the results cost."""
        self.paragraphs = []
        self.tokens = []
        self.sentences = []
        self.quotations = []
        self.cache = {}
        for name in (
            "_token_starts",
            "_sentence_starts",
            "_paragraph_starts",
            "quote_mask",
            "headline",
            "residue",
            "headline_speech",
        ):
            self.__dict__.pop(name, None)

    # --- source coordinates ------------------------------------------------
    def source_span(self, start: int, end: int) -> tuple[int, int]:
        if self.offset_map.is_identity:
            return start, end
        s = self.offset_map.to_source(start)
        e = self.offset_map.to_source(end, end=True) if end > start else s
        return s, max(e, s)

    @cached_property
    def _line_starts(self) -> list[int]:
        # \r\n, \r and \n each end a line.  Without a \r (nearly every draft) the starts are running sums of
        # the line lengths plus one per break, all in C; the regex tried its alternation at every character
        # (~0.5% of a corpus run)
        source = self.source
        if "\r" in source:
            return [0, *(m.end() for m in _LINE_BREAK.finditer(source))]
        lines = source.split("\n")
        del lines[-1]
        return list(map(add, accumulate(map(len, lines), initial=0), count()))

    def line_col(self, source_offset: int) -> tuple[int, int]:
        """1-based line and column (code points) of a source offset."""
        starts = self._line_starts
        i = bisect.bisect_right(starts, source_offset) - 1
        return i + 1, source_offset - starts[i] + 1

    def source_line(self, line: int) -> str:
        starts = self._line_starts
        start = starts[line - 1]
        end = starts[line] if line < len(starts) else len(self.source)
        return self.source[start:end].rstrip("\r\n")

"""Where each sentence's words begin, and its first word: shared by the rules that read
sentence openings (fronted clauses, subjectless sentences, appositions, conjunctions).

Computed once per document and cached in ``doc.cache``: one pass over the sentences
instead of one per rule.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import compress, count, repeat
from operator import attrgetter, is_not, itemgetter, lt

from newslint.model.document import Document, Sentence, TokenKind, Zone

CACHE_KEY = "openings"
#: Opening quotation marks, brackets and spaces before a sentence's first word.
OPENERS = "\"“”'‘’([ \t"
_NOT_PROSE = frozenset({Zone.HEADLINE, Zone.KICKER, Zone.HEADING})
_TOKEN_START = attrgetter("token_start")
_TOKEN_END = attrgetter("token_end")
_SENTENCE_START = attrgetter("start")
_ZONE = attrgetter("zone")
_START, _TEXT, _KIND = itemgetter(0), itemgetter(2), itemgetter(3)


@dataclass(slots=True)
class Openings:
    """``begin[i]``: offset of the first word of sentence ``i`` (past a dateline and opening marks);
    ``first_word[i]``: that word in lower case when sentence ``i`` is prose (not a headline, kicker
    or heading) and opens with a word, else None."""

    sentences: list[Sentence] = field(default_factory=list)
    begin: list[int] = field(default_factory=list)
    first_word: list[str | None] = field(default_factory=list)

    def starting_with(self, words: frozenset[str]) -> list[tuple[Sentence, int]]:
        """``(sentence, begin)`` of the prose sentences whose first word is one of ``words`` (lower case),
        in document order (the sentences are picked in C)."""
        sentences, begin = self.sentences, self.begin
        return [(sentences[i], begin[i]) for i in compress(count(), map(words.__contains__, self.first_word))]


def _analyze(doc: Document) -> Openings:
    # from the tokens (built anyway): a sentence's first token is almost always its first word, so the
    # first tokens, their offsets and their words are read in C (map over the sentences); only the
    # sentences that open otherwise (an opening mark, a number, the dateline, no token) go through the
    # loop below
    text = doc.text
    tokens = doc.tokens
    n = len(tokens)
    sentences = doc.sentences
    out = Openings(sentences)
    if not sentences:
        return out
    firsts = list(map(_TOKEN_START, sentences))
    ends = list(map(_TOKEN_END, sentences))
    word = TokenKind.WORD
    if max(firsts) < n and all(map(lt, firsts, ends)):
        heads = list(map(tokens.__getitem__, firsts))
        out.begin = list(map(_START, heads))
        out.first_word = list(map(str.lower, map(_TEXT, heads)))
        odd = list(compress(count(), map(is_not, map(_KIND, heads), repeat(word))))
    else:  # an empty sentence somewhere (no tokens): every sentence the slow way
        out.begin = [0] * len(sentences)
        out.first_word = [None] * len(sentences)
        odd = list(range(len(sentences)))
    d = doc.dateline
    if d is not None:  # the sentences that start inside the dateline, found by bisection
        lo = bisect_left(sentences, d.start, key=_SENTENCE_START)
        odd = sorted({*odd, *range(lo, bisect_left(sentences, d.end, lo, key=_SENTENCE_START))})
    begin, first_word = out.begin, out.first_word
    for i in odd:
        s = sentences[i]
        ti = s.token_start
        if d is not None and d.start <= s.start < d.end:
            ti = doc.token_index_at(d.end)
        end = min(s.token_end, n)
        while ti < end and tokens[ti][3] is TokenKind.PUNCT and text[tokens[ti][0]] in OPENERS:
            ti += 1
        if ti >= end:
            begin[i] = s.start
            first_word[i] = None
            continue
        t = tokens[ti]
        begin[i] = t[0]
        first_word[i] = t[2].lower() if t[3] is word else None
    paragraphs = doc.paragraphs
    for p in compress(paragraphs, map(_NOT_PROSE.__contains__, map(_ZONE, paragraphs))):
        if p.sentence_end > p.sentence_start:
            first_word[p.sentence_start : p.sentence_end] = [None] * (p.sentence_end - p.sentence_start)
    return out


def analyze(doc: Document) -> Openings:
    """The sentence openings of ``doc`` (computed once, then cached)."""
    cached = doc.cache.get(CACHE_KEY)
    if cached is None:
        cached = doc.cache[CACHE_KEY] = _analyze(doc)
    return cached

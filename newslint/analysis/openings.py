"""Where each sentence's words begin, and its first word: shared by the rules that read
sentence openings (fronted clauses, subjectless sentences, appositions, conjunctions).

Computed once per document and cached in ``doc.cache``: one pass over the sentences
instead of one per rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newslint.model.document import Document, Sentence, TokenKind, Zone

CACHE_KEY = "openings"
#: Opening quotation marks, brackets and spaces before a sentence's first word.
OPENERS = "\"“”'‘’([ \t"
_NOT_PROSE = frozenset({Zone.HEADLINE, Zone.KICKER, Zone.HEADING})


@dataclass(slots=True)
class Openings:
    """``begin[i]``: offset of the first word of sentence ``i`` (past a dateline and opening marks);
    ``by_word``: first word (lower case) -> ``[(sentence, begin)]`` for prose sentences
    (not headlines, kickers or headings)."""

    begin: list[int] = field(default_factory=list)
    by_word: dict[str, list[tuple[Sentence, int]]] = field(default_factory=dict)

    def starting_with(self, words: frozenset[str]) -> list[tuple[Sentence, int]]:
        """Prose sentences whose first word is one of ``words`` (lower case), in document order."""
        found = [item for w in words.intersection(self.by_word) for item in self.by_word[w]]
        found.sort(key=lambda item: item[1])
        return found


def _analyze(doc: Document) -> Openings:
    # from the tokens (built anyway): a sentence's first token is almost always its first word, so
    # most sentences cost a tuple read, not a regex.  The loop is the hot path of every draft: no call per
    # sentence (no min(), no method), the dateline's range read once, the common first token (a word, or
    # any token that is no opening mark) decided before the walk past opening marks
    out = Openings()
    text = doc.text
    tokens = doc.tokens
    n = len(tokens)
    not_prose = {p.index for p in doc.paragraphs if p.zone in _NOT_PROSE}
    d = doc.dateline
    ds, de = (d.start, d.end) if d is not None else (0, 0)
    begin = out.begin
    add = begin.append
    by_word = out.by_word
    word, punct = TokenKind.WORD, TokenKind.PUNCT
    for s in doc.sentences:
        ti = s.token_start
        if ds <= s.start < de:
            ti = doc.token_index_at(de)
        end = s.token_end
        if end > n:
            end = n
        if ti >= end:
            add(s.start)
            continue
        t = tokens[ti]
        kind = t[3]
        if kind is punct and text[t[0]] in OPENERS:
            ti += 1
            while ti < end and tokens[ti][3] is punct and text[tokens[ti][0]] in OPENERS:
                ti += 1
            if ti >= end:
                add(s.start)
                continue
            t = tokens[ti]
            kind = t[3]
        add(t[0])
        if kind is word and s.paragraph not in not_prose:
            key = t[2].lower()
            found = by_word.get(key)
            if found is None:
                by_word[key] = [(s, t[0])]
            else:
                found.append((s, t[0]))
    return out


def analyze(doc: Document) -> Openings:
    """The sentence openings of ``doc`` (computed once, then cached)."""
    cached = doc.cache.get(CACHE_KEY)
    if cached is None:
        cached = doc.cache[CACHE_KEY] = _analyze(doc)
    return cached

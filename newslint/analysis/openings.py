"""Where each sentence's words begin, and its first word: shared by the rules that read
sentence openings (fronted clauses, subjectless sentences, appositions, conjunctions).

Computed once per document and cached in ``doc.cache``: one pass over the sentences
instead of one per rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newslint.lazyre import compile_cached
from newslint.model.document import Document, Sentence, Zone

CACHE_KEY = "openings"
#: Opening quotation marks, brackets and spaces before a sentence's first word.
OPENERS = "\"“”'‘’([ \t"
# opening marks, then the first word (if the sentence starts with one): one C call per sentence
_OPENING = compile_cached(r"[\"“”'‘’(\[ \t]*(?P<w>[^\W\d_][\w-]*)?")
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
    out = Openings()
    text = doc.text
    paragraphs = doc.paragraphs
    d = doc.dateline
    match = _OPENING.match
    begin = out.begin
    by_word = out.by_word
    for s in doc.sentences:
        i = s.start
        if d is not None and d.start <= i < d.end:
            i = d.end
        m = match(text, i, s.end)
        w = None if m is None else m.group("w")
        if w is None:
            begin.append(i if m is None else m.end())
            continue
        i = m.start("w")
        begin.append(i)
        if paragraphs[s.paragraph].zone not in _NOT_PROSE:
            key = w.lower()
            found = by_word.get(key)
            if found is None:
                by_word[key] = [(s, i)]
            else:
                found.append((s, i))
    return out


def analyze(doc: Document) -> Openings:
    """The sentence openings of ``doc`` (computed once, then cached)."""
    cached = doc.cache.get(CACHE_KEY)
    if cached is None:
        cached = doc.cache[CACHE_KEY] = _analyze(doc)
    return cached

"""Is a capitalised word a name? Heuristics the ``substitution`` type uses (with the option
``skip_capitalized_midsentence``) so that it does not "correct" names."""

from __future__ import annotations

from itertools import compress
from operator import itemgetter

from newslint.lazyre import compile_cached
from newslint.model.document import Document, TokenKind, Zone

# A capital after these marks (or at the start of a sentence) says nothing about names.
_OPENERS = "\"“”‘’'([{:;—–-•*"
_TITLE_BEFORE = compile_cached(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|dr|drg|Prof|Ir|Hj|H|St|Jr|Sr))\.$")
#: Characters of the text before a word that decide _TITLE_BEFORE: its longest match ("Prof.")
#: plus the character its \b looks at, with room to spare.
_TITLE_WINDOW = 8


# Function words a title-case headline leaves in lower case.
_TITLE_LOWER = frozenset(
    """
    dari pada yang untuk dengan dalam oleh bagi soal usai jadi akan atau terhadap kepada tentang sebagai
    antara tanpa hingga sampai ketika saat setelah sebelum karena agar supaya tetapi namun bahwa serta
    juga masih sudah belum tidak bukan lagi jelang sejak demi menuju seusai atas
    """.split()
)


_HEADLINE_ZONES = frozenset({Zone.HEADLINE, Zone.DECK, Zone.HEADING, Zone.KICKER})


def _capitals_mean_names(doc: Document, sent_index: int) -> bool:
    """False for title-case or all-caps headlines, where capitals mark no names.

    A line counts as title case when no word of four letters or more other
    than a function word is written in lower case.  Only headline-like zones
    qualify: a title-case line in the body is usually a list of names.
    """
    cache = doc.cache.setdefault("subst_titlecase", {})
    if sent_index not in cache:
        sent = doc.sentences[sent_index]
        if doc.paragraphs[sent.paragraph].zone not in _HEADLINE_ZONES:
            cache[sent_index] = True
            return True
        words = [t.text for t in doc.sentence_tokens(sent) if t.kind is TokenKind.WORD and len(t.text) > 3]
        lower = [w for w in words if w[:1].islower() and w.lower() not in _TITLE_LOWER]
        # one stray lower-case word in a long title-case line is a slip, not sentence case
        cache[sent_index] = len(lower) > len(words) // 6 or len(words) < 2
    return cache[sent_index]


def _title_line(doc: Document, start: int) -> bool:
    """True inside a headline-like line written in title case (every content word capitalised)."""
    sent = doc.sentence_at(start)
    return (
        sent is not None
        and doc.paragraphs[sent.paragraph].zone in _HEADLINE_ZONES
        and not _capitals_mean_names(doc, sent.index)
    )


def _midsentence_capital(doc: Document, start: int) -> bool:
    """True when the capitalised word at ``start`` stands mid-sentence in running prose."""
    sent = doc.sentence_at(start)
    if sent is None:
        return False
    # the sentence up to the word, right-stripped, is only looked at at its end: find that end
    # rather than copy the sentence so far for every capitalised word
    text, first, end = doc.text, sent.start, start
    while end > first and text[end - 1].isspace():
        end -= 1
    if end == first or text[end - 1] in _OPENERS:
        return False
    if _TITLE_BEFORE.search(text[max(first, end - _TITLE_WINDOW) : end]):  # "M. Syah", "Dr. Rizki": a name follows
        return True
    return _capitals_mean_names(doc, sent.index)


_token_text = itemgetter(2)  # Token.text: an index into the named tuple, no attribute lookup
_first_char = itemgetter(slice(0, 1))  # text[:1]


def _names_in(doc: Document) -> frozenset[str]:
    """Lower-cased words the document capitalises mid-sentence: evidence that they are names."""
    names = doc.cache.get("subst_names")
    if names is None:
        found = set()
        tokens = doc.tokens
        # the capitalised tokens are picked out in C (map, compress): most tokens are lower case
        for t in compress(tokens, map(str.isupper, map(_first_char, map(_token_text, tokens)))):
            if t.kind is TokenKind.WORD:
                low = t.text.lower()
                if low not in found and _midsentence_capital(doc, t.start):  # a name recurs: decide it once
                    found.add(low)
        names = doc.cache["subst_names"] = frozenset(found)
    return names


def _has_lower(doc: Document, sent_index: int) -> bool:
    sent = doc.sentences[sent_index]
    return any(t.kind is TokenKind.WORD and not t.text.isupper() for t in doc.sentence_tokens(sent))


def looks_like_name(doc: Document, start: int, word: str) -> bool:
    """A capitalised word that is probably a name rather than a misspelt common word."""
    if not word[:1].isupper():
        return False
    first = word.split()[0]
    sent = doc.sentence_at(start)
    if len(first) > 1 and first.isupper() and sent is not None and _has_lower(doc, sent.index):
        return True  # an acronym or initials in mixed-case text ("YG"); an all-caps line is checked
    return (
        _midsentence_capital(doc, start)
        or _capitalised_elsewhere(doc, first.lower())
        or _before_a_capitalised_word(doc, start, word)
    )


def _before_a_capitalised_word(doc: Document, start: int, word: str) -> bool:
    """A capitalised word just after an opening bracket that another capitalised word follows, in a
    sentence-case line: the first word of a name ("(Kost Living Anaway, Padaleu)", "(Citta Maya/balipost)").
    At a sentence's start the same shape is as often a common word before a name (Tapi Budiharjo,
    Personil Polres), so only the bracket counts."""
    before = doc.text[max(0, start - 3) : start].rstrip()
    if not before.endswith(("(", "[")):
        return False
    tokens = doc.tokens
    i = doc.token_index_at(start + len(word))
    if i >= len(tokens) or tokens[i].kind is not TokenKind.WORD or not tokens[i].text[:1].isupper():
        return False
    if doc.text[start + len(word) : tokens[i].start].strip():
        return False  # punctuation between them: the next word opens a new clause
    sent = doc.sentence_at(start)
    return sent is not None and _has_lower(doc, sent.index) and _capitals_mean_names(doc, sent.index)


#: Words a draft is asked about one by one before all its names are decided at once (_names_in).
_NAME_QUERIES = 8


def _capitalised_elsewhere(doc: Document, low: str) -> bool:
    """``low in _names_in(doc)``, decided for this one word: most drafts ask about one or two words
    (a sentence-initial "Tapi"), and deciding every capitalised word of the draft costs far more
    than finding this word's tokens (in C: map, compress) and deciding those."""
    names = doc.cache.get("subst_names")
    if names is not None:
        return low in names
    asked = doc.cache.setdefault("subst_name_words", {})
    found = asked.get(low)
    if found is None:
        if len(asked) >= _NAME_QUERIES:
            return low in _names_in(doc)
        tokens = doc.tokens
        found = asked[low] = any(
            t.kind is TokenKind.WORD and t.text[:1].isupper() and _midsentence_capital(doc, t.start)
            for t in compress(tokens, map(low.__eq__, map(str.lower, map(_token_text, tokens))))
        )
    return found

"""Trigger words: a cheap per-document test that lets a regex rule skip its scan.

Most declarative rules look for words that a given draft does not contain at
all, yet a plain ``finditer`` still tries the pattern at every character.  The
helpers here derive, from a pattern's parse tree, a set of *trigger words*:
ASCII letter runs such that every match of the pattern contains one of them
as a whole letter run of the text (a maximal run of ``[^\\W\\d_]``, so it
cannot be part of a longer word).  A document's letter runs are indexed once
(:func:`word_index`, kept in ``Document.cache``); a rule whose triggers are all missing cannot
match and skips its scan.  When every trigger also stands at the very start
of the match (*anchored*), the pattern only needs trying at the offsets where
a trigger word starts: the same matches as ``finditer``, found without the
scan (see :func:`anchored_finditer`).

The analysis is deliberately conservative: anything it does not understand
(an optional part, a character class that may hold a letter, a back
reference) makes it give up, and the rule then always scans.  Case: the
index is lower-cased after folding the four non-ASCII characters that
Python's case-insensitive matching equates with ASCII letters (``İ ı ſ K``),
so a trigger is found whatever the case of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

try:  # the parser is private; without it every rule simply scans as before
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - other Python implementations
    _c = _p = None  # type: ignore[assignment]

#: A letter run, as the index and the analysis both understand it.
LETTER_RUN = re.compile(r"[^\W\d_]+")
#: Non-ASCII characters that re.IGNORECASE matches with an ASCII letter.
CASE_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})

#: ASCII-only or locale matching: word characters differ from the index's letter runs.
_UNSAFE_FLAGS = re.ASCII | re.LOCALE
_INLINE_UNSAFE = re.compile(r"\(\?[a-zA-Z-]*[aL]")

Triggers = list[tuple[str, bool]]  # (trigger word, stands at the start of the match)


_FOLDED = tuple(chr(c) for c in CASE_FOLD)
_LETTER = re.compile(r"[^\W\d_]")


class WordIndex:
    """The letter runs of one document, lower-cased, for trigger tests.

    ``low`` is the text folded and lower-cased; it has the text's length and
    its letter runs fall where the text's do (``str.lower`` keeps every
    character's length and letter-ness once ``İ`` is folded to ``i``, checked
    over all of Unicode), so offsets carry over.
    """

    __slots__ = ("low", "words", "_offsets")

    def __init__(self, text: str) -> None:
        if any(c in text for c in _FOLDED):
            text = text.translate(CASE_FOLD)
        self.low = text.lower()
        self.words = frozenset(LETTER_RUN.findall(self.low))
        self._offsets: dict[str, list[int]] = {}

    def offsets(self, word: str) -> list[int]:
        """Start offsets, in order, of the letter runs equal to ``word``."""
        found = self._offsets.get(word)
        if found is None:
            found = []
            low, n, letter = self.low, len(word), _LETTER.match
            i = low.find(word)
            while i != -1:
                if (i == 0 or letter(low, i - 1) is None) and letter(low, i + n) is None:
                    found.append(i)
                i = low.find(word, i + 1)
            self._offsets[word] = found
        return found


_DIGITS = re.compile(r"\d+")


def digit_starts(doc: Any) -> list[int]:
    """Start offsets of the document's maximal digit runs (``\\d``, as a pattern sees it), kept in ``doc.cache``.

    A pattern whose match always begins with a digit that no digit precedes
    (``(?<![\\w…])\\d…``) can be tried at these offsets alone, with
    :func:`anchored_finditer`, rather than at every character.
    """
    starts = doc.cache.get("digit_starts")
    if starts is None:
        starts = doc.cache["digit_starts"] = [m.start() for m in _DIGITS.finditer(doc.text)]
    return starts


def word_index(doc: Any) -> WordIndex:
    """The document's :class:`WordIndex`, built once and kept in ``doc.cache``."""
    index = doc.cache.get("word_index")
    if index is None:
        index = doc.cache["word_index"] = WordIndex(doc.text)
    return index


def phrase_trigger(phrase: str) -> tuple[str, bool] | None:
    """Trigger of a literal phrase matched between word boundaries.

    Every letter run of the phrase is bounded by non-letters (or the phrase's
    ends, which the word boundaries guard), so any ASCII one will do; the
    first is anchored when the phrase starts with it.
    """
    for m in LETTER_RUN.finditer(phrase):
        if m.group().isascii():
            return m.group().lower(), m.start() == 0
    return None


def _letter_of(op: Any, av: Any) -> str | None:
    """The lower-case ASCII letter an item matches: ``a``, or a class of one letter's cases (``[Jj]``)."""
    if op is _c.LITERAL:
        ch = chr(av)
        return ch.lower() if ch.isascii() and ch.isalpha() else None
    if op is _c.IN and av and all(o is _c.LITERAL for o, _ in av):
        chars = {chr(a).lower() for _, a in av}
        if len(chars) == 1:
            ch = chars.pop()
            if ch.isascii() and ch.isalpha() and all(chr(a).isascii() for _, a in av):
                return ch
    return None


def _is_letter_literal(op: Any, av: Any) -> bool:
    return _letter_of(op, av) is not None


def _caseless_nonletter(ch: str) -> bool:
    """A character that is no letter and has no case variant (so case-insensitive matching adds none)."""
    return _LETTER.match(ch) is None and ch.lower() == ch == ch.upper()


def _zero_width(op: Any, av: Any) -> bool:
    if op in (_c.ASSERT, _c.ASSERT_NOT, _c.AT):
        return True
    if op is _c.SUBPATTERN:
        return all(_zero_width(o, a) for o, a in av[3])
    if op is _c.BRANCH:
        return all(all(_zero_width(o, a) for o, a in b) for b in av[1])
    return False


_NONLETTER_CATEGORIES = (_c.CATEGORY_DIGIT, _c.CATEGORY_SPACE, _c.CATEGORY_NOT_WORD) if _c is not None else ()


def _nonletter_class(members: Iterable[tuple[Any, Any]]) -> bool:
    """A character class none of whose characters is a letter."""
    for op, av in members:
        if op is _c.LITERAL:
            if not _caseless_nonletter(chr(av)):
                return False
        elif op is _c.RANGE:
            lo, hi = av
            if hi > 127 or any(chr(x).isalpha() for x in range(lo, hi + 1)):
                return False
        elif op is _c.CATEGORY:
            if av not in _NONLETTER_CATEGORIES:
                return False
        else:  # NEGATE and anything else
            return False
    return True


def _nonletter_item(op: Any, av: Any, last: bool) -> bool:
    """The item consumes at least one character and its first (``last``: last) one is no letter."""
    if op is _c.LITERAL:
        return _caseless_nonletter(chr(av))
    if op is _c.IN:
        return _nonletter_class(av)
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)):
        lo, _hi, item = av
        return lo >= 1 and _edge_nonletter(item, last)
    if op is _c.SUBPATTERN:
        return _edge_nonletter(av[3], last)
    if op is getattr(_c, "ATOMIC_GROUP", None):
        return _edge_nonletter(av, last)
    if op is _c.BRANCH:
        return all(_edge_nonletter(b, last) for b in av[1])
    return False


def _optional(op: Any, av: Any) -> bool:
    return op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and av[0] == 0


def _edge_nonletter(seq: Any, last: bool) -> bool:
    """The sequence consumes at least one character and its first (last) one is no letter."""
    items = list(seq)
    for op, av in reversed(items) if last else items:
        if _zero_width(op, av):
            continue
        if _optional(op, av):
            if not _edge_nonletter(av[2], last):
                return False
            continue
        return _nonletter_item(op, av, last)
    return False


def _word_guard(op: Any, av: Any, direction: int) -> bool:
    """A negative lookaround that forbids a word character on that side: ``(?<![\\w…])``, ``(?![\\w…])``."""
    if op is not _c.ASSERT_NOT or av[0] != direction:
        return False
    body = list(av[1])
    return (
        len(body) == 1
        and body[0][0] is _c.IN
        and any(o is _c.CATEGORY and a is _c.CATEGORY_WORD for o, a in body[0][1])
    )


def _side_ok(items: list[tuple[Any, Any]], idx: int, step: int, edge_ok: bool) -> bool:
    """True when the character next to position ``idx`` of ``items`` (before it with
    ``step`` -1, after it with +1) is certainly no letter (or the text's edge)."""
    k = idx - 1 if step < 0 else idx
    while 0 <= k < len(items):
        op, av = items[k]
        if op is _c.AT:
            # \\b next to a letter: the other side is no word character; ^ $ \\A \\Z: an edge or a newline
            if av is _c.AT_BOUNDARY:
                return True
            if step < 0 and av in (_c.AT_BEGINNING, _c.AT_BEGINNING_STRING):
                return True
            if step > 0 and av in (_c.AT_END, _c.AT_END_STRING):
                return True
        elif _word_guard(op, av, -1 if step < 0 else 1):
            return True
        elif op is _c.ASSERT and av[0] == (-1 if step < 0 else 1) and _edge_nonletter(av[1], step < 0):
            return True  # (?<=…\s) before, (?=\s…) after: that character is no letter
        elif _zero_width(op, av):
            pass
        elif _optional(op, av):
            if not _edge_nonletter(av[2], step < 0):
                return False
        else:
            return _nonletter_item(op, av, step < 0)
        k += step
    return edge_ok


def _analyze(seq: Any, left_ok: bool, right_ok: bool, at_start: bool) -> Triggers | None:
    # items in order, so the first consuming item (the only one that can be anchored) is tried first
    items = list(seq)
    n = len(items)
    k = 0
    while k < n:
        op, av = items[k]
        start = at_start and all(_zero_width(*it) for it in items[:k])
        if _is_letter_literal(op, av):
            j = k
            while j < n and _is_letter_literal(*items[j]):
                j += 1
            if _side_ok(items, k, -1, left_ok) and _side_ok(items, j, 1, right_ok):
                return [("".join(_letter_of(*it) or "" for it in items[k:j]), start)]
            k = j
            continue
        k += 1
        if _zero_width(op, av) or _optional(op, av):
            continue
        left, right = _side_ok(items, k - 1, -1, left_ok), _side_ok(items, k, 1, right_ok)
        found: Triggers | None = None
        if op is _c.SUBPATTERN:
            found = _analyze(av[3], left, right, start)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            found = _analyze(av, left, right, start)
        elif op is _c.BRANCH:
            parts = [_analyze(b, left, right, start) for b in av[1]]
            if all(p is not None for p in parts):
                found = [t for p in parts for t in p]  # type: ignore[union-attr]
        if found is not None:
            return found
    return None


def pattern_triggers(pattern: str, flags: int = 0, *, bounded: bool = False) -> Triggers | None:
    """Trigger words of a regex, or None when none can be derived safely.

    ``bounded``: the pattern is used between word boundaries (a non-word
    character or the text's edge on both sides), as the entries of a
    ``regex: true`` substitution are.
    """
    if _p is None:
        return None
    try:
        if flags & _UNSAFE_FLAGS or _INLINE_UNSAFE.search(pattern):
            return None  # word characters and boundaries would not mean what the index assumes
        tree = _p.parse(pattern, flags)
        return _analyze(tree, bounded, bounded, True)
    except Exception:  # noqa: BLE001 - an analysis that fails only costs the speed-up
        return None


def planned_finditer(
    rx: re.Pattern[str], plan: tuple[frozenset[str], bool] | None, doc: Any, pos: int = 0, endpos: int | None = None
) -> Any:
    """What ``rx.finditer(doc.text, pos, endpos)`` yields, without the scan where ``plan`` allows."""
    text = doc.text
    end = len(text) if endpos is None else endpos
    if plan is None:
        return rx.finditer(text, pos, end)
    words, anchored = plan
    index = word_index(doc)
    present = words & index.words
    if not present:
        return iter(())
    if not anchored:
        return rx.finditer(text, pos, end)
    hits = [index.offsets(w) for w in present]
    offsets = hits[0] if len(hits) == 1 else sorted(p for h in hits for p in h)
    return anchored_finditer(rx, text, offsets, end, pos)


class TriggeredPattern:
    """A compiled regex with its trigger words, for Python checks: ``finditer(doc)`` finds what
    ``regex.finditer(doc.text)`` finds, skipping the scan when the draft lacks every trigger."""

    __slots__ = ("regex", "_plan")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self._plan: tuple[frozenset[str], bool] | None | bool = False  # analysed on first use: no import cost

    @property
    def plan(self) -> tuple[frozenset[str], bool] | None:
        if self._plan is False:
            found = pattern_triggers(self.regex.pattern, self.regex.flags)
            self._plan = None if found is None else (frozenset(w for w, _ in found), all(a for _, a in found))
        return self._plan  # type: ignore[return-value]

    def finditer(self, doc: Any, pos: int = 0, endpos: int | None = None) -> Any:
        return planned_finditer(self.regex, self.plan, doc, pos, endpos)


def anchored_finditer(
    rx: re.Pattern[str], text: str, offsets: list[int], endpos: int | None = None, pos: int = 0
) -> Iterator[Any]:
    """The matches ``rx.finditer(text, 0, endpos)`` yields, tried only at ``offsets``.

    Valid when every match of ``rx`` is non-empty and starts at one of the
    (sorted) ``offsets``: ``finditer`` would fail everywhere else, and after a
    match it resumes at the match's end, as here.
    """
    end = len(text) if endpos is None else endpos
    resume = pos
    match = rx.match
    for p in offsets:
        if p < resume:
            continue
        if p >= end:
            break
        m = match(text, p, end)
        if m is not None:
            yield m
            resume = m.end()

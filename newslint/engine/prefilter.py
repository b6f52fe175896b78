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
from pathlib import Path
from typing import Any

from newslint.lazyre import compile_cached

try:  # the parser is private; without it every rule simply scans as before
    from re import _constants as _c
    from re import _parser as _p
except ImportError:  # pragma: no cover - other Python implementations
    _c = _p = None  # type: ignore[assignment]

#: A letter run, as the index and the analysis both understand it.
LETTER_RUN = compile_cached(r"[^\W\d_]+")
#: Non-ASCII characters that re.IGNORECASE matches with an ASCII letter.
CASE_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})

#: ASCII-only or locale matching: word characters differ from the index's letter runs.
_UNSAFE_FLAGS = re.ASCII | re.LOCALE
_INLINE_UNSAFE = compile_cached(r"\(\?[a-zA-Z-]*[aL]")

Triggers = list[tuple[str, bool]]  # (trigger word, stands at the start of the match)


_FOLDED = tuple(chr(c) for c in CASE_FOLD)
_LETTER = compile_cached(r"[^\W\d_]")


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
        self.words = _letter_runs(self.low)
        self._offsets: dict[str, list[int]] = {}

    def offsets(self, word: str) -> list[int]:
        """Start offsets, in order, of the letter runs equal to ``word``."""
        found = self._offsets.get(word)
        if found is None:
            if len(word) > _SHORT_RUN and word.isascii() and word.isalpha():
                found = _whole_run_finds(self.low, word) if word in self.words else []
            else:
                found = [m.start() for m in _whole_run(word).finditer(self.low)]
            self._offsets[word] = found
        return found


#: Words up to this length occur inside many longer words ("ke" in "kepada"): a regex rejects those
#: hits in C.  A longer word seldom does, and str.find saves compiling a regex for each (the
#: drafts of a run ask for hundreds of different words).
_SHORT_RUN = 3


def _is_letter(ch: str) -> bool:
    """``ch`` is a letter as the index sees it (``[^\\W\\d_]``), cached per character."""
    found = _LETTERS.get(ch)
    if found is None:
        found = _LETTERS[ch] = _LETTER.match(ch) is not None
    return found


_LETTERS: dict[str, bool] = {chr(c): _LETTER.match(chr(c)) is not None for c in range(128)}


def _whole_run_finds(low: str, word: str) -> list[int]:
    """What ``_whole_run(word).finditer(low)`` finds, for a word of ASCII letters: its occurrences
    (overlapping ones cannot both be whole runs) with no letter on either side."""
    out = []
    n, end, find = len(word), len(low), low.find
    known = _LETTERS.get  # the cached answer per character, read without a Python call (most hits)
    i = find(word)
    while i != -1:
        j = i + n
        if i:
            before = low[i - 1]
            letter = known(before)
            if letter is None:
                letter = _is_letter(before)
            if letter:
                i = find(word, i + 1)
                continue
        if j != end:
            after = low[j]
            letter = known(after)
            if letter is None:
                letter = _is_letter(after)
            if letter:
                i = find(word, i + 1)
                continue
        out.append(i)
        i = find(word, i + 1)
    return out


_WHOLE_RUNS: dict[str, re.Pattern[str]] = {}


def _whole_run(word: str) -> re.Pattern[str]:
    """``word`` as a whole letter run.  The literal comes first so that the regex engine skips
    to its occurrences at C speed; the letter tests follow as lookarounds, so the many hits of
    a short trigger inside longer words ("ke" in "kepada") are rejected without Python code."""
    rx = _WHOLE_RUNS.get(word)
    if rx is None:
        w = re.escape(word)
        rx = _WHOLE_RUNS[word] = compile_cached(rf"{w}(?<![^\W\d_]{w})(?![^\W\d_])")
    return rx


#: UTF-8 bytes: an ASCII byte that is no letter becomes a blank; letters and the bytes of non-ASCII characters stay.
_ASCII_NONLETTER_BLANK = bytes(c if c >= 0x80 or chr(c).isalpha() else 0x20 for c in range(256))
#: UTF-8 of U+2000-U+206F (General Punctuation: spaces, dashes, quotation marks, bullets), none of them a letter.
_GENERAL_PUNCTUATION = re.compile(rb"\xe2(?:\x80[\x80-\xbf]|\x81[\x80-\xaf])")


def _letter_runs(text: str) -> frozenset[str]:
    """``frozenset(LETTER_RUN.findall(text))``, twice as fast: bytes.translate and str.split run in C
    over the whole draft, and only the few pieces holding a non-ASCII character (which may be a
    letter or not) are split by the regex."""
    raw = text.encode("utf-8", "surrogatepass").translate(_ASCII_NONLETTER_BLANK)
    if b"\xe2" in raw:  # curly quotes, dashes, ellipses: blanked here, most drafts are then plain ASCII
        raw = _GENERAL_PUNCTUATION.sub(b" ", raw)
    plain = raw.decode("utf-8", "surrogatepass")
    if plain.isascii():
        return frozenset(plain.split())
    words = set(plain.split())
    for w in [w for w in words if not w.isascii()]:
        words.discard(w)
        words.update(LETTER_RUN.findall(w))
    return frozenset(words)


_DIGITS = compile_cached(r"\d+")


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


def occurrences(text: str, literal: str) -> list[int]:
    """Start offsets, in order, of ``literal`` in ``text`` (overlapping ones too): ``str.find`` runs at
    C speed, many times faster than a regex scan that tries a pattern at every character."""
    found = []
    i = text.find(literal)
    while i != -1:
        found.append(i)
        i = text.find(literal, i + 1)
    return found


#: A separator between two digits: the mark first, so the scan skips to marks rather than trying every digit.
_DIGIT_SEPARATOR = compile_cached(r"[.,:](?<=\d.)(?=\d)")


def digit_separators(doc: Any) -> list[int]:
    """Offsets of the ``.``, ``,`` and ``:`` that stand between two digits (1.000, 3,5, 10:30), kept in ``doc.cache``."""
    found = doc.cache.get("digit_separators")
    if found is None:
        found = doc.cache["digit_separators"] = [m.start() for m in _DIGIT_SEPARATOR.finditer(doc.text)]
    return found


def number_starts(doc: Any, marks: str) -> list[int]:
    """Start offsets, in order, of the digit runs that end right before one of ``marks`` standing between digits.

    A pattern whose every match begins at a digit run's start and whose first run
    is followed by one of ``marks`` and a digit (``\\d{1,3},\\d{3}``, ``\\d\\d?[.:][0-5]\\d``
    after a guard against word characters) can be tried at these offsets alone
    (:func:`anchored_finditer`): a few per draft instead of every digit run.
    """
    text = doc.text
    out: list[int] = []
    for c in digit_separators(doc):
        if text[c] in marks:
            i = c - 1
            while i > 0 and text[i - 1].isdecimal():  # \d is a decimal digit (category Nd), as isdecimal()
                i -= 1
            out.append(i)
    return out


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
            word, k = _letter_run(items, k, left_ok, right_ok)
            if word is not None:
                return [(word, start)]
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


def _letter_run(items: list[Any], k: int, left_ok: bool, right_ok: bool) -> tuple[str | None, int]:
    """The run of literal letters starting at ``items[k]`` and the index after it; the word is None
    when a side of the run can touch another letter (then it is not a whole word of every match)."""
    j = k
    n = len(items)
    while j < n and _is_letter_literal(*items[j]):
        j += 1
    if _side_ok(items, k, -1, left_ok) and _side_ok(items, j, 1, right_ok):
        return "".join(_letter_of(*it) or "" for it in items[k:j]), j
    return None, j


def pattern_triggers(pattern: str, flags: int = 0, *, bounded: bool = False) -> Triggers | None:
    """Trigger words of a regex (see :func:`_pattern_triggers`), kept in the plan cache across runs."""
    return _plan("t", pattern, int(flags), bounded, _pattern_triggers)


def required_words(pattern: str, flags: int = 0, *, bounded: bool = False) -> frozenset[str]:
    """Every word each match holds whole (see :func:`_required_words`), kept in the plan cache across runs."""
    return _plan("r", pattern, int(flags), bounded, _required_words)


# Deriving a plan parses the regex with re's own parser: for the built-in packs that is a good part of a
# cold start, so plans are kept in the cache folder like compiled patterns (newslint.lazyre).  The key
# holds a hash of this module's source: a change to the analysis can never meet a stale plan.
_PLAN_FILE = "prefilter-plans.marshal"
_plans: dict[tuple[str, str, int, bool], Any] | None = None
_new_plans: dict[tuple[str, str, int, bool], Any] = {}


def _plan(kind: str, pattern: str, flags: int, bounded: bool, derive: Any) -> Any:
    global _plans
    if _plans is None:
        _plans = _read_plans()
    key = (kind, pattern, flags, bounded)
    if key in _plans:
        value = _plans[key]
        return list(value) if isinstance(value, list) else value  # callers own the lists they get
    value = derive(pattern, flags, bounded=bounded)
    _plans[key] = value
    if not _new_plans:
        import atexit

        atexit.register(_save_plans)
    _new_plans[key] = value
    return value


def kept_derivation(kind: str, key: str, derive: Any) -> Any:
    """``derive(key)`` (plain data ``marshal`` can hold) through the plan cache, for the YAML rule types'
    other work on a pack's patterns at load time.  The cache is keyed by a hash of this module only, so
    ``kind`` must change whenever ``derive`` does (e.g. hold a hash of its code)."""
    return _plan(kind, key, 0, False, lambda k, _flags, bounded: derive(k))


def _plan_tag() -> str:
    import sys

    from newslint.cache import blake2b

    try:
        source = Path(__file__).read_bytes()
    except OSError:
        source = b""
    return blake2b(source + repr(sys.version_info[:2]).encode(), digest_size=12).hexdigest()


def _read_plans() -> dict[tuple[str, str, int, bool], Any]:
    import marshal

    from newslint.cache import cache_dir

    folder = cache_dir()
    if folder is None:
        return {}
    try:
        tag, plans = marshal.loads((folder / _PLAN_FILE).read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return plans if tag == _plan_tag() and isinstance(plans, dict) else {}


def _save_plans() -> None:
    """At exit: add this run's new plans to the file (another process may have added others)."""
    import marshal

    from newslint.cache import cache_dir, write_atomically

    folder = cache_dir()
    if folder is None or not _new_plans:
        return
    merged = _read_plans()
    merged.update(_new_plans)
    try:
        write_atomically(folder / _PLAN_FILE, marshal.dumps((_plan_tag(), merged)))
    except (OSError, ValueError):
        pass


def _pattern_triggers(pattern: str, flags: int = 0, *, bounded: bool = False) -> Triggers | None:
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


def _required(seq: Any, left_ok: bool, right_ok: bool) -> set[str]:
    """Letter runs every match of ``seq`` holds whole (the walk of :func:`_analyze`, collecting them all)."""
    items = list(seq)
    n = len(items)
    out: set[str] = set()
    k = 0
    while k < n:
        op, av = items[k]
        if _is_letter_literal(op, av):
            word, k = _letter_run(items, k, left_ok, right_ok)
            if word is not None:
                out.add(word)
            continue
        k += 1
        if _zero_width(op, av) or _optional(op, av):
            continue
        left, right = _side_ok(items, k - 1, -1, left_ok), _side_ok(items, k, 1, right_ok)
        if op is _c.SUBPATTERN:
            out |= _required(av[3], left, right)
        elif op is getattr(_c, "ATOMIC_GROUP", None):
            out |= _required(av, left, right)
        elif op is _c.BRANCH:
            parts = [_required(b, left, right) for b in av[1]]
            out |= set.intersection(*parts) if parts else set()
    return out


def _required_words(pattern: str, flags: int = 0, *, bounded: bool = False) -> frozenset[str]:
    """Every trigger-like word of a regex: ASCII letter runs that *each* match holds whole
    (:func:`pattern_triggers` finds one per alternative).  ``agar\\s+supaya`` can only match
    a draft that has both words.  Empty when nothing is certain."""
    if _p is None:
        return frozenset()
    try:
        if flags & _UNSAFE_FLAGS or _INLINE_UNSAFE.search(pattern):
            return frozenset()
        return frozenset(_required(_p.parse(pattern, flags), bounded, bounded))
    except Exception:  # noqa: BLE001 - an analysis that fails only costs the speed-up
        return frozenset()


def phrase_words(phrase: str) -> frozenset[str]:
    """The ASCII letter runs of a literal phrase matched between word boundaries (see :func:`phrase_trigger`)."""
    return frozenset(m.group().lower() for m in LETTER_RUN.finditer(phrase) if m.group().isascii())


#: Trigger word -> the word sets of the alternatives it triggers: a trigger counts only when one
#: of its alternatives has every required word in the draft (see :func:`live_triggers`).
Requires = dict[str, tuple[frozenset[str], ...]]


def requirements(alternatives: list[tuple[Triggers | None, frozenset[str]]]) -> Requires | None:
    """:data:`Requires` of a rule's alternatives (their triggers and required words), or None
    when no alternative needs more than its trigger (nothing to gain)."""
    table: dict[str, list[frozenset[str]]] = {}
    useful = False
    for triggers, words in alternatives:
        for w, _ in triggers or ():
            need = words | {w}
            useful = useful or len(need) > 1
            table.setdefault(w, []).append(need)
    if not useful:
        return None
    # a trigger with an alternative that needs nothing more is always live: drop its other sets
    return {w: (frozenset({w}),) if frozenset({w}) in sets else tuple(set(sets)) for w, sets in table.items()}


def live_triggers(words: frozenset[str], requires: Requires | None, present_words: frozenset[str]) -> set[str]:
    """The trigger words in the draft that have an alternative whose required words are all there too."""
    present = words & present_words
    if requires is None or not present:
        return present
    return {w for w in present if any(need <= present_words for need in requires[w])}


def planned_finditer(
    rx: re.Pattern[str],
    plan: tuple[frozenset[str], bool] | None,
    doc: Any,
    pos: int = 0,
    endpos: int | None = None,
    requires: Requires | None = None,
) -> Any:
    """What ``rx.finditer(doc.text, pos, endpos)`` yields, without the scan where ``plan`` allows."""
    text = doc.text
    end = len(text) if endpos is None else endpos
    if plan is None:
        return rx.finditer(text, pos, end)
    words, anchored = plan
    index = word_index(doc)
    present = live_triggers(words, requires, index.words)
    if not present:
        return iter(())
    if not anchored:
        return rx.finditer(text, pos, end)
    hits = [index.offsets(w) for w in present]
    offsets = hits[0] if len(hits) == 1 else sorted(p for h in hits for p in h)
    return anchored_finditer(rx, text, offsets, end, pos)


class TriggeredPattern:
    """A compiled regex with its trigger words, for Python checks: ``finditer(doc)`` finds what
    ``regex.finditer(doc.text)`` finds, skipping the scan when the draft lacks every trigger
    (or, for a pattern without trigger words, every required literal: :class:`LiteralPlan`)."""

    __slots__ = ("regex", "_plan", "_literal")

    def __init__(self, regex: re.Pattern[str]) -> None:
        self.regex = regex
        self._plan: tuple[frozenset[str], bool] | None | bool = False  # analysed on first use: no import cost
        self._literal: LiteralPlan | None | bool = False

    @property
    def plan(self) -> tuple[frozenset[str], bool] | None:
        if self._plan is False:
            found = pattern_triggers(self.regex.pattern, self.regex.flags)
            self._plan = None if found is None else (frozenset(w for w, _ in found), all(a for _, a in found))
        return self._plan  # type: ignore[return-value]

    @property
    def literal(self) -> LiteralPlan | None:
        if self._literal is False:
            self._literal = None if self.plan is not None else literal_plan(self.regex.pattern, self.regex.flags)
        return self._literal  # type: ignore[return-value]

    def finditer(self, doc: Any, pos: int = 0, endpos: int | None = None) -> Any:
        literal = self.literal
        if literal is not None:
            if literal.anchored:
                return anchored_finditer(self.regex, doc.text, literal.offsets(doc), endpos, pos)
            if not literal.present(doc):
                return iter(())
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


# --- required literals: a plan for patterns without trigger words ------------------------------
#
# Some patterns have no trigger word (``(?P<host>[a-z]{2,})\s+nya``: the letter run is not
# bounded; ``[a-z]{3,}2``: no letters at all), yet every match still contains one of a few
# literal strings, often right after a known character class (``\s`` or ``[A-Z]`` before
# ``nya``, ``[a-z]`` before ``2``).  A *literal plan* compiles those strings into one small regex
# with the rule's own flags (so case and classes mean exactly what they mean in the rule): a
# literal search runs at C speed, and a draft or unit without a hit cannot match.  When every
# literal also starts its match, the rule is tried at the literals' offsets alone.

#: (literal, lookarounds for the characters just before and after it or "", the literal starts the match)
_Req = tuple[str, str, bool]
_Option = frozenset[_Req]
_BEAM = 8  # partial choices kept while combining the alternatives of a branch
_MAX_LITERALS = 64
_MIN_ANCHOR = 3

_CATEGORY_SOURCE = (
    {
        _c.CATEGORY_DIGIT: r"\d",
        _c.CATEGORY_NOT_DIGIT: r"\D",
        _c.CATEGORY_SPACE: r"\s",
        _c.CATEGORY_NOT_SPACE: r"\S",
        _c.CATEGORY_WORD: r"\w",
        _c.CATEGORY_NOT_WORD: r"\W",
    }
    if _c is not None
    else {}
)


def _class_source(op: Any, av: Any) -> str | None:
    """Regex source of a one-character item (a literal, a class, a repeat of one), or None."""
    if op is _c.LITERAL:
        return re.escape(chr(av))
    if op is _c.IN:
        parts = []
        for mop, mav in av:
            if mop is _c.NEGATE:
                parts.append("^")
            elif mop is _c.LITERAL:
                parts.append(re.escape(chr(mav)))
            elif mop is _c.RANGE:
                parts.append(f"{re.escape(chr(mav[0]))}-{re.escape(chr(mav[1]))}")
            elif mop is _c.CATEGORY and mav in _CATEGORY_SOURCE:
                parts.append(_CATEGORY_SOURCE[mav])
            else:
                return None
        return "[" + "".join(parts) + "]"
    if op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
        body = _flatten(av[2])
        return _class_source(*body[0]) if len(body) == 1 else None  # the last repetition's character
    return None


def _flatten(seq: Any) -> list[tuple[Any, Any]]:
    """Items of a sequence with groups that change no flags inlined (a group adds nothing to a match)."""
    out: list[tuple[Any, Any]] = []
    for op, av in seq:
        if op is _c.SUBPATTERN and not av[1] and not av[2]:
            out.extend(_flatten(av[3]))
        else:
            out.append((op, av))
    return out


def _prefixes(items: list[tuple[Any, Any]], k: int) -> set[str] | None:
    """Literal strings one of which starts every match of ``items[k:]`` (a literal run, and
    the leading literals of the branch that follows it), or None."""
    out = {""}
    while k < len(items):
        op, av = items[k]
        if op is _c.LITERAL:
            out = {s + chr(av) for s in out}
            k += 1
            continue
        if op is _c.BRANCH:
            alts = [_prefixes(_flatten(b), 0) for b in av[1]]
            if all(a is not None for a in alts):
                out = {s + a for s in out for alt in alts for a in alt}  # type: ignore[union-attr]
        break
    if "" in out or len(out) > _MAX_LITERALS:
        return None
    return out


def _context(items: list[tuple[Any, Any]], k: int, before: str | None, lits: set[str]) -> tuple[str, str]:
    """Lookarounds, as (before, after) templates with ``{0}`` for the literal, for the characters
    around the literal run at ``items[k]``: the class of the item before it, and of a one-character
    item or lookaround after a plain run (a run that ends in a branch has no single end)."""
    head = f"(?<={before}{{0}})" if before is not None else ""
    tail = ""
    j = k
    while j < len(items) and items[j][0] is _c.LITERAL:
        j += 1
    if j < len(items) and all(len(x) == j - k for x in lits):
        op, av = items[j]
        if op in (_c.ASSERT, _c.ASSERT_NOT) and av[0] == 1 and len(av[1]) == 1:
            after = _class_source(*av[1][0])
            if after is not None:
                tail = ("(?=" if op is _c.ASSERT else "(?!") + after + ")"
        elif not _zero_width(op, av) and not _optional(op, av):
            after = _class_source(op, av)
            if after is not None:
                tail = f"(?={after})"
    return head, tail


def _score(option: _Option, anchored: bool) -> tuple[int, int]:
    """Fewer literals first, then the longest shortest one (context counts as length): fewer hits."""
    quality = min(len(lit) + (0 if anchored or not context else 3) for lit, context, _ in option)
    return len({lit for lit, _, _ in option}), -quality


def _options(seq: Any, before: str | None, at_start: bool, anchored: bool) -> list[_Option]:
    """Choices of required literals for a sequence: every match contains one literal of each choice."""
    items = _flatten(seq)
    found: list[_Option] = []
    for k, (op, av) in enumerate(items):
        if op is _c.LITERAL and (k == 0 or items[k - 1][0] is not _c.LITERAL) or op is _c.BRANCH:
            lits = _prefixes(items, k)
            if lits and (at_start or not anchored):
                head, tail = _context(items, k, before, lits)
                found.append(frozenset((lit, head.format(re.escape(lit)) + tail, at_start) for lit in lits))
        if op is _c.BRANCH:
            found.extend(_branch_options(av[1], before, at_start, anchored))
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", None)) and av[0] >= 1:
            found.extend(_options(av[2], before, at_start, anchored))  # its first repetition
        if _zero_width(op, av):
            continue  # the character before the next item is still the same
        before = None if _optional(op, av) else _class_source(op, av)
        at_start = False
    found.sort(key=lambda o: _score(o, anchored))
    return found[:_BEAM]


def _branch_options(branches: Any, before: str | None, at_start: bool, anchored: bool) -> list[_Option]:
    """Every alternative must contribute one of its choices: the best unions, by a small beam search."""
    partial: list[_Option] = [frozenset()]
    for b in branches:
        opts = _options(b, before, at_start, anchored)
        if not opts:
            return []
        partial = sorted({p | o for p in partial for o in opts}, key=lambda o: _score(o, anchored))[:_BEAM]
    return [p for p in partial if len(p) <= _MAX_LITERALS]


class LiteralPlan:
    """Required literals of a pattern, compiled (see above).

    ``anchored``: every match starts at one of the literals, so the rule need
    only be tried at their offsets; otherwise the literals only gate the scan.
    ``plain``: the literals when they need no context, found with ``str.find``
    (a dozen finds cost less than one alternation scan); under IGNORECASE in
    the document's folded lower-case text (:class:`WordIndex`), ASCII only.
    """

    __slots__ = ("regex", "anchored", "plain", "folded")

    def __init__(self, regex: re.Pattern[str], anchored: bool, plain: tuple[str, ...] | None) -> None:
        self.regex = regex
        self.anchored = anchored
        self.folded = bool(regex.flags & re.IGNORECASE)
        if plain is not None and self.folded and not all(x.isascii() for x in plain):
            plain = None
        if plain is not None:
            # a literal that starts with another adds no offset, unit or draft the shorter one
            # misses ("jumat" after "jum"): one find less per draft
            lits = {x.lower() for x in plain} if self.folded else set(plain)
            plain = tuple(sorted(x for x in lits if not any(x != y and x.startswith(y) for y in lits)))
        self.plain = plain

    def _text(self, doc: Any) -> str:
        return word_index(doc).low if self.folded else doc.text

    def present(self, doc: Any) -> bool:
        if self.plain is not None:
            text = self._text(doc)
            return any(x in text for x in self.plain)
        return self.regex.search(doc.text) is not None

    def spans(self, doc: Any) -> list[tuple[int, int]]:
        """Every occurrence of a literal, in order, overlapping ones included."""
        out: list[tuple[int, int]] = []
        if self.plain is not None:
            text = self._text(doc)
            for x in self.plain:
                n, find = len(x), text.find
                i = find(x)
                while i != -1:
                    out.append((i, i + n))
                    i = find(x, i + 1)
            out.sort()
            return out
        search, text = self.regex.search, doc.text
        m = search(text)
        while m is not None:
            out.append(m.span())
            m = search(text, m.start() + 1)  # one past the last start: overlapping occurrences too
        return out

    def offsets(self, doc: Any) -> list[int]:
        return [s for s, _ in self.spans(doc)]


def literal_plan(pattern: str, flags: int = 0) -> LiteralPlan | None:
    """The :class:`LiteralPlan` of a regex, or None when no required literal is found.

    What the analysis finds is kept in the plan cache (parsing the pattern again was a few
    milliseconds of every start-up); the literals' pattern comes from the compiled-pattern cache."""
    parts = _plan("l", pattern, int(flags), False, _literal_plan_parts)
    if parts is None:
        return None
    alternation, alt_flags, anchored, plain = parts
    try:
        regex = compile_cached(alternation, alt_flags)
    except Exception:  # noqa: BLE001 - an analysis that fails only costs the speed-up
        return None
    return LiteralPlan(regex, anchored, plain)


def _literal_plan_parts(
    pattern: str, flags: int = 0, *, bounded: bool = False
) -> tuple[str, int, bool, tuple[str, ...] | None] | None:
    """What :func:`literal_plan` builds its plan from, as plain data: (the literals' alternation, its
    flags, anchored, the plain literals or None); None when no required literal is found."""
    if _p is None:
        return None
    try:
        tree = _p.parse(pattern, flags)
        flags = int(tree.state.flags)  # with the pattern's own global inline flags
        starts = _options(tree, None, True, True)
        # a short literal ("di") starts too many words to be worth trying the rule at each
        anchored = bool(starts) and min(len(lit) for lit, _, _ in starts[0]) >= _MIN_ANCHOR
        opts = starts if anchored else _options(tree, None, True, False) or starts
        if not opts:
            return None
        anchored = opts is starts
        best = opts[0]
        bare = {lit for lit, context, _ in best if anchored or not context}  # a context only narrows these
        alts = sorted(
            {re.escape(lit) for lit in bare} | {re.escape(lit) + ctx for lit, ctx, _ in best if lit not in bare}
        )
        plain = None if any(ctx for lit, ctx, _ in best if lit not in bare) else tuple(sorted(bare))
        alternation = "|".join(alts)
        re.compile(alternation, flags)  # a pattern that does not compile gives no plan
        return alternation, flags, anchored, plain
    except Exception:  # noqa: BLE001 - an analysis that fails only costs the speed-up
        return None

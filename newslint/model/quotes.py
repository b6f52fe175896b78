"""Finding direct quotations and telling quotation marks from apostrophes.

An apostrophe sits inside a word (``Jum'at``, ``Ma'ruf``, ``Children's``,
``rock 'n' roll``); a quotation mark opens after a space, a bracket or the
start of a paragraph and closes before a space, punctuation or the end.
Quotations are found per paragraph.  A quotation left open at the end of a
paragraph is *continued* when the next paragraph reopens it with the same
kind of mark (the newsroom convention for quotes that run over paragraphs).

Two curly-mark habits of Indonesian newsrooms are read as the writer meant them:

* ``”…”``: Kompas (and copy typed on keyboards that only produce the right
  mark) opens quotations with U+201D as well as ``“``.  A ``”`` that no open
  quotation is waiting for, after a space, a bracket, a colon or the start of the
  paragraph and before a letter or digit, opens a quotation (kind
  :attr:`MarkKind.DOUBLE_CURLY`: the same curly style, so a consistent ``”…”``
  story is not a mix of styles).
* ``“…,“ kata X``: a closing mark typed as an opening one.  A ``“`` right after
  the quoted words (no space before it) and before a space or punctuation closes
  the open double quotation when one is open.

Both, and a quotation closed with the other kind of double mark (“…" or
"…”), are closed quotations marked ``mismatched`` (quote/unbalanced reports
them), so the speech tag after them is read as outside the quotation.
"""

from __future__ import annotations

import re

from newslint.lazyre import compile_cached
from newslint.model.document import MarkKind, Quotation

_OPEN_CONTEXT = frozenset(" \t\n\r([{—–-/\u00a0")
# Where a right mark ” may open a quotation: also after a colon ('kata Budi:”Saya …').
_RIGHT_OPEN_CONTEXT = _OPEN_CONTEXT | frozenset(":")
_RIGHT = "\u201d"
_LEFT = "\u201c"
_DOUBLE_CLOSERS = frozenset('"\u201d')
_CLOSE_CONTEXT = frozenset(" \t\n\r)]},.;:!?…—–-/\u00a0")
# The quote's own final punctuation, after which a closing mark typed one space late still closes it.
_DETACHED_CLOSE_AFTER = frozenset(",.!?…")

# (opening char, closing char, kind).  Straight marks open and close alike.
_PAIRS = {
    "\u201c": ("\u201d", MarkKind.DOUBLE_CURLY),
    "\u201e": ("\u201d", MarkKind.DOUBLE_CURLY),  # „…” (low-9, rare)
    '"': ('"', MarkKind.DOUBLE_STRAIGHT),
    "\u2018": ("\u2019", MarkKind.SINGLE_CURLY),
    "'": ("'", MarkKind.SINGLE_STRAIGHT),
    "\u00ab": ("\u00bb", MarkKind.GUILLEMET),
}
QUOTE_CHARS = frozenset("\"'\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb")
_QUOTE_CHAR_RE = compile_cached("[" + "".join(re.escape(c) for c in sorted(QUOTE_CHARS)) + "]")


def _is_apostrophe(text: str, i: int, start: int, end: int) -> bool:
    """A ``'`` or ``’`` inside a word, or in ``'n'``-style contractions."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    if before.isalnum() and after.isalnum():
        return True  # Jum'at, Children's, Qur'an
    # rock 'n' roll
    if text[i + 1 : i + 3] in ("n'", "n’") and before.isspace():
        return True
    if text[i - 1 : i] in ("n",) and text[i - 2 : i - 1] in ("'", "’"):
        return True
    # a trailing plural possessive ("parents' ") is not worth guessing at
    return False


def find_quotations(text: str, paragraphs: list[tuple[int, int]]) -> list[Quotation]:
    """Quotations in ``text`` for the paragraph spans given (start, end)."""
    found: list[Quotation] = []
    for pi, (pstart, pend) in enumerate(paragraphs):
        found.extend(_paragraph_quotations(text, pstart, pend, pi))
    # multi-paragraph convention
    by_par: dict[int, list[Quotation]] = {}
    for q in found:
        by_par.setdefault(q.paragraph, []).append(q)
    for q in found:
        if q.closed or q.depth:
            continue
        nxt = q.paragraph + 1
        if nxt >= len(paragraphs):
            continue
        for r in by_par.get(nxt, []):
            if (
                r.depth == 0
                and r.start == _first_non_space(text, paragraphs[nxt][0], paragraphs[nxt][1])
                and _same_family(q.mark, r.mark)
            ):
                q.continued = True
                break
    found.sort(key=lambda q: (q.start, -q.end))
    return found


def _same_family(a: MarkKind, b: MarkKind) -> bool:
    return a.is_double == b.is_double and a.is_single == b.is_single


def _first_non_space(text: str, start: int, end: int) -> int:
    i = start
    while i < end and text[i].isspace():
        i += 1
    return i


def _close_top(stack: list[tuple[str, MarkKind, int]], end: int, paragraph: int, **flags: bool) -> Quotation:
    """The innermost open quotation, closed at ``end`` (one past its closing mark) and taken off ``stack``."""
    _, kind, ostart = stack.pop()
    return Quotation(ostart, end, kind, paragraph, closed=True, depth=len(stack), last_paragraph=paragraph, **flags)


def _paragraph_quotations(text: str, start: int, end: int, paragraph: int) -> list[Quotation]:
    out: list[Quotation] = []
    # stack of (closing char, kind, opening offset)
    stack: list[tuple[str, MarkKind, int]] = []
    i = start
    while i < end:
        # jump straight to the next quotation mark (a regex scan, not a Python step per character)
        m = _QUOTE_CHAR_RE.search(text, i, end)
        if m is None:
            break
        i = m.start()
        c = text[i]
        before = text[i - 1] if i > start else " "
        after = text[i + 1] if i + 1 < end else " "
        if c in ("'", "\u2019") and _is_apostrophe(text, i, start, end):
            i += 1
            continue
        # closing the innermost open quotation?
        if (
            stack
            and c == stack[-1][0]
            and (after in _CLOSE_CONTEXT or after in QUOTE_CHARS or i + 1 >= end)
            and not before.isspace()
        ):
            out.append(_close_top(stack, i + 1, paragraph))
            i += 1
            continue
        # "…, ” ujarnya": the closing mark typed after a space.  Only the mark the open quotation waits for,
        # straight after the quote's final comma/stop/?/! and one space, with a space, punctuation or the end
        # after it (an opening mark has a word after it)
        if (
            stack
            and c == stack[-1][0]
            and before == " "
            and i - 2 >= start
            and text[i - 2] in _DETACHED_CLOSE_AFTER
            and (after in _CLOSE_CONTEXT or i + 1 >= end)
        ):
            out.append(_close_top(stack, i + 1, paragraph, detached=True))
            i += 1
            continue
        # closing a quotation further down the stack (inner one left open)
        if c in ("\u201d", '"', "\u00bb") and any(s[0] == c for s in stack) and not before.isspace():
            while stack and stack[-1][0] != c:
                close, kind, ostart = stack.pop()
                out.append(
                    Quotation(ostart, i, kind, paragraph, closed=False, depth=len(stack), last_paragraph=paragraph)
                )
            out.append(_close_top(stack, i + 1, paragraph))
            i += 1
            continue
        # “…" or "…”: a double quotation closed with the other kind of double mark
        other_double = (
            c in _DOUBLE_CLOSERS
            and stack
            and stack[-1][1].is_double
            and c != stack[-1][0]
            and (after in _CLOSE_CONTEXT or i + 1 >= end)
            and not before.isspace()
            and not (c == '"' and any(s[0] == '"' for s in stack))
        )
        # “…,“ kata X: a left mark typed where the closing one belongs
        left_as_close = (
            c == _LEFT
            and stack
            and stack[-1][0] == _RIGHT
            and not before.isspace()
            and before not in QUOTE_CHARS
            and (after in _CLOSE_CONTEXT or i + 1 >= end)
        )
        if other_double or left_as_close:
            out.append(_close_top(stack, i + 1, paragraph, mismatched=True))
            i += 1
            continue
        # ”…”: a right mark opening a quotation (no open quotation waits for it)
        if (
            c == _RIGHT
            and (before in _RIGHT_OPEN_CONTEXT or i == start)
            and (after.isalnum() or after in "([\u2018'")
            and not any(s[0] == _RIGHT for s in stack)
        ):
            stack.append((_RIGHT, MarkKind.DOUBLE_CURLY, i))
            i += 1
            continue
        pair = _PAIRS.get(c)
        if (
            pair is not None
            and (before in _OPEN_CONTEXT or before in QUOTE_CHARS or i == start)
            and not after.isspace()
        ):
            stack.append((pair[0], pair[1], i))
            i += 1
            continue
        i += 1
    while stack:
        close, kind, ostart = stack.pop()
        out.append(Quotation(ostart, end, kind, paragraph, closed=False, depth=len(stack), last_paragraph=paragraph))
    return out

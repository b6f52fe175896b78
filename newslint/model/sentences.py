"""Indonesian-aware sentence splitting.

A sentence ends at ``.``, ``!``, ``?`` or an ellipsis (plus any closing quote
marks or brackets) when what follows starts a new sentence: an upper-case
letter, a digit or an opening quote mark.  It does not end after a title or
abbreviation (``dr.``, ``Prof.``, ``Jl.``, ``No.``, ``S.H.``), after an initial
(``B. J. Habibie``), inside numbers (``3,5``; ``10.00``), domains (``live.com``)
or e-mail addresses, since the tokenizer keeps those whole.  Boundaries inside
a quotation are real boundaries: a quotation may span several sentences, and
``"…," kata Budi.`` stays one sentence because a comma never ends one.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from newslint.model.document import TokenKind
from newslint.model.tokenize import RawToken

#: Abbreviations after which a period never ends the sentence (titles,
#: address parts, "number").  Compared in lower case, without the final dot.
NEVER_FINAL = frozenset(
    [
        "dr",
        "drg",
        "prof",
        "ir",
        "drs",
        "dra",
        "hj",
        "h",
        "st",
        "kh",
        "sdr",
        "sdri",
        "bpk",
        "yth",
        "jl",
        "jln",
        "no",
        "kec",
        "kab",
        "kel",
        "ds",
        "rt",
        "rw",
        "kom",
        "kompol",
        "kapt",
        "letkol",
        "kol",
        "brigjen",
        "mayjen",
        "irjen",
        "komjen",
        "jend",
        "gen",
        "mr",
        "mrs",
        "ms",
        "dr.h",
        "pol",
        "ipda",
        "iptu",
        "akp",
        "ajun",
        "bripka",
        "brigadir",
        "aiptu",
        "serda",
        "sertu",
        "nn",
        "ny",
        "tn",
        "kp",
        "a.n",
        "u.p",
        "s.d",
        "a.l",
        "ybs",
        "vol",
        "hlm",
        "tel",
        "telp",
        "fax",
        "ps",
        "pt",
        "cv",
        "ust",
        "ustaz",
    ]
)

#: Abbreviations that may end a sentence (``dll.``, ``Tbk.``): they end one
#: when the next word is capitalised.
MAY_END = frozenset(["dll", "dsb", "dst", "dkk", "tbk", "etc", "cs", "sbb"])

_CLOSERS = frozenset("\"”’'»)]")
_OPENERS = frozenset("\"“‘'«([")
#: A right double mark that touches the next word opens a quotation in ”…” style (Kompas).
_RIGHT_MARK = "”"
_TERMINALS = frozenset(".!?…")
_TERMINAL_RE = re.compile(r"[.!?…]")


# The splitter reads tokens by position, ``tok[0:4] == (start, end, text, kind)``, so it
# takes the document builder's raw tuples and finished Tokens alike.
_START, _END, _TEXT, _KIND = 0, 1, 2, 3


def _abbreviation_before(tokens: Sequence[RawToken], i: int) -> str | None:
    """The word right before period token ``i`` if it touches the period."""
    if i == 0:
        return None
    prev = tokens[i - 1]
    if prev[_END] != tokens[i][_START] or prev[_KIND] is not TokenKind.WORD:
        return None
    return prev[_TEXT]


def split_sentences(text: str, tokens: Sequence[RawToken], start: int, end: int) -> list[tuple[int, int, int, int]]:
    """Split one paragraph.

    ``tokens`` are the paragraph's tokens (raw tuples or :class:`Token`).
    Returns ``(start, end, first_token, last_token_exclusive)`` tuples, token
    indexes relative to ``tokens``.
    """
    out: list[tuple[int, int, int, int]] = []
    n = len(tokens)
    if n == 0:
        return out
    # Only a terminal mark can end a sentence: find them in the text (C speed) and look
    # at those tokens alone, instead of stepping through every token of the paragraph.
    starts = [tok[_START] for tok in tokens]
    punct = TokenKind.PUNCT
    sent_first = 0
    resume = 0  # tokens before this were absorbed into an earlier boundary
    for mark in _TERMINAL_RE.finditer(text, start, end):
        pos = mark.start()
        i = bisect_left(starts, pos, resume)
        if i >= n or starts[i] != pos or tokens[i][_KIND] is not punct:
            continue  # inside a number, domain or e-mail address, or the tail of "..."
        t = tokens[i][_TEXT]
        # absorb a run of terminals and closing marks: ?!, ."  .)
        j = i + 1
        while j < n and tokens[j][_START] == tokens[j - 1][_END] and _absorbed(tokens[j][_TEXT]):
            j += 1
        last = j - 1
        if j >= n:
            break
        resume = j
        nxt = tokens[j]
        if nxt[_START] == tokens[last][_END]:
            # no space after: "3.5", "a.n.", "S.H.,", "...kata" — not a boundary
            continue
        if (_starts_sentence(nxt) or _right_mark_opens(text, nxt)) and not _blocked(tokens, i, t):
            out.append((tokens[sent_first][_START], tokens[last][_END], sent_first, j))
            sent_first = j
    if sent_first < n:
        out.append((tokens[sent_first][_START], tokens[n - 1][_END], sent_first, n))
    return out


def _absorbed(t: str) -> bool:
    return t in _TERMINALS or t == "..." or t in _CLOSERS


def _starts_sentence(tok: RawToken) -> bool:
    t = tok[_TEXT]
    c = t[0]
    if c in _OPENERS:
        return True
    kind = tok[_KIND]
    if kind is TokenKind.NUMBER:
        return True
    if kind in (TokenKind.URL, TokenKind.EMAIL):
        return False
    return c.isupper()


def _right_mark_opens(text: str, tok: RawToken) -> bool:
    """``. ”Saya …``: a right mark after the space and touching the next word opens a quotation."""
    end = tok[_END]
    return tok[_TEXT] == _RIGHT_MARK and end < len(text) and text[end].isalnum()


def _blocked(tokens: Sequence[RawToken], i: int, terminal: str) -> bool:
    """True when the period at ``i`` belongs to an abbreviation or initial."""
    if terminal != ".":
        return False
    word = _abbreviation_before(tokens, i)
    if word is None:
        return False
    low = word.lower()
    if low in NEVER_FINAL:
        return True
    # initials: "B. J. Habibie", and dotted degrees "S.H.", "M.Si."
    if len(word) == 1 and word.isupper():
        return True
    if i >= 2 and tokens[i - 2][_TEXT] == "." and tokens[i - 2][_END] == tokens[i - 1][_START]:
        # the middle of a dotted abbreviation such as "S.H." or "a.n."
        return len(word) <= 3
    return False

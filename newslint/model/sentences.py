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

from bisect import bisect_left
from collections.abc import Sequence

from newslint.lazyre import compile_cached
from newslint.model.document import TokenKind

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
_TERMINAL_RE = compile_cached(r"[.!?…]")


def split_sentences(
    text: str,
    starts: Sequence[int],
    ends: Sequence[int],
    texts: Sequence[str],
    kinds: Sequence[TokenKind],
    start: int,
    end: int,
) -> list[tuple[int, int, int, int]]:
    """Split one paragraph.

    The paragraph's tokens come by column (see :func:`newslint.model.tokenize.scan_columns`).
    Returns ``(start, end, first_token, last_token_exclusive)`` tuples, token
    indexes relative to the paragraph's first token.
    """
    out: list[tuple[int, int, int, int]] = []
    n = len(starts)
    if n == 0:
        return out
    # Only a terminal mark can end a sentence: find them in the text (C speed) and look
    # at those tokens alone, instead of stepping through every token of the paragraph.
    punct = TokenKind.PUNCT
    sent_first = 0
    resume = 0  # tokens before this were absorbed into an earlier boundary
    for mark in _TERMINAL_RE.finditer(text, start, end):
        pos = mark.start()
        i = bisect_left(starts, pos, resume)
        if i >= n or starts[i] != pos or kinds[i] is not punct:
            continue  # inside a number, domain or e-mail address, or the tail of "..."
        t = texts[i]
        # absorb a run of terminals and closing marks: ?!, ."  .)
        j = i + 1
        while j < n and starts[j] == ends[j - 1] and _absorbed(texts[j]):
            j += 1
        last = j - 1
        if j >= n:
            break
        resume = j
        if starts[j] == ends[last]:
            # no space after: "3.5", "a.n.", "S.H.,", "...kata" — not a boundary
            continue
        if (_starts_sentence(texts[j], kinds[j]) or _right_mark_opens(text, texts[j], ends[j])) and not _blocked(
            starts, ends, texts, kinds, i, t
        ):
            out.append((starts[sent_first], ends[last], sent_first, j))
            sent_first = j
    if sent_first < n:
        out.append((starts[sent_first], ends[n - 1], sent_first, n))
    return out


def _absorbed(t: str) -> bool:
    return t in _TERMINALS or t == "..." or t in _CLOSERS


def _starts_sentence(t: str, kind: TokenKind) -> bool:
    c = t[0]
    if c in _OPENERS:
        return True
    if kind is TokenKind.NUMBER:
        return True
    if kind in (TokenKind.URL, TokenKind.EMAIL):
        return False
    return c.isupper()


def _right_mark_opens(text: str, t: str, end: int) -> bool:
    """``. ”Saya …``: a right mark after the space and touching the next word opens a quotation."""
    return t == _RIGHT_MARK and end < len(text) and text[end].isalnum()


def _blocked(
    starts: Sequence[int], ends: Sequence[int], texts: Sequence[str], kinds: Sequence[TokenKind], i: int, terminal: str
) -> bool:
    """True when the period at ``i`` belongs to an abbreviation or initial."""
    if terminal != ".":
        return False
    # the word right before the period, if it touches it
    if i == 0 or ends[i - 1] != starts[i] or kinds[i - 1] is not TokenKind.WORD:
        return False
    word = texts[i - 1]
    low = word.lower()
    if low in NEVER_FINAL:
        return True
    # initials: "B. J. Habibie", and dotted degrees "S.H.", "M.Si."
    if len(word) == 1 and word.isupper():
        return True
    if i >= 2 and texts[i - 2] == "." and ends[i - 2] == starts[i - 1]:
        # the middle of a dotted abbreviation such as "S.H." or "a.n."
        return len(word) <= 3
    return False

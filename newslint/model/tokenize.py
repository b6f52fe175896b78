"""Tokenizer for Indonesian news prose.

One compiled alternation, tried left to right, so URLs, e-mail addresses and
domains (``live.com``, ``Liputan6.com``) come out whole and no word rule ever
looks inside them.
"""

from __future__ import annotations

import re

from newslint.lazyre import compile_cached
from newslint.model.document import Token, TokenKind

# Top-level domains and second-level Indonesian suffixes seen in news copy.
_TLD = r"(?:com|co\.id|go\.id|ac\.id|or\.id|web\.id|sch\.id|my\.id|net|org|id|info|io|tv|news|co|uk|us|gov|edu|me|app|ly|sg|my|au|jp|cn|int|biz|online|xyz)"

TOKEN_RE = compile_cached(
    # Fast path, tried first: a run of letters that cannot be the start of any alternative
    # below (URL, e-mail, domain, currency, a hyphenated or apostrophe word), because the
    # next character is none of \w . @ + ' ’ : $ -.  The run is then exactly what the
    # ``word`` alternative would match, so the tokens are the same; most words of prose
    # take this path and skip the e-mail and domain attempts that rescan them.
    #
    # The leading (?=\S) makes a white-space position fail at once: without it, ``finditer``
    # tries every alternative at each space between words before moving on (half the time).
    r"""
    (?=\S)(?:
    (?P<fast>[^\W\d_]+(?![\w.@+'’:$-]))
  | (?P<url>(?:https?://|ftp://|www\.)[^\s<>"'“”‘’()\[\]]*[^\s<>"'“”‘’()\[\].,;:!?])
  | (?P<email>[\w.+-]++@[\w-]+(?:\.[\w-]+)+)
  | (?P<domain>(?<![\w.@])(?=[A-Za-z0-9-]++\.[A-Za-z])[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*\."""
    + _TLD
    + r"""(?![\w-])(?:/[^\s<>"'“”()]*[^\s<>"'“”().,;:!?])?)
  | (?P<hashtag>\#[^\W_][\w]*)
  | (?P<mention>(?<![\w.])@[A-Za-z0-9_]+)
  | (?P<currency>(?:Rp|USD|US\$|IDR)(?=\d))
  | (?P<number>\d+(?:[.,:/]\d+)*(?:-an\b)?)
  | (?P<word>[^\W_]*[^\W\d_][^\W_]*(?:[-'’][^\W_]+)*)
  | (?P<punct>\.{3}|[.,;:!?…\-–—"“”'‘’«»()\[\]{}/])
  | (?P<symbol>\S)
    )""",
    re.VERBOSE,
)

_KINDS = {
    "fast": TokenKind.WORD,
    "url": TokenKind.URL,
    "email": TokenKind.EMAIL,
    "domain": TokenKind.DOMAIN,
    "hashtag": TokenKind.HASHTAG,
    "mention": TokenKind.MENTION,
    "number": TokenKind.NUMBER,
    "word": TokenKind.WORD,
    "currency": TokenKind.WORD,
    "punct": TokenKind.PUNCT,
    "symbol": TokenKind.SYMBOL,
}


#: A raw token: ``(start, end, text, kind)``, the first four fields of a :class:`Token`.
RawToken = tuple[int, int, str, TokenKind]


def scan(text: str, start: int = 0, end: int | None = None) -> list[RawToken]:
    """Raw tokens of ``text[start:end]`` with offsets into ``text``.

    The document builder splits sentences on these, then makes the final
    :class:`Token` of each with its sentence and quotation already known."""
    end = len(text) if end is None else end
    kinds = _KINDS
    # every alternative is named, so ``lastgroup`` is never None; m[0] is m.group() without its argument parsing
    return [(m.start(), m.end(), m[0], kinds[m.lastgroup]) for m in TOKEN_RE.finditer(text, start, end)]  # type: ignore[index]


def tokenize(text: str, start: int = 0, end: int | None = None, *, base: int = 0, paragraph: int = -1) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``, outside any document.

    ``base`` is the index of the first token and ``paragraph`` the paragraph
    index; sentence and quotation fields keep their defaults (the document
    builder sets them)."""
    return [Token(s, e, t, k, index, -1, paragraph) for index, (s, e, t, k) in enumerate(scan(text, start, end), base)]

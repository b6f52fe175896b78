"""Tokenizer for Indonesian news prose.

One compiled alternation, tried left to right, so URLs, e-mail addresses and
domains (``live.com``, ``Liputan6.com``) come out whole and no word rule ever
looks inside them.
"""

from __future__ import annotations

import re
from itertools import accumulate, compress, count, repeat
from operator import not_

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


#: Raw tokens by column: starts, ends, texts and kinds of a paragraph's tokens.
Columns = tuple[list[int], list[int], list[str], list[TokenKind]]

#: A character before a paragraph that a look-behind of TOKEN_RE may test (domain, mention): such a
#: paragraph is scanned with the regex in place, since the fast path reads the paragraph's own text alone.
_LOOKBEHIND_SEES = re.compile(r"[\w.@]")
#: Marks that close a word as tokens of their own ("kata," "kata." "kata)" "kata”"): single marks of the
#: ``punct`` alternative that end a URL no alternative can continue with beside letters ("…" and "»"
#: may end a URL: "www.…").
_CLOSING = frozenset(",.;:!?)]\"”’'")
_WORD_MARK = (TokenKind.WORD, TokenKind.PUNCT)
_WORD = TokenKind.WORD


def scan_columns(text: str, start: int, end: int) -> Columns:
    """What :func:`scan` finds, by column: ``(starts, ends, texts, kinds)``.

    Most of a paragraph is words between single spaces.  No token holds white space, and white space
    reads like the end of the text to every look-ahead of TOKEN_RE, so each white-space-separated chunk
    can be tokenized on its own: a chunk of letters alone (``str.isalpha``) is one word, and a word with
    one closing mark ("kata,") those two tokens; only the rest (numbers, quotation marks, hyphens, URLs:
    one chunk in twelve) goes through the regex.  The chunks, their offsets and the letter test come
    from C code over the whole paragraph, and Python code runs only for the chunks that are not plain
    words.  A paragraph with other white space (line breaks, double or non-breaking spaces) is scanned
    with the regex in place."""
    para = text[start:end]
    chunks = para.split()
    if (start and _LOOKBEHIND_SEES.match(text, start - 1)) or " ".join(chunks) != para:
        return _columns_in_place(text, start, end)
    n = len(chunks)
    # chunk offsets: running sums of the lengths, one space between
    steps = [1] * (2 * n)
    steps[::2] = map(len, chunks)
    offsets = list(accumulate(steps, initial=start))
    c_starts, c_ends = offsets[:-1:2], offsets[1::2]
    plain = list(map(str.isalpha, chunks))
    if False not in plain:
        return c_starts, c_ends, chunks, [_WORD] * n
    starts: list[int] = []
    ends: list[int] = []
    texts: list[str] = []
    kinds: list[TokenKind] = []
    done = 0  # chunks before this are in the columns
    for i in compress(count(), map(not_, plain)):
        if done < i:
            starts += c_starts[done:i]
            ends += c_ends[done:i]
            texts += chunks[done:i]
            kinds += repeat(_WORD, i - done)
        done = i + 1
        chunk = chunks[i]
        word = chunk[:-1]
        if chunk[-1] in _CLOSING and word.isalpha():
            mark = c_ends[i] - 1
            starts += (c_starts[i], mark)
            ends += (mark, c_ends[i])
            texts += (word, chunk[-1])
            kinds += _WORD_MARK
            continue
        pos = c_starts[i]
        for m in TOKEN_RE.finditer(chunk):
            starts.append(pos + m.start())
            ends.append(pos + m.end())
            texts.append(m[0])
            kinds.append(_KINDS[m.lastgroup])  # type: ignore[index]
    if done < n:
        starts += c_starts[done:]
        ends += c_ends[done:]
        texts += chunks[done:]
        kinds += repeat(_WORD, n - done)
    return starts, ends, texts, kinds


def _columns_in_place(text: str, start: int, end: int) -> Columns:
    raw = scan(text, start, end)
    if not raw:
        return [], [], [], []
    starts, ends, texts, kinds = map(list, zip(*raw))
    return starts, ends, texts, kinds


def tokenize(text: str, start: int = 0, end: int | None = None, *, base: int = 0, paragraph: int = -1) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``, outside any document.

    ``base`` is the index of the first token and ``paragraph`` the paragraph
    index; sentence and quotation fields keep their defaults (the document
    builder sets them)."""
    return [Token(s, e, t, k, index, -1, paragraph) for index, (s, e, t, k) in enumerate(scan(text, start, end), base)]

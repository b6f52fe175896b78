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

from newslint.model.document import Token, TokenKind

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
_TERMINALS = frozenset(".!?…")


def _abbreviation_before(tokens: list[Token], i: int) -> str | None:
    """The word right before period token ``i`` if it touches the period."""
    if i == 0:
        return None
    prev = tokens[i - 1]
    if prev.end != tokens[i].start or prev.kind is not TokenKind.WORD:
        return None
    return prev.text


def split_sentences(text: str, tokens: list[Token], start: int, end: int) -> list[tuple[int, int, int, int]]:
    """Split one paragraph.

    ``tokens`` are the paragraph's tokens.  Returns ``(start, end,
    first_token, last_token_exclusive)`` tuples, token indexes relative to
    ``tokens``.
    """
    out: list[tuple[int, int, int, int]] = []
    n = len(tokens)
    if n == 0:
        return out
    sent_first = 0
    i = 0
    while i < n:
        tok = tokens[i]
        t = tok.text
        if tok.kind is TokenKind.PUNCT and (t in _TERMINALS or t == "..."):
            # absorb a run of terminals and closing marks: ?!, ."  .)
            j = i + 1
            while (
                j < n
                and tokens[j].start == tokens[j - 1].end
                and (tokens[j].text in _TERMINALS or tokens[j].text == "..." or tokens[j].text in _CLOSERS)
            ):
                j += 1
            last = j - 1
            if j >= n:
                break
            nxt = tokens[j]
            if nxt.start == tokens[last].end:
                # no space after: "3.5", "a.n.", "S.H.,", "...kata" — not a boundary
                i = j
                continue
            if _starts_sentence(nxt) and not _blocked(tokens, i, t):
                out.append((tokens[sent_first].start, tokens[last].end, sent_first, j))
                sent_first = j
            i = j
            continue
        i += 1
    if sent_first < n:
        out.append((tokens[sent_first].start, tokens[n - 1].end, sent_first, n))
    return out


def _starts_sentence(tok: Token) -> bool:
    t = tok.text
    c = t[0]
    if c in _OPENERS:
        return True
    if tok.kind is TokenKind.NUMBER:
        return True
    if tok.kind in (TokenKind.URL, TokenKind.EMAIL):
        return False
    return c.isupper()


def _blocked(tokens: list[Token], i: int, terminal: str) -> bool:
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
    if i >= 2 and tokens[i - 2].text == "." and tokens[i - 2].end == tokens[i - 1].start:
        # the middle of a dotted abbreviation such as "S.H." or "a.n."
        return len(word) <= 3
    return False

"""Spelling suggestions for unknown Indonesian words.

Candidates come from the lexicon (attested words and roots) within a small
Damerau-Levenshtein distance, plus affix-aware candidates: the stem of an
inflected typo is corrected against the roots and re-affixed (*mencolook* ->
*men* + *colok* -> *mencolok*) and kept only if the analyser accepts it.
Ranking: edit distance, then QWERTY adjacency / transpositions (likely typing
slips), then word frequency.
"""

from __future__ import annotations

import math
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import OSA, DamerauLevenshtein

from newslint.lang.lexicon import get_lexicon
from newslint.lang.morph import analyze, di_preposition_join, is_valid

__all__ = ["suggest", "keyboard_adjacent"]

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEYPOS = {ch: (r, c + 0.5 * r) for r, row in enumerate(_ROWS) for c, ch in enumerate(row)}


def keyboard_adjacent(a: str, b: str) -> bool:
    """True if keys ``a`` and ``b`` touch on a QWERTY keyboard."""
    pa, pb = _KEYPOS.get(a), _KEYPOS.get(b)
    if pa is None or pb is None or a == b:
        return False
    return abs(pa[0] - pb[0]) <= 1 and abs(pa[1] - pb[1]) <= 1.0


class _Index:
    """Length-bucketed candidate lists (built once, on first suggestion)."""

    def __init__(self) -> None:
        lex = get_lexicon()
        vocab = set(lex.words) | set(lex.roots)
        vocab -= set(lex.compounds)
        vocab = {w for w in vocab if len(w) >= 2 and di_preposition_join(w) is None}
        self.by_len: dict[int, list[str]] = {}
        self.roots_by_len: dict[int, list[str]] = {}
        for w in vocab:
            self.by_len.setdefault(len(w), []).append(w)
        for w in lex.roots:
            self.roots_by_len.setdefault(len(w), []).append(w)
        self.rank = lex.rank
        self.log_n = math.log(len(lex.rank) + 2)

    def near(self, word: str, maxd: int, roots_only: bool = False) -> list[tuple[str, int]]:
        table = self.roots_by_len if roots_only else self.by_len
        out: list[tuple[str, int]] = []
        n = len(word)
        for ln in range(max(1, n - maxd), n + maxd + 1):
            bucket = table.get(ln)
            if not bucket:
                continue
            # OSA (restricted Damerau) is bit-parallel in rapidfuzz and ~5x faster than full
            # Damerau-Levenshtein; the two differ only on edits a typist does not make
            for cand, dist, _ in process.extract(word, bucket, scorer=OSA.distance, score_cutoff=maxd, limit=None):
                out.append((cand, int(dist)))
        return out

    def freq_bonus(self, word: str) -> float:
        r = self.rank.get(word)
        if r is None:
            return 0.05
        return 0.6 * (1.0 - math.log(r + 2) / self.log_n)


@lru_cache(maxsize=1)
def _index() -> _Index:
    return _Index()


_PREFIX_SURFACES = (
    "meng",
    "meny",
    "mem",
    "men",
    "me",
    "peng",
    "peny",
    "pem",
    "pen",
    "pe",
    "ber",
    "ter",
    "per",
    "di",
    "ke",
    "se",
    "memper",
    "diper",
)
_END_SURFACES = ("kan", "an", "i", "nya", "kannya", "annya", "lah", "kah", "pun", "inya")


def _slip_bonus(typo: str, cand: str) -> float:
    """Bonus for a single typing slip: adjacent-key substitution or transposition."""
    if len(typo) == len(cand):
        diff = [i for i in range(len(typo)) if typo[i] != cand[i]]
        if len(diff) == 1 and keyboard_adjacent(typo[diff[0]], cand[diff[0]]):
            return 0.3
        if (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and typo[diff[0]] == cand[diff[1]]
            and typo[diff[1]] == cand[diff[0]]
        ):
            return 0.3
    return 0.0


# bases that exist only inside derivations (diketahui) -- never offered alone
_PSEUDO_ROOTS = frozenset(["ketahu", "kemuka", "kedepan", "kesamping", "ketengah", "kebelakang"])
_NOISY_RANK = 20_000  # the tail of the frequency list holds common misspellings


def _presentable(cand: str, idx: _Index) -> bool:
    """Offer only frequent words, KBBI-derived roots or well-formed derivations of roots."""
    if cand in _PSEUDO_ROOTS:
        return False
    r = idx.rank.get(cand)
    if r is not None and r < _NOISY_RANK:
        return True
    a = analyze(cand)
    return a is not None and a.source in ("root", "compound")


def _max_dist(n: int) -> int:
    return 1 if n <= 4 else 2


@lru_cache(maxsize=20_000)
def _suggest(word: str, n: int) -> tuple[str, ...]:
    idx = _index()
    maxd = _max_dist(len(word))
    cands: dict[str, int] = {}
    for c, d in idx.near(word, maxd):
        cands[c] = d
    # affix-aware: correct the stem against roots, then re-affix
    for pre in ("", *_PREFIX_SURFACES):
        if not word.startswith(pre):
            continue
        for end in ("", *_END_SURFACES):
            if end and not word.endswith(end):
                continue
            if not pre and not end:
                continue
            stem = word[len(pre) : len(word) - len(end)]
            if len(stem) < 3:
                continue
            sd = 1 if len(stem) <= 6 else 2
            for r, _d in idx.near(stem, sd, roots_only=True):
                cand = pre + r + end
                if cand in cands or cand == word:
                    continue
                d = DamerauLevenshtein.distance(word, cand)
                if d <= maxd and is_valid(cand):
                    cands[cand] = d
    scored = []
    for c, d in cands.items():
        if not _presentable(c, idx):
            continue
        score = d - _slip_bonus(word, c) - idx.freq_bonus(c)
        if c[0] != word[0]:
            score += 0.3
        if c not in idx.rank:
            score += 0.4  # well-formed but unattested derivations rank last
        scored.append((score, c))
    scored.sort()
    return tuple(c for _s, c in scored[:n])


def suggest(word: str, n: int = 3) -> list[str]:
    """Up to ``n`` corrections for ``word``, best first (lower case; caller restores case).

    Returns ``[]`` for words of fewer than three letters or with nothing close enough
    (distance 1 for words up to four letters, 2 otherwise).
    """
    low = word.lower()
    if len(low) < 3 or not low.isalpha():
        return []
    return list(_suggest(low, n))

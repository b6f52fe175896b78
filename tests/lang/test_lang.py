"""Tests for newslint.lang (lexicon, analyser, suggester, gazetteer); no corpus needed."""

import time

import pytest

from newslint.lang import (
    analyze,
    di_preposition_join,
    is_known_entity,
    is_passive_di_form,
    is_valid,
    nearest_entity,
    passive_join_candidate,
    suggest,
)
from newslint.lang.morph import men_form


@pytest.mark.parametrize(
    ("word", "base", "prefixes"),
    [
        ("menulis", "tulis", ("meN-",)),
        ("memukul", "pukul", ("meN-",)),
        ("menyapu", "sapu", ("meN-",)),
        ("mengirim", "kirim", ("meN-",)),
        ("mengebom", "bom", ("meN-",)),
        ("mengklaim", "klaim", ("meN-",)),
        ("berlari", "lari", ("ber-",)),
        ("tertulis", "tulis", ("ter-",)),
        ("ditangkap", "tangkap", ("di-",)),
        ("seorang", "orang", ("se-",)),
        ("memperjuangkan", "juang", ("meN-", "per-")),
        ("dipertanyakan", "tanya", ("di-", "per-")),
        ("pemerintahan", "perintah", ("peN-",)),
        ("bermain", "main", ("ber-",)),  # (belajar is its own entry in hunspell-id)
        ("bekerja", "kerja", ("ber-",)),
    ],
)
def test_affixes(word: str, base: str, prefixes: tuple[str, ...]) -> None:
    a = analyze(word)
    assert a is not None
    assert a.base == base
    assert a.prefixes == prefixes


@pytest.mark.parametrize(
    ("word", "base", "suffixes"),
    [
        ("keadaan", "ada", ("-an",)),
        ("kesehatan", "sehat", ("-an",)),
        ("pertanyaan", "tanya", ("-an",)),
        ("berdasarkan", "dasar", ("-kan",)),
        ("dikirimkan", "kirim", ("-kan",)),
        ("diatasi", "atas", ("-i",)),
        ("keberadaan", "ada", ("-an",)),
    ],
)
def test_suffixes_and_confixes(word: str, base: str, suffixes: tuple[str, ...]) -> None:
    a = analyze(word)
    assert a is not None and a.base == base and a.suffixes == suffixes


def test_se_nya_confix() -> None:
    a = analyze("sebaiknya")
    assert a is not None and a.base == "baik" and a.prefixes == ("se-",) and a.clitics == ("-nya",)


@pytest.mark.parametrize(
    ("word", "clitics"),
    [
        ("bukunya", ("-nya",)),
        ("rumahku", ("-ku",)),
        ("bukumu", ("-mu",)),
        ("itulah", ("-lah",)),
        ("kapanpun", ("-pun",)),
        ("kubawa", ("ku-",)),
        ("kaubawa", ("kau-",)),
        ("disediakannya", ("-nya",)),
    ],
)
def test_clitics(word: str, clitics: tuple[str, ...]) -> None:
    a = analyze(word)
    assert a is not None and a.clitics == clitics


def test_compounds_joined_only_under_confix() -> None:
    a = analyze("ditindaklanjuti")
    assert a is not None and a.base == "tindaklanjut" and a.source == "compound"
    assert is_valid("pertanggungjawaban")
    assert is_valid("mempertanggungjawabkan")
    assert not is_valid("tanggungjawabnya")  # suffix only: written apart


@pytest.mark.parametrize(
    ("word", "kind"),
    [
        ("anak-anak", "full"),
        ("kata-kata", "full"),
        ("sayur-mayur", "patterned"),
        ("bolak-balik", "patterned"),
        ("berlari-lari", "affixed"),
        ("sebaik-baiknya", "affixed"),
    ],
)
def test_reduplication(word: str, kind: str) -> None:
    a = analyze(word)
    assert a is not None and a.reduplication == kind


@pytest.mark.parametrize(
    "word",
    [
        "ditindaklanjuti",
        "mengklaim",
        "silakan",
        "disediakannya",
        "layanannya",
        "penggunanya",
        "dikirimkan",
        "Microsoft",
        "kemarin",
        "kepada",
        "keluar",
        "ketahuan",
        "diketahui",
    ],
)
def test_seed_words_valid(word: str) -> None:
    assert is_valid(word)


@pytest.mark.parametrize("word", ["mencolook", "karrna", "dengna", "diharapakan"])
def test_rejects(word: str) -> None:
    assert not is_valid(word)


def test_suggestions() -> None:
    assert "mencolok" in suggest("mencolook")
    assert suggest("karrna")[0] == "karena"
    assert suggest("tidka")[0] == "tidak"
    assert suggest("dikirimkna")[0] == "dikirimkan"
    assert suggest("xy") == []


def test_di_preposition_join() -> None:
    assert di_preposition_join("dimana") == "di mana"
    assert di_preposition_join("dirumah") == "di rumah"
    assert di_preposition_join("Kesana") == "Ke sana"
    assert di_preposition_join("diatas") == "di atas"
    assert di_preposition_join("dirumahnya") == "di rumahnya"
    for w in [
        "diatasi",
        "didalami",
        "dirumahkan",
        "ketahuan",
        "kemarin",
        "kepada",
        "keluar",
        "dibalik",
        "disela",
        "kedalaman",
        "diantar",
    ]:
        assert di_preposition_join(w) is None, w
    assert not is_valid("dimana")


def test_passive_forms() -> None:
    for w in ["ditangkap", "diatasi", "dirumahkan"]:
        assert is_passive_di_form(w), w
    for w in ["dirumah", "dinas", "diri", "dia", "diatas"]:
        assert not is_passive_di_form(w), w
    assert passive_join_candidate("tangkap") == "ditangkap"
    assert passive_join_candidate("lakukan") == "dilakukan"
    for w in ["pasar", "tengah", "balik", "sela", "seluruh", "perusahaan", "Jakarta"]:
        assert passive_join_candidate(w) is None, w


def test_men_form() -> None:
    assert [men_form(b) for b in ["tulis", "pukul", "sapu", "kirim", "bom", "klaim"]] == [
        "menulis",
        "memukul",
        "menyapu",
        "mengirim",
        "mengebom",
        "mengklaim",
    ]


def test_entities() -> None:
    assert nearest_entity("Redmon") == ("Redmond", 1, "place")
    m = nearest_entity("Jakrta")
    assert m is not None and m.name == "Jakarta" and m.distance == 1
    m = nearest_entity("Redmond")
    assert m is not None and m.distance == 0
    assert is_known_entity("Redmond") and is_known_entity("jakarta") and is_known_entity("KPK")
    name, dist, kind = nearest_entity("Indonesai")
    assert (name, dist) == ("Indonesia", 1)
    # ordinary or affixed words and known personal names never match fuzzily
    for w in ["Santoso", "Unggahan", "Sambangi", "Barat", "Anwar", "Budi"]:
        m = nearest_entity(w)
        assert m is None or m.distance == 0, (w, m)


def test_speed() -> None:
    words = ["menulis", "ditindaklanjuti", "layanannya", "karrna", "anak-anak"] * 2000
    for w in words:
        is_valid(w)
    t = time.perf_counter()
    for w in words:
        is_valid(w)
    assert time.perf_counter() - t < 0.5  # >= 20k cached lookups/s even on a slow CI box


def test_web_frequent_non_standard_forms_are_not_standard() -> None:
    from newslint.checks.typo_word import is_standard_form
    from newslint.lang import get_lexicon

    lex = get_lexicon()
    # (merubah is me- + rubah to the analyser: the spelling/* word list reports it)
    for word in ("sekedar", "nasehat", "tehnik", "karna", "lainya"):
        assert word in lex.rank, word  # web text has them ...
        assert not is_standard_form(word), word  # ... but no standard source does
    for word in ("sekadar", "nasihat", "teknik", "mengubah", "karena", "lainnya", "ditindaklanjuti", "inflasinya"):
        assert is_standard_form(word), word


def test_a_verb_prefix_never_stacks_on_a_noun_prefix() -> None:
    from newslint.lang import analyze

    # typing slips the lenient analyser used to derive: *di- + peN- + tuhu, *ke- + se- + kapat, *meN- + se- + tut
    for slip in ("dipenuhu", "kesekapatan", "menyetut"):
        assert analyze(slip) is None, slip
    # bases that merely start with those letters are still derived
    for word in ("mengetahui", "menyeluruh", "menyebabkan", "terpenuhi", "dipenjara", "kesepakatan", "bersepeda"):
        assert analyze(word) is not None, word


def test_names_of_kinds_keeps_stored_order_across_kinds() -> None:
    from newslint.lang.gazetteer import _gaz, names_of_kinds

    data = _gaz()._data
    kinds = data["kinds"][:2]
    codes = {data["kinds"].index(k) for k in kinds}
    expected = [low for low, k in zip(_gaz()._lows, data["kind_of"]) if k in codes]
    assert names_of_kinds(*kinds) == expected
    assert names_of_kinds("no-such-kind") == []


def test_names_of_kinds_with_prefix_is_the_run_of_names_of_kinds_with_that_prefix() -> None:
    from newslint.lang.gazetteer import names_of_kinds, names_of_kinds_with_prefix

    for kinds in (("city", "place"), ("org",), ("id_place", "province")):
        names = names_of_kinds(*kinds)
        for prefix in ("a", "k", "s", "z", "ja", "ma", "\u00e9", "~", "zz"):
            assert names_of_kinds_with_prefix(prefix, *kinds) == [n for n in names if n.startswith(prefix)]

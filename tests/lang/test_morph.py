"""The morphological analyser's word lists live in newslint/lang/data/morph_words.txt."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from newslint.lang import morph


def test_named_lists_keep_their_order_and_skip_comments(tmp_path: Path) -> None:
    f = tmp_path / "lists.txt"
    f.write_text("# about the file\n\n[satu]\n# about the list\nzebra\napel  # a note\n[dua]\nkopi\n", encoding="utf-8")
    assert morph.read_word_lists(f) == {"satu": ("zebra", "apel"), "dua": ("kopi",)}


@pytest.mark.parametrize("text", ["kata\n[daftar]\n", "[daftar]\ndua kata\n"])
def test_a_word_outside_a_list_or_two_words_on_a_line_is_a_clear_error(tmp_path: Path, text: str) -> None:
    f = tmp_path / "lists.txt"
    f.write_text(text, encoding="utf-8")
    with pytest.raises(RuntimeError, match=r"lists\.txt:\d+: expected a \[list\] line or one word"):
        morph.read_word_lists(f)


def test_a_missing_file_says_to_reinstall(tmp_path: Path) -> None:
    with pytest.raises(RuntimeError, match="reinstall newslint"):
        morph.read_word_lists(tmp_path / "missing.txt")


def test_the_shipped_lists_are_lowercase_words_without_repeats() -> None:
    lists = morph.read_word_lists()
    assert set(lists) == {"di-locatives", "ke-locatives", "bound-forms", "numerals", "di-split-never"}
    for name, words in lists.items():
        assert len(words) == len(set(words)), name
        assert all(re.fullmatch(r"[a-z]+(-[a-z]+)?", w) for w in words), name


def test_the_analyser_reads_its_lists_from_the_data_file() -> None:
    lists = morph.read_word_lists()
    assert frozenset(lists["di-locatives"]) == morph.DI_LOCATIVES
    assert frozenset(lists["bound-forms"]) == morph.BOUND_FORMS
    assert morph.di_preposition_join("dimana") == "di mana"  # di-locatives
    assert morph.di_preposition_join("Kesana") == "Ke sana"  # ke-locatives
    assert morph.di_preposition_join("keluar") is None  # not a ke-locative: the verb "go out"
    assert morph.passive_join_candidate("balik", "yang") is None  # di-split-never
    assert morph.analyze("pascasarjana") is not None  # a bound form joined to its word


@pytest.mark.parametrize(
    ("word", "reason"),
    [
        ("losin", "-in"),  # los + the colloquial -in
        ("bersihin", "-in"),
        ("nekad", "N-"),  # the bare nasal of speech on tekad
        ("ekstrim", "bound"),  # eks- + trim: a loan's syllables, not a prefix and a word
        ("hipotik", "bound"),
        ("mempesona", "unmelted"),
        ("mensukseskan", "unmelted"),
        ("mempengaruhi", "unmelted"),
    ],
)
def test_illegal_derivations_are_named(word: str, reason: str) -> None:
    a = morph.analyze(word)
    assert a is not None and morph.illegal_derivation(a) == reason


@pytest.mark.parametrize(
    "word", ["mempunyai", "memproduksi", "mempercayai", "menulis", "antivirus", "prabayar", "memesona"]
)
def test_legal_derivations_pass(word: str) -> None:
    a = morph.analyze(word)
    assert a is not None and morph.illegal_derivation(a) is None


@pytest.mark.parametrize(
    ("word", "standard"),
    [
        ("bersihin", "bersihkan"),
        ("ikutin", "ikuti"),
        ("belain", "membela"),
        ("nulis", "menulis"),
        ("nyari", "mencari"),
    ],
)
def test_colloquial_affixes_give_the_standard_verb(word: str, standard: str) -> None:
    assert morph.colloquial_affix_source(word) == standard


@pytest.mark.parametrize("word", ["kafein", "tukin", "losin", "menulis", "rumah"])
def test_no_standard_verb_for_other_words(word: str) -> None:
    assert morph.colloquial_affix_source(word) is None


def test_colloquial_respellings_undo_one_sound_change() -> None:
    assert morph.colloquial_source("macem") == "macam"
    assert morph.colloquial_source("udah") == "sudah"  # a dropped initial s
    assert morph.colloquial_source("emang") == "memang"  # a dropped initial m
    assert morph.colloquial_source("bales", onsets=False) == "balas"
    assert morph.colloquial_source("udah", onsets=False) is None


@pytest.mark.parametrize(
    ("word", "split"),
    [("disaat", "di saat"), ("disetiap", "di setiap"), ("ditengah-tengah", "di tengah-tengah")],
)
def test_di_joined_to_time_nouns_quantifiers_and_reduplicated_locatives(word: str, split: str) -> None:
    assert morph.di_preposition_join(word) == split


@pytest.mark.parametrize("word", ["dimasak", "dibalik-balik", "disaatkan"])
def test_di_passives_are_not_joined_prepositions(word: str) -> None:
    assert morph.di_preposition_join(word) is None


def test_equally_good_readings_go_to_the_base_web_text_uses_more() -> None:
    # me- + makan and meN- + pakan both read "memakan"; makan is by far the commoner base
    from newslint.lang import analyze

    reading = analyze("memakan")
    assert reading is not None and reading.base == "makan"
    masuk = analyze("memasukkan")
    assert masuk is not None and masuk.base == "masuk"


def test_agent_suffix_on_a_vowel_final_noun() -> None:
    a = morph.analyze("prakirawan")
    assert a is not None and a.base == "prakira" and a.suffixes == ("-wan",)
    assert morph.analyze("dipakaiwan") is None or morph.analyze("dipakaiwan").suffixes != ("-wan",)

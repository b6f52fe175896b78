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

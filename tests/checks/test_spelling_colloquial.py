"""spelling/colloquial-form: regular colloquial sound changes, narration only."""

from __future__ import annotations

import pytest

from newslint.api import check_text
from newslint.checks.spelling_colloquial import standard_form

RULE = "spelling/colloquial-form"


@pytest.mark.parametrize(
    ("word", "standard"),
    [
        ("inget", "ingat"),
        ("padet", "padat"),
        ("cepet", "cepat"),
        ("ilang", "hilang"),
        ("rapet", "rapat"),
        ("seneng", "senang"),  # hunspell-id rejects it; the analyser's se- + neng is no standard reading
        ("pesen", "pesan"),
    ],
)
def test_colloquial_forms(word: str, standard: str) -> None:
    assert standard_form(word) == standard


@pytest.mark.parametrize("word", ["ingat", "sore", "ikan", "kemarin", "males", "belom"])
def test_standard_or_listed_words_left_alone(word: str) -> None:
    # males and belom are rows of spelling/informal-word: that rule reports them
    assert standard_form(word) is None


def test_only_outside_quotations() -> None:
    assert [f.text for f in check_text("Petugas baru inget jadwal itu.", layout="fragment", select=[RULE])] == ["inget"]
    assert check_text('"Saya baru inget," kata petugas.', layout="fragment", select=[RULE]) == []


@pytest.mark.parametrize(("word", "standard"), [("bersihin", "bersihkan"), ("nulis", "menulis")])
def test_colloquial_affixes(word: str, standard: str) -> None:
    assert standard_form(word) == standard


def test_an_english_word_that_is_a_respelling_counts_only_among_indonesian_words() -> None:
    # pension is English and the spoken pensiun (u -> o in the closed final syllable)
    found = check_text("Ayahnya sudah pension sejak tahun lalu.", layout="fragment", select=[RULE])
    assert [(f.text, f.suggestions) for f in found] == [("pension", ["pensiun"])]
    assert check_text("Ia menerima state pension dari Inggris.", layout="fragment", select=[RULE]) == []

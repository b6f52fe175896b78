"""The substitution engine keeps the case pattern of what it replaces, headlines included (issue 14)."""

from __future__ import annotations

import pytest

from newslint.api import check_text
from newslint.engine.yaml_rules import match_case


@pytest.mark.parametrize(
    ("template", "original", "expected"),
    [
        ("tetapi", "tapi", "tetapi"),
        ("tetapi", "Tapi", "Tetapi"),
        ("tetapi", "TAPI", "TETAPI"),
        ("wali kota", "WALIKOTA", "WALI KOTA"),
        ("olahraga", "Olah Raga", "Olahraga"),
        ("di mana pun", "Dimanapun", "Di mana pun"),
        ("apa pun", "Apa Pun", "Apa Pun"),
        ("Lebaran", "lebaran", "Lebaran"),
    ],
)
def test_match_case(template: str, original: str, expected: str) -> None:
    assert match_case(template, original) == expected


def _subst(text: str) -> list[tuple[str, str, list[str]]]:
    return [(f.rule, f.text, f.suggestions) for f in check_text(text, select=["spelling"])]


def test_title_case_headline_with_a_lower_case_preposition_is_still_title_case() -> None:
    # "terhadap" is a function word: the headline is title case, so "Tapi" is no name
    found = _subst("Keyakinan Pengusaha terhadap Ekonomi Menurun, Tapi Belum Pesimis\n\nJAKARTA - Warga bertahan.\n")
    assert ("spelling/informal-word", "Tapi", ["Tetapi"]) in found


def test_every_word_of_a_replacement_is_capitalised_in_a_title_case_headline() -> None:
    found = _subst("Walikota Medan Tinjau Banjir di Kota Itu\n\nJAKARTA - Warga bertahan.\n")
    assert ("spelling/nonstandard-word", "Walikota", ["Wali Kota"]) in found


def test_sentence_case_keeps_the_first_capital_only() -> None:
    found = _subst("Banjir surut\n\nJAKARTA - Walikota itu hadir. Tapi warga tetap mengungsi.\n")
    assert ("spelling/nonstandard-word", "Walikota", ["Wali kota"]) in found
    assert ("spelling/informal-word", "Tapi", ["Tetapi"]) in found


def test_a_title_opening_a_sentence_before_its_name_capitalises_every_word() -> None:
    found = _subst("Banjir surut\n\nJAKARTA - Walikota Medan meninjau tanggul. Walikota itu lalu pulang.\n")
    assert ("spelling/nonstandard-word", "Walikota", ["Wali Kota"]) in found
    assert ("spelling/nonstandard-word", "Walikota", ["Wali kota"]) in found


def test_all_caps_headline_stays_all_caps() -> None:
    found = _subst("WALIKOTA TINJAU BANJIR, TAPI WARGA KECEWA\n\nJAKARTA - Warga bertahan.\n")
    assert ("spelling/nonstandard-word", "WALIKOTA", ["WALI KOTA"]) in found

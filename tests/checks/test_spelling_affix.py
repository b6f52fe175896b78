"""spelling/suffix-kan-after-k: a base ending in k keeps it before -kan."""

from __future__ import annotations

import pytest

from newslint.checks.spelling_affix import with_double_k


@pytest.mark.parametrize(
    ("word", "fixed"),
    [("dinaikan", "dinaikkan"), ("menggerakan", "menggerakkan"), ("dimasukan", "dimasukkan")],
)
def test_double_k(word: str, fixed: str) -> None:
    assert with_double_k(word) == fixed


@pytest.mark.parametrize(
    "word",
    [
        "kebanyakan",
        "dilakukan",
        "mengatakan",
        "dibukakan",
        "ditemukan",
        "menggerakkan",
        "pertanyakan",
        # bases that do not end in k (the cases of the former usage/kan-double-k, which this rule replaced)
        "dimakan",
        "ditekan",
        "dirapikan",
        "dicarikan",
        "disangkakan",
        "menyebabkan",
    ],
)
def test_sound_forms_left_alone(word: str) -> None:
    assert with_double_k(word) is None


def test_ber_before_a_syllable_closed_by_r_is_be() -> None:
    from newslint.checks.spelling_affix import be_form

    assert be_form("berkerja") == "bekerja"
    assert be_form("berpergian") == "bepergian"
    assert be_form("berderma") is None  # no standard source lists bederma
    assert be_form("berperan") is None  # pe-ran: the first syllable is open
    from newslint.api import check_text

    found = check_text("Warga berkerja di ladang.", layout="fragment", select=["spelling/ber-before-er"])
    assert [(f.text, f.suggestions) for f in found] == [("berkerja", ["bekerja"])]

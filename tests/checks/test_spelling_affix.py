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
    "word", ["kebanyakan", "dilakukan", "mengatakan", "dibukakan", "ditemukan", "menggerakkan", "pertanyakan"]
)
def test_sound_forms_left_alone(word: str) -> None:
    assert with_double_k(word) is None

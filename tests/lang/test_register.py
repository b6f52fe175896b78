"""Colloquial speech and spoken variants (newslint.lang.register)."""

from __future__ import annotations

import pytest

from newslint.lang.register import is_colloquial, spoken_variant


@pytest.mark.parametrize(
    ("written", "standard"),
    [("antri", "antre"), ("cabe", "cabai"), ("coklat", "cokelat"), ("lobang", "lubang"), ("Resiko", "risiko")],
)
def test_a_vowel_change_is_a_spoken_variant(written: str, standard: str) -> None:
    assert spoken_variant(written, standard)


@pytest.mark.parametrize(
    ("written", "standard"),
    [
        ("aktifitas", "aktivitas"),  # f/v: spelling only
        ("walikota", "wali kota"),  # spacing
        ("mempengaruhi", "memengaruhi"),  # affix
        ("nampak", "tampak"),  # a consonant
        ("bis", "bus|bisa"),  # several alternatives
        ("antre", "antre"),
    ],
)
def test_spelling_affix_and_spacing_changes_are_not_spoken_variants(written: str, standard: str) -> None:
    assert not spoken_variant(written, standard)


def test_colloquial_markers() -> None:
    assert is_colloquial("harga cabe mahal banget".split())
    assert is_colloquial("kami nggak tahu".split())
    assert not is_colloquial("harga cabai kami pantau setiap pekan".split())

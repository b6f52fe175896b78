"""spelling/compound-apart: one word written as two, decided by the lexicon."""

from __future__ import annotations

import pytest

from newslint.api import check_text
from newslint.checks.spelling_compound import joined_form

RULE = "spelling/compound-apart"


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("duka", "cita", "dukacita"),
        ("pari", "wisata", "pariwisata"),
        ("apa", "bila", "apabila"),
        ("dwi", "bahasa", "dwibahasa"),  # a bound form
        ("kilo", "meter", "kilometer"),  # a metric prefix and a unit
        ("tera", "bita", "terabita"),
        ("super", "komputer", "superkomputer"),  # a free bound form: the joined word is attested
    ],
)
def test_joined(first: str, second: str, joined: str) -> None:
    assert joined_form(first, second) == joined


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("kerja", "sama"),  # EYD V writes it apart (a compound of the lexicon)
        ("orang", "tua"),
        ("apa", "pun"),  # particle
        ("apa", "lagi"),  # two of the commonest words: a phrase as often as apalagi
        ("ke", "luar"),  # a preposition: spelling/di-ke-joined's business
        ("pra", "tersebut"),  # a clipped word before a function word
        ("rumah", "sakit"),
        ("mikro", "kecil"),  # usaha mikro kecil: mikro is a free word here, mikrokecil is not attested
        ("suka", "rela"),  # a row of spelling/nonstandard-word: that rule reports it
        # hunspell-id lists these joined only under an affix (NEEDAFFIX): bare, EYD V writes them apart
        ("sepak", "bola"),
        ("warga", "negara"),
        ("juru", "bicara"),
        ("batu", "bara"),
    ],
)
def test_not_joined(first: str, second: str) -> None:
    assert joined_form(first, second) is None


def test_reported_with_an_unsafe_fix_and_names_skipped() -> None:
    found = [f for f in check_text("Keluarga menerima ucapan duka cita.", layout="fragment", select=[RULE])]
    assert [(f.text, f.suggestions) for f in found] == [("duka cita", ["dukacita"])]
    assert found[0].fix is not None and found[0].fix.safety.value == "unsafe"
    assert check_text("Ketua panitia, Dwi Bahasa, hadir.", layout="fragment", select=[RULE]) == []
    assert check_text("Pada hal ini kami sepakat.", layout="fragment", select=[RULE]) == []


@pytest.mark.parametrize(
    ("first", "second", "joined"),
    [
        ("semi", "permanen", "semipermanen"),
        ("super", "efisien", "superefisien"),
        ("sub", "sektor", "subsektor"),
        ("makro", "ekonomi", "makroekonomi"),
    ],
)
def test_latin_prefix_joined_to_a_latin_loan(first: str, second: str, joined: str) -> None:
    assert joined_form(first, second) == joined


@pytest.mark.parametrize(
    "text",
    [
        "Bunga sakura mekar pada musim semi permanen di taman itu.",  # musim semi: the free word
        "Warga yang pro dan kontra reformasi berdebat panjang.",  # kontrareformasi, but after pro dan
        "Laga kontra tuan rumah berakhir imbang.",  # kontra "against" before a native word
        "Usaha mikro kecil mendapat bantuan modal.",
    ],
)
def test_free_uses_of_a_latin_prefix_left_alone(text: str) -> None:
    assert [f.text for f in check_text(text, layout="fragment", select=[RULE])] == []


def test_a_joined_root_with_a_clitic_and_a_three_letter_part(monkeypatch: pytest.MonkeyPatch) -> None:
    from newslint.checks import spelling_compound

    # the pair list holds "ada kalanya" itself: the general rule is tested without it
    monkeypatch.setattr(spelling_compound, "_listed_phrases", frozenset)
    monkeypatch.setattr(spelling_compound, "_VERDICTS", {})
    assert joined_form("ada", "kalanya") == "adakalanya"  # adakala + -nya
    assert joined_form("suka", "ria") == "sukaria"
    assert joined_form("jam", "bak") is None  # two three-letter words: a phrase as often as a root

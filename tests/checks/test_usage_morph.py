"""usage/* checks judged by morphology (issue 14, class 4)."""

from __future__ import annotations

import pytest

from newslint.api import check_text


def _found(text: str, rule: str) -> list:
    return [f for f in check_text(text, layout="fragment", select=[rule])]


@pytest.mark.parametrize(
    "text,word,suggestion",
    [
        ("Pemerintah akan bangun jembatan.", "bangun", "membangun"),
        ("Perusahaan tidak akan ekspor nikel.", "ekspor", "mengekspor"),
        ("Petugas belum tangkap pelaku.", "tangkap", "menangkap"),
    ],
)
def test_dropped_men_after_a_modal(text: str, word: str, suggestion: str) -> None:
    found = _found(text, "usage/dropped-men")
    assert [(f.text, f.suggestions) for f in found] == [(word, [suggestion])]


@pytest.mark.parametrize(
    "text",
    [
        "Warga akan makan bersama lalu tinggal di tenda.",  # base verbs that stand bare
        "Proyek itu masih dalam tahap perencanaan.",  # a preposition after a modal
        "Ia akan bangun pagi.",  # the intransitive sense
        '"Kami akan bangun lagi," kata Ani.',  # a direct quotation
    ],
)
def test_dropped_men_leaves_standard_forms(text: str) -> None:
    assert not _found(text, "usage/dropped-men")


@pytest.mark.parametrize(
    "text",
    [
        "Pemerintah akan  bangun jembatan.",  # two spaces: not one phrase as written
        "Pemerintah akan\nbangun jembatan.",
        "Pemerintah (akan bangun jembatan).",  # the modal with a bracket attached is not a word of its own
        "Ia tahu pemerintah akan",  # a modal at the end
    ],
)
def test_dropped_men_reads_a_modal_and_the_word_one_space_after_it(text: str) -> None:
    assert not _found(text, "usage/dropped-men")


def test_bound_form_apart_needs_one_space_and_a_bound_form_of_its_own() -> None:
    assert not _found("Arus antar  daerah dan (pasca kebakaran) diatur; Antar daerah.", "usage/bound-form-apart")


def test_bound_form_apart_joins_a_free_base_and_never_an_inflected_verb() -> None:
    found = _found("Arus antar daerah padat pasca dilantiknya bupati.", "usage/bound-form-apart")
    assert [f.suggestions for f in found] == [["antardaerah"], ["setelah dilantik"]]
    assert found[0].fix is not None and found[1].fix is None


def test_bound_form_apart_leaves_free_words() -> None:
    assert not _found("Layanan antar jemput dan usaha mikro kecil tetap jalan.", "usage/bound-form-apart")


def test_english_affix_plain_and_hyphenated() -> None:
    found = _found("Sistem itu mengupgrade data yang terus di-update.", "usage/english-affix")
    assert [f.text for f in found] == ["mengupgrade", "di-update"]
    assert "ragam cakapan" in found[0].message and "tanda hubung" in found[1].message


def test_english_affix_leaves_indonesian_words() -> None:
    assert not _found("Terapis itu diduga memeras pasien; data dimasukkan dan diunggah.", "usage/english-affix")

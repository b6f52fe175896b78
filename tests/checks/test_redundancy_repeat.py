"""redundancy/* checks (issue 14, class 5)."""

from __future__ import annotations

from newslint.api import check_text


def _found(text: str, rule: str) -> list:
    return [f for f in check_text(text, layout="fragment", select=[rule])]


def test_acronym_expansion_from_the_list_and_from_the_draft() -> None:
    found = _found("Warga menunjukkan nomor NIK dan kartu KTP.", "redundancy/acronym-expansion")
    assert [f.text for f in found] == ["nomor NIK", "kartu KTP"]
    spelled = "Kartu Akses Warga (KAW) dibagikan; kartu KAW lama berlaku."
    assert [f.text for f in _found(spelled, "redundancy/acronym-expansion")] == ["kartu KAW"]


def test_acronym_expansion_leaves_names_and_bare_acronyms() -> None:
    assert not _found("Pasien dirujuk ke RSUD dan menunjukkan NIK.", "redundancy/acronym-expansion")


def test_repeated_phrase_two_and_three_words() -> None:
    found = _found(
        "Kepala Bagian Kepala Bagian Humas hadir. Dinas Pekerjaan Umum Dinas Pekerjaan Umum juga hadir.",
        "redundancy/repeated-phrase",
    )
    assert [f.fix.replacement for f in found] == ["Kepala Bagian", "Dinas Pekerjaan Umum"]


def test_repeated_function_word_around_an_adverb() -> None:
    found = _found("Rumah yang ternyata yang roboh itu baru.", "redundancy/repeated-phrase")
    assert [f.fix.replacement for f in found] == ["yang ternyata"]


def test_repeated_phrase_leaves_idioms() -> None:
    assert not _found("Sedikit demi sedikit, hari demi hari, satu per satu.", "redundancy/repeated-phrase")


def test_acronym_spelled_out_once_and_used_again() -> None:
    # the bracketed acronym counts only when the draft uses it again (a second occurrence after the first)
    text = "Data Kartu Akses Warga (KAW) dicetak ulang; kartu KAW lama tetap berlaku."
    assert [f.rule for f in check_text(text, select=["redundancy/acronym-expansion"])] == [
        "redundancy/acronym-expansion"
    ]
    once = "Data Kartu Akses Warga (KAW) dicetak ulang; kartu lama tetap berlaku."
    assert check_text(once, select=["redundancy/acronym-expansion"]) == []

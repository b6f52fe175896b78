"""The substitution option ``spoken_variants_in_colloquial_speech`` (spelling/nonstandard-word)."""

from __future__ import annotations

from newslint.api import check_text


def _nonstandard(text: str) -> list[str]:
    return [f.text for f in check_text(text, select=["spelling/nonstandard-word"])]


def test_a_spoken_variant_in_colloquial_speech_is_the_speakers() -> None:
    text = '"Sekarang cabe mahal banget, tiap hari antri minyak juga," kata Siti.\n'
    assert _nonstandard(text) == []


def test_the_same_words_in_formal_speech_or_narration_are_reported() -> None:
    assert _nonstandard('"Harga cabe kami pantau setiap pekan," kata kepala dinas.\n') == ["cabe"]
    assert _nonstandard("Warga antri minyak goreng sejak pagi, kata Siti, yang mengaku lelah banget.\n") == ["antri"]


def test_a_spelling_that_is_no_pronunciation_is_reported_in_colloquial_speech() -> None:
    text = '"Aktifitas pasar sepi banget, walikota nggak datang," kata Siti.\n'
    assert sorted(_nonstandard(text)) == ["Aktifitas", "walikota"]


def test_each_quotation_has_its_own_register() -> None:
    text = '"Cabe mahal banget," kata Siti. Kepala dinas menjawab, "Harga cabe kami pantau setiap pekan."\n'
    found = [(f.text, f.start) for f in check_text(text, select=["spelling/nonstandard-word"])]
    assert [w for w, _ in found] == ["cabe"]
    assert found[0][1] > text.index("menjawab")

"""A headline that quotes a speaker after a colon ("Warga: Kami Enggak Mau") holds speech."""

from __future__ import annotations

from newslint.api import check_text, parse


def test_words_after_a_speaker_and_colon_in_a_headline_are_speech() -> None:
    doc = parse("DLHK Kota Yogyakarta: Masyarakat Enggak Sabar\n\nJakarta - Warga menunggu truk sampah.", "d.txt")
    start = doc.text.index("Enggak")
    assert doc.in_speech(start, start + 6)
    assert not doc.in_speech(doc.text.index("Warga"))


def test_a_rubric_label_is_no_speaker() -> None:
    doc = parse("Video: Warga Enggak Sabar\n\nJakarta - Warga menunggu truk sampah.", "d.txt")
    assert doc.headline_speech == []


def test_rules_for_narration_leave_headline_speech_alone() -> None:
    text = "DLHK Kota Yogyakarta: Masyarakat Enggak Sabar\n\nJakarta - Warga enggak sabar menunggu truk."
    found = check_text(text, path="d.txt", select=["spelling/informal-word"])
    assert [f.text for f in found] == ["enggak"]  # the narration's, not the quoted headline's

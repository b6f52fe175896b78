"""The Document's own helpers (newslint/model/document.py)."""

from __future__ import annotations

from newslint.parsers import parse_text


def test_drop_analysis_keeps_what_reporters_read() -> None:
    doc = parse_text('Judul Berita\n\nJakarta - Warga berkata, "Air naik."\nBaris kedua.\n', "d.txt")
    assert doc.tokens and doc.sentences and doc.quotations and doc.paragraphs and doc.headline is not None
    words = doc.word_count
    line = doc.source_line(3)
    doc.drop_analysis()
    assert doc.tokens == [] and doc.sentences == [] and doc.quotations == [] and doc.cache == {}
    assert doc.paragraphs == [] and "headline" not in doc.__dict__
    assert doc.source_line(3) == line and doc.line_col(len("Judul Berita\n\n")) == (3, 1)
    assert doc.word_count == words  # counted before: a report's word total stays right

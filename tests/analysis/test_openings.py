"""The shared sentence-openings analysis: where each sentence's words begin, and its first word."""

from __future__ import annotations

from newslint.analysis import openings
from newslint.parsers import parse_text


def test_openings_skip_dateline_and_opening_marks():
    doc = parse_text('Judul Berita\n\nJakarta - "Sehingga kami pergi." (Karena hujan) turun. 2020 lalu ramai.', "x.txt")
    o = openings.analyze(doc)
    text = doc.text
    starts = [text[b : b + 8] for b in o.begin]
    assert starts == ["Judul Be", "Sehingga", "Karena h", "2020 lal"]
    assert "judul" not in o.by_word  # the headline is not prose
    assert [text[b : b + 6] for _, b in o.starting_with(frozenset({"karena", "sehingga"}))] == ["Sehing", "Karena"]


def test_openings_are_cached_per_document():
    doc = parse_text("Polisi datang. Warga pulang.", "x.txt", layout="fragment")
    assert openings.analyze(doc) is openings.analyze(doc)

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
    assert o.first_word == [None, "sehingga", "karena", None]  # the headline is not prose; 2020 is no word
    assert o.starting_with(frozenset({"judul"})) == []
    assert [text[b : b + 6] for _, b in o.starting_with(frozenset({"karena", "sehingga"}))] == ["Sehing", "Karena"]


def test_openings_are_cached_per_document():
    doc = parse_text("Polisi datang. Warga pulang.", "x.txt", layout="fragment")
    assert openings.analyze(doc) is openings.analyze(doc)

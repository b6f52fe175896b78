"""What Python checks share (newslint/checks/_helpers.py)."""

from __future__ import annotations

from newslint.checks._helpers import split_words, word_index
from newslint.parsers import parse_text


def test_split_words_are_the_lower_cased_text_split_once_per_draft() -> None:
    doc = parse_text("Warga akan bangun\tjembatan, kata İbu Ani.\n\nPAGI itu  hujan.", "<t>", layout="fragment")
    words = split_words(doc)
    assert words == word_index(doc).low.split()
    assert words[:4] == ["warga", "akan", "bangun", "jembatan,"]
    assert "ibu" in words and "pagi" in words  # folded and lower-cased as the shared index is
    assert split_words(doc) is words  # kept in the document's cache

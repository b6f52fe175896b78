"""style/filler-opening looks at sentence starts only, after a dateline, outside quotations."""

from __future__ import annotations

from newslint.api import check_text


def _ids(text: str, layout: str = "fragment") -> list[str]:
    return [f.rule for f in check_text(text, layout=layout, select=["style/filler-opening"])]


def test_after_dateline():
    text = "Judul Berita\n\nJakarta - Diketahui, harga beras naik sejak Januari."
    assert _ids(text, layout="news") == ["style/filler-opening"]


def test_mid_sentence_and_quotation_are_silent():
    assert not _ids("Hal itu sudah diketahui, kata Budi.")
    assert not _ids('"Diketahui, kami sudah siap," kata Budi.')

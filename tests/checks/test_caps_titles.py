"""caps/title-*: headlines are skipped; generic uses stay lower case."""

from __future__ import annotations

from newslint.api import check_text


def _ids(text: str, layout: str = "fragment") -> list[str]:
    return [f.rule for f in check_text(text, layout=layout, select=["caps"])]


def test_headline_is_skipped():
    assert "caps/title-before-name" not in _ids("Kunjungan presiden Prabowo ke Bali\n\nIsi berita.", layout="news")


def test_generic_plural_not_capitalised():
    assert "caps/title-before-name" not in _ids("Para menteri Kabinet Merah Putih hadir.")
    assert "caps/title-generic" in _ids("Sejumlah Bupati hadir di Istana.")

import pytest

from newslint.model.document import Zone
from newslint.parsers import parse_text

SEEDLIKE = """Teknologi

Perusahaan Ungkap Kebocoran Data Pelanggan

Perusahaan itu mengaku menemukan kebocoran data.

Liputan6.com, Jakarta - Sebuah perusahaan teknologi melaporkan kebocoran data pelanggan kepada polisi.

Paragraf kedua berisi keterangan tambahan.
"""


def zones(text):
    doc = parse_text(text)
    return [p.zone for p in doc.paragraphs], doc


def test_kicker_headline_deck_lead_body():
    z, doc = zones(SEEDLIKE)
    assert z == [Zone.KICKER, Zone.HEADLINE, Zone.DECK, Zone.LEAD, Zone.BODY]
    assert doc.dateline_outlet == "Liputan6.com" and doc.dateline_place == "Jakarta"
    assert doc.text[doc.dateline.start : doc.dateline.end] == "Liputan6.com, Jakarta - "


@pytest.mark.parametrize(
    "lead,outlet,place",
    [
        ("JAKARTA, KOMPAS.com - Polisi menangkap dua orang di sana.", "KOMPAS.com", "JAKARTA"),
        ("KOMPAS.com - Polisi menangkap dua orang di sana.", "KOMPAS.com", None),
        ("Jakarta (ANTARA) - Polisi menangkap dua orang di sana.", "ANTARA", "Jakarta"),
        ("KONTAN.CO.ID - JAKARTA. Polisi menangkap dua orang di sana.", "KONTAN.CO.ID", "JAKARTA"),
        ("Penajam Paser Utara (ANTARA) - Polisi menangkap dua orang.", "ANTARA", "Penajam Paser Utara"),
        ("Jakarta - Polisi menangkap dua orang di sana.", None, "Jakarta"),
    ],
)
def test_datelines(lead, outlet, place):
    z, doc = zones(f"Judul Berita\n\n{lead}\n\nBadan berita.")
    assert z[1] is Zone.LEAD
    assert doc.dateline_outlet == outlet
    assert doc.dateline_place == place


def test_no_dateline_first_block_is_lead():
    z, doc = zones("Judul Berita\n\nParagraf pembuka.\n\nParagraf kedua.")
    assert z == [Zone.HEADLINE, Zone.LEAD, Zone.BODY]
    assert doc.dateline is None


def test_headline_is_first_line_even_without_blank_line():
    z, doc = zones("Judul Berita\nParagraf pembuka langsung di bawahnya.")
    assert z[0] is Zone.HEADLINE
    assert doc.text[doc.paragraphs[0].start : doc.paragraphs[0].end] == "Judul Berita"


def test_line_and_column_with_crlf():
    doc = parse_text("Judul\r\n\r\nBaris kedua ada di sini.")
    assert doc.line_col(doc.source.index("kedua")) == (3, 7)

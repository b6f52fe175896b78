import pytest

from newslint.model.document import Zone
from newslint.model.zones import DatelineMatcher, reads_as_body
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


# --- drafts without a headline (issue 14) ---------------------------------------------------------


@pytest.mark.parametrize(
    "block",
    [
        "Polisi menangkap dua pria di Depok. Keduanya ditangkap pada Minggu malam.",
        "Polisi menangkap dua pria di Depok.",
        "Jakarta - Polisi menangkap dua pria di Depok pada Minggu malam.",
        " ".join(["kata"] * 30),
    ],
)
def test_body_text_is_not_a_headline(block):
    assert reads_as_body(block, DatelineMatcher())


@pytest.mark.parametrize(
    "block",
    [
        "KPK Tetapkan Tiga Tersangka Baru.",
        "Kabar Baik! Penerima Bansos Sembako Akan Dapat Rp 1,5 Juta Akhir Tahun Ini",
        "Mau Manfaatkan Pinjaman Online? Ikuti Saran OJK Ini!",
        "Jokowi - Prabowo Bertemu di Istana",
        "Menanti Hujan...",
    ],
)
def test_headlines_stay_headlines(block):
    assert not reads_as_body(block, DatelineMatcher())


def test_draft_that_starts_with_its_lead():
    z, doc = zones("Polisi menangkap dua pria di Depok. Keduanya ditangkap malam.\n\nParagraf kedua.")
    assert z == [Zone.LEAD, Zone.BODY]
    assert doc.headline is None
    z, doc = zones("Jakarta - Polisi menangkap dua pria di Depok.\n\nParagraf kedua.")
    assert z == [Zone.LEAD, Zone.BODY]
    assert doc.dateline_place == "Jakarta"


def test_a_dateline_with_an_outlet_named_without_a_domain():
    from newslint.parsers import parse_text

    doc = parse_text(
        "Vonis Dua Terdakwa Tol\n\nPALEMBANG, NUSALY – Hakim menjatuhkan vonis satu tahun.\n\nJaksa pikir-pikir.",
        layout="news",
    )
    assert doc.dateline is not None
    assert doc.text[doc.dateline.start : doc.dateline.end] == "PALEMBANG, NUSALY – "

"""Page leftovers in the document model (newslint.model.residue)."""

from newslint.model.residue import TITLE_WORDS, find_residue
from newslint.parsers import parse_text


def residue_texts(text: str) -> list[str]:
    doc = parse_text(text)
    return [doc.text[r.start : r.end] for r in doc.residue]


def test_whole_paragraph_leftovers():
    text = (
        "Banjir Rendam Dua Desa\n\n"
        "Jakarta - Banjir merendam dua desa sejak Senin pagi.\n\n"
        "Lihat juga Video 'Warga Mengungsi ke Balai Desa':\n\n"
        "Petugas membuka dapur umum di balai desa.\n\n"
        "Berita Terkini\n"
    )
    assert residue_texts(text) == ["Lihat juga Video 'Warga Mengungsi ke Balai Desa':", "Berita Terkini"]


def test_inline_read_also_covers_the_linked_headline_but_not_the_next_sentence():
    text = (
        "Harga Beras Naik\n\n"
        "Jakarta - Harga beras naik di pasar induk. Baca juga: Pedagang keluhkan pasokan dari "
        "sentra padi. Pedagang berharap pasokan pulih.\n"
    )
    assert residue_texts(text) == ["Baca juga: Pedagang keluhkan pasokan dari sentra padi"]


def test_inline_headline_stops_at_an_opening_quote_and_after_a_word_limit():
    text = "Judul\n\nJakarta - Rapat selesai. Baca juga: Wali kota minta warga sabar “Kami terus bekerja,” katanya.\n"
    assert residue_texts(text) == ["Baca juga: Wali kota minta warga sabar"]
    words = " ".join(f"kata{i}" for i in range(TITLE_WORDS + 5))
    [span] = residue_texts(f"Judul\n\nJakarta - Rapat selesai. Baca juga: {words}\n")
    assert len(span.split()) == 2 + TITLE_WORDS


def test_a_trailing_assistant_button_label():
    text = "Judul\n\nJakarta - “Segera kami umumkan,” tutup Yura. AI Assistant :\n"
    assert residue_texts(text) == ["AI Assistant :"]


def test_headlines_and_prose_that_merely_mention_reading_are_not_residue():
    text = (
        "Simak Video Terkini dari Lokasi Banjir\n\n"
        "Jakarta - Ia meminta warga membaca juga aturan yang baru terbit.\n\n"
        "Video itu viral di media sosial sejak Senin.\n"
    )
    assert residue_texts(text) == []
    assert find_residue("", []) == []

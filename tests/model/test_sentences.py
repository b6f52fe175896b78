from newslint.parsers import parse_text


def sentences(text):
    doc = parse_text(text, layout="fragment")
    return [doc.text[s.start : s.end] for s in doc.sentences]


def test_titles_abbreviations_and_degrees_do_not_split():
    assert sentences("Dr. H. Budi Santoso, S.H., M.Si. datang ke Jl. Merdeka No. 5, Kec. Gambir. Ia pulang.") == [
        "Dr. H. Budi Santoso, S.H., M.Si. datang ke Jl. Merdeka No. 5, Kec. Gambir.",
        "Ia pulang.",
    ]


def test_numbers_domains_initials():
    assert sentences("Harga naik 3,5 persen pukul 10.00 WIB. Lihat live.com. B. J. Habibie lahir di Parepare.") == [
        "Harga naik 3,5 persen pukul 10.00 WIB.",
        "Lihat live.com.",
        "B. J. Habibie lahir di Parepare.",
    ]


def test_sentence_final_abbreviation_splits_before_capital():
    assert sentences("Ia membawa buku, pena, dll. Kemudian pergi.") == [
        "Ia membawa buku, pena, dll.",
        "Kemudian pergi.",
    ]


def test_ellipsis_and_quotes():
    assert sentences('Tunggu... nanti saja. "Apa?" tanya dia. Ia berkata, "Itu benar." Lalu pergi.') == [
        "Tunggu... nanti saja.",
        '"Apa?" tanya dia.',
        'Ia berkata, "Itu benar."',
        "Lalu pergi.",
    ]


def test_quotation_spanning_sentences():
    doc = parse_text('"Kami siap. Semua beres," kata Budi.', layout="fragment")
    assert len(doc.sentences) == 2
    assert len(doc.quotations) == 1
    q = doc.quotations[0]
    assert q.start == 0 and doc.text[q.end - 1] == '"'
    assert doc.sentences[0].end < q.end  # the quotation spans both sentences


def test_right_mark_opening_a_quotation_starts_a_sentence():
    assert sentences("Warga menunggu bantuan. ”Kami belum menerima apa pun. Besok kami datang,” kata Sapto.") == [
        "Warga menunggu bantuan.",
        "”Kami belum menerima apa pun.",
        "Besok kami datang,” kata Sapto.",
    ]

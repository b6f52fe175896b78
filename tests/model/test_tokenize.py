from newslint.model.document import TokenKind
from newslint.model.tokenize import tokenize


def kinds(text):
    return [(t.text, t.kind) for t in tokenize(text)]


def test_urls_emails_domains_stay_whole():
    toks = kinds("Kirim ke redaksi@contoh.co.id atau buka https://contoh.co.id/a?b=1. Lihat live.com dan KOMPAS.com")
    assert ("redaksi@contoh.co.id", TokenKind.EMAIL) in toks
    assert ("https://contoh.co.id/a?b=1", TokenKind.URL) in toks
    assert ("live.com", TokenKind.DOMAIN) in toks
    assert ("KOMPAS.com", TokenKind.DOMAIN) in toks
    assert (".", TokenKind.PUNCT) in toks  # the period after the URL is not part of it


def test_numbers_and_currency():
    toks = kinds("Rp1.000.000 naik 3,5 persen pukul 10.00 tahun 1990-an")
    assert toks[0] == ("Rp", TokenKind.WORD)
    assert ("1.000.000", TokenKind.NUMBER) in toks
    assert ("3,5", TokenKind.NUMBER) in toks
    assert ("10.00", TokenKind.NUMBER) in toks
    assert ("1990-an", TokenKind.NUMBER) in toks


def test_reduplication_and_apostrophes_are_one_word():
    toks = kinds("anak-anak Jum'at Children's COVID-19 ke-2")
    assert [t for t, _ in toks] == ["anak-anak", "Jum'at", "Children's", "COVID-19", "ke-2"]


def test_offsets_are_code_points():
    text = "“Émile” 😀 datang."
    for t in tokenize(text):
        assert text[t.start : t.end] == t.text


def test_columns_match_the_regex_scan():
    # the builder's chunk-wise scan gives the tokens of the regex scan, marks, URLs and odd spacing included
    from newslint.model.tokenize import scan, scan_columns

    samples = [
        "Budi datang, lalu pulang. “Saya lelah,” katanya (sore itu).",
        "Harga Rp1.000 naik 3,5 persen pada 1990-an; lihat www.contoh.co.id atau www.… dan kabar@contoh.id.",
        "Ia menulis @akun dan #tagar, US$5, anak-anak, Jum'at, 'kutip' dan “kutip”... lalu… »akhir«",
        "dua  spasi\tdan\nbaris baru",
        "x.contoh.com @nama a.b.c.",
    ]
    for text in samples:
        for start in range(len(text)):
            raw = scan(text, start, len(text))
            want = tuple(map(list, zip(*raw))) if raw else ([], [], [], [])
            assert scan_columns(text, start, len(text)) == want, (text, start)

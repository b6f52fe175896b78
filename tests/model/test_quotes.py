from newslint.model.document import MarkKind
from newslint.parsers import parse_text


def quotes(text):
    doc = parse_text(text, layout="fragment")
    return [(doc.text[q.start : q.end], q.mark, q.closed, q.depth) for q in doc.quotations]


def test_apostrophes_are_not_quotes():
    assert quotes("Salat Jum'at, Ma'ruf, Al-Qur'an, Children's Park, rock 'n' roll, Jum’at.") == []


def test_kinds_of_marks():
    got = quotes("Ia berkata, “Kami siap.” Lalu 'gadis muda' dan ‘rumah’ serta \"jalan\".")
    assert [(t, k) for t, k, _, _ in got] == [
        ("“Kami siap.”", MarkKind.DOUBLE_CURLY),
        ("'gadis muda'", MarkKind.SINGLE_STRAIGHT),
        ("‘rumah’", MarkKind.SINGLE_CURLY),
        ('"jalan"', MarkKind.DOUBLE_STRAIGHT),
    ]


def test_nested_quote_has_depth_one():
    got = quotes("Ia berkata, \"Mereka menyebutnya 'kampung mati' sejak dulu.\"")
    assert ("'kampung mati'", MarkKind.SINGLE_STRAIGHT, True, 1) in got


def test_multi_paragraph_convention():
    doc = parse_text('"Paragraf pertama kutipan.\n\n"Paragraf kedua ditutup," katanya.', layout="fragment")
    first = doc.quotations[0]
    assert not first.closed and first.continued
    assert doc.quotations[1].closed


def test_unclosed_quote_is_not_continued_without_reopening():
    doc = parse_text('"Kutipan tanpa penutup.\n\nParagraf biasa.', layout="fragment")
    assert not doc.quotations[0].closed and not doc.quotations[0].continued


def test_tokens_know_they_are_quoted():
    doc = parse_text('Kata dia, "pasar ramai" hari ini.', layout="fragment")
    inside = [t.text for t in doc.tokens if t.in_quote]
    assert inside == ["pasar", "ramai"]


def test_right_mark_opens_a_quotation_in_kompas_style():
    got = quotes("Warga menunggu bantuan. ”Kami belum menerima apa pun,” kata Ketua RT Sapto.")
    assert got == [("”Kami belum menerima apa pun,”", MarkKind.DOUBLE_CURLY, True, 0)]


def test_right_mark_opens_after_a_colon():
    got = quotes("Ia berkata:”Kami siap berangkat besok.”")
    assert [t for t, _k, _c, _d in got] == ["”Kami siap berangkat besok.”"]


def test_left_mark_typed_as_closing_mark_closes_the_quotation():
    doc = parse_text("“Jembatan itu sudah retak sejak lama,“ kata warga.", layout="fragment")
    q = doc.quotations[0]
    assert doc.text[q.start : q.end] == "“Jembatan itu sudah retak sejak lama,“"
    assert q.closed and q.mismatched


def test_quotation_closed_with_the_other_kind_of_double_mark():
    doc = parse_text('"Kami tidak mundur,” ujar Andi. “Besok kami datang lagi," tambahnya.', layout="fragment")
    assert [(q.closed, q.mismatched) for q in doc.quotations] == [(True, True), (True, True)]
    # the tags after them are outside the quotations
    assert [t.text for t in doc.tokens if t.text in ("ujar", "tambahnya") and not t.in_quote] == ["ujar", "tambahnya"]


def test_right_mark_closing_an_open_quotation_is_not_an_opener():
    doc = parse_text("“Kami siap,” kata Budi. ”Besok kami mulai,” ujarnya.", layout="fragment")
    assert [(doc.text[q.start : q.end], q.mismatched) for q in doc.quotations] == [
        ("“Kami siap,”", False),
        ("”Besok kami mulai,”", False),
    ]


def test_closing_mark_typed_one_space_late_still_closes():
    got = quotes('“Kami siap bertanding, ” ujar pelatih itu. "Latihan ditambah. " Ia lalu pergi.')
    assert [(t, c) for t, _k, c, _d in got] == [("“Kami siap bertanding, ”", True), ('"Latihan ditambah. "', True)]
    doc = parse_text("“Kami siap, ” ujar Budi. “Besok kami berangkat,” tambahnya.", layout="fragment")
    assert [q.detached for q in doc.quotations] == [True, False]


def test_straight_mark_after_a_space_before_a_word_still_opens():
    got = quotes('Ia berkata, "Kami siap." Lalu "jalan" ditutup.')
    assert [t for t, _k, _c, _d in got] == ['"Kami siap."', '"jalan"']

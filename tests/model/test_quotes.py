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

"""Large plain-text drafts are checked in pieces with the same findings as a whole check."""

from __future__ import annotations

from newslint.api import make_linter, parse
from newslint.chunking import lint_in_chunks, split_points
from newslint.model.document import Document

PARA = (
    "Warga desa itu berkumpul di balai pertemuan sejak pagi , kata kepala desa. "
    "Mereka membahas rencana perbaikan jalan yang yang rusak sejak musim hujan."
)


def test_split_points_cover_text_and_end_on_breaks():
    text = "\n\n".join(f"Paragraf {i}. {PARA}" for i in range(200))
    pieces = split_points(text, size=2_000)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:], strict=False))
    assert all(text[e - 2 : e] == "\n\n" for _, e in pieces[:-1])


def test_chunked_findings_equal_whole_document_findings():
    text = "Judul Laporan Warga\n\n" + "\n\n".join(f"Paragraf {i}. {PARA}" for i in range(120))
    linter = make_linter(select=["punct/spacing", "typo/repeated-word"])
    whole = linter.lint(parse(text, "besar.txt")).findings
    draft = Document(source=text, text=text, path="besar.txt")
    pieces, words, errors = lint_in_chunks(draft, linter, size=3_000)
    assert not errors
    key = lambda f: (f.rule, f.start, f.end, f.line, f.column, f.end_line, f.end_column)  # noqa: E731
    assert sorted(map(key, pieces)) == sorted(map(key, whole))
    for f in pieces:
        assert f.text == text[f.start : f.end]
    assert words == parse(text, "besar.txt").word_count

"""Word .docx: paragraphs in order (tables, footnotes); line = paragraph number."""

from __future__ import annotations

import io
import zipfile

import pytest

from newslint.cli import main
from newslint.model.document import Zone
from newslint.parsers import BINARY_FORMATS, format_for, parse_bytes
from newslint.sources import InputError

docx = pytest.importorskip("docx")


def _draft() -> bytes:
    d = docx.Document()
    d.add_paragraph("Jembatan Putus di di Sukabumi", style="Title")
    d.add_paragraph("Sukabumi - Arus sungai yang deras menghanyutkan jembatan desa pada Selasa malam.")
    d.add_paragraph("")  # empty paragraphs are not counted
    d.add_paragraph("Warga kini harus memutar memutar sejauh lima kilometer.")
    d.add_paragraph("Kerusakan", style="Heading 2")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "Desa"
    t.cell(0, 1).text = "Akibat"
    t.cell(1, 0).text = "Cibadak"
    t.cell(1, 1).text = "akses ke ke sekolah terputus"
    d.add_paragraph("Perbaikan dijanjikan bulan depan.", style="Quote")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


FOOTNOTES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
    '<w:footnote w:id="1"><w:p><w:r><w:t>Data dari dari BPBD setempat.</w:t></w:r></w:p></w:footnote>'
    "</w:footnotes>"
)


def _with_footnotes(data: bytes) -> bytes:
    """Add a footnotes part by hand (python-docx cannot write footnotes)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for item in src.infolist():
            body = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                body = body.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/'
                    b'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
                )
            elif item.filename == "word/_rels/document.xml.rels":
                body = body.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdFn1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                    b'relationships/footnotes" Target="footnotes.xml"/></Relationships>',
                )
            z.writestr(item, body)
        z.writestr("word/footnotes.xml", FOOTNOTES)
    return out.getvalue()


def _findings(doc):
    from newslint.engine.linter import Linter
    from newslint.engine.registry import builtin_rules

    return Linter(list(builtin_rules()), select=["typo/repeated-word"]).lint(doc).findings


def test_registry():
    assert format_for("naskah.docx") == "docx" and "docx" in BINARY_FORMATS


def test_paragraph_numbers_tables_and_styles():
    doc = parse_bytes(_with_footnotes(_draft()), "naskah.docx")
    lines = doc.source.split("\n")
    assert lines[0] == "Jembatan Putus di di Sukabumi"
    assert doc.headline is not None and doc.headline.zone is Zone.HEADLINE
    assert doc.paragraphs[1].zone is Zone.LEAD
    assert lines[-1] == "Data dari dari BPBD setempat."  # the footnote comes last
    found = {(f.text, f.line, f.column) for f in _findings(doc)}
    assert found == {
        ("di di", 1, 16),
        ("memutar memutar", 3, 18),  # the empty paragraph is not counted
        ("ke ke", 8, 7),  # table row 2, column 2
        ("dari dari", 10, 6),
    }
    cell = next(p for p in doc.paragraphs if "akses" in doc.paragraph_text(p))
    assert cell.meta == {"kind": "table_cell", "table": 1, "row": 2, "column": 2, "paragraph": 8}
    zones = {doc.paragraph_text(p): p.zone for p in doc.paragraphs}
    assert zones["Kerusakan"] is Zone.HEADING
    assert zones["Perbaikan dijanjikan bulan depan."] is Zone.BLOCKQUOTE


def test_cli_reads_docx(tmp_path, capsys):
    path = tmp_path / "naskah.docx"
    path.write_bytes(_draft())
    code = main(["check", "--no-config", "--select", "typo/repeated-word", "--format", "plain", str(path)])
    out = capsys.readouterr().out
    assert code == 0  # warnings only
    assert f"{path}:8:7: warning typo/repeated-word" in out


def test_broken_docx_is_one_clear_error(tmp_path, capsys):
    path = tmp_path / "rusak.docx"
    path.write_bytes(b"PK\x03\x04 this is not a real archive")
    assert main(["check", "--no-config", str(path)]) == 2
    err = capsys.readouterr().err
    assert "rusak.docx: bukan berkas .docx yang bisa dibaca" in err and "Traceback" not in err
    with pytest.raises(InputError):
        parse_bytes(b"plain text", "x.docx")

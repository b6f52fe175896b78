"""HTML (CMS exports): body text only, headline, quotations, offsets with entities."""

from __future__ import annotations

from newslint.model.document import Zone
from newslint.parsers import format_for, parse_text

PAGE = """<!DOCTYPE html>
<html lang="id">
<head><title>Portal Contoh &ndash; Longsor di di Garut</title>
<style>p::before { content: "di di"; }</style>
<script>var x = "ke ke";</script></head>
<body>
<nav><a href="/">Beranda ke ke depan</a></nav>
<article>
<h1>Longsor Tutup Jalan di di Garut</h1>
<p>Garut - Hujan&nbsp;deras sejak malam &amp; tanah labil membuat tebing runtuh ke ke jalan.</p>
<p>Kepala desa berkata <q>kami sudah sudah mengungsikan warga</q> pada Rabu.</p>
<blockquote><p>Jalan ditutup sampai sampai alat berat datang.</p></blockquote>
<table><tr><th>Desa</th><th>Catatan</th></tr><tr><td>Sukamaju</td><td>akses putus putus total</td></tr></table>
<!-- komentar di di redaksi -->
<aside>Baca juga: banjir di di Bandung</aside>
</article>
<footer>Hak cipta ke ke 2026</footer>
<script>document.write("sudah sudah")</script>
</body></html>
"""


def _findings(doc):
    from newslint.engine.linter import Linter
    from newslint.engine.registry import builtin_rules

    return Linter(list(builtin_rules()), select=["typo/repeated-word"]).lint(doc).findings


def test_format_by_suffix():
    assert format_for("berita.html") == "html"
    assert format_for("berita.HTM") == "html"


def test_body_text_only_and_zones():
    doc = parse_text(PAGE, "longsor.html")
    assert "Beranda" not in doc.text and "Hak cipta" not in doc.text and "Baca juga" not in doc.text
    assert "var x" not in doc.text and "document.write" not in doc.text and "komentar" not in doc.text
    assert doc.paragraph_text(doc.headline) == "Longsor Tutup Jalan di di Garut"
    assert doc.metadata["title"] == "Portal Contoh \u2013 Longsor di di Garut"
    zones = [p.zone for p in doc.paragraphs]
    assert zones[1] is Zone.LEAD
    assert Zone.BLOCKQUOTE in zones
    assert "\u00a0" in doc.text  # &nbsp; decoded


def test_q_is_a_quotation_mapped_to_its_tags():
    doc = parse_text(PAGE, "longsor.html")
    assert len(doc.quotations) == 1
    q = doc.quotations[0]
    s, e = doc.source_span(q.start, q.end)
    assert PAGE[s:e] == "<q>kami sudah sudah mengungsikan warga</q>"


def test_findings_point_at_the_html_source():
    doc = parse_text(PAGE, "longsor.html")
    found = _findings(doc)
    lines = PAGE.split("\n")
    got = {(f.text, f.line, f.column) for f in found}
    assert got == {
        ("di di", 9, 25),
        ("ke ke", 10, 81),
        ("sudah sudah", 11, 32),
        ("sampai sampai", 12, 30),
        ("putus putus", 13, 77),
    }
    for f in found:
        assert lines[f.line - 1][f.column - 1 : f.end_column - 1] == f.text


def test_entity_maps_to_the_whole_entity():
    src = "<p>Judul</p><p>Jakarta - Harga naik &amp;&amp; turun di sini.</p>"
    doc = parse_text(src, "x.html")
    i = doc.text.index("&&")
    s, e = doc.source_span(i, i + 2)
    assert src[s:e] == "&amp;&amp;"


def test_title_is_the_headline_without_h1():
    doc = parse_text("<html><head><title>Harga Cabai Naik</title></head><body><p>Isi berita di sini ya.</p>", "x.html")
    assert doc.paragraph_text(doc.headline) == "Harga Cabai Naik"
    assert doc.paragraphs[1].zone is Zone.LEAD


def test_crlf_source():
    src = "<h1>Judul</h1>\r\n<p>Baris satu\r\nlalu ke ke pasar.</p>\r\n"
    found = _findings(parse_text(src, "x.html"))
    assert [(f.line, f.column, f.text) for f in found] == [(3, 6, "ke ke")]

"""Markdown: prose blocks, zones, metadata and offsets back to the source."""

from __future__ import annotations

import pytest

from newslint.model.document import Zone
from newslint.parsers import parse_text
from newslint.sources import InputError

DRAFT = """---
title: "Banjir di di Kampung Melayu"
author: Sari Wulandari
sources: [BPBD DKI, warga]
tags: [banjir, jakarta]
---

Jakarta - Hujan sejak dini hari membuat *air* naik di kawasan [Kampung Melayu](https://contoh.id/di-di "di di").

## Pengungsian

- Posko berdiri di halaman masjid.
- Dapur umum dibuka di di balai warga sejak pagi.

> Kami butuh butuh selimut dan air bersih.

Perintah `di di` tidak dihitung, gambar ![di di](foto-di-di.png) juga tidak.

<!-- catatan redaksi: di di -->

```
kode di di sini
```

| Lokasi | Keterangan |
|---|---|
| Cawang | air naik naik sore hari |
"""


def _at(findings, text):
    return [(f.line, f.column, f.end_line, f.end_column) for f in findings if f.text == text]


def test_front_matter_metadata_and_headline():
    doc = parse_text(DRAFT, "banjir.md")
    assert doc.format == "markdown"
    assert doc.metadata["title"] == "Banjir di di Kampung Melayu"
    assert doc.metadata["author"] == "Sari Wulandari"
    assert doc.metadata["sources"] == ["BPBD DKI", "warga"]
    assert doc.metadata["tags"] == ["banjir", "jakarta"]
    assert doc.headline is not None and doc.paragraph_text(doc.headline) == "Banjir di di Kampung Melayu"
    zones = [p.zone for p in doc.paragraphs]
    assert zones[1] is Zone.LEAD
    assert Zone.HEADING in zones and Zone.BLOCKQUOTE in zones


def test_code_comments_links_and_images_are_not_prose():
    doc = parse_text(DRAFT, "banjir.md")
    assert "kode" not in doc.text
    assert "catatan redaksi" not in doc.text
    assert "contoh.id" not in doc.text and "foto-di-di" not in doc.text
    assert "Kampung Melayu" in doc.text  # the link text is prose


def test_findings_point_at_the_source(lint_repeated):
    doc = parse_text(DRAFT, "banjir.md")
    found = lint_repeated(doc)
    lines = DRAFT.split("\n")
    # headline from the front matter: inside the quotes on line 2
    assert _at(found, "di di")[0] == (2, 16, 2, 21)
    # list item, blockquote and table cell
    assert (13, 21, 13, 26) in _at(found, "di di")
    assert _at(found, "butuh butuh") == [(15, 8, 15, 19)]
    assert _at(found, "naik naik") == [(27, 16, 27, 25)]
    for f in found:
        assert lines[f.line - 1][f.column - 1 : f.end_column - 1] == f.text
    # nothing from the code span, the image, the comment, the code block or the link target
    assert len(found) == 4


def test_crlf_and_entities_map_back():
    src = "Judul berita\r\n\r\nJakarta - Ia pergi ke ke pasar &amp; pulang.\r\nLalu di di rumah.\r\n"
    doc = parse_text(src, "a.md")
    f = lint_repeated_all(doc)
    assert [(x.line, x.column, x.text) for x in f] == [(3, 20, "ke ke"), (4, 6, "di di")]
    amp = doc.text.index("&")
    s, e = doc.source_span(amp, amp + 1)
    assert src[s:e] == "&amp;"


def lint_repeated_all(doc):
    from newslint.engine.linter import Linter
    from newslint.engine.registry import builtin_rules

    return Linter(list(builtin_rules()), select=["typo/repeated-word"]).lint(doc).findings


def test_inline_suppression_comment_still_works(lint_repeated):
    src = "# Judul\n\nJakarta - Warga datang ke ke posko.\n\n<!-- newslint-disable-next-line typo -->\nIa ke ke sana.\n"
    found = lint_repeated(parse_text(src, "a.md"))
    assert [f.line for f in found] == [3]


def test_first_heading_is_the_headline_without_front_matter():
    doc = parse_text("# Gempa di Cianjur\n\nCianjur - Gempa terasa kuat sore ini di kota.\n", "g.md")
    assert doc.paragraphs[0].zone is Zone.HEADLINE
    assert doc.paragraphs[1].zone is Zone.LEAD


def test_bad_front_matter_is_a_clear_input_error():
    with pytest.raises(InputError, match="front matter"):
        parse_text("---\ntitle: [unclosed\n---\n\nIsi.\n", "x.md")

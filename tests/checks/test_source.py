"""source/* rules and the sources inventory."""

from __future__ import annotations

import io
import json

from newslint.api import check_text, parse
from newslint.sources_inventory import build_inventory, render_sources


def _rules(text: str, layout: str = "fragment") -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_text(text, layout=layout) if f.rule.startswith("source/")]


def test_anonymous_source_needs_a_reason():
    assert _rules("Menurut sumber yang enggan disebut namanya, menteri itu akan dicopot.")
    ok = (
        "Seorang pejabat yang tidak mau disebutkan namanya karena tidak berwenang berbicara kepada media "
        "mengatakan menteri itu akan dicopot."
    )
    assert _rules(ok) == []
    assert _rules("Desa itu kaya sumber air dan sumber daya alam.") == []


def test_single_secondary_silent_with_a_primary_channel():
    text = (
        "Dikutip dari laman Gawaiku, pabrik itu tutup. Juru bicara perusahaan, Rina, mengatakan kepada wartawan "
        "penutupan itu sementara."
    )
    assert _rules(text) == []


def test_two_different_outlets_are_not_a_single_source():
    text = "Dikutip dari laman Gawaiku, pabrik itu tutup. Dilansir dari Reuters, pabrik kedua juga tutup."
    assert ("source/single-secondary", "Dikutip dari laman Gawaiku") not in _rules(text)


def test_render_sources_json_and_table():
    doc = parse(
        "Judul Berita\n\nJakarta - Harga naik 5 persen, kata Rina. Stok juga disebutkan menipis pekan ini.", "a.txt"
    )
    inv = build_inventory(doc)
    out = io.StringIO()
    render_sources(inv, "json", out, "id")
    data = json.loads(out.getvalue())
    assert data["speakers"] == ["Rina"]
    assert data["unattributed"][0]["reasons"] == ["agentless"]
    table = io.StringIO()
    render_sources(inv, "rich", table, "en")
    assert "Rina" in table.getvalue() and "Unattributed claims" in table.getvalue()

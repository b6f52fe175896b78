"""The seed article's journalism findings, on a draft of our own with the same patterns.

The seed itself lives in ../shared and tests may not read it; this draft
(written for the test, about an invented company) reproduces each pattern
the seed is expected to trigger, and the traps it must not.
"""

from __future__ import annotations

from newslint.api import check_text, parse
from newslint.sources_inventory import build_inventory

DRAFT = """Teknologi

Awanesia Ungkap Pelaku Kejahatan Anak di Layanannya

Tak mau kalah dari pesaingnya, Awanesia ikut membantu polisi mengungkap kejahatan terhadap anak.

Liputan6.com, Jakarta - Persaingan dua perusahaan awan tidak hanya terjadi lewat produk. Keduanya juga berlomba membantu polisi.

Awanesia mengklaim telah melaporkan seorang pengguna layanan penyimpanan miliknya kepada polisi. Perusahaan itu juga menyertakan sejumlah bukti foto.

Dikutip dari laman Gawaiku, Awanesia menemukan gambar 'gadis muda' di akun milik seorang pria. Pria asal Ohio itu juga disebutkan mencoba mengirim gambar serupa lewat surel.

Atas laporan itu, pria tersebut ditangkap setelah Awanesia menghubungi Children's Safety Line, yang kemudian ditindaklanjuti oleh pihak berwenang.

Lebih lanjut disebutkan, sang pria tersangka disinyalir menerima gambar lewat aplikasi pesan. Ia mengaku gambar itu diterimanya seperti 'melakukan tukar-menukar dan ia mendapat kiriman gambar lewat ponsel miliknya'.

Gambar itu ditemukan dengan memindai konten di layanan miliknya. Jika benar Awanesia memindai konten penggunanya, Awanesia bisa dituduh melanggar privasi."""


def _findings():
    return check_text(DRAFT, path="draft.txt")


def _spans(rule: str) -> list[str]:
    return [f.text for f in _findings() if f.rule == rule]


def test_single_marks_as_primary_quotation_marks():
    spans = _spans("quote/single-quote-misuse")
    assert "'gadis muda'" in spans
    assert any(s.startswith("'melakukan tukar-menukar") for s in spans)


def test_weasel_and_agentless_passive():
    # off by default since their precision on unseen published news fell short (20/37 and 5/11); the seed's
    # findings hold when they are on
    assert _spans("attribution/weasel-marker") == [] and _spans("attribution/agentless-passive") == []
    on = check_text(DRAFT, path="draft.txt", select=["attribution/weasel-marker", "attribution/agentless-passive"])
    assert "disinyalir" in [f.text for f in on if f.rule == "attribution/weasel-marker"]
    assert [f.text for f in on if f.rule == "attribution/agentless-passive"].count("disebutkan") == 2


def test_single_secondary_source():
    assert _spans("source/single-secondary") == ["Dikutip dari laman Gawaiku"]


def test_pelaku_in_headline():
    fs = [f for f in _findings() if f.rule == "ethics/presumption-of-innocence"]
    assert [f.text for f in fs] == ["Pelaku"]
    assert fs[0].severity.value == "error"


def test_speculation_in_reporters_voice():
    # off by default since its precision on published news fell short (2/4); the seed's finding holds when it is on
    assert _spans("ethics/opinion-as-fact") == []
    on = check_text(DRAFT, path="draft.txt", select=["ethics/opinion-as-fact"])
    assert any(f.text.startswith("Jika benar Awanesia") for f in on)


def test_no_quote_finding_on_apostrophe_and_none_on_dateline():
    for f in _findings():
        if f.rule.startswith("quote/"):
            assert "Children" not in f.text
        assert not f.text.startswith("Liputan6.com"), f


def test_sources_inventory_lists_speakers_outlet_and_claims():
    inv = build_inventory(parse(DRAFT, "draft.txt"))
    verbs = {(s["speaker"], s["verb"]) for s in inv["statements"]}
    assert ("Awanesia", "mengklaim") in verbs
    assert ("Gawaiku", "dikutip dari") in verbs
    assert inv["outlets"] == ["Gawaiku"]
    reasons = [r for c in inv["unattributed"] for r in c["reasons"]]
    assert "weasel" in reasons and "agentless" in reasons
    assert all(isinstance(c["line"], int) for c in inv["unattributed"])

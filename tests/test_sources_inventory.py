"""``newslint sources``: sources merged, roles split, anonymous sources, documents, 80-column tables."""

from __future__ import annotations

import io
import json

import pytest
from rich.console import Console

from newslint.api import parse
from newslint.sources_inventory import build_inventory, render_sources, split_speaker

DRAFT = """Polisi Tangkap Dua Pencuri Motor di Pasar Bungo

BUNGO, KOMPAS.com - Polisi menangkap dua pria yang diduga mencuri sepeda motor di pasar, kata Kapolres Bungo AKBP Natalena Wiratmaja, Senin (3/11/2025).

"Keduanya kami tangkap di rumah masing-masing tanpa perlawanan," ujar Natalena.

Ia menambahkan, barang bukti berupa dua sepeda motor sudah disita. Menurut dia, keduanya beraksi di lima lokasi.

Dalam laporan polisi itu disebutkan kerugian korban mencapai Rp40 juta. Foto penangkapan diunggah di akun Instagram @polresbungo.

Seorang petugas yang enggan disebut namanya mengatakan keduanya pernah dipenjara.

Seorang pedagang yang meminta namanya tidak ditulis karena takut diancam mengatakan pencurian sering terjadi.

Dikutip dari laman Jambiku, warga sempat mengejar kedua pria itu. Diketahui, pencurian motor di pasar itu sudah sering terjadi."""


def _inv() -> dict:
    return build_inventory(parse(DRAFT, "draft.txt"))


def test_each_source_once_with_mentions_and_counts():
    sources = _inv()["sources"]
    kapolres = [s for s in sources if s["name"] == "Natalena Wiratmaja"]
    assert len(kapolres) == 1
    k = kapolres[0]
    assert (k["title"], k["role"], k["affiliation"], k["type"]) == ("AKBP", "Kapolres", "Polres Bungo", "person")
    assert "Natalena" in k["mentions"] and "Ia" in k["mentions"] and "dia" in k["mentions"]
    assert k["direct"] == 1 and k["indirect"] >= 2
    outlet = [s for s in sources if s["type"] == "outlet"]
    assert [o["name"] for o in outlet] == ["Jambiku"]


def test_anonymous_sources_with_and_without_reason():
    inv = _inv()
    reasons = {a["text"]: a["reason"] for a in inv["anonymous"]}
    assert reasons["Seorang petugas yang enggan disebut namanya"] is None
    assert any(r and r.startswith("karena takut") for r in reasons.values())
    anon = [s for s in inv["sources"] if s["type"] == "anonymous"]
    assert anon and all(s["name"] is None and "reason" in s for s in anon)


def test_documents_and_channels_are_listed_and_source_their_claims():
    inv = _inv()
    docs = {(d["kind"], d["name"]) for d in inv["documents"]}
    assert ("document", "Dalam laporan polisi itu") in docs
    assert ("channel", "akun Instagram @polresbungo") in docs
    claims = " ".join(c["sentence"] for c in inv["unattributed"])
    assert "Rp40 juta" not in claims  # the police report is its source
    assert "Diketahui" in claims


def test_json_stays_backwards_compatible():
    inv = _inv()
    for key in ("path", "speakers", "outlets", "statements", "unattributed"):
        assert key in inv
    for st in inv["statements"]:
        for key in ("speaker", "verb", "kind", "direct", "line", "start", "end", "sentence"):
            assert key in st
    out = io.StringIO()
    render_sources(inv, "json", out)
    assert json.loads(out.getvalue())["genre"]["genre"] == "news"


def test_split_speaker_roles_titles_and_names():
    w = split_speaker("Kasi Humas Polres Karanganyar Iptu Mulyadi")
    assert (w.role, w.affiliation, w.title, w.name) == ("Kasi Humas", "Polres Karanganyar", "Iptu", "Mulyadi")
    w = split_speaker("Kepala Dinas Perdagangan DKI Jakarta Sri Haryati")
    assert (w.role, w.affiliation, w.name) == ("Kepala", "Dinas Perdagangan DKI Jakarta", "Sri Haryati")
    w = split_speaker("Kapolsek")
    assert (w.name, w.role, w.type) == ("", "Kapolsek", "role")
    assert split_speaker("Bagus Santoso juga").name == "Bagus Santoso"


def test_table_readable_at_80_columns():
    console = Console(width=80, record=True, file=io.StringIO())
    render_sources(_inv(), "pretty", io.StringIO(), "id", console=console)
    out = console.export_text()
    lines = out.splitlines()
    assert all(len(line) <= 80 for line in lines)
    words = {w for line in lines for w in line.split()}
    for name in ("Natalena", "Wiratmaja", "Jambiku", "@polresbungo", "Kapolres", "Bungo"):
        assert name in words, name  # whole, never split across lines or cut
    sources_part = out.split("Pernyataan")[0]
    assert "…" not in sources_part


@pytest.mark.parametrize("width", [60, 80, 100, 160])
def test_tables_never_split_a_word_at_any_width(width: int) -> None:
    import re

    buf = io.StringIO()
    render_sources(_inv(), "pretty", buf, "id", width=width)
    out = buf.getvalue()
    assert max(len(line) for line in out.splitlines()) <= width
    draft_words = set(re.findall(r"\w+", DRAFT))
    pieces = [
        t
        for t in set(re.findall(r"\w+", out))
        if t not in draft_words
        and len(t) >= 3
        and any(w != t and (w.startswith(t) or w.endswith(t)) for w in draft_words)
    ]
    assert set(pieces) <= {"orang"}, pieces  # "orang" is a word of the table's own, not a piece of one


def test_a_channel_beside_a_speaker_is_where_they_spoke_not_a_statement_of_its_own():
    draft = (
        "Tiga Pencuri Ditangkap\n\n"
        "“Ketiganya sudah lama kami incar,” kata Kapolres Kudus AKBP Bagus Wicaksono dalam konferensi pers, Senin.\n\n"
        "Laporan pencurian kedua dibuat pada Selasa yang dilaporkan oleh Rina Handayani."
    )
    inv = build_inventory(parse(draft, "draft.txt"))
    kinds = [(s["kind"], s["source"] is not None, s.get("channel")) for s in inv["statements"]]
    assert kinds[0] == ("speech", True, "dalam konferensi pers")
    assert not any(kind == "channel" for kind, _, _ in kinds)
    # "dilaporkan oleh" + a person is the passive's agent, never a media outlet
    assert not any(s["type"] == "outlet" for s in inv["sources"])
    assert [s["name"] for s in inv["sources"] if s["type"] == "person"] == ["Bagus Wicaksono", "Rina Handayani"]

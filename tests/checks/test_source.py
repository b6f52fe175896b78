"""source/* rules and the sources inventory."""

from __future__ import annotations

import io
import json

from newslint.api import check_text, parse
from newslint.sources_inventory import build_inventory, render_sources


def _rules(text: str, layout: str = "fragment") -> list[tuple[str, str]]:
    return [
        (f.rule, f.text) for f in check_text(text, layout=layout, select=["source"]) if f.rule.startswith("source/")
    ]


def test_anonymous_source_needs_a_reason():
    assert _rules("Menurut sumber yang enggan disebut namanya, menteri itu akan dicopot.")
    ok = (
        "Seorang pejabat yang tidak mau disebutkan namanya karena tidak berwenang berbicara kepada media "
        "mengatakan menteri itu akan dicopot."
    )
    assert _rules(ok) == []
    assert _rules("Desa itu kaya sumber air dan sumber daya alam.") == []


def _anonymous(text: str) -> list[str]:
    return [t for r, t in _rules(text) if r == "source/anonymous"]


def test_anonymous_member_of_the_public_on_their_own_experience():
    # a vox pop: the request not to be named is the reason, their own experience the position to know
    vox = '"Kami menunggu tujuh jam di IGD," ujar salah satu keluarga pasien yang enggan disebutkan namanya.'
    assert _anonymous(vox) == []
    trader = "Seorang pedagang sayur yang tidak mau disebutkan namanya mengatakan harga cabai naik."
    assert _anonymous(trader) == []
    # an insider or a "sumber" still needs the reason
    insider = "Seorang pegawai dinas yang tidak mau disebutkan namanya mengatakan anggaran itu digelembungkan."
    assert _anonymous(insider) != []
    source = '"Puluhan orang diperiksa," ungkap sumber yang tak ingin disebutkan namanya.'
    assert _anonymous(source) != []
    # an anonymous expert's opinion is what the codes single out
    expert = '"Itu ranah perdata," ujar seorang pengamat hukum yang enggan disebutkan namanya.'
    assert _anonymous(expert) != []


def test_anonymous_person_who_declined_to_speak_is_no_source():
    declined = (
        "Pemilik tambang itu mengakui usahanya belum berizin. Kendati demikian, pemilik usaha yang enggan "
        "disebutkan namanya tidak mau menjelaskan koordinasi yang ia maksud."
    )
    assert _anonymous(declined) == []


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


def _news(body: str) -> str:
    return "Tarif Parkir Naik Mulai Juli\n\nSurabaya - " + body


_FILLER = (
    " Kenaikan berlaku di semua ruas jalan yang dikelola dinas perhubungan. Juru parkir wajib memberikan karcis"
    " kepada setiap pengguna. Pengguna yang tidak diberi karcis boleh menolak membayar dan melapor ke posko"
    " pengaduan di setiap kecamatan pada jam kerja. Tarif lama bertahan selama enam tahun dan tidak pernah"
    " disesuaikan dengan kenaikan upah minimum kota."
)


def test_source_none_counts_documents_channels_and_quotes():
    bare = _news("Tarif parkir di tepi jalan umum naik mulai Juli menjadi Rp3.000." + _FILLER)
    assert "source/none" in {r for r, _ in _rules(bare, layout="news")}
    for sourced in (
        "Dalam peraturan wali kota itu disebutkan tarif naik mulai Juli menjadi Rp3.000.",
        "Tarif baru diumumkan di laman resmi Pemerintah Kota Surabaya dan naik menjadi Rp3.000.",
        '"Tarif naik mulai Juli menjadi tiga ribu rupiah," begitu bunyi pengumuman di papan parkir.',
    ):
        assert "source/none" not in {r for r, _ in _rules(_news(sourced + _FILLER), layout="news")}, sourced


def test_single_secondary_ignores_passive_verbs_and_official_sites():
    assert _rules("Sosok itu dilaporkan tidak ikut berdemonstrasi. Tragedi itu menyatukan banyak kelompok.") == []
    assert _rules("Dilansir dari laman resmi Liga Nusantara, laga final digelar di Solo.") == []
    assert _rules("Dikutip dari Gawaiku dan Teknoria, ponsel itu dijual mulai bulan depan.") == []


def test_single_secondary_not_in_a_headline_and_ends_with_its_paragraph():
    headline = (
        "Guru Mengaji di Sukamaju Dilaporkan Cabuli Tiga Santri\n\n"
        "Kabar Sukamaju - Dua santri mengaku dicabuli guru mengaji mereka, kata Kapolsek Sukamaju Iptu Rahmat."
    )
    assert [t for r, t in _rules(headline, layout="news") if r == "source/single-secondary"] == []
    span = (
        '"Harga karet turun," kata Kepala Bidang Perkebunan Dinas Pertanian, Yuda Pratama, yang dikutip dari '
        "Gawaiku.\n\nYuda menjelaskan penurunan itu karena hujan."
    )
    assert [t for r, t in _rules(span) if r == "source/single-secondary"] == ["yang dikutip dari Gawaiku."]

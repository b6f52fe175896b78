"""Story genre: declared (front matter, config) or detected, and rules scoped by it."""

from __future__ import annotations

import pytest

from newslint.analysis.genre import HARD_NEWS, applies, genre_of, normalise
from newslint.api import check_text, make_linter, parse
from newslint.config import ConfigError, parse_config

COLUMN = """Menimbang Ulang Jalan Tol

Setiap kali jalan tol baru diresmikan, kita disuguhi janji yang sama: perjalanan lebih cepat dan ekonomi daerah
tumbuh. Jika benar jalan tol menggerakkan ekonomi, mengapa warung di jalur lama justru tutup satu per satu?

Saya kira persoalannya bukan jalan itu sendiri, melainkan siapa yang diajak bicara sebelum jalan dibangun.

Ratna Wulandari. Dosen perencanaan wilayah di sebuah universitas negeri di Semarang."""

MATCH = """Persija Tundukkan Persib di Jakarta

Jakarta - Persija menang 2-1 atas Persib dalam laga pekan ketujuh di Stadion Jakarta International.

Gol pembuka lahir pada menit ke-12 lewat sundulan. Persib menyamakan kedudukan pada menit ke-40.

Gol kemenangan dicetak pada menit ke-77 setelah serangan balik cepat dari sisi kanan."""

LIVE = """Laporan Langsung Banjir Jakarta

14.05 WIB - Air mulai masuk ke permukiman di Kampung Melayu setinggi lutut orang dewasa.

14.30 WIB - Petugas membuka posko pengungsian di sekolah dasar terdekat.

15.10 WIB - Hujan reda, tetapi air di Kali Ciliwung masih naik."""

LIST = """5 Cara Menyimpan Cabai agar Tahan Lama

Cabai cepat busuk bila disimpan sembarangan. Berikut cara menyimpannya.

Pisahkan tangkainya

Tangkai yang basah mempercepat pembusukan.

Simpan di wadah kering

Wadah kering menjaga cabai tetap segar.

Bekukan sebagian

Cabai beku bisa tahan berbulan-bulan."""

HOROSCOPE = "Ramalan Zodiak Hari Ini\n\n" + "\n\n".join(
    f"{sign}\n\nHari ini baik untuk memulai rencana baru."
    for sign in ("Aries", "Taurus", "Gemini", "Cancer", "Leo", "Virgo", "Libra", "Scorpio", "Pisces")
)

NEWS = """Harga Cabai Naik di Pasar Induk

Jakarta - Harga cabai rawit di Pasar Induk Kramat Jati naik menjadi Rp80.000 per kilogram, kata pedagang."""


@pytest.mark.parametrize(
    ("text", "genre"),
    [
        (COLUMN, "opinion"),
        (MATCH, "match-report"),
        (LIVE, "live"),
        (LIST, "listicle"),
        (HOROSCOPE, "horoscope"),
        (NEWS, "news"),
    ],
)
def test_detected_genres(text, genre):
    assert genre_of(parse(text, "a.txt")).genre == genre


def test_unsure_is_hard_news():
    # a list headline without a list, a bio-like last line under a story with a dateline
    text = (
        "5 Orang Jadi Tersangka Korupsi Jalan Desa\n\nSemarang - Kejaksaan menetapkan lima tersangka.\n\n"
        "Budi Santoso, anggota DPRD, menyebut kasus itu memalukan."
    )
    assert genre_of(parse(text, "a.txt")).genre == "news"


def test_front_matter_declares_the_genre():
    md = "---\ntitle: Kabar Pagi\ngenre: opini\n---\n\nHarga cabai naik tajam pekan ini di semua pasar.\n"
    g = genre_of(parse(md, "a.md"))
    assert (g.genre, g.source) == ("opinion", "front-matter")


def test_unknown_front_matter_genre_falls_back_to_detection():
    md = "---\ntitle: Kabar Pagi\ngenre: feature\n---\n\nHarga cabai naik tajam pekan ini di semua pasar.\n"
    assert genre_of(parse(md, "a.md")).genre == "news"


def test_config_genre_reaches_the_rules():
    text = NEWS.replace(", kata pedagang", "") + " Stok di gudang menipis." * 12
    assert any(f.rule == "source/none" for f in check_text(text, select=["source"]))
    cfg = parse_config({"genre": "kolom"}, "x.yaml")
    linter = make_linter(config=cfg, select=["source"])
    assert [f for f in linter.lint(parse(text, "a.txt")).findings if f.rule == "source/none"] == []


def test_config_rejects_unknown_genre():
    with pytest.raises(ConfigError, match="genre"):
        parse_config({"genre": "gosip"}, "x.yaml")


def test_normalise_and_applies():
    assert normalise("Opini") == "opinion"
    assert normalise("match report") == "match-report"
    assert normalise("live blog") == "live"
    assert normalise(3) is None
    doc = parse(COLUMN, "a.txt")
    assert not applies(HARD_NEWS, doc)
    assert applies(None, doc)


def test_opinion_column_is_not_checked_for_speculation():
    assert [f for f in check_text(COLUMN, select=["ethics"]) if f.rule == "ethics/opinion-as-fact"] == []


def test_yaml_rule_declares_its_genres(tmp_path):
    from newslint.engine.yaml_rules import RuleLoadError, load_pack

    body = (
        "rules:\n  - id: house/kita\n    type: existence\n    tokens: [kita]\n    genres: [berita]\n"
        "    summary: kita\n    message: kita\n    authority: test\n"
    )
    (tmp_path / "p.yaml").write_text(body, encoding="utf-8")
    [rule] = load_pack(tmp_path / "p.yaml")
    assert rule.meta.genres == frozenset({"news"})
    from newslint.engine.linter import Linter

    linter = Linter([rule])
    assert [f.rule for f in linter.lint(parse(NEWS.replace("Harga", "Kita lihat harga", 1), "a.txt")).findings]
    assert linter.lint(parse(COLUMN, "a.txt")).findings == []
    (tmp_path / "p.yaml").write_text(body.replace("[berita]", "[gosip]"), encoding="utf-8")
    with pytest.raises(RuleLoadError, match="genre"):
        load_pack(tmp_path / "p.yaml")

"""rules/nonstandard-kbbi.tsv: our own list of KBBI variant forms, read by spelling/nonstandard-word."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.api import check_text
from newslint.engine.registry import builtin_rules

ROOT = Path(__file__).resolve().parents[2]
NONSTD = "spelling/nonstandard-word"


def _rows() -> list[list[str]]:
    rows = []
    for line in (ROOT / "rules" / "nonstandard-kbbi.tsv").read_text(encoding="utf-8").splitlines():
        row = line.split("#", 1)[0].rstrip()
        if row.strip():
            rows.append(row.split("\t"))
    return rows


def test_rows_are_pairs_and_never_repeat_the_pack() -> None:
    rows = _rows()
    forms = [r[0].lower() for r in rows]
    assert len(forms) == len(set(forms)), "a form listed twice"
    assert all(2 <= len(r) <= 3 and r[0].lower() != r[1].lower() for r in rows)
    rule = next(r for r in builtin_rules() if r.id == NONSTD)
    own = [str(e["match"]).lower() for e in rule._check.entries][: -len(rows)]
    # a pair the YAML pack lists itself would silently shadow the file's row
    assert not set(forms) & set(own)


@pytest.mark.parametrize(
    ("text", "wrong", "right"),
    [
        ("Polisi menyita motor dengan plat nomor palsu di jalan itu.", "plat", "pelat"),
        ("Sopir truk itu banting stir ke kiri untuk menghindari tabrakan.", "stir", "setir"),
        ("Ia tinggal di rumah kost dekat kampus sejak dua tahun lalu.", "kost", "kos"),
        ("Menurut sumber terpercaya, rapat itu ditunda sepekan.", "terpercaya", "tepercaya"),
        ("Warga diminta mencek kembali data pemilih di kantor desa.", "mencek", "mengecek"),
        ("Pedagang menjual sirup dan balsem di pasar pagi.", "sirup", "sirop"),
        ("Keluarga menggelar ta'ziah di rumah duka malam itu.", "ta'ziah", "takziah"),
        ("Dia sempat bergadang menunggu hasil pemilihan.", "bergadang", "begadang"),
        ("Warga masih was-was setelah gempa susulan semalam.", "was-was", "waswas"),
        ("Kebakaran diduga akibat konsleting listrik di dapur.", "konsleting", "korsleting"),
        ("Suhu siang ini mencapai 34 derajat Celcius di pesisir.", "Celcius", "Celsius"),
        ("Tak bisa dipungkiri, harga cabai naik menjelang Lebaran.", "dipungkiri", "dimungkiri"),
        ("Jenazah disholatkan di masjid dekat rumah duka.", "disholatkan", "disalatkan"),
        ("Libur Kenaikan Isa Al Masih jatuh pada hari Kamis.", "Isa Al Masih", "Isa Almasih"),
    ],
)
def test_a_listed_form_is_reported_with_the_kbbi_form(text: str, wrong: str, right: str) -> None:
    found = [f for f in check_text(text, layout="fragment", select=["spelling", "typo"]) if f.text == wrong]
    assert [(f.rule, f.suggestions) for f in found] == [(NONSTD, [right])]


@pytest.mark.parametrize(
    "text",
    [
        "Warga setempat, Rido (26), mengatakan jembatan itu rusak sejak pekan lalu.",
        "Banjir menggenangi kawasan Pluit dan Muara Angke sejak pagi.",
        "Kita perlu fokus pada hal yang paling mendesak.",
        # a capital another capital follows after a bracket opens a name
        "Barang bukti ditemukan di lokasi kedua (Kost Living Anaway, Padaleu) pada malam itu.",
        "Subhan Bachong, salah seorang penyintas, bercerita tentang malam itu.",
        # a month name that is also a given name fires only where it opens a sentence
        "Kata ABK kapal itu, Aji Slamet Romadhon, cuaca buruk sejak pagi.",
        "Jalan yang menghubungkan Kecamatan Gandusari dan Kecamatan Kampak rusak parah.",
        "Restoran itu menjual shabu-shabu dan sushi.",
    ],
)
def test_names_and_ordinary_phrases_stay_silent(text: str) -> None:
    assert not check_text(text, layout="fragment", select=["spelling/nonstandard-word", "spelling/loanword-adaptation"])


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Plat nomor mobil itu ternyata palsu.", "Plat"),
        # a common word opening a sentence before a name is still reported
        ("Personil Polres Bima langsung menghalau massa.", "Personil"),
    ],
)
def test_a_common_word_opening_a_sentence_is_still_reported(text: str, wrong: str) -> None:
    assert [f.text for f in check_text(text, layout="fragment", select=[NONSTD])] == [wrong]


def test_a_phrase_pair_is_reported_once() -> None:
    found = check_text("Warga berseru masya allah saat melihat banjir.", layout="fragment", select=["spelling"])
    assert [(f.rule, f.text) for f in found] == [(NONSTD, "masya allah")]

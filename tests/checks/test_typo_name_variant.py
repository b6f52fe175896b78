"""typo/name-variant: one name spelt two ways in a draft (no corpus needed)."""

from newslint.api import check_text


def _nv(text: str) -> list:
    return check_text(text, layout="fragment", select=["typo/name-variant"])


def test_multiword_variant_majority_suggested() -> None:
    text = (
        "Juru bicara Achmad Yurianto menyampaikan data. Menurut Ahmad Yurianto, kasus bertambah. "
        "Ahmad Yurianto meminta warga tetap di rumah."
    )
    fs = _nv(text)
    assert [f.text for f in fs] == ["Achmad"]
    assert fs[0].suggestions == ["Ahmad"]


def test_repeated_surname_variant() -> None:
    text = "Sutrisno Hartono hadir. Hartono mengatakan program berjalan. Hartono menambahkan dana cukup. Kata Hartomo, baik."
    fs = _nv(text)
    assert [(f.text, f.suggestions) for f in fs] == [("Hartomo", ["Hartono"])]


def test_different_names_left_alone() -> None:
    assert _nv("Yulianto dan Yulianti hadir. Yulianto membuka acara, Yulianti menutupnya.") == []
    assert _nv("Warga Kota Batu dan Kota Baru hadir dalam acara itu.") == []
    assert _nv("Saham masuk MSCI Small Cap Index. Emiten lain ada di MSCI Small Cap Indexes.") == []


def test_tie_is_reported_without_a_direction() -> None:
    fs = _nv("Kepala desa Sutarjo Wiranegoro hadir. Menurut Sutarjo Wiranegara, panen baik.")
    assert [f.text for f in fs] == ["Wiranegara"]
    assert fs[0].suggestions == [] and fs[0].fix is None


def test_gazetteer_spelling_beats_the_majority() -> None:
    text = "Warga Kabupaten Sleman hadir. Bupati Kabupaten Slemam membuka acara. Dinas Kabupaten Slemam mencatat panen."
    fs = _nv(text)
    assert {(f.text, tuple(f.suggestions)) for f in fs} == {("Slemam", ("Sleman",))}


def test_given_names_of_different_people_are_left_alone() -> None:
    text = "Tim tamu menurunkan Muhammad Fajar dan Muhammad Rizal sejak awal. Di bangku cadangan duduk Mohammad Sholeh."
    assert _nv(text) == []


def test_the_indonesian_word_wins_over_the_english_one() -> None:
    text = "Camat mengerahkan Pasukan Oranye ke pasar. Warga berterima kasih kepada Pasukan Orange itu."
    fs = _nv(text)
    assert [(f.text, f.suggestions) for f in fs] == [("Orange", ["Oranye"])]

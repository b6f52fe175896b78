"""ethics/* rules: the false-positive traps from editorial-rules §7."""

from __future__ import annotations

from newslint.api import check_text


def _rules(text: str, layout: str = "fragment") -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in check_text(text, layout=layout) if f.rule.startswith("ethics/")]


def test_pelaku_usaha_and_unknown_perpetrators():
    assert _rules("Pelaku usaha di pasar itu diperiksa petugas pajak setelah ditangkap basah menimbun.") == []
    assert _rules("Polisi masih memburu pelaku pembakaran yang kabur. Dua saksi sudah diperiksa.") == []


def test_convicted_person_may_be_called_koruptor():
    assert _rules("Terpidana itu divonis lima tahun. Koruptor itu kini ditahan di Lapas Sukamiskin.") == []


def test_pelaku_in_body_is_a_warning_in_headline_an_error():
    text = "Pelaku Penipuan Arisan Ditangkap\n\nJakarta - Polisi menangkap tersangka penipuan arisan, kata Kapolsek."
    fs = [f for f in check_text(text) if f.rule == "ethics/presumption-of-innocence"]
    assert [(f.text, f.severity.value) for f in fs] == [("Pelaku", "error")]


def test_suicide_metaphors_are_not_suicide_stories():
    assert _rules("Bek itu mencetak gol bunuh diri setelah bola membentur tiang.") == []
    assert (
        _rules("Partai itu melakukan bunuh diri politik dengan keputusan tersebut, tulis pengamat di kolom opini.")
        == []
    )


def test_child_in_positive_news_and_adult_suspect():
    assert _rules("Dimas (12) menjadi juara lomba matematika tingkat provinsi.") == []
    assert _rules("Tersangka, Joko Susilo (42), ditangkap di rumahnya setelah dilaporkan anak tetangganya.") == []


def test_opinion_in_quote_or_attributed_sentence():
    assert _rules('"Perbuatan itu sungguh keji," kata Kapolres.') == []
    assert _rules("Menurut Damar dari SAFEnet, jika benar pesan dibaca, perusahaan itu melanggar privasi.") == []


def test_balance_response_marker_silences():
    text = "PT Maju Terus dituduh mencemari sungai. Perusahaan itu belum menanggapi hingga berita ini ditayangkan."
    assert _rules(text) == []

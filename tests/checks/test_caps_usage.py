"""Capitalisation rules (newslint/checks/caps_usage.py): defaults, headlines, the gazetteer."""

from __future__ import annotations

import re

from newslint.api import check_text
from newslint.config import Config, RuleSetting
from newslint.parsers import parse_text


def _rules(text: str, layout: str = "fragment", config: Config | None = None) -> list[str]:
    return [f.rule for f in check_text(text, layout=layout, config=config) if f.rule.startswith("caps/")]


def test_common_word_rule_is_off_by_default_and_can_be_turned_on():
    text = "Ratusan warga Menolak rencana pembangunan tempat sampah."
    assert "caps/common-word-capitalised" not in _rules(text)
    cfg = Config()
    cfg.rules["caps/common-word-capitalised"] = RuleSetting(enabled=True)
    assert "caps/common-word-capitalised" in _rules(text, config=cfg)


def test_title_case_headline_is_not_checked():
    text = "Para Petani Menolak Bahasa Indonesia di Surabaya\n\nJakarta - Para petani menolak rencana itu."
    assert _rules(text, layout="news") == []


def test_place_names_from_the_gazetteer_but_not_dictionary_words():
    assert "caps/place-lowercase" in _rules("Rombongan itu berangkat dari surabaya pagi tadi.")
    assert "caps/place-lowercase" not in _rules("Ia berdiri di medan laga.")
    assert "caps/place-lowercase" not in _rules("Lihat #surabaya dan situs surabaya.go.id.")


def test_currency_fix_is_safe():
    findings = check_text("Biayanya 500 Euro per orang.", layout="fragment")
    cur = [f for f in findings if f.rule == "caps/currency-name"]
    assert cur and cur[0].fix is not None and cur[0].fix.safety.value == "safe"


def test_title_last_words_cover_every_spot_a_title_precedes() -> None:
    import random

    from newslint.checks import caps_usage

    # where the demonstrative scan and _TITLE_BEFORE find a title, the text before the demonstrative ends with a
    # title's last word or with white space: the test the rule makes first
    rng = random.Random(7)
    pieces = ["Juru Bicara", "Wali Kota", "Kepala", "Kota", "kota", "Menteri", "warga", " ", "  ", "\n", "itu", "ini"]
    pieces += ["tersebut", "itulah", "-", ",", "Dinas", "Duta Besar", "Sekretaris Daerah"]
    for _ in range(5000):
        text = "".join(rng.choice(pieces) + rng.choice(["", " "]) for _ in range(rng.randint(1, 8)))
        for m in _DEMONSTRATIVE.finditer(text):
            at = m.start()
            if caps_usage._TITLE_BEFORE.search(text, max(0, at - 40), at):
                assert text.endswith(caps_usage._TITLE_LAST_WORDS, 0, at) or text[at - 1 : at].isspace(), text


def test_demonstratives_are_what_the_pattern_finds() -> None:
    import random

    from newslint.checks import caps_usage

    rng = random.Random(3)
    pieces = [
        "itu",
        "ini",
        "tersebut",
        "itulah",
        "ini-",
        "itu_",
        "itu2",
        "Itu",
        "initial",
        " ",
        "  ",
        "\n",
        ",",
        "-",
        "x",
    ]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 12)))
        expected = [m.start() for m in _DEMONSTRATIVE.finditer(text)]
        assert caps_usage._demonstratives(text) == expected, repr(text)


def test_place_cue_scan_covers_every_cue() -> None:
    from newslint.checks import caps_usage

    # the word after each cue, capitalised or not, as the cue test before a candidate finds the cue
    for cue in caps_usage._CUES.split("|"):
        for written in (cue, cue.title(), cue.upper()):
            doc = parse_text(f"warga tiba {written} surabaya kemarin", "t.txt")
            assert caps_usage._words_after_cue(doc) == {"surabaya"}, written
        assert caps_usage._PLACE_CUE.search(f"tiba {cue} ") is not None, cue


#: The demonstratives title-without-name looks before: what its str.find scan must find.
_DEMONSTRATIVE = re.compile(r" (?:itu|tersebut|ini)(?![\w-])")

#: What the place rule once found with one case-insensitive scan of the whole text for the cues: the index-based
#: reading must find the same words.
_AFTER_CUE_SCAN = re.compile(
    r" (?i:d(?:i|ari|anau|aerah|esa)|k(?:e|ota|abupaten|awasan|ecamatan)|p(?:rovinsi|ulau|em(?:kot|kab|prov)"
    r"|ol(?:res(?:ta)?|da|sek)|elabuhan)|s(?:ungai|elat(?:an)?|ekitar|tasiun)|w(?:arga|ilayah)|menuju|gunung|teluk"
    r"|utara|barat|timur|asal|bupati|gubernur|bandara)(?=\s+([a-z]{4,})(?![\w'’-]))"
)


def test_words_after_cue_are_what_a_case_insensitive_scan_finds() -> None:
    import random

    from newslint.checks import caps_usage

    rng = random.Random(14)
    cues = caps_usage._CUES.split("|") + ["dİ", "KOTA", "Kota", "dia", "sungaiku", "ked"]
    words = ["surabaya", "Surabaya", "jepang", "medan", "kota", "abc", "rumah2", "rumah_", "batu'", "batu-", "dİa"]
    seps = [" ", "  ", "\n", "\t", "\u00a0", "", "-", ",", ". ", "(", "“"]
    for _ in range(3000):
        text = "".join(rng.choice(seps) + rng.choice(cues + words) for _ in range(rng.randint(1, 10)))
        doc = parse_text(text, "t.txt")
        assert caps_usage._words_after_cue(doc) == set(_AFTER_CUE_SCAN.findall(doc.text)), repr(text)


def test_place_after_direction_or_capitalised_river_cue() -> None:
    text = "Badai melanda pesisir utara jepang. Perahu hanyut di Sungai kapuas."
    fs = check_text(text, select=["caps/place-lowercase"])
    assert [f.suggestions[0] for f in fs] == ["Jepang", "Kapuas"]


def test_place_read_as_short_base_under_affixes() -> None:
    # mahakam is no derivation of 'kam': a lower-case river name all the same
    fs = check_text("Kapal itu menyusuri Sungai mahakam.", select=["caps/place-lowercase"])
    assert [f.suggestions[0] for f in fs] == ["Mahakam"]


def test_place_lowercase_after_origin_and_area_words() -> None:
    # the words typo/entity takes as place cues announce a place here too: asal, wilayah, kawasan, sekitar
    assert "caps/place-lowercase" in _rules("Pendaki asal surabaya itu ditemukan selamat.")
    assert "caps/place-lowercase" in _rules("Banjir melanda wilayah semarang bagian utara.")
    assert "caps/place-lowercase" not in _rules("Pendaki asal daerah itu ditemukan selamat.")


def test_place_lowercase_after_two_cues_in_a_row() -> None:
    assert "caps/place-lowercase" in _rules("Gempa mengguncang wilayah utara jepang pagi tadi.")


def test_place_lowercase_after_a_place_head() -> None:
    # the heads of place-bound offices and bodies announce a place as well (Pemkot Surabaya, Bupati Sleman)
    assert "caps/place-lowercase" in _rules("Tahun ini Pemkot surabaya menambah armada bus sekolah.")
    assert "caps/place-lowercase" not in _rules("Bupati baru hadir di Pemkot Surabaya.")


def test_lower_case_place_after_a_place_and_a_comma() -> None:
    assert "caps/place-lowercase" in _rules("Tim itu bertanding di Nagoya, jepang, pekan lalu.")
    # after a person's name and a comma nothing is a place cue (for a city; a country is named anywhere)
    assert "caps/place-lowercase" not in _rules("Kata Budi, nagoya itu jauh.")
    assert "caps/place-lowercase" in _rules("Kata Budi, jepang itu jauh.")


def test_lower_after_stop_finds_what_the_whole_pattern_finds() -> None:
    """The stop-anchored scan gives the matches of LOWER_AFTER_STOP's finditer, non-overlapping and in order."""
    import random
    import re

    from newslint.checks.caps_usage import LOWER_AFTER_STOP, lower_after_stop

    rx = re.compile(LOWER_AFTER_STOP)
    rng = random.Random(11)
    pieces = [*"abAB. .. xyZ1_é-’'\n", " ", ". ", "dll. ", "A. ", "ab. cd", "S.H. dan"]
    for _ in range(20_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 25)))
        want = [(m.start("b"), m.end("b"), m.start("w"), m.end("w")) for m in rx.finditer(text)]
        assert lower_after_stop(text) == want, text

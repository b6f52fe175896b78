"""spelling/nonstandard-word and spelling/informal-word (rules/spelling.yaml), and the
substitution engine features they rely on: the name guard and the prefix-trie matcher."""

from __future__ import annotations

import re

import pytest

from newslint.config import Config, RuleSetting
from newslint.engine.linter import Linter
from newslint.engine.registry import builtin_rules
from newslint.engine.yaml_rules import RuleLoadError, rule_from_spec
from newslint.fixes import apply_fixes, choose_fixes
from newslint.parsers import parse_text

NONSTD = "spelling/nonstandard-word"
INFORMAL = "spelling/informal-word"


def _rule(rid: str):
    return next(r for r in builtin_rules() if r.id == rid)


def _lint(text: str, rid: str = NONSTD, layout: str = "fragment", **options):
    rule = _rule(rid)
    cfg = Config()
    cfg.rules[rid] = RuleSetting(enabled=True, options=options)
    doc = parse_text(text, "<test>", layout=layout)
    findings = [f for f in Linter([rule], cfg).lint(doc).findings if f.rule == rid]
    return doc, findings


def _fixed(text: str, **kw) -> str:
    doc, findings = _lint(text, **kw)
    return apply_fixes(doc.source, choose_fixes(findings, unsafe=False))


def _pairs(rid: str) -> list[dict]:
    return list(_rule(rid)._check.entries)


def test_pack_has_at_least_250_pairs_and_no_duplicates():
    entries = _pairs(NONSTD)
    real = [e for e in entries if str(e["match"]) != str(e["replace"])]
    assert len(real) >= 250
    keys = [" ".join(str(e["match"]).lower().split()) for e in entries]
    assert len(keys) == len(set(keys)), [k for k in keys if keys.count(k) > 1]
    for e in entries:
        assert e.get("safety", "safe") in ("safe", "unsafe", "suggest"), e
        assert set(e) <= {"match", "replace", "safety", "note", "capitalized", "title", "unless_after"}, e


def test_no_pair_maps_a_word_to_itself_or_to_another_listed_wrong_form():
    wrong = {" ".join(str(e["match"]).lower().split()) for e in _pairs(NONSTD)}
    for e in _pairs(NONSTD):
        if str(e["match"]) == str(e["replace"]):
            continue  # a reserved name
        for alt in str(e["replace"]).split("|"):
            assert " ".join(alt.lower().split()) not in wrong, e


def test_seluler_is_fixed_safely_and_silakan_is_left_alone():
    doc, findings = _lint("Lewat perangkat selular miliknya, silakan hubungi kami.")
    assert [f.text for f in findings] == ["selular"]
    assert findings[0].fix is not None and findings[0].fix.safety.value == "safe"
    assert findings[0].suggestions == ["seluler"]
    assert "KBBI" in findings[0].message


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Aktifitasnya padat dan resikonya besar.", "Aktivitasnya padat dan risikonya besar."),
        ("Rute itu dirubah, lalu merubah jadwal.", "Rute itu diubah, lalu mengubah jadwal."),
        ("Warga beresiko terpapar asap.", "Warga berisiko terpapar asap."),
        ("Ia hadir sebagai Walikota Medan.", "Ia hadir sebagai Wali Kota Medan."),
        ("Walikota itu hadir.", "Wali kota itu hadir."),
        ("Hasil  olah   raga pagi.", "Hasil  olahraga pagi."),
        ("Ia pulang pada bulan Ramadhan.", "Ia pulang pada bulan Ramadan."),
        ("RESIKO BANJIR NAIK", "RISIKO BANJIR NAIK"),
    ],
)
def test_safe_fixes(text, expected):
    assert _fixed(text) == expected


def test_suggest_pairs_give_no_fix():
    _, findings = _lint("Pelanggar mendapat sangsi ringan.")
    assert [f.text for f in findings] == ["sangsi"]
    assert findings[0].fix is None and findings[0].suggestions == ["sanksi"]
    _, findings = _lint("Pengendara tak bis melintas.")
    assert findings[0].suggestions == ["bus", "bisa"] and findings[0].fix is None


def test_capitalised_words_mid_sentence_are_taken_for_names():
    text = "Pelatih Andi Sutera dan Direktur M. Syah Indra hadir."
    assert _lint(text)[1] == []
    # switched off, the same words are reported
    assert {f.text for f in _lint(text, skip_capitalized_midsentence=False)[1]} == {"Sutera", "Syah"}


def test_a_name_seen_mid_sentence_is_also_a_name_at_the_start_of_a_sentence():
    _, findings = _lint("Kata Budi Sutera, panen naik. Sutera menambahkan harga turun.")
    assert findings == []
    _, findings = _lint("Sutera menjadi bahan kain itu.")
    assert [f.text for f in findings] == ["Sutera"]


def test_capitalised_after_a_quote_mark_or_in_a_headline_still_fires():
    _, findings = _lint('Ia berkata, "Resiko itu kecil."')
    assert [f.text for f in findings] == ["Resiko"]
    assert findings[0].fix is None  # the linter drops fixes inside direct quotations
    doc, findings = _lint("Resiko Banjir Meningkat di Musim Hujan\n\nWarga diminta waspada.", layout="news")
    assert [f.text for f in findings] == ["Resiko"]


def test_rows_marked_capitalized_fire_on_titles_and_months():
    _, findings = _lint("Rapat dihadiri Kementrian Sosial pada 5 Pebruari.")
    assert [f.text for f in findings] == ["Kementrian", "Pebruari"]


def test_reserved_names_stay_silent():
    assert _lint("Ia kuliah di Institut Teknologi Sepuluh Nopember.")[1] == []
    assert _lint("Rumahnya di Alam Sutera, Tangerang.")[1] == []
    assert [f.text for f in _lint("Gaji dibayar 10 Nopember.")[1]] == ["Nopember"]


def test_never_inside_urls_or_inside_longer_words():
    assert _lint("Lihat https://contoh.id/resiko-banjir dan www.resiko.id hari ini.")[1] == []
    # diperkerjakan is listed, but its letters inside other words are not
    assert _lint("Masalah itu diatasi; bekerja sama; dikerjasamakan; praktekkan.")[1] == []


def test_longest_listed_phrase_wins():
    _, findings = _lint("Sore itu dia bekerjasama dengan warga dalam kerjasama baru.")
    assert [f.text for f in findings] == ["bekerjasama", "kerjasama"]
    assert [f.suggestions for f in findings] == [["bekerja sama"], ["kerja sama"]]


def test_informal_words_outside_quotations_only():
    _, findings = _lint('Jalan itu udah rusak. "Udah rusak banget," kata warga.', rid=INFORMAL)
    assert [f.text for f in findings] == ["udah"]
    assert findings[0].fix is None
    # initials in brackets are not a chat abbreviation
    assert _lint("Ia bertemu Yugi Prayanto (YG) di Jakarta.", rid=INFORMAL)[1] == []


def test_literal_trie_and_regex_mode_agree():
    spec = {
        "id": "spelling/test-swap",
        "type": "substitution",
        "summary": "s",
        "message": "'{match}' → '{suggestion}'",
        "swap": [{"match": "ab", "replace": "x"}, {"match": "ab cd", "replace": "y"}, {"match": "abc", "replace": "z"}],
    }
    literal = rule_from_spec(dict(spec), "<t>")._check
    regex = rule_from_spec(
        {**spec, "regex": True, "swap": [{"match": r"ab\s+cd", "replace": "y"}, {"match": "abc|ab", "replace": "z"}]},
        "<t>",
    )._check
    text = "ab cd, abc ab xabc ab-cd"
    assert [m.group() for m in literal.regex.finditer(text)] == ["ab cd", "abc", "ab"]
    assert [m.group() for m in regex.regex.finditer(text)] == ["ab cd", "abc", "ab"]
    assert literal.lookup == {"ab": 0, "ab cd": 1, "abc": 2}
    assert re.escape("ab") in literal.regex.pattern


def test_bad_swap_entry_is_a_clear_load_error():
    with pytest.raises(RuleLoadError, match="needs 'match' and 'replace'"):
        rule_from_spec(
            {"id": "spelling/x", "type": "substitution", "summary": "s", "message": "m", "swap": [{"match": "a"}]},
            "<t>",
        )

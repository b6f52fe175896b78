"""The declarative rule types, one by one, through real YAML packs."""

from pathlib import Path

import pytest

from newslint.config import Config, RuleSetting
from newslint.engine.linter import Linter
from newslint.engine.yaml_rules import RuleLoadError, load_pack
from newslint.fixes import apply_fixes, choose_fixes
from newslint.parsers import parse_text

HEAD = "rules:\n"
COMMON = "    summary: {id: ringkas, en: short}\n    message: {id: 'pesan {match} {suggestion}', en: 'msg {match}'}\n    authority: test\n"


def pack(tmp_path: Path, body: str):
    p = tmp_path / "p.yaml"
    p.write_text(HEAD + body, encoding="utf-8")
    return load_pack(p)


def lint(rules, text, layout="fragment"):
    cfg = Config()
    for r in rules:
        cfg.rules[r.id] = RuleSetting(enabled=True)
    doc = parse_text(text, layout=layout)
    return doc, Linter(rules, cfg).lint(doc).findings


def test_existence_scoped_outside_quotation(tmp_path):
    rules = pack(
        tmp_path, "  - id: style/x\n    type: existence\n    tokens: [konon]\n    scope: [outside-quotation]\n" + COMMON
    )
    _, found = lint(rules, 'Konon ia kaya. "Konon katanya," ujar dia.')
    assert [f.text for f in found] == ["Konon"]


def test_existence_never_inside_urls(tmp_path):
    rules = pack(tmp_path, "  - id: style/x\n    type: existence\n    tokens: [berita]\n" + COMMON)
    _, found = lint(rules, "Baca berita di https://contoh.co.id/berita atau berita.com hari ini.")
    assert len(found) == 1


def test_substitution_keeps_case_and_fixes(tmp_path):
    rules = pack(
        tmp_path,
        "  - id: spelling/x\n    type: substitution\n    swap:\n      - {match: aktifitas, replace: aktivitas, safety: safe}\n"
        "      - {match: nampak, replace: tampak|mungkin, safety: suggest}\n" + COMMON,
    )
    doc, found = lint(rules, "Aktifitas warga nampak normal.")
    assert [(f.text, f.suggestions) for f in found] == [("Aktifitas", ["Aktivitas"]), ("nampak", ["tampak", "mungkin"])]
    assert apply_fixes(doc.source, choose_fixes(found)) == "Aktivitas warga nampak normal."


def test_occurrence_max_per_sentence(tmp_path):
    rules = pack(
        tmp_path,
        "  - id: style/x\n    type: occurrence\n    pattern: '\\bdan\\b'\n    unit: sentence\n    max: 2\n" + COMMON,
    )
    _, found = lint(rules, "A dan B dan C dan D. E dan F.")
    assert len(found) == 1


def test_consistency_reports_minority(tmp_path):
    rules = pack(tmp_path, "  - id: style/x\n    type: consistency\n    groups: [[Tiongkok, China]]\n" + COMMON)
    _, found = lint(rules, "Tiongkok dan China. Tiongkok lagi.")
    assert [f.text for f in found] == ["China"] and found[0].suggestions == ["Tiongkok"]


def test_pattern_unless_in_same_unit(tmp_path):
    rules = pack(
        tmp_path,
        "  - id: attribution/x\n    type: pattern\n    pattern: '\\d+ persen'\n    unit: paragraph\n    unless: '\\bkata\\b'\n"
        + COMMON,
    )
    _, found = lint(rules, "Naik 5 persen.\n\nNaik 7 persen, kata dia.")
    assert [f.text for f in found] == ["5 persen"]


def test_scope_by_zone(tmp_path):
    rules = pack(
        tmp_path, "  - id: structure/x\n    type: existence\n    patterns: ['\\.$']\n    scope: [headline]\n" + COMMON
    )
    _, found = lint(rules, "Judul Bertitik.\n\nIsi berita.", layout="news")
    assert len(found) == 1 and found[0].line == 1


@pytest.mark.parametrize(
    "body,needle",
    [
        ("  - id: Bad Id\n    type: existence\n    tokens: [a]\n" + COMMON, "family/name"),
        ("  - id: style/x\n    type: magic\n" + COMMON, "unknown type"),
        ("  - id: style/x\n    type: existence\n    tokens: [a]\n    colour: red\n" + COMMON, "colour"),
        ("  - id: style/x\n    type: existence\n    patterns: ['(']\n" + COMMON, "invalid pattern"),
        ("  - id: style/x\n    type: existence\n    tokens: [a]\n    scope: [sidebar]\n" + COMMON, "scope"),
        ("  - id: style/x\n    type: existence\n  tokens: [a\n", "invalid YAML"),
    ],
)
def test_broken_packs_are_clear_errors(tmp_path, body, needle):
    with pytest.raises(RuleLoadError) as exc:
        pack(tmp_path, body)
    assert needle in str(exc.value) and "p.yaml" in str(exc.value)


def test_touches_protected_reads_the_mask_like_a_slice() -> None:
    from newslint.engine.yaml_rules import protected_mask, touches_protected
    from newslint.parsers import parse_text

    doc = parse_text("Lihat detik.com dan #banjir hari ini.", "d.txt", layout="fragment")
    mask = protected_mask(doc)
    n = len(doc.text)
    for start in range(-3, n + 2):
        for end in range(-3, n + 2):
            assert touches_protected(doc, start, end) == any(mask[start:end]), (start, end)

"""tools/lexicon_src/nonstandard.txt: forms hunspell-id lists that KBBI marks non-standard.

The build takes them (and, for a stem, every form derived from it) out of the lexicon; the
``spelling/nonstandard-word`` pack reports each bare form, and ``typo/word`` its derivations with the
standard base (``listed_base_variant``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.api import check_text
from newslint.checks.typo_word import is_standard_form, listed_base_variant
from newslint.engine.registry import builtin_rules
from newslint.lang import get_lexicon

ROOT = Path(__file__).resolve().parents[2]
NONSTD = "spelling/nonstandard-word"


def _listed() -> list[str]:
    out: list[str] = []
    for line in (ROOT / "tools" / "lexicon_src" / "nonstandard.txt").read_text(encoding="utf-8").splitlines():
        out.extend(line.split("#", 1)[0].split())
    return out


def _certain_pairs() -> dict[str, str]:
    rule = next(r for r in builtin_rules() if r.id == NONSTD)
    return {
        str(e["match"]).lower(): str(e["replace"]).lower()
        for e in rule._check.entries
        if e.get("safety", "safe") != "suggest" and str(e["match"]) != str(e["replace"])
    }


def test_every_demoted_form_is_reported_with_its_standard_form() -> None:
    pairs = _certain_pairs()
    listed = _listed()
    assert len(listed) == len(set(listed))
    lex = get_lexicon()
    for form in listed:
        assert form in pairs, f"{form}: no certain pair in {NONSTD}"
        assert not lex.is_standard(form), form
        assert all(is_standard_form(w) for w in pairs[form].split()), (form, pairs[form])


@pytest.mark.parametrize(
    ("derived", "standard"),
    [
        ("menghimbau", "mengimbau"),
        ("dihimbau", "diimbau"),
        ("menghempas", "mengempas"),
        ("hempasan", "empasan"),
        ("kehandalan", "keandalan"),
        ("penghadangan", "pengadangan"),  # the analyser reads pengadangan as peN- + kadang: same affixes
        ("handalan", "andalan"),
        ("sendalnya", "sandalnya"),
        ("bertelor", "bertelur"),
        ("mempengaruhinya", "memengaruhinya"),
    ],
)
def test_a_derived_form_of_a_demoted_stem_is_not_standard_and_takes_the_standard_base(
    derived: str, standard: str
) -> None:
    assert not is_standard_form(derived)
    assert listed_base_variant(derived) == standard
    assert is_standard_form(standard)


def test_derived_forms_are_reported_and_their_standard_forms_are_not() -> None:
    text = "Ombak menghempas perahu dan para pengrajin menelefon petugas penghadangan.\n"
    found = {(f.rule, text[f.start : f.end], f.suggestions[0]) for f in check_text(text) if f.suggestions}
    assert ("typo/word", "menghempas", "mengempas") in found
    assert ("typo/word", "menelefon", "menelepon") in found
    assert ("typo/word", "penghadangan", "pengadangan") in found
    assert (NONSTD, "pengrajin", "perajin") in found
    good = "Ombak mengempas perahu, warga mengimbau petugas, dan polisi mengadang massa yang menelepon.\n"
    assert [f for f in check_text(good) if f.rule.startswith(("typo/", "spelling/"))] == []

"""Issue 12, session 10 (lex16): the lexicon agrees with the KBBI variant pairs, and KBBI lemmas that web text
seldom writes are not read as slips or old variants."""

from __future__ import annotations

import pytest

from newslint.api import check_text
from newslint.checks.typo_word import is_standard_form
from newslint.engine.registry import builtin_rules
from newslint.lang import get_lexicon

SPELLING = ("typo/", "spelling/")


def _findings(text: str) -> list[tuple[str, str, str]]:
    return [
        (f.rule, text[f.start : f.end], f.suggestions[0] if f.suggestions else "")
        for f in check_text(text)
        if f.rule.startswith(SPELLING)
    ]


@pytest.mark.parametrize(
    ("form", "standard"),
    [
        ("mozaiknya", "mosaiknya"),
        ("trompetnya", "terompetnya"),
        ("kakaktuanya", "kakatuanya"),
    ],
)
def test_a_derivation_of_a_demoted_hunspell_form_takes_the_standard_base(form: str, standard: str) -> None:
    text = f"Warga memotret {form} kemarin.\n"
    assert ("typo/word", form, standard) in _findings(text)


@pytest.mark.parametrize(
    ("form", "standard"),
    [
        ("bercermin", "becermin"),
        ("bergadang", "begadang"),
        ("kecoa", "kecoak"),
        ("astronot", "astronaut"),
        ("kastil", "kastel"),
        ("urin", "urine"),
    ],
)
def test_the_variant_forms_are_not_listed_as_standard_and_are_reported(form: str, standard: str) -> None:
    assert not get_lexicon().is_standard(form)
    assert is_standard_form(standard)
    assert ("spelling/nonstandard-word", form, standard) in _findings(f"Kami melihat {form} itu.\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Polisi menyita khamar dan menyebut dalih itu batil.",
        "Pedagang menyetok beras sebelum harga naik, kata penyetok itu.",
        "Truk tronton dan sepeda motor matik melintas di depan pos kamling.",
        "Program reforma agraria dibahas bersama mualim kapal.",
        "Surat itu dibubuhi meterai, lalu terdengar raungan sirene.",
        "Peneliti menyimpan biakan bakteri dan menunggu uluran tangan donatur.",
        "Dana otsus dan pokir dewan dibahas dalam kasus cubis.",
        "Ia menandaskan bahwa korban berlumur lumpur.",
        "Harga gabah berada di titik nadir, ujarnya ketus sambil makan kue cucur.",
        "Kejaksaan akan melakukan telaah atas laporan itu.",
        "Para penjual siomai, kuetiau dan cakue berjajar.",
    ],
)
def test_kbbi_words_the_rules_used_to_question_are_left_alone(sentence: str) -> None:
    assert _findings(sentence + "\n") == []


@pytest.mark.parametrize(("slip", "word"), [("biasannya", "biasanya"), ("bermian", "bermain")])
def test_a_slip_that_reads_as_root_plus_an_is_still_reported(slip: str, word: str) -> None:
    # only a bare -an derivation of a root in use is left alone; a clitic or an obscure stem is no evidence
    assert ("typo/word", slip, word) in _findings(f"Anak-anak {slip} di halaman sekolah.\n")


def test_the_standard_side_of_every_pair_is_not_reported() -> None:
    # a fix of spelling/nonstandard-word must not give a word another spelling rule reports (berahi, adangan)
    rule = next(r for r in builtin_rules() if r.id == "spelling/nonstandard-word")
    reported = []
    for standard in sorted({str(e["replace"]) for e in rule._check.entries}):
        for form in (s.strip() for s in standard.split("|")):
            found = _findings(f"Warga kemarin membicarakan {form} itu di balai desa.\n")
            if found:
                reported.append(found)
    assert reported == []

"""The shipped word verdicts (newslint/lang/data/word_verdicts.marshal.gz) equal what the live code computes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import newslint.lang.verdicts as verdicts
from newslint.checks.spelling_adaptation import verdict, verdict_live
from newslint.checks.typo_word import corrections, corrections_live
from newslint.lang import analyze, get_lexicon
from newslint.lang.morph import analyze_live, from_row, to_row

ROOT = Path(__file__).resolve().parents[2]


def test_shipped_verdicts_equal_the_live_code() -> None:
    # every entry is recomputed with the shipped table off: a change to the analyser, typo/word or
    # spelling/loanword-adaptation (or to the data) that forgets the rebuild fails here
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_word_verdicts.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr


def test_the_table_is_loaded_and_current() -> None:
    table = verdicts.shipped()
    assert table is not None, "word_verdicts.marshal.gz is missing or stale: python tools/build_word_verdicts.py"
    assert len(table) == len(get_lexicon().rank)


@pytest.mark.parametrize(
    "word", ["yang", "pembangunan", "dikabarkan", "lainya", "denga", "perusahan", "sekedar", "tehnik"]
)
def test_listed_words_get_the_live_verdicts(word: str) -> None:
    assert word in get_lexicon().rank
    assert analyze(word) == analyze_live(word)
    assert from_row(word, to_row(word, analyze_live(word))) == analyze_live(word)
    assert corrections(word) == corrections_live(word)
    assert verdict(word) == verdict_live(word)


def test_a_table_built_from_other_data_is_ignored(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(verdicts, "sources_digest", lambda paths=verdicts.SOURCES: "another build")
    verdicts.shipped.cache_clear()
    try:
        assert verdicts.shipped() is None
    finally:
        monkeypatch.undo()
        verdicts.shipped.cache_clear()
    assert verdicts.shipped() is not None


def test_the_other_shipped_verdicts_equal_the_live_functions() -> None:
    import importlib

    rank = get_lexicon().rank
    words = [w for w in ("males", "nafas", "menggerakan", "badan", "pusat", "jakarta", "makasar") if w in rank]
    assert words
    for kind, (module, name, capitalised, _usual) in verdicts.EXTRA.items():
        live = getattr(importlib.import_module(module), name)
        for w in words:
            word = w.capitalize() if capitalised else w
            assert verdicts.lookup(kind, word) == live(word), (kind, word)


def test_lookup_holds_only_listed_words_as_the_kind_judges_them() -> None:
    assert verdicts.lookup("colloquial", "zzqxv") is verdicts.MISSING
    assert verdicts.lookup("colloquial", "Males") is verdicts.MISSING  # listed in lower case only
    assert verdicts.lookup("doubling", "makasar") is verdicts.MISSING  # judged capitalised
    assert verdicts.lookup("doubling", "MAKASAR") is verdicts.MISSING
    assert verdicts.lookup("doubling", "\u212aota") is verdicts.MISSING  # a Kelvin sign is no ASCII capital

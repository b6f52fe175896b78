"""Sentence-structure rules (newslint/checks/grammar_structure.py): quotations, options, questions."""

from __future__ import annotations

from newslint.api import check_text
from newslint.config import Config, RuleSetting


def _rules(text: str, config: Config | None = None) -> list[str]:
    return [f.rule for f in check_text(text, layout="fragment", config=config) if f.rule.startswith("grammar/")]


def test_quotations_are_not_checked():
    text = '"Sehingga kami menunggu. Saya tahu kalau dia jujur. Bagi warga yang mau dapat datang," kata Budi.'
    assert _rules(text) == []


def test_maka_pairs_are_an_option():
    text = "Jika cuaca buruk berlanjut, maka penyeberangan ditutup."
    assert "grammar/paired-conjunction" not in _rules(text)
    cfg = Config()
    cfg.rules["grammar/paired-conjunction"] = RuleSetting(options={"maka_pairs": True})
    assert "grammar/paired-conjunction" in _rules(text, config=cfg)


def test_questions_may_open_with_di_mana():
    assert "grammar/sentence-initial-conjunction" not in _rules("Di mana pelaku bersembunyi? Polisi belum tahu.")
    assert "grammar/sentence-initial-conjunction" in _rules("Polisi datang. Di mana pelaku memperagakan adegan.")


def test_jika_with_a_real_condition_is_left_alone():
    assert "grammar/jika-for-bahwa" not in _rules("Ia mengatakan jika hujan turun, acara ditunda.")
    assert "grammar/jika-for-bahwa" in _rules("Ia mengatakan jika acara ditunda.")

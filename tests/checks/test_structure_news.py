"""News-structure rules: headline, dateline, lead, paragraphs."""

from __future__ import annotations

from newslint.api import check_text
from newslint.config import Config


def _rules(text: str, layout: str = "news", config: Config | None = None) -> list[str]:
    mine = ("structure/headline", "structure/clickbait", "structure/dateline", "structure/lead", "structure/paragraph")
    return [f.rule for f in check_text(text, layout=layout, config=config) if f.rule.startswith(mine)]


GOOD = "Banjir Rendam Ratusan Rumah di Bekasi\n\nBekasi - Banjir merendam ratusan rumah di Bekasi, Senin, kata BPBD."


def test_clean_news_item():
    assert _rules(GOOD) == []


def test_recognised_datelines_are_silent():
    for dl in ("Liputan6.com, Jakarta - ", "JAKARTA, KOMPAS.com – ", "Jakarta (ANTARA) - "):
        assert "structure/dateline" not in _rules("Harga Beras Naik\n\n" + dl + "Harga beras medium naik pekan ini.")


def test_headline_limit_is_a_house_switch():
    cfg = Config()
    cfg.house["headline_max_chars"] = 20
    assert "structure/headline-length" in _rules(GOOD, config=cfg)


def test_fragments_have_no_news_structure():
    assert _rules("Harga Beras Naik.\n\nHarga beras naik.", layout="fragment") == []


def test_headline_period_and_abbreviation():
    assert "structure/headline-period" in _rules("Harga Beras Naik.\n\nJakarta - Harga beras naik pekan ini.")
    assert "structure/headline-period" not in _rules("Laba Naik, Saham PT Astra Tbk.\n\nJakarta - Laba naik pekan ini.")

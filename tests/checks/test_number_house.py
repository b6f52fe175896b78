"""House switches reach the number and time rules through configuration."""

from __future__ import annotations

from newslint.api import check_text
from newslint.config import parse_config


def _rules(text: str, house: dict | None = None) -> list[str]:
    cfg = parse_config({"house": house or {}}, "<test>")
    return [f.rule for f in check_text(text, layout="fragment", config=cfg)]


def test_currency_space_switch():
    assert "number/currency-format" in _rules("Harga tiket Rp 50.000.")
    assert "number/currency-format" not in _rules("Harga tiket Rp 50.000.", {"currency_space": True})
    assert "number/currency-format" in _rules("Harga tiket Rp50.000.", {"currency_space": True})


def test_percent_switch():
    assert "number/percent-style" not in _rules("Inflasi 2,5% dan 3%.")
    assert "number/percent-style" in _rules("Inflasi 2,5% dan 3%.", {"percent": "persen"})
    assert "number/percent-style" in _rules("Inflasi 2,5 persen.", {"percent": "%"})


def test_time_separator_switch():
    assert "time/separator" in _rules("Rapat pukul 10:00 WIB.")
    assert "time/separator" not in _rules("Rapat pukul 10:00 WIB.", {"time_separator": ":"})


def test_currency_in_url_is_ignored():
    assert "number/currency-format" not in _rules("Lihat https://contoh.id/Rp 5.000 dan #Rp5000.")

"""time/weekday-date computes the weekday with datetime, for both news date formats."""

from __future__ import annotations

import datetime as dt

import pytest

from newslint.api import check_text

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")


def _weekday_findings(text: str) -> list:
    return [f for f in check_text(text, layout="fragment", select=["time/weekday-date"])]


@pytest.mark.parametrize(
    "date", [dt.date(2025, 7, 22), dt.date(2024, 2, 29), dt.date(2000, 1, 1), dt.date(2014, 7, 31)]
)
def test_every_weekday_is_checked(date: dt.date):
    right = DAYS[date.weekday()]
    wrong = DAYS[(date.weekday() + 3) % 7]
    paren = f"({date.day}/{date.month}/{date.year})"
    assert not _weekday_findings(f"Sidang digelar {right} {paren}.")
    found = _weekday_findings(f"Sidang digelar {wrong} {paren}.")
    assert len(found) == 1 and right in found[0].message


def test_long_form_and_impossible_dates():
    assert not _weekday_findings("Ia ditangkap pada Kamis, 31 Juli 2014.")
    assert _weekday_findings("Ia ditangkap pada Jumat, 31 Juli 2014.")
    msg = _weekday_findings("Rapat digelar Rabu (30/2/2025).")[0].message
    assert "tidak ada" in msg


def test_weekday_without_date_is_silent():
    assert not _weekday_findings("Rapat digelar Rabu di balai desa (lihat 22/7).")


def test_mismatch_blames_no_part_without_evidence():
    msg = _weekday_findings("Sidang digelar Rabu (22/7/2025) di Jakarta.")[0]
    assert "Periksa mana yang benar" in msg.message
    assert msg.suggestions == ["Selasa", "23/7/2025"]


def test_the_date_is_blamed_when_the_draft_writes_the_weekday_right_elsewhere():
    found = _weekday_findings("Sidang pertama Rabu (23/7/2025). Sidang ulang digelar Rabu (22/7/2025).")
    assert len(found) == 1 and "tampaknya keliru" in found[0].message and found[0].suggestions == ["23/7/2025"]


def test_the_weekday_is_blamed_when_the_draft_writes_the_date_right_elsewhere():
    found = _weekday_findings("Sidang digelar Selasa (22/7/2025). Putusan dibacakan Rabu, 22 Juli 2025.")
    assert len(found) == 1 and "bukan Rabu" in found[0].message and found[0].suggestions == ["Selasa"]

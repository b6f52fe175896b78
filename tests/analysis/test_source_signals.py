"""Documents, official channels, written statements, quotations and anonymous sources."""

from __future__ import annotations

from newslint.analysis.source_signals import anonymous_sources, source_signals
from newslint.api import parse


def _signals(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.name) for s in source_signals(parse(text, "a.txt", layout="fragment"))]


def test_named_and_referred_documents():
    found = _signals(
        "Pemerintah menerbitkan Peraturan Menteri Keuangan Nomor 12 Tahun 2024. Dalam peraturan itu disebutkan "
        "tarif naik. Berdasarkan data BPS, inflasi turun."
    )
    assert ("document", "Peraturan Menteri Keuangan Nomor 12 Tahun 2024") in found
    assert ("document", "Dalam peraturan itu") in found
    assert ("document", "Berdasarkan data BPS") in found


def test_channels_statements_and_quotes():
    found = _signals(
        "Jadwal diumumkan di laman resmi Liga Nusantara dan akun Instagram @liganusantara. Dalam siaran pers, "
        'panitia menyebut tiket habis. "Kami tidak menambah kuota tiket," kata panitia.'
    )
    kinds = {k for k, _ in found}
    assert {"channel", "statement", "quote"} <= kinds
    assert ("channel", "laman resmi Liga Nusantara") in found
    assert ("channel", "akun Instagram @liganusantara") in found


def test_no_signal_in_plain_prose():
    assert _signals("Ia datang dalam keadaan sehat dan pulang sore hari.") == []


def test_anonymous_source_whatever_the_noun_and_its_reason():
    doc = parse(
        "Seorang pedagang yang meminta namanya tidak ditulis karena takut diancam mengatakan harga naik. "
        "Seorang guru yang mau disebut namanya, Rina, mengatakan sekolah tutup.",
        "a.txt",
        layout="fragment",
    )
    found = anonymous_sources(doc)
    assert [a.text for a in found] == ["Seorang pedagang yang meminta namanya tidak ditulis"]
    assert found[0].reason is not None and found[0].reason.startswith("karena takut")

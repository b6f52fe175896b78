"""typo/word: unknown lower-case words with a close, common correction (no corpus needed)."""

from newslint.api import check_text
from newslint.checks.typo_word import corrections, is_slip, split_candidate
from newslint.config import Config


def _typo(text: str, config: Config | None = None) -> list:
    return [f for f in check_text(text, layout="fragment", select=["typo/word"], config=config)]


def test_reports_typo_with_ranked_suggestions() -> None:
    fs = _typo("Petugas datang dengna cepat ke lokasi kebakaran.")
    assert [f.text for f in fs] == ["dengna"]
    assert fs[0].suggestions[0] == "dengan"
    assert len(fs[0].suggestions) <= 3
    assert fs[0].fix is not None and fs[0].fix.safety.value == "unsafe"


def test_affixed_typo() -> None:
    assert corrections("diharapakan")[0] == "diharapkan"
    assert corrections("perpanjanagn")[0] == "perpanjangan"


def test_valid_and_derived_words_are_silent() -> None:
    text = "Laporan itu ditindaklanjuti polisi; Microsoft mengklaim data aman, silakan baca pertanggungjawaban mereka."
    assert _typo(text) == []


def test_no_candidate_no_finding() -> None:
    assert _typo("Dokter meresepkan sildenafil dan deksametason.") == []


def test_skips_urls_emails_domains_hashtags() -> None:
    text = "Kirim ke redaksi@contoh.co.id atau buka live.com dan https://contoh.id/dengna dengan tagar #dengna."
    assert _typo(text) == []


def test_repeated_term_left_alone() -> None:
    text = "Obat flexy dipakai. Dosis flexy dinaikkan. Efek flexy diteliti."
    assert _typo(text) == []


def test_english_run_skipped() -> None:
    assert _typo("Program itu disebut restorative justice oleh jaksa.") == []


def test_missing_space_split() -> None:
    assert split_candidate("untukmempercepat") == "untuk mempercepat"
    fs = _typo("Bus dioperasikan untukmempercepat mobilitas warga.")
    assert fs and fs[0].suggestions == ["untuk mempercepat"]


def test_quoted_colloquial_speech_left_alone() -> None:
    assert _typo('"Sekarang kacau, nggak keurus," katanya.') == []


def test_quoted_typing_slip_still_reported() -> None:
    fs = _typo('"Kami menunggu keputusan perushaan," katanya.')
    assert [f.text for f in fs] == ["perushaan"]


def test_house_vocabulary_wins() -> None:
    cfg = Config()
    cfg.accept = ["dengna"]
    assert _typo("Petugas datang dengna cepat.", cfg) == []
    cfg = Config()
    cfg.reject = ["kerjasama"]
    fs = _typo("Mereka menjalin kerjasama baru.", cfg)
    assert [f.text for f in fs] == ["kerjasama"]


def test_is_slip() -> None:
    assert is_slip("dengna", "dengan")
    assert is_slip("menggunaka", "menggunakan")
    assert is_slip("sebsar", "sebesar")
    assert not is_slip("gemes", "gemas")

"""structure/mojibake: garbled runs found, repaired by ftfy, shown readably, clean text left alone."""

from __future__ import annotations

from newslint.api import check_text
from newslint.checks.structure_mojibake import repaired, shown_run


def _findings(text: str):
    return check_text(text, path="draft.txt", select=["structure/mojibake"], layout="fragment")


def test_dash_read_as_latin1_is_reported_with_the_dash() -> None:
    (f,) = _findings("Ia tiba di Melbourne\u00e2\u0080\u0094saat itu hujan.")
    assert "'—'" in f.message
    assert "\\x80\\x94" in f.message  # the C1 bytes are escaped, not printed raw
    assert f.fix is not None and f.fix.replacement == "—"


def test_windows_1252_rendering_is_reported_too() -> None:
    (f,) = _findings("Harga naik \u00e2\u20ac\u201d kata pedagang.")
    assert f.fix is not None and f.fix.replacement == "—"


def test_invisible_character_is_deleted_and_the_space_kept() -> None:
    (f,) = _findings("Itu katanya.\u00e2\u0081 Warga pulang.")
    assert f.fix is not None and f.fix.replacement == ""
    assert f.end - f.start == 2  # the space after the garbage stays in the draft


def test_accented_names_and_real_symbols_are_not_mojibake() -> None:
    assert _findings("São Paulo, Müller, Señor Pérez, café, €30, 30–50 — dan «kutipan».") == []
    assert repaired("é…") is None


def test_shown_run_escapes_control_characters_only() -> None:
    assert shown_run("\u00e2\u0080\u0094") == "â\\x80\\x94"
    assert shown_run("Ã©") == "Ã©"


def test_punctuation_runs_are_repaired_as_ftfy_repairs_them() -> None:
    """Every candidate run that punctuation_repaired answers without loading ftfy gets ftfy's own answer."""
    import ftfy

    from newslint.checks.structure_mojibake import _CANDIDATE_RE, punctuation_repaired

    continuation = [chr(c) for c in range(0x80, 0xC0)] + list("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ")
    answered = 0
    for second in continuation:
        for run in [f"â{second} "] + [f"â{second}{third}{space}" for third in continuation for space in ("", " ")]:
            assert _CANDIDATE_RE.fullmatch(run)
            fixed = punctuation_repaired(run)
            if fixed is not None:
                answered += 1
                assert fixed == ftfy.fix_encoding(run), ascii(run)
    assert answered == 570  # dashes, quotation marks, joiners, currency signs: those read back as UTF-8
    for run, char in [("â\x80\x94", "—"), ("â€“", "–"), ("â\x82¬", "€"), ("â\x81 ", "\u2060"), ("â€œ ", "“ ")]:
        assert punctuation_repaired(run) == char
    assert punctuation_repaired("Ã©") is None  # other leads: ftfy decides

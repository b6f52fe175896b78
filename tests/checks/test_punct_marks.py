"""punct/* mark checks (issue 14, class 7)."""

from __future__ import annotations

from newslint.api import check_text

BODY = "Hujan deras mengguyur kota itu sejak sore dan membuat beberapa ruas jalan utama tergenang air"


def _found(text: str, rule: str, layout: str = "fragment") -> list:
    return [f for f in check_text(text, layout=layout, select=[rule])]


def test_paragraph_final_stop_only_in_body_paragraphs() -> None:
    assert len(_found(f"{BODY}\n\nPetugas datang.", "punct/paragraph-final-stop")) == 1
    draft = f"Hujan Deras di Kota Itu\n\nJAKARTA - {BODY}.\n\nSubjudul Pendek\n\nFoto: {BODY}\n\n- {BODY}"
    assert not _found(draft, "punct/paragraph-final-stop", layout="news")


def test_spaced_dash_skips_datelines_ranges_and_reduplication() -> None:
    draft = "Banjir di Kota\n\nJAKARTA - Skor 2 - 1 dan anak-anak bermain di rumah sakit itu."
    assert not _found(draft, "punct/spaced-dash", layout="news")
    assert len(_found("Dua orang - keduanya warga - terluka.", "punct/spaced-dash")) == 2


def test_space_after_open_quote_curly_is_safe_straight_is_unsafe() -> None:
    curly = _found("“ Kami sudah melapor,” kata Rini.", "punct/space-after-open-quote")
    straight = _found('Ia berkata, " Kami sudah melapor."', "punct/space-after-open-quote")
    assert [f.fix.safety.value for f in curly + straight] == ["safe", "unsafe"]
    assert not _found('Ia berkata, "Kami sudah melapor." Lalu " pergi.', "punct/space-after-open-quote")


def test_stop_inside_title_quote_not_for_speech() -> None:
    assert len(_found("Pameran itu bertema “Laut Kita.”", "punct/stop-inside-title-quote")) == 1
    assert not _found("Ia berkata, “Laut kita tercemar.”", "punct/stop-inside-title-quote")
    assert not _found("Kata dia “Laut kita.”", "punct/stop-inside-title-quote")


def test_open_space_marks_are_the_pattern_matches_that_may_open() -> None:
    import random

    from newslint.checks.punct_marks import _OPEN_SPACE, _open_space_marks

    rng = random.Random(3)
    alphabet = ['"', "“", " ", "a", "(", ":", ",", "\n", "\u00a0", "_", "1", "é", "-", "²"]
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))
        by_pattern = [
            m.start()
            for m in _OPEN_SPACE.finditer(text)
            if text[m.start()] == "“" or m.start() == 0 or text[m.start() - 1].isspace() or text[m.start() - 1] in "(:"
        ]
        assert _open_space_marks(text) == by_pattern, text

"""News-structure rules: headline, dateline, lead, paragraphs."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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


# --- a draft that starts with its body (issue 14) ------------------------------------------------

BODY_FIRST = (
    "Polisi menangkap dua pria yang diduga mencuri sepeda motor di Depok. Keduanya ditangkap di rumah "
    "kontrakan mereka pada Minggu malam.\n\nKapolsek mengatakan kedua pelaku sudah beraksi lima kali."
)


def test_body_first_draft_has_no_headline_and_no_false_dateline():
    from newslint.parsers import parse_text

    doc = parse_text(BODY_FIRST, "draft.txt")
    assert doc.headline is None
    assert [p.zone.value for p in doc.paragraphs] == ["lead", "body"]
    rules = {f.rule for f in check_text(BODY_FIRST)}
    assert not rules & {"structure/headline-period", "structure/headline-length", "structure/dateline"}


_SENTENCES = st.sampled_from(
    [
        "Polisi menangkap dua pria di Depok.",
        "Harga cabai naik tajam pekan ini.",
        "Warga mengungsi ke balai desa sejak pagi.",
        "Kapolsek mengatakan pelaku sudah beraksi lima kali.",
        "Jakarta - Banjir merendam ratusan rumah.",
        "Pemerintah kota akan menambah armada bus.",
        "Rapat itu berlangsung tiga jam.",
    ]
)
_PARAGRAPH = st.lists(_SENTENCES, min_size=1, max_size=4).map(" ".join)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_PARAGRAPH, min_size=1, max_size=3))
def test_no_fix_removes_the_final_full_stop_of_a_body_paragraph(paragraphs):
    from newslint.fixes import apply_fixes, choose_fixes
    from newslint.parsers import parse_text

    text = "\n\n".join(paragraphs)
    doc = parse_text(text, "draft.txt")
    findings = check_text(text)
    fixed = apply_fixes(doc.source, choose_fixes(findings, unsafe=True))
    # every generated paragraph is body text in sentence case: none may be read as a headline
    assert doc.headline is None
    kept = [b for b in fixed.split("\n\n") if b.strip()]
    assert len(kept) == len(paragraphs)
    for original, after in zip(paragraphs, kept, strict=True):
        assert after.rstrip().endswith("."), (original, after)

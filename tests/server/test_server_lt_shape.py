"""LanguageTool's shapes: annotated data, UTF-16 offsets, matches and categories (no server)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.engine.finding import Finding, Fix, Severity
from newslint.server import lt_shape
from newslint.server.lt_shape import Annotated, RequestError, Utf16, parse_annotated, to_match


def _data(*parts: dict) -> str:
    return json.dumps({"annotation": list(parts)})


def test_annotated_markup_is_left_out_and_offsets_map_back():
    a = parse_annotated(
        _data({"markup": "<p>"}, {"text": "Harga "}, {"markup": "<br/>", "interpretAs": "\n"}, {"text": "naik."})
    )
    assert a.original == "<p>Harga <br/>naik."
    assert a.plain == "Harga \nnaik."
    start = a.plain.index("naik")
    assert a.original[a.to_original(start) : a.to_original(start + 4, end=True)] == "naik"
    # a span that covers the interpreted line break covers the whole markup
    assert a.original[a.to_original(0) : a.to_original(start, end=True)] == "Harga <br/>"
    assert a.to_original(len(a.plain), end=True) == len(a.original)


def test_plain_text_maps_to_itself():
    a = Annotated.of_text("Dia pergi.")
    assert a.to_original(4) == 4 and a.to_original(10, end=True) == 10


@pytest.mark.parametrize(
    "data",
    [
        "nope",
        "[]",
        '{"annotation": {}}',
        _data({"text": 1}),
        _data({"text": "a", "markup": "<b>"}),
        _data({"markup": "<b>", "interpretAs": 3}),
        _data({}),
    ],
)
def test_bad_annotations_are_request_errors(data):
    with pytest.raises(RequestError):
        parse_annotated(data)


def test_utf16_offsets_count_astral_characters_twice():
    text = "a😀b🙏c"
    u = Utf16(text)
    assert [u(i) for i in range(len(text) + 1)] == [0, 1, 3, 4, 6, 7]
    assert lt_shape.utf16_len(text) == len(text.encode("utf-16-le")) // 2
    assert Utf16("tanpa emoji")(5) == 5


def test_language_check():
    for ok in ("id", "ID-id", "auto", " id-ID "):
        lt_shape.check_language(ok)
    with pytest.raises(RequestError, match="id-ID"):
        lt_shape.check_language("en-US")
    with pytest.raises(RequestError, match="missing"):
        lt_shape.check_language(None)


def test_match_widens_to_the_fix_and_uses_only_its_replacement():
    text = "Harga naik 40 % pekan ini."
    at = text.index(" %")
    finding = Finding(
        rule="number/percent-space",
        severity=Severity.WARNING,
        message="Tanda % ditulis rapat.",
        start=at,
        end=at + 2,
        suggestions=["40%"],  # a hint about the wider phrase, not a replacement of the span
        fix=Fix(at, at + 2, "%"),
    )
    m = to_match(finding, Annotated.of_text(text), Utf16(text), {"number/percent-space": "Persen rapat."})
    assert [r["value"] for r in m["replacements"]] == ["%"]
    assert text[m["offset"] : m["offset"] + m["length"]] == " %"
    assert m["rule"]["category"] == {"id": "NUMBERS", "name": "Penulisan angka"}
    assert m["rule"]["issueType"] == "numbers" and m["shortMessage"] == "Persen rapat."
    assert m["sentence"] == text


def test_categories_cover_every_builtin_family():
    from newslint.engine.registry import builtin_rules

    for r in builtin_rules():
        cat, issue = lt_shape.category(r.id)
        assert cat["id"] and cat["name"] and issue
        assert r.id.split("/")[0] in lt_shape.FAMILIES, f"add a LanguageTool category for {r.id}"
    assert lt_shape.category("rumah/istilah")[0] == {"id": "RUMAH", "name": "rumah"}
    assert lt_shape.category("typo/word", "en")[0]["name"] == "Possible typo"


def test_picky_level():
    info = Finding("wordiness/filler", Severity.INFO, "m", 0, 1)
    warn = Finding("typo/word", Severity.WARNING, "m", 0, 1)
    assert not lt_shape.shown(info, picky=False) and lt_shape.shown(info, picky=True)
    assert lt_shape.shown(warn, picky=False)


_part = st.one_of(
    st.builds(lambda t: {"text": t}, st.text(max_size=12)),
    st.builds(lambda m: {"markup": m}, st.text(min_size=1, max_size=6)),
    st.builds(lambda m, i: {"markup": m, "interpretAs": i}, st.text(min_size=1, max_size=6), st.text(max_size=3)),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_part, max_size=12))
def test_every_checked_character_maps_back_to_itself(parts):
    a = parse_annotated(json.dumps({"annotation": parts}))
    assert a.original == "".join(p.get("text", p.get("markup", "")) for p in parts)
    for p0, plen, o0, olen, is_text in a.segments:
        for k in range(plen):
            start = a.to_original(p0 + k)
            end = a.to_original(p0 + k + 1, end=True)
            assert o0 <= start <= end <= o0 + olen
            if is_text:
                assert a.original[start:end] == a.plain[p0 + k]
    assert a.to_original(len(a.plain), end=True) <= len(a.original)


def test_sentence_and_context_stay_local_on_an_endless_line():
    text = "di " * 20_000 + "Harga naik. Warga antre di di pasar. Lalu pulang."
    at = text.index("di di pasar")
    assert lt_shape._sentence(text, at, at + 5) == "Warga antre di di pasar."
    s = lt_shape._sentence(text, 30_000, 30_005)
    assert 0 < len(s) <= 2 * 600 + 5
    ctx = lt_shape._context("baris satu\nkata ke ke dua", 16, 21)
    assert ctx["text"] == "baris satu kata ke ke dua" and ctx["offset"] == 16 and ctx["length"] == 5

"""Property tests for autofix over generated drafts: idempotence, byte identity
outside the fixed spans (line endings, BOM, UTF-8/UTF-16), quotations untouched."""

from __future__ import annotations

import re
from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newslint.config import Config
from newslint.engine.linter import Linter
from newslint.engine.registry import builtin_rules
from newslint.fixes import apply_fixes, choose_fixes, fix_until_stable
from newslint.parsers import parse_text
from newslint.sources import decode

FAMILIES = ("number", "caps", "time", "wordiness", "style", "punct", "spelling")
# drafting slips our rules fix, and plain words around them
SLIPS = [
    "Rp 5.000",
    "Rp. 12.500,-",
    "perkilogram",
    "menjelang lebaran",
    "agar supaya",
    "saling bersaing",
    "anak2",
    "turun 10 %",
    "pukul 10:00 WIB",
    "HUT ke 79",
    "tahun 1990an",
    "apapun",
    "non-aktif",
    "1,200,000 warga",
    "senin (4/3/2024)",
    "presiden Joko Widodo",
    "para Gubernur",
    "naik  ,",
]
WORDS = ["warga", "harga", "pasar", "kemarin", "polisi", "rumah", "itu", "naik", "di", "Jakarta", "dan", "yang"]
EOLS = ["\n", "\r\n"]


@lru_cache(maxsize=1)
def _linter() -> Linter:
    rules = [r for r in builtin_rules() if r.meta.family in FAMILIES and r.id != "spelling/nonstandard-word"]
    return Linter(rules, Config())


def _lint(text: str) -> list:
    return _linter().lint(parse_text(text, "<prop>", layout="news")).findings


phrase = st.lists(st.sampled_from(SLIPS + WORDS), min_size=1, max_size=8).map(" ".join)
quote = phrase.map(lambda p: f'"{p}," kata Rina.')
sentence = st.one_of(phrase.map(lambda p: p[:1].upper() + p[1:] + "."), quote)
paragraph = st.lists(sentence, min_size=1, max_size=4).map(" ".join)


@st.composite
def drafts(draw) -> str:
    eol = draw(st.sampled_from(EOLS))
    paras = draw(st.lists(paragraph, min_size=1, max_size=4))
    text = (eol * 2).join(["Judul Berita", *paras])
    if draw(st.booleans()):
        text += eol
    return text


SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
QUOTE_RE = re.compile(r'"[^"]*"')


@SETTINGS
@given(drafts(), st.booleans())
def test_fixing_is_idempotent(text: str, unsafe: bool):
    once = fix_until_stable(text, _lint, unsafe=unsafe)
    twice = fix_until_stable(once.text, _lint, unsafe=unsafe)
    assert twice.text == once.text
    assert twice.applied == 0


@SETTINGS
@given(drafts(), st.booleans())
def test_quotations_are_untouched(text: str, unsafe: bool):
    out = fix_until_stable(text, _lint, unsafe=unsafe).text
    assert QUOTE_RE.findall(out) == QUOTE_RE.findall(text)


@SETTINGS
@given(drafts(), st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]), st.booleans())
def test_bytes_outside_fix_spans_are_identical(text: str, encoding: str, unsafe: bool):
    data = text.encode(encoding)  # utf-8-sig and utf-16 write a BOM
    dec = decode(data, "<prop>")
    assert dec.text == text
    fixes = choose_fixes(_lint(dec.text), unsafe=unsafe)
    new = apply_fixes(dec.text, fixes)
    codec = dec.encoding
    out = dec.bom + new.encode(codec)
    # rebuild both files from the gaps between fixes: the gaps' bytes must be shared verbatim
    pos, old_parts, new_parts = 0, [dec.bom], [dec.bom]
    for fx in sorted(fixes, key=lambda f: f.start):
        gap = dec.text[pos : fx.start].encode(codec)
        old_parts += [gap, dec.text[fx.start : fx.end].encode(codec)]
        new_parts += [gap, fx.replacement.encode(codec)]
        pos = fx.end
    tail = dec.text[pos:].encode(codec)
    assert b"".join([*old_parts, tail]) == data
    assert b"".join([*new_parts, tail]) == out
    # line endings survive: no fix touches a line break
    assert new.count("\r\n") == text.count("\r\n")
    assert new.replace("\r\n", "").count("\n") == text.replace("\r\n", "").count("\n")

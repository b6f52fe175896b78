"""Shared pieces of the reliability tests: generated drafts and the example budget.

The number of generated inputs per property is modest in CI; set
``NEWSLINT_FUZZ_EXAMPLES`` (e.g. 5000) for a longer run, or use
``python bench/fuzz.py`` which does the same without pytest.
"""

from __future__ import annotations

import os
import re

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

#: Examples per property: small in CI, raised on demand.
CI_EXAMPLES = 60
EXAMPLES = int(os.environ.get("NEWSLINT_FUZZ_EXAMPLES") or CI_EXAMPLES)


def fuzz_settings(scale: float = 1.0) -> settings:
    return settings(
        max_examples=max(1, int(EXAMPLES * scale)),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
        derandomize=os.environ.get("NEWSLINT_FUZZ_SEED") is None and EXAMPLES == CI_EXAMPLES,
    )


# Pieces that have broken text tools before: combining marks, emoji with
# modifiers and joiners, right-to-left text and marks, zero-width characters,
# NUL and other controls, ANSI escapes, every kind of quotation mark and dash,
# unusual line breaks, and Indonesian prose with its own punctuation habits.
TRICKY = [
    "e\u0301",
    "a\u0308\u0323",
    "\u0301",
    "👍🏽",
    "👨\u200d👩\u200d👧",
    "🇮🇩",
    "مرحبا بالعالم",
    "שלום",
    "\u200f",
    "\u202e",
    "\u2066",
    "\u200b",
    "\u200c",
    "\u200d",
    "\ufeff",
    "\u00ad",
    "\x00",
    "\x07",
    "\x1b[31m",
    "\x1b]0;judul\x07",
    "\x9b2J",
    "\x85",
    "\u2028",
    "\u2029",
    "\r\n",
    "\r",
    "\n",
    "\n\n",
    "\t",
    "\u00a0",
    '"',
    "'",
    "“",
    "”",
    "„",
    "‟",
    "‘",
    "’",
    "‚",
    "‛",
    "«",
    "»",
    "‹",
    "›",
    "「",
    "」",
    "-",
    "‐",
    "‑",
    "‒",
    "–",
    "—",
    "―",
    "−",
    "--",
    "...",
    "…",
    " , ",
    "  ",
    "Jakarta - ",
    "Liputan6.com, Jakarta - ",
    "kata dia.",
    '"Kami siap," ujar Budi.',
    "di rumah",
    "dirumah",
    "Rp 5.000",
    "10 %",
    "pukul 10:00",
    "https://contoh.id/a?b=c",
    "redaksi@contoh.co.id",
    "#pemilu",
    "@akun",
    "<script>alert(1)</script>",
    "<!-- newslint-disable -->",
    "<!-- newslint-enable -->",
    "# Judul",
    "---\ntitle: x\n---\n",
    "\udcff",
    "\ud800",
]

WORDS = ["warga", "Pasar", "naik", "harga", "yang", "dan", "Jakarta", "SENIN", "di", "ke", "itu", "Presiden"]

piece = st.one_of(
    st.sampled_from(TRICKY),
    st.sampled_from(WORDS),
    st.text(max_size=12),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=6),
)


@st.composite
def hostile_text(draw: st.DrawFn) -> str:
    """Any Unicode text, weighted towards the pieces above; sometimes a very long line or word."""
    parts = draw(st.lists(piece, max_size=40))
    sep = draw(st.sampled_from(["", " ", "\n", " "]))
    text = sep.join(parts)
    extra = draw(st.sampled_from(["", "", "", "line", "word"]))
    # long inputs are built by repetition, not drawn piece by piece, so shrinking stays fast
    if extra == "line":
        words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=8))
        text += " ".join(words * draw(st.sampled_from([50, 400])))
    elif extra == "word":
        text += draw(st.sampled_from(["a", "ب", "é", "👍", "-", "\u200b"])) * draw(st.sampled_from([500, 20000]))
    return text


#: Text from bad bytes: lone surrogates (surrogateescape) and U+FFFD (replace).
bytes_text = st.tuples(
    st.binary(max_size=300), st.sampled_from(["surrogateescape", "replace", "backslashreplace"])
).map(lambda t: t[0].decode("utf-8", errors=t[1]))

any_text = st.one_of(hostile_text(), bytes_text, st.text(max_size=200))

LINE_BREAK = re.compile(r"\r\n|\r|\n")


def line_col(source: str, offset: int) -> tuple[int, int]:
    """Reference line/column (1-based) of ``offset``, computed independently of the model."""
    line = 1
    line_start = 0
    for m in LINE_BREAK.finditer(source):
        if m.end() > offset:  # past the offset, or a \r\n the offset splits: same line
            break
        line += 1
        line_start = m.end()
    return line, offset - line_start + 1


# Terminal-unsafe characters a reporter must never pass through from a draft.
RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

"""``style/filler-opening``: sentences that announce information instead of giving it."""

from __future__ import annotations

import re

from newslint.checks._helpers import word_index
from newslint.engine.rule import RuleContext, bad, good, rule
from newslint.lazyre import compile_cached
from newslint.model.document import Document, Zone

# matched at the start of a sentence only (after a dateline when there is one)
_OPENING = compile_cached(
    r"(?:(?:seperti|sebagaimana|untuk|perlu)\s+diketahui(?:\s+bersama)?"
    r"|diketahui(?:\s+bersama)?"
    r"|sebagai\s+informasi|sekadar\s+informasi|sekedar\s+informasi"
    r"|lebih\s+lanjut(?:\s+(?:disebutkan|dikatakan|dijelaskan|diungkapkan|disampaikan))?"
    r"|dapat\s+ditambahkan|perlu\s+ditambahkan"
    r"|dalam\s+kesempatan\s+(?:tersebut|itu))\s*,",
    re.IGNORECASE,
)
_SKIP = frozenset({Zone.HEADLINE, Zone.KICKER, Zone.HEADING})
# Every alternative of _OPENING starts with one of these (in any case): other sentences skip the regex.
_HEADS = (
    "seperti",
    "sebagaimana",
    "untuk",
    "perlu",
    "diketahui",
    "sebagai",
    "sekadar",
    "sekedar",
    "lebih",
    "dapat",
    "dalam",
)


@rule(
    "style/filler-opening",
    severity="info",
    summary={
        "id": "Pembuka kalimat yang mengumumkan informasi alih-alih memberikannya.",
        "en": "Sentence opener that announces information instead of giving it.",
    },
    message={
        "id": "Pembuka '{match}' tidak menambah informasi (dan sering menyembunyikan sumber): hapus, atau sebut siapa "
        "yang mengatakannya.",
        "en": "The opener '{match}' adds nothing (and often hides the source): drop it, or say who said it.",
    },
    docs={
        "id": "Pembuka seperti 'Diketahui,', 'Seperti diketahui,', 'Lebih lanjut disebutkan,', 'Sebagai informasi,' "
        "mengumumkan bahwa ada informasi, lalu baru memberikannya. Diketahui oleh siapa? Hapus pembukanya, atau "
        "ganti dengan sumber yang jelas ('kata juru bicara Polri').",
        "en": "Openers such as 'Diketahui,' or 'Lebih lanjut disebutkan,' announce information before giving it "
        "and hide who knows it. Drop them or name the source.",
    },
    authority="PWI 1978 #5 (stock transitions); attribution practice (who says so?)",
    measured="dev corpus: 61 findings, 0.400/1k; adjudicated 20/20 listed openers (info: some desks accept 'Lebih lanjut,')",
    examples=[
        bad("Diketahui, pelaku menyerahkan diri pukul 06.00 WIB.", count=1),
        bad("Banjir surut kemarin. Seperti diketahui, harga beras naik sejak Januari."),
        bad("Lebih lanjut disebutkan, korban dibawa ke rumah sakit."),
        good("Harga beras naik sejak Januari, menurut data BPS."),
        good("Polisi belum mengetahui, diketahui atau tidak, identitasnya."),
    ],
)
def filler_opening(doc: Document, ctx: RuleContext) -> None:
    text = doc.text
    low = word_index(doc).low  # lower-cased, same offsets: the heads test ignores case as _OPENING does
    d = doc.dateline
    # doc.past_dateline, inlined: a draft has hundreds of sentences and one dateline
    dl_start, dl_end = (d.start, d.end) if d is not None else (0, 0)
    for s in doc.sentences:
        start, end = s.start, s.end
        if dl_start <= start < dl_end:
            start = dl_end
        while start < end and text[start] in "([ ":
            start += 1
        if not low.startswith(_HEADS, start, end):
            continue
        m = _OPENING.match(text, start, s.end)
        if m is None:
            continue
        if doc.zone_of(m.start()) in _SKIP or doc.in_quote(m.start(), m.end()):
            continue  # a speaker's own words are theirs
        ctx.report(m.start(), m.end())

"""``punct/spacing``: spaces around punctuation, and doubled spaces."""

from __future__ import annotations

import re

from newslint.engine.rule import RuleContext, bad, good, rule
from newslint.engine.yaml_rules import protected_mask
from newslint.model.document import Document, Zone

# a space (not a line break) before , . ; : ! ?  — but not before "..." or ".com"
_SPACE_BEFORE = re.compile(r"(?<=[^\s])([ \t\u00a0]+)([,;:!?]|\.(?![.\w]))")
# every match of _SPACE_BEFORE holds a space right before its mark: one search of the
# whole text decides whether the per-paragraph scans can find anything at all
_SPACE_MARK = re.compile(r"[ \t\u00a0][,;:!?.]")
# sentence punctuation glued to the next word: "kemarin,ia" / "pergi.Dia".  The mark comes
# first and the two letters before it are checked by a lookbehind after it, so the engine
# skips ahead to the next mark instead of trying the lookbehind at every character.
_NO_SPACE_AFTER = re.compile(r"([,;!?.])(?<=[^\W\d_]{2}.)(?:(?<!\.)|(?=[A-Z][a-z]))(?=[^\W\d_])")
# two or more spaces inside a line
_DOUBLE = re.compile(r"(?<=\S)( {2,})(?=\S)")


@rule(
    "punct/spacing",
    severity="warning",
    summary={"id": "Spasi di sekitar tanda baca tidak tepat.", "en": "Wrong spacing around punctuation."},
    message={"id": "{problem}", "en": "{problem_en}"},
    docs={
        "id": "Tanda koma, titik, titik koma, titik dua, tanda tanya dan tanda seru ditulis rapat dengan kata "
        "sebelumnya dan diikuti satu spasi. Spasi ganda di tengah kalimat dihapus. Angka (3,5; 10.00), "
        "alamat web, domain dan singkatan tidak diperiksa.",
        "en": "Commas, periods, semicolons, colons, question and exclamation marks attach to the preceding "
        "word and are followed by one space; doubled spaces are removed. Numbers, URLs, domains and "
        "abbreviations are left alone.",
    },
    measured="dev corpus (152,686 words): 17 findings, 0.11 per 1,000 words; 20 read before the emoticon/run guard: 17 correct; after it 17 of 17 remaining correct",
    authority="EYD V › Pemakaian Tanda Baca (tanda titik, tanda koma); house style",
    fixable=True,
    examples=[
        bad("Harga cabai naik , kata pedagang.", count=1, fixed="Harga cabai naik, kata pedagang."),
        bad("Ia datang kemarin,lalu pulang.", fixed="Ia datang kemarin, lalu pulang."),
        bad("Rapat  dimulai pukul 10.00 WIB.", fixed="Rapat dimulai pukul 10.00 WIB."),
        bad("Mereka menunggu.Tak ada yang datang.", fixed="Mereka menunggu. Tak ada yang datang."),
        good("Inflasi 3,5 persen pada pukul 10.00 WIB, kata dr. Budi di live.com."),
        good("Apa? Tunggu... nanti saja."),
        good("Kunjungi https://contoh.co.id/berita,terbaru untuk detailnya."),
    ],
)
def spacing(doc: Document, ctx: RuleContext) -> None:
    text = doc.text
    mask = protected_mask(doc)
    space_before = _SPACE_MARK.search(text) is not None
    doubled = "  " in text
    for p in doc.paragraphs:
        if p.zone is Zone.KICKER:
            continue
        for m in _SPACE_BEFORE.finditer(text, p.start, p.end) if space_before else ():
            s, e = m.span(1)
            if any(mask[s - 1 : m.end()]):
                continue
            mark = m.group(2)
            after = text[m.end() : m.end() + 1]
            if mark == ":" and after.isdigit():
                continue  # "pukul 10 : 00" is a time-format problem, not ours
            if after and not after.isspace() and not after.isalnum():
                continue  # emoticons ":)", runs "???" in embedded posts
            ctx.report(
                s,
                m.end(),
                args={
                    "problem": f"Hapus spasi sebelum '{mark}'.",
                    "problem_en": f"Remove the space before '{mark}'.",
                },
                suggestions=[mark],
                replacement=mark,
                safety="safe",
            )
        for m in _NO_SPACE_AFTER.finditer(text, p.start, p.end):
            s, e = m.span(1)
            if any(mask[s - 2 : e + 2]) or doc.in_quote(s) and text[e : e + 1] in "\"'”’":
                continue
            mark = m.group(1)
            ctx.report(
                s,
                e + 1,
                args={
                    "problem": f"Tambahkan spasi setelah '{mark}'.",
                    "problem_en": f"Add a space after '{mark}'.",
                },
                suggestions=[mark + " " + text[e]],
                replacement=mark + " ",
                fix_span=(s, e),
                safety="safe",
            )
        for m in _DOUBLE.finditer(text, p.start, p.end) if doubled else ():
            s, e = m.span(1)
            if any(mask[s:e]):
                continue
            ctx.report(
                s,
                e,
                args={"problem": "Spasi ganda: cukup satu spasi.", "problem_en": "Doubled space: use one."},
                suggestions=[" "],
                replacement=" ",
                safety="safe",
            )

"""``number/percent-space`` (50 %) and ``number/percent-style`` (persen or %, the
house switch ``percent``)."""

from __future__ import annotations

import re

from newslint.checks._helpers import occurrences, protected_mask, touches_protected, word_index
from newslint.engine.rule import RuleContext, bad, good, rule
from newslint.lazyre import compile_cached
from newslint.model.document import Document, Zone

_SPACED = compile_cached(r"(?<=\d)(?P<sp>[ \t\u00a0]+)%")
_SIGN = compile_cached(r"(?<=\d)%")
_WORD = compile_cached(r"(?<=\d)(?P<sp>[ \u00a0])persen\b")
# headlines, tables and kickers may keep "%" whatever the house says
_SIGN_OK = frozenset({Zone.HEADLINE, Zone.KICKER, Zone.HEADING, Zone.DECK})


# The patterns above begin with a look-behind, so a regex scan tries them at every character; they are
# tried only where str.find sees a "%" (where the word "persen" starts) instead: the same matches.


def _spaced_signs(text: str) -> list[tuple[int, int]]:
    """The spans ``_SPACED.finditer(text)`` finds: the blanks after a digit and the "%" after them."""
    found = []
    for i in occurrences(text, "%"):
        s = i
        while s > 0 and text[s - 1] in " \t\u00a0":
            s -= 1
        if s < i and s > 0 and text[s - 1].isdecimal():  # \d is a decimal digit, as isdecimal()
            found.append((s, i + 1))
    return found


def _signs(text: str) -> list[re.Match[str]]:
    """What ``_SIGN.finditer(text)`` yields."""
    return [m for i in occurrences(text, "%") if (m := _SIGN.match(text, i)) is not None]


def _words(doc: Document) -> list[re.Match[str]]:
    """What ``_WORD.finditer(doc.text)`` yields: a match's "persen" is a whole letter run, one blank after it starts."""
    text = doc.text
    index = word_index(doc)
    if "persen" not in index.words:
        return []
    return [m for i in index.offsets("persen") if i > 0 and (m := _WORD.match(text, i - 1)) is not None]


@rule(
    "number/percent-space",
    severity="warning",
    summary={"id": "Tanda % ditulis rapat dengan angkanya (50%).", "en": "% is written next to the number (50%)."},
    message={
        "id": "Tanda % ditulis rapat dengan angkanya: '{suggestion}'.",
        "en": "Write % next to the number: '{suggestion}'.",
    },
    docs={
        "id": "EYD V menulis lambang persen tanpa spasi (5%). Bila gaya rumah memakai kata 'persen' "
        "(`house.percent: persen`), perbaikannya menjadi '50 persen'.",
        "en": "EYD V writes % with no space (5%); with `house.percent: persen` the fix is '50 persen'.",
    },
    authority="EYD V › Angka dan Bilangan (5%)",
    options={"percent": "any"},
    measured="dev corpus: 1 finding, 0.007/1k; 1/1 correct",
    fixable=True,
    examples=[
        bad("Inflasi turun 10 % tahun ini.", fixed="Inflasi turun 10% tahun ini."),
        bad("Inflasi turun 10 % tahun ini.", percent="persen", fixed="Inflasi turun 10 persen tahun ini."),
        good("Inflasi turun 10% tahun ini, atau 10 persen."),
    ],
)
def percent_space(doc: Document, ctx: RuleContext) -> None:
    text = doc.text
    if "%" not in text:
        return
    persen = ctx.options.get("percent") == "persen"
    for s, e in _spaced_signs(text):
        if touches_protected(doc, s, e):
            continue
        body = persen and doc.zone_of(s) not in _SIGN_OK
        repl = " persen" if body else "%"
        num = re.search(r"[\d.,]+$", text[max(0, s - 20) : s])
        shown = (num.group() if num else "") + repl
        ctx.report(s, e, args={"suggestion": shown}, suggestions=[shown], replacement=repl, safety="safe")


@rule(
    "number/percent-style",
    severity="info",
    summary={
        "id": "'persen' atau '%' menurut gaya rumah, dan tidak dicampur dalam satu naskah.",
        "en": "'persen' or '%' as house style says, not mixed in one draft.",
    },
    message={"id": "{problem}", "en": "{problem_en}"},
    docs={
        "id": "EYD V membenarkan '5%' dan '7 persen'; pilihannya gaya rumah (`house.percent`): 'persen' (kata di "
        "badan berita, % boleh di judul), '%', atau 'any' (bawaan: keduanya boleh, tetapi jangan dicampur dalam "
        "satu naskah — bentuk yang lebih jarang dilaporkan).",
        "en": "EYD V accepts both '5%' and '7 persen'; house style picks (`house.percent`: persen, %, any). With "
        "'any' (default) a draft that mixes both gets the minority form reported.",
    },
    authority="EYD V › Angka dan Bilangan; house style (percent)",
    options={"percent": "any"},
    measured="dev corpus: 1 finding, 0.007/1k (percent: any)",
    fixable=True,
    examples=[
        bad("Inflasi 2,5% dan suku bunga naik 0,3 persen, lalu 0,2 persen.", count=1),
        bad("Inflasi naik 2,5% bulan ini.", percent="persen", fixed="Inflasi naik 2,5 persen bulan ini."),
        bad("Inflasi naik 2,5 persen bulan ini.", percent="%", fixed="Inflasi naik 2,5% bulan ini."),
        good("Inflasi 2,5 persen dan suku bunga naik 0,3 persen."),
        good("Inflasi 2,5% dan suku bunga 6%.", percent="%"),
    ],
)
def percent_style(doc: Document, ctx: RuleContext) -> None:
    text = doc.text
    house = str(ctx.options.get("percent", "any"))
    signs = [m for m in _signs(text) if not protected_mask(doc)[m.start()] and doc.zone_of(m.start()) not in _SIGN_OK]
    words = [m for m in _words(doc) if not protected_mask(doc)[m.start()] and doc.zone_of(m.start()) not in _SIGN_OK]
    if house == "persen":
        for m in signs:
            ctx.report(
                m.start(),
                m.end(),
                args={
                    "problem": "Gaya rumah menulis 'persen' di badan berita.",
                    "problem_en": "House style writes 'persen' in body copy.",
                },
                suggestions=[" persen"],
                replacement=" persen",
                safety="safe",
            )
    elif house == "%":
        for m in words:
            ctx.report(
                m.start(),
                m.end(),
                args={"problem": "Gaya rumah menulis '%'.", "problem_en": "House style writes '%'."},
                suggestions=["%"],
                replacement="%",
                safety="safe",
            )
    elif signs and words:
        minority, form = (signs, "persen") if len(signs) < len(words) else (words, "%")
        if len(signs) == len(words):
            minority, form = (signs, "persen") if signs[0].start() > words[0].start() else (words, "%")
        for m in minority:
            ctx.report(
                m.start(),
                m.end(),
                args={
                    "problem": f"Naskah ini mencampur '%' dan 'persen'; pakai satu bentuk ({form}).",
                    "problem_en": f"This draft mixes '%' and 'persen'; use one form ({form}).",
                },
                suggestions=[form],
            )

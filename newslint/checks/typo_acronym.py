"""``typo/acronym``: an upper-case short form that is a typing slip of a well-known one (*OKJ*, *BMKH*, *KONNI*).

``typo/entity`` takes back swapped letters in short forms of four letters or more (*BKMG*).  Shorter forms
and neighbouring keys are riskier: news is full of real short forms one letter from a listed one (*KPM*
beside *KPK*, *PBG* beside *PBB*, *WTI* beside *WIT*).  So a short form is reported only when

* no source knows it (the short-form lists, the gazetteer, web text, the standard lexicon),
* its first letter is kept and exactly one listed short form is one neighbouring key, one swap of
  neighbours or one letter after the first typed twice away (*KONNI* for *KONI*; a doubled first letter is
  a body's own prefix as often: *BBMKG*, Balai Besar MKG),
* the draft does not spell out its own expansion (*Program Keluarga Harapan* for *PKH*) and does not write
  it three times or more (a body the draft is about), and
* there is evidence for the listed form: the draft writes it elsewhere or spells out its expansion
  (*Otoritas Jasa Keuangan* ... *OKJ*), or -- for four letters or more, where chance neighbours are rare --
  the listed form is a well-known one (by web frequency: *BMKH* for *BMKG*).
"""

from __future__ import annotations

from collections import Counter
from functools import lru_cache

from newslint.checks._helpers import FlaggedTexts
from newslint.engine.rule import RuleContext, bad, good, rule
from newslint.lang import get_lexicon, is_known_entity, keyboard_adjacent
from newslint.model.document import Document, TokenKind

_MIN_LEN = 3
_MAX_LEN = 6
#: Four letters or more: a neighbouring key counts without other evidence towards a short form this common.
_WELL_KNOWN_RANK = 20_000
#: Written this often in one draft, a short form is a body of its own.
_MAX_REPEATS = 3
#: Lower-case words that may sit inside an expansion (*Badan Meteorologi, Klimatologi, dan Geofisika*).
_JOINERS = frozenset(["dan", "and", "of", "&"])

_VERDICTS: dict[str, str | None] = {}


@lru_cache(maxsize=1)
def _short_forms() -> dict[tuple[str, int], tuple[str, ...]]:
    """The listed short forms that are no ordinary words, by (first letter, length)."""
    lex = get_lexicon()
    out: dict[tuple[str, int], list[str]] = {}
    for a in sorted(lex.acronyms):
        if _MIN_LEN <= len(a) <= _MAX_LEN and a.isalpha() and not lex.is_standard(a):
            out.setdefault((a[0], len(a)), []).append(a)
    return {k: tuple(v) for k, v in out.items()}


def _slip_kind(typo: str, meant: str) -> str | None:
    """``"key"`` or ``"swap"`` when ``typo`` is one neighbouring key or one swap of neighbours from ``meant``
    (same length, the first letter kept); ``"double"`` when ``typo`` is ``meant`` with a letter after the first
    typed twice (*KONNI* for *KONI*)."""
    if len(typo) == len(meant) + 1:
        doubled = any(typo[i] == typo[i - 1] and typo[:i] + typo[i + 1 :] == meant for i in range(2, len(typo)))
        return "double" if doubled else None
    if len(typo) != len(meant):
        return None
    diff = [i for i in range(1, len(typo)) if typo[i] != meant[i]]
    if len(diff) == 1 and keyboard_adjacent(typo[diff[0]], meant[diff[0]]):
        return "key"
    if (
        len(diff) == 2
        and diff[1] == diff[0] + 1
        and typo[diff[0]] == meant[diff[1]]
        and typo[diff[1]] == meant[diff[0]]
    ):
        return "swap"
    return None


def acronym_slip(word: str) -> tuple[str, str] | None:
    """(the listed short form, ``"key"``/``"swap"``) for an upper-case word no source knows that is one slip
    from exactly one listed short form (context-free: the draft's evidence is :func:`acronym_slips`'s)."""
    if word in _VERDICTS:
        hit = _VERDICTS[word]
        return None if hit is None else (hit, _slip_kind(word.lower(), hit) or "")
    out = None
    low = word.lower()
    lex = get_lexicon()
    if (
        _MIN_LEN <= len(word) <= _MAX_LEN
        and word.isalpha()
        and word.isupper()
        and low not in lex.acronyms
        and low not in lex.rank
        and not lex.is_standard(low)
        and low not in lex.english
        and not is_known_entity(word)
    ):
        hits = [a for a in _short_forms().get((low[0], len(low)), ()) if a != low and _slip_kind(low, a)]
        if not hits:
            # one letter typed twice inside the form (_slip_kind's "double": a doubled first letter is a body's
            # own prefix as often, BBMKG, Balai Besar MKG; PPKS, Pusat Penelitian Kelapa Sawit)
            hits = [a for a in _short_forms().get((low[0], len(low) - 1), ()) if _slip_kind(low, a)]
        if len(hits) == 1:
            out = hits[0]
    _VERDICTS[word] = out
    return None if out is None else (out, _slip_kind(low, out) or "")


def _spelt_out(doc: Document) -> set[str]:
    """Every run of initials (lower case, two letters or more) of the draft's runs of capitalised words
    (*Otoritas Jasa Keuangan* gives *ojk*, *oj*, *jk*)."""
    out: set[str] = set()
    run: list[str] = []

    def flush() -> None:
        s = "".join(run)
        for i in range(len(s)):
            for j in range(i + 2, len(s) + 1):
                out.add(s[i:j])
        run.clear()

    prev_sentence = -1
    for tok in doc.tokens:
        t = tok.text
        if tok.sentence != prev_sentence:
            flush()
            prev_sentence = tok.sentence
        if tok.kind is TokenKind.WORD and t[:1].isupper() and t[1:2].islower():
            run.append(t[0].lower())
        elif t == "," or t.lower() in _JOINERS:
            continue
        else:
            flush()
    flush()
    return out


@rule(
    "typo/acronym",
    severity="info",
    summary={
        "id": "Singkatan yang salah ketik dari singkatan lembaga yang dikenal (OKJ untuk OJK).",
        "en": "A short form that is a typing slip of a well-known one (OKJ for OJK).",
    },
    message={
        "id": "'{match}' tidak dikenal; apakah maksudnya '{cand}'?",
        "en": "'{match}' is not a known short form; did you mean '{cand}'?",
    },
    docs={
        "id": "Singkatan huruf kapital yang tidak dikenal dan hanya satu tombol bersebelahan, dua huruf "
        "tertukar atau satu huruf terketik dua kali dari singkatan lembaga yang dikenal ('BMKH' untuk 'BMKG', "
        "'OKJ' untuk 'OJK', 'KONNI' untuk 'KONI'). Banyak "
        "singkatan sah berbeda satu huruf dari singkatan lain, jadi singkatan tiga huruf hanya dilaporkan "
        "bila naskah menulis singkatan yang dimaksud di tempat lain atau menuliskan kepanjangannya; singkatan "
        "yang kepanjangannya ditulis di naskah atau dipakai tiga kali atau lebih tidak dilaporkan.",
        "en": "An unknown upper-case short form one neighbouring key, one swap or one doubled letter from a "
        "well-known one. Three-"
        "letter forms are reported only when the draft writes the intended form elsewhere or spells out its "
        "name; a form the draft spells out or uses three times or more is left alone.",
    },
    authority="house proofreading practice (nama lembaga); EYD V › Singkatan dan Akronim",
    fixable=True,
    measured=(
        "info until measured: no finding on the dev corpus nor on 762 excerpts of fresh published text "
        "(167,000 words), so its precision on news is unknown. "
        "issue 12 s6 (i12r): dev corpus (415 articles, 152,686 words) 0 findings (the unknown short forms one slip from a listed one there, KPM, PBG, WTI, PKH ..., have no evidence or spell themselves out); real-error drafts: OKJ (s5, s7) and BMKH (s7) caught, 0 false flags"
    ),
    examples=[
        bad(
            "Otoritas Jasa Keuangan mencabut izin bank itu. OKJ menyatakan nasabah tetap aman.",
            fixed="Otoritas Jasa Keuangan mencabut izin bank itu. OJK menyatakan nasabah tetap aman.",
        ),
        bad("Gempa mengguncang Malang. BMKH menyatakan gempa tidak berpotensi tsunami."),
        bad("Ketua KONNI daerah membuka pekan olahraga itu.", fixed="Ketua KONI daerah membuka pekan olahraga itu."),
        good("OJK menyatakan nasabah tetap aman."),
        good("Bantuan PKM disalurkan kepada 300 keluarga penerima."),
        good("Program Keluarga Harapan (PKH) menjangkau 10 juta keluarga."),
    ],
)
def acronym_slips(doc: Document, ctx: RuleContext) -> None:
    toks = _SLIPPED.tokens(doc, ctx.vocabulary.accept)
    if not toks:
        return
    lex = get_lexicon()
    counts = Counter(t.text for t in doc.tokens if t.kind is TokenKind.WORD)
    spelt = _spelt_out(doc)
    for tok in toks:
        found = acronym_slip(tok.text)
        if found is None or ctx.vocabulary.accepts(tok.text):
            continue
        meant, kind = found
        if kind == "swap" and len(tok.text) >= 4:
            continue  # typo/entity takes back swaps in longer short forms (BKMG)
        low = tok.text.lower()
        if counts[tok.text] >= _MAX_REPEATS or low in spelt:
            continue  # a body the draft is about, or one it spells out (Program Keluarga Harapan, PKH)
        evidence = counts[meant.upper()] > 0 or meant in spelt
        if not evidence and (len(low) < 4 or lex.rank.get(meant, _WELL_KNOWN_RANK) >= _WELL_KNOWN_RANK):
            continue
        cand = meant.upper()
        ctx.report(tok.start, tok.end, args={"cand": cand}, suggestions=[cand], replacement=cand, safety="unsafe")


_SLIPPED = FlaggedTexts(lambda w: _MIN_LEN <= len(w) <= _MAX_LEN and w.isupper() and acronym_slip(w) is not None)

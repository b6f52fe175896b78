"""``number/sentence-initial``: a sentence does not start with digits."""

from __future__ import annotations

from newslint.engine.rule import RuleContext, bad, good, rule
from newslint.lazyre import compile_cached
from newslint.model.document import Document, Zone

_NUM = compile_cached(r"\d[\d.,]*(?![\d/:-])")
_YEAR = compile_cached(r"(?:19|20)\d\d\b")
_SKIP = frozenset({Zone.HEADLINE, Zone.KICKER, Zone.HEADING, Zone.DECK})


@rule(
    "number/sentence-initial",
    severity="info",
    summary={"id": "Kalimat tidak diawali angka.", "en": "A sentence does not start with digits."},
    message={
        "id": "Kalimat diawali angka '{match}': tulis dengan huruf atau awali dengan 'Sebanyak'/'Sejumlah'.",
        "en": "The sentence starts with the number '{match}': spell it out or start with 'Sebanyak'/'Sejumlah'.",
    },
    docs={
        "id": "EYD V: bilangan di awal kalimat ditulis dengan huruf; bila lebih dari satu kata, susun ulang kalimatnya "
        "atau awali dengan 'sebanyak', 'sejumlah', 'sebesar' (Sebanyak 250 rumah terendam). Tahun di awal kalimat "
        "(2024 menjadi ...) juga lebih baik disusun ulang, tetapi tidak dilaporkan. Kutipan, judul dan daftar "
        "tidak diperiksa.",
        "en": "EYD V spells out a number that starts a sentence, or rephrases (Sebanyak 250 rumah ...). Years, "
        "quotations, headlines and lists are not reported.",
    },
    authority="EYD V › Angka dan Bilangan (bilangan di awal kalimat)",
    measured="dev corpus: 3 findings, 0.020/1k; 3/3 correct (216 before headings/list lines were excluded)",
    examples=[
        bad("Banjir melanda kota itu. 250 rumah terendam."),
        bad("3 orang tewas dalam kecelakaan itu."),
        good("Sebanyak 250 rumah terendam. Tiga orang tewas."),
        good("2024 menjadi tahun yang berat bagi petani."),
        good('"16 tersangka sudah kami tahan," kata Kapolres.'),
        good("1. Membasuh kedua tangan.\n\n2) Berkumur."),
    ],
)
def sentence_initial(doc: Document, ctx: RuleContext) -> None:
    text = doc.text
    for s in doc.sentences:
        start = doc.past_dateline(s.start)
        while start < s.end and text[start] in " \t":
            start += 1
        if start >= s.end or not text[start].isdigit():
            continue
        m = _NUM.match(text, start, s.end)
        if m is None or _YEAR.match(m.group()):
            continue
        num_end = m.start() + len(m.group().rstrip(".,"))
        nxt = text[num_end : num_end + 1]
        if nxt in (".", ")", "") or not text[num_end : num_end + 2].startswith(" "):
            continue  # list numbering "1." / "2)", or "10.00 WIB"-like tokens
        words = text[num_end : s.end].split()[:6]
        if len(words) >= 3 and all(w[:1].isupper() for w in words[:3]):
            continue  # a title-case line ("194 Koperasi Desa ...") is a heading or a link, not a sentence
        if doc.zone_of(start) in _SKIP or doc.in_quote(start):
            continue
        par = doc.paragraph_at(start)
        if par is not None and doc.text[par.start : par.end].rstrip()[-1:] not in ".!?\"”’'":
            continue  # a line without final punctuation is a heading or list item ("6 Tips agar ...")
        ctx.report(m.start(), num_end)

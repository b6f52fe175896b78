"""``structure/sentence-length``: sentences too long to read in one breath."""

from __future__ import annotations

import re
from operator import itemgetter

from newslint.engine.rule import RuleContext, bad, good, rule
from newslint.lazyre import compile_cached
from newslint.model.document import Document, Token, TokenKind, Zone

_KIND = itemgetter(3)  # Token.kind, read in C
_KIND_AND_QUOTE = itemgetter(3, 7)  # (Token.kind, Token.in_quote)
_WORD_OUTSIDE = (TokenKind.WORD, False)
_NUMBER_OUTSIDE = (TokenKind.NUMBER, False)


def count_own_words(tokens: list[Token], start: int, end: int) -> int:
    """Word and number tokens among ``tokens[start:end]`` outside direct quotations: the writer's words."""
    pairs = list(map(_KIND_AND_QUOTE, tokens[start:end]))
    return pairs.count(_WORD_OUTSIDE) + pairs.count(_NUMBER_OUTSIDE)


# Not the writer's sentence: a table row, a list run together by copy-paste (items separated by
# semicolons or spaced hyphens, a line-up), "Baca juga:" link residue, the text of a law quoted
# article by article ("Pasal 310 (1) Barang siapa ...", "(2) Setiap Orang ...").
_NOT_PROSE = compile_cached(
    r"\s\|\s|^\W*(?:\(\d+\)|\d+[.)]\s|[-•]\s|Pasal\s+\d)|(?:^|\s)\(\d+\)\s+Setiap\s+Orang|\sBarang\s+siapa\s"
    r"|\S\s\d{1,2}\.\s+[A-Z].*\S\s\d{1,2}\.\s+[A-Z]|Baca\s+juga\s*:|(?:;[^;]*){3}|(?:\s-\s[^-]*){4}",
    re.MULTILINE,
)


_LONG = (
    "Rapat yang digelar oleh panitia khusus bersama perwakilan pemerintah daerah, tokoh masyarakat, pengusaha "
    "lokal, dan sejumlah akademisi dari tiga perguruan tinggi negeri itu akhirnya menyepakati bahwa pembangunan "
    "jalan lingkar selatan akan dimulai pada awal tahun depan setelah seluruh dokumen lingkungan selesai disusun."
)


@rule(
    "structure/sentence-length",
    severity="info",
    summary={"id": "Kalimat terlalu panjang.", "en": "Sentence is too long."},
    message={
        "id": "Kalimat ini {words} kata (batas {max_words}); pecah menjadi dua kalimat atau lebih.",
        "en": "This sentence has {words} words (limit {max_words}); split it.",
    },
    docs={
        "id": "Kalimat berita sebaiknya pendek agar mudah dicerna (PWI 1978 butir 4). Batas bawaan 40 kata; "
        "atur dengan `rules: {structure/sentence-length: {max_words: 35}}`. Kata di dalam kutipan langsung "
        "tidak dihitung: itu kata-kata narasumber, bukan kalimat penulis. Baris tabel, daftar yang tergabung "
        "saat disalin dan kutipan pasal undang-undang ('Pasal 310 (1) Barang siapa ...') tidak dilaporkan.",
        "en": "News sentences should be short (PWI 1978, item 4). Default limit 40 words; configurable with "
        "`max_words`. Words inside a direct quotation are not counted: they are the speaker's, not the writer's. "
        "Table rows, lists run together and quoted statute text are not reported.",
    },
    measured="dev corpus (152,686 words): 94 sentences over 40 words before quotations were left out, 33 now "
    "(0.22/1k; tune 12, unseen 21). Unseen sample of 25 adjudicated after the quotation fix: 10 correct (40%); the "
    "false alarms were statute text, tables and lists run together, skipped since (9/13 of the sample remain correct, "
    "tune figure); info (advice, not an error)",
    authority="PWI 1978 (10 Pedoman Pemakaian Bahasa dalam Pers), item 4; house style",
    options={"max_words": 40},
    examples=[
        bad(_LONG, count=1),
        bad("Menteri itu datang ke kantor pagi ini dan langsung memimpin rapat.", max_words=8),
        good("Menteri itu datang ke kantor pagi ini."),
        good(_LONG, max_words=60),
        # a law quoted article by article, a table row: not the writer's sentence
        good(f"(2) Setiap Orang yang dengan sengaja {_LONG[0].lower()}{_LONG[1:]}"),
        # the speaker's words in a quotation are not the writer's sentence
        good(f'"{_LONG[:-1]}," kata Ketua Panitia Budi Santoso.'),
        bad(f'Ketua panitia menegaskan bahwa {_LONG[0].lower()}{_LONG[1:-1]}, "dan itu sudah final."', count=1),
    ],
)
def sentence_length(doc: Document, ctx: RuleContext) -> None:
    limit = int(ctx.options.get("max_words", 40))
    tokens = doc.tokens
    for s in doc.sentences:
        if s.token_end - s.token_start <= limit:
            continue  # fewer tokens than the limit: no need to count its words
        if doc.paragraphs[s.paragraph].zone in (Zone.KICKER, Zone.HEADLINE):
            continue
        words = count_own_words(tokens, s.token_start, s.token_end)
        if words > limit and not _NOT_PROSE.search(doc.text, doc.past_dateline(s.start), s.end):
            ctx.report(s.start, s.end, args={"words": words, "max_words": limit})

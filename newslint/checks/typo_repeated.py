"""``typo/repeated-word``: the same word typed twice in a row.

A repeat with no hyphen is a typo ("yang yang") or a reduplication written
without its hyphen ("anak anak" → "anak-anak", EYD V › Kata Ulang).  Words
that are commonly reduplicated get the hyphenated form as the suggestion;
function words (a closed class: "yang", "di", "dan") get the single word;
any other content word gets both, since only the writer knows which was meant.  Repeats that differ in case ("dan DAN": a
conjunction and someone's initials) and capitalised repeats (names such as
"Maung Maung", "Butar Butar") are left alone.
"""

from __future__ import annotations

from itertools import compress, islice
from operator import eq, itemgetter

from newslint.engine.rule import RuleContext, bad, good, rule
from newslint.lang.register import in_written_text
from newslint.model.document import Document, TokenKind

#: Marks that open or close a quotation or a cited term.
_QUOTE_MARKS = frozenset("\"'“”‘’")
_TEXT = itemgetter(2)  # Token.text: an index into the named tuple, no attribute lookup

#: Words whose doubling is (almost always) a reduplication missing its hyphen.
REDUPLICATED = frozenset(
    [
        "anak",
        "laki",
        "kawan",
        "teman",
        "apa",
        "ada",
        "undang",
        "kupu",
        "orang",
        "ibu",
        "bapak",
        "hati",
        "kira",
        "mata",
        "masing",
        "tiba",
        "pura",
        "baik",
        "siapa",
        "mana",
        "kapan",
        "sama",
        "lama",
        "besar",
        "kecil",
        "jalan",
        "cepat",
        "pelan",
        "hari",
        "bulan",
        "tahun",
        "minggu",
        "rumah",
        "barang",
        "buku",
        "kata",
        "gedung",
        "negara",
        "daerah",
        "kota",
        "desa",
        "warga",
        "pejabat",
        "pihak",
        "saudara",
        "rekan",
        "bukan",
        "sekali",
        "dua",
        "tiga",
        "belum",
        "sudah",
        "jangan",
        "cuma",
        "hanya",
        "paling",
        "bagaimana",
        "macam",
        "rata",
        "hati-hati",
        "diam",
        "terus",
        "habis",
        "asal",
        "satu",
        "bola",
        "pagi",
        "malam",
        "sore",
        "siang",
        "tengah",
        "awal",
        "akhir",
        "pertama",
        "benar",
        "sungguh",
        "gara",
        "betul",
        "kadang",
        "sedikit",
        "banyak",
    ]
)
#: Function words (a closed class): doubled, they are a typing slip, never a reduplication.
FUNCTION_WORDS = frozenset(
    "yang di ke dari dan atau itu ini akan untuk dengan pada dalam juga tidak tak telah oleh bahwa karena "
    "sebagai adalah ialah merupakan para si sang pun serta namun tetapi tapi bagi kepada terhadap antara "
    "hingga agar supaya jika kalau bila apabila maka ketika sejak setelah sebelum yakni yaitu secara masih "
    "lebih sangat dapat bisa harus perlu ia dia mereka kami kita saya anda per atas bawah tersebut tentang "
    "mengenai menurut seperti tanpa demi selama sambil sementara meski meskipun walau walaupun sehingga bahkan "
    "pula ataupun daripada sedangkan".split()
)
#: Repeats that are fine: interjections and laughter in quotes.
ALLOWED = frozenset(["ha", "he", "hi", "hu", "wk", "no", "la", "oh", "ya"])


def _same_as_previous(doc: Document) -> list[int]:
    """Indices of the tokens that may repeat the previous one, in order: a handful per draft.

    A repeat is reported only when the two texts are equal, or when a sentence opens with the capitalised
    form of the next word ("Yang yang"); so the equal neighbours are found in C (map/compress) over the
    texts as they are, without lower-casing every token, and only sentence starts are looked at for the
    rest."""
    texts = list(map(_TEXT, doc.tokens))
    found = list(compress(range(1, len(texts)), map(eq, texts, islice(texts, 1, None))))
    for s in doc.sentences:
        i = s.token_start + 1
        if i < s.token_end:
            a, b = texts[i - 1], texts[i]
            if a != b and a[1:] == b[1:] and a.lower() == b.lower():
                found.append(i)
    return sorted(found) if len(found) > 1 else found


@rule(
    "typo/repeated-word",
    severity="warning",
    summary={
        "id": "Kata yang sama tertulis dua kali berturut-turut.",
        "en": "The same word typed twice in a row.",
    },
    message={
        "id": "'{match}': {advice}",
        "en": "'{match}': {advice_en}",
    },
    docs={
        "id": "Kata yang terulang tanpa tanda hubung ('yang yang', 'di di') hampir selalu salah ketik. Bila "
        "maksudnya kata ulang, EYD V menuliskannya dengan tanda hubung ('anak-anak', 'laki-laki'). Ulangan "
        "yang berbeda huruf kapitalnya ('dan DAN': kata sambung dan inisial) atau berhuruf kapital (nama "
        "seperti 'Maung Maung') tidak dilaporkan. Perbaikan tidak otomatis (unsafe).",
        "en": "A word repeated without a hyphen is almost always a typo; an intended reduplication takes a "
        "hyphen (EYD V). Repeats that differ in case, and capitalised repeats (names), are not reported.",
    },
    measured=(
        "dev corpus (415 articles, 152,686 words): 21 findings, 0.14 per 1,000 words; all 21 read: 20 correct (95%), "
        "1 doubtful (a quoted term). Issue 12 rate16: a repeat that is a whole cited term, or inside a written text "
        "quoted word for word, is left alone (wereh wereh, judged false); tune half 5 -> 4"
    ),
    authority="EYD V › Bentuk Ulang (kata ulang ditulis dengan tanda hubung); house proofreading practice",
    fixable=True,
    examples=[
        bad("Rumah yang yang terbakar itu milik warga.", fixed="Rumah yang terbakar itu milik warga."),
        bad("Petugas berjaga di di pintu masuk."),
        bad(
            "Sekolah itu untuk anak anak dari keluarga miskin.",
            fixed="Sekolah itu untuk anak-anak dari keluarga miskin.",
        ),
        bad(
            "Proses proses perizinan itu lambat.",
            count=1,
            fixed="Proses perizinan itu lambat.",
        ),
        good("Anak-anak bermain di halaman."),
        good("Tersangka berinisial AW dan DAN ditahan."),
        good("Kapten Maung Maung Lwin mencetak gol."),
        good("Ia tertawa, 'ha ha'."),
        good("Warga menyebut ritual itu 'tolak tolak', kata tetua adat."),
    ],
)
def repeated_word(doc: Document, ctx: RuleContext) -> None:
    toks = doc.tokens
    text = doc.text
    for i in _same_as_previous(doc):
        a, b = toks[i - 1], toks[i]
        if a.kind is not TokenKind.WORD or b.kind is not TokenKind.WORD or a.sentence != b.sentence:
            continue
        la, lb = a.text.lower(), b.text.lower()
        if la != lb or la in ALLOWED or len(la) == 1:
            continue
        if a.text != b.text and not (
            a.text[0].isupper() and a.text[1:] == b.text[1:] and i - 1 == doc.sentences[a.sentence].token_start
        ):
            continue  # "dan DAN", "Dr dr": different words that look alike
        if b.text[0].isupper():
            continue  # names: Maung Maung, Butar Butar
        if text[a.end : b.start] != " ":
            continue  # a line break or punctuation between them
        if text[a.start - 1 : a.start] in _QUOTE_MARKS and text[b.end : b.end + 1] in _QUOTE_MARKS:
            continue  # a cited term, quotation marks around the pair and nothing else ('wereh wereh', "bye bye")
        if doc.in_quote(a.start) and in_written_text(doc, a.start):
            continue  # a post or a book quoted word for word: the repeat is its author's
        if la in REDUPLICATED:
            joined = f"{a.text}-{b.text}"
            ctx.report(
                a.start,
                b.end,
                args={
                    "advice": f"kata ulang ditulis dengan tanda hubung: '{joined}'.",
                    "advice_en": f"a reduplication takes a hyphen: '{joined}'.",
                },
                suggestions=[joined],
                replacement=joined,
                safety="unsafe",
            )
        elif la in FUNCTION_WORDS or len(la) < 3:
            ctx.report(
                a.start,
                b.end,
                args={
                    "advice": f"kata '{a.text}' tertulis dua kali.",
                    "advice_en": f"the word '{a.text}' is typed twice.",
                },
                suggestions=[a.text],
                replacement=a.text,
                safety="unsafe",
            )
        else:
            # a content word: a slip typed twice or a reduplication without its hyphen; only the writer knows
            joined = f"{a.text}-{b.text}"
            ctx.report(
                a.start,
                b.end,
                args={
                    "advice": f"hapus salah satu bila terketik dua kali, atau tulis '{joined}' bila maksudnya kata ulang.",
                    "advice_en": f"delete one if typed twice, or write '{joined}' if a reduplication is meant.",
                },
                suggestions=[a.text, joined],
                replacement=a.text,
                safety="unsafe",
            )

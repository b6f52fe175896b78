"""News-structure checks (editorial-rules §8): headline, dateline, lead, paragraphs.

All of them need the news layout (a headline zone); on a fragment they stay
silent.  Limits come from the house switches (``config.HOUSE_DEFAULTS``).
"""

from __future__ import annotations

import re

from newslint.checks._helpers import count_words
from newslint.engine.rule import RuleContext, bad, good, rule
from newslint.lazyre import compile_cached
from newslint.model.document import Document, Paragraph, Zone
from newslint.model.zones import reads_as_body


def _words(doc: Document, start: int, end: int) -> int:
    """Word and number tokens starting in ``[start, end)``."""
    return count_words(doc.tokens, doc.token_index_at(start), doc.token_index_at(end))


def _lead(doc: Document) -> Paragraph | None:
    for p in doc.paragraphs:
        if p.zone is Zone.LEAD:
            return p
    return None


@rule(
    "structure/headline-length",
    severity="info",
    measured="dev corpus 415 articles/152,686 words (bench/measure_journalism.py): 1.09/1k words (166 of 415 headlines exceed 70 characters); info",
    summary={"id": "Judul terlalu panjang.", "en": "Headline is too long."},
    message={
        "id": "Judul ini {chars} karakter (batas {max_chars}); mesin pencari memotong judul panjang.",
        "en": "This headline has {chars} characters (limit {max_chars}); search engines truncate long headlines.",
    },
    docs={
        "id": "Judul yang ringkas memuat inti berita dan tidak terpotong di hasil pencarian (sekitar 60–70 "
        "karakter). Batas diatur dengan sakelar rumah `headline_max_chars` (bawaan 70).",
        "en": "Short headlines carry the news and are not truncated in search results. Limit: house switch "
        "`headline_max_chars` (default 70).",
    },
    authority="Gaya rumah / praktik SEO; PWI 1977 (judul mencerminkan inti berita)",
    options={"headline_max_chars": 70},
    examples=[
        bad(
            "Kapolda Metro Jaya Mengatakan Pihaknya Masih Terus Mendalami Kasus Dugaan Penganiayaan di Kawasan "
            "Kemang\n\nJakarta - Polisi masih mendalami kasus dugaan penganiayaan itu.",
            layout="news",
            count=1,
        ),
        bad("Harga Beras Medium Naik\n\nJakarta - Harga beras naik.", layout="news", headline_max_chars=20),
        good(
            "Polda Metro Dalami Dugaan Penganiayaan di Kemang\n\nJakarta - Polisi masih mendalami kasus itu.",
            layout="news",
        ),
    ],
)
def headline_length(doc: Document, ctx: RuleContext) -> None:
    h = doc.headline
    if h is None:
        return
    limit = int(ctx.options.get("headline_max_chars", 70))
    chars = len(doc.text[h.start : h.end].strip())
    if chars > limit:
        ctx.report(h.start, h.end, args={"chars": chars, "max_chars": limit})


_ABBREV_END = compile_cached(r"(?:\b(?:dkk|dll|dsb|dst|Tbk|Jr|Sr|Co|Inc|Ltd|St|No|Prof|Dr|H|Hj|Ir)|\b[A-Z])\.$")


@rule(
    "structure/headline-period",
    severity="warning",
    measured="dev corpus 415 articles/152,686 words (bench/measure_journalism.py): 0 findings",
    summary={"id": "Judul diakhiri titik.", "en": "Headline ends with a period."},
    message={"id": "Judul tidak diakhiri titik.", "en": "A headline takes no final period."},
    docs={
        "id": "EYD V › Tanda Titik: judul dan subjudul tidak diakhiri titik. Elipsis, singkatan (Tbk.) dan "
        "tanda tanya/seru tidak dilaporkan.",
        "en": "EYD V: no period at the end of titles. Ellipses, abbreviations and ?/! are not reported.",
    },
    authority="EYD V › Tanda Titik",
    fixable=True,
    examples=[
        bad(
            "KPK Tetapkan Tiga Tersangka Baru.\n\nJakarta - KPK menetapkan tiga tersangka baru.",
            layout="news",
            count=1,
            fixed="KPK Tetapkan Tiga Tersangka Baru\n\nJakarta - KPK menetapkan tiga tersangka baru.",
        ),
        good("KPK Tetapkan Tiga Tersangka Baru\n\nJakarta - KPK menetapkan tiga tersangka baru.", layout="news"),
        good("Laba Astra Naik, Saham PT Astra Tbk.\n\nJakarta - Laba naik.", layout="news"),
        good("Menanti Hujan...\n\nJakarta - Hujan belum turun.", layout="news"),
        # a draft that starts with its lead has no headline: the lead keeps its full stop
        good(
            "Polisi menangkap dua pria yang diduga mencuri sepeda motor di Depok. Keduanya ditangkap di "
            "rumah kontrakan pada Minggu malam.\n\nKapolsek mengatakan keduanya sudah beraksi lima kali.",
            layout="news",
        ),
    ],
)
def headline_period(doc: Document, ctx: RuleContext) -> None:
    h = doc.headline
    if h is None:
        return
    t = doc.text[h.start : h.end].rstrip()
    if not t.endswith(".") or t.endswith("..") or _ABBREV_END.search(t):
        return
    if reads_as_body(t):
        return  # a block of sentences given as the headline (front matter, a hint): its full stop stays
    end = h.start + len(t)
    ctx.report(end - 1, end, replacement="", safety="safe")


_CLICKBAIT_DEFAULT = [
    "ternyata",
    "ini dia",
    "ini alasannya",
    "ini alasan",
    "ini penyebabnya",
    "ini daftarnya",
    "bikin geger",
    "bikin heboh",
    "bikin melongo",
    "bikin kaget",
    "bikin netizen",
    "bikin warganet",
    "tak disangka",
    "tidak disangka",
    "heboh",
    "viral",
    "mengejutkan",
    "wow",
    "auto",
    "netizen ngakak",
    "warganet ngakak",
    "begini faktanya",
    "fakta mengejutkan",
    "kamu harus tahu",
    "wajib tahu",
    "nomor 3 bikin",
]


@rule(
    "structure/clickbait",
    severity="info",
    measured="dev corpus 415 articles/152,686 words (bench/measure_journalism.py): 0.07/1k words (10); info",
    summary={"id": "Judul umpan klik (Ternyata, Ini Dia, Bikin Geger, Heboh).", "en": "Clickbait headline formula."},
    message={
        "id": "'{match}' adalah rumus umpan klik; judul harus menyatakan inti berita.",
        "en": "'{match}' is a clickbait formula; the headline should state the news.",
    },
    docs={
        "id": "Judul yang menyembunyikan berita (Ternyata, Ini Dia, Ini Alasannya, Bikin Geger, Tak Disangka, "
        "Heboh, Viral) dan tanda seru/tanya berganda. Daftar diatur lewat opsi `phrases`.",
        "en": "Teaser formulas that hide the news, and repeated !/?. The list is the `phrases` option.",
    },
    authority="KEJ Pasal 1 (akurat); PWI 1977 (judul mencerminkan inti berita)",
    options={"phrases": _CLICKBAIT_DEFAULT},
    examples=[
        bad(
            "Bikin Geger! Pria Ini Ternyata Simpan Foto Terlarang\n\nJakarta - Polisi menangkap pria itu.",
            layout="news",
        ),
        bad("Harga Cabai Naik Lagi!!\n\nJakarta - Harga cabai naik.", layout="news", count=1),
        good("Harga Cabai Naik karena Pasokan dari Jawa Tengah Turun\n\nJakarta - Harga cabai naik.", layout="news"),
    ],
)
def clickbait(doc: Document, ctx: RuleContext) -> None:
    h = doc.headline
    if h is None:
        return
    phrases = [str(p) for p in ctx.options.get("phrases", _CLICKBAIT_DEFAULT)]
    rx = _phrase_regex(tuple(phrases))
    for m in rx.finditer(doc.text, h.start, h.end):
        ctx.report(m.start(), m.end())
    for m in _MULTI_BANG.finditer(doc.text, h.start, h.end):
        ctx.report(m.start(), m.end())


_MULTI_BANG = compile_cached(r"[!?]{2,}")
_PHRASE_CACHE: dict[tuple[str, ...], re.Pattern[str]] = {}


def _phrase_regex(phrases: tuple[str, ...]) -> re.Pattern[str]:
    rx = _PHRASE_CACHE.get(phrases)
    if rx is None:
        alts = sorted(
            (r"\s+".join(re.escape(w) for w in p.split()) for p in phrases if p.strip()), key=len, reverse=True
        )
        rx = (
            compile_cached(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])", re.I)
            if alts
            else compile_cached(r"(?!x)x")
        )
        _PHRASE_CACHE[phrases] = rx
    return rx


_DASH_SPACING = compile_cached(r"(?:\S[-–—]{1,2}(?=\s)|\s[-–—]{1,2}(?=\S)|\s{2,}[-–—]|[-–—]{1,2}\s{2,})")
# Media Indonesia style: no dateline, the first word(s) in capitals ("KASUS penyerangan …").
_CAPS_OPENING = compile_cached(r"[A-Z]{3,}(?:\s+[A-Z]{2,})*[\s,]")


@rule(
    "structure/dateline",
    severity="info",
    measured="dev corpus 415 articles/152,686 words (bench/measure_journalism.py): 0.82/1k words (125; most corpus texts were copied without their dateline); info",
    summary={"id": "Dateline tidak ada atau tidak baku.", "en": "Dateline missing or malformed."},
    message={"id": "{why}", "en": "{why_en}"},
    docs={
        "id": "Teras berita dibuka dengan dateline (tempat dan nama media) menurut pola redaksi: "
        "'Liputan6.com, Jakarta - ', 'JAKARTA, KOMPAS.com - ', 'Jakarta (ANTARA) - ', 'Jakarta - '. Pola "
        "tambahan diatur di konfigurasi `datelines`. Dilaporkan: teras tanpa dateline (opsi `required`) dan "
        "spasi di sekitar tanda pisah yang tidak baku ('Jakarta- ', 'Jakarta -Persaingan').",
        "en": "The lead opens with a dateline in the newsroom's pattern (configure more with `datelines`). "
        "Reported: a lead without one (option `required`) and irregular spacing around the dash.",
    },
    authority="Gaya rumah; PWI 1977 (teras dibuka dengan tempat dan nama media)",
    options={"required": True},
    examples=[
        bad("Harga Beras Naik\n\nLiputan6.com, Jakarta- Harga beras medium naik pekan ini.", layout="news", count=1),
        bad("Harga Beras Naik\n\nHarga beras medium di pasar tradisional naik pekan ini.", layout="news", count=1),
        good("Harga Beras Naik\n\nLiputan6.com, Jakarta - Harga beras medium naik pekan ini.", layout="news"),
        good(
            "Harga Beras Naik\n\nHarga beras medium di pasar tradisional naik pekan ini.", layout="news", required=False
        ),
        good("Harga Beras Naik\n\nJAKARTA, KOMPAS.com – Harga beras medium naik pekan ini.", layout="news"),
        # no headline (the draft starts with its lead): nothing to say about a dateline
        good(
            "Harga beras medium di pasar tradisional naik pekan ini. Pedagang menyebut pasokan dari Jawa "
            "Tengah berkurang.\n\nKenaikan itu terjadi di hampir semua pasar.",
            layout="news",
        ),
    ],
)
def dateline(doc: Document, ctx: RuleContext) -> None:
    if doc.headline is None:
        return
    lead = _lead(doc)
    if lead is None:
        return
    d = doc.dateline
    if d is None:
        if not ctx.options.get("required", True) or _CAPS_OPENING.match(doc.text, lead.start):
            return
        first = doc.sentence_at(lead.start)
        end = min(first.end if first else lead.end, lead.start + 40)
        ctx.report(
            lead.start,
            end,
            args={
                "why": "Teras berita tanpa dateline (tempat dan nama media, mis. 'Jakarta, NamaMedia - ').",
                "why_en": "The lead has no dateline (place and outlet, e.g. 'Jakarta, Outlet - ').",
            },
        )
        return
    span = doc.text[d.start : d.end + 1]
    m = _DASH_SPACING.search(span)
    if m is not None:
        ctx.report(
            d.start,
            d.end,
            args={
                "why": "Spasi di sekitar tanda pisah dateline tidak baku; tulis 'Tempat - ' dengan satu spasi di kedua sisi.",
                "why_en": "Irregular spacing around the dateline dash; write 'Place - ' with one space on each side.",
            },
        )


#: A "lead" of more sentences than this with no paragraph after it is a story whose breaks were lost.
_UNBROKEN_SENTENCES = 6


@rule(
    "structure/lead-length",
    severity="info",
    measured="dev corpus 415 articles/152,686 words (bench/measure_journalism.py): 0.33/1k words (50). Round s8, unseen published news (fresh10 + fresh11: 932 excerpts, 204,143 words, ~270 outlets, never tuned on), judged by redaktur helpers (not the authors), 2026-12-05: 4/7 in the pooled warning sample; with fresh8's 2/4, 6/11 = 55%. Editors accept leads of 46-55 words in two or three clean sentences, and a lead built from quoted slogans is no list of sentences. Below 85%: info.",
    summary={"id": "Teras berita terlalu panjang.", "en": "The lead is too long."},
    message={
        "id": "Teras berita ini {words} kata dan {sentences} kalimat (batas {max_words} kata, 3 kalimat); "
        "sisakan siapa/apa/di mana/kapan.",
        "en": "This lead has {words} words and {sentences} sentences (limit {max_words} words, 3 sentences); "
        "keep who/what/where/when.",
    },
    docs={
        "id": "PWI 1977 (via Sumadiria 2008): teras paling banyak tiga kalimat dan 30–45 kata. Batas kata "
        "diatur dengan sakelar rumah `lead_max_words` (bawaan 45). Dateline tidak dihitung.",
        "en": "PWI 1977: a lead of at most three sentences and 30–45 words. House switch `lead_max_words`.",
    },
    authority="PWI 1977 (teras berita), Sumadiria (2008)",
    options={"lead_max_words": 45},
    examples=[
        bad(
            "Rapat Anggaran Ditunda\n\nJakarta - Rapat paripurna DPRD DKI Jakarta yang sedianya membahas "
            "rancangan anggaran pendapatan dan belanja daerah tahun depan bersama gubernur, wakil gubernur, "
            "sekretaris daerah, para kepala dinas, para wali kota, bupati Kepulauan Seribu, dan perwakilan "
            "organisasi masyarakat sipil ditunda hingga pekan depan karena banyak anggota dewan tidak hadir.",
            layout="news",
            count=1,
        ),
        good(
            "Rapat Anggaran Ditunda\n\nJakarta - Rapat paripurna DPRD DKI Jakarta ditunda hingga pekan depan.",
            layout="news",
        ),
        # a story pasted without its paragraph breaks: the block is not a lead
        good(
            "Rapat Anggaran Ditunda\n\nJakarta - Rapat paripurna DPRD ditunda. Banyak anggota tidak hadir. "
            "Ketua DPRD menyebut rapat dijadwalkan ulang. Gubernur sudah hadir sejak pagi. Sejumlah warga "
            "menunggu di luar gedung. Mereka ingin menyampaikan aspirasi. Rapat berikutnya digelar Senin.",
            layout="news",
        ),
    ],
)
def lead_length(doc: Document, ctx: RuleContext) -> None:
    if doc.headline is None:
        return
    lead = _lead(doc)
    if lead is None:
        return
    limit = int(ctx.options.get("lead_max_words", 45))
    start = doc.past_dateline(lead.start)
    words = _words(doc, start, lead.end)
    nsent = lead.sentence_end - lead.sentence_start
    if nsent > _UNBROKEN_SENTENCES and not any(p.zone is Zone.BODY for p in doc.paragraphs if p.start >= lead.end):
        return  # the whole story in one block: its paragraph breaks were lost (a paste), so no lead can be told
    if words > limit or nsent > 3:
        ctx.report(start, lead.end, args={"words": words, "sentences": nsent, "max_words": limit})


_BACKGROUND_OPENER = compile_cached(
    r"\W*(?:Seperti\s+(?:diketahui|kita\s+ketahui|yang\s+diketahui)|Sebagaimana\s+diketahui|Pada\s+era\b|Di\s+era\b|"
    r"Dewasa\s+ini|Belakangan\s+ini|Di\s+zaman\b|Zaman\s+sekarang|Siapa\s+yang\s+tak\s+kenal|Siapa\s+yang\s+tidak\s+kenal|"
    r"Tak\s+dapat\s+dimungkiri|Tidak\s+dapat\s+dimungkiri|Tak\s+bisa\s+dimungkiri|Tidak\s+bisa\s+dimungkiri|"
    r"Sudah\s+menjadi\s+rahasia\s+umum|Persaingan\b|Pada\s+(?:hari\s+)?(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\b)",
)


@rule(
    "structure/lead-no-news",
    severity="info",
    measured="dev corpus 415 articles/152,686 words (bench/measure_journalism.py): 0 findings; info",
    summary={
        "id": "Teras berita tidak memuat berita (latar belakang atau waktu di depan).",
        "en": "The lead carries no news.",
    },
    message={
        "id": "Teras dibuka dengan '{match}' (latar belakang/waktu); buka dengan apa atau siapa yang menjadi berita.",
        "en": "The lead opens with '{match}' (background or time); open with the what or who of the news.",
    },
    docs={
        "id": "PWI 1977: teras memuat hal terpenting; dahulukan apa atau siapa, jarang dibuka dengan kapan. "
        "Dilaporkan bila teras dibuka dengan rumus latar (Seperti diketahui, Di era …, Dewasa ini, "
        "Persaingan …) atau unsur waktu (Pada Senin …). Fitur dan analisis boleh menunda teras.",
        "en": "PWI 1977: the lead states the most important point. Reported when it opens with a background "
        "formula or the time element. Features may delay the lead.",
    },
    authority="PWI 1977 (teras berita); praktik piramida terbalik",
    examples=[
        bad(
            "Microsoft Laporkan Pengguna OneDrive\n\nJakarta - Persaingan dua raksasa teknologi tidak hanya "
            "terjadi lewat produk.",
            layout="news",
            count=1,
        ),
        bad("Banjir di Bekasi\n\nPada Senin pagi, banjir merendam ratusan rumah di Bekasi.", layout="news"),
        good(
            "Banjir di Bekasi\n\nBekasi - Banjir merendam ratusan rumah di Bekasi, Senin pagi, kata BPBD.",
            layout="news",
        ),
    ],
)
def lead_no_news(doc: Document, ctx: RuleContext) -> None:
    if doc.headline is None:
        return
    lead = _lead(doc)
    if lead is None:
        return
    start = doc.past_dateline(lead.start)
    m = _BACKGROUND_OPENER.match(doc.text, start, lead.end)
    if m is None:
        return
    ws = start + (len(m.group()) - len(m.group().lstrip(" \"“'(")))
    ctx.report(ws, m.end())


@rule(
    "structure/paragraph-length",
    severity="info",
    measured="dev corpus 415 articles/152,686 words (bench/measure_journalism.py): 0.26/1k words (39); info",
    summary={"id": "Paragraf terlalu panjang.", "en": "Paragraph is too long."},
    message={
        "id": "Paragraf ini {words} kata (batas {max_words}); pecah per gagasan atau per sumber.",
        "en": "This paragraph has {words} words (limit {max_words}); split it by idea or by source.",
    },
    docs={
        "id": "Berita daring memakai paragraf pendek, satu sampai tiga kalimat. Batas diatur dengan sakelar "
        "rumah `paragraph_max_words` (bawaan 120). Judul dan kutipan blok tidak dihitung.",
        "en": "Online news uses short paragraphs. House switch `paragraph_max_words` (default 120).",
    },
    authority="Konvensi berita daring (bukan normatif); gaya rumah",
    options={"paragraph_max_words": 120},
    examples=[
        bad(
            "Warga di bantaran sungai mulai mengungsi sejak pagi karena air terus naik. Petugas membantu "
            "mengangkut barang. Posko darurat didirikan di balai desa.",
            paragraph_max_words=15,
            count=1,
        ),
        good("Warga di bantaran sungai mulai mengungsi sejak pagi karena air terus naik."),
    ],
)
def paragraph_length(doc: Document, ctx: RuleContext) -> None:
    limit = int(ctx.options.get("paragraph_max_words", 120))
    tokens, at = doc.tokens, doc.token_index_at
    for p in doc.paragraphs:
        if p.zone is not Zone.LEAD and p.zone is not Zone.BODY:
            continue
        first, end = at(p.start), at(p.end)
        if end - first <= limit:
            continue  # fewer tokens than the limit: no need to count its words
        words = count_words(tokens, first, end)
        if words > limit:
            s = doc.sentence_at(p.start)
            ctx.report(p.start, s.end if s is not None else p.end, args={"words": words, "max_words": limit})

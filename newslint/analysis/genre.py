"""What kind of story a draft is: hard news, or a genre some journalism rules do not apply to.

A rule about sourcing or balance is written for hard news.  An opinion column
speaks in its author's voice, a match report rests on a match played in
public, a horoscope or a listicle of household tips has no sources to name.
A rule declares the genres it applies to (``@rule(genres=...)``); the linter
drops its findings on a draft of another genre (the genre is worked out only
then: most drafts never need it).

The genre is, in order:

1. declared in the draft's front matter (``genre: opinion`` in Markdown);
2. declared in the configuration (``genre: opinion``, for a folder of columns);
3. detected from the headline and the structure of the draft.

Detection is conservative: every genre needs a cue that hard news rarely has
(an author's bio line under a column with no dateline, eight zodiac signs,
"menit ke-" three times, a "berikut" list under a list headline); when no cue
is strong enough the draft is hard news (``news``).  Everything is a handful
of regexes over the headline and the first and last paragraphs, plus one pass
over the paragraph starts: far cheaper than any rule it may switch off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newslint.lazyre import compile_cached
from newslint.model.document import Document, Paragraph, Zone

NEWS = "news"
OPINION = "opinion"
LISTICLE = "listicle"
LIVE = "live"
MATCH_REPORT = "match-report"
REVIEW = "review"
HOROSCOPE = "horoscope"
ROUNDUP = "roundup"
HISTORY = "history"

#: Every genre, with what it covers (docs/configuration.md lists the same).
GENRES: dict[str, str] = {
    NEWS: "hard news (the default)",
    OPINION: "opinion column, editorial, essay (the author's own voice)",
    LISTICLE: "list or how-to article (tips, causes, steps, a list under a 'berikut' intro)",
    LIVE: "live blog or live coverage (time-stamped updates)",
    MATCH_REPORT: "sports match report or results, written after the match",
    REVIEW: "review or hands-on test of a product, film, place or service",
    HOROSCOPE: "horoscope, zodiac or primbon",
    ROUNDUP: "roundup of several stories (popular news, the week's events)",
    HISTORY: "historical feature (this day in history, the origin of ...)",
}

#: Genres whose copy makes factual claims on its own account and names its sources.
HARD_NEWS = frozenset({NEWS})
#: Every genre: for rules that protect people (victims, children) wherever they are written about.
ALL = frozenset(GENRES)

#: Words a newsroom may write in front matter or configuration, mapped to a genre.
ALIASES: dict[str, str] = {
    "berita": NEWS,
    "hard-news": NEWS,
    "straight-news": NEWS,
    "opini": OPINION,
    "kolom": OPINION,
    "tajuk": OPINION,
    "editorial": OPINION,
    "esai": OPINION,
    "essay": OPINION,
    "column": OPINION,
    "list": LISTICLE,
    "daftar": LISTICLE,
    "tips": LISTICLE,
    "how-to": LISTICLE,
    "live-blog": LIVE,
    "liveblog": LIVE,
    "laporan-langsung": LIVE,
    "match-report": MATCH_REPORT,
    "laporan-pertandingan": MATCH_REPORT,
    "hasil-pertandingan": MATCH_REPORT,
    "match": MATCH_REPORT,
    "siaran-langsung": LIVE,
    "ulasan": REVIEW,
    "resensi": REVIEW,
    "zodiak": HOROSCOPE,
    "ramalan": HOROSCOPE,
    "horoskop": HOROSCOPE,
    "rangkuman": ROUNDUP,
    "terpopuler": ROUNDUP,
    "sejarah": HISTORY,
}

#: The value of the configuration key ``genre`` that asks for detection (the default).
AUTO = "auto"

CACHE_KEY = "analysis.genre"
#: Where the linter leaves the configuration's ``genre`` for this draft (None: detect).
CONFIG_KEY = "analysis.genre.config"


def normalise(value: object) -> str | None:
    """The genre ``value`` names (a genre id or an alias, any case), ``AUTO``, or None when it names none."""
    if not isinstance(value, str):
        return None
    key = "-".join(value.strip().lower().replace("_", "-").split())
    if key == AUTO or key in GENRES:
        return key
    return ALIASES.get(key)


@dataclass(frozen=True, slots=True)
class Genre:
    """The genre of one draft and why."""

    genre: str
    #: ``front-matter``, ``config``, ``detected`` or ``default`` (no cue: hard news).
    source: str
    #: What was seen ("headline: 'Hasil'", "bio line", "12 zodiac signs"), for ``newslint sources`` and tests.
    cues: tuple[str, ...] = ()


def genre_of(doc: Document) -> Genre:
    """The draft's genre: declared in its front matter, in the configuration, or detected (cached)."""
    config = doc.cache.get(CONFIG_KEY)
    cached = doc.cache.get(CACHE_KEY)
    if cached is not None and cached[0] == config:
        return cached[1]
    found = _declared(doc, config) or detect(doc)
    doc.cache[CACHE_KEY] = (config, found)
    return found


def applies(genres: frozenset[str] | None, doc: Document) -> bool:
    """True when a rule scoped to ``genres`` (None: every genre) runs on ``doc``."""
    return genres is None or genre_of(doc).genre in genres


def _declared(doc: Document, config: str | None) -> Genre | None:
    front = doc.metadata.get("front_matter")
    if isinstance(front, dict) and "genre" in front:
        g = normalise(front["genre"])
        if g is not None and g != AUTO:
            return Genre(g, "front-matter")
        # an unknown value ("feature") is the newsroom's own label: detect instead of failing the draft
    if config is not None and config != AUTO:
        return Genre(config, "config")
    return None


# --- detection -------------------------------------------------------------------

_BODY = (Zone.LEAD, Zone.BODY, Zone.HEADING)

# Rubric labels in front of or inside the headline: "Opini: …", "[KOLOM] …", "Tajuk Rencana".
_OPINION_HEAD_RE = compile_cached(
    r"^\W*(?:Opini|OPINI|Kolom|KOLOM|Tajuk(?:\s+Rencana)?|TAJUK|Editorial|EDITORIAL|Esai|ESAI|Surat\s+Pembaca)\b"
    r"\s*[\]:|\-–—]"
)
# A columnist's bio as the last paragraph: "Nama Penulis. Dosen di …", "Nama, Bekerja sebagai …",
# "Penulis adalah …", "*) Nama, peneliti di …".
_BIO_RE = compile_cached(
    r"\W*(?:\*\)\s*)?(?:Penulis\s+(?:adalah|merupakan)\b"
    r"|(?:(?:Dr|Prof|Ir|H|Hj|drg|dr)\.?\s+)*[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]*){1,4}\s*[,.]\s+"
    r"(?:(?:[Ss]eorang|[Aa]dalah|[Bb]ekerja\s+sebagai|[Kk]ini|[Ss]aat\s+ini)\s+)?"
    r"(?:[Dd]osen|[Kk]andidat|[Pp]eneliti|[Mm]ahasiswa|[Pp]engajar|[Aa]nalis|[Pp]engamat|[Dd]irektur|[Kk]etua|"
    r"[Aa]ktivis|[Pp]enulis|[Gg]uru|[Pp]raktisi|[Aa]lumn[iu]s?|[Pp]egiat|[Pp]enggiat|[Pp]emerhati|[Kk]onsultan|"
    r"[Pp]rofesor|[Gg]uru\s+[Bb]esar|[Dd]oktor|[Ww]artawan|[Jj]urnalis|[Pp]endiri|[Ss]taf\s+[Aa]hli|[Ww]akil|"
    r"[Ss]ekretaris|[Pp]engurus|[Aa]nggota|[Pp]emimpin|[Ii]nisiator|[Aa]hli|[Pp]sikolog|[Ee]konom|[Aa]dvokat|"
    r"[Bb]ekerja\b|[Tt]inggal\b))"
)
# The outlet's disclaimer under a reader's column.
_DISCLAIMER_RE = compile_cached(
    r"(?i:tulisan\s+ini\s+(?:adalah|merupakan)\s+(?:opini|pendapat|kiriman|pandangan)"
    r"|(?:isi|seluruh\s+isi)\s+tulisan\s+(?:ini\s+)?(?:di\s+luar|menjadi)\s+tanggung\s+jawab)"
)
_ZODIAC_RE = compile_cached(
    r"\b(?:Aries|Taurus|Gemini|Cancer|Leo|Virgo|Libra|Scorpio|Sagit+arius|Capricorn|Kaprikornus|Aquarius|Akuarius|Pisces)\b"
)
_HOROSCOPE_HEAD_RE = compile_cached(r"(?i:\b(?:zodiak|horoskop|horoscope|ramalan\s+bintang|shio|primbon|weton)\b)")
# "menit ke-23", "menit 90+2": the clock of a match report.
_MATCH_MINUTE_RE = compile_cached(r"\bmenit\s+(?:ke-?\s?)?\d{1,3}\b")
_SCORE_RE = compile_cached(r"(?<![\d/.,-])\d{1,2}\s?-\s?\d{1,2}(?![\d/.,%-])")
_MATCH_HEAD_RE = compile_cached(
    r"\b(?:[Vv]s\.?|VS|[Kk]ontra|[Kk]lasemen|[Ss]kor|[Bb]abak\s+[Pp]ertama|[Pp]iala|[Ll]iga)\b"
)
_RESULT_HEAD_RE = compile_cached(r"^\W*(?:Hasil|HASIL|Update\s+Skor)\b")
# A match result in the lead: "tumbang 0-1 dari …", "menang dengan skor 3-1", "berakhir imbang 2-2".
_DIGIT_DASH_RE = compile_cached(r"\d-\d")
_RESULT_LEAD_RE = compile_cached(
    r"(?i:\b(?:skor|tumbang|takluk|menang|kalah|unggul|imbang|menundukkan|mengalahkan|membantai|menggilas)"
    r"(?:\s+(?:telak|tipis|dengan|skor|atas|dari|\w+))?(?:\s+(?:skor|telak|tipis))?\s+\d{1,2}-\d{1,2}(?![\d/-]))"
)
_LIVE_HEAD_RE = compile_cached(
    r"(?i:\b(?:live\s+(?:report|blog|update|streaming)|laporan\s+langsung|update\s+terkini|minute\s+by\s+minute)\b)"
    r"|^\W*(?:LIVE|Live)\b"
)
# A live blog: paragraphs opening with a clock time ("14.05 WIB - …").
_TIMESTAMP_LINE_RE = compile_cached(r"^\W*\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT)\s*[-–—:|]?\s", re.M)
_REVIEW_HEAD_RE = compile_cached(
    r"^\W*(?:\[?(?:Review|REVIEW|Ulasan|ULASAN|Resensi|RESENSI)\]?|Test\s+Drive|Tes\s+Drive|First\s+Impression|"
    r"Hands-on|Kesan\s+Pertama|Impresi|Menjajal|Jajal|Mencoba)\b"
)
# Sections of a product review, written as crossheads or as the first words of their paragraphs.
_REVIEW_SECTION_RE = compile_cached(
    r"(?:Desain|Interior|Eksterior|Fitur|Performa|Kelebihan|Kekurangan|Kesimpulan|Spesifikasi|Baterai|"
    r"Kamera|Layar|Harga\s+dan|Verdict|Skor\s+[Aa]khir)\b"
)
#: How every match of _REVIEW_SECTION_RE starts (str.startswith takes the tuple: one C call per paragraph).
_REVIEW_SECTIONS = (
    "Desain",
    "Interior",
    "Eksterior",
    "Fitur",
    "Performa",
    "Kelebihan",
    "Kekurangan",
    "Kesimpulan",
    "Spesifikasi",
    "Baterai",
    "Kamera",
    "Layar",
    "Harga dan",
    "Verdict",
    "Skor",
)
_ROUNDUP_HEAD_RE = compile_cached(
    r"(?i:\b(?:terpopuler|berita\s+populer|\[populer|populer\s+(?:sepekan|hari\s+ini|kemarin)|rangkuman|kilas\s+"
    r"(?:berita|sepekan)|sepekan\s+terakhir|top\s+\d+\s+news|news\s+update)\b)"
)
_ROUNDUP_LEAD_RE = compile_cached(
    r"(?i:\b(?:rangkum\w*|ringkasan|terpopuler|paling\s+banyak\s+dibaca|sepekan\s+terakhir|sepanjang\s+pekan)\b)"
)
#: Substrings one of which every match of _ROUNDUP_LEAD_RE holds (lower case).
_ROUNDUP_CUES = ("rangkum", "ringkasan", "terpopuler", "banyak dibaca", "sepekan", "sepanjang pekan")
_BERIKUT_RE = compile_cached(r"(?i:\b(?:berikut|di\s+bawah\s+ini|sebagai\s+berikut|antara\s+lain)\b)")
_HISTORY_HEAD_RE = compile_cached(
    r"(?:^\W*(?:Sejarah|Asal-?[Uu]sul|Mengenang|Kilas\s+Balik|Napak\s+Tilas|Riwayat)\b"
    r"|\b(?:Hari\s+[Ii]ni\s+[Dd]alam\s+[Ss]ejarah|Mengenal\s+[Ss]ejarah|[Ss]ejarah\s+[Ss]ingkat|Tempo\s+Doeloe)\b)"
)
# A list headline: "7 Penyebab …", "Ini Cara …", "Deretan …", "Tips …".
_LIST_HEAD_RE = compile_cached(
    r"^\W*\d{1,2}\s+[A-Z]"
    r"|\b(?:Cara|Tips|Trik|Daftar|Deretan|Rekomendasi|Langkah-langkah|Langkah|Panduan|Syarat|Resep|Manfaat|"
    r"Penyebab|Ciri-ciri|Jenis-jenis|Tata\s+Cara|Kumpulan|Contoh|Ucapan|Link|Jadwal)\b"
)
_NUMBERED_RE = compile_cached(r"\W{0,2}\d{1,2}[.)]\s")
_BULLET_RE = compile_cached(r"[-•*▪·]\s")
_TERMINAL = frozenset('.!?…"”’:;,')


def detect(doc: Document) -> Genre:
    """The genre seen in the draft's headline and structure; hard news when no cue is strong enough."""
    text = doc.text
    headline = doc.headline
    head = text[headline.start : headline.end] if headline is not None else ""
    story = [p for p in doc.paragraphs if p.zone in _BODY]
    if not story:
        return Genre(NEWS, "default")
    first = " ".join(text[p.start : p.end] for p in story[:2])

    # a column: the rubric in the headline, or the author's bio under a story with no dateline
    if head and _OPINION_HEAD_RE.search(head):
        return Genre(OPINION, "detected", ("headline rubric",))
    tail = story[-2:]
    if doc.dateline is None and any(
        text.count(" ", p.start, p.end) < 30 and _BIO_RE.match(text, p.start, p.end) for p in tail
    ):
        return Genre(OPINION, "detected", ("author bio line, no dateline",))
    if any("ulisan" in text[p.start : p.end] and _DISCLAIMER_RE.search(text, p.start, p.end) for p in tail):
        return Genre(OPINION, "detected", ("column disclaimer",))

    # substring tests first: almost no draft names a zodiac sign or the minute of a match
    if "Virgo" in text or "Libra" in text or "Scorpio" in text or "Pisces" in text or "Aries" in text:
        signs = {m.group() for m in _ZODIAC_RE.finditer(text)}
        if len(signs) >= 8 or (len(signs) >= 4 and _HOROSCOPE_HEAD_RE.search(head)):
            return Genre(HOROSCOPE, "detected", (f"{len(signs)} zodiac signs",))

    # live coverage first: its updates may also count the minutes of a match
    stamped = len(_TIMESTAMP_LINE_RE.findall(text)) if "WIB" in text or "WIT" in text else 0
    if stamped >= 3:
        return Genre(LIVE, "detected", (f"{stamped} time-stamped paragraphs",))
    if head and _LIVE_HEAD_RE.search(head):
        return Genre(LIVE, "detected", ("headline: live",))

    if text.count("menit ") >= 3:
        minutes = len(_MATCH_MINUTE_RE.findall(text))
        if minutes >= 3:
            return Genre(MATCH_REPORT, "detected", (f"'menit ke-' {minutes} times",))
    if head and _RESULT_HEAD_RE.search(head) and (_SCORE_RE.search(head) or _MATCH_HEAD_RE.search(head)):
        return Genre(MATCH_REPORT, "detected", ("headline: match result",))
    if _DIGIT_DASH_RE.search(first) and _RESULT_LEAD_RE.search(first):
        return Genre(MATCH_REPORT, "detected", ("lead: match result",))

    if head and _ROUNDUP_HEAD_RE.search(head):
        return Genre(ROUNDUP, "detected", ("headline: roundup",))
    low = first.lower()
    if any(cue in low for cue in _ROUNDUP_CUES) and _ROUNDUP_LEAD_RE.search(first) and _BERIKUT_RE.search(first):
        return Genre(ROUNDUP, "detected", ("lead: roundup of stories",))

    if head and _REVIEW_HEAD_RE.search(head):
        return Genre(REVIEW, "detected", ("headline: review",))
    sections = {
        text[p.start : p.start + 12].split(maxsplit=1)[0].lower()
        for p in story
        if text.startswith(_REVIEW_SECTIONS, p.start) and _REVIEW_SECTION_RE.match(text, p.start, p.end)
    }
    if len(sections) >= 4:
        return Genre(REVIEW, "detected", (f"review sections: {', '.join(sorted(sections))}",))

    if head and _HISTORY_HEAD_RE.search(head):
        return Genre(HISTORY, "detected", ("headline: history",))

    if head and _LIST_HEAD_RE.search(head):
        items = _list_items(doc, story)
        if items >= 3:
            return Genre(LISTICLE, "detected", (f"list headline, {items} items after 'berikut'",))
    return Genre(NEWS, "default")


def _list_items(doc: Document, story: list[Paragraph]) -> int:
    """The most items (crossheads, numbered or bulleted paragraphs) after a 'berikut' paragraph."""
    text = doc.text
    best = 0
    count = -1  # -1: no "berikut" intro seen yet
    for p in story:
        chunk = text[p.start : p.end]
        if count < 0:
            if _BERIKUT_RE.search(chunk):
                count = 0
            continue
        if _is_item(chunk, p):
            count += 1
            best = max(best, count)
        elif _BERIKUT_RE.search(chunk):
            count = 0  # a second list
    return best


def _is_item(chunk: str, p: Paragraph) -> bool:
    if p.zone is Zone.HEADING or _NUMBERED_RE.match(chunk) or _BULLET_RE.match(chunk):
        return True
    stripped = chunk.rstrip()
    words = stripped.split()
    # a crosshead: a short line with no closing punctuation, starting with a capital or a digit
    return 0 < len(words) <= 10 and stripped[-1] not in _TERMINAL and (stripped[0].isupper() or stripped[0].isdigit())

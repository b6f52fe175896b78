"""Who says what: attribution analysis of a news draft (editorial-rules §4.3).

Every sentence of the prose zones is classified once per document:

* its *attributions* (a speech verb with an agent, ``menurut X``, a channel
  such as ``kepada wartawan`` / ``dalam keterangan tertulis``, a document
  source such as ``berdasarkan data X``, or a citation of another outlet such
  as ``dikutip dari laman X``), each with the speaker or outlet named;
* its *weasel* markers (``disinyalir``, ``kabarnya`` …) and *agentless*
  reporting passives (``disebutkan``, ``dikatakan`` …);
* whether it is *covered*: attributed itself, or by carry-over inside its
  paragraph (a following ``Ia/Dia/Mereka …`` sentence or direct quote
  continues the speaker's account; a paragraph-final tag ``…, kata X.``
  covers the paraphrase before it; a multi-paragraph quote carries over).

Everything is found with a handful of regexes run over the whole text once
(not per token) and bucketed into sentences by offset, so the cost is linear
in the length of the draft.  The result is cached in ``doc.cache``.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from newslint.analysis._lazyre import LazyPattern, lazy_compile
from newslint.engine.prefilter import digit_starts
from newslint.engine.prefilter import word_index as prefilter_index
from newslint.model.document import Document, Token, TokenKind, Zone

CACHE_KEY = "analysis.attribution"

#: Zones whose sentences carry claims that need a source.
CLAIM_ZONES = frozenset({Zone.LEAD, Zone.BODY})

# Speech verbs (§4.1): base forms that take -nya ("katanya") or an inverted
# subject ("kata Budi", "ujar dia").
_SPEECH_BASE = (
    "kata|ujar|ucap|tutur|ungkap|jelas|terang|papar|urai|imbuh|tambah|tegas|sebut|lanjut|sambung|pungkas|"
    "beber|tukas|timpal|sergah|kilah|dalih|seloroh|celetuk|cetus|tanya|tandas|tulis|harap|pinta|jawab|akunya"
)
# Active verbs that report speech or a position; their agent precedes them.
_ACTIVE_VERBS = (
    "mengatakan|menyatakan|menyebutkan|menyebut|menjelaskan|menerangkan|mengungkapkan|memaparkan|"
    "menegaskan|menambahkan|mengklaim|mengeklaim|mengaku|mengakui|menuturkan|membeberkan|menyampaikan|"
    "berkata|bilang|menilai|berpendapat|memperkirakan|memprediksi|mengimbau|mengingatkan|berharap|"
    "mengharapkan|menduga|melaporkan|mencatat|mengumumkan|menginformasikan|menanggapi|membantah|menepis|"
    "menuding|menuduh|mengonfirmasi|membenarkan|menekankan|mengemukakan|menganggap|meyakini|menyebutnya|"
    "menjawab|menceritakan|mengisahkan|bercerita|menulis|mengeluhkan|mengkritik|meminta|"
    "menyinggung|menyoroti|memastikan|mengklarifikasi|mengusulkan"
)
_SPEECH_NYA_RE = lazy_compile(rf"(?<![\w-])(?:{_SPEECH_BASE})nya(?![\w-])", re.I)
# "…, kata Budi" / "…," ujar dia / "Kata dia, …": inverted verb after a comma,
# a quotation mark or at the sentence start, followed by a name or pronoun.
_SPEECH_INV_RE = lazy_compile(
    rf"(?:(?<=[,\"”’'])\s*|(?<=[,\"”’']\s)|^)(?P<verb>(?:{_SPEECH_BASE}))\s+"
    r"(?P<agent>(?:dia|ia|mereka|beliau|sang\s+\w+|[A-Z][\w.'’-]*)(?:\s+[A-Z(][\w.'’()-]*){0,5})",
    re.M,
)
_SPEECH_INV_START_RE = lazy_compile(
    rf"(?P<verb>(?:{_SPEECH_BASE}))\s+(?P<agent>dia|ia|mereka|beliau|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,4}})",
    re.I,
)
_ACTIVE_RE = lazy_compile(rf"(?<![\w-])(?P<verb>{_ACTIVE_VERBS})(?![\w-])", re.I)
_MENURUT_RE = lazy_compile(r"(?<![\w-])menurut(?P<nya>nya)?(?![\w-])(?P<rest>[^,.;:!?\"“”]{0,60})", re.I)
# Passive reporting verb with its agent right after it ("disampaikan Kapolres X",
# "dijelaskan oleh Budi"): an attribution, not an agentless passive.
_PASSIVE_VERBS = (
    "disebutkan|dikatakan|dijelaskan|diungkapkan|disampaikan|ditegaskan|dipaparkan|diterangkan|dituturkan|"
    "diklaim|dilaporkan|diumumkan|dikemukakan|diakui|dibenarkan|diberitakan|dikabarkan"
)
_PASSIVE_AGENT_RE = lazy_compile(
    rf"(?<![\w-])(?P<verb>{_PASSIVE_VERBS})\s+(?:(?:langsung|secara\s+\w+)\s+)?(?:oleh\s+)?"
    r"(?P<agent>(?:ia|dia|mereka|beliau|pihaknya)(?![\w-])|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5})"
)
# Citation of other media (§4.1).
_OUTLET = r"(?P<outlet>[A-Z0-9@][\w.'’@-]*(?:\s+(?:[A-Z0-9][\w.'’-]*|dan|of|the|de))*[\w)]?)"
_MEDIA_NOUN = (
    r"(?:(?:laman|situs|website|web|portal|media|kantor\s+berita|harian|surat\s+kabar|majalah|stasiun\s+televisi|"
    r"televisi|akun(?:\s+(?:resmi|Instagram|X|Twitter|TikTok|Facebook|YouTube))?|unggahan|blog|jurnal|"
    r"lembaga\s+penyiaran|kanal|media\s+sosial)\s+(?:resmi\s+)?)?"
)
_CITATION_RE = lazy_compile(
    r"(?<![\w-])(?P<verb>(?:(?:seperti|sebagaimana|yang)\s+)?(?:dikutip|dilansir|dilaporkan|diberitakan|disiarkan)"
    r"(?:\s+dari)?|mengutip|melansir(?:\s+dari)?|menurut\s+laporan|seperti\s+(?:dikutip|dilansir)\s+dari)\s+"
    + _MEDIA_NOUN
    + _OUTLET,
    re.I,
)
# "seperti diberitakan sebelumnya": a pointer to the outlet's own reporting.
_OWN_REPORT_RE = lazy_compile(
    r"(?<![\w-])(?:seperti|sebagaimana)\s+(?:telah\s+)?(?:diberitakan|dilaporkan|dikabarkan)(?:\s+\w+)?\s+sebelumnya",
    re.I,
)
# Channels and documents: tell where or how it was said, or what it rests on.
_CHANNEL_RE = lazy_compile(
    r"(?<![\w-])(?P<verb>"
    r"kepada\s+(?:wartawan|awak\s+media|media|jurnalis|pers|para\s+wartawan|[A-Z][\w]*(?:\.com|\.co\.id|\.id|\.co)?)"
    r"|dalam\s+(?:keterangan|siaran|rilis|pernyataan|konferensi|jumpa|acara|rapat|sidang|diskusi|webinar|wawancara|"
    r"dialog|seminar|podcast|unggahan|video|surat|laporan|dokumen|putusan|dakwaan|tuntutan)(?:\s+(?:tertulis|pers|resmi|persnya|tertulisnya))?"
    r"|(?:saat|ketika|usai|seusai|setelah|sewaktu|tatkala)\s+(?:di)?(?:konfirmasi|hubungi|temui|wawancarai|wawancara|jumpai|tanya)"
    r"|dikonfirmasi(?:\s+(?:terpisah|wartawan|melalui|lewat|via))?"
    r"|(?:melalui|lewat|via)\s+(?:pesan|sambungan\s+telepon|telepon|akun|unggahan|siaran|keterangan|surat|rilis|kanal)"
    r"|pantauan|penelusuran|berdasarkan\s+(?:data|laporan|hasil|catatan|survei|dokumen|keterangan|informasi|"
    r"penelusuran|pantauan|rilis|putusan|pemeriksaan|penyelidikan|analisis|riset|studi|penelitian|perhitungan|"
    r"rekaman|unggahan|pengakuan|surat|Peraturan|Undang|UU|PP|Permen|Perpres|Keputusan|informasi|temuan|[A-Z])"
    r"|(?:data|laporan|survei|catatan|rilis|riset|studi|penelitian|sensus|rekapitulasi)\s+(?:terbaru\s+)?(?:dari\s+|milik\s+|yang\s+dirilis\s+)?[A-Z]"
    r"|(?:dilansir|dikutip)\s+dari\s+[a-z]"
    r")",
)
_WEASEL_RE = lazy_compile(
    r"(?<![\w-])(?P<w>disinyalir|ditengarai|konon(?:nya)?|kabarnya|santer\s+(?:terdengar|beredar|diberitakan|disebut|"
    r"dikabarkan|diisukan)|beredar\s+kabar|kabar\s+(?:yang\s+)?beredar|menurut\s+kabar|isu\s+yang\s+beredar|"
    r"desas-desus|kasak-kusuk|kabar\s+burung|disebut-sebut|dikabarkan|rumor\s+(?:yang\s+)?beredar|"
    r"diisukan|ramai\s+diisukan)(?![\w-])",
    re.I,
)
# "Katanya, …" at a sentence start is hearsay, not a speech tag.
_HEARSAY_START_RE = lazy_compile(r"^\W*(?P<w>Katanya)\s*,")
# Denials and fact-checks: a sentence *about* a rumour is the opposite of a weasel.
_REFUTE_RE = lazy_compile(
    r"(?<![\w-])(?:membantah|menepis|dibantah|ditepis|hoaks|hoax|tidak\s+benar|tak\s+benar|faktanya|klarifikasi|"
    r"meluruskan|disinformasi|misinformasi|keliru|cek\s+fakta)(?![\w-])",
    re.I,
)
# Agentless passives (§4.2).  "diketahui" only as an opener ("Diketahui, …").
_AGENTLESS_RE = lazy_compile(
    r"(?<![\w-])(?P<w>disebutkan|dikatakan|dijelaskan|diklaim|diungkapkan|dilaporkan|diberitakan)(?![\w-])", re.I
)
# "Diketahui, …" / "Diketahui bahwa …" at a sentence start.
_DIKETAHUI_RE = lazy_compile(r"\W*(?P<open>Diketahui)(?=\s*,|\s+bahwa)")
# What may follow an agentless-looking passive and still name the source.
_AGENT_AFTER_RE = lazy_compile(
    r"\s*(?:,\s*)?(?:oleh|dalam|di\s+dalam|pada\s+(?:laman|situs|dokumen|surat|laporan)|melalui|lewat|via|kepada|"
    r"berdasarkan|sesuai|menurut|bahwa\s+(?:ia|dia|mereka)|(?:ia|dia|mereka|beliau|pihaknya)\b|[A-Z]|[\"“])",
)
# Before an agentless-looking passive: a modal ("bisa dikatakan" = one could
# say), a relative clause about content ("kasus yang dilaporkan"), or a
# reference to earlier text ("seperti disebutkan sebelumnya").
_NOT_AGENTLESS_BEFORE_RE = lazy_compile(
    r"(?:\b(?:bisa|dapat|boleh|tak\s+bisa|tidak\s+bisa|sudah|pernah|akan|yang|belum|sempat|telah|ingin|untuk)\s*)$",
    re.I,
)
_SOURCE_BEFORE_RE = lazy_compile(
    r"(?:(?<![\w-])(?:dalam|di\s+dalam|berdasarkan|menurut|pada|sesuai)\s+(?:[\w.-]+\s+){0,3}?(?:laporan|kitab|buku|"
    r"aturan|peraturan|undang-undang|UU|keputusan|surat|dokumen|penelitian|jurnal|studi|riset|putusan|pasal|situs|"
    r"laman|hasil|rilis|keterangan|data|siaran|pernyataan|unggahan|video|catatan|kajian|survei|naskah|draf)(?![\w-])"
    r"|(?<![\w-])[Ss]ebelumnya\s*,?\s*$)",
    re.I,
)
_NOT_AGENTLESS_AFTER_RE = lazy_compile(
    r"\s*(?:sebelumnya|di\s+atas|tadi|ke\s|kepada\s+(?:polisi|pihak)|hilang|sebagai)", re.I
)
_VAGUE_RE = lazy_compile(
    r"(?<![\w-])(?P<v>(?:banyak|berbagai|sejumlah|beberapa)\s+(?:pihak|kalangan)|pihak\s+(?:terkait|berwenang)|"
    r"para\s+(?:ahli|pakar|pengamat|analis|peneliti)|(?:sejumlah|beberapa|banyak)\s+(?:ahli|pakar|pengamat|analis)|"
    r"(?:seorang|sejumlah|beberapa)\s+sumber|sumber\s+(?:internal|terpercaya|yang\s+dapat\s+dipercaya|yang\s+enggan"
    r"\s+disebut(?:kan)?\s+nama(?:nya)?|anonim)|warganet|netizen|orang\s+dekat|aparat\s+berwenang)(?![\w-])",
    re.I,
)
# Verbs after which a vague subject is acting as a source.
_VAGUE_VERB_RE = lazy_compile(
    r"\s*(?:(?:juga|pun|ikut|turut|banyak|ramai|sempat|lantas|kemudian)\s+){0,2}(?:"
    + _ACTIVE_VERBS
    + r"|mengecam|menyayangkan|mempertanyakan|khawatir|berkomentar|menyebut|menyoroti|menduga|bereaksi|mencibir|memuji|ramai)(?![\w-])",
    re.I,
)
# "menurut para ahli", "oleh warganet", or a passive verb right before ("dikritik warganet").
_VAGUE_BEFORE_RE = lazy_compile(
    r"(?:menurut|kata|ujar|dari\s+kalangan|(?<![\w-])(?:dinilai|dikritik|disampaikan|dikecam|disorot|dipertanyakan|"
    r"dikeluhkan|diprediksi|diperkirakan|disebut|dianggap|diklaim|dituding|dituduh|diungkapkan|dilaporkan|diyakini|"
    r"ditengarai|diduga)(?:\s+oleh)?)\s+$",
    re.I,
)
# A name or affiliation right after the vague noun makes it specific.
_VAGUE_SPECIFIC_AFTER_RE = lazy_compile(
    r"\s+(?:[A-Z]|dari\s+[A-Z]|(?:politik|ekonomi|hukum|kebijakan|\w+)\s+(?:dari\s+)?[A-Z])"
)

# Claims that need a source (attribution/unattributed-claim): figures.
_CLAIM_RE = lazy_compile(
    r"(?P<pct>\d+(?:[.,]\d+)?\s?(?:persen|%))"
    r"|(?P<money>(?:Rp|US\$|USD|\$)\s?\d[\d.,]*(?:\s?(?:ribu|juta|miliar|triliun))?"
    r"|\d[\d.,]*\s(?:ribu|juta|miliar|triliun)\s(?:rupiah|dolar|dollar|euro|yen|ringgit))"
    r"|(?P<toll>(?:\d[\d.,]*|puluhan|ratusan|ribuan|belasan)\s(?:orang|jiwa|warga|korban|penumpang|pekerja|siswa|pendaki)"
    r"(?:\s+\w+){0,2}?\s+(?:tewas|meninggal|luka|terluka|luka-luka|hilang|mengungsi|dievakuasi|menjadi\s+korban|terdampak))",
)
_CONTINUATION_RE = lazy_compile(
    r"^\W*(?:(?:Namun|Tetapi|Akan\s+tetapi|Selain\s+itu|Lebih\s+lanjut|Kemudian|Sementara\s+itu|Ia\s+pun|Menurut\s+dia)"
    r"\s*,?\s+)?(?:Ia|Dia|Mereka|Beliau|Menurutnya|Pihaknya|ia|dia|mereka|beliau|pihaknya)(?![\w-])"
)
_PRONOUNS = frozenset({"ia", "dia", "mereka", "beliau", "pihaknya"})
_STOP_AGENT = frozenset(
    {
        "yang",
        "dan",
        "namun",
        "tetapi",
        "juga",
        "pun",
        "itu",
        "ini",
        "lalu",
        "kemudian",
        "sementara",
        "sedangkan",
        "bahwa",
        "ia",
        "dia",
        "tidak",
        "tak",
        "belum",
        "sudah",
        "telah",
        "akan",
        "pernah",
        "sempat",
        "hal",
        "lebih",
        "lanjut",
        "selain",
        "serta",
        "atau",
        "saat",
        "ketika",
        "setelah",
        "sebelum",
        "karena",
        "sehingga",
        "maka",
        "jika",
        "bila",
        "agar",
        "supaya",
        "untuk",
        "dengan",
        "di",
        "ke",
        "dari",
        "pada",
        "oleh",
        "secara",
        "bahkan",
        "hanya",
        "masih",
        "terus",
        "turut",
        "ikut",
        "pula",
        "sendiri",
        "adapun",
    }
)
_PREPOSITIONS = frozenset(
    {"dalam", "untuk", "di", "ke", "dari", "pada", "dengan", "oleh", "bagi", "demi", "agar", "dan", "atau"}
)
_CLAUSE_BREAK = lazy_compile(r"[,;:\"“”(\[]|—|–|\s-\s")
_WS = lazy_compile(r"\s+")


# --- a word index: run each regex only where its first word occurs ------------------
# Python's re tries every alternative at every position, so a whole-text
# finditer with a long alternation costs far more than a look-up per word.
# :func:`scan` matches a regex only at the start offsets of the tokens whose
# key (the lower-cased word; "#num" for a number; the text of other tokens) is
# one of its trigger words.  Those offsets come from the letter-run index of
# :mod:`newslint.engine.prefilter`, which every run builds anyway for the YAML
# rules (a set intersection tells which keys occur, ``str.find`` where), checked
# against the tokens: no Python loop lower-casing every token of the draft.
_INDEX_KEY = "analysis.token_positions"


def _candidates(doc: Document, key: str) -> list[int]:
    """Offsets where a token with ``key`` may start (a superset of the true ones)."""
    if key == "#num":
        return digit_starts(doc)  # a number token starts a digit run
    index = prefilter_index(doc)
    if _is_letter_run(key):
        # a word token is a whole letter run, and its lower-cased text is the folded index there
        return index.offsets(key)
    low, found = index.low, []
    i = low.find(key)
    while i != -1:
        found.append(i)
        i = low.find(key, i + 1)
    return found


def _is_letter_run(key: str) -> bool:
    return key.isascii() and key.isalpha()


def token_positions(doc: Document, key: str) -> list[int]:
    """Start offsets, in order, of the tokens whose key is ``key`` (cached per document)."""
    cache = doc.cache.get(_INDEX_KEY)
    if cache is None:
        cache = doc.cache[_INDEX_KEY] = {}
    found = cache.get(key)
    if found is None:
        found = cache[key] = []
        tokens = doc.tokens
        ntok = len(tokens)
        at = doc.token_index_at
        for pos in _candidates(doc, key):
            i = at(pos)
            if i < ntok:
                t = tokens[i]
                if t.start == pos and _token_key(t) == key:
                    found.append(pos)
    return found


def _token_key(t: Token) -> str:
    k = t.kind
    return t.text.lower() if k is TokenKind.WORD else "#num" if k is TokenKind.NUMBER else t.text


#: A key set split once into its letter-run words and its other keys ("#num", "us$", "desas-desus").
_SPLIT: dict[frozenset[str], tuple[frozenset[str], list[str]]] = {}


def _present(doc: Document, words: frozenset[str]) -> list[str]:
    """The keys of ``words`` that may have tokens in ``doc``: one set intersection, not a look-up per word."""
    split = _SPLIT.get(words)
    if split is None:
        split = _SPLIT[words] = (
            frozenset(w for w in words if _is_letter_run(w)),
            [w for w in words if not _is_letter_run(w)],
        )
    letters, other = split
    return [*(letters & prefilter_index(doc).words), *other]


def has_any(doc: Document, words: frozenset[str]) -> bool:
    """True when one of ``words`` (lower case) occurs in the document."""
    return any(token_positions(doc, w) for w in _present(doc, words))


def scan(doc: Document, rx: re.Pattern[str] | LazyPattern, words: frozenset[str]) -> list[re.Match[str]]:
    """Non-overlapping matches of ``rx`` anchored at tokens whose word is in ``words``."""
    return _scan_at(doc, rx, _positions(doc, words))


def _positions(doc: Document, words: frozenset[str]) -> list[int]:
    """Start offsets, unsorted, of the tokens whose key is in ``words``."""
    positions: list[int] = []
    for w in _present(doc, words):
        positions.extend(token_positions(doc, w))
    return positions


def _scan_at(doc: Document, rx: re.Pattern[str] | LazyPattern, positions: list[int]) -> list[re.Match[str]]:
    """Non-overlapping matches of ``rx`` tried at ``positions``."""
    if not positions:
        return []
    positions.sort()
    text = doc.text
    out: list[re.Match[str]] = []
    last = -1
    match = (rx.compiled if isinstance(rx, LazyPattern) else rx).match
    for pos in positions:
        if pos < last:
            continue
        m = match(text, pos)
        if m is not None and m.end() > m.start():
            out.append(m)
            last = m.end()
    return out


def _words_of(alternation: str) -> frozenset[str]:
    return frozenset(w for w in alternation.split("|") if w)


_T_SPEECH = _words_of(_SPEECH_BASE)
_T_NYA = frozenset(w + "nya" for w in _T_SPEECH)
_T_ACTIVE = _words_of(_ACTIVE_VERBS)
_T_PASSIVE = _words_of(_PASSIVE_VERBS)
_T_MENURUT = frozenset({"menurut", "menurutnya"})
_T_CITATION = frozenset(
    {
        "seperti",
        "sebagaimana",
        "yang",
        "dikutip",
        "dilansir",
        "dilaporkan",
        "diberitakan",
        "disiarkan",
        "mengutip",
        "melansir",
        "menurut",
    }
)
_T_CITATION_HEAD = _T_CITATION - {"yang"}
_T_CITATION_AFTER_YANG = frozenset({"dikutip", "dilansir", "dilaporkan", "diberitakan", "disiarkan"})
_T_OWN = frozenset({"seperti", "sebagaimana"})
_T_CHANNEL = frozenset(
    {
        "kepada",
        "dalam",
        "saat",
        "ketika",
        "usai",
        "seusai",
        "setelah",
        "sewaktu",
        "tatkala",
        "dikonfirmasi",
        "melalui",
        "lewat",
        "via",
        "pantauan",
        "penelusuran",
        "berdasarkan",
        "data",
        "laporan",
        "survei",
        "catatan",
        "rilis",
        "riset",
        "studi",
        "penelitian",
        "sensus",
        "rekapitulasi",
        "dilansir",
        "dikutip",
    }
)
_T_WEASEL = frozenset(
    {
        "disinyalir",
        "ditengarai",
        "konon",
        "kononnya",
        "kabarnya",
        "santer",
        "beredar",
        "kabar",
        "menurut",
        "isu",
        "desas-desus",
        "kasak-kusuk",
        "disebut-sebut",
        "dikabarkan",
        "rumor",
        "diisukan",
        "ramai",
    }
)
_T_AGENTLESS = frozenset(
    {"disebutkan", "dikatakan", "dijelaskan", "diklaim", "diungkapkan", "dilaporkan", "diberitakan"}
)
_T_VAGUE = frozenset(
    {
        "banyak",
        "berbagai",
        "sejumlah",
        "beberapa",
        "pihak",
        "para",
        "seorang",
        "sumber",
        "warganet",
        "netizen",
        "orang",
        "aparat",
    }
)
_T_CLAIM = frozenset({"#num", "rp", "usd", "us$", "idr", "$", "puluhan", "ratusan", "ribuan", "belasan"})


@dataclass(slots=True)
class Attribution:
    """One attribution marker and whom it names."""

    start: int
    end: int
    sentence: int
    paragraph: int
    kind: str  # speech | according | citation | channel | passive-agent | own-report
    verb: str  # the marker as written ("mengklaim", "dikutip dari", "katanya")
    speaker: str | None  # the speaker, office, document or outlet ("Microsoft", "Ubergizmo")
    pronoun: bool = False  # the agent is ia/dia/mereka/-nya
    #: For pronouns: the last named speaker before it (a guess, shown with "?").
    resolved: str | None = None
    tag: bool = False  # a trailing tag ("…, kata X.") that can cover the paraphrase before it

    @property
    def media(self) -> bool:
        return self.kind == "citation"


@dataclass(slots=True)
class SentenceInfo:
    index: int
    paragraph: int
    zone: Zone
    attributions: list[Attribution] = field(default_factory=list)
    weasels: list[tuple[int, int, str]] = field(default_factory=list)
    agentless: list[tuple[int, int, str]] = field(default_factory=list)
    vague: list[tuple[int, int, str]] = field(default_factory=list)
    claims: list[tuple[int, int, str]] = field(default_factory=list)
    covered: bool = False
    #: Covered by a person, office or document (not only a citation of another outlet).
    primary: bool = False

    @property
    def attributed(self) -> bool:
        return bool(self.attributions)


@dataclass(slots=True)
class AttributionAnalysis:
    sentences: list[SentenceInfo]
    attributions: list[Attribution]
    #: Paragraph index -> True when some sentence of it carries an attribution.
    paragraph_attributed: list[bool]
    #: Paragraph index -> True when some attribution in it is not a bare media citation.
    paragraph_primary: list[bool]

    def info(self, sentence: int) -> SentenceInfo:
        return self.sentences[sentence]


def analyze(doc: Document) -> AttributionAnalysis:
    """The attribution analysis of ``doc`` (computed once, then cached)."""
    cached = doc.cache.get(CACHE_KEY)
    if cached is None:
        cached = _analyze(doc)
        doc.cache[CACHE_KEY] = cached
    return cached


def _clean(s: str) -> str:
    return _WS.sub(" ", s).strip(" ,.;:-–—\"“”'’")


def _trim_agent(agent: str) -> str:
    """Cut an inverted-tag agent at its place/time tail ("Budi di Jakarta, Senin")."""
    agent = re.split(r"(?<=[\w)])[.!?](?:\s|$)", agent)[0]  # never run into the next sentence
    agent = re.split(r"\s+(?:di|saat|ketika|dalam|kepada|pada|usai|seusai|setelah|melalui|lewat|dan|yang)\s", agent)[0]
    return _clean(agent)


def _analyze(doc: Document) -> AttributionAnalysis:
    text = doc.text
    sents = doc.sentences
    paras = doc.paragraphs
    infos = [SentenceInfo(s.index, s.paragraph, paras[s.paragraph].zone) for s in sents]
    starts = [s.start for s in sents]
    mask = doc.quote_mask

    def sentence_of(offset: int) -> int:
        i = bisect.bisect_right(starts, offset) - 1
        if 0 <= i < len(sents) and sents[i].start <= offset < max(sents[i].end, sents[i].start + 1):
            return i
        return -1

    def quoted(start: int, end: int) -> bool:
        return mask.find(1, start, end) != -1 if mask else False

    found: list[Attribution] = []

    def add(
        start: int, end: int, kind: str, verb: str, speaker: str | None, *, pronoun: bool = False, tag: bool = False
    ) -> None:
        si = sentence_of(start)
        if si < 0 or quoted(start, end):
            return
        a = Attribution(
            start, end, si, sents[si].paragraph, kind, _clean(verb).lower(), speaker, pronoun=pronoun, tag=tag
        )
        found.append(a)
        infos[si].attributions.append(a)

    # -nya speech forms: "katanya", "ujarnya"
    for m in scan(doc, _SPEECH_NYA_RE, _T_NYA):
        si = sentence_of(m.start())
        if si < 0:
            continue
        before = text[sents[si].start : m.start()]
        if m.group().lower() == "katanya" and not before.strip(" \"“”'‘’"):
            continue  # sentence-initial "Katanya, …" is hearsay (a weasel)
        tag = bool(re.search(r"[,\"”’']\s*$", before))
        add(m.start(), m.end(), "speech", m.group(), None, pronoun=True, tag=tag)
    # inverted tags "…, kata Budi" and openers "Kata dia, …"
    for m in scan(doc, _SPEECH_INV_RE, _T_SPEECH):
        agent = _trim_agent(m.group("agent"))
        add(m.start("verb"), m.end(), "speech", m.group("verb"), agent, pronoun=agent.lower() in _PRONOUNS, tag=True)
    # an opener matches only where a speech verb's token starts: test the set before the regex
    verb_at = {pos for w in _present(doc, _T_SPEECH) for pos in token_positions(doc, w)}
    for s in sents if verb_at else ():
        pos = s.start + (1 if text[s.start : s.start + 1] in '"“' else 0)
        if pos not in verb_at:
            continue
        m = _SPEECH_INV_START_RE.match(text, pos, s.end)
        if m and m.group("verb")[:1].isupper():
            agent = _trim_agent(m.group("agent"))
            if agent:
                add(m.start(), m.end(), "speech", m.group("verb"), agent, pronoun=agent.lower() in _PRONOUNS)
    # "X mengatakan …": the agent is the clause before the verb
    for m in scan(doc, _ACTIVE_RE, _T_ACTIVE):
        si = sentence_of(m.start())
        if si < 0:
            continue
        s = sents[si]
        before = text[s.start : m.start()]
        cut = 0
        for b in _CLAUSE_BREAK.finditer(before):
            cut = b.end()
        chunk = _clean(before[cut:])
        words = chunk.split()
        content = [w for w in words if w.lower() not in _STOP_AGENT]
        if not content and not any(w.lower() in _PRONOUNS for w in words):
            continue
        # a subject is a short noun phrase right before the verb; a long run of
        # words ending in a preposition is a clause, not an agent
        if len(words) > 8 or words[-1].lower() in _PREPOSITIONS:
            continue
        if _VAGUE_RE.search(chunk) and not re.search(r"\s[A-Z]", " " + " ".join(words[1:])):
            continue  # "para ahli menilai" is a vague agent, not an attribution
        agent = " ".join(words[-6:])
        pron = bool(words) and words[-1].lower() in _PRONOUNS
        add(m.start(), m.end(), "speech", m.group("verb"), agent, pronoun=pron)
    for m in scan(doc, _MENURUT_RE, _T_MENURUT):
        if m.group("nya"):
            add(m.start(), m.end("nya"), "according", "menurut", None, pronoun=True, tag=_is_tag(text, m.start()))
            continue
        rest = _clean(m.group("rest"))
        if (
            not rest
            or _VAGUE_RE.match(rest)
            or re.match(r"(?:kabar|isu|rumor|informasi\s+yang\s+beredar|sumber)\b", rest, re.I)
        ):
            continue
        if re.match(r"(?:saya|kami|aku)\b", rest, re.I):
            continue  # inside quoted speech the speaker is the quote's speaker
        add(
            m.start(),
            m.end(),
            "according",
            "menurut",
            _trim_agent(rest),
            pronoun=rest.split()[0].lower() in _PRONOUNS,
            tag=_is_tag(text, m.start()),
        )
    for m in scan(doc, _PASSIVE_AGENT_RE, _T_PASSIVE):
        agent = _trim_agent(m.group("agent"))
        if agent.split()[0] in ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"):
            continue
        add(m.start(), m.end(), "passive-agent", m.group("verb"), agent, pronoun=agent.lower() in _PRONOUNS)
    for m in _scan_at(doc, _CITATION_RE, _citation_positions(doc)):
        outlet = _clean(m.group("outlet"))
        add(m.start(), m.end(), "citation", m.group("verb"), outlet)
    for m in scan(doc, _OWN_REPORT_RE, _T_OWN):
        add(m.start(), m.end(), "own-report", m.group(), doc.dateline_outlet)
    for m in scan(doc, _CHANNEL_RE, _T_CHANNEL):
        add(m.start(), m.end(), "channel", m.group("verb"), None)

    # markers that weaken a sentence
    for m in scan(doc, _WEASEL_RE, _T_WEASEL):
        si = sentence_of(m.start())
        if si >= 0 and not quoted(m.start(), m.end()):
            if re.search(
                r"(?:terdengar|lagi|ada|tak|tidak|kabar-)\s*$", text[max(0, m.start() - 12) : m.start()], re.I
            ):
                continue  # "tidak pernah terdengar lagi kabarnya": its news, not hearsay
            infos[si].weasels.append((m.start("w"), m.end("w"), m.group("w")))
    for s in sents if "Katanya" in text else ():
        m = _HEARSAY_START_RE.match(text, s.start, s.end)
        if m:
            infos[s.index].weasels.append((m.start("w"), m.end("w"), m.group("w")))
    for m in scan(doc, _AGENTLESS_RE, _T_AGENTLESS):
        ws, we = m.start("w"), m.end("w")
        si = sentence_of(ws)
        if si < 0 or quoted(ws, we):
            continue
        s = sents[si]
        if _AGENT_AFTER_RE.match(text, we, s.end) or _NOT_AGENTLESS_AFTER_RE.match(text, we, s.end):
            continue
        if _NOT_AGENTLESS_BEFORE_RE.search(text[max(s.start, ws - 20) : ws]):
            continue
        # "Dalam laporan itu disebutkan", "Berdasarkan aturan, dijelaskan", "Sebelumnya diberitakan":
        # the source is named (or is the outlet's own earlier story) before the verb
        if _SOURCE_BEFORE_RE.search(text, s.start, ws):
            continue
        infos[si].agentless.append((ws, we, m.group("w")))
    for s in sents if "Diketahui" in text else ():
        m = _DIKETAHUI_RE.match(text, s.start, s.end)
        if m and not quoted(m.start("open"), m.end("open")):
            infos[s.index].agentless.append((m.start("open"), m.end("open"), m.group("open")))
    for m in scan(doc, _VAGUE_RE, _T_VAGUE):
        si = sentence_of(m.start())
        if si < 0 or quoted(m.start(), m.end()):
            continue
        s = sents[si]
        if _VAGUE_SPECIFIC_AFTER_RE.match(text, m.end(), s.end):
            continue
        is_source = bool(_VAGUE_BEFORE_RE.search(text[max(s.start, m.start() - 20) : m.start()])) or bool(
            _VAGUE_VERB_RE.match(text, m.end(), s.end)
        )
        if is_source or "enggan" in m.group().lower():
            infos[si].vague.append((m.start(), m.end(), m.group()))
    for m in scan(doc, _CLAIM_RE, _T_CLAIM):
        si = sentence_of(m.start())
        if si < 0 or quoted(m.start(), m.end()) or infos[si].zone not in CLAIM_ZONES:
            continue
        if doc.dateline is not None and m.start() < doc.dateline.end and m.start() >= doc.dateline.start:
            continue
        infos[si].claims.append((m.start(), m.end(), m.lastgroup or "figure"))

    _resolve_pronouns(found)
    n = len(paras)
    para_attr = [False] * n
    para_primary = [False] * n
    for a in found:
        para_attr[a.paragraph] = True
        if a.kind != "citation":
            para_primary[a.paragraph] = True
    _cover(doc, infos, para_attr)
    found.sort(key=lambda a: a.start)
    return AttributionAnalysis(infos, found, para_attr, para_primary)


def _citation_positions(doc: Document) -> list[int]:
    """Where a citation may start: its words, but "yang" (thousands of them) only right before a verb
    of citation ("yang dikutip dari"): at any other "yang" the pattern cannot match."""
    positions = _positions(doc, _T_CITATION_HEAD)
    verbs = _positions(doc, _T_CITATION_AFTER_YANG)
    if verbs:
        tokens, at = doc.tokens, doc.token_index_at
        for v in verbs:
            i = at(v) - 1
            if i >= 0 and tokens[i].kind is TokenKind.WORD and tokens[i].text.lower() == "yang":
                positions.append(tokens[i].start)
    return positions


def _is_tag(text: str, start: int) -> bool:
    return bool(re.search(r"[,\"”’']\s*$", text[max(0, start - 3) : start]))


def _resolve_pronouns(found: list[Attribution]) -> None:
    """Give ia/dia/-nya attributions the last named speaker before them."""
    last: str | None = None
    for a in sorted(found, key=lambda x: x.start):
        if a.pronoun:
            a.resolved = last
            continue
        # an outlet cited is not who "ia" refers to; only people and offices are
        if a.kind in ("speech", "according", "passive-agent") and a.speaker and a.speaker[:1].isupper():
            last = a.speaker


def _cover(doc: Document, infos: list[SentenceInfo], attributed: list[bool]) -> None:
    """Carry-over inside a paragraph (§4.3) and over multi-paragraph quotes.

    ``attributed``: paragraph index -> some sentence of it carries an attribution.
    """
    text = doc.text
    sents = doc.sentences
    quote_starts: dict[int, bool] = {}
    continued_into: set[int] = set()
    for q in doc.quotations:
        if q.depth == 0 and not q.mark.is_single:
            quote_starts[q.start] = True
            if q.continued:
                continued_into.add(q.paragraph + 1)
    for p in doc.paragraphs:
        if not attributed[p.index] and p.index not in continued_into:
            continue  # nothing to carry: its sentences keep covered = primary = False
        rng = range(p.sentence_start, p.sentence_end)
        for i in rng:
            info = infos[i]
            info.covered = info.attributed
            info.primary = any(a.kind != "citation" for a in info.attributions)
        # multi-paragraph quote: the continuation paragraph speaks with the first one's voice
        if p.index in continued_into and p.index > 0:
            prev = doc.paragraphs[p.index - 1]
            if any(infos[j].covered for j in range(prev.sentence_start, prev.sentence_end)):
                for i in rng:
                    infos[i].covered = True
                    infos[i].primary = True
        # forward: "Ia menambahkan …", "Menurutnya …" or a direct quote continues the account
        for i in rng:
            if i == p.sentence_start or infos[i].covered or not infos[i - 1].covered:
                continue
            s = sents[i]
            lead = text[s.start : s.start + 1]
            if _CONTINUATION_RE.match(text, s.start, s.end) or (lead in '"“' and s.start in quote_starts):
                infos[i].covered = True
                infos[i].primary = infos[i - 1].primary
        # backward: a trailing tag covers the paraphrase before it
        for i in reversed(rng):
            if not any(a.tag for a in infos[i].attributions):
                continue
            j = i - 1
            while j >= p.sentence_start and not infos[j].attributed:
                infos[j].covered = True
                infos[j].primary = infos[i].primary
                j -= 1

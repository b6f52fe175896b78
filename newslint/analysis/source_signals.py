"""Sources that are not a person speaking: documents, official channels, written statements.

The attribution analysis (:mod:`newslint.analysis.attribution`) finds who
*says* what.  A story also rests on what is *written*: a regulation or court
ruling it names ("Peraturan Menteri Keuangan Nomor 12 Tahun 2024", "Dalam
peraturan itu disebutkan …"), an institution's own channel ("laman resmi
EFL", "akun Instagram @humaspolri"), a written statement ("dalam siaran
pers"), and direct quotations, which are somebody's words even when their
tag is a paragraph away.  The source and ethics rules count these as sources,
and ``newslint sources`` lists the documents and channels.

Each signal is found with one regex over the text (prefiltered by a literal
test), so the cost is a few scans per draft, once (cached in ``doc.cache``).
"""

from __future__ import annotations

from dataclasses import dataclass

from newslint.lazyre import lazy_compile
from newslint.model.document import Document, Zone

CACHE_KEY = "analysis.source_signals"

#: Zones whose text can name a source: the story and its crossheads.
SOURCE_ZONES = frozenset({Zone.LEAD, Zone.BODY, Zone.HEADING})

_DOC_TITLE = (
    r"(?:Peraturan|Keputusan|Undang-[Uu]ndang|UU|Perpres|Permen\w*|PP|Pergub|Perbup|Perwali|Perda|Perppu|Inpres|"
    r"Keppres|Kepmen\w*|Surat\s+Edaran|SE|Putusan|Instruksi|Kitab\s+Undang-[Uu]ndang|KUHP|KUHAP|Qanun|Fatwa)"
)
# A document named by its title: "Peraturan Menteri Keuangan Nomor 12 Tahun 2024", "UU ITE", "Putusan MK".
_NAMED_DOC_RE = lazy_compile(
    rf"(?<![\w-])(?P<name>{_DOC_TITLE}(?:\s+(?:Nomor|No\.?|Tahun|ke-\d+|[A-Z][\w./-]*|\d[\w./-]*))+)"
)
_DOC_NOUN = (
    r"(?:peraturan|aturan|undang-undang|keputusan|surat(?:\s+edaran|\s+keputusan)?|dokumen|laporan|putusan|"
    r"dakwaan|tuntutan|survei|riset|studi|penelitian|kajian|jurnal|kitab|buku|pengumuman|edaran|ketentuan|"
    r"regulasi|beleid|pasal|prasasti|naskah|notulen|kontrak|perjanjian|memo|risalah|data|catatan|rilis|"
    r"prakiraan|"
    r"peringatan\s+dini|infografis|grafik|tabel|dashboard|dasbor)"
)
# A document the sentence rests on: "Dalam peraturan itu disebutkan", "berdasarkan data BPS",
# "tercantum dalam surat edaran", "sesuai ketentuan".
_DOC_FRAME_RE = lazy_compile(
    rf"(?<![\w-])(?P<name>(?i:(?:di\s+)?dalam|berdasarkan|menurut|merujuk|mengacu|sesuai(?:\s+dengan)?|"
    rf"(?:di|ter)sebutkan\s+(?:dalam|di)|(?:di|ter)jelaskan\s+(?:dalam|di)|tertulis\s+(?:dalam|di)|"
    rf"tercantum\s+(?:dalam|di)|diatur\s+(?:dalam|di)|tertuang\s+(?:dalam|di)|termuat\s+(?:dalam|di)|"
    rf"dimuat\s+(?:dalam|di))(?i:(?:\s+(?:pada|kepada|ke))?\s+(?:[\w-]+\s+){{0,2}}?{_DOC_NOUN})(?![\w-])"
    rf"(?:\s+(?:itu|tersebut|ini|terbaru|resmi|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,4}}))?)",
)
# An institution's own channel: "laman resmi EFL", "akun Instagram @humaspolri", "situs web Kemenkes".
_CHANNEL_RE = lazy_compile(
    r"(?<![\w-])(?P<name>(?:laman|situs(?:\s+web)?|website|web|akun|kanal|portal|aplikasi|media\s+sosial)"
    r"(?:\s+(?:resmi|Instagram|X|Twitter|TikTok|Facebook|YouTube|Threads|LinkedIn))+(?:\s+(?:milik|dari))?"
    r"(?:\s+(?:@[\w.]+|[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,4}))?"
    r"|(?:akun|laman|situs)\s+@[\w.]+"
    r"|(?:unggahan|cuitan|utas)\s+(?:di\s+)?akun\s+(?:resmi\s+)?(?:\w+\s+)?(?:@[\w.]+|[A-Z][\w.-]*))"
)
# A written or formal statement: "dalam siaran pers", "melalui keterangan tertulis", "konferensi pers".
_STATEMENT_RE = lazy_compile(
    r"(?<![\w-])(?P<name>(?:siaran|rilis|keterangan|pernyataan|jumpa|konferensi)\s+(?:pers|tertulis|resmi)(?:nya)?"
    r"|surat\s+(?:resmi|terbuka|balasan)|keterangan\s+resmi)(?![\w-])",
    flags=2,  # re.IGNORECASE
)
_CHANNEL_CUES = ("resmi", "akun", "laman", "situs", "website", "Instagram", "kanal", "@")
_DOC_CUES = (
    "alam ",
    "erdasarkan",
    "enurut",
    "esuai",
    "erujuk",
    "engacu",
    "sebutkan",
    "jelaskan",
    "ertulis",
    "ercantum",
    "iatur",
    "ertuang",
    "ermuat",
    "imuat",
)
_STATEMENT_CUES = ("pers", "ertulis", "resmi", "Pers", "surat", "Surat")


@dataclass(frozen=True, slots=True)
class SourceSignal:
    """A source that is not a speech tag."""

    start: int
    end: int
    #: ``document`` (a named or referred document), ``channel`` (an institution's site or account),
    #: ``statement`` (a written or formal statement), ``quote`` (a direct quotation of four words or more).
    kind: str
    #: The words that name it ("Peraturan Menteri Keuangan Nomor 12 Tahun 2024", "laman resmi EFL").
    name: str
    paragraph: int


def source_signals(doc: Document) -> list[SourceSignal]:
    """Documents, channels, statements and direct quotations in the story (in text order; cached)."""
    cached = doc.cache.get(CACHE_KEY)
    if cached is None:
        cached = doc.cache[CACHE_KEY] = _find(doc)
    return cached


def has_source_signal(doc: Document, kinds: frozenset[str] | None = None) -> bool:
    """True when the story has a source signal (of one of ``kinds``; None: any)."""
    return any(kinds is None or s.kind in kinds for s in source_signals(doc))


def _find(doc: Document) -> list[SourceSignal]:
    text = doc.text
    out: list[SourceSignal] = []

    taken: list[tuple[int, int]] = []

    def add(start: int, end: int, kind: str) -> None:
        p = doc.paragraph_at(start)
        if p is None or p.zone not in SOURCE_ZONES or doc.in_quote(start, end):
            return
        if any(s < end and start < e for s, e in taken):
            return
        taken.append((start, end))
        name = " ".join(text[start:end].split()).rstrip(" ,.;:")
        out.append(SourceSignal(start, end, kind, name, p.index))

    # most specific first: a span already taken (a statement) is not counted again (as a document)
    if any(c in text for c in _STATEMENT_CUES):
        for m in _STATEMENT_RE.finditer(text):
            add(m.start("name"), m.end("name"), "statement")
    if any(c in text for c in _CHANNEL_CUES):
        for m in _CHANNEL_RE.finditer(text):
            add(m.start("name"), m.end("name"), "channel")
    if any(c in text for c in ("Peraturan", "Keputusan", "ndang", "UU", "Per", "PP", "SE ", "Putusan", "Instruksi")):
        for m in _NAMED_DOC_RE.finditer(text):
            if len(m.group("name").split()) >= 2:
                add(m.start("name"), m.end("name"), "document")
    if any(c in text for c in _DOC_CUES):
        for m in _DOC_FRAME_RE.finditer(text):
            add(m.start("name"), m.end("name"), "document")
    for q in doc.quotations:
        if q.depth == 0 and not q.mark.is_single and len(text[q.start : q.end].split()) >= 4:
            p = doc.paragraphs[q.paragraph]
            if p.zone in SOURCE_ZONES:
                out.append(SourceSignal(q.start, q.end, "quote", _snippet(text[q.start : q.end]), p.index))
    out.sort(key=lambda s: s.start)
    return out


def _snippet(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"

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

import re
from dataclasses import dataclass

from newslint.analysis.attribution import ANONYMITY_REFUSAL, has_any, scan
from newslint.engine.prefilter import TriggeredPattern, anchored_finditer, word_index
from newslint.lazyre import LazyPattern, lazy_compile
from newslint.model.document import Document, Sentence, Zone

CACHE_KEY = "analysis.source_signals"
ANON_KEY = "analysis.source_signals.anonymous"
_STORY = (Zone.LEAD, Zone.BODY)

#: Zones whose text can name a source: the story and its crossheads.
SOURCE_ZONES = frozenset({Zone.LEAD, Zone.BODY, Zone.HEADING})

_DOC_TITLE = (
    r"(?:Peraturan|Keputusan|Undang-[Uu]ndang|UU|Perpres|Permen\w*|PP|Pergub|Perbup|Perwali|Perda|Perppu|Inpres|"
    r"Keppres|Kepmen\w*|Surat\s+Edaran|SE|Putusan|Instruksi|Kitab\s+Undang-[Uu]ndang|KUHP|KUHAP|Qanun|Fatwa)"
)
# A document named by its title: "Peraturan Menteri Keuangan Nomor 12 Tahun 2024", "UU ITE", "Putusan MK".
_NAMED_DOC_RE = lazy_compile(
    rf"(?<![\w-])(?P<name>{_DOC_TITLE}(?:\s+(?:Nomor|No\.?|Tahun|ke-\d+|[A-Z][\w/-]*|\d+(?:[./-]\d+)*[A-Z]?))+)"
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
    rf"(?:(?:\s+[a-z][\w-]*){{0,3}}?\s+(?:itu|tersebut|ini)(?![\w-])|\s+(?:terbaru|resmi)"
    rf"|\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,4}})?)",
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


_ANON_RE = lazy_compile(
    r"(?<![\w-])(?P<a>(?:(?:seorang|sejumlah|beberapa|salah\s+(?:satu|seorang))\s+)?(?:sumber|pejabat|petugas|pegawai|"
    r"anggota|staf|karyawan|pengurus|politikus|politisi|perwira|penyidik|orang|pihak)(?:\s+[\w.-]+){0,4}?\s+yang\s+"
    + ANONYMITY_REFUSAL
    + r"\s+(?:namanya\s+)?(?:identitasnya\s+)?(?:disebut(?:kan)?|ditulis|dipublikasikan|dikutip|diungkap(?:kan)?|"
    r"dirahasiakan|tidak\s+disebut(?:kan)?|tidak\s+ditulis|tak\s+disebut(?:kan)?|disamarkan)"
    r"(?:\s+(?:nama(?:nya)?|identitas(?:nya)?|jati\s+dirinya))?"
    r"|sumber\s+(?:internal|terpercaya|yang\s+dapat\s+dipercaya|anonim|di\s+lingkungan\s+[\w ]{3,30}?)(?=[\s,.])"
    r"|menurut\s+(?:seorang\s+|sejumlah\s+|beberapa\s+)?sumber(?![\w-]))",
    re.I,
)
# Why the source may stay anonymous, or why the source is in a position to know.
_ANON_REASON_RE = lazy_compile(
    r"(?<![\w-])(?:karena|sebab|lantaran|demi|alasan|tidak\s+berwenang|tak\s+berwenang|bukan\s+kewenangannya|"
    r"tidak\s+diizinkan|tak\s+diizinkan|keselamatan|keamanan(?:nya)?|yang\s+mengetahui|yang\s+hadir|yang\s+terlibat|"
    r"yang\s+mengikuti|yang\s+memahami|mengetahui\s+(?:langsung|persis|rencana|pembahasan))(?![\w-])",
    re.I,
)
_T_ANON = frozenset(
    {
        "seorang",
        "sejumlah",
        "beberapa",
        "salah",
        "sumber",
        "pejabat",
        "petugas",
        "pegawai",
        "anggota",
        "staf",
        "karyawan",
        "pengurus",
        "politikus",
        "politisi",
        "perwira",
        "penyidik",
        "orang",
        "pihak",
        "menurut",
    }
)


#: Where the two alternatives of _ANON_RE without a refusal clause start ("sumber internal", "menurut sumber").
_T_ANON_NAMED = frozenset({"sumber", "menurut"})
#: The refusal words of ANONYMITY_REFUSAL: the first alternative needs one of them, after "yang".
_REFUSAL_WORDS = frozenset({"enggan", "mau", "bersedia", "ingin", "meminta", "minta"})


def _anon_triggers(doc: Document) -> frozenset[str]:
    """The words _ANON_RE is tried at: all of :data:`_T_ANON`, or only where its alternatives without a refusal
    clause start when the draft lacks "yang" or every refusal word (whole words, as the pattern has them;
    the word index folds case as re.IGNORECASE does).  Most drafts: "orang", "pihak", "beberapa" … are
    frequent, and the clause is rare."""
    words = word_index(doc).words
    if "yang" in words and not _REFUSAL_WORDS.isdisjoint(words):
        return _T_ANON
    return _T_ANON_NAMED


@dataclass(frozen=True, slots=True)
class AnonymousSource:
    """A source the story does not name ("sumber yang enggan disebut namanya") and why, if it says."""

    start: int
    end: int
    text: str
    #: Why the source stays anonymous or how it knows ("karena tidak berwenang …"), None when not given.
    reason: str | None
    paragraph: int


def anonymous_sources(doc: Document) -> list[AnonymousSource]:
    """Anonymous sources outside quotations, with the reason found in their sentence or the next (cached)."""
    cached = doc.cache.get(ANON_KEY)
    if cached is not None:
        return cached
    text = doc.text
    found: list[AnonymousSource] = []
    for m in scan(doc, _ANON_RE, _anon_triggers(doc)):
        s = doc.sentence_at(m.start())
        if s is None or doc.paragraphs[s.paragraph].zone not in _STORY or doc.in_quote(m.start(), m.end()):
            continue
        found.append(_anonymous(doc, s, m.start("a"), m.end("a")))
    # the construction marks anonymity whatever the noun: "seorang pedagang yang meminta namanya tidak ditulis"
    if has_any(doc, _T_ANON_PASSIVE):
        taken = [(a.start, a.end) for a in found]
        for m in scan(doc, _ANON_CLAUSE_RE, _T_ANON_VERB):
            yang = _YANG_BEFORE_RE.search(text, max(0, m.start() - 16), m.start())
            if yang is None or (m.group().split()[0].lower() in _NEEDS_NEGATION and yang.group().split()[-1] == "yang"):
                continue  # "yang mau disebut namanya" is a named source
            if any(st < m.end() and yang.start() - 40 < en for st, en in taken):
                continue  # the clause of a source found above ("menurut sumber yang enggan …")
            head = _ANON_HEAD_RE.search(text, max(0, yang.start() - 60), yang.start())
            start = head.start("h") if head else yang.start()
            s = doc.sentence_at(start)
            if s is None or doc.paragraphs[s.paragraph].zone not in _STORY or doc.in_quote(start, m.end()):
                continue
            found.append(_anonymous(doc, s, start, m.end()))
        found.sort(key=lambda a: a.start)
    doc.cache[ANON_KEY] = found
    return found


def _anonymous(doc: Document, s: Sentence, start: int, end: int) -> AnonymousSource:
    text, sents = doc.text, doc.sentences
    stop = sents[s.index + 1].end if s.index + 1 < len(sents) and sents[s.index + 1].paragraph == s.paragraph else s.end
    r = _ANON_REASON_RE.search(text, s.start, stop)
    reason = None
    if r is not None:
        # the clause that gives the reason, up to the next comma or full stop
        cut = min((i for i in (text.find(",", r.end(), stop), text.find(".", r.end(), stop)) if i > 0), default=stop)
        reason = " ".join(text[r.start() : cut].split())
    return AnonymousSource(start, end, " ".join(text[start:end].split()), reason, s.paragraph)


_ANON_VERB = (
    r"(?:enggan|mau|bersedia|ingin|meminta|minta)\s+"
    r"(?:namanya\s+)?(?:identitasnya\s+)?(?:disebut(?:kan)?|ditulis|dipublikasikan|dikutip|diungkap(?:kan)?|"
    r"dirahasiakan|tidak\s+disebut(?:kan)?|tidak\s+ditulis|tak\s+disebut(?:kan)?|disamarkan)"
    r"(?:\s+(?:nama(?:nya)?|identitas(?:nya)?|jati\s+dirinya))?"
)
_ANON_CLAUSE_RE = lazy_compile(_ANON_VERB + r"(?![\w-])")
# "yang" (and the negation of mau/bersedia/ingin) right before the verb of _ANON_CLAUSE_RE.
_YANG_BEFORE_RE = lazy_compile(r"(?<![\w-])yang\s+(?:(?:tidak|tak)\s+)?$")
_NEEDS_NEGATION = frozenset({"mau", "bersedia", "ingin"})
_T_ANON_VERB = frozenset({"enggan", "mau", "bersedia", "ingin", "meminta", "minta"})
_T_ANON_PASSIVE = frozenset(
    {
        "disebut",
        "disebutkan",
        "ditulis",
        "dipublikasikan",
        "dikutip",
        "diungkap",
        "diungkapkan",
        "dirahasiakan",
        "disamarkan",
    }
)
# The noun phrase before the clause: up to three words after a clause break, with its determiner.
_ANON_HEAD_RE = lazy_compile(r"(?:^|[,.;:(\"“”]\s*|\b(?:dan|kata|ujar|menurut|dari)\s+)(?P<h>(?:[\w-]+\s+){1,3})$")


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
        for m in _triggered(_STATEMENT_RE).finditer(doc):
            add(m.start("name"), m.end("name"), "statement")
    if any(c in text for c in _CHANNEL_CUES):
        for m in _triggered(_CHANNEL_RE).finditer(doc):
            add(m.start("name"), m.end("name"), "channel")
    if any(c in text for c in ("Peraturan", "Keputusan", "ndang", "UU", "Per", "PP", "SE ", "Putusan", "Instruksi")):
        for m in anchored_finditer(_NAMED_DOC_RE.compiled, text, _named_doc_starts(text)):
            if len(m.group("name").split()) >= 2:
                add(m.start("name"), m.end("name"), "document")
    if any(c in text for c in _DOC_CUES):
        for m in anchored_finditer(_DOC_FRAME_RE.compiled, text, _doc_frame_starts(doc)):
            add(m.start("name"), m.end("name"), "document")
    for q in doc.quotations:
        if q.depth == 0 and not q.mark.is_single and len(text[q.start : q.end].split()) >= 4:
            p = doc.paragraphs[q.paragraph]
            if p.zone in SOURCE_ZONES:
                out.append(SourceSignal(q.start, q.end, "quote", _snippet(text[q.start : q.end]), p.index))
    out.sort(key=lambda s: s.start)
    return out


#: The patterns above with their trigger words (engine.prefilter): the statement and channel patterns start
#: at one of their words, so they are tried at those words' offsets, not at every character of the draft.
_TRIGGERED: dict[str, TriggeredPattern] = {}


def _triggered(rx: LazyPattern) -> TriggeredPattern:
    found = _TRIGGERED.get(rx.pattern)
    if found is None:
        found = _TRIGGERED[rx.pattern] = TriggeredPattern(rx.compiled)
    return found


#: What each title of _DOC_TITLE starts with, as written (the pattern is case-sensitive): "Per" for Peraturan,
#: Perpres, Permen …, "Ke" for Keputusan, Keppres, Kepmen, "KUH" for KUHP and KUHAP.
_DOC_TITLE_HEADS = (
    "Per",
    "Ke",
    "Undang",
    "UU",
    "PP",
    "Surat",
    "SE",
    "Putusan",
    "Instruksi",
    "Inpres",
    "Kitab",
    "KUH",
    "Qanun",
    "Fatwa",
)


def _named_doc_starts(text: str) -> list[int]:
    """Every offset where _NAMED_DOC_RE can match, in order: where a title's head occurs."""
    starts = []
    for head in _DOC_TITLE_HEADS:
        at = text.find(head)
        while at != -1:
            starts.append(at)
            at = text.find(head, at + 1)
    starts.sort()
    return starts


#: The first words of _DOC_FRAME_RE's alternatives (case-insensitive, with white space after each).
_DOC_FRAME_FIRST = (
    "di",
    "dalam",
    "berdasarkan",
    "menurut",
    "merujuk",
    "mengacu",
    "sesuai",
    "disebutkan",
    "tersebutkan",
    "dijelaskan",
    "terjelaskan",
    "tertulis",
    "tercantum",
    "diatur",
    "tertuang",
    "termuat",
    "dimuat",
)


def _doc_frame_starts(doc: Document) -> list[int]:
    """Every offset where _DOC_FRAME_RE can match, in order: each of its first words is a whole letter run
    there (no word character or hyphen before it, white space after it), found in the word index's folded
    lower-case text, as re.IGNORECASE compares (the trigger words' prefilter cannot anchor this pattern)."""
    index = word_index(doc)
    starts = [at for w in _DOC_FRAME_FIRST if w in index.words for at in index.offsets(w)]
    starts.sort()
    return starts


def _snippet(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"

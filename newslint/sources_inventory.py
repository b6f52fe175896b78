"""``newslint sources``: an inventory of who says what, for fact-checkers.

:func:`build_inventory` returns plain data (JSON-ready, documented in
``docs/sources-inventory.md``):

* ``sources``: each source once (person, organisation, role without a name,
  outlet), with its name, role and affiliation, every way the story refers to
  it (full name with title, surname, pronoun), and how many direct and
  indirect statements it makes;
* ``statements``: every attribution, in text order, with the source it was
  merged into (``source``);
* ``anonymous``: unnamed sources and the reason the story gives (or none);
* ``documents``: documents, official channels and written statements the story rests on;
* ``unattributed``: sentences that make a claim with no source.

:func:`render_sources` prints it as JSON or as tables that stay readable in 80 columns.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import IO, Any

from newslint.analysis.attribution import CLAIM_ZONES, Attribution, analyze, sentence_claims
from newslint.analysis.genre import genre_of
from newslint.analysis.source_signals import anonymous_sources, source_signals
from newslint.model.document import Document

_KIND_LABEL = {
    "speech": ("ucapan", "speech"),
    "according": ("menurut", "according to"),
    "citation": ("kutipan media", "media citation"),
    "channel": ("saluran/dokumen", "channel/document"),
    "passive-agent": ("pasif berpelaku", "passive with agent"),
    "own-report": ("berita sebelumnya", "earlier report"),
}
_REASON_LABEL = {
    "weasel": ("kabar angin", "rumour marker"),
    "agentless": ("pasif tanpa pelaku", "agentless passive"),
    "figure": ("angka tanpa sumber", "figure without source"),
    "vague": ("sumber kabur", "vague source"),
    "unsourced": ("tanpa sumber", "no source"),
}
_TYPE_LABEL = {
    "person": ("orang", "person"),
    "organisation": ("lembaga", "organisation"),
    "role": ("jabatan", "role"),
    "outlet": ("media", "outlet"),
    "anonymous": ("anonim", "anonymous"),
}
_DOC_LABEL = {
    "document": ("dokumen", "document"),
    "channel": ("saluran resmi", "official channel"),
    # siaran pers, keterangan tertulis, konferensi pers: formal, not always written
    "statement": ("pernyataan resmi", "formal statement"),
}
# Page furniture is not a claim ("* Fakta atau Hoaks?", "[baca: …]", "Video Terkini").
_RESIDUE = re.compile(r"^\W*(?:\*|\[|baca\b|video\b|simak\b|saksikan\b|lihat\s+juga)", re.I)
_MIN_CLAIM_WORDS = 6


def _line(doc: Document, offset: int) -> int:
    return doc.line_col(doc.source_span(offset, offset)[0])[0]


def _snippet(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


# --- who a speaker is: title, role, affiliation, name ----------------------------------------

# Police and military ranks, academic and religious titles: they sit between a role and a name.
_TITLES = frozenset(
    {
        "akbp",
        "akp",
        "kompol",
        "kombes",
        "iptu",
        "ipda",
        "aiptu",
        "aipda",
        "bripka",
        "brigpol",
        "briptu",
        "bripda",
        "brigjen",
        "irjen",
        "komjen",
        "jenderal",
        "letkol",
        "kolonel",
        "mayor",
        "kapten",
        "mayjen",
        "letjen",
        "laksma",
        "marsma",
        "serka",
        "pol",
        "dr",
        "prof",
        "ir",
        "h",
        "hj",
        "drg",
        "kh",
        "ustaz",
        "ustadz",
        "romo",
        "pdt",
    }
)
# Words that make a role ("Kepala", "juru bicara", "analis"), lower case.
_ROLE_WORDS = frozenset(
    {
        "kepala",
        "ketua",
        "wakil",
        "juru",
        "bicara",
        "direktur",
        "direktur utama",
        "jenderal",
        "menteri",
        "gubernur",
        "bupati",
        "wali",
        "presiden",
        "sekretaris",
        "komandan",
        "kasi",
        "kabid",
        "kasubdit",
        "kanit",
        "kasat",
        "kabag",
        "humas",
        "kapolres",
        "kapolda",
        "kapolsek",
        "kapolresta",
        "kajari",
        "kajati",
        "kasatreskrim",
        "dirut",
        "ceo",
        "cfo",
        "manajer",
        "manager",
        "analis",
        "analyst",
        "research",
        "corporate",
        "secretary",
        "ekonom",
        "pengamat",
        "peneliti",
        "dosen",
        "guru",
        "pengacara",
        "kuasa",
        "hukum",
        "anggota",
        "koordinator",
        "pelatih",
        "pemilik",
        "pendiri",
        "staf",
        "ahli",
        "pakar",
        "plt",
        "plh",
        "pj",
        "camat",
        "lurah",
        "kades",
        "hakim",
        "jaksa",
        "penyidik",
        "dokter",
        "warga",
        "pedagang",
        "petugas",
        "sopir",
        "pengemudi",
        "mahasiswa",
        "siswa",
        "bidang",
        "utama",
        "umum",
        "eksekutif",
        "senior",
        "kota",
        "kabupaten",
        "provinsi",
        "deputi",
        "asisten",
        "kasubbag",
        "kadis",
        "kadiv",
        "kabiro",
    }
)
# The unit a contracted police or prosecution role heads: "Kapolres Bungo" -> "Polres Bungo".
_HEADS = {
    "kapolres": "Polres",
    "kapolda": "Polda",
    "kapolsek": "Polsek",
    "kapolresta": "Polresta",
    "kapolrestabes": "Polrestabes",
    "kajari": "Kejari",
    "kajati": "Kejati",
    "kasatreskrim": "Satreskrim",
}
# Institution words: "Kementerian", "Dinas", "PT", "Polres"; and the affixed domain nouns of office
# names ("Perekonomian", "Keuangan", "Perhubungan"), which are never personal names.
_INSTITUTION_RE = re.compile(
    r"(?:Kementerian|Kemen\w+|Dinas|Badan|Lembaga|Komisi|Dewan|Majelis|Pemerintah|Pem(?:kot|kab|prov)|Polres\w*|"
    r"Polda|Polsek|Polri|Kejaksaan|Kejari|Kejati|Pengadilan|Mahkamah|Universitas|Institut|Sekolah|Rumah|Sakit|"
    r"PT|CV|Tbk|Persero|Sekuritas|Bank|Satgas|Satreskrim|Kelurahan|Kecamatan|Desa|Partai|Fraksi|Yayasan|Asosiasi|"
    r"Perkumpulan|Koperasi|Bidang|Direktorat|Biro|Bagian|Seksi|Unit|Divisi|Kantor|Balai|Pusat|Komite|Forum|"
    r"Periode|(?:Pe[nmr]?|Ke|Peng|Peny)\w+an)$"
)
# Contracted ministerial roles: "Menhub", "Menkeu", "Mendagri", "Wamenkeu", "Menko".
_MINISTER_RE = re.compile(r"(?:Wa)?Men[bcdfghjklmnpqrstvwxyz]\w*$")
_ACRONYM_RE = re.compile(r"[A-Z][A-Z0-9&-]{1,}$|[IVX]{1,4}$")
# Words of a name: a capital, apostrophes and hyphens allowed ("Syafi’i", "Al-Muzzammil").
_NAME_WORD_RE = re.compile(r"[A-Z][\w'’.-]*$")
_CONNECTORS = frozenset({"bin", "binti", "van", "de", "der", "von", "al", "el", "da", "dos"})
_TRAILING_NOISE = frozenset({"juga", "pun", "sendiri", "lagi", "pula", "itu", "ini", "tersebut", "selaku", "sebagai"})
# Capitalised only because they open the sentence: "Seorang petugas …", "Sejumlah warga …".
_DETERMINERS = frozenset(
    {"seorang", "sejumlah", "beberapa", "salah", "satu", "para", "sang", "pihak", "kedua", "sebagian", "banyak"}
)
_APPOSITION = frozenset({"bernama", "yakni", "yaitu", "adalah", "ialah", "atas", "nama"})
_PRONOUN_TEXT = frozenset({"ia", "dia", "mereka", "beliau", "pihaknya"})


@dataclass
class Who:
    """A speaker string split into its parts."""

    name: str = ""
    title: str = ""
    role: str = ""
    affiliation: str = ""
    type: str = "person"


def split_speaker(speaker: str) -> Who:
    """Title, role, affiliation and name of a speaker as the analysis wrote it.

    "Kasi Humas Polres Karanganyar Iptu Mulyadi" -> role "Kasi Humas", affiliation "Polres
    Karanganyar", title "Iptu", name "Mulyadi".  The name is the run of capitalised words at the
    end, after the last rank, role word, institution word, acronym or known place.
    """
    words = [w.strip('()[]"“”,;:') for w in speaker.split()]
    words = [w for w in words if any(c.isalpha() for c in w)]
    while words and words[-1].lower() in _TRAILING_NOISE:
        words.pop()
    # a clause fragment has lower-case words after its last capitalised one: keep up to that word
    last_cap = max((i for i, w in enumerate(words) if w[:1].isupper()), default=-1)
    words = words[: last_cap + 1] if last_cap >= 0 else words
    if not words:
        return Who(type="role")
    cut = -1  # index of the last word that is not part of the name
    title_at: list[int] = []
    for i, w in enumerate(words):
        low = w.lower().rstrip(".")
        if low in _TITLES and i < len(words) - 1:
            title_at.append(i)
            cut = i
        elif (
            low in _ROLE_WORDS
            or low in _DETERMINERS
            or _MINISTER_RE.match(w)
            or not w[:1].isupper()
            or _INSTITUTION_RE.match(w)
            or (_ACRONYM_RE.match(w) and len(w) <= 6)
            or _is_place(words, i)
        ):
            cut = i
    name_words = words[cut + 1 :]
    before = words[: cut + 1]
    titles = [words[i] for i in title_at if i <= cut]
    rest = [w for i, w in enumerate(before) if i not in title_at]
    role_words: list[str] = []
    while rest and rest[-1].lower() in _APPOSITION:
        rest.pop()  # "penghuni bernama Hendrika"
    for w in rest:  # the leading role words; the rest names the unit ("Kasi Humas" | "Polres Karanganyar")
        if w.lower() not in _ROLE_WORDS and not _MINISTER_RE.match(w):
            break
        role_words.append(w)
    affiliation = rest[len(role_words) :]
    if affiliation and not any(w[:1].isupper() and w.lower() not in _DETERMINERS for w in affiliation):
        role_words, affiliation = role_words + affiliation, []  # "salah satu penghuni": a description
    head = _HEADS.get(role_words[-1].lower()) if role_words else None
    if head and affiliation and affiliation[0] != head:
        affiliation = [head, *affiliation]
    who = Who(
        name=" ".join(name_words),
        title=" ".join(titles),
        role=" ".join(role_words),
        affiliation=" ".join(affiliation),
    )
    if not who.name and not who.role and not who.title and who.affiliation[:1].isupper():
        who.name, who.affiliation, who.type = who.affiliation, "", "organisation"  # "KPK", "Satgas Cartenz"
    elif not who.name:
        who.type = "organisation" if who.affiliation and not who.role else "role"
    elif not who.role and not who.title and _looks_institutional(name_words):
        who.type = "organisation"
    return who


def _clean_mention(speaker: str) -> str:
    """The speaker as written, without the clause words the analysis may have kept ("Natalena belum")."""
    words = speaker.split()
    last_cap = max((i for i, w in enumerate(words) if w[:1].isupper()), default=len(words) - 1)
    return " ".join(words[: last_cap + 1]).strip("()[],;:")


def _is_place(words: list[str], i: int) -> bool:
    """A known place ("Jakarta", "Jawa Barat") ends a role's affiliation, never starts a name."""
    from newslint.lang.gazetteer import entity_kind

    w = words[i]
    if not w[:1].isupper():
        return False
    kinds = {entity_kind(w)}
    if i > 0:
        kinds.add(entity_kind(f"{words[i - 1]} {w}"))
    return bool(kinds - {None, "acronym", "org", "person"})


def _looks_institutional(words: list[str]) -> bool:
    """An institution word, an acronym, or a name the gazetteer knows as an organisation ("Microsoft")."""
    from newslint.lang.gazetteer import entity_kind

    if any(_INSTITUTION_RE.match(w) or _ACRONYM_RE.match(w) for w in words):
        return True
    return entity_kind(" ".join(words)) in ("org", "acronym")


# --- merging mentions into sources ---------------------------------------------------------------


@dataclass
class _Source:
    id: str
    who: Who
    mentions: list[str] = field(default_factory=list)
    direct: int = 0
    indirect: int = 0
    lines: list[int] = field(default_factory=list)
    #: For an anonymous source: the reason the story gives for not naming it (None: none given).
    reason: str | None = None

    def mention(self, text: str) -> None:
        text = " ".join(text.split())
        if text and text.lower() not in (m.lower() for m in self.mentions):
            self.mentions.append(text)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.who.name or None,
            "title": self.who.title or None,
            "role": self.who.role or None,
            "affiliation": self.who.affiliation or None,
            "type": self.who.type,
            "mentions": self.mentions,
            "direct": self.direct,
            "indirect": self.indirect,
            "lines": sorted(set(self.lines)),
            **({"reason": self.reason} if self.who.type == "anonymous" else {}),
        }


class _Registry:
    """Sources in order of first mention; a later surname, first name or role finds its full entry."""

    def __init__(self) -> None:
        self.sources: list[_Source] = []

    def _new(self, who: Who) -> _Source:
        src = _Source(f"s{len(self.sources) + 1}", who)
        self.sources.append(src)
        return src

    def find(self, who: Who, outlet: bool) -> _Source:
        if outlet:
            for s in self.sources:
                if s.who.type == "outlet" and s.who.name.lower() == who.name.lower():
                    return s
            who.type = "outlet"
            return self._new(who)
        if who.name:
            tokens = {t.lower() for t in who.name.split()}
            exact = [s for s in self.sources if s.who.type != "outlet" and s.who.name.lower() == who.name.lower()]
            if exact:
                return self._enrich(exact[0], who)
            # a surname or first name of one known source ("Natalena", "Sri" for "Sri Haryati"),
            # or a fuller form of a short one seen before
            near = [
                s
                for s in self.sources
                if s.who.type != "outlet"
                and s.who.name
                and (
                    tokens <= {t.lower() for t in s.who.name.split()}
                    or {t.lower() for t in s.who.name.split()} <= tokens
                )
            ]
            if len(near) == 1:
                src = near[0]
                if len(who.name.split()) > len(src.who.name.split()):
                    src.who.name = who.name
                return self._enrich(src, who)
            return self._new(who)
        # a role with no name: the one source holding that role ("Kapolres" -> "Kapolres Bungo AKBP Natalena")
        if who.role or who.affiliation:
            same = [
                s
                for s in self.sources
                if s.who.type != "outlet"
                and (who.role and s.who.role.lower() == who.role.lower())
                and (not who.affiliation or s.who.affiliation.lower() == who.affiliation.lower())
            ]
            if len(same) == 1:
                return same[0]
            for s in self.sources:
                if not s.who.name and s.who.role == who.role and s.who.affiliation == who.affiliation:
                    return s
        return self._new(who)

    def anonymous(self, mention: dict[str, Any]) -> _Source:
        """The source for an anonymous mention (one per mention: two unnamed officials may be two people)."""
        for s in self.sources:
            if s.who.type == "anonymous" and s.who.role == mention["text"]:
                return s
        src = self._new(Who(role=mention["text"], type="anonymous"))
        src.reason = mention["reason"]
        src.mention(mention["text"])
        return src

    @staticmethod
    def _enrich(src: _Source, who: Who) -> _Source:
        for attr in ("title", "role", "affiliation"):
            if not getattr(src.who, attr) and getattr(who, attr):
                setattr(src.who, attr, getattr(who, attr))
        if src.who.type in ("role", "organisation") and who.type == "person":
            src.who.type = "person"
        return src


def _speaker_of(a: Attribution) -> tuple[str | None, str | None]:
    """(the named speaker this attribution is about, the words that refer to it here)."""
    if a.pronoun:
        here = a.speaker if a.speaker and a.speaker.lower() in _PRONOUN_TEXT else a.verb
        if a.verb.endswith("nya") and not a.speaker:
            here = "-nya"
        return a.resolved, here
    return a.speaker, a.speaker


# --- the inventory ---------------------------------------------------------------------------------


def build_inventory(doc: Document) -> dict[str, Any]:
    """Sources, attributed statements, anonymous sources, documents and unattributed claims of ``doc``."""
    an = analyze(doc)
    text = doc.text
    quoted_sentences: set[int] = set()
    for q in doc.quotations:
        # double marks quote speech; single marks only when they wrap a whole statement
        if q.depth or (q.mark.is_single and len(text[q.start : q.end].split()) < 6):
            continue
        s0 = doc.sentence_at(q.start)
        s1 = doc.sentence_at(max(q.start, q.end - 1))
        if s0 is not None and s1 is not None:
            quoted_sentences.update(range(s0.index, s1.index + 1))
    registry = _Registry()
    anonymous = [
        {"text": m.text, "reason": m.reason, "line": _line(doc, m.start), "start": m.start, "end": m.end}
        for m in anonymous_sources(doc)
    ]
    statements: list[dict[str, Any]] = []
    # the first statement with a source in each sentence, and the bare channels beside them
    speaking: dict[int, dict[str, Any]] = {}
    channels: list[tuple[int, dict[str, Any]]] = []
    for a in an.attributions:
        s = doc.sentences[a.sentence]
        speaker = a.speaker
        if a.pronoun:
            speaker = f"{a.speaker or a.verb} → {a.resolved}?" if a.resolved else (a.speaker or a.verb)
        # a quotation in the sentence, or right before a trailing tag, is direct speech
        direct = bool(a.sentence in quoted_sentences or (a.tag and a.sentence - 1 in quoted_sentences))
        line = _line(doc, a.start)
        source_id = None
        named, here = _speaker_of(a)
        anon = _anonymous_at(anonymous, a, s.start, s.end) if named and a.kind != "citation" else None
        if anon is not None:
            src = registry.anonymous(anon)
            if direct:
                src.direct += 1
            else:
                src.indirect += 1
            src.lines.append(line)
            source_id = src.id
        elif named:
            src = registry.find(split_speaker(named) if a.kind != "citation" else Who(name=named), a.kind == "citation")
            src.mention(_clean_mention(named) if not a.pronoun else here or "")
            if a.pronoun and here:
                src.mention(here)
            if direct:
                src.direct += 1
            else:
                src.indirect += 1
            src.lines.append(line)
            source_id = src.id
        statements.append(
            {
                "speaker": speaker,
                "verb": a.verb,
                "kind": a.kind,
                "direct": direct,
                "line": line,
                "start": a.start,
                "end": a.end,
                "sentence": _snippet(text[s.start : s.end]),
                "source": source_id,
            }
        )
        if source_id is not None:
            speaking.setdefault(a.sentence, statements[-1])
        elif a.kind == "channel":
            channels.append((a.sentence, statements[-1]))
    for sentence, bare in channels:
        if sentence in speaking:
            # "…," kata X dalam konferensi pers: the channel is where X spoke, not a statement of its own
            speaking[sentence].setdefault("channel", bare["verb"])
            statements.remove(bare)
    documents = []
    seen_docs: set[tuple[str, str]] = set()
    for sig in source_signals(doc):
        if sig.kind == "quote":
            continue
        key = (sig.kind, sig.name.lower())
        if key in seen_docs:
            continue
        seen_docs.add(key)
        documents.append(
            {"kind": sig.kind, "name": sig.name, "line": _line(doc, sig.start), "start": sig.start, "end": sig.end}
        )
    signals = [(sig.start, sig.end) for sig in source_signals(doc) if sig.kind != "quote"]
    claims = _claims(doc, an, quoted_sentences, signals)
    outlets = sorted({a.speaker for a in an.attributions if a.kind == "citation" and a.speaker})
    speakers = sorted({a.speaker for a in an.attributions if a.kind != "citation" and a.speaker and not a.pronoun})
    genre = genre_of(doc)
    return {
        "path": doc.path,
        "genre": {"genre": genre.genre, "source": genre.source, "cues": list(genre.cues)},
        "speakers": speakers,
        "outlets": outlets,
        "sources": [s.as_json() for s in registry.sources],
        "statements": statements,
        "anonymous": anonymous,
        "documents": documents,
        "unattributed": claims,
    }


def _anonymous_at(anonymous: list[dict[str, Any]], a: Attribution, start: int, end: int) -> dict[str, Any] | None:
    """The anonymous source this attribution's speaker is ("Seorang petugas yang enggan disebut namanya
    mengatakan …"): one named in the same sentence, before the verb, whose words the speaker shares."""
    speaker = (a.speaker or "").lower()
    for m in anonymous:
        if (
            start <= m["start"] < end
            and m["start"] <= a.start
            and (speaker in m["text"].lower() or m["text"].lower() in speaker)
        ):
            return m
    return None


def _claims(doc: Document, an: Any, quoted_sentences: set[int], signals: list[tuple[int, int]]) -> list[dict[str, Any]]:
    text = doc.text
    figures = sentence_claims(doc)
    claims: list[dict[str, Any]] = []
    for info in an.sentences:
        if info.covered or info.zone not in CLAIM_ZONES:
            continue
        s = doc.sentences[info.index]
        start = doc.past_dateline(s.start)
        body = text[start : s.end]
        para = doc.paragraphs[s.paragraph]
        if _RESIDUE.match(body) or _RESIDUE.match(text[para.start : para.end]):
            continue
        if any(s.start <= a < s.end for a, _ in signals):
            continue  # "Dalam laporan itu disebutkan …", "… diunggah di akun Instagram @x": the source is named
        reasons = []
        if info.weasels:
            reasons.append("weasel")
        if info.agentless:
            reasons.append("agentless")
        if info.index in figures:
            reasons.append("figure")
        if info.vague:
            reasons.append("vague")
        if not reasons:
            if len(body.split()) < _MIN_CLAIM_WORDS or info.index in quoted_sentences:
                continue
            reasons.append("unsourced")
        claims.append(
            {"line": _line(doc, start), "start": start, "end": s.end, "reasons": reasons, "sentence": _snippet(body)}
        )
    return claims


# --- rendering -------------------------------------------------------------------------------------------

#: Longest word a column keeps whole; a longer one (a URL) folds.
_MAX_WORD = 24


def render_sources(
    inventory: dict[str, Any],
    fmt: str,
    stream: IO[str],
    lang: str = "id",
    width: int | None = None,
    console: Any = None,
) -> None:
    """Print ``inventory`` as JSON (``fmt == "json"``) or as tables readable at 80 columns.

    ``console``: a rich Console to print the tables to (instead of one writing to ``stream``)."""
    if fmt == "json":
        json.dump(inventory, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
        return
    from rich import box
    from rich.console import Console
    from rich.table import Table

    i = 0 if lang == "id" else 1
    if console is None:
        console = Console(file=stream, width=width, soft_wrap=False, highlight=False)

    def table(title: str, heads: list[tuple[str, str]], rows: list[list[str]], ratios: list[int | None]) -> None:
        t = Table(title=title, box=box.SIMPLE_HEAD, expand=True, title_justify="left", pad_edge=False)
        for col, (head, ratio) in enumerate(zip(heads, ratios, strict=True)):
            longest = max((len(w) for r in rows for w in r[col].split()), default=1)
            t.add_column(
                head[i],
                overflow="fold",
                ratio=ratio,
                min_width=min(max(longest, len(head[i])), _MAX_WORD),
                no_wrap=ratio is None,
            )
        for r in rows:
            t.add_row(*r)
        console.print(t)

    genre = inventory.get("genre") or {}
    head = ("Sumber dalam naskah", "Sources in the story")[i]
    console.print(f"[bold]{head}[/bold]: {inventory.get('path', '')}")
    if genre:
        console.print(f"{('Genre', 'Genre')[i]}: {genre.get('genre')} ({genre.get('source')})")
    rows = []
    for s in inventory.get("sources", []):
        who = s["name"] or s["role"] or "—"
        detail = ", ".join(x for x in (s.get("title"), s.get("role") if s["name"] else None, s.get("affiliation")) if x)
        label = _TYPE_LABEL.get(s["type"], (s["type"], s["type"]))[i]
        rows.append(
            [
                s["id"],
                f"{who}\n{detail}" if detail else who,
                label,
                f"{s['direct']} / {s['indirect']}",
                "; ".join(s["mentions"]),
            ]
        )
    table(
        ("Narasumber", "Sources")[i],
        [("#", "#"), ("Nama, jabatan", "Name, role"), ("Jenis", "Type"), ("L / TL", "D / I"), ("Sebutan", "Mentions")],
        rows,
        [None, 3, None, None, 3],
    )
    console.print(("L / TL: pernyataan langsung / tidak langsung", "D / I: direct / indirect statements")[i])
    rows = [
        [
            str(st["line"]),
            st.get("source") or "—",
            _KIND_LABEL.get(st["kind"], (st["kind"], st["kind"]))[i]
            + (" · " + ("langsung", "direct")[i] if st["direct"] else ""),
            st["sentence"],
        ]
        for st in inventory["statements"]
    ]
    table(
        ("Pernyataan", "Statements")[i],
        [("Baris", "Line"), ("#", "#"), ("Jenis", "Kind"), ("Kalimat", "Sentence")],
        rows,
        [None, None, 1, 4],
    )
    if inventory.get("anonymous"):
        rows = [
            [str(a["line"]), a["text"], a["reason"] or ("(tanpa alasan)", "(no reason given)")[i]]
            for a in inventory["anonymous"]
        ]
        table(
            ("Narasumber anonim", "Anonymous sources")[i],
            [("Baris", "Line"), ("Sebutan", "Mention"), ("Alasan", "Reason")],
            rows,
            [None, 1, 1],
        )
    if inventory.get("documents"):
        rows = [
            [str(d["line"]), _DOC_LABEL.get(d["kind"], (d["kind"], d["kind"]))[i], d["name"]]
            for d in inventory["documents"]
        ]
        table(
            ("Dokumen dan saluran", "Documents and channels")[i],
            [("Baris", "Line"), ("Jenis", "Kind"), ("Nama", "Name")],
            rows,
            [None, 1, 3],
        )
    rows = [
        [str(c["line"]), ", ".join(_REASON_LABEL.get(r, (r, r))[i] for r in c["reasons"]), c["sentence"]]
        for c in inventory["unattributed"]
    ]
    table(
        ("Klaim tanpa sumber", "Unattributed claims")[i],
        [("Baris", "Line"), ("Alasan", "Reason"), ("Kalimat", "Sentence")],
        rows,
        [None, 1, 3],
    )

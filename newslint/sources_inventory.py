"""``newslint sources``: an inventory of who says what, for fact-checkers.

:func:`build_inventory` returns plain data (JSON-ready): every attributed
statement with its speaker or outlet, the verb or channel, direct or indirect
speech and its line; then every sentence that makes a claim with no source.
:func:`render_sources` prints it as a rich table or as JSON.
"""

from __future__ import annotations

import json
import re
from typing import IO, Any

from newslint.analysis.attribution import CLAIM_ZONES, analyze, sentence_claims
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
# Page furniture is not a claim ("* Fakta atau Hoaks?", "[baca: …]", "Video Terkini").
_RESIDUE = re.compile(r"^\W*(?:\*|\[|baca\b|video\b|simak\b|saksikan\b|lihat\s+juga)", re.I)
_MIN_CLAIM_WORDS = 6


def _line(doc: Document, offset: int) -> int:
    return doc.line_col(doc.source_span(offset, offset)[0])[0]


def _snippet(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def build_inventory(doc: Document) -> dict[str, Any]:
    """Attributed statements and unattributed claims of ``doc``."""
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
    statements: list[dict[str, Any]] = []
    for a in an.attributions:
        s = doc.sentences[a.sentence]
        speaker = a.speaker
        if a.pronoun:
            speaker = f"{a.speaker or a.verb} → {a.resolved}?" if a.resolved else (a.speaker or a.verb)
        # a quotation in the sentence, or right before a trailing tag, is direct speech
        direct = a.sentence in quoted_sentences or (a.tag and a.sentence - 1 in quoted_sentences)
        statements.append(
            {
                "speaker": speaker,
                "verb": a.verb,
                "kind": a.kind,
                "direct": bool(direct),
                "line": _line(doc, a.start),
                "start": a.start,
                "end": a.end,
                "sentence": _snippet(text[s.start : s.end]),
            }
        )
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
    outlets = sorted({a.speaker for a in an.attributions if a.kind == "citation" and a.speaker})
    speakers = sorted({a.speaker for a in an.attributions if a.kind != "citation" and a.speaker and not a.pronoun})
    return {
        "path": doc.path,
        "speakers": speakers,
        "outlets": outlets,
        "statements": statements,
        "unattributed": claims,
    }


def render_sources(inventory: dict[str, Any], fmt: str, stream: IO[str], lang: str = "id") -> None:
    """Print ``inventory`` as JSON (``fmt == "json"``) or as rich tables."""
    if fmt == "json":
        json.dump(inventory, stream, ensure_ascii=False, indent=2)
        stream.write("\n")
        return
    from rich.console import Console
    from rich.table import Table

    i = 0 if lang == "id" else 1
    console = Console(file=stream, soft_wrap=False, highlight=False)
    title = ("Sumber dalam naskah", "Sources in the story")[i]
    t = Table(title=f"{title}: {inventory.get('path', '')}", show_lines=False)
    for head in (
        ("Baris", "Line"),
        ("Penutur/media", "Speaker/outlet"),
        ("Verba/saluran", "Verb/channel"),
        ("Jenis", "Kind"),
        ("Langsung", "Direct"),
        ("Kalimat", "Sentence"),
    ):
        t.add_column(head[i], overflow="fold")
    for st in inventory["statements"]:
        t.add_row(
            str(st["line"]),
            st["speaker"] or "—",
            st["verb"],
            _KIND_LABEL.get(st["kind"], (st["kind"], st["kind"]))[i],
            ("ya", "yes")[i] if st["direct"] else ("tidak", "no")[i],
            st["sentence"],
        )
    console.print(t)
    u = Table(title=("Klaim tanpa sumber", "Unattributed claims")[i])
    for head in (("Baris", "Line"), ("Alasan", "Reason"), ("Kalimat", "Sentence")):
        u.add_column(head[i], overflow="fold")
    for c in inventory["unattributed"]:
        u.add_row(str(c["line"]), ", ".join(_REASON_LABEL.get(r, (r, r))[i] for r in c["reasons"]), c["sentence"])
    console.print(u)

"""Page leftovers in a draft: text copied along with a web page that is not part of the story.

A reporter who pastes a story out of a CMS page drags along "Baca juga: <another headline>",
"Lihat juga Video '…':", widget titles ("Berita Terkini"), share prompts, bylines and an
assistant button label ("AI Assistant :").  That text has to be deleted, not corrected, so the
model marks it once here: ``structure/cms-residue`` reports it, and the linter keeps every
other rule's findings out of it (a misspelling inside another story's headline is not this
story's error).

Two kinds are recognised:

* a whole paragraph that is residue (:data:`_PARAGRAPH`), and
* residue inside a paragraph (:data:`_INLINE`).  For a "Baca juga:"/"Lihat juga:" marker the
  leftover also covers the linked headline after it: up to :data:`TITLE_WORDS` words, stopping
  at a sentence end, a line break or an opening quotation mark, since a headline has none of
  them and the story resumes right after it.

This module sees only text and zone names, so it stays below the document model.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newslint.lazyre import compile_cached

# Whole-paragraph residue: widget headings, promos, share prompts, related-video links.
_PARAGRAPH = compile_cached(
    r"""^(?:
        (?:video|berita|artikel)\s+(?:terkini|terpopuler|terkait|pilihan|lainnya)\b.{0,40}
      | simak\s+(?:juga\s+)?(?:video|berita|artikel|selengkapnya)\b.*
      | saksikan\s+(?:juga\s+)?(?:video|live\s+streaming|siaran)\b.*
      | tonton\s+(?:juga\s+)?video\b.*
      | (?:baca|lihat|tonton|simak)\s+(?:juga|pula)\s+video\b.*
      | \*?\s*fakta\s+atau\s+hoaks\?.*
      | (?:ikuti|dapatkan)\s+(?:berita|update|informasi)\b.{0,120}(?:whatsapp|telegram|google\s+news|channel)\b.*
      | (?:baca|lihat)\s+(?:juga|pula)\s*:.*
      | (?:advertisement|scroll\s+to\s+continue\s+with\s+content|iklan)
      | ai\s+assistant\s*:?
      | (?:editor|penulis|reporter|sumber)\s*:\s*\S.{0,60}
    )$""",
    re.I | re.X | re.S,
)

# Every alternative of _PARAGRAPH starts (after white space) with one of these, in any case: a
# paragraph that starts otherwise skips the regex.
_PARAGRAPH_HEADS = (
    "video",
    "berita",
    "artikel",
    "simak",
    "saksikan",
    "tonton",
    "*",
    "fakta",
    "ikuti",
    "dapatkan",
    "baca",
    "lihat",
    "advertisement",
    "scroll",
    "iklan",
    "ai",
    "editor",
    "penulis",
    "reporter",
    "sumber",
)
#: A residue paragraph is short; a long one that starts like residue is prose.
_PARAGRAPH_MAX_WORDS = 60

# Residue inside a paragraph.  The group ``title`` marks the markers a linked headline follows.
_INLINE = compile_cached(
    r"""
      \[\s*(?:baca|lihat|simak)(?:\s+juga)?\s*:[^\]\n]{0,200}\]        # [baca: …]
    | \((?:baca|lihat|simak)(?:\s+juga)?\s*:[^)\n]{0,200}\)             # (Baca juga: …)
    | (?<![\w])(?P<title>(?:Baca|BACA|Lihat|LIHAT)\s+(?:juga|JUGA)\s*:)  # Baca juga: (inline)
    | (?<![\w])(?:Simak|Saksikan)\s+[Vv]ideo\s+(?:[Pp]ilihan\s+)?[Bb]erikut(?:\s+[Ii]ni)?\s*:?
    | (?<![\w])AI\s+Assistant\s*:?\s*$                                  # a button label at the end
    | (?<![\w])ADVERTISEMENT(?![\w])
    | (?<![\w])SCROLL\s+TO\s+CONTINUE\s+WITH\s+CONTENT(?![\w])
    """,
    re.X | re.M,
)
# Cheap test before _INLINE runs over a paragraph: every match contains one of these.
_INLINE_CUES = ("aca", "ACA", "ihat", "IHAT", "imak", "aksikan", "Assistant", "ADVERTISEMENT", "SCROLL")

#: Words of a linked headline after an inline "Baca juga:" (headlines run 6–14 words).
TITLE_WORDS = 14
# Where a linked headline stops at the latest: a sentence end, a line break, an opening quote.
_TITLE_STOP = compile_cached(r"[.!?](?=\s|$)|\n|[“«]")
_WORD = compile_cached(r"\S+")


@dataclass(frozen=True, slots=True)
class ResidueSpan:
    """A leftover: ``start``–``end`` is to be deleted; ``marker_end`` ends its recognisable
    marker ("Baca juga:"), which is all of it except for an inline linked headline."""

    start: int
    end: int
    marker_end: int


def find_residue(text: str, paragraphs: list[tuple[int, int, str]]) -> list[ResidueSpan]:
    """The leftovers in ``text``, in order; ``paragraphs`` are (start, end, zone name) blocks.

    Headlines are never residue (a story may be titled "Simak Video …"); kicker lines are the
    zone model's business.
    """
    spans: list[ResidueSpan] = []
    for start, end, zone in paragraphs:
        if zone in ("headline", "kicker"):
            continue
        block = text[start:end]
        stripped = block.strip()
        if stripped[:20].lower().startswith(_PARAGRAPH_HEADS):
            if len(stripped.split()) <= _PARAGRAPH_MAX_WORDS and _PARAGRAPH.match(stripped):
                spans.append(ResidueSpan(start, end, end))
                continue
        if not any(cue in block for cue in _INLINE_CUES):
            continue
        for m in _INLINE.finditer(text, start, end):
            s, e = m.start(), m.end()
            if m.group("title") is not None:
                spans.append(ResidueSpan(s, _title_end(text, e, end), e))
            else:
                spans.append(ResidueSpan(s, e, e))
    return spans


def _title_end(text: str, start: int, limit: int) -> int:
    """Where the linked headline that starts at ``start`` ends (see the module docstring)."""
    stop = _TITLE_STOP.search(text, start, limit)
    bound = stop.start() if stop is not None else limit
    end = start
    for n, w in enumerate(_WORD.finditer(text, start, bound)):
        if n == TITLE_WORDS:
            break
        end = w.end()
    return end

"""Compiled Indonesian lexicon (loaded lazily from ``data/lexicon.txt.gz``).

The data file is produced by ``tools/build_lexicon.py``; see NOTICE for the
provenance of each section.  Loading takes a few milliseconds and happens once
per process, on first use.
"""

from __future__ import annotations

import gzip
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
LEXICON_PATH = DATA_DIR / "lexicon.txt.gz"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word sets used by the analyser, the suggester and the rules.

    ``roots``     bases that take Indonesian affixes (KBBI-derived root list + curated)
    ``words``     attested Indonesian surface forms (includes roots' common forms)
    ``rank``      frequency rank of ``words`` (0 = most frequent); unknown -> absent
    ``english``   common English words (for English phrases in Indonesian copy)
    ``compounds`` joined compound -> its spaced form (``tindaklanjut`` -> ``tindak lanjut``)
    ``redup``     patterned reduplications accepted as a whole (``sayur-mayur``)
    ``acronyms``  lower-cased news acronyms and short forms
    """

    roots: frozenset[str]
    words: frozenset[str]
    rank: dict[str, int]
    english: frozenset[str]
    compounds: dict[str, str]
    redup: frozenset[str]
    acronyms: frozenset[str]

    def is_known(self, word: str) -> bool:
        """True if ``word`` (lower case) is listed as a root, surface word or English word."""
        return word in self.words or word in self.roots or word in self.english


_SECTIONS = ("roots", "words", "english", "compounds", "redup", "acronyms")


def _parse(text: str) -> Lexicon:
    lines = text.split("\n")
    marks = sorted((lines.index("@" + name), name) for name in _SECTIONS if "@" + name in lines)
    sections: dict[str, list[str]] = {}
    for k, (start, name) in enumerate(marks):
        end = marks[k + 1][0] if k + 1 < len(marks) else len(lines)
        body = lines[start + 1 : end]
        if body and body[-1] == "":
            body.pop()
        sections[name] = body
    words = sections.get("words", [])
    compounds = {c.replace(" ", ""): c for c in sections.get("compounds", [])}
    return Lexicon(
        roots=frozenset(sections.get("roots", [])),
        words=frozenset(words),
        rank=dict(zip(words, range(len(words)))),
        english=frozenset(sections.get("english", [])),
        compounds=compounds,
        redup=frozenset(sections.get("redup", [])),
        acronyms=frozenset(sections.get("acronyms", [])),
    )


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """The process-wide lexicon (loaded on first call)."""
    with gzip.open(LEXICON_PATH, "rt", encoding="utf-8") as fh:
        return _parse(fh.read())

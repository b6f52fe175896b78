"""Compiled Indonesian lexicon (loaded lazily from ``data/lexicon.marshal.gz``).

The data file is produced by ``tools/build_lexicon.py``; see NOTICE for the
provenance of each section.  It holds the word lists as a ``marshal``-ed dict
of tuples, so loading is a decompress and an unmarshal (about 15 ms) instead
of parsing 80,000 lines of text; it happens once per process, on first use.
``python tools/build_lexicon.py --dump DIR`` writes the lists out as text.
"""

from __future__ import annotations

import gzip
import marshal
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "data"
LEXICON_PATH = DATA_DIR / "lexicon.marshal.gz"
#: Bumped whenever the layout of the compiled data files changes.
DATA_FORMAT = 1


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


SECTIONS = ("roots", "words", "english", "compounds", "redup", "acronyms")


def load_data(path: Path) -> dict[str, Any]:
    """Unmarshal a compiled data file (gzip of a ``marshal``-ed dict) and check its format."""
    try:
        with gzip.open(path, "rb") as fh:
            data = marshal.loads(fh.read())
    except (OSError, EOFError, ValueError, TypeError) as exc:
        raise RuntimeError(f"newslint: cannot read language data {path}: {exc}; reinstall newslint") from None
    if not isinstance(data, dict) or data.get("format") != DATA_FORMAT:
        raise RuntimeError(f"newslint: {path} has an unknown data format; run tools/build_lexicon.py")
    return data


def from_sections(sections: dict[str, Any]) -> Lexicon:
    """Build the :class:`Lexicon` from its word lists (``words`` most frequent first)."""
    words = sections.get("words", ())
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
    return from_sections(load_data(LEXICON_PATH))

"""Compiled Indonesian lexicon (loaded lazily from ``data/lexicon.marshal.gz``).

The data file is produced by ``tools/build_lexicon.py``; see NOTICE for the
provenance of each section.  It holds the word lists as a ``marshal``-ed dict
of tuples (and the ``between`` table derived from them), so loading is a
decompress and an unmarshal (about 15 ms) instead of parsing 80,000 lines of
text; it happens once per process, on first use.
``python tools/build_lexicon.py --dump DIR`` writes the lists out as text.
"""

from __future__ import annotations

import gzip
import marshal
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

DATA_DIR = Path(__file__).resolve().parent / "data"
LEXICON_PATH = DATA_DIR / "lexicon.marshal.gz"
#: Bumped whenever the layout of the compiled data files changes.
DATA_FORMAT = 2


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word sets used by the analyser, the suggester and the rules.

    ``roots``     bases that take Indonesian affixes (the stems of hunspell-id + curated)
    ``words``     Indonesian surface forms found in web text (wordfreq), for ranking: web text holds
                  misspellings and informal forms too, so being here does not make a word standard
    ``rank``      frequency rank of ``words`` (0 = most frequent); unknown -> absent
    ``standard``  surface forms a standard source lists: hunspell-id's stems and the forms its affix
                  rules accept, and the curated lists
    ``english``   common English words (for English phrases in Indonesian copy)
    ``compounds`` joined compound -> its spaced form (``tindaklanjut`` -> ``tindak lanjut``)
    ``redup``     patterned reduplications accepted as a whole (``sayur-mayur``)
    ``acronyms``  lower-cased news acronyms and short forms
    ``between``   the letters found in ``words`` or ``roots`` after two given characters and before a third
                  (see :func:`letters_between`): the only letters a one-edit neighbour in the lexicon can add
    """

    roots: frozenset[str]
    words: frozenset[str]
    rank: dict[str, int]
    english: frozenset[str]
    compounds: dict[str, str]
    redup: frozenset[str]
    acronyms: frozenset[str]
    between: dict[str, str]
    standard: frozenset[str] = frozenset()

    def is_standard(self, word: str) -> bool:
        """True if ``word`` (lower case) is listed by a standard source (not merely frequent on the web)."""
        return word in self.standard or word in self.roots

    def is_known(self, word: str) -> bool:
        """True if ``word`` (lower case) is listed as a root, surface word or English word."""
        return word in self.words or word in self.roots or word in self.english


SECTIONS = ("roots", "words", "english", "compounds", "redup", "acronyms", "standard")
#: Padding around a word in the keys of :func:`letters_between` (no lexicon entry holds a space).
EDGE = " "


def letters_between(entries: Iterable[str]) -> dict[str, str]:
    """For each letter of each entry, key = the two characters before it and the one after it (``EDGE``
    past either end) -> the letters found in that context, in alphabetical order.

    A word one substitution or insertion from ``w`` that is in ``entries`` has its new letter in the
    context of ``w``'s neighbouring characters, so the suggester tries only those letters (about a
    third of the alphabet).  Derived from the word lists; stored in the data file by
    ``tools/build_lexicon.py`` because building it takes ~0.2 s.
    """
    found: dict[str, set[str]] = {}
    for entry in entries:
        padded = EDGE * 2 + entry + EDGE
        for i in range(2, len(padded) - 1):
            found.setdefault(padded[i - 2 : i] + padded[i + 1], set()).add(padded[i])
    return {key: "".join(sorted(found[key])) for key in sorted(found)}


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
    """Build the :class:`Lexicon` from its word lists (``words`` most frequent first) and, if given, the
    ``between`` table the data file stores (else it is derived here)."""
    words = sections.get("words", ())
    roots = sections.get("roots", ())
    compounds = {c.replace(" ", ""): c for c in sections.get("compounds", [])}
    between = sections.get("between")
    return Lexicon(
        roots=frozenset(roots),
        words=frozenset(words),
        rank=dict(zip(words, range(len(words)))),
        english=frozenset(sections.get("english", [])),
        compounds=compounds,
        redup=frozenset(sections.get("redup", [])),
        acronyms=frozenset(sections.get("acronyms", [])),
        between=between if between is not None else letters_between([*words, *roots, *sections.get("standard", ())]),
        standard=frozenset(sections.get("standard", ())),
    )


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """The process-wide lexicon (loaded on first call)."""
    return from_sections(load_data(LEXICON_PATH))

"""Word verdicts computed at build time for the words of the lexicon's frequency list.

The morphological analysis (:func:`newslint.lang.morph.analyze`), the corrections of ``typo/word``
(:func:`newslint.checks.typo_word.corrections`) and the adaptation candidates of
``spelling/loanword-adaptation`` (:func:`newslint.checks.spelling_adaptation.verdict`) are pure functions of
the word and the packaged data: no draft, configuration or rule option enters them.  Each process caches
them per word, but the first time a word is met its verdict costs tens to hundreds of microseconds, and
every process of a run (``--jobs``) and every run meets the same common words again.  So
``tools/build_word_verdicts.py`` runs those same functions over every word of the frequency list
(``Lexicon.words``, about 31,000 forms) and ships the results in ``data/word_verdicts.marshal.gz``; the
functions look a listed word up here before computing anything.

The file is indexed by the word's frequency rank, so it holds no word twice, and it records a digest of
the data files it was computed from: after a rebuild of the lexicon or the gazetteer without a rebuild of
this file, the table is ignored (every verdict is computed, as before) until the tool is run again.  A test
(``tests/lang/test_word_verdicts.py``) recomputes every entry with the live code, so a rule change that
forgets the rebuild fails with the command to run.
"""

from __future__ import annotations

import sys
from array import array
from functools import lru_cache
from pathlib import Path
from typing import Any

from newslint.lang.lexicon import DATA_DIR, LEXICON_PATH, get_lexicon, load_data, packed_digest

VERDICTS_PATH = DATA_DIR / "word_verdicts.marshal.gz"
#: The data files the verdicts are computed from: a table built from other versions of them is ignored.
SOURCES = (LEXICON_PATH, DATA_DIR / "gazetteer.marshal.gz")
#: Bumped whenever the layout of the verdicts (below) changes.
LAYOUT = 2

#: Off while the build tool and the staleness test compute the verdicts with the live code.
enabled = True


def sources_digest(paths: tuple[Path, ...] = SOURCES) -> str:
    """A digest of the data files the verdicts depend on (each file's own digest is usually known already: loading
    it through the cache folder computes it)."""
    return " ".join(packed_digest(p) for p in paths)


class WordVerdicts:
    """The shipped verdicts, each a list indexed by the word's rank in ``Lexicon.words``.

    ``analysis(i)``    the analysis as a string (:func:`newslint.lang.morph.to_row`); the file holds the rows
                       in one string and where each ends in an array of 4-byte integers: that loads in
                       microseconds, where a tuple per word (or splitting the string) took milliseconds
    ``corrections``    rank -> the corrections of ``typo/word``; a listed word absent has none
    ``adaptations``    rank -> ``(candidates, pattern)`` of ``spelling/loanword-adaptation``; absent: none
    ``extra``          kind -> rank -> the verdict of one of :data:`EXTRA` on the word (lower case) or on
                       it capitalised; absent: the function's usual answer (``None`` or ``()``)
    """

    __slots__ = ("_rows", "_ends", "corrections", "adaptations", "extra")

    def __init__(self, data: dict[str, Any]) -> None:
        self._rows: str = data["analyses"]
        ends = array("I")
        ends.frombytes(data["analysis_ends"])
        if sys.byteorder == "big":
            ends.byteswap()  # written little-endian
        self._ends = ends
        self.corrections: dict[int, tuple[str, ...]] = data["corrections"]
        self.adaptations: dict[int, tuple[tuple[str, ...], str]] = data["adaptations"]
        self.extra: dict[str, dict[int, Any]] = data["extra"]

    def __len__(self) -> int:
        return len(self._ends)

    def analysis(self, i: int) -> str:
        """The analysis row of the word of rank ``i``."""
        return self._rows[self._ends[i - 1] if i else 0 : self._ends[i]]


#: The other word verdicts shipped: kind -> (module, the function computing it, whether it judges the word
#: capitalised (``True``: *Makasar*) or as listed (lower case), its answer for most words).
EXTRA: dict[str, tuple[str, str, bool, Any]] = {
    "org_word_slips": ("newslint.checks.typo_entity", "org_word_slips_live", False, ()),
    "doubling": ("newslint.checks.typo_entity", "doubling_slip_live", True, None),
    "colloquial": ("newslint.checks.spelling_colloquial", "standard_form_live", False, None),
    "double_k": ("newslint.checks.spelling_affix", "with_double_k_live", False, None),
}
#: What :func:`lookup` gives for a word the table does not hold.
MISSING: Any = object()


def lookup(kind: str, word: str) -> Any:
    """The shipped verdict ``kind`` (see :data:`EXTRA`) of ``word``, or :data:`MISSING` when the table is off or
    does not hold the word: a word of the frequency list as listed (lower case) or, for a kind that judges
    capitalised words, capitalised (an ASCII capital, then lower case: *Makasar*)."""
    table = shipped()
    if table is None:
        return MISSING
    if EXTRA[kind][2]:
        if not (word.isascii() and word[:1].isupper() and word[1:].islower()):
            return MISSING
        word = word.lower()
    i = get_lexicon().rank.get(word)
    if i is None:
        return MISSING
    return table.extra[kind].get(i, EXTRA[kind][3])


@lru_cache(maxsize=1)
def shipped() -> WordVerdicts | None:
    """The process-wide table (loaded on first call), or ``None`` when it is off, missing or stale."""
    if not enabled:
        return None
    try:
        data = load_data(VERDICTS_PATH)
        if data.get("layout") != LAYOUT or data.get("sources") != sources_digest():
            return None  # built from other data files: tools/build_word_verdicts.py makes it current
        return WordVerdicts(data)
    except (RuntimeError, OSError, KeyError):
        return None  # no table (a trimmed install): every verdict is computed

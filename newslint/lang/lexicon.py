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

from newslint.cache import blake2b, cache_dir, write_atomically

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
    ``checked``   the words of our own list of KBBI lemmas (``tools/lexicon_src/standard_extra.txt``), each
                  checked against KBBI: standard even where the web never writes them, so no rule reads one
                  as an old variant or a slip of a commoner word (*khamar* is no *kamar*, *batil* no *batal*)
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
    checked: frozenset[str] = frozenset()

    def is_standard(self, word: str) -> bool:
        """True if ``word`` (lower case) is listed by a standard source (not merely frequent on the web)."""
        return word in self.standard or word in self.roots

    def is_known(self, word: str) -> bool:
        """True if ``word`` (lower case) is listed as a root, surface word or English word."""
        return word in self.words or word in self.roots or word in self.english

    def english_only(self, word: str) -> bool:
        """True if ``word`` (lower case) is on the English list and no standard Indonesian source lists it (the
        English list holds the English words Indonesian copy borrows, such as *tenant*, when English text
        uses them more)."""
        return word in self.english and not self.is_standard(word)

    def english_root(self, word: str) -> bool:
        """True if ``word`` (lower case) is an English word, even one hunspell-id also lists as an Indonesian
        root (*master*, *plan*): the English list holds it, or it holds the word's English inflections
        (*masters*, *plans*, *planned*), which no Indonesian root has."""
        english = self.english
        if word in english:
            return True
        if len(word) < 3 or not word.isalpha():
            return False
        return (
            word + "s" in english
            or word + "es" in english
            or word + "ed" in english
            or word + "ing" in english
            or (word[-1] == "e" and word + "d" in english)
        )


SECTIONS = ("roots", "words", "english", "compounds", "redup", "acronyms", "standard", "checked")
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
        packed = path.read_bytes()
        data = _unpacked_from_cache(path, packed)
        if data is None:
            raw = gzip.decompress(packed)
            data = marshal.loads(raw)
            _keep_unpacked(path, packed, raw)
    except (OSError, EOFError, ValueError, TypeError, gzip.BadGzipFile) as exc:
        raise RuntimeError(f"newslint: cannot read language data {path}: {exc}; reinstall newslint") from None
    if not isinstance(data, dict) or data.get("format") != DATA_FORMAT:
        raise RuntimeError(f"newslint: {path} has an unknown data format; run tools/build_lexicon.py")
    return data


# Decompressing the data files was a tenth of a one-draft start-up (about 11 ms of CPU), so their
# uncompressed bytes are kept in the cache folder (newslint.cache), named after a hash of the packed
# file: a rebuilt data file gets a new entry, and only the newest few builds are kept (checkouts with
# different builds may share one cache folder).  Any problem with the cache (no folder, a damaged
# entry) falls back to the packed file, so it can only save time.

#: Builds of each data file whose uncompressed bytes the cache folder keeps.
KEPT_BUILDS = 3


#: A digest of each packed data file read so far (path -> hex): the cache entry's name, and what the shipped word
#: verdicts (newslint.lang.verdicts) check they were computed from.
_DIGESTS: dict[Path, str] = {}


def packed_digest(path: Path, packed: bytes | None = None) -> str:
    """A digest of the packed data file ``path`` (whose bytes are ``packed``, when already read)."""
    digest = _DIGESTS.get(path)
    if digest is None:
        digest = _DIGESTS[path] = blake2b(path.read_bytes() if packed is None else packed, digest_size=16).hexdigest()
    return digest


def _unpacked_path(path: Path, packed: bytes) -> Path | None:
    folder = cache_dir()
    if folder is None:
        return None
    return folder / f"{_stem(path)}-{packed_digest(path, packed)}.marshal"


def _stem(path: Path) -> str:
    return "data-" + path.name.split(".", 1)[0]


def _unpacked_from_cache(path: Path, packed: bytes) -> Any:
    """The unmarshalled data from the cache folder, or None."""
    cached = _unpacked_path(path, packed)
    if cached is None:
        return None
    try:
        data = marshal.loads(cached.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None
    return data if isinstance(data, dict) and data.get("format") == DATA_FORMAT else None


def _keep_unpacked(path: Path, packed: bytes, raw: bytes) -> None:
    """Store ``raw`` (``packed`` decompressed) for the next run; drop an older build's entry."""
    cached = _unpacked_path(path, packed)
    if cached is None:
        return
    try:
        write_atomically(cached, raw)
        entries = sorted(cached.parent.glob(f"{_stem(path)}-*.marshal"), key=lambda e: e.stat().st_mtime_ns)
        for old in entries[:-KEPT_BUILDS]:
            if old != cached:
                old.unlink(missing_ok=True)
    except (OSError, ValueError):
        pass


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
        checked=frozenset(sections.get("checked", ())),
    )


@lru_cache(maxsize=1)
def get_lexicon() -> Lexicon:
    """The process-wide lexicon (loaded on first call)."""
    return from_sections(load_data(LEXICON_PATH))

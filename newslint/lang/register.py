"""The register of a stretch of speech: is a quotation colloquial?

A reporter who transcribes a trader's "Cabe sekarang mahal banget, nggak kayak kemarin" keeps the
speaker's pronunciation: *cabe* is how she said *cabai*.  Editors leave such spoken variants alone inside
colloquial speech, and normalise them inside formal speech (an official's statement) or in narration,
where they are only spelling.  Two tests decide it: the speech carries words that written Indonesian
never uses (colloquial particles and function words), and the non-standard form differs from the
standard one by its vowels alone, as a pronunciation does (*antri*/*antre*, *coklat*/*cokelat*,
*lobang*/*lubang*), not by its consonants, its spacing or its affixes (*aktifitas*, *walikota*,
*mempengaruhi*), which no speaker can be heard saying.
"""

from __future__ import annotations

#: Words of spoken Indonesian that formal writing does not use: discourse particles, the colloquial
#: negation, pronouns and function words.  Only lower-case forms that are no standard word, name or
#: common abbreviation (*ga* and *lo* are left out for that reason), and no common misspelling of a formal
#: word (*tau* for *tahu* turns up in officials' statements too).
COLLOQUIAL_MARKERS = frozenset(
    {
        # negation
        "nggak", "ngga", "gak", "enggak", "kagak", "ndak", "nda",
        # particles
        "sih", "dong", "deh", "kok", "lho", "loh", "nih", "tuh", "yuk", "kan",
        # function words and adverbs
        "udah", "aja", "doang", "gimana", "gitu", "gini", "kalo", "banget", "emang", "kayak",
        "kayaknya", "sampe", "pengen", "pingin", "bener", "dapet", "abis", "ama", "bikin", "pake",
        "ngapain", "ngomong", "gue", "gua", "elo", "lu", "kita-kita", "nyampe", "udahlah",
    }
)  # fmt: skip

_VOWELS = str.maketrans("", "", "aeiou")


def is_colloquial(words: list[str]) -> bool:
    """True when any of ``words`` (lower case) is a colloquial marker."""
    return not COLLOQUIAL_MARKERS.isdisjoint(words)


def spoken_variant(written: str, standard: str) -> bool:
    """True when ``written`` is a pronunciation of the single word ``standard``: both are one word of
    letters and they differ by their vowels only (*antri*/*antre*, *cabe*/*cabai*, *coklat*/*cokelat*)."""
    w, s = written.lower(), standard.lower()
    if w == s or not (w.isalpha() and s.isalpha()):
        return False
    return w.translate(_VOWELS) == s.translate(_VOWELS)

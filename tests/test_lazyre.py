"""Patterns compiled on first use, and the cache of compiled patterns (newslint/lazyre.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import newslint.lazyre as lazyre

PATTERNS = [
    (r"(?P<verb>kata|ujar)nya\s+(\d+(?:[.,]\d+)*)", re.IGNORECASE),
    (r"(?<![\w-])(?:di|ke)(?=[A-Z])\w+", 0),
    (r"[^\W\d_]+(?![\w.@+'’:$-])|\S", re.UNICODE | re.MULTILINE),
    (r"^(?:Baca juga|BACA JUGA)\s*:", re.MULTILINE),
]
TEXT = "Katanya 12,5 persen; ujarnya 3. diJakarta keBandung anak-anak\nBaca juga: berita lain"


@pytest.fixture()
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("NEWSLINT_NO_CACHE", raising=False)
    monkeypatch.setattr(lazyre, "_stored", None)
    monkeypatch.setattr(lazyre, "_added", {})
    return tmp_path


def _same(a: re.Pattern[str], b: re.Pattern[str]) -> None:
    assert (a.pattern, a.flags, a.groups, a.groupindex) == (b.pattern, b.flags, b.groups, b.groupindex)
    assert [(m.span(), m.groups()) for m in a.finditer(TEXT)] == [(m.span(), m.groups()) for m in b.finditer(TEXT)]


def test_a_cached_pattern_is_the_pattern_re_compile_gives(fresh_cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for pattern, flags in PATTERNS:
        _same(lazyre.compile_cached(pattern, flags), re.compile(pattern, flags))
    lazyre._save()
    assert list(fresh_cache.glob("patterns*.marshal"))
    # a new process: every pattern comes from the file (a miss would be added again)
    monkeypatch.setattr(lazyre, "_stored", None)
    monkeypatch.setattr(lazyre, "_added", {})
    for pattern, flags in PATTERNS:
        _same(lazyre.compile_cached(pattern, flags), re.compile(pattern, flags))
    assert lazyre._added == {}


def test_a_damaged_cache_file_is_ignored(fresh_cache: Path) -> None:
    (fresh_cache / lazyre._CACHE_NAME).write_bytes(b"\x00not marshal")
    pattern, flags = PATTERNS[0]
    _same(lazyre.compile_cached(pattern, flags), re.compile(pattern, flags))
    lazyre._save()  # replaces the damaged file
    lazyre._stored = None
    assert (pattern, flags) in lazyre._load_stored()


def test_no_cache_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLINT_NO_CACHE", "1")
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    monkeypatch.setattr(lazyre, "_stored", None)
    monkeypatch.setattr(lazyre, "_added", {})
    pattern, flags = PATTERNS[1]
    _same(lazyre.compile_cached(pattern, flags), re.compile(pattern, flags))
    lazyre._save()
    assert not list(tmp_path.iterdir())


def test_lazy_pattern_compiles_through_the_cache(fresh_cache: Path) -> None:
    lazy = lazyre.lazy_compile(*PATTERNS[0])
    assert lazy.search(TEXT) is not None
    assert (PATTERNS[0][0], int(PATTERNS[0][1])) in lazyre._added


def test_a_store_grown_past_its_ceiling_keeps_only_the_patterns_of_the_run(
    fresh_cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lazyre, "_used", set())
    for i in range(40):  # patterns some earlier runs compiled
        lazyre.compile_cached(rf"lama{i}\w+")
    lazyre._save()
    monkeypatch.setattr(lazyre, "MAX_STORE_BYTES", 1_000)
    path = fresh_cache / lazyre._CACHE_NAME
    assert path.stat().st_size > lazyre.MAX_STORE_BYTES
    # a new run: it uses one stored pattern and compiles one new one
    monkeypatch.setattr(lazyre, "_stored", None)
    monkeypatch.setattr(lazyre, "_added", {})
    _same(lazyre.compile_cached(r"lama3\w+"), re.compile(r"lama3\w+"))
    _same(lazyre.compile_cached(*PATTERNS[0]), re.compile(*PATTERNS[0]))
    lazyre._save(prune=True)
    monkeypatch.setattr(lazyre, "_stored", None)
    assert set(lazyre._load_stored()) == {(r"lama3\w+", 0), (PATTERNS[0][0], int(PATTERNS[0][1]))}


def test_the_rules_compile_the_same_pattern_texts_whatever_the_hash_seed(tmp_path: Path) -> None:
    """A pattern joined from a set in the set's order has another text in every process: the cache
    never finds it, compiles it again and adds it to the file at every exit (which then grows for ever)."""
    import os
    import subprocess
    import sys

    script = (
        "import newslint.lazyre as lazyre\n"
        "from newslint.engine.registry import builtin_rules\n"
        "builtin_rules()\n"
        "print('\\n'.join(sorted(repr(k) for k in lazyre._added)))\n"
    )
    texts = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed, "NEWSLINT_CACHE_DIR": str(tmp_path / seed)}
        env.pop("NEWSLINT_NO_CACHE", None)
        out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True)
        texts.append(out.stdout)
    assert texts[0] and texts[0] == texts[1]

"""Loading the compiled language data: the uncompressed copy kept in the cache folder."""

from __future__ import annotations

import gzip
import marshal
import os

import pytest

from newslint.lang import lexicon
from newslint.lang.gazetteer import GAZETTEER_PATH


def _fresh(path):
    with gzip.open(path, "rb") as fh:
        return marshal.loads(fh.read())


@pytest.mark.parametrize("path", [lexicon.LEXICON_PATH, GAZETTEER_PATH], ids=["lexicon", "gazetteer"])
def test_a_second_load_reads_the_cache_folder_and_gives_the_same_data(path, tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("NEWSLINT_NO_CACHE", raising=False)
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    want = _fresh(path)
    assert lexicon.load_data(path) == want
    assert len(list(tmp_path.glob("data-*.marshal"))) == 1

    def no_decompress(_data: bytes) -> bytes:
        raise AssertionError("decompressed although the cache holds the data")

    monkeypatch.setattr(lexicon.gzip, "decompress", no_decompress)
    assert lexicon.load_data(path) == want


def test_a_damaged_or_missing_cache_falls_back_to_the_packed_file(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("NEWSLINT_NO_CACHE", raising=False)
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    path = GAZETTEER_PATH
    want = _fresh(path)
    lexicon.load_data(path)
    (entry,) = tmp_path.glob("data-*.marshal")
    entry.write_bytes(b"\x00not marshal")
    assert lexicon.load_data(path) == want
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / "a-file" / "below"))
    (tmp_path / "a-file").write_text("x")  # the folder cannot be made: no cache, same data
    assert lexicon.load_data(path) == want
    monkeypatch.setenv("NEWSLINT_NO_CACHE", "1")
    assert lexicon.load_data(path) == want


def test_only_the_newest_builds_stay_in_the_cache(tmp_path, monkeypatch) -> None:
    monkeypatch.delenv("NEWSLINT_NO_CACHE", raising=False)
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    stem = lexicon._stem(GAZETTEER_PATH)
    for i in range(lexicon.KEPT_BUILDS + 2):  # entries of older builds
        old = tmp_path / f"{stem}-{i:032x}.marshal"
        old.write_bytes(b"")
        os.utime(old, ns=(i * 10**9, i * 10**9))
    lexicon.load_data(GAZETTEER_PATH)
    left = sorted(p.name for p in tmp_path.glob(f"{stem}-*.marshal"))
    assert len(left) == lexicon.KEPT_BUILDS
    assert lexicon._unpacked_path(GAZETTEER_PATH, GAZETTEER_PATH.read_bytes()).name in left

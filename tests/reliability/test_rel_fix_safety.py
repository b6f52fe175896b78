"""Never lose a draft: --fix writes atomically and keeps permissions, owner,
encoding, BOM and line endings; a kill in the middle of fixing 1,000 files
leaves each file either original or fully fixed; a read-only file or a full
disk is an error for that file, never a damaged file."""

from __future__ import annotations

import errno
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newslint import fixes
from newslint.cli import main

ROOT = Path(__file__).resolve().parents[2]
BODY = "Judul Berita {i}\n\nJakarta - Harga cabai naik  lagi pekan ini,  kata pedagang {i}.\n"
FIXED = "Judul Berita {i}\n\nJakarta - Harga cabai naik lagi pekan ini, kata pedagang {i}.\n"
ARGS = ["check", "--no-config", "--select", "punct/spacing", "--format", "plain"]


def variants(i: int) -> tuple[bytes, bytes]:
    """(original, fixed) bytes: UTF-8, UTF-8 with BOM, CRLF, UTF-16 with BOM, by turns."""
    before, after = BODY.format(i=i), FIXED.format(i=i)
    kind = i % 4
    if kind == 1:
        return b"\xef\xbb\xbf" + before.encode(), b"\xef\xbb\xbf" + after.encode()
    if kind == 2:
        return before.replace("\n", "\r\n").encode(), after.replace("\n", "\r\n").encode()
    if kind == 3:
        return b"\xff\xfe" + before.encode("utf-16-le"), b"\xff\xfe" + after.encode("utf-16-le")
    return before.encode(), after.encode()


def test_fix_keeps_encoding_bom_line_endings_and_mode(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    expected = {}
    for i in range(4):
        p = tmp_path / f"naskah{i}.txt"
        before, after = variants(i)
        p.write_bytes(before)
        p.chmod(0o640)
        expected[p] = after
    cp = tmp_path / "lama.txt"
    cp.write_bytes(BODY.format(i="é").encode("cp1252"))
    assert main([*ARGS, "--fix", *map(str, expected)]) in (0, 1)
    assert main([*ARGS, "--fix", "--encoding", "cp1252", str(cp)]) in (0, 1)
    capsys.readouterr()
    for p, after in expected.items():
        assert p.read_bytes() == after, p.name
        assert stat.S_IMODE(p.stat().st_mode) == 0o640
    assert cp.read_bytes() == FIXED.format(i="é").encode("cp1252")
    assert not list(tmp_path.glob(".*newslint-tmp"))


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give files away")
def test_fix_keeps_the_owner(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "milik.txt"
    p.write_bytes(variants(0)[0])
    os.chown(p, 65534, 65534)
    main([*ARGS, "--fix", str(p)])
    capsys.readouterr()
    assert p.read_bytes() == variants(0)[1]
    assert (p.stat().st_uid, p.stat().st_gid) == (65534, 65534)


def test_fix_through_a_symlink_keeps_the_link(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "asli.txt"
    target.write_bytes(variants(0)[0])
    link = tmp_path / "tautan.txt"
    link.symlink_to(target)
    main([*ARGS, "--fix", str(link)])
    capsys.readouterr()
    assert link.is_symlink() and target.read_bytes() == variants(0)[1]


def test_read_only_file_is_an_error_not_a_change(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ro = tmp_path / "terkunci.txt"
    ro.write_bytes(variants(0)[0])
    ro.chmod(0o444)
    ok = tmp_path / "bebas.txt"
    ok.write_bytes(variants(1)[0])
    code = main([*ARGS, "--fix", str(ro), str(ok)])
    _, err = capsys.readouterr()
    assert code == 2
    assert "hanya-baca" in err and "terkunci.txt" in err and "Traceback" not in err
    assert ro.read_bytes() == variants(0)[0]
    assert ok.read_bytes() == variants(1)[1]  # the other file was still fixed


@pytest.mark.parametrize("where", ["write", "fsync", "replace"])
def test_full_disk_leaves_the_original(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    p = tmp_path / "penuh.txt"
    original = variants(2)[0]
    p.write_bytes(original)

    def no_space(*a: object, **k: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    if where == "fsync":
        monkeypatch.setattr(fixes.os, "fsync", no_space)
    elif where == "replace":
        monkeypatch.setattr(fixes.os, "replace", no_space)
    else:
        real_fdopen = os.fdopen

        class Full:
            def __init__(self, fh: object) -> None:
                self.fh = fh

            def __enter__(self) -> Full:
                return self

            def __exit__(self, *exc: object) -> None:
                self.fh.close()  # type: ignore[attr-defined]

            def write(self, data: bytes) -> int:
                self.fh.write(data[: len(data) // 2])  # type: ignore[attr-defined]
                raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(fixes.os, "fdopen", lambda fd, *a, **k: Full(real_fdopen(fd, *a, **k)))
    code = main([*ARGS, "--fix", str(p)])
    _, err = capsys.readouterr()
    assert code == 2
    assert "No space left on device" in err and "tidak berubah" in err and len(err.strip().splitlines()) <= 2
    assert p.read_bytes() == original
    assert not list(tmp_path.glob(".*newslint-tmp"))  # no half-written temporary left behind


def test_draft_saved_during_the_check_is_not_overwritten(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    p = tmp_path / "disunting.txt"
    p.write_bytes(variants(0)[0])
    edited = b"Judul baru\n\nIsi yang baru saja disimpan editor.\n"
    real_until = fixes.fix_until_stable

    def fix_then_editor_saves(*a: object, **k: object):  # type: ignore[no-untyped-def]
        out = real_until(*a, **k)
        p.write_bytes(edited)  # the editor saves between our read and our write
        return out

    monkeypatch.setattr(fixes, "fix_until_stable", fix_then_editor_saves)
    code = main([*ARGS, "--fix", str(p)])
    _, err = capsys.readouterr()
    assert code == 2 and "berubah di disk" in err
    assert p.read_bytes() == edited


def test_kill_during_fix_of_1000_files(tmp_path: Path) -> None:
    """SIGKILL a real --fix run part-way through 1,000 drafts; every draft must be
    byte-for-byte its original or its fully fixed version."""
    n = 1000
    folder = tmp_path / "naskah"
    folder.mkdir()
    expected: dict[Path, tuple[bytes, bytes]] = {}
    for i in range(n):
        p = folder / f"{i:04d}.txt"
        before, after = variants(i)
        p.write_bytes(before)
        expected[p] = (before, after)
    # kill once the draft a quarter of the way in is fixed (with --jobs, groups of drafts are fixed in
    # parallel, so by then roughly a quarter, not exactly the first quarter, are done)
    watch = folder / f"{n // 4:04d}.txt"
    proc = subprocess.Popen(
        [sys.executable, "-m", "newslint", *ARGS, "--fix", str(folder)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 300
    try:
        while time.monotonic() < deadline and proc.poll() is None:
            if watch.read_bytes() != expected[watch][0]:
                break
            time.sleep(0.005)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=60)
    killed = proc.returncode == -signal.SIGKILL
    original = fixed = 0
    for p, (before, after) in expected.items():
        data = p.read_bytes()
        assert data in (before, after), f"{p.name} is neither its original nor its fixed version"
        original += data == before
        fixed += data == after
    assert killed, "the run finished before it could be killed; the test proved nothing"
    assert fixed >= n // 8 and original > 0, (fixed, original)  # killed part-way: some of each
    # the only trace a kill may leave is a hidden temporary file, never a damaged draft
    leftovers = [p for p in folder.iterdir() if p not in expected]
    assert all(p.name.startswith(".") and p.name.endswith(".newslint-tmp") for p in leftovers)
    print(f"kill-during-fix: {fixed} fixed, {original} original, {len(leftovers)} temporary files, 0 damaged")

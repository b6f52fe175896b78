"""Bad input: each case gets a one-line message naming the file, exit 2, and the
rest of the run goes on (the good draft next to it is still checked)."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from newslint import sources
from newslint.cli import main

ROOT = Path(__file__).resolve().parents[2]
GOOD = "Harga Cabai Naik\n\nJakarta - Harga cabai di pasar naik  lagi pekan ini, kata pedagang.\n"
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01"
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["check", "--no-config", "--format", "plain", *args])
    out, err = capsys.readouterr()
    return code, out, err


def one_line(err: str, needle: str) -> str:
    lines = [line for line in err.splitlines() if needle in line]
    assert len(lines) == 1, err
    assert "Traceback" not in err
    return lines[0]


@pytest.fixture
def good(tmp_path: Path) -> Path:
    p = tmp_path / "baik.txt"
    p.write_text(GOOD, encoding="utf-8")
    return p


def test_missing_path(tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, str(tmp_path / "tidak-ada.txt"), str(good))
    assert code == 2
    assert "berkas atau folder tidak ada" in one_line(err, "tidak-ada.txt")
    assert "baik.txt" in out  # the good draft was still checked


def test_directory_without_drafts(tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = tmp_path / "kosong"
    empty.mkdir()
    (empty / "foto.jpg").write_bytes(b"\xff\xd8\xff")
    code, out, err = run(capsys, str(empty), str(good))
    assert code == 2
    assert "tidak ada naskah" in one_line(err, "kosong")
    assert "baik.txt" in out


def test_symlink_loop(tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    loop_dir = tmp_path / "folder"
    loop_dir.mkdir()
    (loop_dir / "diri").symlink_to(loop_dir)  # a directory that contains itself
    (loop_dir / "isi.txt").write_text(GOOD, encoding="utf-8")
    code, out, err = run(capsys, str(tmp_path / "a.txt"), str(loop_dir), str(good))
    assert code == 2
    assert "tautan simbolik berputar" in one_line(err, "a.txt")
    assert "isi.txt" in out and "baik.txt" in out  # the folder was walked once, not forever


@pytest.mark.parametrize(("data", "what"), [(PNG, "PNG"), (PDF, "PDF")])
def test_binary_named_txt(
    tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str], data: bytes, what: str
) -> None:
    p = tmp_path / "lampiran.txt"
    p.write_bytes(data)
    code, out, err = run(capsys, str(p), str(good))
    assert code == 2
    assert what in one_line(err, "lampiran.txt")
    assert "baik.txt" in out


def test_undecodable_bytes_name_offset_and_encoding(
    tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    p = tmp_path / "cp1252.txt"
    p.write_bytes(b"Judul\n\nKafe " + b"\xe9 buka.\n")  # é in cp1252
    code, out, err = run(capsys, str(p), str(good))
    assert code == 2
    line = one_line(err, "cp1252.txt")
    assert "byte 12" in line and "--encoding" in line
    assert "baik.txt" in out
    # and the suggestion works
    code, out, err = run(capsys, "--encoding", "cp1252", str(p))
    assert code in (0, 1) and err == ""


def test_utf16_without_bom_and_nul(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    u16 = tmp_path / "word.txt"
    u16.write_bytes(GOOD.encode("utf-16-le"))
    nul = tmp_path / "nul.txt"
    nul.write_bytes(GOOD.encode() + b"\x00" + GOOD.encode())
    code, _, err = run(capsys, str(u16), str(nul))
    assert code == 2
    assert "--encoding utf-16" in one_line(err, "word.txt")
    assert "NUL" in one_line(err, "nul.txt")
    code, _, err = run(capsys, "--encoding", "utf-16-le", str(u16))
    assert code in (0, 1) and err == ""


def test_utf16_with_bom_is_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "bom.txt"
    p.write_bytes(b"\xff\xfe" + GOOD.encode("utf-16-le"))
    code, out, err = run(capsys, str(p))
    assert code in (0, 1) and err == ""
    assert "punct/spacing" in out


def test_empty_file_is_fine(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "kosong.txt"
    p.write_bytes(b"")
    for fmt in ("plain", "json", "pretty"):
        code = main(["check", "--no-config", "--format", fmt, str(p)])
        out, err = capsys.readouterr()
        assert code == 0 and err == "", (fmt, err)
    code, out, err = run(capsys, str(p))
    assert out == ""


def test_whitespace_and_bom_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    p = tmp_path / "spasi.txt"
    p.write_bytes(b"\xef\xbb\xbf \n\r\n\t\n")
    code, _, err = run(capsys, str(p))
    assert code == 0 and err == ""


def test_too_large_is_refused_before_reading(
    tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sources, "MAX_BYTES", 1000)
    p = tmp_path / "transkrip.txt"
    p.write_text(GOOD * 50, encoding="utf-8")
    code, out, err = run(capsys, str(p), str(good))
    assert code == 2
    assert "terlalu besar" in one_line(err, "transkrip.txt")
    assert "baik.txt" in out


def test_fifo_does_not_hang(tmp_path: Path, good: Path) -> None:
    fifo = tmp_path / "pipa.txt"
    os.mkfifo(fifo)
    # a child process, so a regression fails the test instead of hanging the suite
    proc = subprocess.run(
        [sys.executable, "-m", "newslint", "check", "--no-config", "--format", "plain", str(fifo), str(good)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
    )
    assert proc.returncode == 2
    assert "bukan berkas biasa" in one_line(proc.stderr, "pipa.txt")
    assert "baik.txt" in proc.stdout


def _can_drop_privileges() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_permission_denied(good: Path) -> None:
    """Root reads every file, so the check runs in a child that drops to an
    unprivileged user after importing (the kernel then really says EACCES);
    as a normal user the file mode alone does it."""
    folder = Path(tempfile.mkdtemp(prefix="newslint-perm-"))
    try:
        folder.chmod(0o755)
        secret = folder / "rahasia.txt"
        secret.write_text(GOOD, encoding="utf-8")
        secret.chmod(0)
        readable = folder / "terbuka.txt"
        readable.write_text(GOOD, encoding="utf-8")
        readable.chmod(0o644)
        script = (
            "import contextlib, io, os, sys\n"
            "from newslint import cli\n"
            # one warm-up run imports everything the check loads lazily while the install is still readable
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            "    cli.main(['check', '--no-config', '--format', 'plain', sys.argv[2]])\n"
            "if os.geteuid() == 0:\n"
            "    os.setgid(65534); os.setuid(65534)\n"
            "sys.exit(cli.main(['check', '--no-config', '--format', 'plain', sys.argv[1], sys.argv[2]]))\n"
        )
        proc = subprocess.run(
            [sys.executable, "-c", script, str(secret), str(readable)],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=folder,
        )
        assert proc.returncode == 2, proc.stderr
        assert "akses ditolak" in one_line(proc.stderr, "rahasia.txt")
        assert "terbuka.txt" in proc.stdout
    finally:
        for p in folder.iterdir():
            p.chmod(stat.S_IRUSR | stat.S_IWUSR)
            p.unlink()
        folder.rmdir()


def test_many_bad_inputs_in_one_run(tmp_path: Path, good: Path, capsys: pytest.CaptureFixture[str]) -> None:
    png = tmp_path / "gambar.txt"
    png.write_bytes(PNG)
    bad = tmp_path / "rusak.md"
    bad.write_bytes(b"# Judul\n\n\xff\xfe\xfd\n")
    empty = tmp_path / "nol.txt"
    empty.write_bytes(b"")
    args = [str(tmp_path / "hilang.txt"), str(png), str(bad), str(empty), str(good)]
    code, out, err = run(capsys, *args)
    assert code == 2
    assert len(err.strip().splitlines()) == 3, err
    assert "Traceback" not in err
    assert "baik.txt" in out


def test_escape_sequences_in_file_names_do_not_reach_the_terminal(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = tmp_path / "x\x1b]0;owned\x07.txt"
    code, out, err = run(capsys, str(name))
    assert code == 2
    assert "\x1b" not in err and "\x07" not in err

"""Autofix: choosing, applying, iterating, writing atomically, and the CLI flags."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from newslint.cli import main
from newslint.engine.finding import Finding, Fix, FixSafety, Severity
from newslint.fixes import apply_fixes, choose_fixes, fix_until_stable, unified_diff, write_fixed
from newslint.sources import Decoded, InputError, decode

DRAFT = (
    "Harga Naik Lagi\n\n"
    "Harga cabai naik Rp 5.000 perkilogram menjelang lebaran. "
    '"Harga selular dan Rp 5.000 perkilogram itu sudah biasa," kata Rina, pedagang.\n'
)


def _f(start: int, end: int, repl: str, safety: FixSafety = FixSafety.SAFE, rule: str = "x/y") -> Finding:
    return Finding(rule, Severity.WARNING, "m", start, end, fix=Fix(start, end, repl, safety))


def test_choose_fixes_overlap_is_deterministic():
    a, b, c = _f(0, 5, "A"), _f(3, 8, "B"), _f(8, 9, "C")
    for order in ([a, b, c], [c, b, a], [b, a, c]):
        chosen = choose_fixes(order)
        assert [x.replacement for x in chosen] == ["A", "C"]


def test_choose_fixes_same_span_prefers_smaller_replacement_and_skips_unsafe():
    chosen = choose_fixes([_f(0, 3, "zzz"), _f(0, 3, "aaa"), _f(5, 6, "u", FixSafety.UNSAFE)])
    assert [x.replacement for x in chosen] == ["aaa"]
    assert len(choose_fixes([_f(5, 6, "u", FixSafety.UNSAFE)], unsafe=True)) == 1


def test_apply_fixes_keeps_everything_else():
    src = "ab\r\ncd\r\nef"
    out = apply_fixes(src, [Fix(5, 6, "X"), Fix(0, 1, "Y")])
    assert out == "Yb\r\ncX\r\nef"


def test_fix_until_stable_iterates_and_stops():
    # a toy linter: every "aa" becomes "a" one at a time
    def lint(text: str) -> list[Finding]:
        i = text.find("aa")
        return [_f(i, i + 2, "a")] if i >= 0 else []

    out = fix_until_stable("aaaa", lint)
    assert out.text == "a" and out.applied == 3 and out.converged and out.findings == []


def test_fix_until_stable_detects_cycles():
    def lint(text: str) -> list[Finding]:
        return [_f(0, 1, "b" if text[0] == "a" else "a")]

    out = fix_until_stable("a", lint)
    assert not out.converged and out.passes <= 2


def test_unified_diff_marks_missing_final_newline():
    d = unified_diff("satu\ndua", "satu\ntiga", "x.txt")
    assert d.endswith("+tiga\n\\ No newline at end of file\n")


def test_write_fixed_keeps_bom_encoding_and_mode(tmp_path: Path):
    p = tmp_path / "a.txt"
    data = "\ufeffRp 5.000\r\n".encode("utf-16-le")
    p.write_bytes(b"\xff\xfe" + data[2:])
    os.chmod(p, 0o640)
    dec = decode(p.read_bytes(), str(p))
    write_fixed(p, dec.text.replace("Rp 5", "Rp5"), dec)
    assert p.read_bytes() == b"\xff\xfe" + "Rp5.000\r\n".encode("utf-16-le")
    assert stat.S_IMODE(p.stat().st_mode) == 0o640
    assert not [x for x in tmp_path.iterdir() if x.name != "a.txt"]  # no temp file left behind


def test_write_fixed_refuses_read_only(tmp_path: Path):
    p = tmp_path / "a.txt"
    p.write_text("x")
    os.chmod(p, 0o444)
    with pytest.raises(InputError, match="read-only"):
        write_fixed(p, "y", Decoded("x", "utf-8", b"", ""))
    assert p.read_text() == "x"


# --- the CLI -------------------------------------------------------------


def _draft(tmp_path: Path, text: str = DRAFT, name: str = "berita.txt") -> Path:
    p = tmp_path / name
    p.write_bytes(text.encode("utf-8"))
    return p


def test_cli_fix_applies_safe_fixes_outside_quotations(tmp_path: Path, capsys):
    p = _draft(tmp_path)
    code = main(["check", "--fix", "--no-config", "--format", "plain", str(p)])
    out = p.read_text(encoding="utf-8")
    assert "Rp5.000 per kilogram menjelang Lebaran." in out
    # the speaker's words are untouched, byte for byte
    assert '"Harga selular dan Rp 5.000 perkilogram itu sudah biasa,"' in out
    err = capsys.readouterr().err
    assert "perbaikan diterapkan" in err and "tersisa" in err
    assert code in (0, 1)


def test_cli_fix_is_idempotent(tmp_path: Path):
    p = _draft(tmp_path)
    main(["check", "--fix", "--no-config", "--format", "plain", str(p)])
    once = p.read_bytes()
    main(["check", "--fix", "--no-config", "--format", "plain", str(p)])
    assert p.read_bytes() == once


def test_cli_diff_writes_nothing(tmp_path: Path, capsys):
    p = _draft(tmp_path)
    before = p.read_bytes()
    main(["check", "--diff", "--no-config", str(p)])
    out = capsys.readouterr().out
    assert p.read_bytes() == before
    assert out.startswith("--- a/") and "-Harga cabai naik Rp 5.000" in out and "+Harga cabai naik Rp5.000" in out


def test_cli_unsafe_fixes_only_when_asked(tmp_path: Path):
    p = _draft(tmp_path, "Judul\n\nIa mengurus KTPnya kemarin.\n")
    main(["check", "--fix", "--no-config", "--format", "plain", str(p)])
    assert "KTPnya" in p.read_text()
    main(["check", "--fix", "--unsafe-fixes", "--no-config", "--format", "plain", str(p)])
    assert "KTP-nya" in p.read_text()


def test_cli_fix_read_only_file_exits_2(tmp_path: Path, capsys):
    p = _draft(tmp_path)
    os.chmod(p, 0o444)
    before = p.read_bytes()
    assert main(["check", "--fix", "--no-config", "--format", "plain", str(p)]) == 2
    assert "hanya-baca" in capsys.readouterr().err
    assert p.read_bytes() == before


def test_cli_fix_keeps_crlf_and_bom(tmp_path: Path):
    text = DRAFT.replace("\n", "\r\n")
    p = tmp_path / "crlf.txt"
    p.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    main(["check", "--fix", "--no-config", "--format", "plain", str(p)])
    data = p.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    assert data.count(b"\r\n") == text.count("\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    assert b"Rp5.000 per kilogram" in data


def test_cli_fix_selular_outside_direct_quotes(tmp_path: Path):
    from newslint.engine.registry import builtin_rules

    if not any(r.id == "spelling/nonstandard-word" for r in builtin_rules()):
        pytest.skip("spelling/nonstandard-word is not available")
    text = (
        "Ponsel Warga Disita\n\n"
        "Polisi menyita perangkat selular milik warga. Ia mengaku mendapat kiriman 'lewat telepon selular miliknya'. "
        '"Perangkat selular itu milik saya," kata Budi.\n'
    )
    p = _draft(tmp_path, text)
    main(["check", "--fix", "--no-config", "--format", "plain", str(p)])
    out = p.read_text(encoding="utf-8")
    assert "menyita perangkat seluler milik" in out
    assert "'lewat telepon seluler miliknya'" in out  # a single-quoted gloss is not a speaker's words
    assert '"Perangkat selular itu milik saya,"' in out


def test_new_files_honour_the_umask(tmp_path: Path) -> None:
    import os
    import stat

    from newslint.fixes import write_text_atomic

    old = os.umask(0o022)
    try:
        write_text_atomic(tmp_path / "laporan.html", "<p>ok</p>")
        os.umask(0o027)
        write_text_atomic(tmp_path / "laporan-tim.json", "{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "laporan.html").stat().st_mode) == 0o644
    assert stat.S_IMODE((tmp_path / "laporan-tim.json").stat().st_mode) == 0o640


def test_an_existing_file_keeps_its_mode(tmp_path: Path) -> None:
    import os
    import stat

    from newslint.fixes import write_text_atomic

    p = tmp_path / "naskah.txt"
    p.write_text("lama")
    os.chmod(p, 0o600)
    write_text_atomic(p, "baru")
    assert stat.S_IMODE(p.stat().st_mode) == 0o600 and p.read_text() == "baru"


def test_stale_temporary_files_of_a_dead_run_are_removed(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from newslint import fixes

    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(dead.stdout)  # that process has exited
    stale = tmp_path / f".naskah.txt.{dead_pid}.abc123{fixes.TEMP_SUFFIX}"
    live = tmp_path / f".naskah.txt.{os.getppid()}.def456{fixes.TEMP_SUFFIX}"
    other = tmp_path / ".catatan-redaksi.txt"
    for p in (stale, live, other):
        p.write_text("x")
    fixes._CLEANED.discard(tmp_path)
    fixes.write_text_atomic(tmp_path / "naskah.txt", "isi")
    assert not stale.exists()
    assert live.exists() and other.exists()  # a live run's file and unrelated hidden files stay
    assert (tmp_path / "naskah.txt").read_text() == "isi"

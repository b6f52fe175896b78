"""Plain text as newsrooms save it: UTF-8 with BOM, UTF-16 with BOM, CRLF, other encodings."""

from __future__ import annotations

import codecs

from newslint.cli import main

DRAFT = "Harga Beras Naik\r\n\r\nJakarta - Harga beras di di pasar induk naik lagi pekan ini.\r\n"


def _run(tmp_path, capsys, data: bytes, *extra: str):
    path = tmp_path / "naskah.txt"
    path.write_bytes(data)
    code = main(["check", "--no-config", "--select", "typo/repeated-word", "--format", "plain", *extra, str(path)])
    return code, capsys.readouterr()


def test_utf16_with_bom_and_crlf(tmp_path, capsys):
    code, out = _run(tmp_path, capsys, codecs.BOM_UTF16_LE + DRAFT.encode("utf-16-le"))
    assert code == 0
    assert ":3:23: warning typo/repeated-word" in out.out


def test_utf8_with_bom(tmp_path, capsys):
    code, out = _run(tmp_path, capsys, codecs.BOM_UTF8 + DRAFT.encode("utf-8"))
    assert ":3:23: warning typo/repeated-word" in out.out


def test_other_encoding_needs_the_flag(tmp_path, capsys):
    data = DRAFT.replace("pekan", "pekan—café").encode("cp1252")
    code, out = _run(tmp_path, capsys, data)
    assert code == 2
    assert "naskah.txt: tidak bisa dibaca sebagai utf-8 pada byte" in out.err and "Traceback" not in out.err
    code, out = _run(tmp_path, capsys, data, "--encoding", "cp1252")
    assert ":3:23: warning typo/repeated-word" in out.out

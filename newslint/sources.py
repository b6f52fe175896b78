"""Reading drafts from disk: bytes → text, with a clear error for bad input.

Every failure is an :class:`InputError` whose message names the file and
the problem (the CLI prints it and exits 2); nothing here raises a raw
``OSError`` or ``UnicodeDecodeError`` to the user.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

MAX_BYTES = 64 * 1024 * 1024  # larger files are refused, not read into memory

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_BINARY_MAGIC = (
    (b"\x89PNG", "a PNG image"),
    (b"%PDF", "a PDF document"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive (a .docx? name it .docx)"),
    (b"\x7fELF", "a program"),
)


class InputError(Exception):
    """A draft that cannot be read; the message names the file."""


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    bom: bytes
    newline: str  # the first line ending seen: "\n", "\r\n" or "\r" ("" when none)


def detect_newline(text: str) -> str:
    i = text.find("\n")
    j = text.find("\r")
    if j == -1 and i == -1:
        return ""
    if j == -1:
        return "\n"
    if i == j + 1:
        return "\r\n"
    if i == -1 or j < i:
        return "\r"
    return "\n"


def decode(data: bytes, name: str, encoding: str | None = None) -> Decoded:
    """Decode a draft: a BOM wins, then ``encoding``, then UTF-8."""
    bom = b""
    enc = encoding
    for mark, bom_enc in _BOMS:
        if data.startswith(mark):
            bom, enc = mark, bom_enc
            break
    if not bom:
        for magic, what in _BINARY_MAGIC:
            if data.startswith(magic):
                raise InputError(f"{name}: not a text draft (looks like {what})")
    body = data[len(bom) :]
    enc = enc or "utf-8"
    try:
        text = body.decode(enc)
    except LookupError:
        raise InputError(f"{name}: unknown encoding {enc!r}") from None
    except UnicodeDecodeError as exc:
        offset = exc.start + len(bom)
        hint = "" if encoding else " (try --encoding, e.g. --encoding cp1252)"
        raise InputError(f"{name}: cannot decode as {enc} at byte {offset}{hint}") from None
    if "\x00" in text:
        raise InputError(f"{name}: not a text draft (contains NUL bytes at character {text.index(chr(0))})")
    return Decoded(text, enc, bom, detect_newline(text))


def read_draft_bytes(path: Path) -> bytes:
    name = str(path)
    try:
        if path.is_dir():
            raise InputError(f"{name}: is a directory")
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{name}: too large ({size:,} bytes; the limit is {MAX_BYTES:,})")
        return path.read_bytes()
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from None


def read_draft(path: Path, encoding: str | None = None) -> Decoded:
    return decode(read_draft_bytes(path), str(path), encoding)

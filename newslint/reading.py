"""Reading drafts from disk: bytes → text, with a clear error for bad input.

Every failure is an :class:`InputError` whose message names the file and
the problem (the CLI prints it and exits 2); nothing here raises a raw
``OSError`` or ``UnicodeDecodeError`` to the user.
"""

from __future__ import annotations

import codecs
import errno
import stat
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
        at = text.index("\x00")
        if not bom and not encoding and body.count(0) * 3 > len(body):
            # every other byte NUL: UTF-16 saved without a byte order mark (a Word export)
            raise InputError(f"{name}: looks like UTF-16 without a byte order mark (try --encoding utf-16-le)")
        raise InputError(f"{name}: not a text draft (contains NUL bytes at character {at})")
    return Decoded(text, enc, bom, detect_newline(text))


def read_draft_bytes(path: Path) -> bytes:
    name = str(path)
    try:
        st = path.stat()
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{name}: is a directory")
        if not stat.S_ISREG(st.st_mode):
            # a FIFO or a device would block the run or never end
            raise InputError(f"{name}: not a regular file (a pipe, socket or device); not checked")
        if st.st_size > MAX_BYTES:
            raise InputError(f"{name}: too large ({st.st_size:,} bytes; the limit is {MAX_BYTES:,})")
        return path.read_bytes()
    except InputError:
        raise
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except PermissionError:
        raise InputError(f"{name}: permission denied") from None
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise InputError(f"{name}: symbolic link loop; not checked") from None
        raise InputError(f"{name}: cannot read: {exc.strerror or exc}") from None


def read_draft(path: Path, encoding: str | None = None) -> Decoded:
    return decode(read_draft_bytes(path), str(path), encoding)

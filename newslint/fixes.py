"""Applying fixes to source text.

Fixes are applied from the end of the text backwards; when two fixes
overlap, the one that starts first (then the shorter, then the rule id)
wins and the other is left for a later run or a human.  Only the fixed
spans change: everything else stays byte-identical once re-encoded.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

from newslint.engine.finding import Finding, Fix, FixSafety
from newslint.sources import Decoded


def choose_fixes(findings: list[Finding], *, unsafe: bool = False) -> list[Fix]:
    """Non-overlapping fixes to apply, in source order."""
    fixes = [f.fix for f in findings if f.fix is not None and (unsafe or f.fix.safety is FixSafety.SAFE)]
    fixes.sort(key=lambda x: (x.start, x.end - x.start, x.replacement))
    chosen: list[Fix] = []
    last_end = -1
    for fx in fixes:
        if fx.start < last_end or (chosen and fx.start == chosen[-1].start and fx.start == last_end):
            continue
        chosen.append(fx)
        last_end = max(last_end, fx.end)
    return chosen


def apply_fixes(source: str, fixes: list[Fix]) -> str:
    out = source
    for fx in sorted(fixes, key=lambda x: x.start, reverse=True):
        out = out[: fx.start] + fx.replacement + out[fx.end :]
    return out


def unified_diff(before: str, after: str, name: str) -> str:
    import difflib

    return "".join(
        difflib.unified_diff(
            before.splitlines(keepends=True), after.splitlines(keepends=True), fromfile=f"a/{name}", tofile=f"b/{name}"
        )
    )


def write_text_atomic(path: Path, text: str, *, encoding: str = "utf-8", bom: bytes = b"") -> None:
    """Write via a temporary file in the same folder, then replace: a crash
    leaves either the old file or the new one, never half of one."""
    write_bytes_atomic(path, bom + text.encode(encoding))


def write_bytes_atomic(path: Path, data: bytes) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    mode = None
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except FileNotFoundError:
        pass
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".newslint-tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if mode is not None:
            os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def write_fixed(path: Path, text: str, decoded: Decoded) -> None:
    """Write a fixed draft keeping its encoding and BOM (line endings are
    kept because fixes only replace their own spans)."""
    from newslint.sources import InputError

    if not os.access(path, os.W_OK):
        raise InputError(f"{path}: file is read-only; not fixed")
    try:
        write_text_atomic(path, text, encoding=_codec(decoded.encoding), bom=decoded.bom)
    except UnicodeEncodeError as exc:
        raise InputError(f"{path}: a fix cannot be written in {decoded.encoding} ({exc.reason}); not fixed") from None
    except OSError as exc:
        raise InputError(
            f"{path}: cannot write the fixed draft: {exc.strerror or exc}; the original is unchanged"
        ) from None


def _codec(encoding: str) -> str:
    return encoding

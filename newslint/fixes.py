"""Applying fixes to source text.

Fixes are applied from the end of the text backwards; when two fixes
overlap, the one that starts first (then the shorter, then the smaller
replacement) wins and the other is left for the next pass or a human.
Only the fixed spans change: everything else stays byte-identical once
re-encoded (line endings, BOM and encoding are kept).

:func:`fix_until_stable` re-lints after each pass, like Ruff, because one
fix can expose or enable another; it stops when nothing changes, when a
text repeats (two rules undoing each other) or after ``MAX_PASSES``.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from collections.abc import Callable
from dataclasses import dataclass, field
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
    """Apply non-overlapping fixes (as chosen by :func:`choose_fixes`)."""
    pieces: list[str] = []
    pos = 0
    # one pass from the start: linear, and text between fixes is copied untouched
    for fx in sorted(fixes, key=lambda x: (x.start, x.end)):
        if fx.start < pos:  # overlapping: never let two fixes fight over one span
            continue
        pieces.append(source[pos : fx.start])
        pieces.append(fx.replacement)
        pos = fx.end
    pieces.append(source[pos:])
    return "".join(pieces)


#: Upper bound on fix passes (Ruff uses a similar bound); real drafts settle in 2-3.
MAX_PASSES = 10


@dataclass
class FixOutcome:
    """The result of fixing one text until it is stable."""

    text: str
    #: Fixes applied over all passes.
    applied: int = 0
    passes: int = 0
    #: False when the pass limit or a cycle stopped the loop.
    converged: bool = True
    #: Findings of the final text: what is left for a human.
    findings: list[Finding] = field(default_factory=list)


def fix_until_stable(
    text: str,
    lint: Callable[[str], list[Finding]],
    *,
    unsafe: bool = False,
    max_passes: int = MAX_PASSES,
    first: list[Finding] | None = None,
) -> FixOutcome:
    """Lint, apply the chosen fixes, re-lint, until nothing changes.

    ``lint(text)`` returns findings in ``text`` coordinates (the linter's
    source offsets).  ``first`` may pass the findings of ``text`` when the
    caller already has them.
    """
    seen = {text}
    findings = first if first is not None else lint(text)
    out = FixOutcome(text, findings=findings)
    for _ in range(max_passes):
        fixes = choose_fixes(findings, unsafe=unsafe)
        if not fixes:
            return out
        new = apply_fixes(out.text, fixes)
        if new == out.text:
            return out
        if new in seen:  # rules undoing each other: stop where we are
            out.converged = False
            return out
        seen.add(new)
        out.text = new
        out.applied += len(fixes)
        out.passes += 1
        findings = lint(new)
        out.findings = findings
    out.converged = not choose_fixes(findings, unsafe=unsafe)
    return out


def unified_diff(before: str, after: str, name: str) -> str:
    """A unified diff that ``patch``/``git apply`` accept (a last line without
    a newline gets the usual marker instead of running into the next line)."""
    import difflib

    out: list[str] = []
    for line in difflib.unified_diff(_lines(before), _lines(after), fromfile=f"a/{name}", tofile=f"b/{name}"):
        if line.endswith(("\n", "\r")):
            out.append(line)
        else:
            out.append(line + "\n\\ No newline at end of file\n")
    return "".join(out)


_LINE_RE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$")


def _lines(text: str) -> list[str]:
    # only real line breaks: str.splitlines also splits at U+2028, form feeds, …
    return _LINE_RE.findall(text)


def write_text_atomic(path: Path, text: str, *, encoding: str = "utf-8", bom: bytes = b"") -> None:
    """Write via a temporary file in the same folder, then replace: a crash
    leaves either the old file or the new one, never half of one."""
    write_bytes_atomic(path, bom + text.encode(encoding))


def write_bytes_atomic(path: Path, data: bytes) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    st = None
    try:
        st = os.stat(path)
    except FileNotFoundError:
        pass
    if folder not in _CLEANED:  # once per folder and process: a listdir per write would add up
        _CLEANED.add(folder)
        remove_stale_temp_files(folder)
    # the pid in the name lets a later run tell a dead run's leftover from a live run's file
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=TEMP_SUFFIX, dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if st is None:
            # mkstemp creates 0600; a new report or baseline is for colleagues too, as the umask says
            os.chmod(tmp, 0o666 & ~_umask())
        else:
            os.chmod(tmp, stat.S_IMODE(st.st_mode))
            if hasattr(os, "chown") and (st.st_uid, st.st_gid) != (os.getuid(), os.getgid()):
                try:  # keep the owner (only root may give a file away; otherwise the mode is what we can keep)
                    os.chown(tmp, st.st_uid, st.st_gid)
                except OSError:
                    pass
        os.replace(tmp, path)
        _fsync_dir(folder)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


TEMP_SUFFIX = ".newslint-tmp"
_CLEANED: set[Path] = set()
# .<name>.<pid>.<random>.newslint-tmp, as written above
_TEMP_NAME = re.compile(r"^\..+\.(\d+)\.[^.]+" + re.escape(TEMP_SUFFIX) + "$")


def _umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it; put it straight back
    os.umask(mask)
    return mask


def remove_stale_temp_files(folder: Path) -> list[Path]:
    """Remove temporary files that a killed run left in ``folder``.

    A temporary file belongs to a dead run when the process id in its name no
    longer exists. Returns the files removed.
    """
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        if not name.endswith(TEMP_SUFFIX):
            continue
        m = _TEMP_NAME.match(name)
        if m is None or _process_alive(int(m.group(1))):
            continue
        try:
            os.unlink(folder / name)
            removed.append(folder / name)
        except OSError:
            pass
    return removed


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True  # another thread of this process may be writing it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists, owned by someone else
    return True


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (a power cut right after could otherwise undo it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a directory; the rename still happened
    finally:
        os.close(fd)


def write_fixed(path: Path, text: str, decoded: Decoded) -> None:
    """Write a fixed draft keeping its encoding and BOM (line endings are
    kept because fixes only replace their own spans)."""
    from newslint.sources import InputError

    # write through a symlink to its target instead of replacing the link with a file
    if path.is_symlink():
        path = path.resolve()
    try:
        mode = stat.S_IMODE(os.stat(path).st_mode)
    except OSError as exc:
        raise InputError(f"{path}: cannot write the fixed draft: {exc.strerror or exc}") from None
    # os.access alone says "writable" to root; the permission bits say what the owner meant
    if not os.access(path, os.W_OK) or not mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH):
        raise InputError(f"{path}: file is read-only; not fixed")
    if _changed_on_disk(path, decoded):
        # someone saved the draft while we checked it: writing now would throw their edit away
        raise InputError(f"{path}: changed on disk while being checked; not fixed (run again)")
    try:
        write_text_atomic(path, text, encoding=_codec(decoded.encoding), bom=decoded.bom)
    except UnicodeEncodeError as exc:
        raise InputError(f"{path}: a fix cannot be written in {decoded.encoding} ({exc.reason}); not fixed") from None
    except OSError as exc:
        raise InputError(
            f"{path}: cannot write the fixed draft: {exc.strerror or exc}; the original is unchanged"
        ) from None


def _changed_on_disk(path: Path, decoded: Decoded) -> bool:
    try:
        current = path.read_bytes()
    except OSError:
        return False  # the write below reports the real problem
    try:
        return current != decoded.bom + decoded.text.encode(_codec(decoded.encoding))
    except (UnicodeEncodeError, LookupError):
        return False


def _codec(encoding: str) -> str:
    return encoding

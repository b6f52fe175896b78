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
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from newslint.atomic import (  # noqa: F401 - the atomic writer's documented home was this module
    _CLEANED,
    TEMP_SUFFIX,
    remove_stale_temp_files,
    write_bytes_atomic,
    write_text_atomic,
)
from newslint.engine.finding import Finding, Fix, FixSafety
from newslint.reading import Decoded


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


def write_fixed(path: Path, text: str, decoded: Decoded) -> None:
    """Write a fixed draft keeping its encoding and BOM (line endings are
    kept because fixes only replace their own spans)."""
    from newslint.reading import InputError

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

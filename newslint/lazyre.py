"""Regular expressions compiled on first use instead of at import.

Compiling the long alternations of the attribution and ethics patterns costs
tens of milliseconds, and most drafts never reach most of them (their
trigger words are absent), so paying at import slows every start-up,
``newslint --help`` included.  :func:`lazy_compile` returns a stand-in with
the methods of :class:`re.Pattern` that compiles the pattern the first time
one of them is called; behaviour is otherwise identical.  Both it and
:func:`compile_cached` (for patterns needed at once) take compiled patterns
from the cache folder when an earlier run stored them (see below).
"""

from __future__ import annotations

import _sre
import atexit
import marshal
import re
import sys
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from newslint.cache import cache_dir, write_atomically

__all__ = ["LazyPattern", "compile_cached", "lazy_compile"]


#: The methods of :class:`re.Pattern` a :class:`LazyPattern` forwards.
_METHODS = ("match", "fullmatch", "search", "finditer", "findall", "sub", "split")


class LazyPattern:
    """A :class:`re.Pattern` compiled on first use (see :func:`lazy_compile`).

    Each forwarded method is an instance slot: until the first call it holds a
    stand-in that compiles the pattern, which then replaces every slot with the
    compiled pattern's own bound method, so later calls cost what a call on a
    :class:`re.Pattern` costs (no Python frame in between; hot loops call these
    patterns hundreds of thousands of times per run).
    """

    __slots__ = ("pattern", "_flags", "_rx", *_METHODS)

    match: Callable[..., re.Match[str] | None]
    fullmatch: Callable[..., re.Match[str] | None]
    search: Callable[..., re.Match[str] | None]
    finditer: Callable[..., Iterator[re.Match[str]]]
    findall: Callable[..., list[Any]]
    sub: Callable[..., str]
    split: Callable[..., list[str | Any]]

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._rx: re.Pattern[str] | None = None
        for name in _METHODS:
            setattr(self, name, partial(self._compile_and_call, name))

    @property
    def compiled(self) -> re.Pattern[str]:
        rx = self._rx
        if rx is None:
            rx = self._rx = compile_cached(self.pattern, self._flags)
            for name in _METHODS:
                setattr(self, name, getattr(rx, name))
        return rx

    def _compile_and_call(self, name: str, *args: Any, **kwargs: Any) -> Any:
        return getattr(self.compiled, name)(*args, **kwargs)

    def __getattr__(self, name: str) -> Any:  # flags, groups, groupindex, subn ...
        if name in LazyPattern.__slots__:
            raise AttributeError(name)  # a half-built copy: never recurse
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """Like :func:`re.compile`, but the pattern is compiled when first used."""
    return LazyPattern(pattern, int(flags))


# --- compiled patterns kept between runs ------------------------------------------------------
#
# ``re.compile`` parses and compiles a pattern in Python code; the rule packs' long
# alternations and the attribution patterns cost a tenth of a second of every run
# that way.  The result of that work is plain data, the "code" list that the C
# matcher runs, so it is kept in the cache folder and handed straight to the C
# matcher (``_sre.compile``, the last step of ``re.compile``) the next time.  The
# file is specific to the interpreter version and the matcher's format; anything
# unexpected (a missing file, another Python, a changed internal) falls back to
# ``re.compile``, so the cache can only save time, never change a match.
#
# The "2" in the name: files written before two rule patterns were built in a fixed
# order hold a new copy of those patterns from every run (megabytes, read at every
# start-up); a new name leaves them behind.

_CACHE_NAME = f"patterns2-{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}.marshal"
_stored: dict[tuple[str, int], tuple[Any, ...]] | None = None
_added: dict[tuple[str, int], tuple[Any, ...]] = {}
#: Stored patterns this process took from the file (kept when the file is pruned).
_used: set[tuple[str, int]] = set()
#: The file was found past MAX_STORE_BYTES: its pruning save, which also adds this run's patterns, is due.
_pruning = False
#: The file's ceiling.  Every pattern any run compiles is added (custom packs, a user's
#: dateline patterns, test suites that generate patterns), and reading the file is part of every
#: start-up: past this size it is cut back to the patterns of the run that finds it too big.
#: The built-in rules need about a tenth of it.
MAX_STORE_BYTES = 2_000_000


def compile_cached(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``re.compile(pattern, flags)``, from the cache of compiled patterns when it holds it."""
    flags = int(flags)  # a RegexFlag would not survive marshal
    stored = _load_stored()
    key = (pattern, flags)
    entry = stored.get(key)
    if entry is not None:
        _used.add(key)
        try:
            return _sre.compile(pattern, *entry)
        except Exception:  # noqa: BLE001 - a stale or damaged entry: compile as usual
            stored.pop(key, None)
    rx = re.compile(pattern, flags)
    if cache_dir() is not None:
        entry = _compiled_code(pattern, flags)
        if entry is not None and entry[0] == rx.flags and entry[2] == rx.groups:
            if not _added and not _pruning:
                atexit.register(_save)  # once; a run that prunes has its save registered already
            _added[key] = entry
    return rx


def _compiled_code(pattern: str, flags: int) -> tuple[Any, ...] | None:
    """What ``re.compile`` hands the C matcher: (flags, code, groups, groupindex, indexgroup)."""
    try:
        parsed = re._parser.parse(pattern, flags)  # type: ignore[attr-defined]
        code = re._compiler._code(parsed, flags)  # type: ignore[attr-defined]
        state = parsed.state
        groupindex = dict(state.groupdict)
        indexgroup: list[str | None] = [None] * state.groups
        for name, index in groupindex.items():
            indexgroup[index] = name
        return (int(flags | state.flags), [int(c) for c in code], state.groups - 1, groupindex, tuple(indexgroup))
    except Exception:  # noqa: BLE001 - another interpreter's internals: no cache, nothing lost
        return None


def _load_stored() -> dict[tuple[str, int], tuple[Any, ...]]:
    global _stored, _pruning
    if _stored is None:
        _stored = {}
        folder = cache_dir()
        if folder is not None:
            path = folder / _CACHE_NAME
            _stored = _read(path)
            if _stored and _size(path) > MAX_STORE_BYTES:
                _pruning = True
                atexit.register(_save, prune=True)
    return _stored


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def _read(path: Path) -> dict[tuple[str, int], tuple[Any, ...]]:
    """The patterns stored in ``path``; empty when it is missing or damaged."""
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def _save(prune: bool = False) -> None:
    """At exit: add this run's new patterns to the file (another process may have added others).

    A file grown past :data:`MAX_STORE_BYTES` keeps only this run's patterns."""
    folder = cache_dir()
    if folder is None or not (_added or prune):
        return
    path = folder / _CACHE_NAME
    merged = _read(path)
    merged.update(_added)
    blob = marshal.dumps(merged)
    if len(blob) > MAX_STORE_BYTES:
        kept = _used | _added.keys()
        blob = marshal.dumps({k: v for k, v in merged.items() if k in kept})
    try:
        write_atomically(path, blob)
    except (OSError, ValueError):
        pass

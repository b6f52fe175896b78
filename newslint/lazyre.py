"""Regular expressions compiled on first use instead of at import.

Compiling the long alternations of the attribution and ethics patterns costs
tens of milliseconds, and most drafts never reach most of them (their
trigger words are absent), so paying at import slows every start-up,
``newslint --help`` included.  :func:`lazy_compile` returns a stand-in with
the methods of :class:`re.Pattern` that compiles the pattern the first time
one of them is called; behaviour is otherwise identical.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial
from typing import Any

__all__ = ["LazyPattern", "lazy_compile"]


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
            rx = self._rx = re.compile(self.pattern, self._flags)
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
    return LazyPattern(pattern, flags)

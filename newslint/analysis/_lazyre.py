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
import sys
from collections.abc import Iterator
from typing import Any

__all__ = ["LazyPattern", "lazy_compile"]


class LazyPattern:
    """A :class:`re.Pattern` compiled on first use (see :func:`lazy_compile`)."""

    __slots__ = ("pattern", "_flags", "_rx")

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags
        self._rx: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        rx = self._rx
        if rx is None:
            rx = self._rx = re.compile(self.pattern, self._flags)
        return rx

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.fullmatch(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.compiled.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(string, pos, endpos)

    def findall(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> list[Any]:
        return self.compiled.findall(string, pos, endpos)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        return self.compiled.sub(repl, string, count)

    def split(self, string: str, maxsplit: int = 0) -> list[str | Any]:
        return self.compiled.split(string, maxsplit)

    def __getattr__(self, name: str) -> Any:  # flags, groups, groupindex, subn ...
        if name in LazyPattern.__slots__:
            raise AttributeError(name)  # a half-built copy: never recurse
        return getattr(self.compiled, name)

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._flags!r})"


def lazy_compile(pattern: str, flags: int = 0) -> LazyPattern:
    """Like :func:`re.compile`, but the pattern is compiled when first used."""
    return LazyPattern(pattern, flags)

"""Findings and fixes: what a rule reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _RANK[self]

    @classmethod
    def parse(cls, value: str) -> Severity:
        return cls(value.strip().lower())


_RANK = {Severity.ERROR: 3, Severity.WARNING: 2, Severity.INFO: 1}


class FixSafety(str, Enum):
    SAFE = "safe"  # certain: applied by --fix
    UNSAFE = "unsafe"  # probably right, a human should look: --unsafe-fixes


@dataclass(frozen=True, slots=True)
class Fix:
    """Replace ``[start, end)`` of the source with ``replacement``."""

    start: int
    end: int
    replacement: str
    safety: FixSafety = FixSafety.SAFE

    def to_json(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "replacement": self.replacement, "safety": self.safety.value}


@dataclass(slots=True)
class Finding:
    """One problem found in one document.

    ``start``/``end`` are code-point offsets into the decoded source once the
    engine has resolved them (rules report prose-view offsets; the engine
    maps them).  Line and column are 1-based code points.
    """

    rule: str
    severity: Severity
    message: str
    start: int
    end: int
    line: int = 0
    column: int = 0
    end_line: int = 0
    end_column: int = 0
    text: str = ""
    suggestions: list[str] = field(default_factory=list)
    fix: Fix | None = None
    #: The message in the other language, and anything reporters may want.
    extra: dict[str, Any] = field(default_factory=dict)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # pickled as the constructor's arguments (a pool's workers send every finding to the main process): the
        # __getstate__/__setstate__ a slotted dataclass gets look its fields up on every call
        return type(self), (
            self.rule,
            self.severity,
            self.message,
            self.start,
            self.end,
            self.line,
            self.column,
            self.end_line,
            self.end_column,
            self.text,
            self.suggestions,
            self.fix,
            self.extra,
        )

    @property
    def family(self) -> str:
        return self.rule.split("/", 1)[0]

    def sort_key(self) -> tuple[int, int, str, str]:
        return (self.start, self.end, self.rule, self.message)

    def to_json(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "severity": self.severity.value,
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "text": self.text,
            "suggestions": list(self.suggestions),
            "fix": self.fix.to_json() if self.fix else None,
        }

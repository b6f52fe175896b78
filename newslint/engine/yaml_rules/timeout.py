"""Custom packs run under a time limit (their patterns go through the ``regex`` module with a
timeout); built-in packs compile their patterns on first use. Both are decided while a pack
loads, through the context variables below."""

from __future__ import annotations

import contextvars
import time
from typing import Any

from newslint.engine.rule import RuleContext
from newslint.engine.yaml_rules.schema import RuleLoadError
from newslint.model.document import Document

#: True while a pack from a user's rule folder is loaded: its patterns run
#: under a time limit (a well-meant pattern can backtrack catastrophically).
_CUSTOM: contextvars.ContextVar[bool] = contextvars.ContextVar("newslint_custom_pack", default=False)
#: Set while the built-in packs load: their patterns compile on first use (see _YamlCheck.compile).
_LAZY: contextvars.ContextVar[bool] = contextvars.ContextVar("newslint_lazy_patterns", default=False)
#: Time a custom rule may spend on one document: a base plus a share per MB of text.
CUSTOM_RULE_SECONDS = 2.0
CUSTOM_RULE_SECONDS_PER_MB = 1.0


class RuleTimeout(Exception):
    """A custom rule ran out of time on one document (the run goes on without it)."""


class _TimedPattern:
    """A pattern of a custom rule, run with the ``regex`` module's timeout.

    The budget is per rule and document: :func:`_timed_run` sets the
    deadline before the check runs and every search draws on what is left.
    """

    __slots__ = ("_rx", "_owner")

    def __init__(self, rx: Any, owner: Any) -> None:
        self._rx = rx
        self._owner = owner

    @classmethod
    def compile(cls, owner: Any, pattern: str) -> _TimedPattern:
        import regex

        try:
            rx = regex.compile(pattern, owner.flags | regex.UNICODE | regex.MULTILINE)
        except (regex.error, ValueError, OverflowError, RecursionError) as exc:
            raise RuleLoadError(
                f"{owner.origin}: rule {owner.spec.get('id')}: invalid pattern {pattern!r}: {exc}"
            ) from None
        return cls(rx, owner)

    @property
    def pattern(self) -> str:
        return self._rx.pattern

    @property
    def flags(self) -> int:
        return self._rx.flags

    def _left(self) -> float:
        return max(self._owner.deadline - time.monotonic(), 0.001)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        return self._rx.finditer(text, pos, len(text) if endpos is None else endpos, timeout=self._left())

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        return self._rx.search(text, pos, len(text) if endpos is None else endpos, timeout=self._left())

    def match(self, text: str, pos: int = 0, endpos: int | None = None) -> Any:
        return self._rx.match(text, pos, len(text) if endpos is None else endpos, timeout=self._left())


def _timed_run(check: Any) -> Any:
    """Wrap a custom rule's check: set its deadline, turn a timeout into :class:`RuleTimeout`."""

    def run(doc: Document, ctx: RuleContext) -> None:
        limit = CUSTOM_RULE_SECONDS + CUSTOM_RULE_SECONDS_PER_MB * len(doc.text) / 1_000_000
        check.deadline = time.monotonic() + limit
        try:
            check(doc, ctx)
        except TimeoutError:
            raise RuleTimeout(
                f"took more than {limit:.0f} s on this draft and was stopped (defined in {check.origin}; "
                "does its pattern backtrack catastrophically?)"
            ) from None

    return run

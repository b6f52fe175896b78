"""What every YAML rule type shares: compiling its patterns (lazily, or under a time limit),
the prefilter plan that skips drafts without its trigger words, and reporting a match with
the ``suggest``/``replace`` templates."""

from __future__ import annotations

import re
from typing import Any

from newslint.engine.prefilter import (
    LiteralPlan,
    Requires,
    Triggers,
    anchored_finditer,
    literal_plan,
    phrase_trigger,
    planned_finditer,
    requirements,
)
from newslint.engine.rule import RuleContext
from newslint.engine.yaml_rules.schema import RuleLoadError
from newslint.engine.yaml_rules.scope import WORD_L, WORD_R, Scope
from newslint.engine.yaml_rules.timeout import _CUSTOM, _LAZY, _TimedPattern
from newslint.lazyre import lazy_compile
from newslint.model.document import Document


def _phrase_triggers(phrase: str) -> Triggers | None:
    found = phrase_trigger(phrase)
    return [found] if found else None


def _phrase_regex(phrase: str) -> str:
    parts = [re.escape(p) for p in phrase.split()]
    return WORD_L + r"\s+".join(parts) + WORD_R


def _expand(template: str | None, m: re.Match[str]) -> str | None:
    if template is None:
        return None
    try:
        return m.expand(template.replace("$", "\\"))
    except (re.error, IndexError):
        return template


class _YamlCheck:
    """Base for the declarative rule types."""

    deadline = float("inf")  # set per document for custom rules (see _timed_run)
    #: Trigger words of ``regex`` and whether every one starts its match (newslint.engine.prefilter);
    #: None: no safe trigger is known and the rule scans every document.
    plan: tuple[frozenset[str], bool] | None = None
    #: Without trigger words: literals every match contains (newslint.engine.prefilter.LiteralPlan), or None.
    literal: LiteralPlan | None = None
    #: With trigger words: the other words each alternative needs (newslint.engine.prefilter.requirements).
    requires: Requires | None = None

    def __init__(self, spec: dict[str, Any], origin: str) -> None:
        self.spec = spec
        self.origin = origin
        self.scope = Scope(spec.get("scope"))
        self.flags = re.IGNORECASE if spec.get("ignorecase", True) else 0
        #: the flags of every compiled pattern (built-in packs set none inline, see the tests)
        self.pattern_flags = self.flags | re.UNICODE | re.MULTILINE

    def compile(self, pattern: str) -> re.Pattern[str]:
        if _CUSTOM.get():
            return _TimedPattern.compile(self, pattern)  # type: ignore[return-value]
        if _LAZY.get():
            # compiled on first use: a draft without a rule's trigger words never needs its
            # pattern, and compiling every pack's alternations cost a fifth of a cold start
            # (the tests compile every built-in pattern, so none is broken)
            return lazy_compile(pattern, self.pattern_flags)  # type: ignore[return-value]
        try:
            return re.compile(pattern, self.pattern_flags)
        except re.error as exc:
            raise RuleLoadError(
                f"{self.origin}: rule {self.spec.get('id')}: invalid pattern {pattern!r}: {exc}"
            ) from None

    def set_plan(self, alternatives: list[tuple[Triggers | None, frozenset[str]]]) -> None:
        """Use trigger words only when every alternative has one (custom packs: never, they run
        under the ``regex`` module, whose case folding differs).  Each alternative comes with
        the words it always holds, so a trigger whose alternatives all miss a word is skipped."""
        if _CUSTOM.get():
            self.plan = None
            return
        triggers = [t for t, _ in alternatives]
        if not triggers or any(t is None for t in triggers):
            self.plan = None
            rx = getattr(self, "regex", None)
            self.literal = literal_plan(rx.pattern, self.pattern_flags) if rx is not None else None
            return
        flat = [x for t in triggers if t is not None for x in t]
        self.plan = (frozenset(w for w, _ in flat), all(at_start for _, at_start in flat))
        self.requires = requirements(alternatives)

    def matches(self, doc: Document) -> Any:
        """What ``self.regex.finditer(doc.text)`` yields, without the scan where the plan allows."""
        literal = self.literal
        if literal is not None:
            if literal.anchored:
                return anchored_finditer(self.regex, doc.text, literal.offsets(doc))  # type: ignore[attr-defined]
            if not literal.present(doc):
                return iter(())
        return planned_finditer(self.regex, self.plan, doc, requires=self.requires)  # type: ignore[attr-defined]

    def __call__(self, doc: Document, ctx: RuleContext) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class _MatchReporter(_YamlCheck):
    """Shared by ``existence`` and ``pattern``: report each match (or its
    ``highlight`` group) with the ``suggest`` / ``replace`` templates."""

    def __init__(self, spec: dict[str, Any], origin: str) -> None:
        super().__init__(spec, origin)
        self.highlight = spec.get("highlight")
        self.suggest = spec.get("suggest")
        self.replace = spec.get("replace")
        self.safety = spec.get("safety", "safe")

    def _report_all(self, doc: Document, ctx: RuleContext, matches: Any) -> None:
        for m in matches:
            start, end = m.span()
            if self.highlight is not None:
                try:
                    hs, he = m.span(self.highlight)
                    if hs >= 0:
                        start, end = hs, he
                except IndexError:
                    pass
            if end <= start or not self.scope.accepts(doc, start, end):
                continue
            sugg = _expand(self.suggest, m)
            repl = _expand(self.replace, m)
            ctx.report(
                start,
                end,
                args={"match": doc.text[start:end], "suggestion": sugg or repl or ""},
                suggestions=[s for s in (sugg or repl,) if s],
                replacement=repl if repl is not None and self.safety != "suggest" else None,
                safety=self.safety if self.safety != "suggest" else "unsafe",
            )

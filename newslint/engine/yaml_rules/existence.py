"""The ``existence`` rule type: report every match of its tokens or patterns."""

from __future__ import annotations

from typing import Any

from newslint.engine.prefilter import pattern_triggers, phrase_words, required_words
from newslint.engine.rule import RuleContext
from newslint.engine.yaml_rules.base import _MatchReporter, _phrase_regex, _phrase_triggers
from newslint.engine.yaml_rules.schema import RuleLoadError
from newslint.engine.yaml_rules.scope import WORD_L
from newslint.model.document import Document


class ExistenceCheck(_MatchReporter):
    def __init__(self, spec: dict[str, Any], origin: str) -> None:
        super().__init__(spec, origin)
        # Every token alternative starts with the same word-start assertion: stated once in
        # front of the group, it rejects a position inside a word in one step instead of
        # once per token.  Same matches, same order of preference.
        tokens = [_phrase_regex(t)[len(WORD_L) :] for t in spec.get("tokens") or []]
        alts = [WORD_L + "(?:" + "|".join(tokens) + ")"] if tokens else []
        alts += [f"(?:{p})" for p in spec.get("patterns") or []]
        if not alts:
            raise RuleLoadError(f"{origin}: rule {spec.get('id')}: existence needs 'tokens' or 'patterns'")
        self.regex = self.compile("|".join(alts))
        self.set_plan(
            [(_phrase_triggers(str(p)), phrase_words(str(p))) for p in spec.get("tokens") or []]
            + [
                (pattern_triggers(str(p), self.flags), required_words(str(p), self.flags))
                for p in spec.get("patterns") or []
            ]
        )

    def __call__(self, doc: Document, ctx: RuleContext) -> None:
        self._report_all(doc, ctx, self.matches(doc))

"""The ``pattern`` rule type: a pattern per unit, unless another one matches in the same unit."""

from __future__ import annotations

from typing import Any

from newslint.engine.prefilter import live_triggers, pattern_triggers, required_words, word_index
from newslint.engine.rule import RuleContext
from newslint.engine.yaml_rules.base import _MatchReporter
from newslint.engine.yaml_rules.schema import RuleLoadError
from newslint.engine.yaml_rules.scope import _units, _units_holding
from newslint.model.document import Document


class PatternCheck(_MatchReporter):
    def __init__(self, spec: dict[str, Any], origin: str) -> None:
        super().__init__(spec, origin)
        if "pattern" not in spec:
            raise RuleLoadError(f"{origin}: rule {spec.get('id')}: pattern needs 'pattern'")
        self.regex = self.compile(str(spec["pattern"]))
        self.unless = self.compile(str(spec["unless"])) if spec.get("unless") else None
        self.unit = spec.get("unit", "sentence")
        pattern = str(spec["pattern"])
        self.set_plan([(pattern_triggers(pattern, self.flags), required_words(pattern, self.flags))])

    def __call__(self, doc: Document, ctx: RuleContext) -> None:
        units = _units(doc, self.unit)
        if self.plan is not None or self.literal is not None:
            if self.unless is None and self.unit in ("document", "text"):
                self._report_all(doc, ctx, self.matches(doc))  # one unit, the whole text: no scan
                return
            if self.plan is not None and not live_triggers(self.plan[0], self.requires, word_index(doc).words):
                return  # no unit can match
            if self.literal is not None:
                units = _units_holding(units, self.literal.spans(doc))
        for ustart, uend in units:
            if self.unless is not None and self.unless.search(doc.text, ustart, uend):
                continue
            self._report_all(doc, ctx, self.regex.finditer(doc.text, ustart, uend))

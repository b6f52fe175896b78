"""The ``occurrence`` rule type: a pattern counted per unit, with a ``max`` or ``min``."""

from __future__ import annotations

from typing import Any

from newslint.engine.rule import RuleContext
from newslint.engine.yaml_rules.base import _YamlCheck
from newslint.engine.yaml_rules.schema import RuleLoadError
from newslint.engine.yaml_rules.scope import _units
from newslint.model.document import Document


class OccurrenceCheck(_YamlCheck):
    def __init__(self, spec: dict[str, Any], origin: str) -> None:
        super().__init__(spec, origin)
        if "pattern" not in spec:
            raise RuleLoadError(f"{origin}: rule {spec.get('id')}: occurrence needs 'pattern'")
        self.regex = self.compile(str(spec["pattern"]))
        self.unit = spec.get("unit", "document")
        self.max = spec.get("max")
        self.min = spec.get("min")

    def __call__(self, doc: Document, ctx: RuleContext) -> None:
        units = _units(doc, self.unit)
        for ustart, uend in units:
            hits = [
                m for m in self.regex.finditer(doc.text, ustart, uend) if self.scope.accepts(doc, m.start(), m.end())
            ]
            if self.max is not None and len(hits) > int(self.max):
                m = hits[int(self.max)]
                ctx.report(m.start(), m.end(), args={"count": len(hits), "max": self.max})
            if self.min is not None and len(hits) < int(self.min) and uend > ustart:
                ctx.report(ustart, min(uend, ustart + 1), args={"count": len(hits), "min": self.min})

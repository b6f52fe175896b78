"""The ``consistency`` rule type: one spelling of the same thing per document."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from newslint.engine.rule import RuleContext
from newslint.engine.yaml_rules.base import _phrase_regex, _YamlCheck
from newslint.engine.yaml_rules.schema import RuleLoadError
from newslint.model.document import Document


class ConsistencyCheck(_YamlCheck):
    def __init__(self, spec: dict[str, Any], origin: str) -> None:
        super().__init__(spec, origin)
        groups = spec.get("groups")
        if not isinstance(groups, list) or not all(isinstance(g, list) and len(g) >= 2 for g in groups):
            raise RuleLoadError(f"{origin}: rule {spec.get('id')}: consistency needs 'groups' (lists of 2+ spellings)")
        self.groups = [[str(x) for x in g] for g in groups]
        self.regexes = [
            [self.compile(_phrase_regex(v) if not v.startswith("re:") else v[3:]) for v in g] for g in self.groups
        ]

    def __call__(self, doc: Document, ctx: RuleContext) -> None:
        for variants, regexes in zip(self.groups, self.regexes):
            hits: dict[int, list[re.Match[str]]] = {}
            for vi, rx in enumerate(regexes):
                ms = [m for m in rx.finditer(doc.text) if self.scope.accepts(doc, m.start(), m.end())]
                if ms:
                    hits[vi] = ms
            if len(hits) < 2:
                continue
            counts = Counter({vi: len(ms) for vi, ms in hits.items()})
            # the majority wins; on a tie, the spelling used first
            first_seen = {vi: ms[0].start() for vi, ms in hits.items()}
            major = max(counts, key=lambda vi: (counts[vi], -first_seen[vi]))
            for vi, ms in hits.items():
                if vi == major:
                    continue
                for m in ms:
                    ctx.report(
                        m.start(),
                        m.end(),
                        args={"match": m.group(), "suggestion": variants[major], "other": variants[major]},
                        suggestions=[variants[major]],
                    )

"""The ``repetition`` rule type: the same word twice in a row."""

from __future__ import annotations

from typing import Any

from newslint.engine.rule import RuleContext
from newslint.engine.yaml_rules.base import _YamlCheck
from newslint.model.document import Document, TokenKind


class RepetitionCheck(_YamlCheck):
    def __init__(self, spec: dict[str, Any], origin: str) -> None:
        super().__init__(spec, origin)
        self.exceptions = frozenset(str(w).lower() for w in spec.get("exceptions") or [])

    def __call__(self, doc: Document, ctx: RuleContext) -> None:
        toks = doc.tokens
        for i in range(1, len(toks)):
            a, b = toks[i - 1], toks[i]
            if a.kind is not TokenKind.WORD or b.kind is not TokenKind.WORD or a.sentence != b.sentence:
                continue
            if a.text.lower() != b.text.lower() or a.text.lower() in self.exceptions:
                continue
            gap = doc.text[a.end : b.start]
            if gap.strip():  # only white space between the two
                continue
            if not self.scope.accepts(doc, a.start, b.end):
                continue
            ctx.report(
                a.start,
                b.end,
                args={"match": doc.text[a.start : b.end], "word": a.text},
                suggestions=[a.text],
                replacement=a.text,
                safety="unsafe",
            )

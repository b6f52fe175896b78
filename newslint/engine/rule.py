"""What a rule is: metadata, examples and a check function.

Every rule, YAML or Python, is a :class:`Rule`: a :class:`RuleMeta` (stable
id, default severity, bilingual messages and docs, authority, examples,
options) and a ``check(doc, ctx)`` that yields findings through
``ctx.report``.  The test suite runs every rule's examples.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from newslint.engine.finding import Finding, Fix, FixSafety, Severity
from newslint.model.document import Document

FAMILIES = (
    "typo",
    "spelling",
    "quote",
    "attribution",
    "source",
    "ethics",
    "structure",
    "grammar",
    "style",
    "wordiness",
    "number",
    "caps",
    "punct",
    "time",
)

LANGS = ("id", "en")


class _SafeDict(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def fmt(template: str, args: dict[str, Any] | None) -> str:
    """Format a message template; unknown placeholders stay as written."""
    if not args:
        return template
    return template.format_map(_SafeDict(args))


def bilingual(value: Any, what: str) -> dict[str, str]:
    """Normalise ``str | {id, en}`` to ``{id, en}`` (English falls back to Indonesian)."""
    if value is None:
        return {"id": "", "en": ""}
    if isinstance(value, str):
        return {"id": value, "en": value}
    if isinstance(value, dict):
        idv = str(value.get("id") or value.get("en") or "")
        return {"id": idv, "en": str(value.get("en") or idv)}
    raise ValueError(f"{what} must be a string or a mapping with 'id' and 'en'")


@dataclass(slots=True)
class Example:
    """A rule example the suite executes.

    ``bad`` examples must produce at least one finding of the rule (exactly
    ``count`` when given); good ones none.  ``fixed`` is the expected text
    after applying the rule's fixes (safe and unsafe).  ``layout`` is
    ``fragment`` (every block is body text) or ``news`` (headline first).
    """

    text: str
    bad: bool
    count: int | None = None
    fixed: str | None = None
    layout: str = "fragment"
    options: dict[str, Any] = field(default_factory=dict)
    note: str = ""


@dataclass(slots=True)
class RuleMeta:
    id: str
    severity: Severity
    summary: dict[str, str]
    message: dict[str, str]
    enabled: bool = True
    docs: dict[str, str] = field(default_factory=lambda: {"id": "", "en": ""})
    authority: str = ""
    examples: list[Example] = field(default_factory=list)
    options: dict[str, Any] = field(default_factory=dict)
    fixable: bool = False
    origin: str = ""  # file that defines the rule
    #: Measured on the dev corpus: findings per 1,000 words and precision,
    #: recorded where the default severity was chosen.
    measured: str = ""
    #: The story genres the rule applies to (newslint.analysis.genre); None: every genre.
    #: The linter skips the rule for a draft of another genre.
    genres: frozenset[str] | None = None
    #: False (the default): the linter drops the rule's findings inside page leftovers
    #: (Document.residue), which are deleted rather than corrected.  True for the rule that
    #: reports the leftovers themselves.
    reads_residue: bool = False

    @property
    def family(self) -> str:
        return self.id.split("/", 1)[0]


class RuleContext:
    """What a rule gets while checking one document."""

    __slots__ = ("rule", "doc", "options", "lang", "severity", "vocabulary", "findings")

    def __init__(
        self,
        rule: Rule,
        doc: Document,
        *,
        options: dict[str, Any] | None = None,
        lang: str = "id",
        severity: Severity | None = None,
        vocabulary: Vocabulary | None = None,
    ) -> None:
        self.rule = rule
        self.doc = doc
        self.options = {**rule.meta.options, **(options or {})}
        self.lang = lang
        self.severity = severity or rule.meta.severity
        self.vocabulary = vocabulary or Vocabulary()
        self.findings: list[Finding] = []

    @classmethod
    def prepared(
        cls, rule: Rule, doc: Document, options: dict[str, Any], lang: str, severity: Severity, vocabulary: Vocabulary
    ) -> RuleContext:
        """A context from options already merged with the rule's defaults.

        The linter builds one context per rule per draft (27,000 on the dev corpus)
        and merges each rule's options once per run, so nothing is merged or
        defaulted here."""
        ctx = cls.__new__(cls)
        ctx.rule, ctx.doc, ctx.options, ctx.lang = rule, doc, options, lang
        ctx.severity, ctx.vocabulary, ctx.findings = severity, vocabulary, []
        return ctx

    def msg(self, message: dict[str, str] | str | None = None, args: dict[str, Any] | None = None) -> str:
        m = bilingual(message, "message") if message is not None else self.rule.meta.message
        return fmt(m.get(self.lang) or m["id"], args)

    def report(
        self,
        start: int,
        end: int,
        *,
        args: dict[str, Any] | None = None,
        message: dict[str, str] | str | None = None,
        suggestions: Iterable[str] = (),
        replacement: str | None = None,
        fix_span: tuple[int, int] | None = None,
        safety: FixSafety | str = FixSafety.SAFE,
        severity: Severity | None = None,
    ) -> Finding:
        """Record a finding on ``doc.text[start:end]`` (prose-view offsets).

        ``replacement`` makes a fix of ``fix_span`` (default: the finding's
        span).  The engine maps offsets to the source and guards fixes.
        """
        args = dict(args or {})
        if "match" not in args:
            args["match"] = self.doc.text[start:end]
        if len(args["match"]) > 60:  # keep messages one readable line
            args["match"] = args["match"][:40].rstrip() + "…"
        m = bilingual(message, "message") if message is not None else self.rule.meta.message
        other = "en" if self.lang == "id" else "id"
        fix = None
        if replacement is not None:
            fs, fe = fix_span or (start, end)
            fix = Fix(fs, fe, replacement, FixSafety(safety))
        finding = Finding(
            rule=self.rule.meta.id,
            severity=severity or self.severity,
            message=fmt(m.get(self.lang) or m["id"], args),
            start=start,
            end=end,
            suggestions=[s for s in suggestions if s is not None],
            fix=fix,
            extra={"message_" + other: fmt(m.get(other) or m["id"], args)},
        )
        self.findings.append(finding)
        return finding


CheckFn = Callable[["Document", RuleContext], Iterable[Finding] | None]


class Rule:
    """A rule: metadata plus a check."""

    def __init__(self, meta: RuleMeta, check: CheckFn) -> None:
        self.meta = meta
        self._check = check

    @property
    def id(self) -> str:
        return self.meta.id

    def run(self, doc: Document, ctx: RuleContext) -> list[Finding]:
        result = self._check(doc, ctx)
        if result is not None:
            for f in result:
                if f not in ctx.findings:  # tolerate rules that both report and yield
                    ctx.findings.append(f)
        return ctx.findings

    def __repr__(self) -> str:
        return f"Rule({self.meta.id!r})"


class Vocabulary:
    """House vocabulary from configuration: accepted and rejected words."""

    __slots__ = ("accept", "reject")

    def __init__(self, accept: Iterable[str] = (), reject: Iterable[str] = ()) -> None:
        self.accept = frozenset(w.lower() for w in accept)
        self.reject = frozenset(w.lower() for w in reject)

    def accepts(self, word: str) -> bool:
        return word.lower() in self.accept

    def rejects(self, word: str) -> bool:
        return word.lower() in self.reject


# --- declaring Python rules ------------------------------------------------

_PYTHON_RULES: list[Rule] = []


def bad(
    text: str, *, count: int | None = None, fixed: str | None = None, layout: str = "fragment", **options: Any
) -> Example:
    return Example(text, True, count=count, fixed=fixed, layout=layout, options=options)


def good(text: str, *, layout: str = "fragment", **options: Any) -> Example:
    return Example(text, False, layout=layout, options=options)


def rule(
    id: str,
    *,
    severity: str,
    summary: dict[str, str] | str,
    message: dict[str, str] | str,
    examples: list[Example],
    authority: str = "",
    docs: dict[str, str] | str | None = None,
    options: dict[str, Any] | None = None,
    enabled: bool = True,
    fixable: bool = False,
    measured: str = "",
    genres: frozenset[str] | None = None,
    reads_residue: bool = False,
) -> Callable[[CheckFn], CheckFn]:
    """Declare a Python check.  The decorated function is ``check(doc, ctx)``."""

    def deco(fn: CheckFn) -> CheckFn:
        meta = RuleMeta(
            id=id,
            severity=Severity.parse(severity),
            summary=bilingual(summary, "summary"),
            message=bilingual(message, "message"),
            enabled=enabled,
            docs=bilingual(docs, "docs"),
            authority=authority,
            examples=list(examples),
            options=dict(options or {}),
            fixable=fixable,
            origin=f"{fn.__module__}.{fn.__qualname__}",
            measured=measured,
            genres=genres,
            reads_residue=reads_residue,
        )
        _PYTHON_RULES.append(Rule(meta, fn))
        return fn

    return deco


def python_rules() -> list[Rule]:
    return list(_PYTHON_RULES)


def iter_examples(r: Rule) -> Iterator[Example]:
    yield from r.meta.examples

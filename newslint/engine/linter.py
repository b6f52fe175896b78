"""Run the selected rules over a document and resolve their findings.

The linter owns everything between "a rule reported a span" and "a finding
a reporter can print": severity overrides, source offsets, line/column,
inline suppressions, the fix guard for direct quotations, sorting and
de-duplication.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path

from newslint.analysis.genre import CONFIG_KEY as GENRE_CONFIG_KEY
from newslint.analysis.genre import applies as genre_applies
from newslint.config import Config
from newslint.engine.finding import Finding, Fix, Severity
from newslint.engine.rule import Rule, RuleContext, Vocabulary
from newslint.lazyre import compile_cached
from newslint.model.document import Document

_SUPPRESS_RE = compile_cached(
    r"<!--\s*newslint-(?P<kind>disable-next-line|disable-line|disable|enable)\b(?P<rules>[^>]*?)(?:--\s*(?P<reason>[^>]*?))?\s*-->",
)


def matches_selector(rule_id: str, selector: str) -> bool:
    """``selector`` is a rule id, a family (``quote``) or ``*``/``all``."""
    selector = selector.strip()
    if selector in ("*", "all", "ALL"):
        return True
    return rule_id == selector or rule_id.split("/", 1)[0] == selector.rstrip("/")


class UnknownSelectorError(ValueError):
    """A rule id or family given to ``select``/``ignore`` that no loaded rule has.

    A typo there would otherwise check nothing (or ignore nothing) in silence.
    ``problems`` holds (selector, close matches) pairs.
    """

    def __init__(self, problems: list[tuple[str, list[str]]]) -> None:
        self.problems = problems
        super().__init__(describe_unknown_selectors(problems, "en"))

    def __reduce__(self) -> tuple[type, tuple[list[tuple[str, list[str]]]]]:
        # raised in a pool worker, it travels to the main process pickled: rebuilt from ``problems``
        return (type(self), (self.problems,))


#: Families whose findings come from outside the rule set (the LanguageTool adapter's
#: languagetool/<LT rule id>): selecting them is never a typo.
EXTERNAL_FAMILIES = ("languagetool",)


def unknown_selectors(selectors: list[str] | None, rule_ids: list[str] | set[str]) -> list[tuple[str, list[str]]]:
    """(selector, up to three close rule ids or families) for each selector that matches no rule."""
    ids = sorted(set(rule_ids))
    families = sorted({i.split("/", 1)[0] for i in ids})
    problems = []
    for raw in selectors or []:
        s = raw.strip()
        if not s or s.split("/", 1)[0] in EXTERNAL_FAMILIES or any(matches_selector(i, s) for i in ids):
            continue
        import difflib  # only for a selector that matches nothing

        close = difflib.get_close_matches(s, ids + families, n=3, cutoff=0.6)
        if not close:  # a rule name without its family: "repeated-word" for typo/repeated-word
            close = [i for i in ids if i.split("/", 1)[-1] == s or s in i][:3]
        problems.append((s, close))
    return problems


def describe_unknown_selectors(problems: list[tuple[str, list[str]]], lang: str) -> str:
    """One line naming each unknown selector, with a "did you mean" hint, in ``lang``."""
    parts = []
    for s, close in problems:
        if lang == "en":
            hint = f" (did you mean {', '.join(close)}?)" if close else " (see 'newslint rules')"
            parts.append(f"unknown rule or family {s!r}{hint}")
        else:
            hint = f" (maksudnya {', '.join(close)}?)" if close else " (lihat 'newslint rules')"
            parts.append(f"aturan atau keluarga {s!r} tidak dikenal{hint}")
    return "; ".join(parts)


@dataclass
class ActiveRule:
    rule: Rule
    severity: Severity
    options: dict
    #: (rule options, house switches, the two merged): see Linter._context_options
    merged: tuple[dict, dict, dict] | None = field(default=None, repr=False, compare=False)


@dataclass
class LintResult:
    findings: list[Finding]
    #: Rules that raised: (rule id, one-line message).  The run goes on.
    rule_errors: list[tuple[str, str]] = field(default_factory=list)


class Linter:
    """The configured set of rules for one run (one config)."""

    def __init__(
        self,
        rules: list[Rule],
        config: Config | None = None,
        *,
        lang: str | None = None,
        select: list[str] | None = None,
        ignore: list[str] | None = None,
        profile: dict[str, float] | None = None,
    ) -> None:
        self.config = config or Config()
        self.lang = lang or self.config.lang or "id"
        self.vocabulary = Vocabulary(self.config.accept, self.config.reject)
        self.profile = profile
        self.active: list[ActiveRule] = []
        ids = [r.id for r in rules]
        problems = unknown_selectors(select, ids) + unknown_selectors(ignore, ids)
        if problems:
            raise UnknownSelectorError(problems)
        for r in rules:
            setting = self.config.setting_for(r.id)
            enabled = r.meta.enabled if setting.enabled is None else setting.enabled
            if select:
                enabled = any(matches_selector(r.id, s) for s in select)
            if ignore and any(matches_selector(r.id, s) for s in ignore):
                enabled = False
            if not enabled:
                continue
            self.active.append(ActiveRule(r, setting.severity or r.meta.severity, setting.options))

    def rules_for(self, path: str | Path | None) -> list[ActiveRule]:
        if path is None or str(path).startswith("<") or not self.config.ignore:
            return self.active  # no per-file ignores configured: no path to resolve
        ignored = self.config.ignored_rules(Path(path))
        if not ignored:
            return self.active
        return [a for a in self.active if not any(matches_selector(a.rule.id, s) for s in ignored)]

    def _context_options(self, active: ActiveRule) -> dict:
        """House switches merged with the rule's configured options: once per run, not per document."""
        merged = active.merged
        house = self.config.house
        if merged is None or merged[0] is not active.options or merged[1] is not house:
            opts = {**house, **active.options} if active.rule.meta.options else active.options
            # the rule's own defaults under them, as RuleContext() would merge per draft
            opts = {**active.rule.meta.options, **opts}
            merged = active.merged = (active.options, house, opts)
        return merged[2]

    def lint(self, doc: Document) -> LintResult:
        raw: list[Finding] = []
        errors: list[tuple[str, str]] = []
        profile = self.profile
        lang, vocabulary, options_of = self.lang, self.vocabulary, self._context_options
        clock = time.perf_counter
        doc.cache[GENRE_CONFIG_KEY] = self.config.genre  # the draft's genre: front matter, then this, then detected
        for active in self.rules_for(doc.path):
            rule = active.rule
            ctx = RuleContext.prepared(rule, doc, options_of(active), lang, active.severity, vocabulary)
            t0 = clock() if profile is not None else 0.0
            try:
                found = rule.run(doc, ctx)
                # a sourcing rule on an opinion column, a balance rule on a match report: silent. The genre
                # is looked at only when such a rule has found something (a few drafts in a hundred).
                if found and rule.meta.genres is not None and not genre_applies(rule.meta.genres, doc):
                    found = []
                # text copied along with the page ("Baca juga: <another story's headline>") is deleted,
                # not corrected: only the rule that reports it looks inside it
                if found and not rule.meta.reads_residue and doc.residue:
                    in_residue = doc.in_residue
                    found = [f for f in found if not in_residue(f.start)]
                raw.extend(found)
            except Exception as exc:  # noqa: BLE001 - one broken rule must not stop the run
                errors.append((rule.id, f"{type(exc).__name__}: {exc}"))
            if profile is not None:
                profile[rule.id] = profile.get(rule.id, 0.0) + clock() - t0
        return LintResult(resolve(doc, raw) if raw else [], errors)


def resolve(doc: Document, raw: list[Finding]) -> list[Finding]:
    """Map prose offsets to the source, guard fixes, suppress, sort, de-duplicate."""
    n = len(doc.text)
    speech: bytearray | None = None  # built on the first fix: most drafts' findings carry none
    suppressions = parse_suppressions(doc)
    # plain text maps every offset to itself: no lookups per finding
    span = (lambda s, e: (s, e)) if doc.offset_map.is_identity else doc.source_span
    line_col, source = doc.line_col, doc.source
    out: dict[tuple, Finding] = {}
    for f in raw:
        start = min(max(f.start, 0), n)
        end = min(max(f.end, start), n)
        fix = f.fix
        if fix is not None:
            if speech is None:
                speech = _speech_mask(doc)
            fs, fe = min(max(fix.start, 0), n), min(max(fix.end, 0), n)
            if fe < fs or _touches_speech(speech, fs, fe):
                # never rewrite a speaker's own words; the finding stays
                fix = None
            else:
                ss, se = span(fs, fe)
                fix = Fix(ss, se, fix.replacement, fix.safety)
        s, e = span(start, end)
        f.start, f.end, f.fix = s, e, fix
        f.line, f.column = line_col(s)
        f.end_line, f.end_column = line_col(e)
        f.text = source[s:e]
        if suppressions and _suppressed(f, suppressions):
            continue
        key = (f.rule, s, e, f.message)
        if key not in out:
            out[key] = f
    found = _one_advice_per_span(list(out.values())) if len(out) > 1 else list(out.values())
    if len(found) > 1:
        found = _drop_word_findings_on_garbled_text(found)
    return sorted(found, key=Finding.sort_key)


#: Families that judge a word's spelling: a word that garbled encoding debris runs into
#: (*Melbourneâ€”*) is not misspelt, and the mojibake finding already says what to fix.
_WORD_FAMILIES = frozenset({"typo", "spelling"})


def _drop_word_findings_on_garbled_text(found: list[Finding]) -> list[Finding]:
    garbled = [(f.start, f.end) for f in found if f.rule == "structure/mojibake"]
    if not garbled:
        return found
    return [
        f for f in found if f.family not in _WORD_FAMILIES or not any(s < f.end and f.start < e for s, e in garbled)
    ]


#: When two rules give the same correction for the same span, the finding of the family listed first
#: is kept (after severity): a typing slip is told as a slip, not as a loanword pattern
#: (*ttersebut*), a bound form as a bound form (*antar negara*).
_FAMILY_PRECEDENCE = {"typo": 0, "usage": 1, "spelling": 2}


def _advice(f: Finding) -> str | None:
    if f.suggestions:
        return f.suggestions[0]
    return f.fix.replacement if f.fix is not None else None


def _one_advice_per_span(found: list[Finding]) -> list[Finding]:
    """Findings of different rules that say the same thing twice (same span, same first correction) are
    one finding for the editor: keep the most severe, then by family precedence, then by rule id."""
    if len({(f.start, f.end) for f in found}) == len(found):
        return found  # no two findings on one span: the common case
    best: dict[tuple[int, int, str], Finding] = {}
    kept: list[Finding] = []
    for f in found:
        advice = _advice(f)
        if advice is None:
            kept.append(f)
            continue
        key = (f.start, f.end, advice)
        other = best.get(key)
        if other is None or _precedence(f) < _precedence(other):
            best[key] = f
    kept.extend(best.values())
    return kept


def _precedence(f: Finding) -> tuple[int, int, str]:
    return (-f.severity.rank, _FAMILY_PRECEDENCE.get(f.family, len(_FAMILY_PRECEDENCE)), f.rule)


def _speech_mask(doc: Document) -> bytearray:
    """One byte per prose character, 1 inside a direct quotation: a lookup per fix instead of a
    scan over every quotation (quadratic on long drafts)."""
    speech = bytearray(len(doc.text))
    for q in doc.quotations:
        if not q.mark.is_single:
            speech[q.start : q.end] = b"\x01" * (q.end - q.start)
    return speech


def _touches_speech(speech: bytearray, fs: int, fe: int) -> bool:
    """True when the fix span overlaps a direct quotation (an insertion: when it falls strictly inside one)."""
    if fe > fs:
        return speech.find(1, fs, fe) != -1
    return 0 < fs < len(speech) and speech[fs - 1] == 1 and speech[fs] == 1


def parse_suppressions(doc: Document) -> list[tuple[str, int, int]]:
    """Inline suppression comments as (selector, first line, last line)."""
    if "newslint-" not in doc.source:
        return list(doc.suppressions)
    out = list(doc.suppressions)
    open_ranges: dict[str, int] = {}
    last_line = doc.source.count("\n") + 1
    for m in _SUPPRESS_RE.finditer(doc.source):
        kind = m.group("kind")
        selectors = [s for s in re.split(r"[,\s]+", m.group("rules") or "") if s] or ["*"]
        line, _ = doc.line_col(m.start())
        end_line, _ = doc.line_col(m.end())
        if kind == "disable-line":
            for s in selectors:
                out.append((s, line, end_line))
        elif kind == "disable-next-line":
            target = end_line + 1
            while target <= last_line and not doc.source_line(target).strip():
                target += 1
            for s in selectors:
                out.append((s, target, target))
        elif kind == "disable":
            for s in selectors:
                open_ranges.setdefault(s, end_line)
        else:  # enable
            for s in selectors:
                if s == "*":
                    for k, first in list(open_ranges.items()):
                        out.append((k, first, line))
                    open_ranges.clear()
                elif s in open_ranges:
                    out.append((s, open_ranges.pop(s), line))
    for s, first in open_ranges.items():
        out.append((s, first, last_line))
    return out


def _suppressed(f: Finding, suppressions: list[tuple[str, int, int]]) -> bool:
    return any(first <= f.line <= last and matches_selector(f.rule, sel) for sel, first, last in suppressions)

"""Declarative rules: YAML is data, never code.

A pack is a YAML file with a top-level ``rules:`` list.  Each entry has the
common keys (``id``, ``type``, ``severity``, ``summary``, ``message``,
``docs``, ``authority``, ``examples``, ``scope``, ``enabled``) and the keys
of its type:

``existence``
    ``tokens`` (literal words or phrases, matched on word boundaries) and/or
    ``patterns`` (regular expressions); optional ``highlight`` (group name or
    number to report instead of the whole match), ``suggest`` and
    ``replace`` (+ ``safety``) templates.
``substitution``
    ``swap``: a mapping ``wrong: right`` or a list of
    ``{match, replace, safety, note}``; ``safety`` is ``safe`` (fixed by
    ``--fix``), ``unsafe`` (``--unsafe-fixes``) or ``suggest`` (no fix).
    Case is carried over (``Aktifitas`` → ``Aktivitas``).  With the rule
    option ``skip_capitalized_midsentence: true`` a capitalised match that
    looks like a name (capitalised mid-sentence, or capitalised that way
    elsewhere in the document) is skipped unless its entry has
    ``capitalized: true`` (months, holidays, titles).
``occurrence``
    ``pattern`` counted per ``unit`` (``document``, ``paragraph``,
    ``sentence``); ``max`` / ``min``.
``repetition``
    the same word twice in a row; ``exceptions`` lists words allowed to
    repeat.
``consistency``
    ``groups``: lists of spellings of the same thing; when a document uses
    more than one, the minority spellings are reported.
``pattern``
    one ``pattern`` per ``unit`` (``sentence``, ``paragraph``, ``document``
    or ``text``), reported unless ``unless`` (a regex) matches in the same
    unit.

``scope`` names zones (``kicker``, ``headline``, ``deck``, ``dateline``,
``lead``, ``body``, ``heading``, ``blockquote``) and/or ``quotation`` /
``outside-quotation``.  Matches inside URLs, e-mail addresses, domains,
hashtags and mentions are never reported.  ``genres`` (a genre or a list,
see docs/configuration.md) limits the rule to drafts of those story genres.
"""

from __future__ import annotations

import bisect
import contextvars
import hashlib
import importlib.util
import marshal
import os
import re
import sys
import time
from collections import Counter
from itertools import compress
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import Any

from newslint.cache import cache_dir, write_atomically
from newslint.engine.finding import Severity
from newslint.engine.prefilter import (
    LiteralPlan,
    Requires,
    Triggers,
    anchored_finditer,
    literal_plan,
    live_triggers,
    pattern_triggers,
    phrase_trigger,
    phrase_words,
    planned_finditer,
    required_words,
    requirements,
    word_index,
)
from newslint.engine.rule import Example, Rule, RuleContext, RuleMeta, bilingual
from newslint.lazyre import lazy_compile
from newslint.model.document import PROSE_ZONES, Document, TokenKind, Zone

RULE_TYPES = ("existence", "substitution", "occurrence", "repetition", "consistency", "pattern")
COMMON_KEYS = {
    "id",
    "type",
    "severity",
    "summary",
    "message",
    "docs",
    "authority",
    "examples",
    "scope",
    "enabled",
    "ignorecase",
    "options",
    "measured",
    "genres",
}
TYPE_KEYS: dict[str, set[str]] = {
    "existence": {"tokens", "patterns", "highlight", "suggest", "replace", "safety"},
    "substitution": {"swap", "regex"},
    "occurrence": {"pattern", "unit", "max", "min"},
    "repetition": {"exceptions"},
    "consistency": {"groups"},
    "pattern": {"pattern", "unit", "unless", "highlight", "suggest", "replace", "safety"},
}
QUOTE_SCOPES = {"quotation", "outside-quotation"}
ZONE_NAMES = {z.value for z in Zone}

# Word boundaries: a hyphen joins words ("anak-anak"); an apostrophe joins
# them only between letters ("Jum'at"), so a word inside single quotation
# marks ('resiko') is still a word.
WORD_L = r"(?<![\w\-])(?<!\w['’])"
WORD_R = r"(?![\w\-])(?!['’]\w)"
_PROTECTED = frozenset((TokenKind.URL, TokenKind.EMAIL, TokenKind.DOMAIN, TokenKind.HASHTAG, TokenKind.MENTION))
_token_kind = attrgetter("kind")


class RuleLoadError(Exception):
    """A rule file that cannot be loaded; the message names file and rule."""


def protected_mask(doc: Document) -> bytearray:
    """1 for characters inside URLs, e-mails, domains, hashtags and mentions.

    Built on first use (rules ask for it when they have a match to vet) and kept in
    ``doc.cache``; the protected tokens are picked out in C (``map`` over the kinds,
    ``compress``), not by a Python loop over every token."""
    mask = doc.cache.get("protected_mask")
    if mask is None:
        mask = bytearray(len(doc.text))
        tokens = doc.tokens
        if not _PROTECTED.isdisjoint(map(_token_kind, tokens)):
            for t in compress(tokens, map(_PROTECTED.__contains__, map(_token_kind, tokens))):
                mask[t.start : t.end] = b"\x01" * (t.end - t.start)
        doc.cache["protected_mask"] = mask
    return mask


def touches_protected(doc: Document, start: int, end: int) -> bool:
    """True when ``doc.text[start:end]`` overlaps a URL, e-mail, domain, hashtag or mention
    (offsets as in a slice; ``bytearray.find`` tests the span without copying it)."""
    return protected_mask(doc).find(1, start, end) != -1


class Scope:
    """Where a rule looks: zones and inside/outside quotations."""

    def __init__(self, names: list[str] | None) -> None:
        names = list(names or [])
        zones = {n for n in names if n in ZONE_NAMES}
        self.zones = frozenset(Zone(z) for z in zones) if zones else PROSE_ZONES
        self.dateline = Zone.DATELINE in self.zones
        self.quote = "quotation" in names
        self.outside = "outside-quotation" in names

    def accepts(self, doc: Document, start: int, end: int) -> bool:
        zone = doc.zone_of(start)
        if zone is None:
            return False
        if zone is Zone.DATELINE and not self.dateline:
            return False
        if zone is not Zone.DATELINE and zone not in self.zones:
            return False
        if self.quote or self.outside:
            inside = doc.in_quote(start, end)
            if self.quote and not inside:
                return False
            if self.outside and inside:
                return False
        return not touches_protected(doc, start, end)


def match_case(template: str, original: str) -> str:
    """Carry the case pattern of ``original`` over to the replacement: all capitals (``TAPI`` →
    ``TETAPI``), every word capitalised (``Olah Raga`` → ``Olahraga``; ``Di Mana Pun``), or a
    capital first letter (``Tapi`` → ``Tetapi``).  A replacement that already starts with a
    capital (a name) keeps its own case."""
    if original.isupper() and sum(c.isalpha() for c in original) > 1:
        return template.upper()
    words = original.split()
    if len(words) > 1 and all(w[:1].isupper() for w in words if w[:1].isalpha()):
        return title_words(template)
    if original[:1].isupper() and not template[:1].isupper():
        return template[:1].upper() + template[1:]
    return template


def title_words(text: str) -> str:
    """Every space-separated word of ``text`` with a capital first letter."""
    return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))


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

    def __init__(self, rx: Any, owner: _YamlCheck) -> None:
        self._rx = rx
        self._owner = owner

    @classmethod
    def compile(cls, owner: _YamlCheck, pattern: str) -> _TimedPattern:
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


def _timed_run(check: _YamlCheck) -> Any:
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


# A capital after these marks (or at the start of a sentence) says nothing about names.
_OPENERS = "\"“”‘’'([{:;—–-•*"
_TITLE_BEFORE = re.compile(r"(?:\b[A-Z]|\b(?:Mr|Mrs|Ms|Dr|dr|drg|Prof|Ir|Hj|H|St|Jr|Sr))\.$")
#: Characters of the text before a word that decide _TITLE_BEFORE: its longest match ("Prof.")
#: plus the character its \b looks at, with room to spare.
_TITLE_WINDOW = 8


# Function words a title-case headline leaves in lower case.
_TITLE_LOWER = frozenset(
    """
    dari pada yang untuk dengan dalam oleh bagi soal usai jadi akan atau terhadap kepada tentang sebagai
    antara tanpa hingga sampai ketika saat setelah sebelum karena agar supaya tetapi namun bahwa serta
    juga masih sudah belum tidak bukan lagi jelang sejak demi menuju seusai atas
    """.split()
)


_HEADLINE_ZONES = frozenset({Zone.HEADLINE, Zone.DECK, Zone.HEADING, Zone.KICKER})


def _capitals_mean_names(doc: Document, sent_index: int) -> bool:
    """False for title-case or all-caps headlines, where capitals mark no names.

    A line counts as title case when no word of four letters or more other
    than a function word is written in lower case.  Only headline-like zones
    qualify: a title-case line in the body is usually a list of names.
    """
    cache = doc.cache.setdefault("subst_titlecase", {})
    if sent_index not in cache:
        sent = doc.sentences[sent_index]
        if doc.paragraphs[sent.paragraph].zone not in _HEADLINE_ZONES:
            cache[sent_index] = True
            return True
        words = [t.text for t in doc.sentence_tokens(sent) if t.kind is TokenKind.WORD and len(t.text) > 3]
        lower = [w for w in words if w[:1].islower() and w.lower() not in _TITLE_LOWER]
        # one stray lower-case word in a long title-case line is a slip, not sentence case
        cache[sent_index] = len(lower) > len(words) // 6 or len(words) < 2
    return cache[sent_index]


def _title_line(doc: Document, start: int) -> bool:
    """True inside a headline-like line written in title case (every content word capitalised)."""
    sent = doc.sentence_at(start)
    return (
        sent is not None
        and doc.paragraphs[sent.paragraph].zone in _HEADLINE_ZONES
        and not _capitals_mean_names(doc, sent.index)
    )


def _midsentence_capital(doc: Document, start: int) -> bool:
    """True when the capitalised word at ``start`` stands mid-sentence in running prose."""
    sent = doc.sentence_at(start)
    if sent is None:
        return False
    # the sentence up to the word, right-stripped, is only looked at at its end: find that end
    # rather than copy the sentence so far for every capitalised word
    text, first, end = doc.text, sent.start, start
    while end > first and text[end - 1].isspace():
        end -= 1
    if end == first or text[end - 1] in _OPENERS:
        return False
    if _TITLE_BEFORE.search(text[max(first, end - _TITLE_WINDOW) : end]):  # "M. Syah", "Dr. Rizki": a name follows
        return True
    return _capitals_mean_names(doc, sent.index)


_token_text = attrgetter("text")
_first_char = itemgetter(slice(0, 1))  # text[:1]


def _names_in(doc: Document) -> frozenset[str]:
    """Lower-cased words the document capitalises mid-sentence: evidence that they are names."""
    names = doc.cache.get("subst_names")
    if names is None:
        found = set()
        tokens = doc.tokens
        # the capitalised tokens are picked out in C (map, compress): most tokens are lower case
        for t in compress(tokens, map(str.isupper, map(_first_char, map(_token_text, tokens)))):
            if t.kind is TokenKind.WORD:
                low = t.text.lower()
                if low not in found and _midsentence_capital(doc, t.start):  # a name recurs: decide it once
                    found.add(low)
        names = doc.cache["subst_names"] = frozenset(found)
    return names


def _has_lower(doc: Document, sent_index: int) -> bool:
    sent = doc.sentences[sent_index]
    return any(t.kind is TokenKind.WORD and not t.text.isupper() for t in doc.sentence_tokens(sent))


def looks_like_name(doc: Document, start: int, word: str) -> bool:
    """A capitalised word that is probably a name rather than a misspelt common word."""
    if not word[:1].isupper():
        return False
    first = word.split()[0]
    sent = doc.sentence_at(start)
    if len(first) > 1 and first.isupper() and sent is not None and _has_lower(doc, sent.index):
        return True  # an acronym or initials in mixed-case text ("YG"); an all-caps line is checked
    return _midsentence_capital(doc, start) or _capitalised_elsewhere(doc, first.lower())


#: Words a draft is asked about one by one before all its names are decided at once (_names_in).
_NAME_QUERIES = 8


def _capitalised_elsewhere(doc: Document, low: str) -> bool:
    """``low in _names_in(doc)``, decided for this one word: most drafts ask about one or two words
    (a sentence-initial "Tapi"), and deciding every capitalised word of the draft costs far more
    than finding this word's tokens (in C: map, compress) and deciding those."""
    names = doc.cache.get("subst_names")
    if names is not None:
        return low in names
    asked = doc.cache.setdefault("subst_name_words", {})
    found = asked.get(low)
    if found is None:
        if len(asked) >= _NAME_QUERIES:
            return low in _names_in(doc)
        tokens = doc.tokens
        found = asked[low] = any(
            t.kind is TokenKind.WORD and t.text[:1].isupper() and _midsentence_capital(doc, t.start)
            for t in compress(tokens, map(low.__eq__, map(str.lower, map(_token_text, tokens))))
        )
    return found


def _trie_pattern(phrases: list[str]) -> str:
    """One regex for many literal phrases, sharing prefixes; longer phrases are tried first.

    Words of a phrase are separated by ``\\s+`` as in a single-phrase match.
    """
    root: dict[str, dict] = {}
    for phrase in phrases:
        node = root
        for ch in " ".join(phrase.split()):
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, dict]) -> str:
        branches = [(r"\s+" if ch == " " else re.escape(ch)) + emit(child) for ch, child in node.items() if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:  # a phrase may end here: the longer continuation is optional
            return f"(?:{body})?" if len(branches) == 1 else body + "?"
        return body

    return emit(root)


class SubstitutionCheck(_YamlCheck):
    def __init__(self, spec: dict[str, Any], origin: str) -> None:
        super().__init__(spec, origin)
        swap = spec.get("swap")
        entries: list[dict[str, Any]] = []
        if isinstance(swap, dict):
            entries = [{"match": k, "replace": v} for k, v in swap.items()]
        elif isinstance(swap, list):
            for e in swap:
                if not isinstance(e, dict) or "match" not in e or "replace" not in e:
                    raise RuleLoadError(f"{origin}: rule {spec.get('id')}: each swap entry needs 'match' and 'replace'")
                entries.append(e)
        else:
            raise RuleLoadError(f"{origin}: rule {spec.get('id')}: substitution needs 'swap'")
        self.entries = entries
        is_regex = bool(spec.get("regex"))
        self.is_regex = is_regex
        if is_regex:
            alts = [f"(?P<s{i}>(?:{e['match']}){WORD_R})" for i, e in enumerate(entries)]
            # the shared word-start assertion goes in front once (see ExistenceCheck): a
            # position inside a word then fails in one step rather than once per entry
            self.regex = self.compile(WORD_L + "(?:" + "|".join(alts) + ")") if alts else None
            self.set_plan(
                [
                    (pattern_triggers(m, self.flags, bounded=True), required_words(m, self.flags, bounded=True))
                    for m in (str(e["match"]) for e in entries)
                ]
            )
            return
        # Literal lists can run to hundreds of words: one alternative per word
        # costs ~1 s per article, so the words are merged into a prefix trie
        # and a match is mapped back to its entry by its normalised text.
        self.lookup: dict[str, int] = {}
        for i, e in enumerate(entries):
            self.lookup.setdefault(self._key(str(e["match"])), i)
        trie = _trie_pattern(list(self.lookup))
        self.regex = self.compile(f"{WORD_L}{trie}{WORD_R}") if trie else None
        self.set_plan([(_phrase_triggers(k), phrase_words(k)) for k in self.lookup])

    def _key(self, text: str) -> str:
        key = " ".join(text.split())
        return key.lower() if self.flags & re.IGNORECASE else key

    def __call__(self, doc: Document, ctx: RuleContext) -> None:
        if self.regex is None:
            return
        skip_names = bool(ctx.options.get("skip_capitalized_midsentence", False))
        for m in self.matches(doc):
            if self.is_regex:
                if m.lastgroup is None:
                    continue
                entry = self.entries[int(m.lastgroup[1:])]
            else:
                index = self.lookup.get(self._key(m.group()))
                if index is None:
                    continue
                entry = self.entries[index]
            start, end = m.span()
            if not self.scope.accepts(doc, start, end):
                continue
            found = m.group()
            if skip_names and not entry.get("capitalized") and looks_like_name(doc, start, found):
                continue
            repl = str(entry["replace"])
            if self.is_regex:
                repl = _expand(repl, m) or repl
            if found[:1].isupper() and " " in repl and (_midsentence_capital(doc, start) or _title_line(doc, start)):
                # a title mid-sentence keeps every word capitalised: "Walikota Medan" → "Wali Kota Medan";
                # so does every word of a title-case headline
                repl = title_words(repl)
            repl = match_case(repl, found)
            if repl == found:
                continue
            safety = str(entry.get("safety", "safe"))
            alternatives = [match_case(r.strip(), found) for r in repl.split("|")]
            ctx.report(
                start,
                end,
                args={"match": found, "suggestion": " / ".join(alternatives), "note": entry.get("note", "")},
                suggestions=alternatives,
                replacement=alternatives[0] if safety in ("safe", "unsafe") and len(alternatives) == 1 else None,
                safety=safety if safety in ("safe", "unsafe") else "unsafe",
            )


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


def _units(doc: Document, unit: str) -> list[tuple[int, int]]:
    if unit == "sentence":
        return [(s.start, s.end) for s in doc.sentences]
    if unit == "paragraph":
        return [(p.start, p.end) for p in doc.paragraphs]
    if unit in ("document", "text"):
        return [(0, len(doc.text))]
    raise RuleLoadError(f"unknown unit {unit!r}")


def _units_holding(units: list[tuple[int, int]], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The units that hold one of the (sorted) ``spans`` whole: a match lies inside its unit, so a
    unit without a required literal cannot have one.  Sentences and paragraphs are sorted and
    disjoint; should units ever overlap, all are kept."""
    if not spans:
        return []
    if any(units[i][1] > units[i + 1][0] for i in range(len(units) - 1)):
        return units
    starts = [u[0] for u in units]
    keep: list[tuple[int, int]] = []
    last = -1
    for s, e in spans:
        i = bisect.bisect_right(starts, s) - 1
        if i > last and e <= units[i][1]:
            keep.append(units[i])
            last = i
    return keep


_CHECKS: dict[str, type[_YamlCheck]] = {
    "existence": ExistenceCheck,
    "substitution": SubstitutionCheck,
    "occurrence": OccurrenceCheck,
    "repetition": RepetitionCheck,
    "consistency": ConsistencyCheck,
    "pattern": PatternCheck,
}


def _examples(spec: dict[str, Any], origin: str) -> list[Example]:
    ex = spec.get("examples") or {}
    if not isinstance(ex, dict):
        raise RuleLoadError(f"{origin}: rule {spec.get('id')}: 'examples' must be a mapping with 'bad' and 'good'")
    out: list[Example] = []
    for key, is_bad in (("bad", True), ("good", False)):
        for item in ex.get(key) or []:
            if isinstance(item, str):
                out.append(Example(item, is_bad))
            elif isinstance(item, dict) and "text" in item:
                out.append(
                    Example(
                        str(item["text"]),
                        is_bad,
                        count=item.get("count"),
                        fixed=item.get("fixed"),
                        layout=str(item.get("layout", "fragment")),
                        options=dict(item.get("options") or {}),
                        note=str(item.get("note", "")),
                    )
                )
            else:
                raise RuleLoadError(f"{origin}: rule {spec.get('id')}: an example must be a string or have 'text'")
    return out


_ID_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$")


def rule_from_spec(spec: dict[str, Any], origin: str) -> Rule:
    if not isinstance(spec, dict):
        raise RuleLoadError(f"{origin}: each rule must be a mapping")
    rid = spec.get("id")
    if not isinstance(rid, str) or not _ID_RE.match(rid):
        raise RuleLoadError(f"{origin}: rule id {rid!r} must look like 'family/name' (lower-case, hyphens)")
    rtype = spec.get("type")
    if rtype not in _CHECKS:
        raise RuleLoadError(f"{origin}: rule {rid}: unknown type {rtype!r} (one of {', '.join(RULE_TYPES)})")
    unknown = set(spec) - COMMON_KEYS - TYPE_KEYS[rtype]
    if unknown:
        raise RuleLoadError(f"{origin}: rule {rid}: unknown key(s) {', '.join(sorted(unknown))} for type {rtype}")
    scope = spec.get("scope") or []
    bad_scope = [s for s in scope if s not in ZONE_NAMES and s not in QUOTE_SCOPES]
    if bad_scope:
        raise RuleLoadError(f"{origin}: rule {rid}: unknown scope {', '.join(map(str, bad_scope))}")
    try:
        severity = Severity.parse(str(spec.get("severity", "warning")))
    except ValueError:
        raise RuleLoadError(f"{origin}: rule {rid}: severity must be error, warning or info") from None
    if "message" not in spec or "summary" not in spec:
        raise RuleLoadError(f"{origin}: rule {rid}: 'summary' and 'message' are required")
    genres = _genres(spec.get("genres"), origin, rid)
    try:
        check = _CHECKS[rtype](spec, origin)
        fixable = rtype in ("substitution", "repetition") or bool(spec.get("replace"))
        meta = RuleMeta(
            id=rid,
            severity=severity,
            summary=bilingual(spec["summary"], "summary"),
            message=bilingual(spec["message"], "message"),
            enabled=bool(spec.get("enabled", True)),
            docs=bilingual(spec.get("docs"), "docs"),
            authority=str(spec.get("authority", "")),
            examples=_examples(spec, origin),
            options=dict(spec.get("options") or {}),
            fixable=fixable,
            origin=origin,
            measured=str(spec.get("measured", "")),
            genres=genres,
        )
    except ValueError as exc:
        raise RuleLoadError(f"{origin}: rule {rid}: {exc}") from None
    return Rule(meta, _timed_run(check) if _CUSTOM.get() else check)


def _genres(value: Any, origin: str, rid: str) -> frozenset[str] | None:
    """``genres: [news, roundup]``: the story genres the rule applies to (newslint.analysis.genre)."""
    if value is None:
        return None
    from newslint.analysis.genre import AUTO, GENRES, normalise

    names = [value] if isinstance(value, str) else value
    if not isinstance(names, list) or not names:
        raise RuleLoadError(f"{origin}: rule {rid}: genres must be a genre or a list of genres")
    found = [normalise(n) for n in names]
    if any(g is None or g == AUTO for g in found):
        raise RuleLoadError(f"{origin}: rule {rid}: unknown genre in {names!r} (known: {', '.join(GENRES)})")
    return frozenset(g for g in found if g is not None)


MAX_PACK_BYTES = 5_000_000


def load_pack(path: Path, *, custom: bool = False, errors: list[str] | None = None, lazy: bool = False) -> list[Rule]:
    """Load one YAML pack; raises :class:`RuleLoadError` naming the file.

    ``custom`` marks a user's pack: its patterns run under a time limit.
    ``lazy`` (the built-in packs) compiles each pattern on first use instead of
    here, so an invalid pattern is not reported at load time.
    With ``errors``, a broken rule is recorded there (``file:line: …``) and
    skipped while the pack's other rules load; without it the first one raises.
    """
    try:
        if path.stat().st_size > MAX_PACK_BYTES:
            raise RuleLoadError(f"{path}: rule pack too large (more than {MAX_PACK_BYTES:,} bytes)")
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleLoadError(f"{path}: cannot read rule pack: {exc}") from None
    data, lines = _cached_load(text, path)
    if data is None:
        return []
    if not isinstance(data, dict) or not isinstance(data.get("rules"), list):
        raise RuleLoadError(f"{path}: a rule pack needs a top-level 'rules:' list")
    rules: list[Rule] = []
    token = _CUSTOM.set(custom)
    lazy_token = _LAZY.set(lazy and not custom)
    try:
        for i, spec in enumerate(data["rules"]):
            origin = f"{path}:{lines[i]}" if i < len(lines) else str(path)
            try:
                rules.append(rule_from_spec(spec, origin))
            except RuleLoadError as exc:
                if errors is None:
                    raise
                errors.append(str(exc))
            except Exception as exc:  # noqa: BLE001 - a malformed value (a number for a list, …) must not crash the run
                msg = f"{origin}: rule {spec.get('id') if isinstance(spec, dict) else '?'}: malformed ({exc})"
                if errors is None:
                    raise RuleLoadError(msg) from None
                errors.append(msg)
    finally:
        _CUSTOM.reset(token)
        _LAZY.reset(lazy_token)
    return rules


def _cached_load(text: str, path: Path) -> tuple[Any, list[int]]:
    """:func:`_safe_load` through a cache of its result.

    Parsing and vetting the YAML packs is a good part of a cold start, so the
    result is kept in the user's cache folder, keyed by a hash of the pack's
    text (an edited pack gets a new key; only packs that loaded cleanly are
    stored).  ``marshal`` holds plain data only (loading constructs no
    objects, unlike pickle).  Any problem with the cache (no home, a
    read-only folder, a damaged file, data marshal cannot hold) falls back to
    parsing: the cache can only save time, never change a result.
    """
    folder = cache_dir()
    if folder is None:
        return _safe_load(text, path)
    tag = f"{_yaml_identity()}:{sys.version_info[:2]}:".encode()
    key = hashlib.blake2b(tag + text.encode("utf-8"), digest_size=16).hexdigest()
    cached = folder / f"{key}.marshal"
    try:
        data, lines = marshal.loads(cached.read_bytes())
        return data, list(lines)
    except (OSError, ValueError, EOFError, TypeError):
        pass
    result = _safe_load(text, path)
    try:
        write_atomically(cached, marshal.dumps(result))
    except (OSError, ValueError):
        pass
    return result


def _yaml_identity() -> str:
    """Which PyYAML would parse a pack (its installed files), found without importing it:
    a cache hit then never imports PyYAML, 10 ms of every start-up."""
    spec = importlib.util.find_spec("yaml")
    origin = spec.origin if spec is not None else None
    if not origin:
        return "no-yaml"
    st = os.stat(origin)
    return f"{origin}:{st.st_mtime_ns}:{st.st_size}"


def _safe_load(text: str, path: Path) -> tuple[Any, list[int]]:
    """YAML through the safe loader, aliases refused (no alias bombs); also the
    1-based line of each entry of the ``rules:`` list, for error messages."""
    import yaml

    from newslint.config import MAX_YAML_DEPTH, duplicate_key, has_alias, yaml_too_deep

    try:
        if yaml_too_deep(text):
            raise RuleLoadError(f"{path}: YAML nested more than {MAX_YAML_DEPTH} levels deep; refused")
    except yaml.YAMLError:
        pass  # reported with its line by the loader below
    loader = _loader()(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, []
        if has_alias(node):
            raise RuleLoadError(f"{path}: YAML aliases (*name) are not allowed in rule packs")
        dup = duplicate_key(node)
        if dup is not None:
            raise RuleLoadError(f"{path}:{dup[1]}: key {dup[0]!r} given twice in the same mapping")
        lines: list[int] = []
        if isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                if getattr(k, "value", None) == "rules" and isinstance(v, yaml.SequenceNode):
                    lines = [item.start_mark.line + 1 for item in v.value]
        return loader.construct_document(node), lines
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        raise RuleLoadError(f"{path}{where}: invalid YAML: {getattr(exc, 'problem', None) or exc}") from None
    except RecursionError:
        raise RuleLoadError(f"{path}: YAML nested too deeply") from None
    finally:
        loader.dispose()


def _loader() -> type:
    import yaml

    return getattr(yaml, "CSafeLoader", yaml.SafeLoader)

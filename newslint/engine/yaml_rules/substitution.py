"""The ``substitution`` rule type: a wrong form and its replacement, case carried over."""

from __future__ import annotations

import marshal
import re
from typing import Any

from newslint.cache import blake2b
from newslint.engine.prefilter import kept_derivation, pattern_triggers, phrase_words, required_words
from newslint.engine.rule import RuleContext
from newslint.engine.yaml_rules.base import _expand, _phrase_triggers, _YamlCheck
from newslint.engine.yaml_rules.names import _midsentence_capital, _title_line, looks_like_name
from newslint.engine.yaml_rules.schema import RuleLoadError
from newslint.engine.yaml_rules.scope import WORD_L, WORD_R
from newslint.engine.yaml_rules.timeout import _LAZY
from newslint.lang.lexicon import get_lexicon
from newslint.lang.register import in_colloquial_speech, in_written_text, spoken_variant
from newslint.model.document import Document


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


#: The trie cache's kind: a hash of the builder's code, so an edited builder never meets an old trie.
_TRIE_KIND = "trie:" + blake2b(marshal.dumps(_trie_pattern.__code__), digest_size=8).hexdigest()


def _kept_trie_pattern(phrases: list[str]) -> str:
    """:func:`_trie_pattern` through the cache folder (a built-in pack's tries were a few milliseconds
    of every start-up)."""
    if any("\n" in p for p in phrases):
        return _trie_pattern(phrases)
    return kept_derivation(_TRIE_KIND, "\n".join(phrases), lambda key: _trie_pattern(key.split("\n")))


class SubstitutionCheck(_YamlCheck):
    def __init__(self, spec: dict[str, Any], origin: str) -> None:
        super().__init__(spec, origin)
        # decided once: a RegexFlag "&" runs Python code in the enum module, and _key runs for
        # every entry at load time and every match
        self._folds_case = bool(self.flags & re.IGNORECASE)
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
        # built-in packs (loaded lazily) keep their tries in the cache folder; a user's pack does not
        trie = (_kept_trie_pattern if _LAZY.get() else _trie_pattern)(list(self.lookup))
        self.regex = self.compile(f"{WORD_L}{trie}{WORD_R}") if trie else None
        self.set_plan([(_phrase_triggers(k), phrase_words(k)) for k in self.lookup])

    def _key(self, text: str) -> str:
        key = " ".join(text.split())
        return key.lower() if self._folds_case else key

    def __call__(self, doc: Document, ctx: RuleContext) -> None:
        if self.regex is None:
            return
        skip_names = bool(ctx.options.get("skip_capitalized_midsentence", False))
        keep_spoken = bool(ctx.options.get("spoken_variants_in_colloquial_speech", False))
        keep_written = bool(ctx.options.get("verbatim_written_text", False))
        english_group = ctx.options.get("english_word_group") if self.is_regex else None
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
            if (
                found[:1].isupper()
                and " " in repl
                and (
                    _midsentence_capital(doc, start)
                    or _title_line(doc, start)
                    or (entry.get("title") and _before_name(doc.text, end))
                )
            ):
                # a title mid-sentence keeps every word capitalised: "Walikota Medan" → "Wali Kota Medan";
                # so does every word of a title-case headline, and an entry marked as a title that opens a
                # sentence before the name it belongs to ("Walikota Bandung meresmikan …"; "Orangtua Avan" is no title)
                repl = title_words(repl)
            repl = match_case(repl, found)
            if repl == found:
                continue
            if keep_spoken and spoken_variant(found, repl) and in_colloquial_speech(doc, start):
                continue  # the speaker's pronunciation, transcribed: "cabe" in a trader's "… mahal banget"
            after = entry.get("unless_after")
            if after and _word_before(doc.text, start) in after.split():
                continue  # the homograph the word before it selects: masih sangsi "still doubtful", no sanksi
            if english_group and _english_only(m.groupdict().get(english_group)):
                continue  # an English term in the copy (non-delivery forward): the Indonesian rule is not its
            if keep_written and in_written_text(doc, start):
                continue  # a post or a book quoted word for word: its spelling is its author's
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


def _word_before(text: str, start: int) -> str:
    """The lower-case word right before ``start``, with only spaces between (``""`` after punctuation)."""
    seg = text[max(0, start - 30) : start]
    if not seg.endswith(" "):
        return ""
    words = seg.split()
    return words[-1].lower() if words and words[-1].isalpha() else ""


def _english_only(word: str | None) -> bool:
    """``word`` is an English word that no standard Indonesian source lists (*delivery*, *performing*)."""
    return bool(word) and get_lexicon().english_only(word.lower())


def _before_name(text: str, end: int) -> bool:
    """The match is followed, one space on, by a capitalised word (a title before the name it heads)."""
    return text[end : end + 1] == " " and text[end + 1 : end + 2].isupper()

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
    ``capitalized: true`` (months, holidays, titles).  An entry with ``title: true``
    (a title such as *walikota*) capitalises every word of its replacement when a
    capitalised word follows it (*Walikota Medan* → *Wali Kota Medan*).  With the
    option ``spoken_variants_in_colloquial_speech: true`` a match that differs from
    its replacement by its vowels alone (*cabe*/*cabai*) is skipped inside a
    colloquial direct quotation (:mod:`newslint.lang.register`).  With the option
    ``verbatim_written_text: true`` a match inside a written text quoted word for word
    (a post, a caption, a book: ``"…," tulis akun X``; a block after ``Berikut narasi
    yang dibagikan:``) is skipped: its spelling is its author's.
    With ``english_word_group: NAME`` (regex swaps) a match whose group ``NAME``
    is an English word that no standard Indonesian source lists is skipped
    (*non-delivery forward*: an English term, not an Indonesian bound form).
    An entry with ``unless_after: "w1 w2 …"`` is skipped right after one of those
    words (a homograph the word before selects: *masih sangsi* "still doubtful").
    ``swap_file``: the name of a file beside the pack with more pairs, one a line
    (``wrong<TAB>right[<TAB>suggest,capitalized]``), appended to ``swap``.
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

The package has one module per rule type (``existence.py``, ``substitution.py``,
``occurrence.py``, ``repetition.py``, ``consistency.py``, ``pattern.py``) on a
shared base (``base.py``), plus ``schema.py`` (keys and types), ``scope.py``
(zones, quotations, protected spans, units), ``names.py`` (is a capital a
name?), ``timeout.py`` (custom packs' time limit) and ``loading.py`` (packs,
their cache, the YAML safety checks).
"""

from __future__ import annotations

from newslint.engine.yaml_rules.base import _MatchReporter, _YamlCheck
from newslint.engine.yaml_rules.consistency import ConsistencyCheck
from newslint.engine.yaml_rules.existence import ExistenceCheck
from newslint.engine.yaml_rules.loading import MAX_PACK_BYTES, load_pack, rule_from_spec
from newslint.engine.yaml_rules.names import _capitalised_elsewhere, _names_in, looks_like_name
from newslint.engine.yaml_rules.occurrence import OccurrenceCheck
from newslint.engine.yaml_rules.pattern import PatternCheck
from newslint.engine.yaml_rules.repetition import RepetitionCheck
from newslint.engine.yaml_rules.schema import COMMON_KEYS, RULE_TYPES, TYPE_KEYS, RuleLoadError
from newslint.engine.yaml_rules.scope import WORD_L, WORD_R, Scope, protected_mask, touches_protected
from newslint.engine.yaml_rules.substitution import SubstitutionCheck, match_case, title_words
from newslint.engine.yaml_rules.timeout import CUSTOM_RULE_SECONDS, CUSTOM_RULE_SECONDS_PER_MB, RuleTimeout

__all__ = [
    "COMMON_KEYS",
    "CUSTOM_RULE_SECONDS",
    "CUSTOM_RULE_SECONDS_PER_MB",
    "MAX_PACK_BYTES",
    "RULE_TYPES",
    "TYPE_KEYS",
    "WORD_L",
    "WORD_R",
    "ConsistencyCheck",
    "ExistenceCheck",
    "OccurrenceCheck",
    "PatternCheck",
    "RepetitionCheck",
    "RuleLoadError",
    "RuleTimeout",
    "Scope",
    "SubstitutionCheck",
    "_MatchReporter",
    "_YamlCheck",
    "_capitalised_elsewhere",
    "_names_in",
    "load_pack",
    "looks_like_name",
    "match_case",
    "protected_mask",
    "rule_from_spec",
    "title_words",
    "touches_protected",
]

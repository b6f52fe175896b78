"""What a YAML rule may say: the rule types, the keys of each, the scope names; the load error."""

from __future__ import annotations

from newslint.model.document import Zone

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
    "substitution": {"swap", "swap_file", "regex"},
    "occurrence": {"pattern", "unit", "max", "min"},
    "repetition": {"exceptions"},
    "consistency": {"groups"},
    "pattern": {"pattern", "unit", "unless", "highlight", "suggest", "replace", "safety"},
}
QUOTE_SCOPES = {"quotation", "outside-quotation"}
ZONE_NAMES = {z.value for z in Zone}


class RuleLoadError(Exception):
    """A rule file that cannot be loaded; the message names file and rule."""

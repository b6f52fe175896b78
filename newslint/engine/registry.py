"""Where rules come from: Python checks in ``newslint.checks``, YAML packs in
``rules/`` (shipped inside the wheel), extra rule folders from configuration,
and plugins registered under the ``newslint.rules`` entry-point group."""

from __future__ import annotations

import importlib
import pkgutil
from functools import lru_cache
from pathlib import Path

from newslint.engine.rule import Rule, python_rules
from newslint.engine.yaml_rules import RuleLoadError, load_pack

PACKAGE_DIR = Path(__file__).resolve().parent.parent


def builtin_rules_dir() -> Path:
    """The YAML packs: ``rules/`` beside the package in a checkout, or
    ``newslint/_rules`` inside an installed wheel."""
    for candidate in (PACKAGE_DIR / "_rules", PACKAGE_DIR.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise RuleLoadError("the built-in rule packs are missing (rules/ not found beside the package)")


def _import_checks() -> None:
    import newslint.checks as checks

    for mod in sorted(pkgutil.iter_modules(checks.__path__), key=lambda m: m.name):
        if not mod.name.startswith("_"):
            importlib.import_module(f"newslint.checks.{mod.name}")


@lru_cache(maxsize=1)
def builtin_rules() -> tuple[Rule, ...]:
    """Every built-in rule, sorted by id.  Raises on duplicate ids."""
    _import_checks()
    rules: list[Rule] = list(python_rules())
    for pack in sorted(builtin_rules_dir().glob("*.yaml")):
        rules.extend(load_pack(pack, lazy=True))
    return tuple(_dedupe(rules))


def load_rule_dirs(dirs: list[Path]) -> tuple[list[Rule], list[str]]:
    """Rules from extra folders; broken packs are reported, not fatal."""
    rules: list[Rule] = []
    errors: list[str] = []
    for d in dirs:
        for pack in sorted(list(d.glob("*.yaml")) + list(d.glob("*.yml"))):
            try:
                rules.extend(load_pack(pack, custom=True, errors=errors))
            except RuleLoadError as exc:
                errors.append(str(exc))
    return rules, errors


def _dedupe(rules: list[Rule]) -> list[Rule]:
    seen: dict[str, Rule] = {}
    for r in rules:
        if r.id in seen:
            raise RuleLoadError(f"duplicate rule id {r.id}: {seen[r.id].meta.origin} and {r.meta.origin}")
        seen[r.id] = r
    return sorted(seen.values(), key=lambda r: r.id)


def all_rules(extra_dirs: list[Path] | None = None) -> tuple[list[Rule], list[str]]:
    """Built-in rules plus extra folders; returns (rules, load errors)."""
    rules = list(builtin_rules())
    errors: list[str] = []
    if extra_dirs:
        extra, errors = load_rule_dirs(extra_dirs)
        known = {r.id for r in rules}
        for r in extra:
            if r.id in known:
                errors.append(f"{r.meta.origin}: rule {r.id} duplicates a built-in rule id; skipped")
                continue
            known.add(r.id)
            rules.append(r)
    return sorted(rules, key=lambda r: r.id), errors

"""Python rule plugins: the one way Python code from outside newslint is run.

A plugin is an installed package that declares an entry point in the group
``newslint.rules`` (see docs/plugins.md).  Nothing is loaded just because it
is installed: a configuration file names the plugins it wants
(``plugins: [name]``).  Rule folders (``rule_dirs``) hold YAML only and YAML
never runs code, so a draft, a config or a rule pack cannot make newslint
import anything.

An entry point may refer to

* a callable returning rules (``newslint.engine.rule.Rule`` objects),
* a list or tuple of rules, or
* a module whose import declares rules with ``@rule`` (picked up from the
  registry of Python rules).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from importlib.metadata import EntryPoint, entry_points
from types import ModuleType

from newslint.engine.rule import Rule, python_rules

GROUP = "newslint.rules"
_ID_RE = re.compile(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$")


def available() -> dict[str, EntryPoint]:
    """Installed plugins by entry-point name (nothing is imported)."""
    return {ep.name: ep for ep in entry_points(group=GROUP)}


def load_plugins(names: Iterable[str], *, known_ids: Iterable[str] = ()) -> tuple[list[Rule], list[str]]:
    """Load the named plugins; returns (rules, one-line errors).

    A plugin that is missing, fails to import or returns something other
    than rules is reported and skipped; the built-in rules are unaffected.
    """
    installed = available()
    taken = set(known_ids)
    rules: list[Rule] = []
    errors: list[str] = []
    for name in names:
        ep = installed.get(name)
        if ep is None:
            have = ", ".join(sorted(installed)) or "none installed"
            errors.append(f"plugin {name!r}: not installed (entry point group {GROUP}: {have})")
            continue
        found = _load_one(ep)
        if isinstance(found, str):
            errors.append(f"plugin {name!r} ({ep.value}): failed to load: {found}")
            continue
        for r in found:
            if not isinstance(r, Rule) or not _ID_RE.match(r.id):
                errors.append(f"plugin {name!r} ({ep.value}): {r!r} is not a rule with an id like 'family/name'")
            elif r.id in taken:
                errors.append(f"plugin {name!r} ({ep.value}): rule {r.id} duplicates an existing rule id; skipped")
            else:
                taken.add(r.id)
                rules.append(r)
    return rules, errors


# one load per entry point per process: a module's @rule declarations happen
# only on its first import, so a second load would find no rules
_LOADED: dict[tuple[str, str], list[object] | str] = {}


def _load_one(ep: EntryPoint) -> list[object] | str:
    key = (ep.name, ep.value)
    if key not in _LOADED:
        before = len(python_rules())
        try:
            obj = ep.load()
            if isinstance(obj, ModuleType):
                _LOADED[key] = list(python_rules()[before:])
            elif callable(obj):
                _LOADED[key] = list(obj())
            else:
                _LOADED[key] = list(obj)
        except Exception as exc:  # noqa: BLE001 - a broken plugin must not stop the run
            _LOADED[key] = f"{type(exc).__name__}: {exc}"
    return _LOADED[key]

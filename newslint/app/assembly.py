"""Configuration → rule set → linter: the only place a linter is assembled.

A :class:`Session` finds and loads the configuration of each draft (an
explicit ``--config FILE``, or the nearest ``.newslint.yaml`` /
``pyproject.toml``), loads the rule set that configuration asks for (the
built-in rules, its ``rule_dirs`` packs and its ``plugins``) and builds one
linter per configuration. Problems loading a custom pack or plugin do not
stop a run: they become :attr:`Session.warnings` and :attr:`Session.broken`
(the findings are then incomplete, and the front ends exit 2).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newslint.config import Config
    from newslint.engine.linter import Linter
    from newslint.engine.rule import Rule


def split_selectors(values: Iterable[str] | None) -> list[str] | None:
    """``["a,b", "c"]`` → ``["a", "b", "c"]``; None when nothing is left (``--select``/``--ignore``)."""
    if not values:
        return None
    out = [v.strip() for item in values for v in item.split(",") if v.strip()]
    return out or None


def extra_rules(config: Config | None, known: set[str]) -> tuple[list[Rule], list[str], list[str]]:
    """The rules ``config`` adds to the ``known`` ones (its ``rule_dirs`` packs, then its plugins).

    Returns (rules, warnings, broken): one warning line per pack or plugin
    that failed to load; ``broken`` names what failed.
    """
    rules: list[Rule] = []
    warnings: list[str] = []
    broken: list[str] = []
    if config is None:
        return rules, warnings, broken
    ids = set(known)
    if config.rule_dirs:
        from newslint.engine.registry import load_rule_dirs

        extra, errors = load_rule_dirs(config.rule_dirs)
        warnings.extend(errors)
        broken.extend(errors)
        for r in extra:
            if r.id not in ids:
                rules.append(r)
                ids.add(r.id)
    if config.plugins:
        from newslint.plugins import load_plugins

        extra, errors = load_plugins(config.plugins, known_ids=ids)
        warnings.extend(f"{config.path}: {e}" for e in errors)
        broken.extend(errors)
        rules += extra
    return rules, warnings, broken


def build_linter(
    config: Config | None = None,
    *,
    lang: str | None = None,
    select: list[str] | None = None,
    ignore: list[str] | None = None,
    warnings: list[str] | None = None,
    broken: list[str] | None = None,
) -> Linter:
    """A linter for ``config`` with the built-in rules plus the config's rule packs and plugins.

    Load problems are appended to ``warnings``/``broken`` when given; an
    unknown ``select``/``ignore`` selector raises UnknownSelectorError.
    """
    from newslint.engine.linter import Linter
    from newslint.engine.registry import builtin_rules

    rules = list(builtin_rules())
    extra, warned, failed = extra_rules(config, {r.id for r in rules})
    if warnings is not None:
        warnings.extend(warned)
    if broken is not None:
        broken.extend(failed)
    return Linter(rules + extra, config, lang=lang, select=select, ignore=ignore)


class Session:
    """Configuration lookup and one linter per configuration, shared by every draft of a run.

    ``config``: an explicit configuration file (``--config``); ``no_config``:
    ignore every configuration file. Otherwise each draft uses the nearest
    configuration file above it (the working directory's for stdin).
    """

    def __init__(
        self,
        *,
        config: str | Path | None = None,
        no_config: bool = False,
        lang: str | None = None,
        select: list[str] | None = None,
        ignore: list[str] | None = None,
    ) -> None:
        from newslint.engine.registry import builtin_rules

        self.no_config = no_config
        self.lang = lang
        self.select = select
        self.ignore = ignore
        self.rules = list(builtin_rules())
        self.known = {r.id for r in self.rules}
        self._configs: dict[Path, Any] = {}
        self._linters: dict[object, Linter] = {}
        self._every: dict[object, list[Rule]] = {}
        self._dir_config: dict[Path, Path | None] = {}  # folder (as given, and resolved) → its config file
        self.warnings: list[str] = []
        #: Custom packs, plugins or rules that failed to load or to run: the findings are incomplete.
        self.broken: list[str] = []
        self.explicit: Config | None = None
        if config and not no_config:
            self.explicit = self._load(Path(config))

    def _load(self, path: Path) -> Config:
        if path not in self._configs:
            from newslint.config import ConfigError, check_rule_keys, check_rule_options, load_config_file

            if not path.is_file():
                raise ConfigError(f"{path}: configuration file not found")
            cfg = load_config_file(path)
            extra, _, _ = extra_rules(cfg, self.known)  # load errors are reported when the linter is built
            options = {r.id: r.meta.options for r in self.rules}
            options.update({r.id: r.meta.options for r in extra if r.id not in options})
            check_rule_keys(cfg, self.known | {r.id for r in extra})
            check_rule_options(cfg, options)
            self._configs[path] = cfg
        return self._configs[path]

    def config_for(self, file: Path | None) -> Config | None:
        """The configuration of the draft ``file`` (None: stdin, looked up from the working directory)."""
        from newslint.config import find_config_file

        if self.no_config:
            return None
        if self.explicit is not None:
            return self.explicit
        folder = file.parent if file is not None else Path.cwd()
        found = self._dir_config.get(folder, False)  # keyed by the folder as given: no realpath per draft
        if found is False:
            start = folder.resolve()
            if start not in self._dir_config:
                self._dir_config[start] = find_config_file(start)
            found = self._dir_config[folder] = self._dir_config[start]
        return self._load(found) if found else None

    def linter_for(self, config: Config | None) -> Linter:
        """The linter of ``config``, built once (raises UnknownSelectorError for a bad selector)."""
        from newslint.engine.linter import Linter

        key = id(config) if config is not None else None
        if key not in self._linters:
            extra, warned, failed = extra_rules(config, self.known)
            self.warnings.extend(warned)
            self.broken.extend(failed)
            self._linters[key] = Linter(
                self.rules + extra, config, lang=self.lang, select=self.select, ignore=self.ignore
            )
        return self._linters[key]

    def variant(
        self,
        config: Config | None,
        *,
        lang: str | None,
        select: list[str] | None,
        ignore: list[str] | None,
    ) -> Linter:
        """A linter over every rule of ``config`` (the ones off by default included) with other
        selectors than the session's: what a server request's enabledRules/disabledRules ask."""
        from newslint.engine.linter import Linter

        return Linter(self.every_rule(config), config, lang=lang, select=select, ignore=ignore)

    def every_rule(self, config: Config | None) -> list[Rule]:
        """Built-in rules plus ``config``'s packs and plugins, the ones off by default included."""
        key = id(config) if config is not None else None
        if key not in self._every:
            extra, _, _ = extra_rules(config, self.known)
            self._every[key] = self.rules + extra
        return list(self._every[key])

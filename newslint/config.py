"""Configuration: ``.newslint.yaml`` or ``[tool.newslint]`` in ``pyproject.toml``.

Found by walking up from each checked file.  Every key is validated; an
unknown key or a wrong value is a :class:`ConfigError` naming the file and
the key (the CLI exits 2).

.. code-block:: yaml

    lang: id                       # messages: id | en
    rules:
      structure/sentence-length: {severity: warning, max_words: 35}
      style: off                   # a whole family
      typo/word: info
    ignore:                        # per-path ignores (globs, relative to this file)
      "arsip/**": [structure]
      "draf/rilis-*.md": all
    vocabulary:
      accept: [Ubergizmo, daring]
      reject: [handphone]
      accept_files: [kosakata/nama.txt]   # one word per line
      reject_files: []
    rule_dirs: [aturan-redaksi]    # extra YAML packs
    datelines: ['(?P<outlet>JPNN\\.com),\\s*(?P<place>[A-Z][a-z]+)\\s+-\\s+']
    house: {currency_space: false, percent: persen}   # house-style switches
    genre: opinion                 # the story genre of these drafts (default: auto, detected per draft)
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newslint.engine.finding import Severity

if TYPE_CHECKING:
    import yaml

CONFIG_NAMES = (".newslint.yaml", ".newslint.yml")
TOP_KEYS = {
    "lang",
    "rules",
    "ignore",
    "vocabulary",
    "rule_dirs",
    "datelines",
    "house",
    "fail_on",
    "languagetool",
    "plugins",
    "genre",
}
VOCAB_KEYS = {"accept", "reject", "accept_files", "reject_files"}
#: House-style switches (documented in docs/configuration.md) with defaults.
HOUSE_DEFAULTS: dict[str, Any] = {
    "currency_space": False,  # "Rp5.000" (EYD V) vs "Rp 5.000"
    "percent": "any",  # "persen" | "%" | "any"
    "number_words_max": 9,  # spell out numbers up to this in body text
    "time_separator": ".",  # "10.00" (EYD V) or ":"
    "quote_marks": "any",  # "curly" | "straight" | "any"
    "single_quotes_for_terms": False,
    "headline_max_chars": 70,
    "lead_max_words": 45,
    "sentence_max_words": 40,
    "paragraph_max_words": 120,
}
_OFF = {"off", "false", "disable", "disabled", "no"}
_ON = {"on", "true", "enable", "enabled", "yes"}
MAX_CONFIG_BYTES = 1_000_000


class ConfigError(Exception):
    """An invalid configuration file; the message names the file and key."""


@dataclass
class RuleSetting:
    enabled: bool | None = None
    severity: Severity | None = None
    options: dict[str, Any] = field(default_factory=dict)


@dataclass
class Config:
    path: Path | None = None
    lang: str | None = None
    rules: dict[str, RuleSetting] = field(default_factory=dict)
    ignore: list[tuple[str, list[str] | None]] = field(default_factory=list)
    accept: list[str] = field(default_factory=list)
    reject: list[str] = field(default_factory=list)
    rule_dirs: list[Path] = field(default_factory=list)
    datelines: list[str] = field(default_factory=list)
    house: dict[str, Any] = field(default_factory=lambda: dict(HOUSE_DEFAULTS))
    fail_on: str | None = None
    #: LanguageTool adapter settings (``server``, ``language``, ``timeout``); None when off.
    languagetool: dict[str, Any] | None = None
    #: Python rule plugins to load (entry points in the ``newslint.rules`` group; docs/plugins.md).
    plugins: list[str] = field(default_factory=list)
    #: The genre of every draft under this configuration (newslint.analysis.genre); None: detected per draft.
    genre: str | None = None

    @property
    def root(self) -> Path:
        return self.path.parent if self.path else Path.cwd()

    def setting_for(self, rule_id: str) -> RuleSetting:
        """The most specific setting: the rule id wins over its family."""
        family = rule_id.split("/", 1)[0]
        merged = RuleSetting()
        for key in (family, rule_id):
            s = self.rules.get(key)
            if s is None:
                continue
            if s.enabled is not None:
                merged.enabled = s.enabled
            if s.severity is not None:
                merged.severity = s.severity
            merged.options.update(s.options)
        return merged

    def ignored_rules(self, file_path: Path) -> list[str] | None:
        """Rule selectors ignored for ``file_path``; ``["*"]`` for all."""
        try:
            rel = file_path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            rel = file_path.as_posix()
        out: list[str] = []
        for pattern, rules in self.ignore:
            if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(file_path.as_posix(), pattern):
                out.extend(rules if rules is not None else ["*"])
        return out


def _err(path: Path | str, key: str, problem: str) -> ConfigError:
    return ConfigError(f"{path}: {key}: {problem}")


def _str_list(value: Any, path: Path | str, key: str) -> list[str]:
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _err(path, key, "must be a list of strings")
    return list(value)


def parse_config(data: Any, path: Path | str, *, known_rules: set[str] | None = None) -> Config:
    """Validate a decoded configuration mapping."""
    path = Path(path)
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the configuration must be a mapping of keys")
    cfg = Config(path=path)
    for key in data:
        if key not in TOP_KEYS:
            raise _err(path, str(key), f"unknown key (known: {', '.join(sorted(TOP_KEYS))})")
    if "lang" in data:
        if data["lang"] not in ("id", "en"):
            raise _err(path, "lang", "must be 'id' or 'en'")
        cfg.lang = data["lang"]
    if "fail_on" in data:
        if data["fail_on"] not in ("error", "warning", "info", "never"):
            raise _err(path, "fail_on", "must be error, warning, info or never")
        cfg.fail_on = data["fail_on"]
    rules = data.get("rules") or {}
    if not isinstance(rules, dict):
        raise _err(path, "rules", "must be a mapping of rule ids (or families) to settings")
    for rid, value in rules.items():
        rid = str(rid)
        cfg.rules[rid] = _rule_setting(value, path, f"rules.{rid}")
    if known_rules is not None:
        check_rule_keys(cfg, known_rules)
    ignore = data.get("ignore") or {}
    if isinstance(ignore, dict):
        for pattern, rules_v in ignore.items():
            if rules_v in ("all", "*", None, True):
                cfg.ignore.append((str(pattern), None))
            else:
                cfg.ignore.append((str(pattern), _str_list(rules_v, path, f"ignore.{pattern}")))
    else:
        raise _err(path, "ignore", "must map path globs to rule lists (or 'all')")
    vocab = data.get("vocabulary") or {}
    if not isinstance(vocab, dict):
        raise _err(path, "vocabulary", "must be a mapping with accept/reject lists")
    for key in vocab:
        if key not in VOCAB_KEYS:
            raise _err(path, f"vocabulary.{key}", f"unknown key (known: {', '.join(sorted(VOCAB_KEYS))})")
    cfg.accept = _str_list(vocab.get("accept") or [], path, "vocabulary.accept")
    cfg.reject = _str_list(vocab.get("reject") or [], path, "vocabulary.reject")
    for key, target in (("accept_files", cfg.accept), ("reject_files", cfg.reject)):
        for name in _str_list(vocab.get(key) or [], path, f"vocabulary.{key}"):
            target.extend(_read_word_list(path.parent / name, path, f"vocabulary.{key}"))
    cfg.rule_dirs = [path.parent / d for d in _str_list(data.get("rule_dirs") or [], path, "rule_dirs")]
    for d in cfg.rule_dirs:
        if not d.is_dir():
            raise _err(path, "rule_dirs", f"{d} is not a directory")
    cfg.datelines = _str_list(data.get("datelines") or [], path, "datelines")
    import re

    for pat in cfg.datelines:
        try:
            re.compile(pat)
        except re.error as exc:
            raise _err(path, "datelines", f"invalid regular expression {pat!r}: {exc}") from None
    cfg.plugins = _str_list(data.get("plugins") or [], path, "plugins")
    if data.get("languagetool") is not None:
        try:
            cfg.languagetool = validate_languagetool_settings(data["languagetool"])
        except ValueError as exc:
            raise _err(path, "languagetool", str(exc)) from None
    if data.get("genre") is not None:
        from newslint.analysis.genre import AUTO, GENRES, normalise

        genre = normalise(data["genre"])
        if genre is None:
            raise _err(path, "genre", f"unknown genre {data['genre']!r} (known: {AUTO}, {', '.join(GENRES)})")
        cfg.genre = None if genre == AUTO else genre
    house = data.get("house") or {}
    if not isinstance(house, dict):
        raise _err(path, "house", "must be a mapping of house-style switches")
    for key, value in house.items():
        if key not in HOUSE_DEFAULTS:
            raise _err(path, f"house.{key}", f"unknown switch (known: {', '.join(sorted(HOUSE_DEFAULTS))})")
        default = HOUSE_DEFAULTS[key]
        if type(value) is not type(default):
            raise _err(path, f"house.{key}", f"must be a {type(default).__name__}")
        cfg.house[key] = value
    return cfg


def validate_languagetool_settings(value: Any) -> dict[str, Any]:
    """Check the ``languagetool:`` config mapping (:mod:`newslint.languagetool`); ValueError with a one-line reason."""
    import re

    if not isinstance(value, dict):
        raise ValueError("must be a mapping with 'server' (URL or 'local') and 'language'")
    unknown = set(value) - {"server", "language", "timeout", "enabled"}
    if unknown:
        raise ValueError(f"unknown key {sorted(unknown)[0]!r} (known: enabled, language, server, timeout)")
    server = value.get("server")
    if not isinstance(server, str) or not (server == "local" or re.match(r"https?://[^\s/]+", server)):
        raise ValueError("server must be an http(s) URL (e.g. http://localhost:8081) or 'local'")
    language = value.get("language", "en-US")
    if not isinstance(language, str) or not re.fullmatch(r"[a-z]{2,3}(?:-[A-Za-z0-9]+)*", language):
        raise ValueError("language must be a language code such as en-US or en-GB")
    timeout = value.get("timeout", 10)
    if isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or not 0 < timeout <= 300:
        raise ValueError("timeout must be a number of seconds between 0 and 300")
    enabled = value.get("enabled", True)
    if not isinstance(enabled, bool):
        raise ValueError("enabled must be true or false")
    if not enabled:
        return {}
    return {"server": server, "language": language, "timeout": float(timeout)}


def check_rule_keys(cfg: Config, known_rules: set[str]) -> None:
    """Every key of ``rules:`` must name a known rule or family."""
    families = {r.split("/", 1)[0] for r in known_rules}
    for rid in cfg.rules:
        if "/" in rid and rid not in known_rules:
            raise _err(cfg.path or "config", f"rules.{rid}", "unknown rule (see 'newslint rules')")
        if "/" not in rid and rid not in families:
            raise _err(cfg.path or "config", f"rules.{rid}", "unknown rule family")


def check_rule_options(cfg: Config, options: dict[str, dict[str, Any]]) -> None:
    """Options under ``rules:`` must be options of that rule (for a family: of
    one of its rules) or house switches, with the type of the default value;
    otherwise the rule would fail mid-run instead of the config failing here."""
    path = cfg.path or "config"
    for rid, setting in cfg.rules.items():
        if "/" in rid:
            pools = [options.get(rid, {})]
        else:
            pools = [o for r, o in options.items() if r.split("/", 1)[0] == rid]
        for key, value in setting.options.items():
            defaults = [p[key] for p in pools if key in p]
            if key in HOUSE_DEFAULTS:
                defaults.append(HOUSE_DEFAULTS[key])
            if not defaults:
                known = sorted({k for p in pools for k in p})
                hint = f"known: {', '.join(known)}" if known else "this rule has no options"
                raise _err(path, f"rules.{rid}.{key}", f"unknown option ({hint}; or enabled, severity)")
            if not any(_same_kind(value, d) for d in defaults):
                raise _err(path, f"rules.{rid}.{key}", f"must be {_kind_name(defaults[0])}, not {value!r}")


def _same_kind(value: Any, default: Any) -> bool:
    if default is None:
        return True
    if isinstance(default, bool):
        return isinstance(value, bool)
    if isinstance(default, int):
        return isinstance(value, int) and not isinstance(value, bool)
    if isinstance(default, float):
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if isinstance(default, (list, tuple, set, frozenset)):
        return isinstance(value, list)
    if isinstance(default, (str, dict)):
        return isinstance(value, type(default))
    return True


def _kind_name(default: Any) -> str:
    if isinstance(default, bool):
        return "true or false"
    if isinstance(default, (int, float)):
        return "a number"
    if isinstance(default, (list, tuple, set, frozenset)):
        return "a list"
    if isinstance(default, dict):
        return "a mapping"
    return "a string"


def _rule_setting(value: Any, path: Path, key: str) -> RuleSetting:
    if isinstance(value, bool):
        return RuleSetting(enabled=value)
    if isinstance(value, str):
        v = value.strip().lower()
        if v in _OFF:
            return RuleSetting(enabled=False)
        if v in _ON:
            return RuleSetting(enabled=True)
        try:
            return RuleSetting(enabled=True, severity=Severity.parse(v))
        except ValueError:
            raise _err(path, key, "must be on, off, error, warning or info (or a mapping)") from None
    if isinstance(value, dict):
        s = RuleSetting()
        for k, v in value.items():
            if k == "enabled":
                if not isinstance(v, bool):
                    raise _err(path, f"{key}.enabled", "must be true or false")
                s.enabled = v
            elif k == "severity":
                try:
                    s.severity = Severity.parse(str(v))
                except ValueError:
                    raise _err(path, f"{key}.severity", "must be error, warning or info") from None
                if s.enabled is None:
                    s.enabled = True
            else:
                s.options[str(k)] = v
        return s
    raise _err(path, key, "must be on, off, a severity or a mapping")


def _read_word_list(file: Path, cfg_path: Path, key: str) -> list[str]:
    try:
        text = file.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise _err(cfg_path, key, f"cannot read word list {file}: {exc}") from None
    return [w.strip() for w in text.splitlines() if w.strip() and not w.lstrip().startswith("#")]


def load_config_file(path: Path, *, known_rules: set[str] | None = None) -> Config:
    """Load and validate one configuration file."""
    try:
        size = path.stat().st_size
        if size > MAX_CONFIG_BYTES:
            raise ConfigError(f"{path}: configuration file too large ({size} bytes)")
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read configuration: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: configuration is not UTF-8 (byte {exc.start})") from None
    if path.name == "pyproject.toml":
        import tomllib  # only when a pyproject.toml is read: 4 ms of a start-up without one

        try:
            data = tomllib.loads(text).get("tool", {}).get("newslint", {})
        except tomllib.TOMLDecodeError as exc:
            raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    else:
        data = safe_yaml(text, path)
    return parse_config(data, path, known_rules=known_rules)


def safe_yaml(text: str, path: Path | str) -> Any:
    """YAML through the safe loader only; aliases are refused (no YAML bombs)."""
    import yaml  # only when a file is read: PyYAML costs 10 ms of every start-up

    loader_cls = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        if yaml_too_deep(text):
            raise ConfigError(f"{path}: YAML nested more than {MAX_YAML_DEPTH} levels deep; refused")
        loader = loader_cls(text)
        try:
            node = loader.get_single_node()
            if node is not None and has_alias(node):
                raise ConfigError(f"{path}: YAML aliases (*name) are not allowed in configuration")
            dup = duplicate_key(node) if node is not None else None
            if dup is not None:
                raise ConfigError(f"{path}: line {dup[1]}: {dup[0]}: key given twice (the first would be ignored)")
            return loader.construct_document(node) if node is not None else None
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark is not None else ""
        raise ConfigError(f"{path}:{where}: invalid YAML: {getattr(exc, 'problem', None) or exc}") from None


MAX_YAML_DEPTH = 64


def yaml_too_deep(text: str, limit: int = MAX_YAML_DEPTH) -> bool:
    """True when collections nest deeper than ``limit``.

    Checked on the parser's event stream (which does not recurse) before
    composing: PyYAML's composer recurses per level, and ``[[[[…`` a few
    hundred thousand deep crashes the interpreter rather than raising.
    """
    import yaml  # only when a file is read: PyYAML costs 10 ms of every start-up

    loader_cls = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    depth = 0
    for event in yaml.parse(text, Loader=loader_cls):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            if depth > limit:
                return True
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return False


def duplicate_key(root: yaml.Node) -> tuple[str, int] | None:
    """The first mapping key written twice in the same mapping, with its line."""
    import yaml  # only when a file is read: PyYAML costs 10 ms of every start-up

    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for k, v in node.value:
                if isinstance(k, yaml.ScalarNode):
                    if k.value in seen:
                        return k.value, k.start_mark.line + 1
                    seen.add(k.value)
                stack.append(v)
    return None


def has_alias(root: yaml.Node) -> bool:
    """True when a YAML node graph reaches one node twice (an alias: the seed of a YAML bomb)."""
    import yaml  # only when a file is read: PyYAML costs 10 ms of every start-up

    seen: set[int] = set()
    stack = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            return True  # the same node object reached twice: an alias
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for k, v in node.value:
                stack.append(k)
                stack.append(v)
    return False


def find_config_file(start: Path) -> Path | None:
    """Walk up from ``start`` (a file or folder) to the nearest config file."""
    d = start if start.is_dir() else start.parent
    d = d.resolve()
    for folder in (d, *d.parents):
        for name in CONFIG_NAMES:
            candidate = folder / name
            if candidate.is_file():
                return candidate
        py = folder / "pyproject.toml"
        if py.is_file():
            try:
                if "[tool.newslint" in py.read_text(encoding="utf-8", errors="replace"):
                    return py
            except OSError:
                pass
    return None

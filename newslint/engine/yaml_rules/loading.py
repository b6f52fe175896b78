"""Loading a pack: YAML read safely (cached), each entry checked against the schema and turned
into a rule of its type."""

from __future__ import annotations

import importlib.util
import marshal
import os
import re
import sys
from pathlib import Path
from typing import Any

from newslint.cache import blake2b, cache_dir, write_atomically
from newslint.engine.finding import Severity
from newslint.engine.rule import Example, Rule, RuleMeta, bilingual
from newslint.engine.yaml_rules.base import _YamlCheck
from newslint.engine.yaml_rules.consistency import ConsistencyCheck
from newslint.engine.yaml_rules.existence import ExistenceCheck
from newslint.engine.yaml_rules.occurrence import OccurrenceCheck
from newslint.engine.yaml_rules.pattern import PatternCheck
from newslint.engine.yaml_rules.repetition import RepetitionCheck
from newslint.engine.yaml_rules.schema import (
    COMMON_KEYS,
    QUOTE_SCOPES,
    RULE_TYPES,
    TYPE_KEYS,
    ZONE_NAMES,
    RuleLoadError,
)
from newslint.engine.yaml_rules.substitution import SubstitutionCheck
from newslint.engine.yaml_rules.timeout import _CUSTOM, _LAZY, _timed_run
from newslint.lazyre import compile_cached

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


_ID_RE = compile_cached(r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*/[a-z0-9]+(?:-[a-z0-9]+)*$")


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
    if "swap_file" in spec:
        spec = with_swap_file(spec, origin)
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


#: The flags a pair file's third column may hold, as swap-entry keys and values.
_PAIR_FLAGS: dict[str, tuple[str, Any]] = {"suggest": ("safety", "suggest"), "capitalized": ("capitalized", True)}


def with_swap_file(spec: dict[str, Any], origin: str) -> dict[str, Any]:
    """``spec`` with the pairs of its ``swap_file`` appended to its ``swap`` list.

    The file sits beside the pack (a bare file name: no folder, so a pack reads nothing outside its own
    folder) and holds one pair a line, ``wrong<TAB>right[<TAB>flags]``, ``#`` starting a comment; the
    flags are ``suggest`` (shown, never rewritten) and ``capitalized`` (fires mid-sentence on a
    capital).  It keeps long curated lists apart from the pack, with their own licence; an entry of the
    pack's own ``swap`` list wins over a file pair with the same match."""
    name = spec["swap_file"]
    path = Path(re.sub(r":\d+$", "", origin))  # the pack itself: origin is 'file:line' or 'file'
    if not isinstance(name, str) or not name or name != Path(name).name or name in (".", ".."):
        raise RuleLoadError(f"{origin}: rule {spec.get('id')}: swap_file must be a file name beside the pack")
    try:
        text = (path.parent / name).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleLoadError(f"{origin}: rule {spec.get('id')}: cannot read swap_file {name}: {exc}") from None
    entries: list[dict[str, Any]] = []
    for n, line in enumerate(text.splitlines(), 1):
        row = line.split("#", 1)[0].rstrip()
        if not row.strip():
            continue
        cols = [c.strip() for c in row.split("\t")]
        if len(cols) < 2 or not cols[0] or not cols[1]:
            raise RuleLoadError(f"{path.parent / name}:{n}: a pair needs 'wrong<TAB>right'")
        entry: dict[str, Any] = {"match": cols[0], "replace": cols[1]}
        for flag in cols[2].split(",") if len(cols) > 2 else []:
            if flag.strip() not in _PAIR_FLAGS:
                raise RuleLoadError(f"{path.parent / name}:{n}: unknown flag {flag.strip()!r}")
            key, value = _PAIR_FLAGS[flag.strip()]
            entry[key] = value
        entries.append(entry)
    own = spec.get("swap") or []
    if not isinstance(own, list):
        raise RuleLoadError(f"{origin}: rule {spec.get('id')}: swap_file needs 'swap' as a list (or none)")
    out = {k: v for k, v in spec.items() if k != "swap_file"}
    out["swap"] = [*own, *entries]
    return out


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
    key = blake2b(tag + text.encode("utf-8"), digest_size=16).hexdigest()
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

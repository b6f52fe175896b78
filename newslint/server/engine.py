"""What one server worker does with a request: the same pipeline as ``newslint check``.

The configuration, the rule set and the linter come from the application
layer (:class:`newslint.app.assembly.Session`), and each text goes through
:func:`newslint.app.pipeline.lint_text`, so the server honours exactly what
``newslint check`` honours: ``--config FILE`` or the config found from the
working directory, ``rule_dirs`` and ``plugins``, per-rule settings,
``accept``/``reject`` and the English-passage LanguageTool adapter. Large
drafts are checked in pieces as in the CLI.

A job is a plain dict (it crosses a process boundary); the answer is
``(HTTP status, JSON body as bytes)``.
"""

from __future__ import annotations

import bisect
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from newslint import __version__
from newslint.engine.finding import Finding
from newslint.server import lt_shape
from newslint.server.lt_shape import Annotated, RequestError

log = logging.getLogger("newslint.server")
#: Findings in one answer, at most: 1 MB of a repeated word would otherwise come back as ~100 MB of
#: matches. LanguageTool's answer then says ``incompleteResults: true``; the native report, a warning.
MAX_FINDINGS = 2000
MAX_SELECTORS = 500  # ids read from enabledRules/disabledRules and the category fields


@dataclass(frozen=True)
class EngineSettings:
    """What every worker needs to build the same linter as the CLI."""

    config: str | None = None  # --config FILE
    no_config: bool = False
    lang: str | None = None  # message language; None: the config's, else id
    cwd: str | None = None  # where the config is looked up when none is given
    layout: str = "news"  # "news": the first line is the headline, as `newslint check`; "fragment": body text


@dataclass
class _Rules:
    session: Any  # newslint.app.assembly.Session
    config: Any  # Config | None
    lang: str
    layout: str
    #: every rule a request may enable: built-in, rule_dirs and plugins (off ones included)
    all_rules: list[Any] = field(default_factory=list)
    summaries: dict[str, str] = field(default_factory=dict)


_state: _Rules | None = None


def setup(settings: EngineSettings) -> list[str]:
    """Load config, rules and lexicon for this process; the warnings the CLI would print.

    Raises ConfigError / RuleLoadError like ``newslint check`` does.
    """
    global _state
    import os

    from newslint.app.assembly import Session

    if settings.cwd:
        os.chdir(settings.cwd)
    session = Session(config=settings.config, no_config=settings.no_config, lang=settings.lang)
    config = session.config_for(None)
    session.linter_for(config)  # loads rule_dirs and plugins as the CLI does (their errors become warnings)
    lang = settings.lang or (config.lang if config is not None else None) or "id"
    all_rules = session.every_rule(config)
    summaries = {r.id: r.meta.summary.get(lang) or r.meta.summary.get("id", "") for r in all_rules}
    _state = _Rules(session, config, lang, settings.layout, all_rules, summaries)
    _warm_up()
    _linter.cache_clear()
    return list(session.warnings)


def _warm_up() -> None:
    """Load the lexicon and compile the patterns now, not in the first request."""
    run_check({"kind": "lt", "text": "Presiden meresmikan jembatan baru di Jakarta pada Senin (1/12)."})


@lru_cache(maxsize=64)
def _linter(enabled: frozenset[str], disabled: frozenset[str], enabled_only: bool):  # -> Linter
    """The configured linter, changed as LanguageTool's enabledRules/disabledRules/enabledOnly ask.

    As in LanguageTool: ``enabledRules`` adds rules (a rule id or a newslint
    family; ``enabledCategories`` adds families by category id) to the
    configured ones, ``enabledOnly=true`` keeps only those, ``disabledRules``
    removes; ids newslint does not know are ignored. At most 64 variants are
    kept, so odd requests cannot grow a worker's memory.
    """
    assert _state is not None
    base = _state.session.linter_for(_state.config)
    enabled, disabled = _known(enabled), _known(disabled)  # the Linter refuses unknown selectors
    if not enabled and not disabled and not enabled_only:
        return base
    select = sorted(enabled) if enabled_only else [a.rule.id for a in base.active] + sorted(enabled)
    return _state.session.variant(_state.config, lang=_state.lang, select=select, ignore=sorted(disabled) or None)


def _known(selectors: frozenset[str]) -> frozenset[str]:
    """The rule ids and families among ``selectors`` that some loadable rule has."""
    from newslint.engine.linter import matches_selector

    assert _state is not None
    ids = [r.id for r in _state.all_rules]
    return frozenset(s for s in selectors if any(matches_selector(i, s) for i in ids))


def _ids(value: Any) -> frozenset[str]:
    """Comma-separated ids; at most :data:`MAX_SELECTORS` of them (no client needs more)."""
    if not value:
        return frozenset()
    return frozenset([v.strip() for v in str(value).split(",", MAX_SELECTORS) if v.strip()][:MAX_SELECTORS])


def _families(value: Any) -> frozenset[str]:
    """newslint families for LanguageTool category ids (unknown ones are ignored, as LanguageTool does)."""
    return frozenset(lt_shape.FAMILY_OF_CATEGORY[c] for c in _ids(value) if c in lt_shape.FAMILY_OF_CATEGORY)


def run_check(job: dict[str, Any]) -> tuple[int, bytes]:
    """Answer one job as (status, JSON body); RequestError becomes 400.

    The body is encoded here, in the worker, so the web server's event loop
    only passes bytes on. Other exceptions propagate (the worker logs them).
    """
    try:
        status, payload = 200, _run(job)
    except RequestError as exc:
        status, payload = 400, {"error": str(exc)}
    return status, _encode_bytes(payload)


# ASCII-only JSON: a lone surrogate that arrived escaped in `data` leaves escaped, still valid JSON
_encode = json.JSONEncoder(ensure_ascii=True, separators=(",", ":")).encode


def _encode_bytes(payload: Any) -> bytes:
    return _encode(payload).encode("ascii")


def _run(job: dict[str, Any]) -> dict[str, Any]:
    from newslint.app.pipeline import lint_text

    assert _state is not None
    if job.get("data") is not None:
        annotated = lt_shape.parse_annotated(job["data"])
    else:
        annotated = Annotated.of_text(job.get("text") or "")
    enabled = _ids(job.get("enabledRules")) | _families(job.get("enabledCategories"))
    disabled = _ids(job.get("disabledRules")) | _families(job.get("disabledCategories"))
    enabled_only = str(job.get("enabledOnly", "")).lower() == "true"
    if enabled_only and not enabled:
        raise RequestError("enabledOnly=true needs enabledRules")
    linter = _linter(enabled, disabled, enabled_only)
    config = _state.config
    text = annotated.plain
    warnings: list[str] = []
    with _languagetool_retry():
        linted = lint_text(text, "<request>", linter, config, fmt="text", layout=_state.layout, warnings=warnings)
    doc = None if linted.chunked else linted.doc
    findings, words, errors = linted.findings, linted.words, linted.rule_errors
    for rid, msg in errors:
        warnings.append(f"rule {rid} failed and was skipped ({msg})")
    for w in warnings:
        log.warning("%s", w)
    if job.get("kind") == "native":
        if len(findings) > MAX_FINDINGS:
            warnings.append(f"{len(findings):,} findings; this answer has the first {MAX_FINDINGS:,}")
            findings = findings[:MAX_FINDINGS]
        return _native(findings, annotated, doc, words, warnings)
    picky = str(job.get("level", "")).lower() == "picky"
    shown = [f for f in findings if lt_shape.shown(f, picky)]
    utf16 = lt_shape.Utf16(annotated.original)
    matches = [lt_shape.to_match(f, annotated, utf16, _state.summaries, _state.lang) for f in shown[:MAX_FINDINGS]]
    return lt_shape.check_answer(matches, __version__, incomplete=len(shown) > MAX_FINDINGS)


_LT_RETRY_SECONDS = 60.0
_lt_given_up_at = 0.0


@contextmanager
def _languagetool_retry() -> Iterator[None]:
    """The English-passage adapter, as in ``newslint check``, except that a run of
    ``check`` gives up on an unreachable LanguageTool server for the rest of the run
    while a server that runs for weeks tries it again after a minute."""
    global _lt_given_up_at
    import time

    from newslint import languagetool

    now = time.monotonic()
    if languagetool._unreachable and now - _lt_given_up_at > _LT_RETRY_SECONDS:
        languagetool._unreachable.clear()
    down_before = bool(languagetool._unreachable)
    yield
    if languagetool._unreachable and not down_before:
        _lt_given_up_at = now


def _native(findings: list[Finding], annotated: Annotated, doc: Any, words: int, warnings: list[str]) -> dict[str, Any]:
    """newslint's own versioned JSON report (docs/json-report.md) for the same input.

    For ``data`` input, offsets, lines and columns count in the whole original
    (markup included), in code points as in every newslint report.
    """
    from newslint.reporters import FileResult, Report
    from newslint.reporters.json_report import to_dict

    if annotated.original is not annotated.plain:
        lines = [i for i, c in enumerate(annotated.original) if c == "\n"] if "\n" in annotated.original else []
        findings = [_moved(f, annotated, lines) for f in findings]
        doc = None
    report = Report([FileResult("<request>", findings, doc=doc, words=words)], warnings=warnings)
    return to_dict(report)


def _moved(f: Finding, annotated: Annotated, newlines: list[int]) -> Finding:
    """``f`` with offsets, line and column counted in the annotated original (``newlines``: its line breaks)."""
    from dataclasses import replace

    from newslint.engine.finding import Fix

    start = annotated.to_original(f.start)
    end = max(start, annotated.to_original(f.end, end=True))
    fix = f.fix
    if fix is not None:
        fs = annotated.to_original(fix.start)
        fix = Fix(fs, max(fs, annotated.to_original(fix.end, end=True)), fix.replacement, fix.safety)
    line, column = _line_col(newlines, start)
    end_line, end_column = _line_col(newlines, end)
    return replace(f, start=start, end=end, line=line, column=column, end_line=end_line, end_column=end_column, fix=fix)


def _line_col(newlines: list[int], offset: int) -> tuple[int, int]:
    """1-based line and column (code points) of ``offset``, from the sorted offsets of the line breaks."""
    before = bisect.bisect_left(newlines, offset)
    line_start = newlines[before - 1] + 1 if before else 0
    return before + 1, offset - line_start + 1

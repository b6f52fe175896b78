"""Baselines: accept the findings an archive already has, report only new ones.

``newslint baseline PATHS`` writes ``.newslint-baseline.json``;
``newslint check --baseline FILE PATHS`` then drops every finding that the
baseline already lists.

A finding is keyed without line numbers, so inserting a paragraph above it
does not make it "new": the key is the rule, the file (relative to the
baseline file's folder), the matched text and a hash of the text around the
match on the same line (whitespace collapsed).  Editing the sentence around
a finding makes it new again, which is what an editor wants.  Keys are
counted: a baseline with one "di di" in a file accepts one, and a second
copy pasted in later is reported.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

from newslint.engine.finding import Finding
from newslint.reporters.fingerprint import CONTEXT, finding_key  # noqa: F401 - part of this module's API

VERSION = 1
DEFAULT_NAME = ".newslint-baseline.json"


class BaselineError(Exception):
    """An unreadable or invalid baseline file; the message names it."""


def file_key(path: str, base_dir: Path) -> str:
    """The file's name in a baseline: relative to the baseline's folder, with forward slashes."""
    if path.startswith("<"):
        return path
    p = Path(path).resolve()
    try:
        return p.relative_to(base_dir.resolve()).as_posix()
    except ValueError:
        return p.as_posix()


def build_baseline(report: Any, baseline_path: Path) -> dict[str, Any]:
    base = baseline_path.parent
    entries: list[dict[str, Any]] = []
    for r in report.files:
        if r.error or r.doc is None:
            continue
        counts: Counter[tuple[str, str]] = Counter()
        texts: dict[tuple[str, str], str] = {}
        for f in r.findings:
            k = finding_key(f, r.doc.source)
            counts[k] += 1
            texts.setdefault(k, f.text)
        fk = file_key(r.path, base)
        for (rule, digest), n in sorted(counts.items()):
            entries.append({"file": fk, "rule": rule, "text": texts[(rule, digest)], "hash": digest, "count": n})
    entries.sort(key=lambda x: (x["file"], x["rule"], x["hash"]))
    return {"version": VERSION, "tool": "newslint", "entries": entries}


def load_baseline(path: Path) -> Counter[tuple[str, str, str]]:
    """(file, rule, hash) → count."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise BaselineError(f"{path}: baseline file not found (create it with 'newslint baseline')") from None
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read baseline: {exc.strerror or exc}") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise BaselineError(f"{path}: not a newslint baseline (invalid JSON: {exc})") from None
    if not isinstance(data, dict) or data.get("version") != VERSION or not isinstance(data.get("entries"), list):
        raise BaselineError(f"{path}: not a newslint baseline (version {VERSION} with 'entries' expected)")
    out: Counter[tuple[str, str, str]] = Counter()
    for i, e in enumerate(data["entries"]):
        try:
            out[(str(e["file"]), str(e["rule"]), str(e["hash"]))] += int(e.get("count", 1))
        except (KeyError, TypeError, ValueError):
            raise BaselineError(f"{path}: entry {i + 1} needs file, rule and hash") from None
    return out


def apply_baseline(report: Any, path: Path) -> int:
    """Drop the findings the baseline accepts; the number dropped."""
    known = load_baseline(path)
    base = path.parent
    dropped = 0
    for r in report.files:
        if r.error or r.doc is None:
            continue
        fk = file_key(r.path, base)
        kept: list[Finding] = []
        for f in r.findings:
            rule, digest = finding_key(f, r.doc.source)
            k = (fk, rule, digest)
            if known[k] > 0:
                known[k] -= 1
                dropped += 1
            else:
                kept.append(f)
        r.findings = kept
    return dropped

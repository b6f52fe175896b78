"""SARIF 2.1.0 for code-scanning services (GitHub code scanning and others).

One run; ``tool.driver.rules`` lists only the rules that fired, each with its
summary, its documentation as help text and its default level.  Columns are
UTF-16 code units (``columnKind: utf16CodeUnits``, what GitHub expects); the
rest of newslint counts code points, so columns are converted per line.
Every result carries a ``partialFingerprints`` entry computed like the
baseline key (rule + matched text + surrounding text), so an alert survives
edits elsewhere in the file.  Files that could not be read become
``toolExecutionNotifications``.  For a .docx the "line" is the paragraph
number (see ``newslint/parsers/docx.py``).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO, Any
from urllib.parse import quote

from newslint import __version__
from newslint.engine.finding import Finding, Severity
from newslint.reporters import FileResult, Report, ReportOptions, json_safe

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
INFO_URI = "https://pypi.org/project/newslint/"


def artifact_uri(path: str) -> str:
    """A relative URI (from the working directory) when possible, as code scanning wants."""
    if path.startswith("<"):
        return quote(path.strip("<>") or "stdin")
    p = Path(path)
    if p.is_absolute():
        try:
            p = p.resolve().relative_to(Path.cwd().resolve())
        except ValueError:
            return p.resolve().as_uri()
    return quote(p.as_posix().removeprefix("./"))


def _location(path: str) -> dict[str, str]:
    uri = artifact_uri(path)
    if uri.startswith("file:"):
        return {"uri": uri}
    return {"uri": uri, "uriBaseId": "%SRCROOT%"}


def _utf16_col(line_text: str, column: int) -> int:
    """1-based UTF-16 column of a 1-based code-point column."""
    prefix = line_text[: max(column - 1, 0)]
    # surrogatepass: a lone surrogate (text decoded from bad bytes by the API) is one code unit, not a crash
    return len(prefix.encode("utf-16-le", "surrogatepass")) // 2 + 1


def _rule_descriptor(rule_id: str, meta: Any, lang: str) -> dict[str, Any]:
    if meta is None:
        return {
            "id": rule_id,
            "name": rule_id,
            "shortDescription": {"text": rule_id},
            "properties": {"tags": [rule_id.split("/", 1)[0]]},
        }
    summary = meta.summary.get(lang) or meta.summary.get("id") or rule_id
    docs = (meta.docs.get(lang) or meta.docs.get("id") or "").strip()
    help_text = docs or summary
    if meta.authority:
        help_text += f"\n\n{'Authority' if lang == 'en' else 'Rujukan'}: {meta.authority}"
    examples = [("✗ " if ex.bad else "✓ ") + ex.text.strip() for ex in meta.examples[:4]]
    md = help_text
    if examples:
        md += "\n\n" + "\n".join(f"- `{e}`" for e in examples)
    props: dict[str, Any] = {"tags": [meta.family]}
    if meta.measured:
        props["measured"] = meta.measured
    return {
        "id": rule_id,
        "name": rule_id,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": docs or summary},
        "help": {"text": help_text, "markdown": md},
        "defaultConfiguration": {"level": LEVEL[meta.severity], "enabled": bool(meta.enabled)},
        "properties": props,
    }


def _rule_metas() -> dict[str, Any]:
    try:
        from newslint.engine.registry import builtin_rules

        return {r.id: r.meta for r in builtin_rules()}
    except Exception:  # noqa: BLE001 - rule help is a nicety; the results matter
        return {}


def _result(r: FileResult, f: Finding, rule_index: int, lang: str) -> dict[str, Any]:
    region: dict[str, Any] = {"startLine": max(f.line, 1)}
    doc = r.doc
    if doc is not None and f.line >= 1:
        region["startColumn"] = _utf16_col(doc.source_line(f.line), f.column)
        end_line = max(f.end_line, f.line)
        region["endLine"] = end_line
        region["endColumn"] = max(_utf16_col(doc.source_line(end_line), f.end_column), 1)
        if end_line == f.line and region["endColumn"] <= region["startColumn"]:
            region["endColumn"] = region["startColumn"] + 1
    else:
        region.update(startColumn=max(f.column, 1), endLine=max(f.end_line, f.line, 1), endColumn=max(f.end_column, 1))
    if f.text:
        region["snippet"] = {"text": f.text}
    message = f.message
    if f.suggestions:
        message += f" ({'suggestion' if lang == 'en' else 'saran'}: {', '.join(f.suggestions[:3])})"
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "level": LEVEL[f.severity],
        "message": {"text": message},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": _location(r.path),
                    "region": region,
                }
            }
        ],
    }
    if doc is not None:
        from newslint.reporters.fingerprint import finding_key

        result["partialFingerprints"] = {"newslintKey/v1": finding_key(f, doc.source)[1]}
    if f.suggestions:
        result["properties"] = {"suggestions": list(f.suggestions)}
    return result


def to_sarif(report: Report, options: ReportOptions) -> dict[str, Any]:
    metas = _rule_metas()
    fired = sorted({f.rule for f in report.all_findings()})
    index = {rid: i for i, rid in enumerate(fired)}
    rules = [_rule_descriptor(rid, metas.get(rid), options.lang) for rid in fired]
    results = [_result(r, f, index[f.rule], options.lang) for r in report.files if not r.error for f in r.findings]
    notifications = [
        {
            "level": "error",
            "message": {"text": r.error},
            "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(r.path)}}}],
        }
        for r in report.files
        if r.error
    ]
    notifications += [{"level": "warning", "message": {"text": w}} for w in report.warnings]
    invocation: dict[str, Any] = {"executionSuccessful": not any(r.error for r in report.files)}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "newslint",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFO_URI,
                        "rules": rules,
                    }
                },
                "invocations": [invocation],
                "columnKind": "utf16CodeUnits",
                "originalUriBaseIds": {"%SRCROOT%": {"uri": Path(os.getcwd()).resolve().as_uri() + "/"}},
                "results": results,
            }
        ],
    }


def render(report: Report, stream: IO[str], options: ReportOptions) -> None:
    stream.write(json_safe(json.dumps(to_sarif(report, options), ensure_ascii=False, indent=2)))
    stream.write("\n")

"""The versioned JSON report (documented in docs/json-report.md, schema in docs/report.schema.json)."""

from __future__ import annotations

import json
from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]
from typing import IO, Any

from newslint.reporters import FileResult, Report, ReportOptions, json_safe

VERSION = 1

# ``json.dumps(indent=2)`` falls back to the pure-Python encoder (a quarter of a second
# for the 1,900 findings of the dev corpus).  The report keeps the outer structure
# indented for people and writes each finding as one line with the C encoder: as easy
# to read and to grep, ten times faster to write.
_one_line_encoder = json.JSONEncoder(ensure_ascii=False, separators=(", ", ": "))
_indented = json.JSONEncoder(ensure_ascii=False, indent=2).encode

if c_make_encoder is None:  # a Python without the C accelerator
    _one_line = _one_line_encoder.encode
else:
    # ``encode`` makes a new C encoder for each value (a Python call and an object per finding); this one,
    # made once with the same settings, writes the same text.  No cycle check: a report holds no cycles.
    _c_one_line = c_make_encoder(
        None, _one_line_encoder.default, encode_basestring, None, ": ", ", ", False, False, True
    )

    def _one_line(value: Any) -> str:
        return "".join(_c_one_line(value, 0))


def _entry(r: FileResult) -> dict:
    return {"path": r.path, **({"error": r.error} if r.error else {}), "findings": [f.to_json() for f in r.findings]}


def to_dict(report: Report) -> dict:
    return {
        "version": VERSION,
        "files": [_entry(r) for r in report.files],
        "summary": report.summary(),
        "warnings": list(report.warnings),
    }


def _nested(value: Any, indent: str) -> str:
    """``value`` indented like ``json.dumps(indent=2)`` at the given depth."""
    return _indented(value).replace("\n", "\n" + indent)


def _file_entry(entry: dict, indent: str) -> str:
    inner = indent + "  "
    lines = [f"{inner}{_one_line(k)}: {_one_line(v)}" for k, v in entry.items() if k != "findings"]
    findings = entry["findings"]
    if findings:
        rows = ",\n".join(f"{inner}  {_one_line(f)}" for f in findings)
        lines.append(f'{inner}"findings": [\n{rows}\n{inner}]')
    else:
        lines.append(f'{inner}"findings": []')
    return indent + "{\n" + ",\n".join(lines) + "\n" + indent + "}"


def render_file(r: FileResult) -> str:
    """One file's entry in the report's ``files`` list, escaped (see :func:`~newslint.reporters.prerender`)."""
    return json_safe(_file_entry(_entry(r), "    "))


def render(report: Report, stream: IO[str], options: ReportOptions) -> None:
    # json_safe escapes character by character, so the entries rendered (and escaped) where their drafts
    # were checked are joined as they are and only the text around them is escaped here
    files = ",\n".join(
        r.rendered[1] if r.rendered is not None and r.rendered[0] == "json" else render_file(r) for r in report.files
    )
    head = f'{{\n  "version": {VERSION},\n'
    tail = (
        f',\n  "summary": {_nested(report.summary(), "  ")},\n  "warnings": {_nested(list(report.warnings), "  ")}\n}}'
    )
    if files:
        stream.write(json_safe(head + '  "files": [\n') + files + json_safe("\n  ]" + tail))
    else:
        stream.write(json_safe(head + '  "files": []' + tail))
    stream.write("\n")

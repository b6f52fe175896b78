"""The versioned JSON report (documented in docs/json-report.md, schema in docs/report.schema.json)."""

from __future__ import annotations

import json
from typing import IO

from newslint.reporters import Report, ReportOptions, json_safe

VERSION = 1


def to_dict(report: Report) -> dict:
    return {
        "version": VERSION,
        "files": [
            {
                "path": r.path,
                **({"error": r.error} if r.error else {}),
                "findings": [f.to_json() for f in r.findings],
            }
            for r in report.files
        ],
        "summary": report.summary(),
        "warnings": list(report.warnings),
    }


def render(report: Report, stream: IO[str], options: ReportOptions) -> None:
    stream.write(json_safe(json.dumps(to_dict(report), ensure_ascii=False, indent=2)))
    stream.write("\n")

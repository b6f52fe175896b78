"""JSON Lines for large batches: one finding per line, each with its document id.

Every line is a complete JSON object: ``{"document": <path>, ...finding}``
(the finding's fields as in the JSON report).  A file that could not be read
is one line ``{"document": <path>, "error": <message>}``.  Nothing else is
written, so ``wc -l`` counts findings and the output can be concatenated,
split or streamed into a database.
"""

from __future__ import annotations

import json
from typing import IO

from newslint.reporters import FileResult, Report, ReportOptions, json_safe


def render_file(r: FileResult) -> str:
    """One file's lines (see :func:`~newslint.reporters.prerender`)."""
    if r.error:
        return json_safe(json.dumps({"document": r.path, "error": r.error}, ensure_ascii=False)) + "\n"
    return "".join(
        [json_safe(json.dumps({"document": r.path, **f.to_json()}, ensure_ascii=False)) + "\n" for f in r.findings]
    )


def render(report: Report, stream: IO[str], options: ReportOptions) -> None:
    for r in report.files:
        stream.write(r.rendered[1] if r.rendered is not None and r.rendered[0] == "jsonl" else render_file(r))

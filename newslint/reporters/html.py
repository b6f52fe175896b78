"""One self-contained HTML page per run, for editors.

For every draft: the text with each finding highlighted in place (coloured
by severity; the message and suggestion show on hover, or on click/focus
for keyboards and touch screens), then a table of findings linking to the
highlights.  On top, a summary chart by rule family and severity in inline
SVG.  No scripts, no external assets.

Safety: every piece of draft text, message, suggestion, path and rule id is
HTML-escaped, and the page carries a Content-Security-Policy that allows no
script at all (``default-src 'none'``), so a draft that contains
``<script>``, ``onerror=`` or ``javascript:`` links shows them as text and
runs nothing even if a browser were lenient somewhere.
"""

from __future__ import annotations

from collections import Counter
from html import escape
from typing import IO

from newslint import __version__
from newslint.engine.finding import Finding, Severity
from newslint.reporters import FileResult, Report, ReportOptions, sanitize

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'"
SEVERITIES = (Severity.ERROR, Severity.WARNING, Severity.INFO)
COLOUR = {Severity.ERROR: "#c62828", Severity.WARNING: "#b26a00", Severity.INFO: "#1f5fa8"}
WORDS = {
    "id": {
        "title": "Laporan newslint",
        "files": "berkas",
        "findings": "temuan",
        "words": "kata",
        "summary": "Ringkasan per keluarga aturan",
        "none": "Tidak ada temuan.",
        "loc": "Lokasi",
        "sev": "Tingkat",
        "rule": "Aturan",
        "msg": "Pesan",
        "sugg": "Saran",
        "text": "Teks",
        "draft": "Naskah",
        "table": "Daftar temuan",
        "error_file": "Tidak dapat dibaca",
        "warnings": "Peringatan",
        "hint": "Arahkan kursor atau klik bagian yang ditandai untuk melihat pesannya.",
        "para": "paragraf",
        Severity.ERROR: "galat",
        Severity.WARNING: "peringatan",
        Severity.INFO: "info",
    },
    "en": {
        "title": "newslint report",
        "files": "files",
        "findings": "findings",
        "words": "words",
        "summary": "Summary by rule family",
        "none": "No findings.",
        "loc": "Location",
        "sev": "Severity",
        "rule": "Rule",
        "msg": "Message",
        "sugg": "Suggestion",
        "text": "Text",
        "draft": "Draft",
        "table": "Findings",
        "error_file": "Could not be read",
        "warnings": "Warnings",
        "hint": "Hover over or click a highlighted passage to see its message.",
        "para": "paragraph",
        Severity.ERROR: "error",
        Severity.WARNING: "warning",
        Severity.INFO: "info",
    },
}

STYLE = """
:root { color-scheme: light; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; color: #1d1d1f; background: #f6f6f4; }
header, main { max-width: 980px; margin: 0 auto; padding: 0 20px; }
header { padding-top: 18px; }
h1 { font-size: 24px; margin: 0 0 4px; }
h2 { font-size: 18px; margin: 28px 0 8px; word-break: break-all; }
h3 { font-size: 15px; margin: 18px 0 6px; }
.counts { color: #555; margin: 0 0 12px; }
.card { background: #fff; border: 1px solid #e2e2dc; border-radius: 8px; padding: 14px 18px; margin: 12px 0; }
.legend span { display: inline-block; margin-right: 14px; font-size: 13px; }
.legend i { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 5px; vertical-align: -1px; }
.draft { white-space: pre-wrap; word-wrap: break-word; font: 15px/1.7 Georgia, "Times New Roman", serif; margin: 0; }
.f { position: relative; border-radius: 2px; cursor: help; outline: none; }
.f.error { background: #fde0e0; border-bottom: 2px solid #c62828; }
.f.warning { background: #fff1cc; border-bottom: 2px solid #b26a00; }
.f.info { background: #e1ecfb; border-bottom: 2px dotted #1f5fa8; }
.f.empty::before { content: "\\2038"; color: #c62828; font-weight: bold; }
.tip { display: none; position: absolute; left: 0; top: 1.9em; z-index: 10; width: max-content; max-width: 420px;
  white-space: normal; font: 13px/1.45 system-ui, sans-serif; background: #222; color: #fff; padding: 7px 10px;
  border-radius: 6px; box-shadow: 0 3px 10px rgba(0,0,0,.25); }
.tip b { color: #ffd479; font-weight: 600; }
.tip span { display: block; }
.tip span + span { margin-top: 4px; border-top: 1px solid #444; padding-top: 4px; }
.f:hover > .tip, .f:focus > .tip, .f:focus-within > .tip { display: block; }
table { border-collapse: collapse; width: 100%; font-size: 13.5px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid #ecece6; vertical-align: top; }
th { background: #fafaf7; font-weight: 600; }
td.loc a { color: inherit; }
.sev { font-weight: 600; white-space: nowrap; }
.sev.error { color: #c62828; } .sev.warning { color: #b26a00; } .sev.info { color: #1f5fa8; }
code { font: 12.5px ui-monospace, SFMono-Regular, Menlo, monospace; background: #f1f1ec; padding: 1px 4px; border-radius: 3px; }
.error-file { color: #c62828; }
footer { color: #888; font-size: 12px; text-align: center; padding: 24px; }
"""


def _e(text: str) -> str:
    """Escape for HTML text and attribute values (control characters made visible first)."""
    return escape(sanitize(text), quote=True)


def _draft_text(text: str) -> str:
    return _e(text.replace("\r\n", "\n").replace("\r", "\n"))


def _tip(f: Finding, w: dict) -> str:
    sugg = f" <b>{_e(w['sugg'])}:</b> {_e(', '.join(f.suggestions[:5]))}" if f.suggestions else ""
    return f"<span><b>{_e(str(w[f.severity]))} · {_e(f.rule)}</b><br>{_e(f.message)}{sugg}</span>"


def _highlight(r: FileResult, w: dict, file_no: int) -> str:
    """The draft's source with every finding wrapped in a ``<mark>``."""
    assert r.doc is not None
    src = r.doc.source
    n = len(src)
    findings = list(enumerate(r.findings))
    bounds = {0, n}
    for _, f in findings:
        s, e = min(max(f.start, 0), n), min(max(f.end, 0), n)
        bounds.update((s, e))
    points = sorted(bounds)
    starts: dict[int, list[int]] = {}
    empties: dict[int, list[int]] = {}
    for k, f in findings:
        s, e = min(max(f.start, 0), n), min(max(f.end, 0), n)
        (empties if e <= s else starts).setdefault(s, []).append(k)
    out: list[str] = []
    active: list[tuple[int, Finding]] = []
    for a, b in zip(points, points[1:] + [n]):
        for k in empties.get(a, []):
            f = r.findings[k]
            out.append(
                f'<mark class="f empty {f.severity.value}" id="f{file_no}-{k}" tabindex="0">'
                f'<span class="tip">{_tip(f, w)}</span></mark>'
            )
        for k in starts.get(a, []):
            out.append(f'<span id="f{file_no}-{k}"></span>')
        if b <= a:
            continue
        active = [(k, f) for k, f in findings if f.start <= a and f.end >= b and f.end > f.start]
        seg = _draft_text(src[a:b])
        if not active:
            out.append(seg)
            continue
        worst = max((f for _, f in active), key=lambda f: f.severity.rank)
        tips = "".join(_tip(f, w) for _, f in active)
        out.append(
            f'<mark class="f {worst.severity.value}" tabindex="0">{seg}<span class="tip" role="tooltip">{tips}</span></mark>'
        )
    return "".join(out)


def _chart(report: Report, w: dict) -> str:
    counts: dict[str, Counter[Severity]] = {}
    for f in report.all_findings():
        counts.setdefault(f.family, Counter())[f.severity] += 1
    if not counts:
        return f"<p>{_e(w['none'])}</p>"
    families = sorted(counts, key=lambda fam: (-sum(counts[fam].values()), fam))
    biggest = max(sum(c.values()) for c in counts.values())
    row, label_w, bar_w = 26, 150, 520
    height = row * len(families) + 8
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{label_w + bar_w + 60}" height="{height}" '
        f'role="img" aria-label="{_e(w["summary"])}">'
    ]
    for i, fam in enumerate(families):
        y = 4 + i * row
        parts.append(f'<text x="{label_w - 8}" y="{y + 16}" text-anchor="end" font-size="13">{_e(fam)}</text>')
        x = float(label_w)
        for sev in SEVERITIES:
            c = counts[fam][sev]
            if not c:
                continue
            width = max(bar_w * c / biggest, 2.0)
            parts.append(
                f'<rect x="{x:.1f}" y="{y + 3}" width="{width:.1f}" height="{row - 8}" fill="{COLOUR[sev]}">'
                f"<title>{_e(fam)} · {_e(str(w[sev]))}: {c}</title></rect>"
            )
            x += width
        parts.append(
            f'<text x="{x + 6:.1f}" y="{y + 16}" font-size="12" fill="#555">{sum(counts[fam].values())}</text>'
        )
    parts.append("</svg>")
    legend = "".join(
        f'<span><i style="background:{COLOUR[s]}"></i>{_e(str(w[s]))}: '
        f"{sum(1 for f in report.all_findings() if f.severity is s)}</span>"
        for s in SEVERITIES
    )
    return "".join(parts) + f'<div class="legend">{legend}</div>'


def _table(r: FileResult, w: dict, file_no: int) -> str:
    if not r.findings:
        return f"<p>{_e(w['none'])}</p>"
    rows = []
    para = r.doc is not None and r.doc.format == "docx"
    for k, f in enumerate(r.findings):
        loc = f"{w['para']} {f.line}:{f.column}" if para else f"{f.line}:{f.column}"
        rows.append(
            "<tr>"
            f'<td class="loc"><a href="#f{file_no}-{k}">{_e(loc)}</a></td>'
            f'<td class="sev {f.severity.value}">{_e(str(w[f.severity]))}</td>'
            f"<td><code>{_e(f.rule)}</code></td>"
            f"<td>{_e(f.message)}</td>"
            f"<td>{_e(', '.join(f.suggestions[:5]))}</td>"
            f"<td>{_e(f.text[:80])}</td>"
            "</tr>"
        )
    head = "".join(f"<th>{_e(w[k])}</th>" for k in ("loc", "sev", "rule", "msg", "sugg", "text"))
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def render(report: Report, stream: IO[str], options: ReportOptions) -> None:
    w = WORDS.get(options.lang, WORDS["id"])
    s = report.summary()
    out: list[str] = [
        "<!DOCTYPE html>",
        f'<html lang="{_e(options.lang)}"><head><meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="referrer" content="no-referrer">',
        f"<title>{_e(w['title'])}</title><style>{STYLE}</style></head><body>",
        f"<header><h1>{_e(w['title'])}</h1>",
        f'<p class="counts">{s["files"]} {_e(w["files"])} · {s["words"]} {_e(w["words"])} · '
        f"{s['findings']} {_e(w['findings'])}</p></header><main>",
        f'<section class="card" id="summary"><h3>{_e(w["summary"])}</h3>{_chart(report, w)}</section>',
    ]
    if report.warnings:
        items = "".join(f"<li>{_e(x)}</li>" for x in report.warnings)
        out.append(f'<section class="card"><h3>{_e(w["warnings"])}</h3><ul>{items}</ul></section>')
    for i, r in enumerate(report.files):
        out.append(f'<section class="file" id="file-{i}"><h2>{_e(r.path)}</h2>')
        if r.error:
            out.append(f'<p class="card error-file">{_e(w["error_file"])}: {_e(r.error)}</p></section>')
            continue
        if r.doc is not None:
            out.append(
                f'<div class="card"><h3>{_e(w["draft"])}</h3><p class="counts">{_e(w["hint"])}</p>'
                f'<pre class="draft">{_highlight(r, w, i)}</pre></div>'
            )
        out.append(f'<div class="card"><h3>{_e(w["table"])}</h3>{_table(r, w, i)}</div></section>')
    out.append(f"</main><footer>newslint {_e(__version__)}</footer></body></html>\n")
    stream.write("\n".join(out))

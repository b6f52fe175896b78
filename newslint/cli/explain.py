"""``newslint explain RULE``: a rule's documentation and examples."""

from __future__ import annotations

import argparse
import sys
from types import SimpleNamespace
from typing import IO, Any

from newslint.cli.common import EXIT_OK, UsageError, t


def add_arguments(sub: Any, h: SimpleNamespace) -> None:
    e = sub.add_parser("explain", help=h.t("dokumentasi dan contoh satu aturan", "a rule's documentation and examples"))
    e.add_argument("rule", help=h.t("id aturan, mis. quote/mixed-marks", "a rule id, e.g. quote/mixed-marks"))
    e.add_argument("--lang", choices=["id", "en"], default="id", help=h.lang_help)


def run(args: argparse.Namespace) -> int:
    from newslint.engine.registry import builtin_rules

    by_id = {r.id: r for r in builtin_rules()}
    r = by_id.get(args.rule)
    if r is None:
        close = [i for i in by_id if args.rule in i]
        if close:
            hint = t(f" (maksudnya {', '.join(close[:5])}?)", f" (did you mean {', '.join(close[:5])}?)")
        else:
            hint = t(" (lihat 'newslint rules')", " (see 'newslint rules')")
        raise UsageError(
            t(f"newslint explain: aturan {args.rule!r} tidak dikenal", f"newslint explain: unknown rule {args.rule!r}")
            + hint
        )
    m = r.meta
    lang = args.lang
    out: IO[str] = sys.stdout
    en = lang == "en"
    out.write(f"{m.id}  [{m.severity.value}{'' if m.enabled else ', off by default'}]\n\n")
    out.write(m.summary[lang] + "\n\n")
    if m.docs[lang]:
        out.write(m.docs[lang].strip() + "\n\n")
    out.write(("Authority: " if en else "Rujukan: ") + (m.authority or "-") + "\n")
    if m.measured:
        out.write(("Measured: " if en else "Hasil ukur: ") + m.measured + "\n")
    if m.options:
        out.write(("Options: " if en else "Opsi: ") + ", ".join(f"{k}={v!r}" for k, v in m.options.items()) + "\n")
    out.write("\n" + ("Examples:" if en else "Contoh:") + "\n")
    for ex in m.examples:
        mark = "✗" if ex.bad else "✓"
        out.write(f"  {mark} {ex.text.strip()}\n")
        if ex.fixed:
            out.write(f"    → {ex.fixed.strip()}\n")
    return EXIT_OK

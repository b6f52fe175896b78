"""``newslint check``: check drafts, report, fix."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from newslint.cli.common import (
    EXIT_ERROR,
    EXIT_FINDINGS,
    EXIT_OK,
    UsageError,
    add_shared_options,
    err,
    run_lang,
    stderr_is_terminal,
    t,
)


def format_names() -> list[str]:
    """The report formats, from the reporters' registry."""
    from newslint.reporters import REPORTERS

    return list(REPORTERS)


def add_arguments(sub: Any, h: SimpleNamespace) -> None:
    tr = h.t
    formats = format_names()
    c = sub.add_parser(
        "check",
        help=tr("periksa naskah (berkas, folder, atau - untuk stdin)", "check drafts (files, folders, or - for stdin)"),
    )
    c.add_argument("paths", nargs="+", metavar="PATH")
    c.add_argument("--format", choices=formats, default=None, help=", ".join(formats))
    c.add_argument("--output", "-o", metavar="FILE", help=tr("tulis laporan ke FILE", "write the report to FILE"))
    add_shared_options(c, h)
    c.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help=tr("nama naskah dari stdin (menentukan format)", "name of the draft on stdin (sets its format)"),
    )
    c.add_argument("--encoding", metavar="ENC", help=h.encoding)
    c.add_argument("--fix", action="store_true", help=tr("terapkan perbaikan yang aman", "apply the safe fixes"))
    c.add_argument(
        "--unsafe-fixes",
        action="store_true",
        help=tr("dengan --fix/--diff: sertakan perbaikan tidak aman", "with --fix/--diff: include unsafe fixes"),
    )
    c.add_argument(
        "--diff",
        action="store_true",
        help=tr("tampilkan diff perbaikan tanpa mengubah berkas", "show the fixes as a diff, change nothing"),
    )
    c.add_argument("--no-color", action="store_true", help=tr("tanpa warna", "no colours"))
    c.add_argument("--no-ignore", action="store_true", help=h.no_ignore)
    c.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=None,
        metavar="N",
        help=tr(
            "jumlah proses untuk banyak naskah (bawaan: semua inti; 1: satu proses)",
            "processes for many drafts (default: every core; 1: one process)",
        ),
    )
    c.add_argument(
        "--baseline",
        metavar="FILE",
        help=tr("laporkan hanya temuan yang tidak ada di baseline FILE", "report only findings not in baseline FILE"),
    )


def selector_error(command: str, exc: Any) -> UsageError:
    """The usage error for an unknown ``--select``/``--ignore`` rule (UnknownSelectorError)."""
    from newslint.engine.linter import describe_unknown_selectors

    return UsageError(f"newslint {command}: {describe_unknown_selectors(exc.problems, run_lang())}")


def check_paths(
    args: argparse.Namespace, diffs: list[str], prerender: str | None = None
):  # -> tuple[Report, Session, list, bool] | None
    """Discover the drafts, set up config and rules, check each draft.

    Returns (report, session, files, failed) — ``failed`` when a path or a
    draft could not be checked (each already reported on stderr) — or None
    when the configuration or the rules cannot be loaded at all.  ``prerender``:
    the report's format, when the drafts' findings are final once checked (see
    :attr:`~newslint.app.pipeline.CheckOptions.prerender`).
    """
    from newslint.app.discover import discover
    from newslint.app.pipeline import CheckOptions
    from newslint.cli.common import session_from_args
    from newslint.config import ConfigError
    from newslint.engine.yaml_rules import RuleLoadError
    from newslint.reporters import Report

    files, path_errors = discover(args.paths, respect_ignores=not getattr(args, "no_ignore", False), lang=run_lang())
    failed = bool(path_errors)
    for e in path_errors:
        err(e)
    try:
        session = session_from_args(args)
    except (ConfigError, RuleLoadError) as exc:
        err(str(exc))
        return None
    options = CheckOptions(
        stdin_filename=args.stdin_filename,
        encoding=args.encoding,
        fix=args.fix,
        diff=args.diff,
        unsafe_fixes=args.unsafe_fixes,
        lang=run_lang(),
        prerender=prerender,
    )
    report = Report()
    progress = Progress(len(files), enabled=not getattr(args, "no_progress", False) and stderr_is_terminal())
    jobs = getattr(args, "jobs", None)
    try:
        if jobs is None or jobs > 1:
            from newslint.app.parallel import default_jobs, use_pool

            jobs = jobs or default_jobs()
        if jobs > 1 and use_pool(files, jobs):
            from newslint.app.parallel import check_in_pool
            from newslint.cli.common import session_options

            checked = check_in_pool(files, session, session_options(args), options, jobs)
            results = _pool_results(checked)
        else:
            results = _one_process(files, session, options)
        for i, (result, file_diffs) in enumerate(_selectors_checked(results, args.command)):
            diffs.extend(file_diffs)
            if result.error:
                progress.log(result.error)
                failed = True
            report.files.append(result)
            progress.advance(i + 1)
    finally:
        progress.stop()
    return report, session, files, failed


def _one_process(files: list[Any], session: Any, options: Any):  # -> Iterator[tuple[FileResult, list[str]]]
    from newslint.app.pipeline import check_file
    from newslint.runtime import collection_paused, freeze_loaded

    for i, f in enumerate(files):
        diffs: list[str] = []
        if i == 0:
            # the first draft loads the language data: no collection walks it before it is frozen
            with collection_paused():
                result = check_file(f, session, options, diffs)
                freeze_loaded()  # the rules and language data now loaded live for the whole run
        else:
            result = check_file(f, session, options, diffs)
        yield result, diffs


def _pool_results(checked: Any):  # -> Iterator[tuple[FileResult, list[str]]]
    """The pool's results; a lost worker process is the run's error (one line, exit 2)."""
    from newslint.app.parallel import WorkerLost

    try:
        for c in checked:
            yield c.result, c.diffs
    except WorkerLost:
        raise UsageError(
            t(
                "newslint check: sebuah proses pembantu berhenti sebelum mengembalikan naskahnya (coba --jobs 1)",
                "newslint check: a worker process ended before it returned its drafts (try --jobs 1)",
            )
        ) from None


def _selectors_checked(results: Any, command: str):  # -> Iterator[tuple[FileResult, list[str]]]
    """``results``, with an unknown --select/--ignore rule turned into a usage error."""
    from newslint.engine.linter import UnknownSelectorError

    try:
        yield from results
    except UnknownSelectorError as exc:
        raise selector_error(command, exc) from None


class Progress:
    """A progress bar on stderr for runs that take more than a moment (a terminal only;
    never in a pipe or CI log). It appears after ``DELAY`` seconds, when files remain."""

    DELAY = 1.0

    def __init__(self, total: int, *, enabled: bool) -> None:
        import time

        self.total = total
        self.enabled = enabled and total > 1
        self.started = time.monotonic()
        self.bar = None
        self.task = None

    def advance(self, done: int) -> None:
        if not self.enabled or done >= self.total:
            return
        if self.bar is None:
            import time

            if time.monotonic() - self.started < self.DELAY:
                return
            from rich.console import Console
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(
                TextColumn(t("memeriksa", "checking")),
                BarColumn(),
                MofNCompleteColumn(),
                TimeRemainingColumn(),
                console=Console(stderr=True),
                transient=True,  # the bar goes when the run ends; the report stays clean
            )
            self.bar.start()
            self.task = self.bar.add_task("", total=self.total)
        self.bar.update(self.task, completed=done)

    def log(self, message: str) -> None:
        if self.bar is not None:
            from newslint.i18n import localise
            from newslint.reporters import sanitize

            text = sanitize(localise(message, run_lang()))
            self.bar.console.print(f"newslint: {text}", markup=False, highlight=False)
        else:
            err(message)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def _isatty(args: argparse.Namespace) -> bool:
    from newslint.cli.common import stdout_is_report_terminal

    return stdout_is_report_terminal(args)


def run(args: argparse.Namespace) -> int:
    from newslint.engine.finding import Severity
    from newslint.reporters import ReportOptions
    from newslint.runtime import tune_gc

    tune_gc()
    if args.diff and args.fix:
        raise UsageError("newslint check: --fix and --diff cannot be used together (--diff writes nothing)")
    if args.paths.count("-") > 1:
        raise UsageError("newslint check: '-' (stdin) can be given only once")
    if args.jobs is not None and args.jobs < 1:
        raise UsageError("newslint check: --jobs must be at least 1")
    diffs: list[str] = []
    fmt = args.format or ("pretty" if _isatty(args) else "plain")
    # a baseline drops findings after the check, and --diff prints no report: then no draft's part of the
    # report is rendered before the end
    checked = check_paths(args, diffs, prerender=None if args.baseline or args.diff else fmt)
    if checked is None:
        return EXIT_ERROR
    report, session, files, exit_error = checked
    lang = args.lang
    fail_on = args.fail_on
    if args.baseline:
        from newslint.baseline import BaselineError, apply_baseline

        try:
            apply_baseline(report, Path(args.baseline))
        except BaselineError as exc:
            err(str(exc))
            return EXIT_ERROR
    for w in session.warnings:
        err(w)
    report.warnings = list(session.warnings)
    cfg0 = session.explicit or (session.config_for(None) if not args.no_config else None) if not files else None
    if lang is None:
        lang = (cfg0.lang if cfg0 else None) or _first_lang(session, files) or "id"
    if fail_on is None:
        fail_on = (cfg0.fail_on if cfg0 else None) or "error"
    options = ReportOptions(lang=lang, color=False if args.no_color else None, output_path=args.output)
    if args.diff:
        _print_diff("".join(diffs), color=not args.no_color and _isatty(args) and "NO_COLOR" not in os.environ)
    else:
        _emit(fmt, report, options, args.output)
    if (args.fix or args.diff) and (args.diff or fmt != "pretty" or args.output):
        # the pretty summary says it itself; other formats keep stdout machine-readable
        print(_fix_summary(report, lang, dry_run=args.diff), file=sys.stderr)
    if exit_error or session.broken:
        return EXIT_ERROR  # a draft, a rule pack, a plugin or a rule failed: the report is incomplete
    if fail_on == "never":
        return EXIT_OK
    threshold = Severity(fail_on).rank
    if any(x.severity.rank >= threshold for x in report.all_findings()):
        return EXIT_FINDINGS
    return EXIT_OK


def _print_diff(diff: str, *, color: bool) -> None:
    """The unified diff of --diff; on a terminal, added lines green and removed lines red."""
    if not color:
        sys.stdout.write(diff)
        return
    from rich.console import Console
    from rich.text import Text

    from newslint.reporters import sanitize

    console = Console(highlight=False, force_terminal=True, soft_wrap=True)
    for line in diff.splitlines():
        if line.startswith(("+++", "---")):
            style = "bold"
        elif line.startswith("+"):
            style = "green"
        elif line.startswith("-"):
            style = "red"
        elif line.startswith("@@"):
            style = "cyan"
        else:
            style = ""
        console.print(Text(sanitize(line), style=style))


def _fix_summary(report: Any, lang: str, *, dry_run: bool) -> str:
    """One line: fixes applied (or that --diff would apply) and what is left for a human."""
    fixed = sum(r.fixed for r in report.files)
    findings = report.all_findings()
    if dry_run:
        if lang == "en":
            return f"newslint: {fixed} fixes would be applied (nothing written)"
        return f"newslint: {fixed} perbaikan akan diterapkan (tidak ada berkas yang diubah)"
    left = len(findings)
    fixable = sum(1 for x in findings if x.fix is not None)
    if lang == "en":
        line = f"newslint: {fixed} fixes applied, {left} findings remain for a human"
        return line + (f" ({fixable} more with --unsafe-fixes)" if fixable else "")
    line = f"newslint: {fixed} perbaikan diterapkan, {left} temuan tersisa untuk diperiksa manusia"
    return line + (f" ({fixable} lagi dengan --unsafe-fixes)" if fixable else "")


def _first_lang(session: Any, files: list[Path | str]) -> str | None:
    for f in files:
        try:
            cfg = session.config_for(f if isinstance(f, Path) else None)
        except Exception:  # noqa: BLE001 - already reported per file
            return None
        if cfg is not None and cfg.lang:
            return cfg.lang
    return None


def _emit(fmt: str, report: Any, options: Any, output: str | None) -> None:
    from newslint.reporters import render

    if output:
        import io

        from newslint.atomic import write_text_atomic

        buf = io.StringIO()
        render(fmt, report, buf, options)
        try:
            write_text_atomic(Path(output), buf.getvalue())
        except OSError as exc:
            why = exc.strerror or exc
            raise UsageError(
                t(f"newslint: tidak bisa menulis {output}: {why}", f"newslint: cannot write {output}: {why}")
            ) from None
        return
    render(fmt, report, sys.stdout, options)
    sys.stdout.flush()

"""``newslint batch``: check an archive of articles (JSON Lines, CSV, Parquet); findings as JSON Lines.

The work is in :mod:`newslint.batch` (local processes) and :mod:`newslint.batch_dask`
(a Dask cluster); this module turns the command line into their options.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from newslint.cli.common import EXIT_ERROR, UsageError, add_shared_options, err, stderr_is_terminal, t


def add_arguments(sub: Any, h: SimpleNamespace) -> None:
    tr = h.t
    b = sub.add_parser(
        "batch",
        help=tr(
            "periksa arsip artikel (JSON Lines, CSV, Parquet); temuan ke JSON Lines",
            "check an archive of articles (JSON Lines, CSV, Parquet); findings as JSON Lines",
        ),
    )
    b.add_argument(
        "input",
        metavar="INPUT",
        help=tr("arsip artikel: .jsonl, .csv, .tsv, .parquet", "archive: .jsonl, .csv, .tsv, .parquet"),
    )
    b.add_argument(
        "--text-field",
        default="text",
        metavar="NAME",
        help=tr("kolom isi berita (bawaan: text)", "text column (default: text)"),
    )
    b.add_argument(
        "--id-field", default="id", metavar="NAME", help=tr("kolom id artikel (bawaan: id)", "id column (default: id)")
    )
    b.add_argument(
        "--title-field", default=None, metavar="NAME", help=tr("kolom judul (opsional)", "title column (optional)")
    )
    b.add_argument(
        "--input-format", choices=["jsonl", "csv", "tsv", "parquet"], default=None, help="jsonl, csv, tsv, parquet"
    )
    b.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help=tr("tulis temuan (JSON Lines) ke FILE", "write the findings (JSON Lines) to FILE"),
    )
    b.add_argument(
        "--jobs", "-j", type=int, default=1, metavar="N", help=tr("jumlah proses (bawaan: 1)", "processes (default: 1)")
    )
    b.add_argument(
        "--resume",
        action="store_true",
        help=tr("lanjutkan run yang terputus (butuh --output)", "resume an interrupted run (needs --output)"),
    )
    b.add_argument(
        "--dask",
        metavar="SCHEDULER",
        help=tr("jalankan di klaster Dask (alamat scheduler)", "run on a Dask cluster (scheduler address)"),
    )
    add_shared_options(b, h)


def options_from_args(args: argparse.Namespace) -> Any:  # -> BatchOptions
    """The batch options of a command line; the configuration file is found here, once."""
    from newslint.app.assembly import split_selectors
    from newslint.batch import BatchError, BatchOptions
    from newslint.config import find_config_file

    config_path: Path | None = None
    if not args.no_config:
        if args.config:
            config_path = Path(args.config)
            if not config_path.is_file():
                raise BatchError(f"{config_path}: configuration file not found")
        else:
            config_path = find_config_file(Path.cwd())
    select, ignore = split_selectors(args.select), split_selectors(args.ignore)
    return BatchOptions(
        text_field=args.text_field,
        id_field=args.id_field,
        title_field=args.title_field,
        config_path=str(config_path.resolve()) if config_path else None,
        select=tuple(select) if select else None,
        ignore=tuple(ignore) if ignore else None,
        lang=args.lang,
    )


def run(args: argparse.Namespace) -> int:
    from newslint.batch import BatchError, check_options, exit_for_findings, print_summary, run_batch
    from newslint.config import ConfigError
    from newslint.engine.yaml_rules import RuleLoadError
    from newslint.runtime import tune_gc

    tune_gc()
    if args.jobs < 1:
        raise UsageError("newslint batch: --jobs must be at least 1")
    if args.dask and args.jobs != 1:
        raise UsageError("newslint batch: --jobs and --dask cannot be combined (the cluster sets the workers)")
    from newslint.engine.linter import UnknownSelectorError

    output = Path(args.output) if args.output else None
    broken: list[str] = []
    try:
        options = options_from_args(args)
        try:
            broken = check_options(options)
        except UnknownSelectorError as exc:
            from newslint.engine.linter import describe_unknown_selectors

            why = describe_unknown_selectors(exc.problems, args.lang or "id")
            raise UsageError(f"newslint batch: {why}") from None
        for w in broken:
            err(w)
        show_progress = not args.no_progress and stderr_is_terminal()
        if args.dask:
            from newslint.batch_dask import run_batch_dask

            summary = run_batch_dask(
                args.input,
                options,
                scheduler=args.dask,
                output=output,
                resume=args.resume,
                input_format_name=args.input_format,
                progress=show_progress,
            )
        else:
            summary = run_batch(
                Path(args.input),
                options,
                output=output,
                jobs=args.jobs,
                resume=args.resume,
                input_format_name=args.input_format,
                progress=show_progress,
            )
    except (BatchError, ConfigError, RuleLoadError) as exc:
        err(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:
        hint = (
            t(
                "; jalankan perintah yang sama dengan --resume untuk melanjutkan",
                "; run the same command again with --resume to continue",
            )
            if args.output
            else ""
        )
        print(
            t(
                "newslint: dihentikan; temuan yang sudah ditulis tetap ada",
                "newslint: interrupted; findings written so far are kept",
            )
            + hint,
            file=sys.stderr,
        )
        return 130
    # findings on stdout: the summary goes to stderr so the JSON Lines stay clean
    print_summary(summary, sys.stdout if output else sys.stderr, lang=options.lang or "id")
    if summary.rule_errors:
        from newslint.reporters import sanitize

        for sample in summary.rule_error_samples:
            print(
                t("newslint: aturan gagal dan dilewati: ", "newslint: rule failed and was skipped: ")
                + sanitize(sample),
                file=sys.stderr,
            )
        n = summary.rule_errors
        print(t(f"newslint: {n} kegagalan aturan seluruhnya", f"newslint: {n} rule failures in all"), file=sys.stderr)
    if broken or summary.rule_errors:
        return EXIT_ERROR  # a rule that could not run: the findings are incomplete
    fail_on = args.fail_on
    if fail_on is None and options.config_path:
        from newslint.config import load_config_file

        fail_on = load_config_file(Path(options.config_path)).fail_on
    return exit_for_findings(summary, options, fail_on or "error")

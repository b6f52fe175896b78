"""The ``newslint`` command.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it;
2 a usage, configuration or input error (a one-line message naming the file
and the problem on stderr; never a traceback).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import IO

from newslint import __version__

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
FAIL_ON = ("error", "warning", "info", "never")
FORMATS = ["pretty", "plain", "json", "jsonl", "sarif", "github", "html"]


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # exit 2 with one line, like every other error
        self.print_usage(sys.stderr)
        raise UsageError(f"{self.prog}: {message}")


def _csv(values: list[str] | None) -> list[str] | None:
    if not values:
        return None
    out = [v.strip() for item in values for v in item.split(",") if v.strip()]
    return out or None


def build_parser(lang: str = "id") -> argparse.ArgumentParser:
    """The command line, with every help text in ``lang`` (``--lang en`` anywhere in argv)."""

    def t(id_text: str, en_text: str) -> str:
        return en_text if lang == "en" else id_text

    p = _Parser(
        prog="newslint",
        description=t(
            "Linter gaya dan mutu naskah berita berbahasa Indonesia.",
            "Editorial style and quality linter for Indonesian news copy.",
        ),
    )
    p.add_argument(
        "--version",
        action="version",
        version=f"newslint {__version__}",
        help=t("tampilkan versi lalu keluar", "show the version and exit"),
    )
    sub = p.add_subparsers(dest="command", parser_class=_Parser, title=t("perintah", "commands"), metavar="COMMAND")
    lang_help = t("bahasa pesan dan bantuan: id atau en (bawaan: id)", "language of messages and help: id or en")
    rules_help = t("hanya aturan/keluarga ini (pisahkan dengan koma)", "only these rules/families (comma-separated)")
    ignore_help = t("abaikan aturan/keluarga ini", "skip these rules/families")
    config_help = t("berkas konfigurasi (.newslint.yaml atau pyproject.toml)", "configuration file")
    no_config_help = t("abaikan semua berkas konfigurasi", "ignore every configuration file")
    encoding_help = t("encoding naskah bila bukan UTF-8 (mis. cp1252)", "the drafts' encoding if not UTF-8")
    no_ignore_help = t("periksa juga yang diabaikan .gitignore", "also check what .gitignore ignores")
    fail_on_help = t("tingkat terendah yang membuat exit 1 (bawaan: error)", "lowest severity that exits 1")

    c = sub.add_parser(
        "check",
        help=t("periksa naskah (berkas, folder, atau - untuk stdin)", "check drafts (files, folders, or - for stdin)"),
    )
    c.add_argument("paths", nargs="+", metavar="PATH")
    c.add_argument("--format", choices=FORMATS, default=None, help=", ".join(FORMATS))
    c.add_argument("--output", "-o", metavar="FILE", help=t("tulis laporan ke FILE", "write the report to FILE"))
    c.add_argument("--select", action="append", metavar="RULES", help=rules_help)
    c.add_argument("--ignore", action="append", metavar="RULES", help=ignore_help)
    c.add_argument("--fail-on", choices=FAIL_ON, default=None, help=fail_on_help)
    c.add_argument("--lang", choices=["id", "en"], default=None, help=lang_help)
    c.add_argument("--config", metavar="FILE", help=config_help)
    c.add_argument("--no-config", action="store_true", help=no_config_help)
    c.add_argument(
        "--stdin-filename",
        metavar="NAME",
        help=t("nama naskah dari stdin (menentukan format)", "name of the draft on stdin (sets its format)"),
    )
    c.add_argument("--encoding", metavar="ENC", help=encoding_help)
    c.add_argument("--fix", action="store_true", help=t("terapkan perbaikan yang aman", "apply the safe fixes"))
    c.add_argument(
        "--unsafe-fixes",
        action="store_true",
        help=t("dengan --fix/--diff: sertakan perbaikan tidak aman", "with --fix/--diff: include unsafe fixes"),
    )
    c.add_argument(
        "--diff",
        action="store_true",
        help=t("tampilkan diff perbaikan tanpa mengubah berkas", "show the fixes as a diff, change nothing"),
    )
    c.add_argument("--no-color", action="store_true", help=t("tanpa warna", "no colours"))
    c.add_argument("--no-progress", action="store_true", help=t("tanpa bilah kemajuan", "no progress bar"))
    c.add_argument("--no-ignore", action="store_true", help=no_ignore_help)
    c.add_argument(
        "--baseline",
        metavar="FILE",
        help=t("laporkan hanya temuan yang tidak ada di baseline FILE", "report only findings not in baseline FILE"),
    )

    bl = sub.add_parser(
        "baseline",
        help=t(
            "catat temuan yang sudah ada ke berkas baseline (lihat check --baseline)",
            "record today's findings in a baseline file (see check --baseline)",
        ),
    )
    bl.add_argument("paths", nargs="+", metavar="PATH")
    bl.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help=t("berkas baseline (bawaan: .newslint-baseline.json)", "baseline file (default: .newslint-baseline.json)"),
    )
    bl.add_argument("--select", action="append", metavar="RULES", help=rules_help)
    bl.add_argument("--ignore", action="append", metavar="RULES", help=ignore_help)
    bl.add_argument("--lang", choices=["id", "en"], default=None, help=lang_help)
    bl.add_argument("--config", metavar="FILE", help=config_help)
    bl.add_argument("--no-config", action="store_true", help=no_config_help)
    bl.add_argument("--encoding", metavar="ENC", help=encoding_help)
    bl.add_argument("--no-ignore", action="store_true", help=no_ignore_help)
    bl.set_defaults(stdin_filename=None, fix=False, diff=False, unsafe_fixes=False, no_progress=True)

    r = sub.add_parser("rules", help=t("daftar semua aturan", "list every rule"))
    r.add_argument("--format", choices=["pretty", "plain", "json"], default="pretty", help="pretty, plain, json")
    r.add_argument("--lang", choices=["id", "en"], default="id", help=lang_help)

    so = sub.add_parser(
        "sources",
        help=t(
            "inventaris sumber: siapa mengatakan apa, dan klaim tanpa sumber",
            "sources inventory: who says what, and claims without a source",
        ),
    )
    so.add_argument("paths", nargs="+", metavar="FILE")
    so.add_argument("--format", choices=["pretty", "json"], default=None, help="pretty, json")
    so.add_argument("--lang", choices=["id", "en"], default="id", help=lang_help)
    so.add_argument("--encoding", metavar="ENC", help=encoding_help)
    so.add_argument("--no-ignore", action="store_true", help=no_ignore_help)

    e = sub.add_parser("explain", help=t("dokumentasi dan contoh satu aturan", "a rule's documentation and examples"))
    e.add_argument("rule", help=t("id aturan, mis. quote/mixed-marks", "a rule id, e.g. quote/mixed-marks"))
    e.add_argument("--lang", choices=["id", "en"], default="id", help=lang_help)

    # the batch options are declared here, not in newslint.batch, so `check` never imports that module
    b = sub.add_parser(
        "batch",
        help=t(
            "periksa arsip artikel (JSON Lines, CSV, Parquet); temuan ke JSON Lines",
            "check an archive of articles (JSON Lines, CSV, Parquet); findings as JSON Lines",
        ),
    )
    b.add_argument(
        "input",
        metavar="INPUT",
        help=t("arsip artikel: .jsonl, .csv, .tsv, .parquet", "archive: .jsonl, .csv, .tsv, .parquet"),
    )
    b.add_argument(
        "--text-field",
        default="text",
        metavar="NAME",
        help=t("kolom isi berita (bawaan: text)", "text column (default: text)"),
    )
    b.add_argument(
        "--id-field", default="id", metavar="NAME", help=t("kolom id artikel (bawaan: id)", "id column (default: id)")
    )
    b.add_argument(
        "--title-field", default=None, metavar="NAME", help=t("kolom judul (opsional)", "title column (optional)")
    )
    b.add_argument(
        "--input-format", choices=["jsonl", "csv", "tsv", "parquet"], default=None, help="jsonl, csv, tsv, parquet"
    )
    b.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help=t("tulis temuan (JSON Lines) ke FILE", "write the findings (JSON Lines) to FILE"),
    )
    b.add_argument(
        "--jobs", "-j", type=int, default=1, metavar="N", help=t("jumlah proses (bawaan: 1)", "processes (default: 1)")
    )
    b.add_argument(
        "--resume",
        action="store_true",
        help=t("lanjutkan run yang terputus (butuh --output)", "resume an interrupted run (needs --output)"),
    )
    b.add_argument(
        "--dask",
        metavar="SCHEDULER",
        help=t("jalankan di klaster Dask (alamat scheduler)", "run on a Dask cluster (scheduler address)"),
    )
    b.add_argument("--select", action="append", metavar="RULES", help=rules_help)
    b.add_argument("--ignore", action="append", metavar="RULES", help=ignore_help)
    b.add_argument("--lang", choices=["id", "en"], default=None, help=lang_help)
    b.add_argument("--config", metavar="FILE", help=config_help)
    b.add_argument("--no-config", action="store_true", help=no_config_help)
    b.add_argument("--no-progress", action="store_true", help=t("tanpa bilah kemajuan", "no progress bar"))
    b.add_argument("--fail-on", choices=FAIL_ON, default=None, help=fail_on_help)

    sv = sub.add_parser(
        "serve",
        help=t(
            "server HTTP berbahasa API LanguageTool (butuh newslint[server])",
            "HTTP server speaking LanguageTool's API (needs newslint[server])",
        ),
    )
    from newslint.server.main import add_arguments as add_serve_arguments

    add_serve_arguments(sv, lang)
    return p


def argv_lang(argv: Sequence[str]) -> str:
    """The language the run asked for (``--lang en``/``--lang=en``), before argparse runs:
    help and usage errors must already be in it."""
    for i, a in enumerate(argv):
        if a == "--lang" and i + 1 < len(argv):
            return "en" if argv[i + 1] == "en" else "id"
        if a.startswith("--lang="):
            return "en" if a.split("=", 1)[1] == "en" else "id"
    return "id"


# argparse's own words (Python 3.11+), for an Indonesian --help and usage errors
_ARGPARSE_ID = {
    "usage: ": "pemakaian: ",
    "positional arguments": "argumen posisi",
    "options": "opsi",
    "show this help message and exit": "tampilkan bantuan ini lalu keluar",
    "show program's version number and exit": "tampilkan versi program lalu keluar",
    "the following arguments are required: %s": "argumen berikut wajib diisi: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": "pilihan tidak sah: %(value)r (pilih dari %(choices)s)",
    "unrecognized arguments: %s": "argumen tidak dikenal: %s",
    "expected one argument": "butuh satu argumen",
    "expected at least one argument": "butuh setidaknya satu argumen",
    "argument %(argument_name)s: %(message)s": "argumen %(argument_name)s: %(message)s",
    "invalid %(type)s value: %(value)r": "nilai %(type)s tidak sah: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": "opsi ambigu: %(option)s bisa berarti %(matches)s",
    "not allowed with argument %s": "tidak boleh bersama argumen %s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: galat: %(message)s\n",
}


class _ArgparseLanguage:
    """While active, argparse's own words (headings, usage errors) are in Indonesian."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.saved = None

    def __enter__(self) -> None:
        if self.lang != "en":
            self.saved = argparse._  # type: ignore[attr-defined]
            original = self.saved
            argparse._ = lambda text: _ARGPARSE_ID.get(text, original(text))  # type: ignore[attr-defined]

    def __exit__(self, *exc: object) -> None:
        if self.saved is not None:
            argparse._ = self.saved  # type: ignore[attr-defined]


def main(argv: Sequence[str] | None = None) -> int:
    try:
        return _main(list(sys.argv[1:] if argv is None else argv))
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("newslint: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # the reader went away (| head); not an error of ours
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        except OSError:
            pass
        return EXIT_OK


def _main(argv: list[str]) -> int:
    global _LANG
    lang = _LANG = argv_lang(argv)
    with _ArgparseLanguage(lang):  # argparse reads its words both when built and when it prints
        parser = build_parser(lang)
        args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return EXIT_ERROR
    if args.command == "rules":
        return cmd_rules(args)
    if args.command == "sources":
        return cmd_sources(args)
    if args.command == "explain":
        return cmd_explain(args)
    if args.command == "serve":
        from newslint.server.main import cmd_serve

        return cmd_serve(args)
    from newslint.runtime import tune_gc

    tune_gc()
    if args.command == "baseline":
        from newslint.baseline import cmd_baseline

        return cmd_baseline(args)
    if args.command == "batch":
        from newslint.batch import cmd_batch

        return cmd_batch(args)
    return cmd_check(args)


# --- check ----------------------------------------------------------------


#: The language of this run's own messages (set from argv before anything is printed).
_LANG = "id"


def _t(id_text: str, en_text: str) -> str:
    return en_text if _LANG == "en" else id_text


def _err(message: str) -> None:
    from newslint.reporters import sanitize

    print(f"newslint: {sanitize(message)}", file=sys.stderr)


def discover(paths: list[str], *, respect_ignores: bool = True) -> tuple[list[Path | str], list[str]]:
    """Files to check, and one error line per path that yields none (folders: see newslint.walk)."""
    from newslint.parsers import FORMATS as SUFFIXES
    from newslint.walk import find_drafts

    files: list[Path | str] = []
    errors: list[str] = []
    for raw in paths:
        if raw == "-":
            files.append("-")
            continue
        p = Path(raw)
        try:
            if p.is_dir():
                found = sorted(find_drafts(p, set(SUFFIXES), respect_ignores=respect_ignores))
                if not found:
                    kinds = ", ".join(sorted(SUFFIXES))
                    errors.append(
                        _t(f"{raw}: tidak ada naskah ({kinds})", f"{raw}: no drafts found (looked for {kinds})")
                    )
                files.extend(found)
            elif p.exists() or p.is_symlink():
                files.append(p)
            else:
                errors.append(_t(f"{raw}: berkas atau folder tidak ada", f"{raw}: no such file or directory"))
        except OSError as exc:
            errors.append(f"{raw}: {exc.strerror or exc}")
    return files, errors


class _Session:
    """Config lookup and one linter per configuration, shared by all files."""

    def __init__(self, args: argparse.Namespace) -> None:
        from newslint.engine.registry import builtin_rules

        self.args = args
        self.rules = list(builtin_rules())
        self.known = {r.id for r in self.rules}
        self._configs: dict[Path | None, object] = {}
        self._linters: dict[object, object] = {}
        self._dir_config: dict[Path, Path | None] = {}  # folder (as given, and resolved) → its config file
        self.warnings: list[str] = []
        #: Custom packs, plugins or rules that failed to load or to run: the findings are incomplete.
        self.broken: list[str] = []
        self.explicit = None
        if args.config and not args.no_config:
            self.explicit = self._load(Path(args.config))

    def _load(self, path: Path):  # -> Config
        from newslint.config import load_config_file

        if path not in self._configs:
            if not path.is_file():
                from newslint.config import ConfigError

                raise ConfigError(f"{path}: configuration file not found")
            from newslint.config import check_rule_keys, check_rule_options
            from newslint.engine.registry import load_rule_dirs

            cfg = load_config_file(path)
            extra_ids: set[str] = set()
            options = {r.id: r.meta.options for r in self.rules}
            if cfg.rule_dirs:
                extra, _ = load_rule_dirs(cfg.rule_dirs)  # errors are reported when the linter loads them
                extra_ids = {r.id for r in extra}
                options.update({r.id: r.meta.options for r in extra if r.id not in options})
            if cfg.plugins:
                from newslint.plugins import load_plugins

                extra, _ = load_plugins(cfg.plugins, known_ids=self.known)  # errors: reported by linter_for
                extra_ids |= {r.id for r in extra}
                options.update({r.id: r.meta.options for r in extra if r.id not in options})
            check_rule_keys(cfg, self.known | extra_ids)
            check_rule_options(cfg, options)
            self._configs[path] = cfg
        return self._configs[path]

    def config_for(self, file: Path | None):  # -> Config | None
        from newslint.config import find_config_file

        if self.args.no_config:
            return None
        if self.explicit is not None:
            return self.explicit
        folder = file.parent if file is not None else Path.cwd()
        found = self._dir_config.get(folder, False)  # keyed by the folder as given: no realpath per draft
        if found is False:
            start = folder.resolve()
            if start not in self._dir_config:
                self._dir_config[start] = find_config_file(start)
            found = self._dir_config[folder] = self._dir_config[start]
        return self._load(found) if found else None

    def linter_for(self, config):  # -> Linter
        from newslint.engine.linter import Linter
        from newslint.engine.registry import load_rule_dirs

        key = id(config) if config is not None else None
        if key not in self._linters:
            rules = list(self.rules)
            if config is not None and config.rule_dirs:
                extra, errors = load_rule_dirs(config.rule_dirs)
                self.warnings.extend(errors)
                self.broken.extend(errors)
                rules += [r for r in extra if r.id not in self.known]
            if config is not None and config.plugins:
                from newslint.plugins import load_plugins

                extra, errors = load_plugins(config.plugins, known_ids={r.id for r in rules})
                self.warnings.extend(f"{config.path}: {e}" for e in errors)
                self.broken.extend(errors)
                rules += extra
            from newslint.engine.linter import UnknownSelectorError, describe_unknown_selectors

            try:
                self._linters[key] = Linter(
                    rules,
                    config,
                    lang=self.args.lang,
                    select=_csv(self.args.select),
                    ignore=_csv(self.args.ignore),
                )
            except UnknownSelectorError as exc:
                why = describe_unknown_selectors(exc.problems, _LANG)
                raise UsageError(f"newslint {self.args.command}: {why}") from None
        return self._linters[key]


def check_paths(args: argparse.Namespace, diffs: list[str]):  # -> tuple[Report, _Session, list, bool] | None
    """Discover the drafts, set up config and rules, check each draft.

    Returns (report, session, files, failed) — ``failed`` when a path or a
    draft could not be checked (each already reported on stderr) — or None
    when the configuration or the rules cannot be loaded at all.
    """
    from newslint.config import ConfigError
    from newslint.engine.yaml_rules import RuleLoadError
    from newslint.reporters import Report

    files, path_errors = discover(args.paths, respect_ignores=not getattr(args, "no_ignore", False))
    failed = bool(path_errors)
    for e in path_errors:
        _err(e)
    try:
        session = _Session(args)
    except (ConfigError, RuleLoadError) as exc:
        _err(str(exc))
        return None
    from newslint.runtime import freeze_loaded

    report = Report()
    progress = _Progress(len(files), enabled=not getattr(args, "no_progress", False) and _stderr_is_terminal())
    try:
        for i, f in enumerate(files):
            if i == 1:
                freeze_loaded()  # the rules and language data now loaded live for the whole run
            result = _check_one(f, args, session, diffs)
            if result.error:
                progress.log(result.error)
                failed = True
            report.files.append(result)
            progress.advance(i + 1)
    finally:
        progress.stop()
    return report, session, files, failed


def _stderr_is_terminal() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


class _Progress:
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
                TextColumn(_t("memeriksa", "checking")),
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
            from newslint.reporters import sanitize

            self.bar.console.print(f"newslint: {sanitize(message)}", markup=False, highlight=False)
        else:
            _err(message)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


def cmd_check(args: argparse.Namespace) -> int:
    from newslint.engine.finding import Severity
    from newslint.reporters import ReportOptions

    if args.diff and args.fix:
        raise UsageError("newslint check: --fix and --diff cannot be used together (--diff writes nothing)")
    if args.paths.count("-") > 1:
        raise UsageError("newslint check: '-' (stdin) can be given only once")
    diffs: list[str] = []
    checked = check_paths(args, diffs)
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
            _err(str(exc))
            return EXIT_ERROR
    for w in session.warnings:
        _err(w)
    report.warnings = list(session.warnings)
    cfg0 = session.explicit or (session.config_for(None) if not args.no_config else None) if not files else None
    if lang is None:
        lang = (cfg0.lang if cfg0 else None) or _first_lang(session, files) or "id"
    if fail_on is None:
        fail_on = (cfg0.fail_on if cfg0 else None) or "error"
    fmt = args.format or ("pretty" if _isatty(args) else "plain")
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


def _fix_summary(report, lang: str, *, dry_run: bool) -> str:
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


def _first_lang(session: _Session, files: list[Path | str]) -> str | None:
    for f in files:
        try:
            cfg = session.config_for(f if isinstance(f, Path) else None)
        except Exception:  # noqa: BLE001 - already reported per file
            return None
        if cfg is not None and cfg.lang:
            return cfg.lang
    return None


def _isatty(args: argparse.Namespace) -> bool:
    if args.output:
        return False
    try:
        return sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


def _emit(fmt: str, report, options, output: str | None) -> None:
    from newslint.reporters import render

    if output:
        import io

        from newslint.fixes import write_text_atomic

        buf = io.StringIO()
        render(fmt, report, buf, options)
        try:
            write_text_atomic(Path(output), buf.getvalue())
        except OSError as exc:
            why = exc.strerror or exc
            raise UsageError(
                _t(f"newslint: tidak bisa menulis {output}: {why}", f"newslint: cannot write {output}: {why}")
            ) from None
        return
    render(fmt, report, sys.stdout, options)
    sys.stdout.flush()


def _check_in_chunks(text: str, name: str, args: argparse.Namespace) -> bool:
    """Very large plain-text drafts are checked piece by piece (bounded memory);
    --fix and --diff need the whole document, so they keep the normal path."""
    from newslint.chunking import CHUNK_CHARS
    from newslint.parsers import format_for

    return len(text) > CHUNK_CHARS and format_for(name) == "text" and not (args.fix or args.diff)


def _check_large(text: str, name: str, linter, datelines, session: _Session):  # -> FileResult
    from newslint.chunking import lint_in_chunks
    from newslint.model.document import Document
    from newslint.reporters import FileResult

    # a document without tokens: its line index places the findings, and reporters quote from it
    whole = Document(source=text, text=text, path=name)
    findings, words, errors = lint_in_chunks(whole, linter, datelines=datelines)
    for rid, msg in errors:
        session.warnings.append(_rule_failed(name, rid, msg))
        session.broken.append(rid)
    return FileResult(name, findings, doc=whole, words=words)


def _rule_failed(name: str, rid: str, msg: str) -> str:
    return _t(f"{name}: aturan {rid} gagal dan dilewati ({msg})", f"{name}: rule {rid} failed and was skipped ({msg})")


def _check_one(f: Path | str, args: argparse.Namespace, session: _Session, diffs: list[str]):
    from newslint.config import ConfigError
    from newslint.fixes import fix_until_stable, unified_diff, write_fixed
    from newslint.model.zones import DEFAULT_DATELINES, DatelineMatcher
    from newslint.parsers import BINARY_FORMATS, format_for, parse_bytes, parse_text
    from newslint.reporters import FileResult
    from newslint.sources import InputError, decode, read_draft_bytes

    name = args.stdin_filename or "<stdin>" if f == "-" else str(f)
    try:
        if f == "-":
            if args.fix:
                raise InputError("<stdin>: --fix needs files (use --diff to see the changes)")
            data = sys.stdin.buffer.read()
            config = session.config_for(Path(args.stdin_filename).resolve() if args.stdin_filename else None)
        else:
            assert isinstance(f, Path)
            data = read_draft_bytes(f)
            config = session.config_for(f)
        linter = session.linter_for(config)
        datelines = DatelineMatcher(config.datelines + DEFAULT_DATELINES) if config and config.datelines else None
        decoded = None
        if format_for(name) in BINARY_FORMATS:
            doc = parse_bytes(data, name, datelines=datelines)
            if args.fix or args.diff:
                session.warnings.append(
                    _t(
                        f"{name}: berkas .docx diperiksa tetapi tidak pernah diubah; perbaiki di Word",
                        f"{name}: .docx files are checked but never rewritten; fix them in Word",
                    )
                )
        else:
            decoded = decode(data, name, args.encoding)
            if _check_in_chunks(decoded.text, name, args):
                return _check_large(decoded.text, name, linter, datelines, session)
            doc = parse_text(decoded.text, name, fmt=format_for(name), datelines=datelines)
        result = linter.lint(doc)
        if config is not None and config.languagetool:
            from newslint.languagetool import add_languagetool_findings

            add_languagetool_findings(doc, result, config.languagetool, args, session.warnings)
        for rid, msg in result.rule_errors:
            session.warnings.append(_rule_failed(name, rid, msg))
            session.broken.append(rid)
        findings = result.findings
        fr = FileResult(name, findings, doc=doc, words=doc.word_count)
        if (args.fix or args.diff) and decoded is not None:
            fmt_name = format_for(name)

            def relint(text: str) -> list:
                # every pass re-parses: one fix can shift quotations, sentences or offsets
                again = linter.lint(parse_text(text, name, fmt=fmt_name, datelines=datelines))
                return again.findings

            outcome = fix_until_stable(decoded.text, relint, unsafe=args.unsafe_fixes, first=findings)
            if outcome.text != decoded.text:
                if args.diff:
                    diffs.append(unified_diff(decoded.text, outcome.text, name))
                else:
                    write_fixed(Path(str(f)), outcome.text, decoded)
                    fr.doc = parse_text(outcome.text, name, fmt=fmt_name, datelines=datelines)
                    fr.findings = outcome.findings
                fr.fixed = outcome.applied
            if not outcome.converged:
                n = outcome.passes
                session.warnings.append(
                    _t(
                        f"{name}: perbaikan belum stabil setelah {n} putaran; periksa hasilnya",
                        f"{name}: fixes did not settle after {n} passes; check the result",
                    )
                )
        if fr.doc is not None:
            fr.doc.drop_analysis()
        return fr
    except (InputError, ConfigError) as exc:
        return FileResult(name, error=str(exc))
    except OSError as exc:
        return FileResult(name, error=f"{name}: {exc.strerror or exc}")
    except RecursionError:
        return FileResult(name, error=f"{name}: the draft is nested too deeply to analyse")
    except MemoryError:
        return FileResult(name, error=f"{name}: out of memory while checking")


# --- sources ------------------------------------------------------------------


def load_document(f: Path, encoding: str | None = None):  # -> Document
    """Read and parse one draft (any supported format); raises InputError."""
    from newslint.parsers import BINARY_FORMATS, format_for, parse_bytes, parse_text
    from newslint.sources import decode, read_draft_bytes

    name = str(f)
    data = read_draft_bytes(f)
    if format_for(name) in BINARY_FORMATS:
        return parse_bytes(data, name)
    return parse_text(decode(data, name, encoding).text, name, fmt=format_for(name))


def cmd_sources(args: argparse.Namespace) -> int:
    """``newslint sources``: who says what in each draft, for fact-checkers."""
    import json

    from newslint.analysis.genre import CONFIG_KEY
    from newslint.config import ConfigError, find_config_file, load_config_file
    from newslint.sources import InputError
    from newslint.sources_inventory import build_inventory, render_sources

    genres: dict[Path, str | None] = {}  # config file -> its genre, read once

    def config_genre(file: Path) -> str | None:
        found = find_config_file(file.resolve().parent)
        if found is None:
            return None
        if found not in genres:
            genres[found] = load_config_file(found).genre
        return genres[found]

    files, errors = discover(args.paths, respect_ignores=not args.no_ignore)
    failed = bool(errors)
    for e in errors:
        _err(e)
    fmt = args.format or ("pretty" if sys.stdout.isatty() else "json")
    inventories = []
    for f in files:
        if f == "-":
            _err(
                _t(
                    "sources: '-' (stdin) tidak didukung; sebutkan berkasnya",
                    "sources: '-' (stdin) is not supported; name a file",
                )
            )
            failed = True
            continue
        try:
            doc = load_document(Path(f), args.encoding)
            doc.cache[CONFIG_KEY] = config_genre(Path(f))  # the configuration's genre: for the inventory's genre
        except (InputError, ConfigError) as exc:
            _err(str(exc))
            failed = True
            continue
        inventories.append(build_inventory(doc))
    if fmt == "json":
        payload = inventories[0] if len(inventories) == 1 else {"files": inventories}
        json.dump(payload, sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        for inv in inventories:
            render_sources(inv, "pretty", sys.stdout, args.lang)
    return EXIT_ERROR if failed else EXIT_OK


# --- rules / explain --------------------------------------------------------


def cmd_rules(args: argparse.Namespace) -> int:
    import json

    from newslint.engine.registry import builtin_rules

    rules = builtin_rules()
    if args.format == "json":
        json.dump(
            [
                {
                    "id": r.id,
                    "severity": r.meta.severity.value,
                    "enabled": r.meta.enabled,
                    "fixable": r.meta.fixable,
                    "summary": r.meta.summary[args.lang],
                }
                for r in rules
            ],
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        print()
        return EXIT_OK
    en = args.lang == "en"
    if args.format == "plain":
        # one rule a line, tab-separated: for grep, cut and spreadsheets
        for r in rules:
            on = ("on" if en else "aktif") if r.meta.enabled else ("off" if en else "mati")
            fix = ("fixable" if en else "bisa-diperbaiki") if r.meta.fixable else "-"
            sys.stdout.write(f"{r.id}\t{r.meta.severity.value}\t{on}\t{fix}\t{r.meta.summary[args.lang]}\n")
        return EXIT_OK
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from newslint.reporters.pretty import LABEL, print_hanging

    labels = LABEL["en" if en else "id"]
    console = Console(highlight=False)
    if console.width < 90:
        # narrow terminal: one rule per block, the summary wrapped under it (ids never cut)
        for r in rules:
            head = Text(r.id, style="magenta")
            head.append(f"  {labels[r.meta.severity]}")
            if not r.meta.enabled:
                head.append("  (off)" if en else "  (mati)", style="dim")
            if r.meta.fixable:
                head.append("  fix", style="dim")
            console.print(head, overflow="fold")
            print_hanging(console, Text("    "), Text(r.meta.summary[args.lang]))
        return EXIT_OK
    t = Table(show_edge=False)
    # ids are never cut or wrapped: they are copied into --select and config files
    t.add_column("id", no_wrap=True, min_width=max(len(r.id) for r in rules))
    t.add_column("severity" if en else "tingkat", no_wrap=True)
    t.add_column("on" if en else "aktif", no_wrap=True)
    t.add_column("fix", no_wrap=True)
    t.add_column("summary" if en else "ringkasan", ratio=1)
    for r in rules:
        t.add_row(
            r.id,
            labels[r.meta.severity],
            "✓" if r.meta.enabled else "–",
            "✓" if r.meta.fixable else "",
            r.meta.summary[args.lang],
        )
    console.print(t)
    return EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    from newslint.engine.registry import builtin_rules

    by_id = {r.id: r for r in builtin_rules()}
    r = by_id.get(args.rule)
    if r is None:
        close = [i for i in by_id if args.rule in i]
        if close:
            hint = _t(f" (maksudnya {', '.join(close[:5])}?)", f" (did you mean {', '.join(close[:5])}?)")
        else:
            hint = _t(" (lihat 'newslint rules')", " (see 'newslint rules')")
        raise UsageError(
            _t(f"newslint explain: aturan {args.rule!r} tidak dikenal", f"newslint explain: unknown rule {args.rule!r}")
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


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

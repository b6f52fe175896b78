"""The ``newslint`` command.

Exit codes: 0 nothing at or above ``--fail-on``; 1 findings at or above it;
2 a usage, configuration or input error (a one-line message naming the file
and the problem on stderr; never a traceback).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterator, Sequence
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


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="newslint", description="Linter gaya dan mutu naskah berita berbahasa Indonesia.")
    p.add_argument("--version", action="version", version=f"newslint {__version__}")
    sub = p.add_subparsers(dest="command", parser_class=_Parser)

    c = sub.add_parser("check", help="periksa naskah (berkas, folder, atau - untuk stdin)")
    c.add_argument("paths", nargs="+", metavar="PATH")
    c.add_argument(
        "--format", choices=FORMATS, default=None, help="pretty (terminal), plain, json, jsonl, sarif, github, html"
    )
    c.add_argument("--output", "-o", metavar="FILE", help="tulis laporan ke FILE, bukan stdout")
    c.add_argument(
        "--select", action="append", metavar="RULES", help="hanya aturan/keluarga ini (pisahkan dengan koma)"
    )
    c.add_argument("--ignore", action="append", metavar="RULES", help="abaikan aturan/keluarga ini")
    c.add_argument(
        "--fail-on", choices=FAIL_ON, default=None, help="tingkat terendah yang membuat exit 1 (bawaan: error)"
    )
    c.add_argument("--lang", choices=["id", "en"], default=None, help="bahasa pesan (bawaan: id)")
    c.add_argument("--config", metavar="FILE", help="berkas konfigurasi (.newslint.yaml atau pyproject.toml)")
    c.add_argument("--no-config", action="store_true", help="abaikan semua berkas konfigurasi")
    c.add_argument("--stdin-filename", metavar="NAME", help="nama untuk naskah dari stdin (menentukan format)")
    c.add_argument("--encoding", metavar="ENC", help="encoding naskah bila bukan UTF-8 (mis. cp1252)")
    c.add_argument("--fix", action="store_true", help="terapkan perbaikan yang aman ke berkas")
    c.add_argument("--unsafe-fixes", action="store_true", help="dengan --fix/--diff: sertakan perbaikan tidak aman")
    c.add_argument("--diff", action="store_true", help="tampilkan diff perbaikan tanpa mengubah berkas")
    c.add_argument("--no-color", action="store_true", help="tanpa warna")
    c.add_argument("--baseline", metavar="FILE", help="laporkan hanya temuan yang tidak ada di baseline FILE")

    bl = sub.add_parser("baseline", help="catat temuan yang sudah ada ke berkas baseline (lihat check --baseline)")
    bl.add_argument("paths", nargs="+", metavar="PATH")
    bl.add_argument("--output", "-o", metavar="FILE", help="berkas baseline (bawaan: .newslint-baseline.json)")
    bl.add_argument("--select", action="append", metavar="RULES", help="hanya aturan/keluarga ini")
    bl.add_argument("--ignore", action="append", metavar="RULES", help="abaikan aturan/keluarga ini")
    bl.add_argument("--config", metavar="FILE", help="berkas konfigurasi")
    bl.add_argument("--no-config", action="store_true", help="abaikan semua berkas konfigurasi")
    bl.add_argument("--encoding", metavar="ENC", help="encoding naskah bila bukan UTF-8")
    bl.set_defaults(lang=None, stdin_filename=None, fix=False, diff=False, unsafe_fixes=False)

    r = sub.add_parser("rules", help="daftar semua aturan")
    r.add_argument("--format", choices=["pretty", "json"], default="pretty")
    r.add_argument("--lang", choices=["id", "en"], default="id")

    so = sub.add_parser("sources", help="inventaris sumber: siapa mengatakan apa, dan klaim tanpa sumber")
    so.add_argument("paths", nargs="+", metavar="FILE")
    so.add_argument("--format", choices=["pretty", "json"], default=None, help="pretty (terminal) atau json")
    so.add_argument("--lang", choices=["id", "en"], default="id")
    so.add_argument("--encoding", metavar="ENC", help="encoding naskah bila bukan UTF-8")

    e = sub.add_parser("explain", help="dokumentasi dan contoh satu aturan")
    e.add_argument("rule")
    e.add_argument("--lang", choices=["id", "en"], default="id")

    # the batch options are declared here, not in newslint.batch, so `check` never imports that module
    b = sub.add_parser("batch", help="periksa arsip artikel (JSON Lines, CSV, Parquet); temuan ke JSON Lines")
    b.add_argument("input", metavar="INPUT", help="arsip artikel: .jsonl, .csv, .tsv atau .parquet")
    b.add_argument("--text-field", default="text", metavar="NAME", help="kolom/field isi berita (bawaan: text)")
    b.add_argument("--id-field", default="id", metavar="NAME", help="kolom/field id artikel (bawaan: id)")
    b.add_argument("--title-field", default=None, metavar="NAME", help="kolom/field judul (opsional)")
    b.add_argument("--input-format", choices=["jsonl", "csv", "tsv", "parquet"], default=None)
    b.add_argument("--output", "-o", metavar="FILE", help="tulis temuan (JSON Lines) ke FILE, bukan stdout")
    b.add_argument("--jobs", "-j", type=int, default=1, metavar="N", help="jumlah proses (bawaan: 1)")
    b.add_argument("--resume", action="store_true", help="lanjutkan run yang terputus (butuh --output)")
    b.add_argument("--dask", metavar="SCHEDULER", help="jalankan di klaster Dask (alamat scheduler)")
    b.add_argument("--select", action="append", metavar="RULES", help="hanya aturan/keluarga ini")
    b.add_argument("--ignore", action="append", metavar="RULES", help="abaikan aturan/keluarga ini")
    b.add_argument("--lang", choices=["id", "en"], default=None, help="bahasa pesan (bawaan: id)")
    b.add_argument("--config", metavar="FILE", help="berkas konfigurasi")
    b.add_argument("--no-config", action="store_true", help="abaikan semua berkas konfigurasi")
    b.add_argument("--no-progress", action="store_true", help="tanpa bilah kemajuan")

    sv = sub.add_parser("serve", help="server HTTP yang berbicara API LanguageTool (butuh newslint[server])")
    from newslint.server.main import add_arguments as add_serve_arguments

    add_serve_arguments(sv)
    return p


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
    parser = build_parser()
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


def _err(message: str) -> None:
    from newslint.reporters import sanitize

    print(f"newslint: {sanitize(message)}", file=sys.stderr)


def discover(paths: list[str]) -> tuple[list[Path | str], list[str]]:
    """Files to check, and one error line per path that yields none."""
    from newslint.parsers import FORMATS as SUFFIXES

    files: list[Path | str] = []
    errors: list[str] = []
    for raw in paths:
        if raw == "-":
            files.append("-")
            continue
        p = Path(raw)
        try:
            if p.is_dir():
                found = sorted(_walk(p, set(SUFFIXES)))
                if not found:
                    errors.append(f"{raw}: no drafts found (looked for {', '.join(sorted(SUFFIXES))})")
                files.extend(found)
            elif p.exists() or p.is_symlink():
                files.append(p)
            else:
                errors.append(f"{raw}: no such file or directory")
        except OSError as exc:
            errors.append(f"{raw}: {exc.strerror or exc}")
    return files, errors


def _walk(root: Path, suffixes: set[str]) -> Iterator[Path]:
    # followlinks=False: a symlink loop cannot send us round in circles
    for folder, dirs, names in os.walk(root, followlinks=False):
        dirs[:] = [d for d in dirs if not d.startswith(".") and d not in ("node_modules", "__pycache__")]
        for name in names:
            if Path(name).suffix.lower() in suffixes and not name.startswith("."):
                yield Path(folder) / name


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
                rules += [r for r in extra if r.id not in self.known]
            if config is not None and config.plugins:
                from newslint.plugins import load_plugins

                extra, errors = load_plugins(config.plugins, known_ids={r.id for r in rules})
                self.warnings.extend(f"{config.path}: {e}" for e in errors)
                rules += extra
            self._linters[key] = Linter(
                rules,
                config,
                lang=self.args.lang,
                select=_csv(self.args.select),
                ignore=_csv(self.args.ignore),
            )
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

    files, path_errors = discover(args.paths)
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
    for i, f in enumerate(files):
        if i == 1:
            freeze_loaded()  # the rules and language data now loaded live for the whole run
        result = _check_one(f, args, session, diffs)
        if result.error:
            _err(result.error)
            failed = True
        report.files.append(result)
    return report, session, files, failed


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
        sys.stdout.write("".join(diffs))
    else:
        _emit(fmt, report, options, args.output)
    if (args.fix or args.diff) and (args.diff or fmt != "pretty" or args.output):
        # the pretty summary says it itself; other formats keep stdout machine-readable
        print(_fix_summary(report, lang, dry_run=args.diff), file=sys.stderr)
    if exit_error:
        return EXIT_ERROR
    if fail_on == "never":
        return EXIT_OK
    threshold = Severity(fail_on).rank
    if any(x.severity.rank >= threshold for x in report.all_findings()):
        return EXIT_FINDINGS
    return EXIT_OK


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
            raise UsageError(f"newslint: cannot write {output}: {exc.strerror or exc}") from None
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
        session.warnings.append(f"{name}: rule {rid} failed and was skipped ({msg})")
    return FileResult(name, findings, doc=whole, words=words)


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
                session.warnings.append(f"{name}: .docx files are checked but never rewritten; fix them in Word")
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
            session.warnings.append(f"{name}: rule {rid} failed and was skipped ({msg})")
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
                session.warnings.append(f"{name}: fixes did not settle after {outcome.passes} passes; check the result")
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

    from newslint.sources import InputError
    from newslint.sources_inventory import build_inventory, render_sources

    files, errors = discover(args.paths)
    failed = bool(errors)
    for e in errors:
        _err(e)
    fmt = args.format or ("pretty" if sys.stdout.isatty() else "json")
    inventories = []
    for f in files:
        if f == "-":
            _err("sources: '-' (stdin) is not supported; name a file")
            failed = True
            continue
        try:
            doc = load_document(Path(f), args.encoding)
        except InputError as exc:
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
    from rich.console import Console
    from rich.table import Table

    t = Table(show_edge=False)
    for col in (
        "id",
        "severity",
        "on" if args.lang == "en" else "aktif",
        "fix",
        "summary" if args.lang == "en" else "ringkasan",
    ):
        t.add_column(col)
    for r in rules:
        t.add_row(
            r.id,
            r.meta.severity.value,
            "✓" if r.meta.enabled else "–",
            "✓" if r.meta.fixable else "",
            r.meta.summary[args.lang],
        )
    Console(highlight=False).print(t)
    return EXIT_OK


def cmd_explain(args: argparse.Namespace) -> int:
    from newslint.engine.registry import builtin_rules

    by_id = {r.id: r for r in builtin_rules()}
    r = by_id.get(args.rule)
    if r is None:
        close = [i for i in by_id if args.rule in i]
        hint = f" (did you mean {', '.join(close[:5])}?)" if close else " (see 'newslint rules')"
        raise UsageError(f"newslint explain: unknown rule {args.rule!r}{hint}")
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

"""Batch mode: lint an archive of articles (JSON Lines, CSV or Parquet).

``newslint batch INPUT --text-field text --id-field id`` reads one article per
record, lints it with the same rules and configuration as ``newslint check``
and writes every finding as one JSON object per line (the finding's fields
from the JSON report plus the article ``id``).  A summary per rule (count and
rate per 1,000 words) is printed at the end.

Offsets and lines of a finding refer to the article's text field, or, when
``--title-field`` is given, to the draft ``title + "\\n\\n" + text`` (so the
headline is line 1, as in a plain-text draft checked with ``newslint check``).

Scale: ``--jobs N`` lints in N worker processes, each of which loads the rules
and the lexicon once.  Results are always written in input order, so the
output does not depend on the number of workers.  After every chunk the
output is flushed and a small progress file (``OUTPUT.progress.json``) records
how many input records are done and the output size at that point; after an
interruption ``--resume`` cuts the output back to that size (dropping a
half-written chunk) and continues with the next record.  The Dask runner
(:mod:`newslint.batch_dask`) shares the article and output code below.
"""

from __future__ import annotations

import json
import os
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from newslint.app.pipeline import draft_text, parse_article  # noqa: F401 - draft_text: part of this module's API

#: The name tests and older callers use for :func:`newslint.app.pipeline.parse_article`.
make_document = parse_article

#: Input format by file suffix.
INPUT_FORMATS = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".csv": "csv",
    ".tsv": "tsv",
    ".parquet": "parquet",
    ".pq": "parquet",
}
PROGRESS_SUFFIX = ".progress.json"
CHUNK_SIZE = 32  # articles per task: large enough to amortise pickling, small enough for a smooth progress bar
MAX_WARNINGS = 10  # per-record warnings printed in full; the rest are counted


class BatchError(Exception):
    """A problem with the batch input, output or options (one line, no traceback)."""


# --- options and the per-process linter cache -------------------------------------


@dataclass(frozen=True)
class BatchOptions:
    """Everything a worker needs to lint articles exactly like the main process (picklable)."""

    text_field: str = "text"
    id_field: str = "id"
    title_field: str | None = None
    config_path: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] | None = None
    lang: str | None = None


@dataclass
class _Worker:
    linter: Any
    datelines: Any


_WORKERS: dict[BatchOptions, _Worker] = {}
_WORKERS_LOCK = threading.Lock()  # Dask workers may run several tasks in threads


def worker_for(options: BatchOptions) -> _Worker:
    """The linter for ``options``, built once per process (rules, config and lexicon load once)."""
    w = _WORKERS.get(options)
    if w is not None:
        return w
    with _WORKERS_LOCK:
        w = _WORKERS.get(options)
        if w is None:
            w = _build_worker(options)
            _WORKERS[options] = w
    return w


def _build_worker(options: BatchOptions) -> _Worker:
    linter, datelines = build_linter(options)
    w = _Worker(linter, datelines)
    # warm the lazily loaded resources (lexicon, gazetteer, compiled patterns) now,
    # so the first real chunk does not pay for them and timings stay even
    lint_article(w, "warm-up", "Jakarta - Warga kota itu berkata bahwa hujan turun sejak pagi.", "Hujan di kota")
    return w


def _session(options: BatchOptions) -> Any:  # -> newslint.app.assembly.Session
    from newslint.app.assembly import Session

    return Session(
        config=options.config_path,
        no_config=not options.config_path,
        lang=options.lang,
        select=list(options.select) if options.select else None,
        ignore=list(options.ignore) if options.ignore else None,
    )


def build_linter(options: BatchOptions) -> tuple[Any, Any]:
    """The linter and dateline matcher for these options, assembled as ``newslint check``
    assembles them (raises UnknownSelectorError, ConfigError)."""
    from newslint.app.pipeline import datelines_for

    session = _session(options)
    config = session.config_for(None)
    return session.linter_for(config), datelines_for(config)


# --- one article ------------------------------------------------------------------


@dataclass
class ArticleResult:
    id: str
    words: int = 0
    #: The article's findings, already serialised: one JSON object per line.
    lines: str = ""
    by_rule: dict[str, int] = field(default_factory=dict)
    #: Rules that raised on this article: "rule: message".
    rule_errors: list[str] = field(default_factory=list)


def lint_article(worker: _Worker, art_id: str, text: str, title: str | None = None) -> ArticleResult:
    doc = parse_article(text, title, f"<{art_id}>", worker.datelines)
    result = worker.linter.lint(doc)
    counts: Counter[str] = Counter()
    parts: list[str] = []
    dumps = json.dumps
    for f in result.findings:
        counts[f.rule] += 1
        parts.append(dumps({"id": art_id, **f.to_json()}, ensure_ascii=False))
        parts.append("\n")
    return ArticleResult(
        art_id,
        doc.word_count,
        "".join(parts),
        dict(counts),
        [f"{rid}: {msg}" for rid, msg in result.rule_errors],
    )


def lint_items(options: BatchOptions, items: list[tuple[str, str, str | None]]) -> list[ArticleResult]:
    """Lint a chunk of (id, text, title) in this process."""
    worker = worker_for(options)
    return [lint_article(worker, i, t, h) for i, t, h in items]


def _init_pool_worker(options: BatchOptions, parent: int) -> None:
    from newslint.pools import start_worker

    # Ctrl-C is the parent's to handle (it keeps what is written and exits cleanly); a killed parent
    # takes its workers with it
    start_worker(parent)
    from newslint.runtime import tune_gc

    tune_gc()
    worker_for(options)


def _pool_lint(items: list[tuple[str, str, str | None]]) -> list[ArticleResult]:
    from newslint.runtime import freeze_loaded

    (options,) = _WORKERS.keys()  # the pool initializer built exactly one
    results = lint_items(options, items)
    freeze_loaded()  # after the first chunk the language data is loaded: keep it out of GC walks
    return results


# --- reading the input -----------------------------------------------------------


def input_format(path: Path, fmt: str | None = None) -> str:
    if fmt:
        return fmt
    found = INPUT_FORMATS.get(path.suffix.lower())
    if found is None and path.suffix.lower() in (".gz", ".bz2", ".xz"):
        raise BatchError(f"{path}: compressed input is not supported; decompress it first")
    if found is None:
        raise BatchError(f"{path}: unknown input format (use .jsonl, .csv, .tsv or .parquet, or --input-format)")
    return found


@dataclass
class Record:
    """One input record: where it is (for messages) and the article or why it was skipped."""

    where: str
    id: str = ""
    text: str = ""
    title: str | None = None
    problem: str | None = None


def iter_records(path: Path, options: BatchOptions, fmt: str | None = None) -> Iterator[Record]:
    """The records of ``path`` in order; unreadable records come back with a ``problem``."""
    fmt = input_format(path, fmt)
    if fmt == "jsonl":
        rows: Iterable[tuple[str, Any]] = _jsonl_rows(path)
    elif fmt in ("csv", "tsv"):
        rows = _csv_rows(path, "\t" if fmt == "tsv" else ",")
    elif fmt == "parquet":
        rows = _parquet_rows(path, options)
    else:
        raise BatchError(f"unknown input format {fmt!r}")
    for n, (where, row) in enumerate(rows, 1):
        yield record_from_row(row, options, where, n)


def record_from_row(row: Any, options: BatchOptions, where: str, position: int) -> Record:
    if isinstance(row, str):  # a parse problem found by the reader
        return Record(where, problem=row)
    if not isinstance(row, dict):
        return Record(where, problem="not an object")
    text = row.get(options.text_field)
    if not isinstance(text, str):
        what = "missing" if text is None else f"not text ({type(text).__name__})"
        return Record(where, problem=f"field {options.text_field!r} is {what}")
    raw_id = row.get(options.id_field)
    art_id = str(position) if raw_id is None or raw_id == "" else str(raw_id)
    title = None
    if options.title_field:
        t = row.get(options.title_field)
        title = t if isinstance(t, str) else None
    return Record(where, art_id, text, title)


def _jsonl_rows(path: Path) -> Iterator[tuple[str, Any]]:
    with _open_text(path) as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                yield f"{path}:{n}", json.loads(line)
            except ValueError as exc:
                yield f"{path}:{n}", f"not valid JSON ({exc.args[0].split(':')[0] if exc.args else exc})"


def _csv_rows(path: Path, delimiter: str) -> Iterator[tuple[str, Any]]:
    import csv

    # articles are longer than the csv module's default field limit (128 KiB)
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with _open_text(path, newline="") as fh:
        reader = csv.DictReader(fh, delimiter=delimiter)
        try:
            for row in reader:
                yield f"{path}:{reader.line_num}", row
        except csv.Error as exc:
            raise BatchError(f"{path}:{reader.line_num}: invalid CSV ({exc})") from None


def _parquet_rows(path: Path, options: BatchOptions) -> Iterator[tuple[str, Any]]:
    pq = _pyarrow_parquet()
    try:
        pf = pq.ParquetFile(path)
    except Exception as exc:  # noqa: BLE001 - pyarrow raises several kinds for a bad file
        raise BatchError(f"{path}: cannot read Parquet file ({exc})") from None
    names = set(pf.schema_arrow.names)
    if options.text_field not in names:
        raise BatchError(f"{path}: no column {options.text_field!r} (columns: {', '.join(sorted(names))})")
    wanted = [c for c in (options.id_field, options.text_field, options.title_field) if c and c in names]
    n = 0
    for batch in pf.iter_batches(columns=wanted, batch_size=1024):
        for row in batch.to_pylist():
            n += 1
            yield f"{path}: row {n}", row


def _pyarrow_parquet() -> Any:
    try:
        import pyarrow.parquet as pq
    except ImportError:
        raise BatchError("reading Parquet needs pyarrow: pip install 'newslint[parquet]'") from None
    return pq


def _open_text(path: Path, newline: str | None = None) -> IO[str]:
    try:
        # utf-8-sig: exports from spreadsheet programs often start with a BOM
        return path.open(encoding="utf-8-sig", errors="strict", newline=newline)
    except OSError as exc:
        raise BatchError(f"{path}: {exc.strerror or exc}") from None


def count_records(path: Path, options: BatchOptions, fmt: str | None = None) -> int | None:
    """How many records ``path`` holds (for the progress bar's ETA), or None when unknown."""
    fmt = input_format(path, fmt)
    try:
        if fmt == "jsonl":
            n = 0
            with path.open("rb") as fh:
                for line in fh:
                    n += bool(line.strip())
            return n
        if fmt == "parquet":
            return _pyarrow_parquet().ParquetFile(path).metadata.num_rows
        return sum(1 for _ in _csv_rows(path, "\t" if fmt == "tsv" else ","))
    except (OSError, BatchError, ValueError):
        return None


# --- writing results --------------------------------------------------------------


@dataclass
class BatchSummary:
    records: int = 0  # input records consumed (articles + skipped)
    articles: int = 0
    skipped: int = 0
    words: int = 0
    by_rule: Counter = field(default_factory=Counter)
    rule_errors: int = 0
    seconds: float = 0.0
    resumed_from: int = 0
    last_id: str | None = None
    chunks: int = 0  # chunks (Dask: partitions) written
    #: The first few rule failures, "article: rule: message" (not kept across --resume).
    rule_error_samples: list[str] = field(default_factory=list)

    @property
    def findings(self) -> int:
        return sum(self.by_rule.values())

    def to_json(self) -> dict[str, Any]:
        return {
            "records": self.records,
            "articles": self.articles,
            "skipped": self.skipped,
            "words": self.words,
            "by_rule": dict(sorted(self.by_rule.items())),
            "rule_errors": self.rule_errors,
            "last_id": self.last_id,
            "chunks": self.chunks,
        }


class ResultWriter:
    """Appends results in order and keeps the progress file in step with the output."""

    def __init__(self, output: Path | None, input_path: str, *, resume: bool, mode: str = "local") -> None:
        self.output = output
        self.input_path = input_path
        self.mode = mode
        self.summary = BatchSummary()
        self.progress_path = Path(str(output) + PROGRESS_SUFFIX) if output else None
        self.stream: IO[bytes]
        if output is None:
            if resume:
                raise BatchError("--resume needs --output (the findings file to continue)")
            self.stream = sys.stdout.buffer
            return
        state = self._load_state() if resume else None
        try:
            if state is None:
                self.stream = output.open("wb")
            else:
                self.stream = output.open("r+b")
                size = self.stream.seek(0, os.SEEK_END)
                if size < state["offset"]:
                    raise BatchError(
                        f"{output}: shorter than its progress file records ({size} < {state['offset']} bytes); "
                        "cannot resume safely, run again without --resume"
                    )
                # drop whatever a chunk interrupted half-way wrote after the last recorded point
                self.stream.truncate(state["offset"])
                self.stream.seek(state["offset"])
        except OSError as exc:
            raise BatchError(f"{output}: {exc.strerror or exc}") from None
        if state is not None:
            s = self.summary
            s.records, s.articles, s.skipped, s.words = (
                state["records"],
                state["articles"],
                state["skipped"],
                state["words"],
            )
            s.by_rule = Counter(state["by_rule"])
            s.rule_errors = state.get("rule_errors", 0)
            s.last_id = state.get("last_id")
            s.chunks = state.get("chunks", 0)
            s.resumed_from = s.records
        self._save_state(finished=False)

    def _load_state(self) -> dict[str, Any] | None:
        assert self.progress_path is not None and self.output is not None
        if not self.progress_path.exists() or not self.output.exists():
            return None  # nothing to continue: start a fresh run
        try:
            state = json.loads(self.progress_path.read_text(encoding="utf-8"))
            for key in ("records", "articles", "skipped", "words", "offset", "by_rule"):
                state[key]  # noqa: B018 - validate presence
        except (OSError, ValueError, KeyError, TypeError):
            raise BatchError(f"{self.progress_path}: unreadable progress file; run again without --resume") from None
        if state.get("mode", "local") != self.mode:
            raise BatchError(
                f"{self.output}: the interrupted run was a {state.get('mode', 'local')} run; resume it the same way"
            )
        if state.get("input") != self.input_path:
            raise BatchError(
                f"{self.output}: was written for input {state.get('input')!r}, not {self.input_path!r}; "
                "run again without --resume"
            )
        return state

    def _save_state(self, *, finished: bool) -> None:
        if self.progress_path is None:
            return
        state = {
            "version": 1,
            "input": self.input_path,
            "offset": self.stream.tell(),
            "finished": finished,
            "mode": self.mode,
            **self.summary.to_json(),
        }
        tmp = self.progress_path.with_name(self.progress_path.name + ".tmp")
        try:
            tmp.write_text(json.dumps(state, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, self.progress_path)  # atomic: a crash leaves the old or the new state
        except OSError as exc:
            raise BatchError(f"{self.progress_path}: {exc.strerror or exc}") from None

    def write(self, records: int, results: list[ArticleResult], skipped: int, last_id: str | None) -> None:
        data = "".join(r.lines for r in results).encode("utf-8")
        if data:
            self.stream.write(data)
        self.stream.flush()
        s = self.summary
        s.records += records
        s.chunks += 1
        s.skipped += skipped
        s.articles += len(results)
        for r in results:
            s.words += r.words
            s.by_rule.update(r.by_rule)
            s.rule_errors += len(r.rule_errors)
            for e in r.rule_errors[: max(0, 5 - len(s.rule_error_samples))]:
                s.rule_error_samples.append(f"{r.id}: {e}")
        if last_id is not None:
            s.last_id = last_id
        self._save_state(finished=False)

    def close(self, *, finished: bool) -> None:
        self.stream.flush()
        if self.output is not None:
            self._save_state(finished=finished)
            self.stream.close()


# --- the run ----------------------------------------------------------------------


@dataclass
class _Chunk:
    records: int  # input records this chunk stands for (its articles and the skipped ones)
    items: list[tuple[str, str, str | None]]
    skipped: int
    last_id: str | None


def _chunks(records: Iterator[Record], skip: int, size: int, warn: Any) -> Iterator[_Chunk]:
    n = 0
    chunk = _Chunk(0, [], 0, None)
    for rec in records:
        n += 1
        if n <= skip:
            continue
        chunk.records += 1
        if rec.problem is not None:
            chunk.skipped += 1
            warn(f"{rec.where}: {rec.problem} (skipped)")
        else:
            chunk.items.append((rec.id, rec.text, rec.title))
            chunk.last_id = rec.id
        if chunk.records >= size:
            yield chunk
            chunk = _Chunk(0, [], 0, None)
    if chunk.records:
        yield chunk
    if n < skip:
        raise BatchError(f"the input has {n} records, fewer than the {skip} the interrupted run had done")


class _Warnings:
    def __init__(self, stream: IO[str]) -> None:
        self.stream = stream
        self.count = 0

    def __call__(self, message: str) -> None:
        from newslint.reporters import sanitize

        self.count += 1
        if self.count <= MAX_WARNINGS:
            print(f"newslint: {sanitize(message)}", file=self.stream)


def run_batch(
    input_path: Path,
    options: BatchOptions,
    *,
    output: Path | None = None,
    jobs: int = 1,
    resume: bool = False,
    input_format_name: str | None = None,
    chunk_size: int = CHUNK_SIZE,
    progress: bool = False,
    warn_stream: IO[str] | None = None,
) -> BatchSummary:
    """Lint every record of ``input_path``; findings go to ``output`` (JSON Lines) or stdout."""
    if not input_path.is_file():
        raise BatchError(f"{input_path}: no such file")
    input_format(input_path, input_format_name)  # fail early on an unknown suffix
    warn = _Warnings(warn_stream or sys.stderr)
    writer = ResultWriter(output, str(input_path.resolve()), resume=resume)
    skip = writer.summary.records
    started = time.perf_counter()
    finished = False
    bar = _ProgressBar(count_records(input_path, options, input_format_name), skip) if progress else None
    try:
        chunks = _chunks(iter_records(input_path, options, input_format_name), skip, chunk_size, warn)
        for chunk, results in _lint_chunks(chunks, options, jobs):
            writer.write(chunk.records, results, chunk.skipped, chunk.last_id)
            if bar is not None:
                bar.advance(chunk.records, sum(r.words for r in results))
        finished = True
    finally:
        if bar is not None:
            bar.stop()
        writer.summary.seconds = time.perf_counter() - started
        writer.close(finished=finished)
    if warn.count > MAX_WARNINGS:
        print(f"newslint: … and {warn.count - MAX_WARNINGS} more records skipped", file=warn.stream)
    return writer.summary


def _lint_chunks(chunks: Iterator[_Chunk], options: BatchOptions, jobs: int) -> Iterator[tuple[_Chunk, list]]:
    if jobs <= 1:
        from newslint.runtime import freeze_loaded

        for chunk in chunks:
            yield chunk, lint_items(options, chunk.items)
            freeze_loaded()
        return
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    # spawn, not fork: the progress bar runs a thread, and forking a threaded process can deadlock
    ctx = multiprocessing.get_context("spawn")
    pool = ProcessPoolExecutor(
        max_workers=jobs, mp_context=ctx, initializer=_init_pool_worker, initargs=(options, os.getpid())
    )
    window: deque = deque()
    completed = False
    try:
        for chunk in chunks:
            window.append((chunk, pool.submit(_pool_lint, chunk.items)))
            # a bounded window keeps memory flat on a million-article archive
            while len(window) > 2 * jobs:
                c, fut = window.popleft()
                yield c, fut.result()
        while window:
            c, fut = window.popleft()
            yield c, fut.result()
        completed = True
    finally:
        from newslint.pools import stop_pool

        stop_pool(pool, finished=completed)


class _ProgressBar:
    """Articles done, words per second and ETA, on stderr (only used on a terminal)."""

    def __init__(self, total: int | None, done: int, unit: str = "artikel") -> None:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.started = time.perf_counter()
        self.words = 0
        self.progress = Progress(
            TextColumn("[bold]newslint batch"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn(unit),
            TextColumn("{task.fields[wps]:>9} kata/detik"),
            TextColumn("sisa"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self.task = self.progress.add_task("batch", total=total, completed=done, wps="–")
        self.progress.start()

    def advance(self, records: int, words: int) -> None:
        self.words += words
        elapsed = max(time.perf_counter() - self.started, 1e-9)
        self.progress.update(self.task, advance=records, wps=f"{self.words / elapsed:,.0f}")

    def stop(self) -> None:
        self.progress.stop()


# --- the summary table ------------------------------------------------------------


def print_summary(summary: BatchSummary, stream: IO[str], *, lang: str = "id") -> None:
    from rich.console import Console
    from rich.table import Table

    en = lang == "en"
    words = summary.words
    t = Table(
        title=(
            f"{summary.articles:,} {'articles' if en else 'artikel'}, {words:,} {'words' if en else 'kata'}"
            + (f", {summary.skipped:,} {'skipped' if en else 'dilewati'}" if summary.skipped else "")
        ),
        show_edge=False,
    )
    t.add_column("rule" if en else "aturan")
    t.add_column("findings" if en else "temuan", justify="right")
    t.add_column("per 1,000 words" if en else "per 1.000 kata", justify="right")
    for rule_id, n in sorted(summary.by_rule.items(), key=lambda kv: (-kv[1], kv[0])):
        t.add_row(rule_id, f"{n:,}", f"{1000 * n / words:.2f}" if words else "–")
    total = summary.findings
    t.add_row("total" if en else "jumlah", f"{total:,}", f"{1000 * total / words:.2f}" if words else "–", style="bold")
    Console(file=stream, highlight=False, soft_wrap=False).print(t)
    if summary.seconds > 0 and summary.records > summary.resumed_from:
        rate = summary.words / summary.seconds if not summary.resumed_from else None
        line = f"{summary.seconds:.1f} s" + (f", {rate:,.0f} {'words/s' if en else 'kata/detik'}" if rate else "")
        print(line, file=stream)


# --- the command ------------------------------------------------------------------


def check_options(options: BatchOptions) -> list[str]:
    """Load the configuration once in the main process, so a bad file is one clear error
    here rather than a failure inside every worker.  Returns warnings (broken extra packs
    or plugins); an unknown rule in ``--select``/``--ignore`` raises UnknownSelectorError."""
    session = _session(options)
    session.linter_for(session.config_for(None))  # the same rule set the workers build
    return list(session.warnings)


def rule_severities(options: BatchOptions) -> dict[str, Any]:
    """The severity each active rule reports with under these options (config overrides included)."""
    linter, _ = build_linter(options)
    return {a.rule.id: a.severity for a in linter.active}


def exit_for_findings(summary: BatchSummary, options: BatchOptions, fail_on: str) -> int:
    """1 when a finding is at or above ``fail_on`` (the same meaning as in ``check``), else 0."""
    from newslint.engine.finding import Severity

    if fail_on == "never" or not summary.by_rule:
        return 0
    threshold = Severity(fail_on).rank
    severities = rule_severities(options)
    worst = max((severities[r].rank for r in summary.by_rule if r in severities), default=-1)
    return 1 if worst >= threshold else 0

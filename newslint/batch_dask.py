"""Archive-scale batch runs on a Dask cluster (``pip install 'newslint[dask]'``).

Two ways in:

* the command line, ``newslint batch ARCHIVE --dask tcp://scheduler:8786 -o findings.jsonl``:
  the workers read the archive (JSON Lines, CSV or Parquet; a glob such as
  ``archive/*.jsonl`` or any path Dask can open) partition by partition, lint
  it, and the client writes the findings in input order, exactly as a local
  ``newslint batch`` run would;
* the Python API over collections you already have: :func:`lint_bag` for a
  ``dask.bag`` of article records and :func:`lint_dataframe` for a
  ``dask.dataframe`` with one article per row.

Each worker process builds its linter (rules, configuration, lexicon) once:
the first task on a worker fills a module-level cache in
:mod:`newslint.batch`, and :class:`NewslintWarmup` (a worker plugin the CLI
registers) fills it as soon as a worker joins.  See docs/dask.md.
"""

from __future__ import annotations

import json
import math
import sys
import time
from collections import deque
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from newslint.batch import (
    ArticleResult,
    BatchError,
    BatchOptions,
    BatchSummary,
    ResultWriter,
    _ProgressBar,
    input_format,
    lint_article,
    record_from_row,
    worker_for,
)

#: Columns of the findings frame :func:`lint_dataframe` returns.
FINDING_COLUMNS = {
    "id": "object",
    "rule": "object",
    "severity": "object",
    "message": "object",
    "start": "int64",
    "end": "int64",
    "line": "int64",
    "column": "int64",
    "end_line": "int64",
    "end_column": "int64",
    "text": "object",
}
JSONL_BLOCKSIZE = "32MiB"  # bytes of JSON Lines per partition


def _require_dask() -> None:
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise BatchError("Dask runs need dask and distributed: pip install 'newslint[dask]'") from None


# --- worker side --------------------------------------------------------------------


def _clean(value: Any) -> Any:
    """Missing values from pandas/pyarrow (NaN, NA, None) all become None."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, float) and math.isnan(value):
        return None
    if type(value).__name__ in ("NAType", "NaTType"):
        return None
    return value


def lint_records(records: Iterable[Any], options: BatchOptions, where: str = "") -> list[tuple]:
    """Lint a partition of records (dicts, or JSON text lines).

    Returns, in order, ``("ok", ArticleResult)`` or ``("skip", where, problem)`` per record.
    """
    worker = worker_for(options)
    out: list[tuple] = []
    n = 0
    for raw in records:
        row: Any = raw
        if isinstance(raw, str):
            if not raw.strip():
                continue
            try:
                row = json.loads(raw)
            except ValueError:
                row = "not valid JSON"
        n += 1
        if isinstance(row, dict):
            row = {k: _clean(v) for k, v in row.items()}
        rec = record_from_row(row, options, f"{where} record {n}", n)
        if rec.problem is not None:
            out.append(("skip", rec.where, rec.problem))
            continue
        out.append(("ok", lint_article(worker, rec.id, rec.text, rec.title)))
    return out


def _lint_partition(records: Iterable[Any], options: BatchOptions, label: str) -> list[list[tuple]]:
    # one element per partition, so to_delayed() yields exactly one result list per partition
    return [lint_records(records, options, label)]


try:  # the plugin base class only exists where distributed is installed
    from distributed.diagnostics.plugin import WorkerPlugin as _PluginBase
except ImportError:  # pragma: no cover - dask is an optional extra
    _PluginBase = object  # type: ignore[assignment,misc]


class NewslintWarmup(_PluginBase):  # type: ignore[misc,valid-type]
    """Worker plugin: load rules, configuration and lexicon when a worker starts."""

    def __init__(self, options: BatchOptions) -> None:
        self.options = options

    def setup(self, worker: Any = None) -> None:
        worker_for(self.options)


# --- the Python API ----------------------------------------------------------------


def lint_bag(bag: Any, options: BatchOptions | None = None) -> Any:
    """A bag of per-article results from a bag of records (dicts with text, id and optional title).

    Each element is ``{"id", "words", "findings": [finding dicts]}``; a record
    that could not be read is ``{"id": None, "skipped": reason}``.
    """
    _require_dask()
    options = options or BatchOptions()

    def convert(records: Iterable[Any]) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        for item in lint_records(records, options):
            if item[0] == "skip":
                out.append({"id": None, "skipped": f"{item[1]}: {item[2]}"})
                continue
            r: ArticleResult = item[1]
            findings = [json.loads(line) for line in r.lines.splitlines()]
            for f in findings:
                f.pop("id", None)
            out.append({"id": r.id, "words": r.words, "findings": findings})
        return out

    return bag.map_partitions(convert)


def lint_dataframe(df: Any, options: BatchOptions | None = None) -> Any:
    """A dask dataframe of findings (columns :data:`FINDING_COLUMNS`), one row per finding."""
    _require_dask()
    import pandas as pd

    options = options or BatchOptions()
    meta = pd.DataFrame({c: pd.Series(dtype=t) for c, t in FINDING_COLUMNS.items()})

    def convert(part: Any) -> Any:
        rows: list[dict[str, Any]] = []
        for item in lint_records(part.to_dict("records"), options):
            if item[0] == "ok":
                for line in item[1].lines.splitlines():
                    f = json.loads(line)
                    rows.append({c: f[c] for c in FINDING_COLUMNS})
        return pd.DataFrame(rows, columns=list(FINDING_COLUMNS)).astype(FINDING_COLUMNS) if rows else meta.copy()

    return df.map_partitions(convert, meta=meta)


# --- the CLI runner ----------------------------------------------------------------


def read_partitions(input_path: str, options: BatchOptions, fmt: str | None = None) -> Any:
    """The archive as a dask bag of raw records, partitioned for the workers."""
    _require_dask()
    import dask.bag as db

    fmt = input_format(Path(input_path), fmt)
    if fmt == "jsonl":
        return db.read_text(input_path, blocksize=JSONL_BLOCKSIZE)
    import dask.dataframe as dd

    if fmt in ("csv", "tsv"):
        # blocksize=None: one partition per file, because a quoted article may span lines and a
        # byte-range split could cut a record in two
        df = dd.read_csv(
            input_path,
            sep="\t" if fmt == "tsv" else ",",
            blocksize=None,
            dtype=str,
            keep_default_na=False,
            encoding="utf-8-sig",
        )
    else:
        columns = [c for c in (options.id_field, options.text_field, options.title_field) if c]
        try:
            df = dd.read_parquet(input_path, columns=columns)
        except (KeyError, ValueError) as exc:
            raise BatchError(f"{input_path}: cannot read the columns {columns} ({exc})") from None
    return df.to_bag(format="dict")


def run_batch_dask(
    input_path: str,
    options: BatchOptions,
    *,
    scheduler: Any,
    output: Path | None = None,
    resume: bool = False,
    input_format_name: str | None = None,
    progress: bool = False,
    window: int | None = None,
) -> BatchSummary:
    """Lint ``input_path`` on the Dask cluster at ``scheduler`` (an address, or a ``Client``).

    The output equals a local ``newslint batch`` run's byte for byte: partitions are
    written in input order.  ``--resume`` continues after the last partition written.
    """
    _require_dask()
    from distributed import Client

    own_client = not isinstance(scheduler, Client)
    try:
        client = Client(scheduler, timeout="30s") if own_client else scheduler
    except OSError as exc:
        raise BatchError(f"cannot reach the Dask scheduler at {scheduler}: {exc}") from None
    try:
        client.register_plugin(NewslintWarmup(options), name="newslint-warmup")
        bag = read_partitions(input_path, options, input_format_name)
        label = str(input_path)
        parts = bag.map_partitions(_lint_partition, options, label).to_delayed()
        writer = ResultWriter(output, label, resume=resume, mode="dask")
        skip = writer.summary.chunks
        if skip > len(parts):
            writer.close(finished=False)
            raise BatchError(f"{input_path}: has {len(parts)} partitions, fewer than the {skip} already done")
        nworkers = max(1, len(client.scheduler_info(n_workers=-1).get("workers", {})))
        window = window or 2 * nworkers + 2
        bar = _ProgressBar(len(parts), skip, unit="partisi") if progress else None
        started = time.perf_counter()
        finished = False
        pending: deque = deque()
        todo = iter(range(skip, len(parts)))
        try:
            for i in todo:
                pending.append(client.compute(parts[i]))
                if len(pending) >= window:
                    break
            while pending:
                (items,) = pending.popleft().result()
                nxt = next(todo, None)
                if nxt is not None:
                    pending.append(client.compute(parts[nxt]))
                results = [it[1] for it in items if it[0] == "ok"]
                skipped = [it for it in items if it[0] == "skip"]
                for _, where, problem in skipped[:3]:
                    print(f"newslint: {where}: {problem} (skipped)", file=sys.stderr)
                writer.write(len(items), results, len(skipped), results[-1].id if results else None)
                if bar is not None:
                    bar.advance(1, sum(r.words for r in results))
            finished = True
        finally:
            for fut in pending:
                fut.cancel()
            if bar is not None:
                bar.stop()
            writer.summary.seconds = time.perf_counter() - started
            writer.close(finished=finished)
        return writer.summary
    finally:
        if own_client:
            client.close()

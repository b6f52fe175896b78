"""``newslint check`` over many drafts on every core, with the output of one process.

Drafts are checked in a process pool in fixed-size groups; results come back
in input order. Each worker keeps its own :class:`~newslint.app.assembly.Session`
(the same options as the main one), so configuration lookup, rule packs and
plugins behave exactly as in one process. What a worker adds to its session's
warnings and broken rules while checking a draft travels back with that
draft's result; the main session loads each draft's linter itself, so the
warnings about packs and plugins appear once and in the same place as in one
process.

On Linux the pool forks after the main process has loaded the rules and the
language data (by checking the first draft itself), so workers start at once.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newslint.app.assembly import Session
    from newslint.app.pipeline import CheckOptions
    from newslint.reporters import FileResult

#: Fewer drafts than this are checked in one process: a pool costs more than it saves.
MIN_FILES = 8
#: Drafts per task: enough to amortise the round trip, small enough to balance the load.
GROUP = 8


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def use_pool(files: list[Path | str], jobs: int) -> bool:
    return jobs > 1 and len(files) >= MIN_FILES and "-" not in files


@dataclass
class Checked:
    """One draft's result plus what checking it added to the worker's session."""

    result: FileResult
    diffs: list[str]
    warnings: list[str]
    broken: list[str]


_worker: dict[str, Any] = {}


def _init(session_options: dict[str, Any], options: CheckOptions, parent: int) -> None:
    from newslint.pools import start_worker

    start_worker(parent)
    from newslint.app.assembly import Session

    _worker["session"] = Session(**session_options)
    _worker["options"] = options


def _check_group(files: list[Path]) -> list[Checked]:
    from newslint.app.pipeline import check_file
    from newslint.runtime import freeze_loaded

    session: Session = _worker["session"]
    out = []
    for f in files:
        try:
            session.linter_for(session.config_for(f))  # load warnings belong to the main session
        except Exception:  # noqa: BLE001 - check_file reports a bad configuration as the draft's error
            pass
        w, b = len(session.warnings), len(session.broken)
        diffs: list[str] = []
        result = check_file(f, session, _worker["options"], diffs)
        out.append(Checked(result, diffs, session.warnings[w:], session.broken[b:]))
    freeze_loaded()
    return out


def check_in_pool(
    files: list[Path | str], session: Session, session_options: dict[str, Any], options: CheckOptions, jobs: int
) -> Iterator[Checked]:
    """Check ``files`` in ``jobs`` processes; yield the results in input order.

    ``session_options`` are the keyword arguments ``session`` was made with;
    ``session`` gets every warning and broken rule in the order one process
    would have given them (the yielded ``warnings``/``broken`` are already in it).
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from newslint.app.pipeline import check_file
    from newslint.runtime import freeze_loaded

    # the first draft in this process: rules and language data are then loaded before the fork
    first = files[0]
    assert isinstance(first, Path)
    diffs: list[str] = []
    head = Checked(check_file(first, session, options, diffs), diffs, [], [])
    freeze_loaded()  # what is loaded now is shared with the forked workers, untouched by their GC

    rest = [f for f in files[1:] if isinstance(f, Path)]
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    pool = ProcessPoolExecutor(
        max_workers=min(jobs, max(1, len(rest) // GROUP)),
        mp_context=multiprocessing.get_context(method),
        initializer=_init,
        initargs=(session_options, options, os.getpid()),
    )
    completed = False
    try:
        # every task is submitted (and every worker started) before the caller gets a result:
        # nothing of the caller's, such as a progress bar's thread, runs when the workers fork
        futures = [pool.submit(_check_group, rest[i : i + GROUP]) for i in range(0, len(rest), GROUP)]
        yield head
        for fut in futures:
            for checked in fut.result():
                _merge(session, checked)
                yield checked
        completed = True
    finally:
        from newslint.pools import stop_pool

        stop_pool(pool, finished=completed)


def _merge(session: Session, checked: Checked) -> None:
    """Add a worker's result to the main session as if the draft had been checked here."""
    f = Path(checked.result.path)
    try:
        session.linter_for(session.config_for(f))  # pack and plugin warnings, once, where one process has them
    except Exception as exc:  # noqa: BLE001 - a bad configuration is the draft's error; a bad selector is the run's
        from newslint.engine.linter import UnknownSelectorError

        if isinstance(exc, UnknownSelectorError):
            raise
    session.warnings.extend(checked.warnings)
    session.broken.extend(checked.broken)

"""``newslint check`` over many drafts on every core, with the output of one process.

Drafts are checked in groups by several processes; results come back in input
order. Each process checks its groups with a
:class:`~newslint.app.assembly.Session` of its own (the same options as the
main one, never the main one itself), so configuration lookup, rule packs and
plugins behave exactly as in one process. What checking a draft adds to that session's warnings and broken
rules travels back with the draft's result; the main session loads each
draft's linter itself, so the warnings about packs and plugins appear once and
in the same place as in one process.

Where processes can fork (Linux, macOS), the main process checks the first
draft itself (the rules and the language data are then loaded and frozen out
of the collector's view), forks ``jobs - 1`` workers that share that memory,
and checks drafts alongside them: on two cores that is two busy processes, not
two workers plus a main process that takes a core from them while it waits.
The drafts are cut into one contiguous segment per process, each a pipe of group
indices: a process claims the groups of its own segment in order, then those
left in the others', so nobody waits for a dispatcher. Neighbouring drafts (one
outlet, one day, one story) share much of their vocabulary, and the word
verdicts every process caches for itself are then computed by fewer processes
(on the dev corpus, halves instead of alternate groups of eight: 0.3G fewer
instructions of ~19G). The groups shrink to single drafts at the end of each
segment, so no process is left with a long last group while the others are
idle. A worker sends each group's results pickled on its own pipe, and the main
process reads them between its own groups (a later segment's results wait
there until the drafts before them are in). Without fork, a
ProcessPoolExecutor of spawned workers does the work.
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
#: Drafts after the first from which the tables the rules mark for workers are built before the fork: on the
#: dev corpus every one was needed within the first eight drafts, so each process of a run this long builds
#: them anyway; a shorter run may need none (the marked tables cost ~250M instructions, ~60 ms).
WARM_MIN_FILES = 4 * GROUP
#: At most this many groups: their indices (4 bytes each) are written to a pipe before anyone reads,
#: so they must fit in the smallest buffer a pipe has (one 4 KiB page, when pipe memory is short).
MAX_GROUPS = 1024


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def use_pool(files: list[Path | str], jobs: int) -> bool:
    return jobs > 1 and len(files) >= MIN_FILES and "-" not in files


class WorkerLost(RuntimeError):
    """A worker process ended (killed, crashed) before it returned the drafts it had taken."""


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
    return _check_drafts(files, _worker["session"], _worker["options"])


def _check_drafts(files: list[Path], session: Session, options: CheckOptions) -> list[Checked]:
    """Check ``files`` with ``session``, a worker's (or the main process's own for the drafts it checks
    alongside its workers), never the main one: what checking a draft adds to the session's warnings
    and broken rules travels with the draft's result."""
    from newslint.app.pipeline import check_file
    from newslint.runtime import freeze_loaded

    out = []
    for f in files:
        try:
            session.linter_for(session.config_for(f))  # load warnings belong to the main session
        except Exception:  # noqa: BLE001 - check_file reports a bad configuration as the draft's error
            pass
        w, b = len(session.warnings), len(session.broken)
        diffs: list[str] = []
        result = check_file(f, session, options, diffs)
        if options.prerender is not None:
            from newslint.reporters import prerender

            prerender(options.prerender, result)
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
    from newslint.app.pipeline import check_file
    from newslint.runtime import collection_paused, freeze_loaded

    # the first draft in this process: rules and language data are then loaded before the fork
    first = files[0]
    assert isinstance(first, Path)
    diffs: list[str] = []
    rest = [f for f in files[1:] if isinstance(f, Path)]
    # no collection walks the data being loaded before it is frozen (as for one process's first draft)
    with collection_paused():
        head = Checked(check_file(first, session, options, diffs), diffs, [], [])
        if hasattr(os, "fork") and len(rest) >= WARM_MIN_FILES:
            _build_for_workers(session, first)
        freeze_loaded()  # what is loaded now is shared with the forked workers, untouched by their GC

    if hasattr(os, "fork"):
        yield from _forked(head, rest, session, session_options, options, jobs)
        return
    yield from _spawned(head, rest, session, session_options, options, jobs)


def _build_for_workers(session: Session, first: Path) -> None:
    """Build the lookup tables and lazy imports that the run's rules mark for workers
    (:func:`~newslint.runtime.for_workers`), so the forked workers share one copy."""
    from newslint.runtime import build_for_workers

    try:
        active = session.linter_for(session.config_for(first)).active
    except Exception:  # noqa: BLE001 - a bad configuration is the draft's error, reported with it
        return
    build_for_workers({getattr(a.rule._check, "__module__", "") for a in active})


def segment_groups(files: list[Path], processes: int) -> list[list[list[Path]]]:
    """``files`` cut into ``processes`` contiguous segments of nearly equal length (fewer when there are
    fewer drafts), each in groups as :func:`group_drafts` makes them; never more than MAX_GROUPS groups in all."""
    n = len(files)
    count = max(1, min(processes, n))
    cuts = [i * n // count for i in range(count + 1)]
    segments = [group_drafts(files[a:b], processes) for a, b in zip(cuts, cuts[1:])]
    if sum(map(len, segments)) > MAX_GROUPS:  # a very large run: equal groups, as many as the claims pipes hold
        per = MAX_GROUPS // count
        segments = []
        for a, b in zip(cuts, cuts[1:]):
            size = -(-(b - a) // per)
            segments.append([files[i : min(i + size, b)] for i in range(a, b, size)])
    return segments


def group_drafts(files: list[Path], processes: int) -> list[list[Path]]:
    """``files`` in consecutive groups of at most GROUP drafts that shrink towards the end
    (each about a ``2 * processes``-th of what is left), so the last groups are single drafts;
    never more than MAX_GROUPS groups."""
    groups = []
    i = 0
    while i < len(files):
        size = max(1, min(GROUP, (len(files) - i) // (2 * processes)))
        groups.append(files[i : i + size])
        i += size
    if len(groups) > MAX_GROUPS:  # a very large run: equal groups, as many as the claims pipe holds
        size = -(-len(files) // MAX_GROUPS)
        groups = [files[i : i + size] for i in range(0, len(files), size)]
    return groups


def _forked(
    head: Checked,
    rest: list[Path],
    session: Session,
    session_options: dict[str, Any],
    options: CheckOptions,
    jobs: int,
) -> Iterator[Checked]:
    """Check ``rest`` in this process and ``jobs - 1`` forked workers; yield ``head``, then the results in order."""
    import pickle
    import select
    import signal

    from newslint.app.assembly import Session

    segments = segment_groups(rest, jobs)
    groups = [g for seg in segments for g in seg]
    # this process's own work goes through a session of its own, exactly as a worker's does: the main
    # session then meets every draft in input order (load warnings in the same place as one process)
    own = Session(**session_options)
    claims: list[int] = []  # the read end of each segment's pipe of group indices
    first = 0
    for seg in segments:
        read_end, write_end = os.pipe()
        os.write(write_end, b"".join(i.to_bytes(4, "big") for i in range(first, first + len(seg))))
        os.close(write_end)  # once every index is claimed, a read gets end-of-file: the segment is all taken
        claims.append(read_end)
        first += len(seg)
    parent = os.getpid()
    workers: dict[int, int] = {}  # read end of a worker's result pipe → its pid
    completed = False
    try:
        for k in range(1, min(jobs, len(segments))):
            read_end, write_end = os.pipe()
            try:
                pid = os.fork()
            except OSError:  # no more processes (a limit, memory): check with the workers there are
                os.close(read_end)
                os.close(write_end)
                break
            if pid == 0:  # the worker: never returns into the caller's code
                code = 1
                try:
                    os.close(read_end)
                    for fd in workers:
                        os.close(fd)
                    _work(claims[k:] + claims[:k], write_end, groups, own, options, parent)
                    code = 0
                finally:
                    os._exit(code)
            os.close(write_end)
            os.set_blocking(read_end, False)
            workers[read_end] = pid
        pending = {fd: bytearray() for fd in workers}
        results: dict[int, tuple[list[Checked] | None, BaseException | None]] = {}
        # every worker is forked before the caller gets a result: nothing of the caller's,
        # such as a progress bar's thread, runs when the workers fork
        yield head
        done = 0
        claiming = True
        while done < len(groups):
            _receive(pending, results, pickle)
            if done in results:
                checked, exc = results.pop(done)
                if exc is not None:
                    raise exc
                for c in checked or []:
                    _merge(session, c)
                    yield c
                done += 1
                continue
            if claiming:
                i = _claim(claims)
                if i is not None:
                    try:
                        results[i] = (_check_drafts(groups[i], own, options), None)
                    except Exception as exc:  # noqa: BLE001 - raised in input order, as one process would
                        results[i] = (None, exc)
                    continue
                claiming = False
            if not pending:  # every worker has exited, and a group it had taken never came back
                raise WorkerLost("a worker process ended before it returned its drafts")
            select.select(list(pending), [], [])  # wait for a worker: every group is taken
        completed = True
    finally:
        if not completed:  # stopped early (Ctrl-C, an error): the workers' results are no longer wanted
            for pid in workers.values():
                try:
                    os.kill(pid, signal.SIGTERM)
                except ProcessLookupError:
                    pass
        for fd in workers:
            os.close(fd)
        for pid in workers.values():
            os.waitpid(pid, 0)
        for fd in claims:
            os.close(fd)


def _claim(claims: list[int]) -> int | None:
    """The next group index from the first of ``claims`` (segment pipes, in this process's order) that has
    one left; None when every segment is all taken."""
    for fd in claims:
        claim = os.read(fd, 4)
        if len(claim) == 4:
            return int.from_bytes(claim, "big")
    return None


def _work(
    claims: list[int], out: int, groups: list[list[Path]], session: Session, options: CheckOptions, parent: int
) -> None:
    """A forked worker: claim groups (its own segment's first, see :func:`_claim`) until none is left; send each
    group's results (or its error) on ``out``."""
    import pickle

    from newslint.pools import start_worker

    start_worker(parent)
    try:
        import fcntl

        fcntl.fcntl(out, 1031, 1 << 20)  # F_SETPIPE_SZ: a group's results fit while the main process is busy
    except (ImportError, OSError):
        pass
    while True:
        i = _claim(claims)
        if i is None:
            return
        try:
            payload = pickle.dumps((i, _check_drafts(groups[i], session, options), None), pickle.HIGHEST_PROTOCOL)
        except Exception as exc:  # noqa: BLE001 - the main process raises it in input order
            try:
                payload = pickle.dumps((i, None, exc), pickle.HIGHEST_PROTOCOL)
                pickle.loads(payload)
            except Exception:  # noqa: BLE001 - an error that does not survive pickling travels as text
                payload = pickle.dumps((i, None, RuntimeError(f"{type(exc).__name__}: {exc}")))
        data = memoryview(len(payload).to_bytes(8, "big") + payload)
        while data:
            data = data[os.write(out, data) :]


def _receive(pending: dict[int, bytearray], results: dict[int, Any], pickle: Any) -> None:
    """Read (without waiting) what the workers have sent; complete messages go to ``results`` by group.

    A worker whose pipe is at end-of-file has exited and leaves ``pending``."""
    for fd in list(pending):
        buf = pending[fd]
        while True:
            try:
                chunk = os.read(fd, 1 << 20)
            except BlockingIOError:
                break
            if not chunk:
                del pending[fd]
                break
            buf += chunk
        while len(buf) >= 8 and len(buf) >= 8 + int.from_bytes(buf[:8], "big"):
            n = int.from_bytes(buf[:8], "big")
            i, checked, exc = pickle.loads(bytes(buf[8 : 8 + n]))
            del buf[: 8 + n]
            results[i] = (checked, exc)


def _spawned(
    head: Checked,
    rest: list[Path],
    session: Session,
    session_options: dict[str, Any],
    options: CheckOptions,
    jobs: int,
) -> Iterator[Checked]:
    """Check ``rest`` in a pool of ``jobs`` spawned workers (platforms without fork)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(
        max_workers=min(jobs, max(1, len(rest) // GROUP)),
        mp_context=multiprocessing.get_context("spawn"),
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

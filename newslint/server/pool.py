"""A fixed number of worker processes that check drafts, with a time limit per job.

Why processes and not threads: a check is pure Python work, and a thread
cannot be stopped. Each worker is a process that loaded the rules and the
lexicon once; the web server hands it one job at a time over a pipe. A job
that runs past its time limit gets its worker killed and replaced, so a
pathological draft costs one worker for ``timeout`` seconds, never the
server. At most ``size`` drafts are checked at once and at most
``max_waiting`` requests wait for a worker; beyond that the server answers
503 at once instead of piling up work.

Workers are started by a ``forkserver`` that imported newslint beforehand:
a replacement worker is ready in milliseconds, and it never inherits the
web server's sockets or threads.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import signal
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from newslint.server.engine import EngineSettings

log = logging.getLogger("newslint.server")
LOG_FORMAT = "newslint serve [%(process)d] %(levelname)s: %(message)s"


class Busy(Exception):
    """Every worker is taken and the waiting line is full (or the wait timed out)."""


class JobTimeout(Exception):
    """A check ran past the time limit; its worker was replaced."""


class WorkerFailed(Exception):
    """A worker died or raised; the details are in the server log."""


def _worker_main(conn: Connection, settings: EngineSettings) -> None:
    """A worker process: set up once, then answer jobs until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the server stops its workers itself
    logging.basicConfig(level=logging.INFO, format=LOG_FORMAT)
    from newslint.runtime import freeze_loaded, tune_gc
    from newslint.server import engine

    tune_gc()
    try:
        warnings = engine.setup(settings)
    except Exception as exc:  # noqa: BLE001 - reported to the parent, which stops with one line
        conn.send(("setup-failed", f"{type(exc).__name__}: {exc}"))
        return
    freeze_loaded()  # rules and language data live as long as the worker: keep them out of GC passes
    conn.send(("ready", warnings))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        try:
            answer: tuple[str, Any] = ("ok", engine.run_check(job))
        except Exception as exc:  # noqa: BLE001 - logged once here; the client gets a plain 500
            log.exception("check failed")
            answer = ("failed", f"{type(exc).__name__}")
        try:
            conn.send(answer)
        except (BrokenPipeError, OSError):
            return


@dataclass
class PoolSettings:
    size: int = 2
    timeout: float = 10.0  # seconds one check may take
    max_waiting: int = 64  # requests waiting for a worker before 503
    wait_timeout: float = 10.0  # seconds a request waits for a worker before 503


class _Worker:
    def __init__(self, ctx: Any, settings: EngineSettings) -> None:
        self._ctx = ctx
        self._settings = settings
        self.conn: Connection | None = None
        self.process: Any = None
        self.warnings: list[str] = []

    def start(self, ready_timeout: float = 60.0) -> None:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_worker_main, args=(child, self._settings), daemon=True)
        proc.start()
        child.close()
        if not parent.poll(ready_timeout):
            proc.kill()
            raise WorkerFailed(f"a worker did not start within {ready_timeout:.0f} s")
        try:
            status, detail = parent.recv()
        except (EOFError, OSError):
            raise WorkerFailed("a worker stopped while loading the rules") from None
        if status != "ready":
            proc.join(5)
            raise WorkerFailed(str(detail))
        self.conn, self.process, self.warnings = parent, proc, list(detail)

    def call(self, job: dict[str, Any], timeout: float) -> tuple[int, bytes]:
        """Run one job (blocking: called in a thread). Replaces the worker on timeout or death."""
        if self.conn is None:  # an earlier replacement failed to start: try again now
            self.start()
        assert self.conn is not None
        try:
            self.conn.send(job)
            if not self.conn.poll(timeout):
                self.restart()
                raise JobTimeout
            status, payload = self.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            log.error("a worker died while checking a draft; starting a new one")
            self.restart()
            raise WorkerFailed("worker died") from None
        if status != "ok":
            raise WorkerFailed(str(payload))
        return payload

    def restart(self) -> None:
        self.stop(grace=0)
        self.start()

    def stop(self, grace: float = 2.0) -> None:
        proc, conn = self.process, self.conn
        self.process = self.conn = None
        if conn is not None:
            try:
                if grace:
                    conn.send(None)
            except OSError:
                pass
            conn.close()
        if proc is not None:
            proc.join(grace)
            if proc.is_alive():
                proc.kill()
                proc.join(5)


class WorkerPool:
    """``size`` worker processes; :meth:`run` awaits one job's answer."""

    def __init__(self, engine_settings: EngineSettings, settings: PoolSettings) -> None:
        self.settings = settings
        self._engine_settings = engine_settings
        self._workers: list[_Worker] = []
        self._idle: asyncio.Queue[_Worker] | None = None
        self._waiting = 0
        self.warnings: list[str] = []

    def start(self) -> None:
        """Start every worker (blocking); WorkerFailed with the reason when one cannot start."""
        ctx = _context()
        t0 = time.perf_counter()
        try:
            for _ in range(self.settings.size):
                w = _Worker(ctx, self._engine_settings)
                w.start()
                self._workers.append(w)
        except WorkerFailed:
            self.stop()
            raise
        self.warnings = self._workers[0].warnings if self._workers else []
        log.info("%d workers ready in %.2f s", len(self._workers), time.perf_counter() - t0)

    async def open(self) -> None:
        """Make the workers available to :meth:`run` (inside the event loop)."""
        self._idle = asyncio.Queue()
        for w in self._workers:
            self._idle.put_nowait(w)

    async def run(self, job: dict[str, Any]) -> tuple[int, bytes]:
        import anyio.to_thread

        assert self._idle is not None, "pool not opened"
        s = self.settings
        if self._waiting >= s.max_waiting + s.size:
            raise Busy
        self._waiting += 1
        try:
            try:
                worker = await asyncio.wait_for(self._idle.get(), s.wait_timeout)
            except TimeoutError:
                raise Busy from None
            try:
                # not cancellable: a client that hangs up leaves the worker to finish and return
                return await anyio.to_thread.run_sync(worker.call, job, s.timeout)
            finally:
                self._idle.put_nowait(worker)
        finally:
            self._waiting -= 1

    def stop(self) -> None:
        for w in self._workers:
            w.stop()
        self._workers.clear()


def _context() -> Any:
    """A forkserver that imported newslint's checks before forking (POSIX); spawn elsewhere."""
    if "forkserver" in multiprocessing.get_all_start_methods() and os.name == "posix":
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(["newslint.server.engine", "newslint.engine.registry", "newslint.app.pipeline"])
        return ctx
    return multiprocessing.get_context("spawn")

"""Process pools of a run (``check --jobs``, ``batch --jobs``): starting a worker, stopping the pool.

Both pools follow the same two rules: a worker never outlives the run that started it,
and a run that stops early (Ctrl-C, an error) stops its own workers instead of waiting
for results nobody wants.
"""

from __future__ import annotations

import os
from typing import Any


def start_worker(parent: int) -> None:
    """What every pool worker does first: leave Ctrl-C to the main process, and die with it.

    Killed with SIGKILL, the main process cannot stop its pool, and the workers would wait on the
    task queue for ever (or go on writing fixes). On Linux the kernel sends the worker SIGTERM when
    ``parent`` dies (PR_SET_PDEATHSIG); elsewhere there is nothing to set here.
    """
    import signal
    import sys

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGTERM))  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def stop_pool(pool: Any, *, finished: bool) -> None:
    """Shut ``pool`` (a ProcessPoolExecutor) down; when the run did not finish, terminate its workers
    first: their results are no longer wanted, and waiting for them (or for the pool's exit
    handshake) can hang the interpreter's exit."""
    if not finished:
        for proc in list((getattr(pool, "_processes", None) or {}).values()):
            proc.terminate()
    pool.shutdown(wait=True, cancel_futures=True)

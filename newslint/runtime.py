"""Process-wide settings for a linting run (the CLI and batch workers, never the library API).

A run allocates a few hundred thousand short-lived objects per megabyte of
copy (tokens, sentences, findings).  Nearly all of them die by reference
counting, yet every 700 allocations CPython's cyclic collector walks the young
objects, and every so often the whole heap, including the rules and the
language data that live for the whole process.  On the dev corpus that
bookkeeping was 10-20% of the run.  So a run collects less often, and once
the long-lived data is loaded it is frozen out of the collector's view.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

#: Allocations between young-generation collections (CPython's default is 700).
YOUNG_THRESHOLD = 50_000

_frozen = False

_F = TypeVar("_F", bound=Callable[[], object])
#: What :func:`build_for_workers` builds: see :func:`for_workers`.
_FOR_WORKERS: list[Callable[[], object]] = []


_exit_frozen = False


def tune_gc() -> None:
    """Collect cyclic garbage less often (call once, at the start of a run); at the process's exit,
    everything still alive is frozen before the interpreter's own teardown collections walk it."""
    global _exit_frozen
    _, older, oldest = gc.get_threshold()
    gc.set_threshold(YOUNG_THRESHOLD, older, oldest)
    if not _exit_frozen:
        _exit_frozen = True
        # Registered first, so it runs after every exit handler registered later (those that save caches).
        # The interpreter's shutdown collects the whole heap (the run's word verdicts, its results: ~30M
        # instructions after the dev corpus, 1.5% of a one-draft run's tail) although nothing it could free
        # matters to a process that is ending; a frozen object is still freed by reference counting.
        import atexit

        atexit.register(gc.freeze)


def freeze_loaded() -> None:
    """Move everything alive now (rules, lexicon, gazetteer) out of the collector's reach.

    Called after the first draft is checked, when the lazily loaded language
    data is in memory; later calls do nothing."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.freeze()


@contextmanager
def collection_paused() -> Iterator[None]:
    """No cyclic collection inside; the collector is as it was on exit.

    For the first draft of a run: it loads the language data, and a collection
    before :func:`freeze_loaded` walks all of it (20-40 ms, a tenth of a
    one-draft run)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def for_workers(build: _F) -> _F:
    """Mark ``build`` (no arguments; it fills a process-wide cache of a rule's module: a lookup table, a
    lazy import) as something forked workers should inherit rather than make again.

    Such tables are built on first use, and the first draft of a pool run seldom needs them all: each
    process would then build its own copy after the fork (tens of milliseconds each, the same work
    once per process).  Built once before the fork, they are shared like the language data."""
    _FOR_WORKERS.append(build)
    return build


def build_for_workers(modules: set[str]) -> None:
    """Build what :func:`for_workers` marked in ``modules`` (those of the run's active rules: a table no
    rule of the run uses is never built), in the main process just before it forks workers."""
    for build in _FOR_WORKERS:
        if build.__module__ in modules:
            build()

"""Where newslint keeps what it can rebuild: parsed rule packs, compiled patterns, the
prefilter's plans and the packs' phrase tries (``engine/prefilter.py``), and the language
data uncompressed (``lang/lexicon.py``).

Everything in the folder is derived data; deleting it only costs the next run
the time to rebuild it.  ``NEWSLINT_NO_CACHE=1`` turns the cache off,
``NEWSLINT_CACHE_DIR`` moves it (default: ``$XDG_CACHE_HOME/newslint/packs``,
else ``~/.cache/newslint/packs``).
"""

from __future__ import annotations

import os
from pathlib import Path

try:  # hashlib's own BLAKE2b (hashlib.blake2b is this one), without hashlib loading OpenSSL at start-up
    from _blake2 import blake2b
except ImportError:  # a Python built without it
    from hashlib import blake2b

__all__ = ["blake2b", "cache_dir", "write_atomically"]


def cache_dir() -> Path | None:
    """The cache folder, or None when caching is off."""
    if os.environ.get("NEWSLINT_NO_CACHE"):
        return None
    base = os.environ.get("NEWSLINT_CACHE_DIR")
    if base:
        return Path(base)
    xdg = os.environ.get("XDG_CACHE_HOME")
    return (Path(xdg) if xdg else Path.home() / ".cache") / "newslint" / "packs"


def write_atomically(path: Path, blob: bytes) -> None:
    """Write ``blob`` so a concurrent reader sees the whole file or none (raises OSError)."""
    from newslint.atomic import write_bytes_atomic  # the one atomic writer; only needed when the cache grows

    path.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(path, blob)

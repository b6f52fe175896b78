"""One tune/unseen split of every list or corpus the benchmarks read.

Before a rule is tuned on a list or corpus, the list is split in two; rules
are tuned on the ``tune`` half only, and the ``unseen`` half is looked at once,
for the figure reported in the closing note. The split depends only on the
item's key (an article id, a word pair, an injected case id), so every script
and every session agrees on which half an item is in.
"""

from __future__ import annotations

import hashlib

TUNE = "tune"
UNSEEN = "unseen"


def half_of(key: str) -> str:
    """``"tune"`` or ``"unseen"`` for an item, from a hash of its key."""
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()
    return UNSEEN if int(digest, 16) % 2 else TUNE


def in_half(key: str, half: str | None) -> bool:
    """True when ``key`` belongs to ``half``; ``None`` means both halves."""
    return half is None or half_of(key) == half

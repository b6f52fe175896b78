"""Where the team's shared material is (``../shared`` beside the checkout; never copied into the repository).

A helper's git worktree (``wt/<name>`` beside the main checkout) has no ``shared`` folder beside it, so the
folder is looked for beside the checkout and then beside each of its parents; ``NEWSLINT_SHARED`` overrides."""

from __future__ import annotations

import os
from pathlib import Path


def find_shared(root: Path) -> Path:
    """``$NEWSLINT_SHARED``, else the first ``shared`` folder beside ``root`` or one of its parents, else
    ``root.parent / "shared"`` (the scripts then say the corpus is missing)."""
    env = os.environ.get("NEWSLINT_SHARED")
    if env:
        return Path(env)
    for parent in root.parents:
        if (parent / "shared").is_dir():
            return parent / "shared"
    return root.parent / "shared"


SHARED = find_shared(Path(__file__).resolve().parents[1])

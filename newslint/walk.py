"""Finding the drafts below a folder, the way a newsroom's repository expects.

A folder walk skips what the repository's ``.gitignore`` files ignore (the root's,
and those of every folder on the way down, with git's own matching rules via
``pathspec``), plus folders that never hold drafts: hidden folders (``.git``),
virtual environments (any folder with a ``pyvenv.cfg``), ``node_modules`` and
``__pycache__``. ``respect_ignores=False`` (``--no-ignore``) turns the
``.gitignore`` part off; hidden folders and environments are still skipped.
A file named on the command line is always checked.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

#: Folders that hold tools, not drafts, whatever .gitignore says.
NEVER_DRAFT_FOLDERS = frozenset({"node_modules", "__pycache__", "site-packages"})


def is_virtualenv(folder: Path) -> bool:
    """A Python virtual environment (venv, virtualenv, conda) of any name."""
    return (folder / "pyvenv.cfg").is_file() or (folder / "conda-meta").is_dir()


class _Ignores:
    """The .gitignore rules in force for one folder: (base folder, spec) pairs, outermost first."""

    def __init__(self, specs: list[tuple[Path, object]]) -> None:
        self.specs = specs

    def below(self, folder: Path) -> _Ignores:
        spec = _read_gitignore(folder / ".gitignore")
        return _Ignores([*self.specs, (folder, spec)]) if spec is not None else self

    def ignored(self, path: Path, *, is_dir: bool) -> bool:
        verdict = False
        for base, spec in self.specs:
            try:
                rel = path.relative_to(base).as_posix()
            except ValueError:
                continue
            if is_dir:
                rel += "/"
            # a deeper .gitignore may re-include (!pattern) what an outer one ignored
            result = spec.check_file(rel).include  # type: ignore[attr-defined]
            if result is not None:
                verdict = result
        return verdict


def _read_gitignore(path: Path) -> object | None:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return None
    import pathspec

    return pathspec.GitIgnoreSpec.from_lines(lines)


def _repository_ignores(root: Path) -> _Ignores:
    """The .gitignore files between the repository's top (the folder with ``.git``) and ``root``."""
    start = root.resolve()
    chain = [start, *start.parents]
    top = next((p for p in chain if (p / ".git").exists()), None)
    ignores = _Ignores([])
    if top is None:
        return ignores.below(start)
    for folder in reversed(chain[: chain.index(top) + 1]):  # top first, down to root
        ignores = ignores.below(folder)
    return ignores


def find_drafts(root: Path, suffixes: set[str], *, respect_ignores: bool = True) -> Iterator[Path]:
    """The draft files below ``root`` (by suffix), in walk order; see the module docstring."""
    ignores = _repository_ignores(root) if respect_ignores else None
    resolved_root = root.resolve()
    # followlinks=False: a symlink loop cannot send us round in circles
    stack: list[tuple[Path, Path, _Ignores | None]] = [(root, resolved_root, ignores)]
    while stack:
        folder, real, rules = stack.pop()
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError:
            continue
        subfolders = []
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                continue
            path = Path(folder) / name
            if is_dir:
                if name in NEVER_DRAFT_FOLDERS or is_virtualenv(path):
                    continue
                if rules is not None and rules.ignored(real / name, is_dir=True):
                    continue
                subfolders.append((path, real / name))
            elif Path(name).suffix.lower() in suffixes:
                if rules is not None and rules.ignored(real / name, is_dir=False):
                    continue
                yield path
        for path, sub_real in reversed(subfolders):
            stack.append((path, sub_real, rules.below(sub_real) if rules is not None else None))

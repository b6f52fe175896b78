"""The sources inventory of a draft file (``newslint sources``): read, parse, analyse."""

from __future__ import annotations

from pathlib import Path
from typing import Any


def config_genre(file: Path, cache: dict[Path, str | None]) -> str | None:
    """The ``genre`` of the configuration file that governs ``file`` (``cache``: per config file)."""
    from newslint.config import find_config_file, load_config_file

    found = find_config_file(file.resolve().parent)
    if found is None:
        return None
    if found not in cache:
        cache[found] = load_config_file(found).genre
    return cache[found]


def document_inventory(path: Path, encoding: str | None, genres: dict[Path, str | None]) -> dict[str, Any]:
    """Who says what in the draft at ``path``; raises InputError / ConfigError."""
    from newslint.analysis.genre import CONFIG_KEY
    from newslint.app.pipeline import load_document
    from newslint.sources_inventory import build_inventory

    doc = load_document(path, encoding)
    doc.cache[CONFIG_KEY] = config_genre(path, genres)  # the configuration's genre: for the inventory's genre
    return build_inventory(doc)

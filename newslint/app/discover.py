"""Which files a list of paths means: files as given, folders searched for drafts."""

from __future__ import annotations

from pathlib import Path


def discover(paths: list[str], *, respect_ignores: bool = True, lang: str = "id") -> tuple[list[Path | str], list[str]]:
    """Files to check (``"-"``: stdin), and one error line per path that yields none
    (folders: see :mod:`newslint.walk`)."""
    from newslint.parsers import FORMATS as SUFFIXES
    from newslint.walk import find_drafts

    def t(id_text: str, en_text: str) -> str:
        return en_text if lang == "en" else id_text

    files: list[Path | str] = []
    errors: list[str] = []
    for raw in paths:
        if raw == "-":
            files.append("-")
            continue
        p = Path(raw)
        try:
            if p.is_dir():
                found = sorted(find_drafts(p, set(SUFFIXES), respect_ignores=respect_ignores))
                if not found:
                    kinds = ", ".join(sorted(SUFFIXES))
                    errors.append(
                        t(f"{raw}: tidak ada naskah ({kinds})", f"{raw}: no drafts found (looked for {kinds})")
                    )
                files.extend(found)
            elif p.exists() or p.is_symlink():
                files.append(p)
            else:
                errors.append(t(f"{raw}: berkas atau folder tidak ada", f"{raw}: no such file or directory"))
        except OSError as exc:
            errors.append(f"{raw}: {exc.strerror or exc}")
    return files, errors

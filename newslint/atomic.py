"""Writing a file so that a crash leaves the old file or the new one, never half of one.

Used for fixed drafts, reports, baselines and the rule-pack cache.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from pathlib import Path


def write_text_atomic(path: Path, text: str, *, encoding: str = "utf-8", bom: bytes = b"") -> None:
    """Write via a temporary file in the same folder, then replace: a crash
    leaves either the old file or the new one, never half of one."""
    write_bytes_atomic(path, bom + text.encode(encoding))


def write_bytes_atomic(path: Path, data: bytes) -> None:
    folder = path.parent if str(path.parent) else Path(".")
    st = None
    try:
        st = os.stat(path)
    except FileNotFoundError:
        pass
    if folder not in _CLEANED:  # once per folder and process: a listdir per write would add up
        _CLEANED.add(folder)
        remove_stale_temp_files(folder)
    # the pid in the name lets a later run tell a dead run's leftover from a live run's file
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.{os.getpid()}.", suffix=TEMP_SUFFIX, dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if st is None:
            # mkstemp creates 0600; a new report or baseline is for colleagues too, as the umask says
            os.chmod(tmp, 0o666 & ~_umask())
        else:
            os.chmod(tmp, stat.S_IMODE(st.st_mode))
            if hasattr(os, "chown") and (st.st_uid, st.st_gid) != (os.getuid(), os.getgid()):
                try:  # keep the owner (only root may give a file away; otherwise the mode is what we can keep)
                    os.chown(tmp, st.st_uid, st.st_gid)
                except OSError:
                    pass
        os.replace(tmp, path)
        _fsync_dir(folder)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


TEMP_SUFFIX = ".newslint-tmp"
_CLEANED: set[Path] = set()
# .<name>.<pid>.<random>.newslint-tmp, as written above
_TEMP_NAME = re.compile(r"^\..+\.(\d+)\.[^.]+" + re.escape(TEMP_SUFFIX) + "$")


def _umask() -> int:
    mask = os.umask(0o022)  # the only way to read it is to set it; put it straight back
    os.umask(mask)
    return mask


def remove_stale_temp_files(folder: Path) -> list[Path]:
    """Remove temporary files that a killed run left in ``folder``.

    A temporary file belongs to a dead run when the process id in its name no
    longer exists. Returns the files removed.
    """
    removed: list[Path] = []
    try:
        names = os.listdir(folder)
    except OSError:
        return removed
    for name in names:
        if not name.endswith(TEMP_SUFFIX):
            continue
        m = _TEMP_NAME.match(name)
        if m is None or _process_alive(int(m.group(1))):
            continue
        try:
            os.unlink(folder / name)
            removed.append(folder / name)
        except OSError:
            pass
    return removed


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True  # another thread of this process may be writing it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True  # exists, owned by someone else
    return True


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (a power cut right after could otherwise undo it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass  # some file systems refuse fsync on a directory; the rename still happened
    finally:
        os.close(fd)

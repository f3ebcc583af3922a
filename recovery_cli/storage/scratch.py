"""A private scratch file for the person's editor, removed afterwards.

The file lives alone in a fresh 0700 folder (``tempfile.mkdtemp``) and is
created 0600; the folder and everything in it is removed when the block ends,
whether the editing worked or not. For an encrypted journal the folder must be
in memory (``/dev/shm`` or ``$XDG_RUNTIME_DIR``), so the plaintext never
reaches a disk; the file is overwritten before it is removed.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from recovery_cli.storage.files import DIR_MODE, FILE_MODE


def memory_folder() -> Path | None:
    """A folder kept in memory (tmpfs) that we may write to, or None."""
    candidates = [os.environ.get("XDG_RUNTIME_DIR"), "/dev/shm"]
    for candidate in candidates:
        if candidate and _is_tmpfs(candidate) and os.access(candidate, os.W_OK):
            return Path(candidate)
    return None


def _is_tmpfs(folder: str) -> bool:
    try:
        real = os.path.realpath(folder)
        with open("/proc/self/mounts", encoding="utf-8") as mounts:
            best, kind = "", ""
            for line in mounts:  # the longest mount point that holds the folder
                parts = line.split()
                if len(parts) < 3:
                    continue
                point = parts[1]
                inside = real == point or real.startswith(point.rstrip("/") + "/")
                if inside and len(point) >= len(best):
                    best, kind = point, parts[2]
        return kind in ("tmpfs", "ramfs")
    except OSError:
        return False


@contextmanager
def private_scratch(name: str, initial: str, *, memory_only: bool = False) -> Iterator[Path]:
    """A file called ``name`` holding ``initial``, in a private folder of its own."""
    base = memory_folder() if memory_only else None
    if memory_only and base is None:
        raise FileNotFoundError("no memory-backed folder")
    folder = Path(tempfile.mkdtemp(prefix="recovery-", dir=base))
    try:
        os.chmod(folder, DIR_MODE)
        path = folder / name
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(initial)
        yield path
    finally:
        _overwrite(folder)
        shutil.rmtree(folder, ignore_errors=True)


def _overwrite(folder: Path) -> None:
    for path in folder.iterdir() if folder.is_dir() else ():
        try:
            size = path.stat().st_size
            with open(path, "r+b") as handle:
                handle.write(b"\0" * size)
                handle.flush()
        except OSError:
            pass


def read_scratch(path: Path) -> str:
    """What the editor left in the file ('' when it removed it); invalid UTF-8
    is kept as surrogates so the text check can name the problem."""
    try:
        return path.read_bytes().decode("utf-8", errors="surrogateescape")
    except FileNotFoundError:
        return ""

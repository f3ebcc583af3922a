"""The journal's lock: a side file held for each whole read-modify-write.

The lock file (``journal.json.lock``, 0600) is kept after a command ends: a
lock file that is deleted while another command waits on it could let two
commands write at once. Only ``recovery erase`` removes it.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from recovery_cli.domain.errors import NotPossible
from recovery_cli.storage import files

LOCK_TIMEOUT_SECONDS = 30.0


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


@contextmanager
def locked(path: Path, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    """Hold the journal's lock for the block; another writer waits up to ``timeout``."""
    from filelock import FileLock, Timeout

    lock = FileLock(lock_path(path), timeout=timeout, mode=files.FILE_MODE)
    try:
        lock.acquire()
    except Timeout:
        raise NotPossible("error.journal.busy") from None
    try:
        yield
    finally:
        lock.release()


def is_held(path: Path) -> bool:
    """True when another command holds the journal's lock right now."""
    if not lock_path(path).exists():
        return False
    try:
        with locked(path, timeout=0):
            return False
    except NotPossible:
        return True

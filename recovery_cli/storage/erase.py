"""Erasing a journal: the file, its backups, temp files and its lock file.

Before a file is unlinked its bytes are overwritten with zeros and synced. On
SSDs and copy-on-write or journaling file systems old blocks may survive that;
full-disk encryption (or encrypting the journal from the start) is what makes
them unreadable.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from recovery_cli.storage import backups, files
from recovery_cli.storage.lock import lock_path, locked


@dataclass
class Erased:
    journal: bool = False
    backups: int = 0
    temps: int = 0
    lock: bool = False
    paths: list[Path] = field(default_factory=list)


def what_exists(journal: Path) -> Erased:
    """What ``erase`` would remove, without removing anything."""
    found = Erased(
        journal=journal.is_file(),
        backups=len(backups.list_backups(journal)),
        temps=len(files.leftover_temps(journal)) + len(backups.leftover_temps(journal)),
        lock=lock_path(journal).exists(),
    )
    return found


def _shred(path: Path) -> None:
    """Overwrite with zeros, sync, unlink (best effort; see the module docstring)."""
    with contextlib.suppress(OSError):
        size = path.stat().st_size
        fd = os.open(path, os.O_WRONLY)
        try:
            chunk = b"\0" * min(size, 1 << 20)
            left = size
            while left > 0:
                left -= os.write(fd, chunk[: min(left, len(chunk))])
            os.fsync(fd)
        finally:
            os.close(fd)
    path.unlink(missing_ok=True)


def erase(journal: Path, on_wait=None) -> Erased:
    """Remove everything of ``journal``; returns what was removed.

    The lock file goes last, while it is held (see ``lock.py``)."""
    done = Erased()
    lock = lock_path(journal)
    had_lock = lock.exists()
    with locked(journal, on_wait=on_wait):
        for temp in files.leftover_temps(journal) + backups.leftover_temps(journal):
            _shred(temp)
            done.temps += 1
            done.paths.append(temp)
        for backup in backups.list_backups(journal):
            _shred(backup)
            done.backups += 1
            done.paths.append(backup)
        folder = backups.backup_dir(journal)
        with contextlib.suppress(OSError):
            folder.rmdir()  # only when nothing else is in it
        if journal.is_file():
            _shred(journal)
            done.journal = True
            done.paths.append(journal)
        files.fsync_dir(journal.parent)
    if had_lock and not lock.exists():
        done.lock = True
        done.paths.append(lock)
    return done


def tidy_lock(journal: Path, on_wait=None) -> bool:
    """Remove a lock file left where there is no journal; True when it went.

    Taken first, so one held by a running command is waited for, and kept when
    that command has written a journal meanwhile."""
    lock = lock_path(journal)
    if not lock.exists():
        return False
    with locked(journal, on_wait=on_wait):
        pass
    return not lock.exists()

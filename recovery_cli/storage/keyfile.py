"""``recovery recovery-key --save FILE``: the key in a new private file.

The file is created, never replaced: an existing file (the journal above all)
is refused before anything else happens, and the file is opened with
``O_EXCL`` so one that appears meanwhile is not overwritten either. It is
0600 from its first byte, whatever the umask.
"""

from __future__ import annotations

import os
from pathlib import Path

from recovery_cli.domain.errors import InputError, NotPossible
from recovery_cli.storage.files import FILE_MODE, fsync_dir


def _same(one: Path, other: Path) -> bool:
    try:
        return one.resolve() == other.resolve() or os.path.samefile(one, other)
    except OSError:
        return False


def check_target(target: Path, journal: Path) -> None:
    """Refuse the journal, any existing file and a missing folder (before any question)."""
    if _same(target, journal):
        raise InputError("error.keys.save_journal", path=str(target))
    if target.is_dir():  # a folder where a file belongs: bad input
        raise InputError("error.keys.save_exists", path=str(target))
    if target.exists() or target.is_symlink():  # a file that is there: kept, not done
        raise NotPossible("error.keys.save_exists", path=str(target))
    if not target.parent.is_dir():
        raise NotPossible("error.keys.save_no_folder", folder=str(target.parent))
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise NotPossible("error.keys.save_not_allowed", path=str(target))


def write_new(target: Path, text: str) -> None:
    """Create ``target`` (0600) holding ``text``; never over an existing file."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(target, flags, FILE_MODE)
    except FileExistsError:
        raise NotPossible("error.keys.save_exists", path=str(target)) from None
    except FileNotFoundError:
        raise NotPossible("error.keys.save_no_folder", folder=str(target.parent)) from None
    except OSError:
        raise NotPossible("error.keys.save_not_allowed", path=str(target)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            os.fchmod(handle.fileno(), FILE_MODE)
            handle.write(text.encode("ascii"))
            handle.flush()
            os.fsync(handle.fileno())
    except BaseException:
        remove(target)
        raise
    fsync_dir(target.parent)


def remove(target: Path) -> None:
    """Take back a key file whose journal was not written after all."""
    try:
        target.unlink()
    except OSError:
        return
    fsync_dir(target.parent)

"""Private files written atomically.

A write goes to a temp file in the same folder (created 0600), is flushed and
fsynced, replaces the target with ``os.replace`` and then the folder is
fsynced, so a crash leaves either the old file or the new one, never half.
Root (``sudo``) writing someone else's file keeps its owner and group.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700
TEMP_MARK = ".tmp-"


def temp_prefix(target: Path) -> str:
    return f".{target.name}{TEMP_MARK}"


def ensure_private_dir(folder: Path) -> None:
    """Create ``folder`` as 0700, whatever the umask; missing parents we create
    are 0700 too (a world-writable parent would let others swap the folder).
    Root making them in someone else's folder gives them to that folder's owner."""
    if folder.is_dir():
        return
    missing = []
    parent = folder
    while not parent.exists():
        missing.append(parent)
        parent = parent.parent
    owner = owner_to_keep(parent)
    for path in reversed(missing):
        with contextlib.suppress(FileExistsError):
            path.mkdir(mode=DIR_MODE)
        os.chmod(path, DIR_MODE)
        if owner is not None:
            os.chown(path, *owner)
        fsync_dir(path.parent)  # the new folder's name survives a power cut too


def owner_to_keep(*places: Path) -> tuple[int, int] | None:
    """For root (``sudo``) only: the owner and group a file it writes must keep,
    from the first of ``places`` that exists (the file itself, then its folder),
    so the person does not lose their own journal to root; None otherwise."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return None
    for place in places:
        try:
            info = os.stat(place)
        except OSError:
            continue
        found = (info.st_uid, info.st_gid)
        return None if found == (0, 0) else found
    return None


def keep_owner(path: Path) -> None:
    """Give a file root just made in someone else's folder to that folder's owner."""
    owner = owner_to_keep(path.parent)
    if owner is not None:
        with contextlib.suppress(OSError):
            if os.lstat(path).st_uid == 0:
                os.chown(path, *owner, follow_symlinks=False)


def fsync_dir(folder: Path) -> None:
    """Make a rename in ``folder`` durable (where the platform allows it)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(target: Path, payload: bytes) -> None:
    """Replace ``target`` with ``payload`` in one step; the file ends up 0600.

    A ``target`` that is a symlink is written at the file it points to (the
    temp file beside that file), so the link is never replaced by a new file.
    """
    if os.path.islink(target):
        target = Path(os.path.realpath(target))
    folder = target.parent
    temp = folder / f"{temp_prefix(target)}{os.urandom(6).hex()}"
    owner = owner_to_keep(target, folder)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    try:
        try:
            if owner is not None:
                os.fchown(fd, *owner)
            os.fchmod(fd, FILE_MODE)
            left = memoryview(payload)
            while left:
                left = left[os.write(fd, left) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(temp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    fsync_dir(folder)


def leftover_temps(target: Path) -> list[Path]:
    """Temp files an interrupted write left beside ``target``."""
    prefix = temp_prefix(target)
    try:
        return [p for p in target.parent.iterdir() if p.name.startswith(prefix)]
    except OSError:
        return []


def remove_paths(paths) -> int:
    """Delete these files where possible; how many went."""
    removed = 0
    for path in paths:
        with contextlib.suppress(OSError):
            path.unlink()
            removed += 1
    return removed


def remove_leftover_temps(target: Path) -> int:
    """Delete leftover temp files; call only while holding the journal's lock."""
    return remove_paths(leftover_temps(target))

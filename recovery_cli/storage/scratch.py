"""A private scratch file for the person's editor, removed afterwards.

The file lives alone in a fresh 0700 folder and is created 0600; the folder
and everything in it is overwritten and removed when the block ends, whether
the editing worked or not, and also when the command is stopped by a closed
terminal (SIGHUP) or a SIGTERM. For an encrypted journal the folder must be in
memory (``/dev/shm`` or ``$XDG_RUNTIME_DIR``), so the plaintext never reaches a
disk.

A SIGKILL (or a power cut) cannot be caught: the folder's name carries the
process id of the command that made it (``recovery-scratch-<pid>-...``), and
the next command removes folders of this user whose command is gone
(:func:`sweep`).
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from recovery_cli.storage.files import DIR_MODE, FILE_MODE

# (shutil, signal, tempfile and threading are imported where a scratch file is
# made: every command looks for leftovers, and that must cost next to nothing)
PREFIX = "recovery-scratch-"
# Signals that end a command while the editor is open and that can be caught.
_STOPPING = ("SIGHUP", "SIGTERM")


def memory_folder() -> Path | None:
    """A folder kept in memory (tmpfs) that we may write to, or None."""
    for candidate in _memory_candidates():
        if _is_tmpfs(candidate) and os.access(candidate, os.W_OK):
            return Path(candidate)
    return None


def _memory_candidates() -> list[str]:
    return [c for c in (os.environ.get("XDG_RUNTIME_DIR"), "/dev/shm") if c]


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


def new_folder(base: Path | None) -> Path:
    """A fresh private folder named for this process, in ``base`` (or the temp folder)."""
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix=f"{PREFIX}{os.getpid()}-", dir=base))
    os.chmod(folder, DIR_MODE)
    return folder


def remove_folder(folder: Path) -> None:
    """Overwrite every file in ``folder`` with zeros, then remove the folder."""
    import shutil

    for path in folder.iterdir() if folder.is_dir() else ():
        try:
            size = path.stat().st_size
            with open(path, "r+b") as handle:
                handle.write(b"\0" * size)
                handle.flush()
        except OSError:
            pass
    shutil.rmtree(folder, ignore_errors=True)


class _Stopped(SystemExit):
    """A catchable signal ended the command: unwind so the scratch file goes."""


@contextmanager
def _removed_on_signals() -> Iterator[None]:
    """While the block runs, SIGHUP and SIGTERM end the command by unwinding it
    (so ``finally`` blocks run) instead of killing it on the spot."""
    import signal
    import threading

    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum, _frame) -> None:
        raise _Stopped(128 + signum)

    caught = [getattr(signal, name) for name in _STOPPING if hasattr(signal, name)]
    previous = {sig: signal.signal(sig, stop) for sig in caught}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


@contextmanager
def private_scratch(name: str, initial: str, *, memory_only: bool = False) -> Iterator[Path]:
    """A file called ``name`` holding ``initial``, in a private folder of its own."""
    base = memory_folder() if memory_only else None
    if memory_only and base is None:
        raise FileNotFoundError("no memory-backed folder")
    sweep()
    with _removed_on_signals():
        folder = new_folder(base)
        try:
            path = folder / name
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(initial)
            yield path
        finally:
            remove_folder(folder)


def read_scratch(path: Path) -> str:
    """What the editor left in the file ('' when it removed it); invalid UTF-8
    is kept as surrogates so the text check can name the problem."""
    try:
        return path.read_bytes().decode("utf-8", errors="surrogateescape")
    except FileNotFoundError:
        return ""


def _temp_candidates() -> list[str]:
    """Where scratch folders may be, without asking ``tempfile`` (whose first
    answer costs a test file written to disk)."""
    found = _memory_candidates()
    found.append(
        os.environ.get("TMPDIR") or os.environ.get("TEMP") or os.environ.get("TMP") or "/tmp"
    )
    return found


def leftovers() -> list[Path]:
    """Scratch folders of this user whose command is no longer running."""
    found = []
    uid = os.getuid() if hasattr(os, "getuid") else None
    for base in dict.fromkeys(_temp_candidates()):
        try:
            entries = list(os.scandir(base))
        except OSError:
            continue
        for entry in entries:
            if not entry.name.startswith(PREFIX):
                continue
            pid = entry.name[len(PREFIX) :].split("-", 1)[0]
            with contextlib.suppress(OSError):
                info = entry.stat(follow_symlinks=False)
                if (
                    stat.S_ISDIR(info.st_mode)
                    and (uid is None or info.st_uid == uid)
                    and pid.isdigit()
                    and not _running(int(pid))
                ):
                    found.append(Path(entry.path))
    return found


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # there, but someone else's
        return True
    return True


def sweep() -> int:
    """Remove what earlier commands that were killed left behind; how many."""
    gone = leftovers()
    for folder in gone:
        remove_folder(folder)
    return len(gone)

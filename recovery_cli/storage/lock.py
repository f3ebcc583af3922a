"""The journal's lock: a side file held for each whole read-modify-write.

The lock file (``journal.json.lock``, 0600) is kept beside a journal after a
command ends. It is removed only by the command that holds it, and only when
no journal file exists when that command is done (a command refused before
any journal was written, or ``recovery erase``), or by a command that made
it and then found a file that is not a journal, so nothing is left behind
where there is no journal. Removing it while holding it is safe: a command
that was waiting and then wins the lock of the removed file notices that the
file has no name any more and tries again on the current one.

The lock is the operating system's (``flock`` on the open lock file, through
:mod:`fcntl`): it goes with the process, so a killed command never leaves the
journal locked. Waiting polls every 50 ms. (This is what the filelock package
does on POSIX; importing it cost a command about 20 ms, ``fcntl`` 0.2 ms.)
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from recovery_cli.domain.errors import NotPossible
from recovery_cli.storage import files

LOCK_TIMEOUT_SECONDS = 30.0
# How long a command waits for the lock quietly before it says it is waiting.
WAIT_NOTICE_SECONDS = 1.0
POLL_SECONDS = 0.05
# what flock says when another holds the lock (some file systems say EACCES)
_TAKEN = frozenset({errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK})


class _Timeout(Exception):
    """The lock was not won in the time given."""


class _Lock:
    """An exclusive ``flock`` on the lock file, held from :meth:`acquire` to
    :meth:`release`."""

    def __init__(self, target: Path) -> None:
        self.target = target
        self.fd: int | None = None

    def acquire(self, timeout: float) -> None:
        """Win the lock within ``timeout`` seconds (0: try once), or raise
        :class:`_Timeout`."""
        deadline = time.monotonic() + timeout
        while not self._try():
            if time.monotonic() >= deadline:
                raise _Timeout
            time.sleep(POLL_SECONDS)

    def _try(self) -> bool:
        fd = os.open(self.target, os.O_RDWR | os.O_CREAT, files.FILE_MODE)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as error:
            os.close(fd)
            if error.errno in _TAKEN:
                return False
            raise
        except BaseException:
            os.close(fd)
            raise
        # won: but on the file that still has the name? (the one who held it
        # may have removed it; then another command may hold the new one)
        try:
            now = os.stat(self.target)
            held = os.fstat(fd)
            same = (now.st_dev, now.st_ino) == (held.st_dev, held.st_ino)
        except FileNotFoundError:
            same = False
        if not same:
            os.close(fd)  # closing lets the lock of the nameless file go
            return False
        self.fd = fd
        return True

    def release(self) -> None:
        if self.fd is not None:
            fd, self.fd = self.fd, None
            try:
                fcntl.flock(fd, fcntl.LOCK_UN)
            finally:
                os.close(fd)


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


@contextmanager
def locked(
    path: Path, timeout: float = LOCK_TIMEOUT_SECONDS, on_wait: Callable[[], None] | None = None
) -> Iterator[None]:
    """Hold the journal's lock for the block; another writer waits up to ``timeout``.

    ``on_wait`` is called once when the lock is still taken after
    :data:`WAIT_NOTICE_SECONDS` (the waiting goes on, up to ``timeout`` in all).
    When the block ends and there is no journal file, the lock file goes too.
    """
    made = not lock_path(path).exists()
    lock = _Lock(lock_path(path))
    _acquire(lock, timeout, on_wait)
    files.keep_owner(lock_path(path))  # root (sudo) in someone else's folder
    refused = False
    try:
        yield
    except Exception as error:
        from recovery_cli.storage.codec import JournalDamaged

        refused = isinstance(error, JournalDamaged)  # a file that is not a journal
        raise
    finally:
        try:
            # checked under the lock: no writer is half-way
            if _no_journal(path) or (made and refused):
                with contextlib.suppress(OSError):
                    lock_path(path).unlink(missing_ok=True)
        finally:
            lock.release()


def _no_journal(path: Path) -> bool:
    """True only when nothing at all is at ``path`` (unsure counts as there)."""
    try:
        path.lstat()
    except FileNotFoundError:
        return True
    except OSError:
        return False
    return False


def _acquire(lock: _Lock, timeout: float, on_wait: Callable[[], None] | None) -> None:
    quiet = timeout if on_wait is None else min(timeout, WAIT_NOTICE_SECONDS)
    try:
        lock.acquire(timeout=quiet)
    except _Timeout:
        if on_wait is None or quiet >= timeout:
            raise NotPossible("error.journal.busy") from None
        on_wait()
        try:
            lock.acquire(timeout=timeout - quiet)
        except _Timeout:
            raise NotPossible("error.journal.busy") from None


def is_held(path: Path) -> bool:
    """True when another command holds the journal's lock right now."""
    if not lock_path(path).exists():
        return False
    try:
        with locked(path, timeout=0):
            return False
    except NotPossible:
        return True

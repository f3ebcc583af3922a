"""Whether this command has replaced its journal yet, so a Ctrl-C can be
reported truthfully ("nothing was saved" only when nothing was).

Kept in a context variable, like the current language: one value per command,
forgotten when the next command starts (tests run many in one process).
"""

from __future__ import annotations

from contextvars import ContextVar
from pathlib import Path

_saved: ContextVar[Path | None] = ContextVar("recovery_saved", default=None)


def start() -> None:
    """A command begins: nothing of it is saved yet."""
    _saved.set(None)


def saved() -> Path | None:
    """The journal this command has replaced, if it has."""
    return _saved.get()


def write_journal(path: Path, payload: bytes) -> None:
    """Replace the journal at ``path`` with ``payload`` atomically, noting once the
    replace has happened, even when a stop arrives just after it."""
    from recovery_cli.storage import files

    try:
        files.atomic_write(path, payload)
    except BaseException:
        if _holds(path, payload):  # stopped after the replace: the change is saved
            _saved.set(path)
        raise
    _saved.set(path)


def _holds(path: Path, payload: bytes) -> bool:
    try:
        return path.read_bytes() == payload
    except OSError:
        return False

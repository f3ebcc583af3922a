"""A quiet spinner on stderr while slow work runs (opening an encrypted journal,
a large import or export, doctor on a large journal).

It appears only when stderr is a terminal and the work is still running after
half a second, and it leaves nothing behind: its line is cleared when the work
is done. Everything else the command prints goes through :func:`quiet`, which
clears the spinner's line first and keeps it from drawing meanwhile (a
passphrase prompt stays readable while the person types).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import IO, Any

DELAY = 0.5  # seconds of work before the spinner shows
FRAMES = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏"

_active: ContextVar[_Spinner | None] = ContextVar("recovery_spinner", default=None)


class _Spinner:
    def __init__(self, text: str, stream: IO[str]) -> None:
        import threading

        self.text, self.stream = text, stream
        self.lock = threading.RLock()  # quiet() may nest
        self.stopped = threading.Event()
        self.shown = False
        self.thread = threading.Thread(target=self._run, name="recovery-spinner", daemon=True)

    def _run(self) -> None:
        if self.stopped.wait(DELAY):
            return
        frame = 0
        while not self.stopped.is_set():
            with self.lock:
                if not self.stopped.is_set():
                    self._write(f"\r{FRAMES[frame % len(FRAMES)]} {self.text}")
                    self.shown = True
            frame += 1
            self.stopped.wait(0.1)

    def _write(self, text: str) -> None:
        try:
            self.stream.write(text)
            self.stream.flush()
        except (OSError, ValueError):  # the terminal went away: nothing to show
            self.stopped.set()

    def clear(self) -> None:
        """Wipe the spinner's line (the caller holds ``lock``)."""
        if self.shown:
            self._write("\r\x1b[K")
            self.shown = False

    def stop(self) -> None:
        self.stopped.set()
        self.thread.join()
        with self.lock:
            self.clear()


def _wanted(stream: Any) -> bool:
    try:
        return bool(stream.isatty()) and os.environ.get("TERM") != "dumb"
    except (AttributeError, ValueError):
        return False


@contextmanager
def working(text: str) -> Iterator[None]:
    """Show ``text`` with a spinner on stderr if the block takes longer than
    :data:`DELAY` and stderr is a terminal."""
    stream = sys.stderr
    if _active.get() is not None or not _wanted(stream):
        yield
        return
    spinner = _Spinner(text, stream)
    token = _active.set(spinner)
    spinner.thread.start()
    try:
        yield
    finally:
        spinner.stop()
        _active.reset(token)


@contextmanager
def quiet() -> Iterator[None]:
    """Print something (or ask a question) with the spinner out of the way."""
    spinner = _active.get()
    if spinner is None:
        yield
        return
    with spinner.lock:
        spinner.clear()
        yield

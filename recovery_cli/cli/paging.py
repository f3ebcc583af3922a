"""Long output through a pager, as git does it.

A listing command runs inside :func:`paged`. When stdout is a terminal, what
the command prints is collected first; if it is longer than the terminal, it
goes to ``$PAGER`` (``less`` by default, with ``LESS=FRX`` unless ``LESS`` is
set: quit when it fits, keep colours, leave the text on screen; a ``LESS`` of
the person's own that does not keep colours gets ``-R`` added, so the pager
never shows raw colour codes), else it is
printed as usual. ``PAGER=cat`` (or empty) or ``recovery --no-pager`` turns
the pager off; output that is not a terminal is never paged.
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator


class _Screen(io.StringIO):
    """Collects what would go to the terminal, styles included (click and rich
    keep colours only for a stream that is a terminal)."""

    def __init__(self, encoding: str | None) -> None:
        super().__init__()
        self._encoding = encoding or "utf-8"

    @property
    def encoding(self) -> str:  # type: ignore[override]
        return self._encoding

    def isatty(self) -> bool:
        return True


def pager_command() -> str | None:
    """The pager to use: ``$PAGER``, else ``less`` when it is installed; None for none."""
    command = os.environ.get("PAGER")
    if command is None:
        return "less" if shutil.which("less") else None
    command = command.strip()
    return None if command in ("", "cat") else command


def _too_long(text: str) -> bool:
    size = shutil.get_terminal_size()
    rows = 0
    for line in text.splitlines():
        rows += max(1, -(-len(line) // max(size.columns, 1)))  # a long line takes more rows
        if rows >= size.lines:
            return True
    return False


# less options whose value follows the letter in the same word (``-Pm...``, ``-x4``)
_TAKES_VALUE = frozenset("bhjkoOpPtTxyzD#")


def _keeps_colours(word: str, first: bool) -> bool:
    """Whether one word of ``LESS`` turns on ``-R`` or ``-r`` (the first word may
    leave out its dash, as in ``LESS=iR``)."""
    if word.startswith("--"):
        return word.split("=", 1)[0].lower() == "--raw-control-chars"
    if not word.startswith("-") and not first:
        return False
    for letter in word.removeprefix("-"):
        if letter in "Rr":
            return True
        if letter in _TAKES_VALUE or not letter.isalpha():
            return False  # the rest is that option's value
    return False


def less_options(value: str | None) -> str:
    """``LESS`` for the pager: ``FRX`` when it is not set (as git does), else the
    person's own options, with ``-R`` added when they do not already let
    colours through, since what is paged has them."""
    if value is None:
        return "FRX"
    words = value.split()
    if any(_keeps_colours(word, index == 0) for index, word in enumerate(words)):
        return value
    return " ".join([*words, "-R"])


def _run_pager(command: str, text: str, encoding: str) -> bool:
    """Show ``text`` in the pager; False when the pager could not be started."""
    env = dict(os.environ)
    env["LESS"] = less_options(env.get("LESS"))
    env.setdefault("LV", "-c")
    main = threading.current_thread() is threading.main_thread()
    # Ctrl-C belongs to the pager while it runs (git does the same)
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
    try:
        try:
            child = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env)
        except OSError:
            return False
        assert child.stdin is not None
        with contextlib.suppress(BrokenPipeError):  # the person quit before the end
            child.stdin.write(text.encode(encoding, errors="replace"))
        with contextlib.suppress(BrokenPipeError):
            child.stdin.close()
        code = child.wait()
    finally:
        if main:
            signal.signal(signal.SIGINT, previous)
    return code != 127  # the shell's "command not found"


@contextlib.contextmanager
def paged(enabled: bool = True) -> Iterator[None]:
    """Run a listing; page what it prints when that is long and stdout a terminal."""
    real = sys.stdout
    command = pager_command() if enabled else None
    if command is None or not real.isatty():
        yield
        return
    screen = _Screen(getattr(real, "encoding", None))
    try:
        with contextlib.redirect_stdout(screen):
            yield
    finally:
        text = screen.getvalue()
        failed = sys.exc_info()[0] is not None
        if failed or not _too_long(text) or not _run_pager(command, text, screen.encoding):
            real.write(text)
            real.flush()

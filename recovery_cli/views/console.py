"""Rich consoles that respect NO_COLOR, narrow terminals and non-TTY output."""

from __future__ import annotations

from typing import IO


def make_console(file: IO[str] | None = None, *, width: int | None = None, stderr: bool = False):
    """A console for our views; tests pass a StringIO and a width."""
    from rich.console import Console

    return Console(
        file=file, width=width, stderr=stderr, highlight=False, emoji=False, soft_wrap=False
    )

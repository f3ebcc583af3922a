"""Plain lines for quick commands, without importing rich when they fit.

``recovery log`` only needs to say one sentence; it should not pay ~70 ms to
import rich for it. At a terminal, a sentence wider than the screen is
wrapped between words by rich (:mod:`recovery_cli.views.wrap`), which is
imported only then; the width is the one rich would use (``COLUMNS``, else
the terminal, else 80). Output that is not a terminal keeps one line per
sentence, for scripts and logs (``TTY_COMPATIBLE=1`` treats it as a terminal,
as rich does). Colour follows ``NO_COLOR`` and whether the stream is a
terminal (click strips styles when it is not).
"""

from __future__ import annotations

import os
import sys

import typer

from recovery_cli.views.progress import quiet

DEFAULT_WIDTH = 80  # rich's, when there is no terminal and no COLUMNS


def colour_allowed() -> bool:
    return not os.environ.get("NO_COLOR")


def style(text: str, **styles: object) -> str:
    return typer.style(text, **styles) if colour_allowed() else text  # type: ignore[arg-type]


def width() -> int:
    """The width rich draws in: ``COLUMNS``, else the terminal on stdin, stdout
    or stderr, else 80."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    for stream in (0, 1, 2):
        try:
            found = os.get_terminal_size(stream).columns
        except (OSError, ValueError):
            continue
        if found > 0:
            return found
    return DEFAULT_WIDTH


def at_terminal(err: bool = False) -> bool:
    """Whether stdout (stderr with ``err``) is a screen a person reads."""
    forced = os.environ.get("TTY_COMPATIBLE", "")
    if forced in ("0", "1"):
        return forced == "1"
    stream = sys.stderr if err else sys.stdout
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError):
        return False


def _fits(line: str, room: int) -> bool:
    """Whether ``line`` surely fits in ``room`` cells: as many characters or
    fewer, each one cell wide (Latin letters, Danish ones included)."""
    return len(line) <= room and (line.isascii() or max(map(ord, line)) < 0x300)


def fitted(
    text: str, hang: int | None = None, *, room: int | None = None, err: bool = False
) -> str:
    """``text`` for stdout (stderr with ``err``): at a terminal, each line wider
    than it (or than ``room``) wrapped between words, going on under its own
    indent, or at column ``hang`` (under the second column of ``ok       The
    journal ...``). Text that carries its own styles is left as it is."""
    if "\x1b" in text or not at_terminal(err):
        return text
    room = room or width()
    if all(_fits(line, room) for line in text.split("\n")):
        return text
    from recovery_cli.views.wrap import wrap_lines

    return wrap_lines(text, room, hang)


def say(text: str, *, err: bool = False, hang: int | None = None) -> None:
    """A sentence (or lines) of output, on stdout unless ``err``, wrapped to the
    terminal."""
    with quiet():
        typer.echo(fitted(text, hang, err=err), err=err)


def raw(text: str) -> None:
    """Output as it is, never wrapped: JSON for scripts, lines laid out already."""
    with quiet():
        typer.echo(text)


def info(text: str) -> None:
    """A side remark on stderr (where the journal lives, that this is the demo)."""
    with quiet():
        typer.echo(style(fitted(text, err=True), dim=True), err=True)


def done(text: str) -> None:
    """The confirmation that something was saved."""
    with quiet():
        typer.echo(style(fitted(text), fg="green"))

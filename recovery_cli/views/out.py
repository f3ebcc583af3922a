"""Plain lines for quick commands, without importing rich.

``recovery log`` only needs to say one sentence; it should not pay ~70 ms to
import rich for it. Colour follows ``NO_COLOR`` and whether the stream is a
terminal (click strips styles when it is not).
"""

from __future__ import annotations

import os

import typer

from recovery_cli.views.progress import quiet


def colour_allowed() -> bool:
    return not os.environ.get("NO_COLOR")


def style(text: str, **styles: object) -> str:
    return typer.style(text, **styles) if colour_allowed() else text  # type: ignore[arg-type]


def say(text: str) -> None:
    """A line of output on stdout."""
    with quiet():
        typer.echo(text)


def info(text: str) -> None:
    """A side remark on stderr (where the journal lives, that this is the demo)."""
    with quiet():
        typer.echo(style(text, dim=True), err=True)


def done(text: str) -> None:
    """The confirmation that something was saved."""
    with quiet():
        typer.echo(style(text, fg="green"))

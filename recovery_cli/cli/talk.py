"""The conversation commands: guide, note, notes, prompts, checkin, checkins."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    from recovery_cli.cli import checkin, guide, notes

    guide.register(app)
    notes.register(app)
    checkin.register(app)

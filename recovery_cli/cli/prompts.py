"""Questions asked at the terminal, answered in either language."""

from __future__ import annotations

import sys

import typer

from recovery_cli.domain.text import fold
from recovery_cli.i18n import t

YES = {"y", "yes", "j", "ja"}
NO = {"n", "no", "nej", ""}


def interactive() -> bool:
    """True when a person can answer: stdin is a terminal."""
    return sys.stdin.isatty()


def last_line(question: str) -> str:
    """A question wider than the terminal: its first lines said, wrapped between
    words (the terminal would break it anywhere); the last one returned, to be
    asked with the answer beside it (one column spare for the space before it)."""
    from recovery_cli.views import out

    lines = out.fitted(question, room=out.width() - 1).split("\n")
    if len(lines) > 1:
        out.raw("\n".join(lines[:-1]))
    return lines[-1]


def confirm(question: str) -> bool:
    """Ask a yes/no question; Enter means no. Accepts y/yes and j/ja."""
    from recovery_cli.views import out

    while True:
        asked = last_line(f"{question} [{t('prompt.yes_no')}]")
        answer = fold(typer.prompt(asked, default="", show_default=False).strip())
        if answer in YES:
            return True
        if answer in NO:
            return False
        out.say(t("prompt.yes_no_again"), err=True)

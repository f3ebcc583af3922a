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


def confirm(question: str) -> bool:
    """Ask a yes/no question; Enter means no. Accepts y/yes and j/ja."""
    while True:
        answer = fold(
            typer.prompt(
                f"{question} [{t('prompt.yes_no')}]", default="", show_default=False
            ).strip()
        )
        if answer in YES:
            return True
        if answer in NO:
            return False
        typer.echo(t("prompt.yes_no_again"), err=True)

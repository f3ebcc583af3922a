"""``recovery init``: create a journal, in the person's language."""

from __future__ import annotations

import typer

from recovery_cli.cli.base import command
from recovery_cli.cli.prompts import interactive
from recovery_cli.cli.state import state
from recovery_cli.domain.errors import NotPossible
from recovery_cli.i18n import LANGUAGES, get_language, normalise_language, set_language, t
from recovery_cli.views import out


def _ask_language() -> str:
    current = get_language()
    while True:
        answer = typer.prompt(t("init.ask_language"), default=current)
        found = normalise_language(answer)
        if found in LANGUAGES:
            return found
        typer.echo(t("init.language_again"), err=True)


def register(app: typer.Typer) -> None:
    @command(app, "init", "help.init")
    def init(ctx: typer.Context) -> None:
        app_state = state(ctx)
        if app_state.path.exists():
            raise NotPossible("error.init.exists", path=str(app_state.path))
        if not app_state.language_fixed and interactive():
            set_language(_ask_language())
        with app_state.journal(write=True) as journal:
            if journal.existed:
                raise NotPossible("error.init.exists", path=str(app_state.path))
            journal.set_meta(language=get_language())
        out.say(t("init.next"))

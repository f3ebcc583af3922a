"""``recovery look-back``: how far you have come, in words and a small chart."""

from typing import Annotated

import typer

from recovery_cli.cli.base import command
from recovery_cli.cli.base import option as _opt
from recovery_cli.cli.state import state
from recovery_cli.domain.errors import InputError
from recovery_cli.i18n import t
from recovery_cli.views import out


def _since(ctx: typer.Context, param: typer.CallbackParam, value: str | None) -> str | None:
    if value is not None and not value.strip():
        raise InputError("error.when.empty", option=param.opts[0])
    return value


def register(app: typer.Typer) -> None:
    @command(app, "look-back", "help.lookback")
    def look_back(
        ctx: typer.Context,
        since: Annotated[
            str | None,
            _opt("help.opt.lookback_since", "--since", metavar=t("metavar.since"), callback=_since),
        ] = None,
    ) -> None:
        from recovery_cli.journal.lookback import look_back as find

        with state(ctx).journal() as journal:
            if not journal.goals:
                out.say(t("list.empty_all"))
                return
            found = find(journal, since)
            from recovery_cli.views.console import make_console
            from recovery_cli.views.lookback import lookback_view

            console = make_console()
            console.print(
                lookback_view(
                    found, journal.now, width=console.width, colour=console.color_system is not None
                )
            )

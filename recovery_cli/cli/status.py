"""``recovery status``: the overview."""

from typing import Annotated

import typer

from recovery_cli.cli.base import command
from recovery_cli.cli.state import state
from recovery_cli.i18n import t
from recovery_cli.views import out


def register(app: typer.Typer) -> None:
    @command(app, "status", "help.status")
    def status(
        ctx: typer.Context,
        as_json: Annotated[bool, typer.Option("--json", help=t("help.opt.json"))] = False,
    ) -> None:
        from recovery_cli.journal.overview import overview

        with state(ctx).journal() as journal:
            view = overview(journal)
            latest = []
            if journal.raw("measures"):  # measure modules only for a journal that has some
                from recovery_cli.journal.measures import latest_scores

                latest = latest_scores(journal)
            if as_json:
                from recovery_cli.views.jsonout import dumps, status_json

                data = status_json(journal, view)
                data["measures"] = [
                    {"name": d.name, "score": r.score, "when": r.when} for d, r in latest
                ]
                out.raw(dumps(data))
                return
            from recovery_cli.views.console import make_console
            from recovery_cli.views.status import empty_view, status_view

            measures = None
            if latest:
                from recovery_cli.views.measures import status_lines

                measures = status_lines(latest)
            console = make_console()
            if not journal.goals:
                console.print(empty_view())
                if measures:
                    console.print("", *measures, sep="\n")
                return
            console.print(status_view(view, journal.now, width=console.width, measures=measures))

"""``recovery helped``: what helped at each step up, what got in the way at each
step back, in the person's own words."""

from typing import Annotated

import typer

from recovery_cli.cli.base import (
    LIST_ROWS,
    all_option,
    command,
    goal_argument,
    how_many,
    json_flag,
    limit_option,
)
from recovery_cli.cli.state import paged, state
from recovery_cli.i18n import t, tn
from recovery_cli.views import out


def register(app: typer.Typer) -> None:
    @command(app, "helped", "help.helped")
    def helped(
        ctx: typer.Context,
        ref: Annotated[str | None, goal_argument("help.arg.helped_goal")] = None,
        as_json: Annotated[bool, json_flag()] = False,
        limit: Annotated[int | None, limit_option()] = None,
        every: Annotated[bool, all_option()] = False,
    ) -> None:
        from recovery_cli.journal.story import stories

        count = how_many(limit, every, None if as_json else LIST_ROWS)
        with state(ctx).journal() as journal:
            if ref is not None:
                told = stories(journal, [journal.goal(ref)])
            else:  # every goal the person wrote something at
                told = [s for s in stories(journal, journal.goals) if s.with_words]
            if as_json:
                from recovery_cli.views.helped import helped_json
                from recovery_cli.views.jsonout import dumps

                out.raw(dumps(helped_json(told, count)))
                return
            if not told:
                out.say(t("helped.none" if journal.goals else "list.empty_all"))
                return
            from recovery_cli.views.console import make_console
            from recovery_cli.views.helped import helped_view

            with paged(ctx):
                make_console().print(helped_view(told, journal.now, count))
            shown = sum(len(s.with_words[:count]) for s in told)
            total = sum(len(s.with_words) for s in told)
            if shown < total:
                out.info(tn("list.more.helped", count or 0, shown=shown, total=total))

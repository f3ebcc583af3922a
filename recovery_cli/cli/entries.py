"""``recovery log``, ``recovery resource ...`` and ``recovery support ...``."""

from typing import Annotated

import typer

from recovery_cli.cli import complete
from recovery_cli.cli.base import (
    argument,
    command,
    goal_argument,
    json_flag,
    sub_app,
    when_option,
)
from recovery_cli.cli.base import option as _opt
from recovery_cli.cli.corrections import attach_resource, attach_support
from recovery_cli.cli.state import state
from recovery_cli.i18n import t
from recovery_cli.journal import entries as use
from recovery_cli.views import format as fmt
from recovery_cli.views import out


def register(app: typer.Typer) -> None:
    @command(app, "log", "help.log")
    def log(
        ctx: typer.Context,
        goal: Annotated[str, goal_argument()],
        position: Annotated[
            str,
            argument("help.arg.position", t("metavar.position"), autocompletion=complete.positions),
        ],
        note: Annotated[str | None, _opt("help.opt.log_note", "--note", "-n")] = None,
        helped: Annotated[str | None, _opt("help.opt.helped", "--helped")] = None,
        date: Annotated[str | None, when_option("help.opt.date", "--date", "-d")] = None,
    ) -> None:
        from recovery_cli.journal.core import Mark

        with state(ctx).journal(write=True) as journal:
            found, logged, before = use.log_position(
                journal, goal, position, note=note, helped=helped, when=date
            )
        out.done(
            t(
                "log.logged",
                number=found.number,
                title=found.title,
                position=logged.value,
                band=fmt.band_label(logged.value),
                when=fmt.when_text(logged.when, journal.now),
            )
        )
        latest = Mark(*journal.marks(found)[-1])
        if latest.when > logged.when:  # logged for an earlier day: the latest still stands
            first = (
                t("move.earliest")
                if before is None
                else fmt.movement_text(before.value, logged.value)
            )
            out.say(
                t(
                    "move.backdated",
                    movement=first,
                    latest=latest.value,
                    when=fmt.when_text(latest.when, journal.now),
                )
            )
        else:
            out.say(fmt.movement_text(before.value if before else None, logged.value))
        if found.status != "active":  # logged all the same; the status is the person's
            out.say(t(f"log.not_active.{found.status}", number=found.number))

    _register_resources(app)
    _register_supports(app)


def _register_resources(app: typer.Typer) -> None:
    group = sub_app("help.resource")
    app.add_typer(group, name="resource")

    @command(group, "add", "help.resource.add")
    def add(
        ctx: typer.Context,
        text: Annotated[str, argument("help.arg.resource", t("metavar.text"))],
        kind: Annotated[
            str | None,
            _opt("help.opt.resource_kind", "--kind", "-k", metavar=t("metavar.resource_kind")),
        ] = None,
        goal: Annotated[
            str | None, _opt("help.opt.goal_link", "--goal", "-g", metavar=t("metavar.goal"))
        ] = None,
    ) -> None:
        with state(ctx).journal(write=True) as journal:
            resource = use.add_resource(journal, text, kind=kind, goal=goal)
        out.done(t("resource.added", kind=t(f"kind.{resource.kind}"), text=resource.text))

    @command(group, "list", "help.resource.list")
    def list_(ctx: typer.Context, as_json: Annotated[bool, json_flag()] = False) -> None:
        with state(ctx).journal() as journal:
            resources = journal.resources()
            if as_json:
                from recovery_cli.views.jsonout import dumps, resource_json

                out.raw(
                    dumps(
                        [
                            {**resource_json(journal, r), "number": number}
                            for number, r in enumerate(resources, 1)
                        ]
                    )
                )
            elif not resources:
                out.say(t("resource.empty"))
            else:
                from recovery_cli.views.console import make_console
                from recovery_cli.views.lists import resource_table

                make_console().print(resource_table(journal, resources))
                out.info(t("fix.hint.resources"))

    attach_resource(group)


def _register_supports(app: typer.Typer) -> None:
    group = sub_app("help.support")
    app.add_typer(group, name="support")

    @command(group, "add", "help.support.add")
    def add(
        ctx: typer.Context,
        who: Annotated[str, argument("help.arg.who", t("metavar.who"))],
        kind: Annotated[
            str | None,
            _opt("help.opt.support_kind", "--kind", "-k", metavar=t("metavar.support_kind")),
        ] = None,
        how: Annotated[str | None, _opt("help.opt.how", "--how")] = None,
        goal: Annotated[
            str | None, _opt("help.opt.goal_link", "--goal", "-g", metavar=t("metavar.goal"))
        ] = None,
    ) -> None:
        with state(ctx).journal(write=True) as journal:
            support = use.add_support(journal, who, kind=kind, how=how, goal=goal)
        out.done(t("support.added", who=support.who))

    @command(group, "list", "help.support.list")
    def list_(ctx: typer.Context, as_json: Annotated[bool, json_flag()] = False) -> None:
        with state(ctx).journal() as journal:
            supports = journal.supports()
            if as_json:
                from recovery_cli.views.jsonout import dumps, support_json

                out.raw(
                    dumps(
                        [
                            {**support_json(journal, s), "number": number}
                            for number, s in enumerate(supports, 1)
                        ]
                    )
                )
            elif not supports:
                out.say(t("support.empty"))
            else:
                from recovery_cli.views.console import make_console
                from recovery_cli.views.lists import support_table

                make_console().print(support_table(journal, supports))
                out.info(t("fix.hint.supports"))

    attach_support(group)

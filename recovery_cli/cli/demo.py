"""``recovery demo``: the example people's sandboxes, and a short tour of one."""

from typing import Annotated

import typer

from recovery_cli.cli.base import command, lang_option
from recovery_cli.cli.base import option as _opt
from recovery_cli.cli.state import state
from recovery_cli.domain.errors import InputError
from recovery_cli.i18n import t
from recovery_cli.views import out


def register(app: typer.Typer) -> None:
    @command(app, "demo", "help.demo")
    def demo(
        ctx: typer.Context,
        person: Annotated[
            str | None, _opt("help.opt.person", "--person", metavar=t("metavar.person"))
        ] = None,
        listing: Annotated[bool, typer.Option("--list", help=t("help.opt.demo_list"))] = False,
        reset: Annotated[bool, typer.Option("--reset", help=t("help.opt.reset"))] = False,
        lang: Annotated[str | None, lang_option()] = None,
    ) -> None:
        from recovery_cli.demo import people

        app_state = state(ctx)
        if lang is not None:
            app_state.use_language(lang)
        if listing:
            if person is not None or reset:
                raise InputError("error.demo.list_alone")
            _list()
            return
        name = people.find(person) if person is not None else (app_state.person or people.DEFAULT)
        _open(app_state, people.person(name), reset=reset)


def _list() -> None:
    from recovery_cli.demo.people import DEFAULT, NAMES

    out.say(t("people.list.heading"))
    width = max(len(name) for name in NAMES)
    for key in NAMES:
        mark = " " + t("people.list.default") if key == DEFAULT else ""
        line = f"  {key:<{width}}  {t(f'people.{key}.name')}, {t(f'people.{key}.summary')}{mark}"
        out.say(line, hang=width + 4)  # a long summary goes on under itself
    out.say("")
    name = t("metavar.person")
    hints = [
        (t("people.list.open"), f"recovery demo --person {name}"),
        (t("people.list.any"), f"recovery --demo {name} status"),
        (t("people.list.course"), f"recovery course --person {name}"),
    ]
    pad = max(len(label) for label, _ in hints) + 2
    side_by_side = pad + max(len(line) for _, line in hints) <= out.width()
    for label, line in hints:  # a command is never broken across lines
        out.raw(f"{label:<{pad}}{line}" if side_by_side else f"{label}\n  {line}")


def _open(app_state, person, *, reset: bool) -> None:
    from recovery_cli.demo.sandbox import ensure_sandbox, rebuild_command, sandbox_path
    from recovery_cli.demo.tour import render_tour, reset_command
    from recovery_cli.i18n import LANGUAGES

    sandbox = app_state.for_journal(
        sandbox_path(person.key), chosen=False, demo=True, person=person.key
    )
    outcome = ensure_sandbox(
        sandbox.path, person.key, reset=reset, language_fixed=sandbox.language_fixed
    )
    with sandbox.journal(quiet=True) as journal:
        if journal.language and not sandbox.language_fixed:
            sandbox.speak(journal.language)
        name = t(f"people.{person.key}.name")
        if outcome == "kept" and journal.language in LANGUAGES:  # what was logged in it stays
            said = t(
                f"demo.language_kept.{journal.language}",
                name=name,
                command=rebuild_command(person.key),
            )
        else:
            said = {
                "built": t("demo.built", name=name),
                "rebuilt": t("demo.language_rebuilt", name=name),
                "reused": t("demo.reused", name=name, reset=reset_command(person)),
            }.get(outcome) or t("demo.reused", name=name, reset=reset_command(person))
        out.info(said)
        render_tour(journal, person)

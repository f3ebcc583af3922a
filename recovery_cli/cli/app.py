"""Building the ``recovery`` command: the root options and every command group.

The app is built after the language is known, so help texts come from the
catalog in the person's language. ``build_app()`` makes a fresh app each time
(tests build one per language); no command state lives at module level.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from recovery_cli import __version__
from recovery_cli.cli import errors
from recovery_cli.cli.base import RecoveryGroup
from recovery_cli.cli.state import AppState, choose_language
from recovery_cli.domain.errors import RecoveryError
from recovery_cli.i18n import t


def _version(value: bool) -> None:
    if value:
        typer.echo(t("info.version", version=__version__))
        raise typer.Exit()


def _root_callback(
    ctx: typer.Context,
    journal: Annotated[str | None, typer.Option(
        "--journal", metavar="PATH", help=t("help.opt.journal"), show_default=False)] = None,
    demo: Annotated[bool, typer.Option("--demo", help=t("help.opt.demo"))] = False,
    lang: Annotated[str | None, typer.Option(
        "--lang", metavar="en|da", help=t("help.opt.lang"), show_default=False)] = None,
    version: Annotated[bool, typer.Option(
        "--version", help=t("help.opt.version"), callback=_version, is_eager=True)] = False,
) -> None:
    ctx.obj = AppState.from_options(journal=journal, demo=demo, lang=lang)
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())


def build_app() -> typer.Typer:
    """The whole ``recovery`` command, with help in the current language."""
    from recovery_cli.cli import (
        backup,
        chart,
        crypt,
        demo,
        doctor,
        entries,
        erase,
        goal,
        init,
        status,
        talk,
        transfer,
    )

    app = typer.Typer(
        cls=RecoveryGroup,
        help=t("help.app"),
        add_completion=False,
        invoke_without_command=True,
        pretty_exceptions_enable=False,
        pretty_exceptions_show_locals=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback()(_root_callback)
    init.register(app)
    goal.register(app)
    entries.register(app)
    status.register(app)
    chart.register(app)
    demo.register(app)
    talk.register(app)
    transfer.register(app)
    backup.register(app)
    doctor.register(app)
    crypt.register(app)
    erase.register(app)
    return app


def main(argv: list[str] | None = None) -> None:
    """Console entry point: pick the language, build the app, run it."""
    args = sys.argv[1:] if argv is None else list(argv)
    try:
        choose_language(args)
    except RecoveryError as error:  # a bad --lang or RECOVERY_LANG: one sentence
        sys.exit(errors.handle(error))
    build_app()(args=args, prog_name="recovery")

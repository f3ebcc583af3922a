"""Building the ``recovery`` command: the root options and every command group.

The app is built after the language is known, so help texts come from the
catalog in the person's language. ``build_app()`` makes a fresh app each time
(tests build one per language); no command state lives at module level.
"""

from __future__ import annotations

import importlib
import os
import sys
from typing import Annotated, Any

import typer

from recovery_cli import __version__
from recovery_cli.cli import complete, errors
from recovery_cli.cli.base import RecoveryGroup, TyperCommand, TyperGroup
from recovery_cli.cli.state import AppState, choose_language, demo_args
from recovery_cli.domain.errors import RecoveryError
from recovery_cli.i18n import t


def _version(value: bool) -> None:
    if value:
        typer.echo(t("info.version", version=__version__))
        raise typer.Exit()


def _root_callback(
    ctx: typer.Context,
    journal: Annotated[
        str | None,
        typer.Option(
            "--journal", metavar=t("metavar.path"), help=t("help.opt.journal"), show_default=False
        ),
    ] = None,
    demo: Annotated[bool, typer.Option("--demo", help=t("help.opt.demo"))] = False,
    demo_person: Annotated[
        str | None,
        typer.Option(
            "--demo-person",
            metavar=t("metavar.person"),
            help=t("help.opt.demo_person"),
            show_default=False,
        ),
    ] = None,
    lang: Annotated[
        str | None,
        typer.Option(
            "--lang",
            metavar="en|da",
            help=t("help.opt.lang"),
            show_default=False,
            autocompletion=complete.languages,
        ),
    ] = None,
    no_pager: Annotated[bool, typer.Option("--no-pager", help=t("help.opt.no_pager"))] = False,
    version: Annotated[
        bool,
        typer.Option(
            "--version", "-V", help=t("help.opt.version"), callback=_version, is_eager=True
        ),
    ] = False,
) -> None:
    ctx.obj = AppState.from_options(journal=journal, demo=demo, lang=lang, demo_person=demo_person)
    ctx.obj.pager = not no_pager
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())


# Every command, in the order --help lists them, and the module that defines it.
# Modules are imported only when their command runs (or --help lists them all),
# so `recovery log` does not pay for charts, export or encryption.
COMMANDS: dict[str, str] = {
    "init": "init",
    "goal": "goal",
    "log": "entries",
    "unlog": "corrections",
    "resource": "entries",
    "support": "entries",
    "status": "status",
    "chart": "chart",
    "helped": "helped",
    "look-back": "lookback",
    "guide": "guide",
    "note": "notes",
    "notes": "notes",
    "prompts": "notes",
    "checkin": "checkin",
    "checkins": "checkin",
    "measure": "measure",
    "demo": "demo",
    "course": "course",
    "export": "transfer",
    "import": "transfer",
    "backup": "backup",
    "doctor": "doctor",
    "encrypt": "crypt",
    "decrypt": "crypt",
    "passwd": "crypt",
    "recovery-key": "crypt",
    "erase": "erase",
    "config": "config",
}


_HELP_KEYS = {
    "look-back": "help.lookback",
    "note": "help.note.group",
    "checkin": "help.checkin.group",
}


def help_key(name: str) -> str:
    """The catalog key of a command's help (``recovery-key``: ``help.recovery_key``)."""
    return _HELP_KEYS.get(name, f"help.{name.replace('-', '_')}")


# Danish names a course can use for a few commands (each named in its Danish help);
# they work in either language and are not listed twice.
ALIASES: dict[str, str] = {"tjek": "doctor", "graf": "chart"}


def _nothing() -> None:
    """A callback, so typer always builds a group around a module's commands."""


def load_commands(module_name: str, only: str | None = None) -> dict[str, Any]:
    """The click commands one ``recovery_cli.cli`` module registers (``only``: just
    the one of that name, so typer reads no other command's parameters)."""
    module = importlib.import_module(f"recovery_cli.cli.{module_name}")
    holder = typer.Typer(cls=RecoveryGroup, add_completion=False)
    holder.callback()(_nothing)
    module.register(holder)
    if only is not None:
        holder.registered_commands = [c for c in holder.registered_commands if c.name == only]
        holder.registered_groups = [g for g in holder.registered_groups if g.name == only]
    group = typer.main.get_command(holder)
    assert isinstance(group, TyperGroup)  # a callback makes typer build a group
    return dict(group.commands)


class LazyRoot(RecoveryGroup):
    """The root group: knows every command's name, builds a command when used.

    ``recovery --help`` lists every command by its help text alone: while the
    list is made, a command not built yet stands in as a plain command with its
    help from the catalog, so the list does not import all the command modules
    (a test holds each stand-in's help to the real command's)."""

    listing = False

    def list_commands(self, ctx: Any) -> list[str]:
        return list(COMMANDS)

    def command_names(self, ctx: Any) -> list[str]:
        return [*COMMANDS, *ALIASES]

    def get_params(self, ctx: Any) -> list[Any]:
        """The root options, typer's shell-completion pair in the person's language."""
        params: list[Any] = super().get_params(ctx)
        for param in params:
            if param.name in _COMPLETION_HELP:
                param.help = t(_COMPLETION_HELP[param.name])
                if param.name == "install_completion":
                    param.callback = complete.install_callback
        return params

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if any(arg.startswith("--demo") for arg in args):  # --demo anna status
            args = demo_args(args, self.command_names(ctx))
        return super().parse_args(ctx, args)

    def format_help(self, ctx: Any, formatter: Any) -> None:
        self.listing = True
        try:
            super().format_help(ctx, formatter)
        finally:
            self.listing = False

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        cmd_name = ALIASES.get(cmd_name, cmd_name)
        if self.listing and cmd_name not in self.commands and cmd_name in COMMANDS:
            return TyperCommand(cmd_name, help=t(help_key(cmd_name)))
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            for name, found in load_commands(COMMANDS[cmd_name], only=cmd_name).items():
                self.commands.setdefault(name, found)
        return self.commands.get(cmd_name)


_COMPLETION_HELP = {
    "install_completion": "help.opt.install_completion",
    "show_completion": "help.opt.show_completion",
}


def build_app() -> typer.Typer:
    """The whole ``recovery`` command, with help in the current language."""
    app = typer.Typer(
        cls=LazyRoot,
        help=t("help.app"),
        add_completion=True,  # --install-completion and --show-completion, typer's own
        invoke_without_command=True,
        pretty_exceptions_enable=False,
        pretty_exceptions_show_locals=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    app.callback()(_root_callback)
    return app


def main(argv: list[str] | None = None) -> None:
    """Pick the language, build the app, run it (raises SystemExit like click)."""
    args = sys.argv[1:] if argv is None else list(argv)
    typed = complete.words_typed()  # a shell asking for completions: its words
    try:
        choose_language(args or typed)
    except RecoveryError as error:  # a bad --lang or RECOVERY_LANG: one sentence
        if not typed:  # (while completing: the default language, no word into the shell)
            sys.exit(errors.handle(error))
    build_app()(args=args, prog_name="recovery")


def run() -> None:
    """:func:`main` in a process of its own (the console script, through
    :mod:`recovery_cli.console`, which has switched the cycle collector off).

    Once the command has finished and its output is flushed, the process ends
    at once instead of having Python free every module and object one by one
    (about 10 % of a command's time). Nothing is left to do by then: every
    file is written and closed inside the command, and nothing registers exit
    handlers.
    """
    status: object = 0
    try:
        main()
    except SystemExit as done:
        status = done.code
    # click exits with numbers, and so do main's errors; anything else is 0 or 1
    code = status if isinstance(status, int) else (0 if status is None else 1)
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BrokenPipeError:  # the reader went away (recovery chart | head -1)
        code = code or 1
    os._exit(code)

"""Typer classes that speak the person's language and route every error.

``RecoveryGroup.main`` runs the command without click's own error printing and
hands anything that goes wrong to :func:`recovery_cli.cli.errors.handle`. Both
classes localise the parts of ``--help`` that typer and click hard-code.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import typer
from typer import _click
from typer.core import TyperCommand, TyperGroup

from recovery_cli.cli import errors
from recovery_cli.domain.errors import InputError
from recovery_cli.i18n import t


def _localise_rich_help() -> None:
    from typer import rich_utils

    rich_utils.ARGUMENTS_PANEL_TITLE = t("help.panel.arguments")
    rich_utils.OPTIONS_PANEL_TITLE = t("help.panel.options")
    rich_utils.COMMANDS_PANEL_TITLE = t("help.panel.commands")
    rich_utils.REQUIRED_LONG_STRING = t("help.required")
    rich_utils.DEFAULT_STRING = t("help.default")


class _Localised:
    """Help-page pieces from the catalog: usage prefix and the help option."""

    def get_help_option(self, ctx: _click.Context):  # type: ignore[override]
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = t("help.opt.help")
        return option

    def parse_args(self, ctx: _click.Context, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)  # type: ignore[misc]
        except _click.exceptions.UsageError as error:
            error.ctx = error.ctx or ctx  # so the hint names this command
            raise

    def collect_usage_pieces(self, ctx: _click.Context) -> list[str]:
        """The usage line's words in the person's language: ``[TILVALG]``."""
        words = {"[OPTIONS]": t("usage.piece.options"),
                 "COMMAND [ARGS]...": t("usage.piece.command")}
        return [words.get(piece, piece)
                for piece in super().collect_usage_pieces(ctx)]  # type: ignore[misc]

    def format_usage(self, ctx: _click.Context, formatter: Any) -> None:
        pieces = self.collect_usage_pieces(ctx)  # type: ignore[attr-defined]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=t("help.usage") + " ")

    def format_help(self, ctx: _click.Context, formatter: Any) -> None:
        _localise_rich_help()
        super().format_help(ctx, formatter)  # type: ignore[misc]


class RecoveryCommand(_Localised, TyperCommand):
    """A leaf command (``recovery log``)."""


class RecoveryGroup(_Localised, TyperGroup):
    """A command group; at the root it also owns error handling."""

    def command_names(self, ctx: _click.Context) -> list[str]:
        """Every name a command can be called by, for suggestions."""
        return list(self.list_commands(ctx))

    def resolve_command(self, ctx: _click.Context, args: list[str]):
        try:
            return self._click_resolve_command(ctx, args)
        except _click.exceptions.UsageError:
            import difflib

            name = args[0] if args else ""
            close = difflib.get_close_matches(name, self.command_names(ctx), n=1)
            if close:
                raise InputError("usage.no_such_command_suggest", name=name,
                                 suggestion=close[0], command=ctx.command_path) from None
            raise InputError("usage.no_such_command", name=name,
                             command=ctx.command_path) from None

    def main(self, args: Sequence[str] | None = None, prog_name: str | None = None,
             **extra: Any) -> Any:
        extra.pop("standalone_mode", None)
        try:
            result = super().main(args, prog_name, standalone_mode=False, **extra)
        except BrokenPipeError:
            errors.silence_broken_pipe()
            sys.exit(1)
        except BaseException as error:  # the one place errors become sentences
            if isinstance(error, SystemExit):
                raise
            sys.exit(errors.handle_safely(error))
        if result == 130:  # typer turns Ctrl-C into a quiet exit 130: say what happened
            errors.handle_safely(KeyboardInterrupt())
        sys.exit(result if isinstance(result, int) else 0)


def _help_without_subcommand(ctx: typer.Context) -> None:
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())


def sub_app(help_key: str) -> typer.Typer:
    """A command group such as ``recovery goal``; alone, it shows its help."""
    group = typer.Typer(cls=RecoveryGroup, help=t(help_key), invoke_without_command=True,
                        add_completion=False)
    group.callback()(_help_without_subcommand)
    return group


def option(help_key: str, *names: str, metavar: str | None = None, **kwargs: Any):
    """A ``typer.Option`` whose help and placeholder come from the catalog
    (``TEXT`` unless another placeholder is given)."""
    return typer.Option(*names, help=t(help_key), metavar=metavar or t("metavar.text"),
                        show_default=False, **kwargs)


def _refuse_empty_when(ctx: typer.Context, param: typer.CallbackParam,
                       value: str | None) -> str | None:
    if value is not None and not value.strip():
        raise InputError("error.when.empty", option=param.opts[0])
    return value


def when_option(help_key: str, *names: str):
    """An option that takes a WHEN (``--date``, ``--since``, ``--until``); given
    empty, it is refused rather than read as 'now' or 'no limit'."""
    return option(help_key, *names, metavar=t("metavar.when"), callback=_refuse_empty_when)


def json_flag():
    """The ``--json`` switch every read command has."""
    return typer.Option("--json", help=t("help.opt.json"))


class _Words(_click.types.StringParamType):
    """An argument typed as words: its placeholder (``GOAL``) says what to type,
    so the help shows no type name (``<str>``) beside it."""

    def get_metavar(self, param: Any, ctx: Any) -> str:
        return ""


def argument(help_key: str, metavar: str, **kwargs: Any):
    """A ``typer.Argument`` whose help and placeholder come from the catalog."""
    return typer.Argument(metavar=metavar, help=t(help_key), show_default=False,
                          click_type=_Words(), **kwargs)


def goal_argument(help_key: str = "help.arg.goal", **kwargs: Any):
    """The GOAL argument: a number, #number or part of a title."""
    return argument(help_key, t("metavar.goal"), **kwargs)


def command(app: typer.Typer, name: str, help_key: str, **kwargs: Any):
    """Register a command whose help comes from the catalog (``cls`` may name a
    subclass of :class:`RecoveryCommand`)."""
    kwargs.setdefault("cls", RecoveryCommand)
    return app.command(name, help=t(help_key), **kwargs)

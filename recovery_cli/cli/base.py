"""Typer classes that speak the person's language and route every error.

``RecoveryGroup.main`` runs the command without click's own error printing and
hands anything that goes wrong to :func:`recovery_cli.cli.errors.handle`. Both
classes localise the parts of ``--help`` that typer and click hard-code.

Only typer's public names are used. typer types these hooks with click classes
from its private copy of click, which it does not export; where an override has
to match such a signature, the context and command are typed ``Any``.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import typer
from typer.core import TyperCommand, TyperGroup

from recovery_cli.cli import errors
from recovery_cli.domain.errors import InputError
from recovery_cli.i18n import t, tn


def _localise_rich_help() -> None:
    from typer import rich_utils

    rich_utils.ARGUMENTS_PANEL_TITLE = t("help.panel.arguments")
    rich_utils.OPTIONS_PANEL_TITLE = t("help.panel.options")
    rich_utils.COMMANDS_PANEL_TITLE = t("help.panel.commands")
    rich_utils.REQUIRED_LONG_STRING = t("help.required")
    rich_utils.DEFAULT_STRING = t("help.default")


class _Untyped:
    """An argument's type as the help page sees it: without a name. The
    placeholder (``GOAL``, ``TEKST``) says what to type; typer would add the
    Python type (``<str>``) beside it, in English. Everything else is the type's
    own. Only the help page meets it: the process ends once help is shown."""

    def __init__(self, inner: Any) -> None:
        self._inner: Any = inner._inner if isinstance(inner, _Untyped) else inner

    def get_metavar(self, *args: Any, **kwargs: Any) -> str:
        return ""

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)


def _no_type_name(*args: Any, **kwargs: Any) -> None:
    """typer 0.29's counterpart of :class:`_Untyped`: no type beside the placeholder."""
    return None


def _argument_piece(param: Any) -> str:
    """An argument on the usage line, from its placeholder: ``GOAL``, ``[GOAL]``,
    ``[GOAL...]`` (a placeholder already in brackets is kept as it is)."""
    metavar = str(param.metavar)
    if metavar.startswith("["):
        return metavar
    if param.nargs != 1 and not metavar.endswith("..."):
        metavar += "..."
    return metavar if param.required else f"[{metavar}]"


class _Localised:
    """Help-page pieces from the catalog: usage prefix and the help option."""

    def get_help_option(self, ctx: Any) -> Any:
        option = super().get_help_option(ctx)  # type: ignore[misc]
        if option is not None:
            option.help = t("help.opt.help")
        return option

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        try:
            return super().parse_args(ctx, args)  # type: ignore[misc]
        except typer.TyperException as error:
            if errors.is_usage_error(error) and getattr(error, "ctx", None) is None:
                error.ctx = ctx  # type: ignore[attr-defined]  # so the hint names this command
            raise

    def collect_usage_pieces(self, ctx: Any) -> list[str]:
        """The usage line's words in the person's language (``[TILVALG]``), an
        argument as git and gh write it: ``GOAL`` when it must be given,
        ``[GOAL]`` when it may be left out (typer writes ``{GOAL}``)."""
        words = {
            "[OPTIONS]": t("usage.piece.options"),
            "COMMAND [ARGS]...": t("usage.piece.command"),
        }
        pieces = [words.get(piece, piece) for piece in super().collect_usage_pieces(ctx)]  # type: ignore[misc]
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            if param.param_type_name == "argument" and param.metavar:
                for typer_piece in param.get_usage_pieces(ctx):
                    if typer_piece in pieces:
                        pieces[pieces.index(typer_piece)] = _argument_piece(param)
        return pieces

    def format_usage(self, ctx: Any, formatter: Any) -> None:
        pieces = self.collect_usage_pieces(ctx)
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=t("help.usage") + " ")

    def format_help(self, ctx: Any, formatter: Any) -> None:
        _localise_rich_help()
        for param in self.get_params(ctx):  # type: ignore[attr-defined]
            if param.param_type_name != "argument" or param.metavar is None:
                continue
            if hasattr(param, "type"):  # typer 0.28: the type names itself
                param.type = _Untyped(param.type)
            elif hasattr(param, "display_type_rich"):  # typer 0.29: the parameter does
                param.display_type_rich = _no_type_name
        super().format_help(ctx, formatter)  # type: ignore[misc]


class RecoveryCommand(_Localised, TyperCommand):
    """A leaf command (``recovery log``)."""


class RecoveryGroup(_Localised, TyperGroup):
    """A command group; at the root it also owns error handling."""

    def command_names(self, ctx: Any) -> list[str]:
        """Every name a command can be called by, for suggestions."""
        return list(self.list_commands(ctx))

    def resolve_command(self, ctx: Any, args: list[str]) -> Any:
        try:
            return super().resolve_command(ctx, args)
        except typer.TyperException as error:
            if not errors.is_usage_error(error):
                raise
            import difflib

            name = args[0] if args else ""
            close = difflib.get_close_matches(name, self.command_names(ctx), n=1)
            if close:
                raise InputError(
                    "usage.no_such_command_suggest",
                    name=name,
                    suggestion=close[0],
                    command=ctx.command_path,
                ) from None
            raise InputError("usage.no_such_command", name=name, command=ctx.command_path) from None

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        """Run the command; errors are ours to report, whatever ``standalone_mode`` says."""
        try:
            result = super().main(
                args,
                prog_name,
                complete_var=complete_var,
                standalone_mode=False,
                windows_expand_args=windows_expand_args,
                **extra,
            )
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
    group = typer.Typer(
        cls=RecoveryGroup, help=t(help_key), invoke_without_command=True, add_completion=False
    )
    group.callback()(_help_without_subcommand)
    return group


def option(help_key: str, *names: str, metavar: str | None = None, **kwargs: Any):
    """A ``typer.Option`` whose help and placeholder come from the catalog
    (``TEXT`` unless another placeholder is given). Options the shell can
    complete (``--goal``, ``--chime``, ``--kind``...) complete by their name."""
    from recovery_cli.cli.complete import BY_OPTION

    completer = next((BY_OPTION[name] for name in names if name in BY_OPTION), None)
    if completer is not None:
        kwargs.setdefault("autocompletion", completer)
    return typer.Option(
        *names, help=t(help_key), metavar=metavar or t("metavar.text"), show_default=False, **kwargs
    )


def _refuse_empty_when(
    ctx: typer.Context, param: typer.CallbackParam, value: str | None
) -> str | None:
    if value is not None and not value.strip():
        raise InputError("error.when.empty", option=param.opts[0])
    return value


def when_option(help_key: str, *names: str):
    """An option that takes a WHEN (``--date``, ``--since``, ``--until``); given
    empty, it is refused rather than read as 'now' or 'no limit'."""
    return option(help_key, *names, metavar=t("metavar.when"), callback=_refuse_empty_when)


def _positive(ctx: typer.Context, param: typer.CallbackParam, value: int | None) -> int | None:
    if value is not None and value < 1:
        raise InputError("error.limit.positive", option=param.opts[0], value=value)
    return value


def limit_option():
    """``--limit N``: the newest N entries of a long list."""
    return typer.Option(
        "--limit", metavar="N", help=t("help.opt.limit"), show_default=False, callback=_positive
    )


def lang_option():
    """``--lang en|da`` on a command that may speak another language than the
    journal (demo, course)."""
    return typer.Option("--lang", metavar="en|da", help=t("help.opt.lang"), show_default=False)


def all_option():
    """``--all``: every entry of a long list, however many."""
    return typer.Option("--all", help=t("help.opt.all_entries"))


# How many entries a long list shows unless --limit or --all says otherwise (the
# goal page's history likewise shows its latest 20); --json gives every one.
LIST_ROWS = 20


def how_many(limit: int | None, every: bool, default: int | None) -> int | None:
    """How many entries a list shows: ``--limit``, ``--all`` (None: all) or ``default``."""
    if limit is not None and every:
        raise InputError("error.limit.both")
    if every:
        return None
    return limit if limit is not None else default


def say_more(key: str, shown: int, total: int) -> None:
    """On stderr, when a list was cut: how many it showed of how many, and how to
    see them all."""
    if shown < total:
        from recovery_cli.views import out

        out.info(tn(key, shown, shown=shown, total=total))


def json_flag():
    """The ``--json`` switch every read command has."""
    return typer.Option("--json", help=t("help.opt.json"))


def argument(help_key: str, metavar: str, **kwargs: Any):
    """A ``typer.Argument`` whose help and placeholder come from the catalog (the
    help page shows the placeholder alone, see :class:`_Untyped`)."""
    return typer.Argument(metavar=metavar, help=t(help_key), show_default=False, **kwargs)


def goal_argument(help_key: str = "help.arg.goal", **kwargs: Any):
    """The GOAL argument: a number, #number or part of a title (completed from the
    journal's goals)."""
    from recovery_cli.cli.complete import goals

    kwargs.setdefault("autocompletion", goals)
    return argument(help_key, t("metavar.goal"), **kwargs)


def command(app: typer.Typer, name: str, help_key: str, **kwargs: Any):
    """Register a command whose help comes from the catalog (``cls`` may name a
    subclass of :class:`RecoveryCommand`)."""
    kwargs.setdefault("cls", RecoveryCommand)
    return app.command(name, help=t(help_key), **kwargs)

"""The one error handler: every failure becomes one sentence and an exit code.

Exit codes: 0 done; 1 the request could not be done; 2 bad usage or bad
input; 130 interrupted. No traceback reaches the person, and no journal text is
put into an error about an unexpected failure.
"""

from __future__ import annotations

import contextlib
import os
import sys

from typer import _click
from typer.exceptions import Abort  # typer's own Abort; typer._click has none

from recovery_cli.domain.errors import RecoveryError
from recovery_cli.i18n import t

DEBUG_ENV = "RECOVERY_DEBUG"


def _say(message: str) -> None:
    _click.echo(message, err=True)


def _hint(ctx: _click.Context | None) -> str:
    path = ctx.command_path if ctx is not None else "recovery"
    return t("usage.see_help", command=path)


def describe_usage_error(error: _click.exceptions.UsageError) -> str:
    """A catalog sentence for a command-line parsing problem."""
    exc = _click.exceptions
    hint = _hint(error.ctx)
    if isinstance(error, exc.NoSuchOption):
        if error.possibilities:
            return t("usage.no_such_option_suggest", option=error.option_name,
                     suggestion=list(error.possibilities)[0], hint=hint)
        return t("usage.no_such_option", option=error.option_name, hint=hint)
    if isinstance(error, exc.MissingParameter):
        param = error.param
        name = param.human_readable_name if param is not None else "?"
        if param is not None and param.param_type_name == "option":
            name = param.opts[0] if param.opts else name
        return t("usage.missing", name=name, hint=hint)
    if isinstance(error, exc.BadOptionUsage):
        if "does not take" in error.message:
            return t("usage.option_takes_no_value", option=error.option_name, hint=hint)
        return t("usage.option_needs_value", option=error.option_name, hint=hint)
    if isinstance(error, exc.BadParameter):
        param = error.param
        name = param.opts[0] if param is not None and param.opts else (
            param.human_readable_name if param is not None else "?")
        return t("usage.bad_value", name=name, hint=hint)
    if error.message.startswith("Got unexpected extra argument"):
        extra = error.message.rpartition("(")[2].rstrip(")")
        return t("usage.extra_arguments", extra=extra, hint=hint)
    return t("usage.generic", hint=hint)


def describe(error: RecoveryError) -> str:
    params = dict(error.params)
    if "field" in params:  # a field's key: named in the person's language, as a subject
        params["field"] = t(f"subject.{params['field']}")
    if "domain" in params:  # a CHIME domain's key: likewise
        params["domain"] = t(f"chime.{params['domain']}")
    if error.key.startswith(("error.backup.", "error.doctor.")):  # backup IDs, likewise
        from recovery_cli.views.backup_ids import shown_backup_id

        for name in ("id", "candidates"):
            if isinstance(params.get(name), str):
                params[name] = shown_backup_id(params[name])
    message = t(error.key, **params)
    return message[:1].upper() + message[1:]


def handle(error: BaseException) -> int:
    """Report ``error`` on stderr and return the exit code to use."""
    if isinstance(error, RecoveryError):
        _say(describe(error))
        return error.exit_code
    if isinstance(error, _click.exceptions.UsageError):
        _say(describe_usage_error(error))
        return 2
    if isinstance(error, _click.exceptions.ClickException):
        _say(t("usage.generic", hint=_hint(None)))
        return 2
    if isinstance(error, (Abort, KeyboardInterrupt, EOFError)):
        from recovery_cli.storage import session

        saved = session.saved()  # said by whether the journal was replaced
        _say(t("edges.interrupted.saved", path=str(saved)) if saved else t("info.interrupted"))
        return 130
    if isinstance(error, BrokenPipeError):
        return 1
    if isinstance(error, OSError) and error.errno is not None:
        _say(t("error.os", reason=os.strerror(error.errno)))
        return 1
    if os.environ.get(DEBUG_ENV):
        raise error
    _say(t("error.unexpected", kind=type(error).__name__))
    return 1


def handle_safely(error: BaseException) -> int:
    """:func:`handle`, with a last plain sentence should reporting itself break."""
    try:
        return handle(error)
    except Exception:
        if os.environ.get(DEBUG_ENV):
            raise
        _say(f"recovery: unexpected error ({type(error).__name__}); nothing was changed.")
        return 1


def silence_broken_pipe() -> None:
    """After stdout closed early (``recovery goal list | head``), exit quietly."""
    with contextlib.suppress(OSError, ValueError):
        sys.stdout.flush()
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())

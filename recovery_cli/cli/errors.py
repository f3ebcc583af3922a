"""The one error handler: every failure becomes one sentence and an exit code.

Exit codes: 0 done; 1 the request could not be done; 2 bad usage or bad
input; 130 interrupted. No traceback reaches the person, and no journal text is
put into an error about an unexpected failure.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Any

import typer

from recovery_cli.domain.errors import RecoveryError
from recovery_cli.i18n import t

DEBUG_ENV = "RECOVERY_DEBUG"


def _say(message: str) -> None:
    from recovery_cli.views import out

    out.say(message, err=True)  # wrapped to the terminal, as every sentence is


def is_usage_error(error: BaseException) -> bool:
    """A problem with the command line, as typer reports it.

    typer raises click's exception classes from its own copy of click (since
    0.26) and exports only ``typer.TyperException``, their common base, and
    ``typer.BadParameter``. They are told apart here by what click documents
    about them (a usage error exits with 2, and carries the option's name, the
    parameter or the close matches) rather than by importing typer's private
    module, so a newer typer that moves its internals does not turn a typo
    into an 'unexpected error'.
    """
    return isinstance(error, typer.TyperException) and getattr(error, "exit_code", 1) == 2


def _hint(ctx: Any) -> str:
    path = getattr(ctx, "command_path", None) or "recovery"
    return t("usage.see_help", command=path)


def _parameter_name(param: Any) -> str:
    """``--position`` for an option, ``POSITION`` (its placeholder) for an argument."""
    if param is None:
        return "?"
    opts = getattr(param, "opts", None) or []
    if getattr(param, "param_type_name", "") == "option" and opts:
        return str(opts[0])
    return str(getattr(param, "metavar", None) or getattr(param, "name", None) or "?")


def describe_usage_error(error: BaseException) -> str:
    """A catalog sentence for a command-line parsing problem."""
    hint = _hint(getattr(error, "ctx", None))
    message = str(getattr(error, "message", "") or "")
    option = getattr(error, "option_name", None)
    if option is not None and hasattr(error, "possibilities"):  # an unknown option
        command = getattr(getattr(error, "ctx", None), "command", None)
        if getattr(command, "name", None) == "log" and option[1:].isdigit():
            return t("error.position.range", value=option)  # log walk -1: a position
        close = list(getattr(error, "possibilities", None) or [])
        if close:
            return t("usage.no_such_option_suggest", option=option, suggestion=close[0], hint=hint)
        return t("usage.no_such_option", option=option, hint=hint)
    if isinstance(error, typer.BadParameter):
        param = getattr(error, "param", None)
        if hasattr(error, "param_type"):  # a required parameter that was not given
            return t("usage.missing", name=_parameter_name(param), hint=hint)
        return t("usage.bad_value", name=_parameter_name(param), hint=hint)
    if option is not None:  # an option without its value, or with one it does not take
        if "does not take" in message:
            return t("usage.option_takes_no_value", option=option, hint=hint)
        return t("usage.option_needs_value", option=option, hint=hint)
    if message.startswith("Got unexpected extra argument"):
        extra = message.rpartition("(")[2].rstrip(")")
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
            value = params.get(name)
            if isinstance(value, str):
                params[name] = shown_backup_id(value)
    if error.key.startswith("import.error.invalid."):  # the entry as the person knows it
        from recovery_cli.views.import_refusal import refusal_words

        params.update(refusal_words(error.key.rpartition(".")[2], params))
    message = t(error.key, **params)
    opening = t(error.key)  # the catalog's text: does the sentence open with a value?
    if opening.startswith("{") and not opening.startswith(("{field}", "{domain}")):
        return message  # a file name or a title, as written ("key.txt already exists")
    return message[:1].upper() + message[1:]


def handle(error: BaseException) -> int:
    """Report ``error`` on stderr and return the exit code to use."""
    if isinstance(error, RecoveryError):
        _say(describe(error))
        return error.exit_code
    if is_usage_error(error):
        _say(describe_usage_error(error))
        return 2
    if isinstance(error, typer.TyperException):  # click's other errors (a file it cannot open)
        _say(t("usage.generic", hint=_hint(None)))
        return 2
    if isinstance(error, (typer.Abort, KeyboardInterrupt, EOFError)):
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
        typer.echo(
            f"recovery: unexpected error ({type(error).__name__}); nothing was changed.", err=True
        )
        return 1


def silence_broken_pipe() -> None:
    """After stdout closed early (``recovery goal list | head``), exit quietly."""
    with contextlib.suppress(OSError, ValueError):
        sys.stdout.flush()
    with contextlib.suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())

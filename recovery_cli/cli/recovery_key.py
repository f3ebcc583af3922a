"""The recovery key at the terminal: shown once, typed back, saved on request.

The key is never a command-line argument nor an environment value: it is
typed (hidden) at a terminal, or read from the file ``RECOVERY_RECOVERY_KEY_FILE``
names, for scripts. A typo is caught by the key's checksum before anything is
decrypted; a key that adds up but does not open the journal is a wrong key.
"""

from __future__ import annotations

import os
from pathlib import Path

import typer

from recovery_cli.cli import passphrase
from recovery_cli.cli.prompts import interactive, last_line
from recovery_cli.cli.state import AppState
from recovery_cli.domain.errors import InputError, NotPossible, RecoveryError
from recovery_cli.i18n import t, tn
from recovery_cli.storage import recoverykey
from recovery_cli.storage.crypto import MAX_TRIES
from recovery_cli.views import out


def show(key: recoverykey.RecoveryKey, *, first: bool) -> None:
    """The key on screen, once, with where to keep it."""
    out.say(t("keys.shown_first" if first else "keys.shown"))
    out.say("")
    out.say("    " + out.style(key.grouped(), bold=True))
    out.say("")
    out.say(t("keys.keep"))


def _typed(path: Path, attempt: int) -> str | None:
    """The text to try as the key (attempt 0, 1, 2); None when there is no way to ask."""
    if os.environ.get(passphrase.RECOVERY_KEY_ENV):
        return passphrase.read_file(passphrase.RECOVERY_KEY_ENV) if attempt == 0 else None
    if attempt >= MAX_TRIES:
        return None
    if not interactive():
        raise NotPossible("error.keys.needs_terminal", variable=passphrase.RECOVERY_KEY_ENV)
    return typer.prompt(
        last_line(t("keys.ask", path=str(path))),
        hide_input=True,
        prompt_suffix=" ",
        default="",
        show_default=False,
    )


def unlock(app_state: AppState) -> None:
    """Open the journal with its recovery key (three tries at a terminal), so
    the rest of the command opens it with that key; or raise."""
    from recovery_cli.storage import crypto
    from recovery_cli.storage.codec import JournalDamaged

    path = app_state.path
    try:
        raw = path.read_bytes()
        slot = crypto.read_header(raw).slot(crypto.RECOVERY)
    except OSError:
        raise NotPossible("error.journal.unreadable", path=str(path)) from None
    except crypto.SealDamaged as damage:
        raise JournalDamaged(path, str(damage)) from None
    if slot is None:  # before asking anything
        raise NotPossible("error.keys.none", path=str(path))
    problem: RecoveryError = NotPossible("error.keys.wrong", path=str(path))
    typing = not os.environ.get(passphrase.RECOVERY_KEY_ENV)  # else one try, from the file
    for attempt in range(MAX_TRIES):
        text = _typed(path, attempt)
        if text is None:
            break
        left = MAX_TRIES - attempt - 1
        try:
            key = recoverykey.parse(text)
        except recoverykey.RecoveryKeyTypo:
            problem = InputError("error.keys.typo")
            if left and typing:
                out.say(tn("keys.typo_again", left), err=True)
            continue
        try:
            app_state.keys.open_with_recovery(raw, path, key)
            return
        except NotPossible as error:
            if error.key != "error.keys.wrong":
                raise
            problem = error
            if left and typing:
                out.say(tn("keys.wrong_again", left), err=True)
    raise problem

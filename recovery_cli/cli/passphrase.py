"""Passphrases: asked at the terminal (hidden), or read from a file for scripts.

A passphrase is never a command-line argument (it would show in the process
list and the shell's history). ``RECOVERY_PASSPHRASE_FILE`` names a file that
holds the passphrase; ``RECOVERY_NEW_PASSPHRASE_FILE`` the new one for
``recovery passwd``; ``RECOVERY_RECOVERY_KEY_FILE`` the recovery key for
``recovery passwd --recovery-key``. One trailing newline in such a file is ignored.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import typer

from recovery_cli.cli.prompts import interactive, last_line
from recovery_cli.domain.errors import InputError, NotPossible
from recovery_cli.i18n import t, tn
from recovery_cli.storage.crypto import MAX_TRIES, Keys, check_new_passphrase
from recovery_cli.views import out

PASSPHRASE_ENV = "RECOVERY_PASSPHRASE_FILE"
NEW_PASSPHRASE_ENV = "RECOVERY_NEW_PASSPHRASE_FILE"
RECOVERY_KEY_ENV = "RECOVERY_RECOVERY_KEY_FILE"
# what to say when such a file cannot be read, or others can open it
_SAYS = {RECOVERY_KEY_ENV: ("error.keys.file", "keys.file_open")}
_SAYS_PASSPHRASE = ("error.crypto.file", "crypto.file_open")


def read_file(variable: str, warned: set[str] | None = None) -> str | None:
    """The secret in the file ``variable`` names (None when it is not set).

    A regular file other users may open is still read, with one line on stderr
    suggesting ``chmod 600`` (once per file in ``warned``)."""
    name = os.environ.get(variable)
    if not name:
        return None
    unreadable, open_to_others = _SAYS.get(variable, _SAYS_PASSPHRASE)
    try:
        with open(Path(name).expanduser(), "rb") as handle:
            mode = os.fstat(handle.fileno()).st_mode
            text = handle.read().decode("utf-8", errors="surrogateescape")
    except OSError:
        raise NotPossible(unreadable, variable=variable, path=name) from None
    if stat.S_ISREG(mode) and stat.S_IMODE(mode) & 0o077 and name not in (warned or ()):
        import shlex

        out.say(t(open_to_others, path=name, quoted=shlex.quote(name)), err=True)
        if warned is not None:
            warned.add(name)
    if text.endswith("\n"):
        text = text[:-1]
    if text.endswith("\r"):
        text = text[:-1]
    return text


def existing(path: Path, attempt: int, warned: set[str] | None = None) -> str | None:
    """The passphrase to try for ``path``; None when there is no (further) way to ask."""
    if os.environ.get(PASSPHRASE_ENV):
        return read_file(PASSPHRASE_ENV, warned) if attempt == 0 else None
    if not interactive() or attempt >= MAX_TRIES:
        return None
    from recovery_cli.views.progress import quiet

    with quiet():  # no spinner over the question while the person types
        if attempt:
            out.say(tn("crypto.try_again", MAX_TRIES - attempt), err=True)
        answer: str = typer.prompt(
            last_line(t("crypto.ask", path=str(path))),
            hide_input=True,
            prompt_suffix=" ",
            default="",
            show_default=False,
        )
    return answer


def make_keys() -> Keys:
    """The keys of one command: asks only when an encrypted journal is met (a
    passphrase file open to others is pointed out once, however often it is read)."""
    warned: set[str] = set()
    return Keys(lambda path, attempt: existing(path, attempt, warned))


def new(variable: str = PASSPHRASE_ENV, *, command: str = "recovery passwd") -> str:
    """A new passphrase: from the file in ``variable``, else typed twice (asked
    again up to ``MAX_TRIES`` times; then nothing is changed, and the sentence
    says to run ``command`` again)."""
    from_file = read_file(variable)
    if from_file is not None:
        check_new_passphrase(from_file)
        return from_file
    if not interactive():
        raise InputError("error.crypto.needs_terminal", variable=variable)
    for attempt in range(1, MAX_TRIES + 1):
        last = attempt == MAX_TRIES
        first = typer.prompt(
            t("crypto.ask_new"), hide_input=True, prompt_suffix=" ", default="", show_default=False
        )
        try:
            check_new_passphrase(first)
        except InputError as error:
            from recovery_cli.cli.errors import describe

            out.say(describe(error), err=True)
            if last:
                raise NotPossible("error.crypto.not_set_short", command=command) from None
            continue
        second = typer.prompt(
            t("crypto.ask_again"),
            hide_input=True,
            prompt_suffix=" ",
            default="",
            show_default=False,
        )
        if first == second:
            return first
        if last:
            break
        out.say(t("crypto.mismatch"), err=True)  # "let us try again": and it does
    raise NotPossible("error.crypto.not_set", command=command)

"""``recovery encrypt``, ``decrypt``, ``passwd [--recovery-key]`` and ``recovery-key``.

The passphrase is typed twice at the terminal (hidden) or read from the file
named by ``RECOVERY_PASSPHRASE_FILE`` (``RECOVERY_NEW_PASSPHRASE_FILE`` for a
new one in ``passwd``); it is never a command-line argument. Encrypting shows
a recovery key once; ``recovery-key`` makes a new one; ``passwd
--recovery-key`` sets a new passphrase for someone who forgot theirs. Every
question comes before anything is written, so Ctrl-C at any of them saves
nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from recovery_cli.cli import passphrase
from recovery_cli.cli.base import command
from recovery_cli.cli.state import AppState, state
from recovery_cli.domain.errors import NotPossible
from recovery_cli.i18n import t, tn
from recovery_cli.views import out

if TYPE_CHECKING:  # the key's module is imported by the commands that make one
    from recovery_cli.storage.recoverykey import RecoveryKey


def _sealed(app_state: AppState) -> bool:
    """Whether the journal is encrypted; refuses when there is none."""
    from recovery_cli.storage import crypto

    try:
        with open(app_state.path, "rb") as handle:
            return crypto.is_sealed(handle.read(len(crypto.MAGIC)))
    except (FileNotFoundError, NotADirectoryError):
        raise NotPossible("error.journal.none", path=str(app_state.path)) from None
    except IsADirectoryError:
        from recovery_cli.domain.errors import InputError

        raise InputError("error.journal.is_dir", path=str(app_state.path)) from None


def _backups_left(left: int) -> None:
    if left:
        out.say(tn("crypto.backups_left", left))


def _new_recovery_key(app_state: AppState, save: Path | None) -> tuple[RecoveryKey, bool, int, int]:
    """Write the journal with a new recovery key (and the key file, with ``save``;
    taken back if the journal is not written). (key, had one, moved, left)."""
    from recovery_cli.journal import protect
    from recovery_cli.storage import keyfile, recoverykey

    key = recoverykey.generate()
    written = False
    try:
        with app_state.journal(write=True) as journal:
            had = protect.has_recovery_key(journal)
            if save is not None:  # first: a file that cannot be written changes nothing
                keyfile.write_new(save, key.grouped() + "\n")
                written = True
            moved, left = protect.new_recovery_key(journal, key)
    except BaseException:
        if written and save is not None:
            keyfile.remove(save)
        raise
    return key, had, moved, left


def register(app: typer.Typer) -> None:
    @command(app, "encrypt", "help.encrypt")
    def encrypt(ctx: typer.Context) -> None:
        from recovery_cli.cli.recovery_key import show
        from recovery_cli.journal import protect
        from recovery_cli.storage import recoverykey

        app_state = state(ctx)
        if _sealed(app_state):
            raise NotPossible("error.crypto.already", path=str(app_state.path))
        new = passphrase.new(passphrase.PASSPHRASE_ENV, command="recovery encrypt")
        key = recoverykey.generate()
        with app_state.journal(write=True) as journal:
            sealed = protect.encrypt(journal, new, key)
        out.done(t("crypto.encrypted", path=str(app_state.path)))
        if sealed:
            out.say(tn("crypto.backups_sealed", sealed))
        show(key, first=True)

    @command(app, "decrypt", "help.decrypt")
    def decrypt(ctx: typer.Context) -> None:
        from recovery_cli.journal import protect

        app_state = state(ctx)
        if not _sealed(app_state):
            raise NotPossible("error.crypto.not_encrypted", path=str(app_state.path))
        with app_state.journal(write=True) as journal:
            protect.decrypt(journal)
        out.done(t("crypto.decrypted", path=str(app_state.path)))

    @command(app, "passwd", "help.passwd")
    def passwd(
        ctx: typer.Context,
        recovery_key: Annotated[
            bool, typer.Option("--recovery-key", help=t("help.opt.passwd_recovery_key"))
        ] = False,
    ) -> None:
        from recovery_cli.journal import protect

        app_state = state(ctx)
        if not _sealed(app_state):
            key = "error.keys.plain" if recovery_key else "error.crypto.not_encrypted"
            raise NotPossible(key, path=str(app_state.path))
        if recovery_key:
            from recovery_cli.cli.recovery_key import unlock

            unlock(app_state)  # the key first, before a new passphrase is asked for
        else:
            with app_state.journal():
                pass  # the current passphrase first, before a new one is asked for
        again = "recovery passwd --recovery-key" if recovery_key else "recovery passwd"
        new = passphrase.new(passphrase.NEW_PASSPHRASE_ENV, command=again)
        with app_state.journal(write=True) as journal:
            moved, left = protect.change_passphrase(journal, new)
            has_key = protect.has_recovery_key(journal)
        if recovery_key:
            out.done(t("keys.reset", path=str(app_state.path)))
        else:
            out.done(t("crypto.changed"))
        if moved:
            out.say(tn("crypto.backups_moved", moved))
        _backups_left(left)
        if not has_key:
            out.say(t("crypto.keep_safe"))
            out.say(t("keys.can_make"))
        elif not recovery_key:
            out.say(t("keys.still_works"))

    @command(app, "recovery-key", "help.recovery_key")
    def recovery_key(
        ctx: typer.Context,
        save: Annotated[
            str | None,
            typer.Option(
                "--save",
                metavar=t("metavar.file"),
                help=t("help.opt.recovery_key_save"),
                show_default=False,
            ),
        ] = None,
    ) -> None:
        from recovery_cli.cli.recovery_key import show

        app_state = state(ctx)
        if not _sealed(app_state):
            raise NotPossible("error.keys.plain", path=str(app_state.path))
        target = None
        if save is not None:
            from recovery_cli.storage import keyfile

            target = Path(save).expanduser()
            keyfile.check_target(target, app_state.path)  # before the passphrase is asked
        key, had, moved, left = _new_recovery_key(app_state, target)
        out.done(t("keys.made", path=str(app_state.path)))
        if had:
            out.say(t("keys.old_gone"))
        if moved:
            out.say(tn("keys.backups_moved", moved))
        _backups_left(left)
        if target is not None:
            out.say(t("keys.saved", path=str(target)))
        else:
            show(key, first=False)

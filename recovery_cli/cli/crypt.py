"""``recovery encrypt``, ``recovery decrypt`` and ``recovery passwd``.

The passphrase is typed twice at the terminal (hidden) or read from the file
named by ``RECOVERY_PASSPHRASE_FILE`` (``RECOVERY_NEW_PASSPHRASE_FILE`` for a
new one in ``passwd``); it is never a command-line argument.
"""

import typer

from recovery_cli.cli import passphrase
from recovery_cli.cli.base import command
from recovery_cli.cli.state import AppState, state
from recovery_cli.domain.errors import NotPossible
from recovery_cli.i18n import t, tn
from recovery_cli.views import out


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


def register(app: typer.Typer) -> None:
    @command(app, "encrypt", "help.encrypt")
    def encrypt(ctx: typer.Context) -> None:
        from recovery_cli.journal import protect

        app_state = state(ctx)
        if _sealed(app_state):
            raise NotPossible("error.crypto.already", path=str(app_state.path))
        new = passphrase.new(passphrase.PASSPHRASE_ENV)
        with app_state.journal(write=True) as journal:
            sealed = protect.encrypt(journal, new)
        out.done(t("crypto.encrypted", path=str(app_state.path)))
        if sealed:
            out.say(tn("crypto.backups_sealed", sealed))
        out.say(t("crypto.keep_safe"))

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
    def passwd(ctx: typer.Context) -> None:
        from recovery_cli.journal import protect

        app_state = state(ctx)
        if not _sealed(app_state):
            raise NotPossible("error.crypto.not_encrypted", path=str(app_state.path))
        with app_state.journal():
            pass  # the current passphrase first, before a new one is asked for
        new = passphrase.new(passphrase.NEW_PASSPHRASE_ENV)
        with app_state.journal(write=True) as journal:
            moved, left = protect.change_passphrase(journal, new)
        out.done(t("crypto.changed"))
        if moved:
            out.say(tn("crypto.backups_moved", moved))
        if left:
            out.say(tn("crypto.backups_left", left))
        out.say(t("crypto.keep_safe"))

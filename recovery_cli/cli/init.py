"""``recovery init``: create a journal, in the person's language."""

from typing import Annotated

import typer

from recovery_cli.cli.base import command
from recovery_cli.cli.prompts import interactive
from recovery_cli.cli.state import state
from recovery_cli.domain.errors import NotPossible
from recovery_cli.i18n import LANGUAGES, get_language, normalise_language, set_language, t
from recovery_cli.views import out


def _ask_language() -> str:
    current = get_language()
    while True:
        answer = typer.prompt(t("init.ask_language"), default=current)
        found = normalise_language(answer)
        if found in LANGUAGES:
            return found
        out.say(t("init.language_again"), err=True)


def _change_language(app_state) -> None:
    """``recovery --lang da init`` on an existing journal: save the new language."""
    wanted = get_language()
    with app_state.journal(write=True) as journal:
        saved = journal.language
        set_language(wanted)
        if saved == wanted:
            out.say(t("init.language_same"))
            return
        journal.set_meta(language=wanted)
    out.done(t("init.language_changed"))


def _exists(path, *, encrypt: bool) -> NotPossible:
    """There is a journal already: with --encrypt, what protects it (or that it
    is protected already); else, that nothing was changed."""
    if not encrypt:
        return NotPossible("error.init.exists", path=str(path))
    from recovery_cli.storage import crypto

    try:
        with open(path, "rb") as handle:
            sealed = crypto.is_sealed(handle.read(len(crypto.MAGIC)))
    except OSError:  # a folder or unreadable: say what init says without --encrypt
        return NotPossible("error.init.exists", path=str(path))
    return NotPossible("error.crypto.already" if sealed else "error.crypto.not_new", path=str(path))


def register(app: typer.Typer) -> None:
    @command(app, "init", "help.init")
    def init(
        ctx: typer.Context,
        encrypt: Annotated[
            bool, typer.Option("--encrypt", help=t("help.opt.init_encrypt"))
        ] = False,
    ) -> None:
        app_state = state(ctx)
        if app_state.path.exists():
            if app_state.language_fixed and not encrypt:
                _change_language(app_state)
                return
            raise _exists(app_state.path, encrypt=encrypt)
        if app_state.chosen and not app_state.path.parent.is_dir():  # before any question
            raise NotPossible("error.journal.no_folder", folder=str(app_state.path.parent))
        if not app_state.language_fixed and interactive():
            set_language(_ask_language())
        secret = key = None
        if encrypt:  # sealed from the first write: no plain copy ever reaches the disk
            from recovery_cli.cli import passphrase
            from recovery_cli.storage import recoverykey

            secret = passphrase.new(passphrase.PASSPHRASE_ENV, command="recovery init --encrypt")
            key = recoverykey.generate()
        with app_state.journal(write=True) as journal:
            if journal.existed:
                raise _exists(app_state.path, encrypt=encrypt)
            journal.set_meta(language=get_language())
            if secret is not None and key is not None:
                from recovery_cli.journal import protect

                protect.seal_new(journal, secret, key)
        if key is not None:
            from recovery_cli.cli.recovery_key import show

            out.done(t("crypto.encrypted", path=str(app_state.path)))
            show(key, first=True)
        out.say(t("init.next"))

"""``recovery erase [--yes]``: remove the journal, its backups and its lock file."""

from typing import Annotated

import typer

from recovery_cli.cli.base import command
from recovery_cli.cli.prompts import interactive
from recovery_cli.cli.state import state
from recovery_cli.domain.errors import InputError, NotPossible
from recovery_cli.domain.text import fold
from recovery_cli.i18n import t, tn
from recovery_cli.views import out


def register(app: typer.Typer) -> None:
    @command(app, "erase", "help.erase")
    def erase(
        ctx: typer.Context,
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t("help.opt.erase_yes"))] = False,
    ) -> None:
        from recovery_cli.storage import backups
        from recovery_cli.storage import erase as eraser
        from recovery_cli.storage.lock import lock_path

        app_state = state(ctx)
        path = app_state.path
        if path.is_dir():
            raise InputError("error.journal.is_dir", path=str(path))
        found = eraser.what_exists(path)
        if _nothing_but_a_lock(found) and eraser.tidy_lock(path, on_wait=app_state.waiting):
            out.done(t("erase.only_lock", path=str(path), lock=str(lock_path(path))))
            return
        found = eraser.what_exists(path)  # another command may have written one meanwhile
        if not (found.journal or found.backups or found.temps):
            raise NotPossible("error.erase.nothing", path=str(path))
        if not yes:
            if not interactive():
                raise InputError("error.erase.needs_yes")
            word = t("erase.word")
            if found.backups:
                out.say(
                    t(
                        "erase.warning",
                        path=str(path),
                        backups=tn("erase.count.backups", found.backups),
                    )
                )
            else:
                out.say(t("erase.warning.no_backups", path=str(path)))
            answer = typer.prompt(
                t("erase.type_word", word=word), default="", show_default=False, prompt_suffix=" "
            )  # it ends in ':'
            if fold(answer.strip()) != fold(word):  # the person's choice: exit 0
                out.say(t("erase.kept"))
                return
        done = eraser.erase(path, on_wait=app_state.waiting)
        out.done(t("erase.done"))
        if done.journal:
            out.say(t("erase.removed.journal", path=str(path)))
        if done.backups:
            out.say(tn("erase.removed.backups", done.backups, folder=str(backups.backup_dir(path))))
        if done.temps:
            out.say(tn("erase.removed.temps", done.temps))
        if done.lock:
            out.say(t("erase.removed.lock", path=str(lock_path(path))))


def _nothing_but_a_lock(found) -> bool:
    return found.lock and not (found.journal or found.backups or found.temps)

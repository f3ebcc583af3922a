"""``recovery backup``: make one now; ``backup list``; ``backup restore ID``."""

from typing import Annotated

import typer

from recovery_cli.cli import complete
from recovery_cli.cli.base import (
    RecoveryGroup,
    all_option,
    argument,
    command,
    how_many,
    limit_option,
    say_more,
)
from recovery_cli.cli.state import paged, state
from recovery_cli.domain.errors import InputError, NotPossible
from recovery_cli.i18n import t, tn
from recovery_cli.storage import backups, codec
from recovery_cli.storage.paths import SEALED_MAGIC, is_sealed
from recovery_cli.views import out
from recovery_cli.views.backup_ids import REASONS, shown_backup_id, typed_backup_id


def _make_now(ctx: typer.Context) -> None:
    from recovery_cli.storage.lock import locked

    app_state = state(ctx)
    path = app_state.path
    if not path.is_file():
        raise NotPossible("error.journal.none", path=str(path))
    checked = _opening(path, app_state.keys)  # a passphrase is asked before the lock
    with locked(path, on_wait=app_state.waiting):
        raw = _opening(path, app_state.keys, unless=checked)
        made = backups.snapshot(path, "manual", payload=raw, opens=True)
    if made is None:
        raise NotPossible("error.journal.none", path=str(path))
    out.done(t("backup.made", id=shown_backup_id(backups.backup_id(path, made))))
    out.say(t("backup.where", folder=str(backups.backup_dir(path)), keep=backups.KEEP))


def _opening(path, keys, unless: bytes | None = None) -> bytes:
    """The journal's bytes, refused unless they open as a journal (a damaged file is
    never backed up: it would push good backups out). ``unless``: bytes already
    checked, not checked again when the file still holds them."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise NotPossible("error.journal.none", path=str(path)) from None
    except OSError:
        raise NotPossible("error.journal.unreadable", path=str(path)) from None
    if raw != unless:
        try:
            backups.check(raw, path, keys)
        except NotPossible as error:
            # no passphrase here (a script without RECOVERY_PASSPHRASE_FILE): an
            # encrypted journal whose header reads is copied as it is, as before
            if error.key != "error.crypto.locked":
                raise
            from recovery_cli.storage import crypto

            try:
                crypto.read_header(raw)
            except crypto.SealDamaged:
                raise codec.JournalDamaged(path, "header") from None
    return raw


def _sealed(path) -> bool | None:
    """Whether the journal is encrypted now; None when there is none to read."""
    try:
        with open(path, "rb") as handle:
            return is_sealed(handle.read(len(SEALED_MAGIC)))
    except OSError:
        return None


def _when(moment) -> str:
    from recovery_cli.views.format import local_moment_text

    return local_moment_text(moment) if moment else "?"


def _entries(path) -> list[dict]:
    from recovery_cli.storage import crypto

    rows = []
    for backup in reversed(backups.list_backups(path)):
        try:
            with open(backup, "rb") as handle:
                sealed = crypto.is_sealed(handle.read(len(crypto.MAGIC)))
            size = backup.stat().st_size
        except OSError:
            sealed, size = False, 0
        moment = backups.taken_at(path, backup)
        rows.append(
            {
                "id": backups.backup_id(path, backup),
                "when": moment.isoformat() if moment else None,
                "moment": moment,
                "reason": backups.reason_of(path, backup),
                "bytes": size,
                "encrypted": sealed,
                "file": str(backup),
            }
        )
    return rows


def _print_list(path, rows: list[dict], total: int) -> None:
    """The backups ``rows`` (newest first) of the ``total`` there are."""
    out.say(tn("backup.list_head", total, folder=str(backups.backup_dir(path))))
    reasons = [
        t(f"backup.reason.{row['reason']}") if row["reason"] in REASONS else row["reason"]
        for row in rows
    ]
    ids = [shown_backup_id(row["id"]) for row in rows]
    whens = [_when(row["moment"]) for row in rows]
    id_width = max(len(ident) for ident in ids)
    when_width = max(len(when) for when in whens)
    reason_width = max(len(reason) for reason in reasons)
    # one row each where the columns fit the terminal, else two lines each
    # (the id a person types whole on the first), never a cell broken in two
    one_row = 2 + id_width + 2 + when_width + 2 + reason_width + 2 + 8 <= out.width()
    for row, ident, when, reason in zip(rows, ids, whens, reasons, strict=True):
        lock = f"  {t('backup.encrypted')}" if row["encrypted"] else ""
        if one_row:
            out.raw(
                f"  {ident:<{id_width}}  {when:<{when_width}}  "
                f"{reason:<{reason_width}}  {_size(row['bytes']):>8}{lock}"
            )
        else:
            out.raw(f"  {ident}  {_size(row['bytes'])}{lock}")
            out.say(f"    {when}, {reason}", hang=4)
    # suggest the newest copy that is not the damaged file set aside by doctor
    usable = [row for row in rows if row["reason"] != "damaged"] or rows
    label = t("backup.restore_hint")
    command = f"recovery backup restore {shown_backup_id(usable[0]['id'])}"
    fits = len(label) + 1 + len(command) <= out.width()
    out.raw(f"{label} {command}" if fits else f"{label}\n  {command}")  # the command whole
    say_more("list.more.backups", len(rows), total)


def register(app: typer.Typer) -> None:
    group = typer.Typer(
        cls=RecoveryGroup, help=t("help.backup"), invoke_without_command=True, add_completion=False
    )
    app.add_typer(group, name="backup")

    @group.callback()
    def backup(ctx: typer.Context) -> None:
        if ctx.invoked_subcommand is None:
            _make_now(ctx)

    @command(group, "list", "help.backup.list")
    def list_(
        ctx: typer.Context,
        json: Annotated[bool, typer.Option("--json", help=t("help.opt.json"))] = False,
        limit: Annotated[int | None, limit_option()] = None,
        every: Annotated[bool, all_option()] = False,
    ) -> None:
        path = state(ctx).path
        every_row = _entries(path)  # newest first
        count = how_many(limit, every, None)  # at most backups.KEEP are kept anyway
        rows = every_row if count is None else every_row[:count]
        if json:
            from recovery_cli.views.jsonout import dumps

            out.raw(dumps([{k: v for k, v in row.items() if k != "moment"} for row in rows]))
            return
        if not rows:
            out.say(t("backup.none", folder=str(backups.backup_dir(path))))
            return
        with paged(ctx):
            _print_list(path, rows, len(every_row))

    @command(group, "restore", "help.backup.restore")
    def restore(
        ctx: typer.Context,
        ident: Annotated[
            str, argument("help.arg.backup_id", "ID", autocompletion=complete.backup_ids)
        ],
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t("help.opt.yes"))] = False,
    ) -> None:
        from recovery_cli.cli.prompts import confirm, interactive

        app_state = state(ctx)
        path = app_state.path
        chosen = backups.find(path, typed_backup_id(ident))
        chosen_id = shown_backup_id(backups.backup_id(path, chosen))
        raw = backups.read_backup(path, chosen, app_state.keys)  # a damaged one: refused now
        if not yes:  # it replaces the whole journal: asked first, as every rm is
            if not interactive():
                raise InputError("error.doctor.needs_yes", id=chosen_id)
            if not confirm(t("backup.restore_question", id=chosen_id)):
                out.say(t("backup.restore_kept"))  # the person's choice: exit 0
                return
        was_sealed = _sealed(path)
        safety = backups.restore(path, chosen, app_state.keys, raw=raw, on_wait=app_state.waiting)
        now_sealed = is_sealed(raw)
        if was_sealed is not None and now_sealed != was_sealed:  # said, never silent
            out.done(
                t("backup.restored_sealed" if now_sealed else "backup.restored_plain", id=chosen_id)
            )
        else:
            out.done(t("backup.restored", id=chosen_id))
        if safety is not None:
            out.say(t("backup.kept_current", id=shown_backup_id(backups.backup_id(path, safety))))


def _size(count: int) -> str:
    if count < 1024:
        return t("backup.bytes", count=count)
    from recovery_cli.views.format import decimal

    return t("backup.kib", count=decimal(count / 1024))

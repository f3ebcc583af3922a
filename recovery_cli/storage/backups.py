"""Backups: byte-for-byte copies of the journal in a private ``backups/`` folder.

A backup copies the file as it is on disk, so an encrypted journal's backups
stay encrypted. Names sort by time: ``journal-20261123T093000Z-import.json``;
the part after the journal's name (``20261123T093000Z-import``) is the backup's
ID. Names keep the order backups were made in: when the clock shows an earlier
time than the newest backup's (it was set back), a new backup is named one
second after that one. Only the newest ``KEEP`` are kept, the oldest pruned
first, except the newest backup that opens as a journal, which is never pruned.

Backups are made before every migration, import, restore, encrypt, decrypt,
passphrase change and doctor repair, and on the first write of each day.
Every function that writes here expects the journal's lock to be held.
"""

from __future__ import annotations

import contextlib
import stat
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from recovery_cli.domain.errors import InputError, NotPossible
from recovery_cli.storage import files

KEEP = 30
FOLDER = "backups"
_STAMP = "%Y%m%dT%H%M%SZ"
_STAMP_LEN = 16


def backup_dir(journal: Path) -> Path:
    return journal.parent / FOLDER


def list_backups(journal: Path) -> list[Path]:
    """Backups of ``journal``, oldest first (by the time in the name, then by
    when the file was written, for two made in the same second)."""
    folder = backup_dir(journal)
    stem = journal.stem + "-"
    found = []
    try:
        for path in folder.iterdir():
            if path.name.startswith(stem) and path.name.endswith(journal.suffix):
                with contextlib.suppress(OSError):
                    info = path.stat()
                    if stat.S_ISREG(info.st_mode):
                        found.append(
                            (
                                path.name[len(stem) : len(stem) + _STAMP_LEN],
                                info.st_mtime_ns,
                                path.name,
                                path,
                            )
                        )
    except OSError:
        return []
    return [entry[-1] for entry in sorted(found)]


def backup_id(journal: Path, backup: Path) -> str:
    """The short name people type: ``20261123T093000Z-daily``."""
    name = backup.name[len(journal.stem) + 1 :]
    return name[: len(name) - len(journal.suffix)] if journal.suffix else name


def reason_of(journal: Path, backup: Path) -> str:
    """Why the backup was made (``daily``, ``import`` ...), from its name."""
    rest = backup_id(journal, backup)[_STAMP_LEN + 1 :]
    reason = rest.rsplit("-", 1)[0] if rest.rsplit("-", 1)[-1].isdigit() else rest
    return reason or "manual"


def taken_at(journal: Path, backup: Path) -> datetime | None:
    """When the backup was made, from its name (UTC); None for a foreign name.

    Read field by field (``_STAMP``: 20261123T093000Z) rather than with
    ``strptime``, whose first use costs a writing command ~5 ms of imports."""
    text = backup_id(journal, backup)[:_STAMP_LEN]
    digits = text[:8] + text[9:15]
    if len(text) != _STAMP_LEN or text[8] != "T" or text[15] != "Z" or not digits.isascii():
        return None
    if not digits.isdigit():
        return None
    try:
        return datetime(
            int(text[0:4]),
            int(text[4:6]),
            int(text[6:8]),
            int(text[9:11]),
            int(text[11:13]),
            int(text[13:15]),
            tzinfo=timezone.utc,
        )
    except ValueError:
        return None


def find(journal: Path, ident: str) -> Path:
    """The backup an ID, file name or unique beginning of an ID names."""
    wanted = ident.strip()
    found = list_backups(journal)
    exact = [p for p in found if wanted in (p.name, backup_id(journal, p))]
    if exact:
        return exact[0]
    matches = [p for p in found if wanted and backup_id(journal, p).startswith(wanted)]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotPossible("error.backup.not_found", ident=ident)
    # bad input, as an ambiguous goal is: the person types more of the ID
    raise InputError(
        "error.backup.ambiguous",
        ident=ident,
        candidates=", ".join(backup_id(journal, p) for p in matches[-3:]),
    )


def remove_leftover_temps(journal: Path) -> int:
    """Temp files an interrupted backup left in the backups folder."""
    return files.remove_paths(leftover_temps(journal))


def leftover_temps(journal: Path) -> list[Path]:
    prefix = f".{journal.stem}-"
    try:
        return [
            p
            for p in backup_dir(journal).iterdir()
            if p.name.startswith(prefix) and files.TEMP_MARK in p.name
        ]
    except OSError:
        return []


def snapshot(
    journal: Path,
    reason: str,
    *,
    now: datetime | None = None,
    payload: bytes | None = None,
    opens: bool = False,
) -> Path | None:
    """Copy the journal as it is now (or write ``payload`` in its place); None when
    there is no journal yet.

    ``opens``: the caller has just read these bytes as a journal, so the new
    backup is itself the newest one that opens; otherwise pruning looks for
    that one and keeps it. Call it while holding the journal's lock.
    """
    if payload is None:
        try:
            payload = journal.read_bytes()
        except FileNotFoundError:
            return None
    folder = backup_dir(journal)
    files.ensure_private_dir(folder)
    remove_leftover_temps(journal)
    moment = _next_stamp(journal, (now or datetime.now(timezone.utc)).astimezone(timezone.utc))
    base = f"{journal.stem}-{moment.strftime(_STAMP)}-{reason}"
    target = folder / f"{base}{journal.suffix}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{base}-{counter}{journal.suffix}"
    files.atomic_write(target, payload)
    prune(journal, newest_opens=opens)
    return target


def _next_stamp(journal: Path, moment: datetime) -> datetime:
    """The time a new backup is named after: the clock's, or one second after the
    newest backup's when the clock shows an earlier time (it was set back), so
    names keep the order backups were made in."""
    found = list_backups(journal)
    newest = taken_at(journal, found[-1]) if found else None
    if newest is not None and moment.replace(microsecond=0) < newest:
        return newest + timedelta(seconds=1)
    return moment


def made_at(journal: Path, backup: Path) -> datetime | None:
    """When a backup was made by the clock: the time in its name, or the file's
    own time when the name is ahead of the clock (named after a newer backup)."""
    moment = taken_at(journal, backup)
    now = datetime.now(timezone.utc)
    if moment is not None and moment <= now + timedelta(minutes=1):
        return moment
    try:
        return datetime.fromtimestamp(backup.stat().st_mtime, timezone.utc)
    except OSError:
        return moment


def clock_behind(journal: Path) -> bool:
    """Whether the newest backup is named after a time the clock has not reached
    (the clock was set back, or was ahead when that backup was made)."""
    found = list_backups(journal)
    newest = taken_at(journal, found[-1]) if found else None
    return newest is not None and newest > datetime.now(timezone.utc) + timedelta(minutes=1)


def due_today(journal: Path, today: date | None = None) -> bool:
    """True when no backup was made yet on this (local) day: a name check, no parsing."""
    found = list_backups(journal)
    if not found:
        return True
    moment = made_at(journal, found[-1])
    if moment is None:
        return True
    return moment.astimezone().date() != (today or datetime.now().astimezone().date())


def prune(journal: Path, keep: int = KEEP, *, newest_opens: bool = False) -> list[Path]:
    """Remove the oldest backups beyond ``keep``, but never the newest backup that
    opens as a journal (``newest_opens``: the newest backup is known to); returns
    what was removed."""
    existing = list_backups(journal)
    excess = len(existing) - keep
    if excess <= 0:
        return []
    kept = existing[-1] if newest_opens else _newest_that_opens(existing)
    removed = [path for path in existing if path != kept][:excess]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def _newest_that_opens(found: list[Path]) -> Path | None:
    for path in reversed(found):
        if _opens(path):
            return path
    return None


def _opens(path: Path) -> bool:
    """Whether a backup holds a journal (an encrypted one: whether its header can
    be read, as far as anyone can tell without the passphrase)."""
    from recovery_cli.storage import codec, crypto

    try:
        raw = path.read_bytes()
        if crypto.is_sealed(raw):
            crypto.read_header(raw)
            return True
        check(raw, path)
    except (OSError, crypto.SealDamaged, codec.JournalDamaged):
        return False
    except NotPossible:  # a newer schema: it opens, in a newer version
        return True
    return True


def check(raw: bytes, where: Path, keys=None, *, ask: bool = True) -> dict:
    """The journal a backup holds, or raise: damaged, locked, or too new."""
    from recovery_cli.storage import codec, migrations

    data, _ = codec.load(raw, where, keys, ask=ask)
    migrations.upgrade(data, where)
    return data


def read_backup(journal: Path, backup: Path, keys=None) -> bytes:
    """The bytes of a backup of ``journal`` that holds a journal we can open; one
    that is damaged is refused in words about that backup (not about the journal)."""
    from recovery_cli.storage.codec import JournalDamaged

    try:
        raw = backup.read_bytes()
    except OSError:
        raise NotPossible("error.backup.unreadable", path=str(backup)) from None
    try:
        check(raw, backup, keys)
    except JournalDamaged:
        raise NotPossible("error.backup.damaged", id=backup_id(journal, backup)) from None
    return raw


def restore(
    journal: Path,
    backup: Path,
    keys=None,
    *,
    reason: str = "restore",
    raw: bytes | None = None,
    on_wait=None,
) -> Path | None:
    """Put ``backup`` back as the journal, byte for byte, after backing up the
    current file (even a damaged one). Returns that safety backup. ``raw``: the
    backup's bytes, already read and checked with :func:`read_backup`;
    ``on_wait``: see :func:`recovery_cli.storage.lock.locked`."""
    from recovery_cli.storage import session
    from recovery_cli.storage.lock import locked

    if raw is None:
        raw = read_backup(journal, backup, keys)
    with locked(journal, on_wait=on_wait):
        files.remove_leftover_temps(journal)
        safety = snapshot(journal, reason)  # even a damaged file: pruning keeps `backup`
        session.write_journal(journal, raw)
    return safety


def reseal(journal: Path, old, new) -> tuple[int, int]:
    """Seal backups under ``new``: every plain one, and those sealed under ``old``
    (for ``passwd`` and ``recovery-key``). Returns (changed, left under some other
    passphrase).

    Backups under an older passphrase are left as they are, still encrypted.
    """
    from recovery_cli.storage import codec, crypto

    changed = left = 0
    for path in list_backups(journal):
        try:
            raw = path.read_bytes()
        except OSError:
            left += 1
            continue
        plain: bytes | None = None
        sealed = crypto.is_sealed(raw)
        if not sealed:
            plain = raw  # a plain copy beside an encrypted journal gets sealed too
        elif old is not None:
            plain = old.opens(raw)  # under the same data key or a slot key known here
        if plain is None:
            left += sealed and old is not None
            continue
        language = codec.peek_language(plain[:4096])
        files.atomic_write(path, crypto.seal_bytes(plain, new, language))
        changed += 1
    return changed, left

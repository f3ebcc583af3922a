"""Opening a journal for one command: read once, write once, under a lock.

``open_store(path, write=True)`` takes the journal's side-file lock, removes
temp files an interrupted write left behind, parses the file once and hands
TinyDB a storage that keeps the data in memory. When the command finishes
without an error the data is written back once, atomically; when it raises,
nothing is written. A missing journal opens empty and is only created by a
write; a damaged one raises before anything can change it. A command that
ends without a journal file leaves no lock file (see ``lock.py``), and in the
tool's own folder nothing at all is made until there is something to write.

An encrypted journal is opened with the ``keys`` the caller injects (the CLI
asks for the passphrase); it is decrypted in memory and sealed again, with a
fresh nonce, when written. One in the first encrypted format is written in
key slots by its first write, after a backup (``store.upgraded`` says so). An
older schema is migrated in memory; the first write backs the file up and then
writes the migrated journal. The first write of each day also leaves a backup
of the journal as it was. Every session first removes editor scratch folders
that killed commands left behind.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from recovery_cli.domain.errors import InputError, NotPossible
from recovery_cli.storage import migrations
from recovery_cli.storage.codec import META, TABLES, dump, load
from recovery_cli.storage.paths import SEALED_MAGIC, is_sealed

if TYPE_CHECKING:  # crypto is imported only for an encrypted journal
    from recovery_cli.storage.crypto import Seal

# The lock, file-writing and backup modules are imported by the writing paths
# only: a command that reads never loads them.
SCHEMA_VERSION = migrations.SCHEMA_VERSION
__all__ = ["SCHEMA_VERSION", "Store", "open_store"]


class MemoryStorage:
    """A TinyDB storage (its two-method interface: read and write) over data
    already in memory; remembers whether it changed."""

    def __init__(self, data: dict) -> None:
        self.data = data
        self.changed = False

    def read(self) -> dict:
        return self.data

    def write(self, data: dict) -> None:
        self.data = data
        self.changed = True

    def close(self) -> None:  # nothing to release: the session writes
        pass


class Store:
    """One command's view of the journal file (a plain class: a dataclass costs
    about a millisecond to build at start-up)."""

    def __init__(
        self,
        *,
        path: Path,
        storage: MemoryStorage,
        existed: bool,
        seal: Seal | None = None,
        migrated_from: int | None = None,
    ) -> None:
        self.path, self.storage, self.existed = path, storage, existed
        self.seal = seal  # crypto.Seal of an encrypted journal; None when plain
        self.migrated_from = migrated_from
        self.rewrite = False  # write even when no record changed (seal or schema)
        self.backed_up = False
        self.upgraded = False  # a first-format encrypted journal was written in key slots

    @property
    def meta(self) -> dict:
        return self.storage.data[META]["1"]

    @cached_property
    def db(self):
        """TinyDB over the data in memory, made on the first change (a command
        that only reads never imports TinyDB)."""
        from tinydb import TinyDB

        storage = self.storage
        return TinyDB(storage=lambda: storage)

    def snapshot(self, reason: str, payload: bytes | None = None) -> Path | None:
        """Back the file up now (inside a write session, under the lock)."""
        from recovery_cli.storage import backups

        self.backed_up = True  # the file was read as a journal under this lock: it opens
        return backups.snapshot(self.path, reason, payload=payload, opens=True)


def new_journal_data(language: str, created: str) -> dict:
    meta = {
        "schema": migrations.SCHEMA_VERSION,
        "language": language,
        "created": created,
        "next_goal_number": 1,
    }
    return {META: {"1": meta}, **{table: {} for table in TABLES}}


def read_journal(path: Path, keys=None) -> tuple[dict | None, object, int | None]:
    """``(data, seal, migrated_from)``; data None when there is no file.

    Refuses folders, damage and newer schemas; an older schema comes back
    migrated in memory.
    """
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        if not path.parent.is_dir():
            raise NotPossible("error.journal.no_folder", folder=str(path.parent)) from None
        return None, None, None
    except IsADirectoryError:
        raise InputError("error.journal.is_dir", path=str(path)) from None
    except PermissionError:
        raise NotPossible("error.journal.unreadable", path=str(path)) from None
    except OSError as err:
        if err.errno == errno.ENOTDIR:
            raise NotPossible("error.journal.no_folder", folder=str(path.parent)) from None
        raise NotPossible("error.journal.unreadable", path=str(path)) from None
    data, seal = load(raw, path, keys)
    data, migrated_from = migrations.upgrade(data, path)
    for table in TABLES:
        data.setdefault(table, {})
    return data, seal, migrated_from


@contextmanager
def open_store(
    path: Path,
    *,
    write: bool,
    new_data: dict | None = None,
    keys=None,
    own_folder: bool = False,
    on_wait: Callable[[], None] | None = None,
) -> Iterator[Store]:
    """Open the journal at ``path`` for one command (see the module docstring).

    ``new_data`` is what a missing journal starts as when this command writes;
    ``keys`` (a :class:`crypto.Keys`) opens an encrypted journal. ``own_folder``:
    the folder is the tool's own (the default place), so a missing folder means
    no journal yet; it is made (0700) only when something is written.
    ``on_wait`` is called once when another command holds the lock for a while.
    """
    if path.is_dir():
        raise InputError("error.journal.is_dir", path=str(path))
    from recovery_cli.storage import scratch

    scratch.sweep()  # an editor's file that a killed command left behind
    if own_folder and not path.parent.exists():
        with _first_journal(path, write, new_data, on_wait) as store:
            yield store
        return
    if not write:
        yield _make_store(path, *read_journal(path, keys), new_data)
        return
    if not path.parent.is_dir():
        raise NotPossible("error.journal.no_folder", folder=str(path.parent))
    from recovery_cli.storage import backups, files, session
    from recovery_cli.storage.lock import locked

    _unlock_before_waiting(path, keys)
    with locked(path, on_wait=on_wait):
        files.remove_leftover_temps(path)
        backups.remove_leftover_temps(path)
        store = _make_store(path, *read_journal(path, keys), new_data)
        yield store
        if _to_write(store):
            if store.seal is not None and store.seal.version == 1:
                store.seal, store.upgraded = store.seal.upgraded(), True  # key slots
            payload = dump(store.storage.data, store.seal)
            if store.existed and not store.backed_up:
                if store.migrated_from is not None or store.upgraded:
                    store.snapshot("migrate")
                elif backups.due_today(path):
                    store.snapshot("daily")
            session.write_journal(path, payload)


def _to_write(store: Store) -> bool:
    return store.storage.changed or store.rewrite or store.migrated_from is not None


@contextmanager
def _first_journal(
    path: Path, write: bool, new_data: dict | None, on_wait: Callable[[], None] | None
) -> Iterator[Store]:
    """A session before the journal's folder exists: nothing to read, nothing made
    on disk unless the command writes. The first write makes the folder, takes the
    lock and creates the journal, unless another command created one meanwhile."""
    store = _make_store(path, None, None, None, new_data)
    yield store
    if not (write and _to_write(store)):
        return
    from recovery_cli.storage import files, session
    from recovery_cli.storage.lock import locked

    files.ensure_private_dir(path.parent)
    with locked(path, on_wait=on_wait):
        if path.exists():
            raise NotPossible("error.journal.appeared", path=str(path))
        session.write_journal(path, dump(store.storage.data, store.seal))


def _unlock_before_waiting(path: Path, keys) -> None:
    """Ask for an encrypted journal's passphrase before taking the lock, so a
    person typing it does not keep other commands waiting."""
    if keys is None:
        return
    try:
        with open(path, "rb") as handle:
            if not is_sealed(handle.read(len(SEALED_MAGIC))):
                return  # plain: nothing to ask, and crypto is never imported
            handle.seek(0)
            raw = handle.read()
    except OSError:
        return  # the read under the lock reports it
    from recovery_cli.storage import crypto

    try:
        if not keys.ready(raw):
            keys.open(raw, path)
    except crypto.SealDamaged:
        return  # the read under the lock reports it


def _make_store(
    path: Path, data: dict | None, seal, migrated_from: int | None, new_data: dict | None
) -> Store:
    existed = data is not None
    if data is None:
        data = new_data if new_data is not None else new_journal_data("en", "")
    storage = MemoryStorage(data)
    return Store(
        path=path, storage=storage, existed=existed, seal=seal, migrated_from=migrated_from
    )

"""Opening a journal for one command: read once, write once, under a lock.

``open_store(path, write=True)`` takes the journal's side-file lock, removes
temp files an interrupted write left behind, parses the file once and hands
TinyDB a storage that keeps the data in memory. When the command finishes
without an error the data is written back once, atomically; when it raises,
nothing is written. A missing journal opens empty and is only created by a
write; a damaged one raises before anything can change it.
"""

from __future__ import annotations

import errno
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from tinydb import TinyDB
from tinydb.storages import Storage

from recovery_cli.domain.errors import InputError, NotPossible
from recovery_cli.storage import files
from recovery_cli.storage.codec import META, TABLES, decode, encode

SCHEMA_VERSION = 1
LOCK_TIMEOUT_SECONDS = 30.0


class MemoryStorage(Storage):
    """TinyDB storage over data already in memory; remembers whether it changed."""

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


@dataclass
class Store:
    """One command's view of the journal file."""

    path: Path
    db: TinyDB
    storage: MemoryStorage
    existed: bool

    @property
    def meta(self) -> dict:
        return self.storage.data[META]["1"]


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def new_journal_data(language: str, created: str) -> dict:
    meta = {"schema": SCHEMA_VERSION, "language": language, "created": created,
            "next_goal_number": 1}
    return {META: {"1": meta}, **{table: {} for table in TABLES}}


def read_journal(path: Path) -> dict | None:
    """The parsed journal, None when there is no file; refuses folders and damage."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        if not path.parent.is_dir():
            raise NotPossible("error.journal.no_folder", folder=str(path.parent)) from None
        return None
    except IsADirectoryError:
        raise InputError("error.journal.is_dir", path=str(path)) from None
    except PermissionError:
        raise NotPossible("error.journal.unreadable", path=str(path)) from None
    except OSError as err:
        if err.errno == errno.ENOTDIR:
            raise NotPossible("error.journal.no_folder", folder=str(path.parent)) from None
        raise NotPossible("error.journal.unreadable", path=str(path)) from None
    data = decode(raw, path)
    version = data[META]["1"]["schema"]
    if version > SCHEMA_VERSION:
        raise NotPossible("error.journal.too_new", path=str(path))
    for table in TABLES:
        data.setdefault(table, {})
    return data


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    from filelock import FileLock, Timeout

    lock = FileLock(lock_path(path), timeout=LOCK_TIMEOUT_SECONDS, mode=files.FILE_MODE)
    try:
        lock.acquire()
    except Timeout:
        raise NotPossible("error.journal.busy") from None
    try:
        yield
    finally:
        lock.release()


@contextmanager
def open_store(path: Path, *, write: bool, new_data: dict | None = None) -> Iterator[Store]:
    """Open the journal at ``path`` for one command (see the module docstring).

    ``new_data`` is what a missing journal starts as when this command writes.
    """
    if path.is_dir():
        raise InputError("error.journal.is_dir", path=str(path))
    if not write:
        data = read_journal(path)
        yield _make_store(path, data, new_data)
        return
    if not path.parent.is_dir():
        raise NotPossible("error.journal.no_folder", folder=str(path.parent))
    with _locked(path):
        files.remove_leftover_temps(path)
        data = read_journal(path)
        store = _make_store(path, data, new_data)
        yield store
        if store.storage.changed:
            files.atomic_write(path, encode(store.storage.data))


def _make_store(path: Path, data: dict | None, new_data: dict | None) -> Store:
    existed = data is not None
    if data is None:
        data = new_data if new_data is not None else new_journal_data("en", "")
    storage = MemoryStorage(data)
    db = TinyDB(storage=lambda: storage)
    return Store(path=path, db=db, storage=storage, existed=existed)

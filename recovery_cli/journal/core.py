"""The journal for one command: records in, records out, in domain terms.

``Journal.open(path, write=...)`` wraps a storage session. Reading builds
domain records from the stored dicts once and indexes positions by goal;
writing goes through TinyDB tables and reaches the disk once, when the
command ends without an error.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from functools import cached_property
from pathlib import Path

from tinydb import Query

from recovery_cli.domain import records as rec
from recovery_cli.domain.errors import InputError
from recovery_cli.domain.records import Goal, Position
from recovery_cli.domain.refs import resolve_goal
from recovery_cli.storage.codec import META, JournalDamaged
from recovery_cli.storage.store import Store, new_journal_data, open_store


class Journal:
    """Records of one journal file, for the length of one command."""

    def __init__(self, store: Store, now: datetime) -> None:
        self.store = store
        self.now = now

    @classmethod
    @contextmanager
    def open(
        cls, path: Path, *, write: bool, now: datetime | None = None, language: str = "en",
        keys=None,
    ) -> Iterator[Journal]:
        """Open ``path``; a missing journal starts empty and is created by a write.

        ``keys`` (a :class:`recovery_cli.storage.crypto.Keys`) opens an encrypted one.
        """
        now = now or datetime.now().astimezone()
        fresh = new_journal_data(language, rec.stamp(now))
        with open_store(path, write=write, new_data=fresh, keys=keys) as store:
            yield cls(store, now)

    # -- facts about the file -------------------------------------------------

    @property
    def existed(self) -> bool:
        return self.store.existed

    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def meta(self) -> dict:
        return self.store.meta

    @property
    def language(self) -> str | None:
        return self.meta.get("language")

    @property
    def stamp_now(self) -> str:
        return rec.stamp(self.now)

    # -- reading --------------------------------------------------------------

    def raw(self, table: str) -> dict[str, dict]:
        """The stored dicts of a table, by TinyDB document id (read only)."""
        return self.store.storage.read()[table]

    def _records(self, table: str) -> list:
        try:
            return [rec.from_dict(table, doc) for doc in self.raw(table).values()]
        except (InputError, TypeError, ValueError, AttributeError):
            # a stored record that breaks the domain rules: the file was changed
            # outside the tool; 'recovery doctor' names the record.
            raise JournalDamaged(self.path, "record") from None

    @cached_property
    def goals(self) -> list[Goal]:
        """Every goal, by number."""
        return sorted(self._records("goals"), key=lambda g: g.number)

    @cached_property
    def goals_by_id(self) -> dict[str, Goal]:
        return {g.id: g for g in self.goals}

    def goal(self, ref: str) -> Goal:
        """The goal a person's reference points at (number, #number or title part)."""
        return resolve_goal(ref, self.goals)

    def children(self, goal: Goal) -> list[Goal]:
        return [g for g in self.goals if g.parent == goal.id]

    @cached_property
    def positions_by_goal(self) -> dict[str, list[Position]]:
        """Positions per goal id, oldest first (one pass over the table)."""
        index: dict[str, list[Position]] = {}
        for position in self._records("positions"):
            index.setdefault(position.goal, []).append(position)
        for history in index.values():
            history.sort(key=lambda p: p.when)
        return index

    def history(self, goal: Goal) -> list[Position]:
        return self.positions_by_goal.get(goal.id, [])

    def latest(self, goal: Goal) -> Position | None:
        history = self.history(goal)
        return history[-1] if history else None

    def count(self, table: str) -> int:
        return len(self.raw(table))

    def resources(self) -> list[rec.Resource]:
        return sorted(self._records("resources"), key=lambda r: r.created)

    def supports(self) -> list[rec.Support]:
        return sorted(self._records("supports"), key=lambda s: s.created)

    def notes(self) -> list[rec.Note]:
        return sorted(self._records("notes"), key=lambda n: n.when)

    def checkins(self) -> list[rec.Checkin]:
        return sorted(self._records("checkins"), key=lambda c: c.when)

    # -- writing --------------------------------------------------------------

    def _forget_cache(self) -> None:
        for name in ("goals", "goals_by_id", "positions_by_goal"):
            self.__dict__.pop(name, None)

    def insert(self, record) -> None:
        table = rec.TABLE_OF[type(record)]
        self.store.db.table(table).insert(rec.to_dict(record))
        self._forget_cache()

    def update(self, record) -> None:
        """Replace the stored record that has ``record.id``."""
        table = rec.TABLE_OF[type(record)]
        self.store.db.table(table).update(rec.to_dict(record), Query().id == record.id)
        self._forget_cache()

    def remove(self, table: str, ids: set[str]) -> None:
        if ids:
            self.store.db.table(table).remove(Query().id.one_of(sorted(ids)))
            self._forget_cache()

    def unlink_goal(self, goal_id: str) -> int:
        """Detach resources, supports and notes from a goal; how many were linked."""
        linked = 0
        for table in ("resources", "supports", "notes"):
            linked += len(self.store.db.table(table).update(
                {"goal": None}, lambda doc: doc.get("goal") == goal_id))
        return linked

    def set_meta(self, **values: object) -> None:
        self.store.db.table(META).update(values, doc_ids=[1])

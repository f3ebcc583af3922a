"""The journal for one command: records in, records out, in domain terms.

``Journal.open(path, write=...)`` wraps a storage session. Reading builds
domain records from the stored dicts once and indexes positions by goal;
writing goes through TinyDB tables and reaches the disk once, when the
command ends without an error.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from functools import cached_property
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from recovery_cli.domain import records as rec
from recovery_cli.domain.errors import InputError
from recovery_cli.domain.refs import resolve_goal
from recovery_cli.storage.codec import META, JournalDamaged
from recovery_cli.storage.store import Store, new_journal_data, open_store

if TYPE_CHECKING:
    from recovery_cli.domain.records import Goal, Position
    from recovery_cli.domain.reflections import Checkin
    from recovery_cli.domain.results import Measure, Result

_BY_WHEN = itemgetter("when")
_WHEN_VALUE = itemgetter("when", "value")
_BY_FIRST = itemgetter(0)


def _index_positions(docs, path: Path) -> tuple[dict[str, list[dict]], set[str]]:
    """Stored positions per goal id, oldest first, and the goals among them that
    hold a view someone else gave (``by``), in one pass that also takes a quick
    look at each: a goal, a time and a whole number 1-8 (``recovery doctor``
    checks every rule). No records are built."""
    index: dict[str, list[dict]] = {}
    viewed: set[str] = set()
    try:
        for doc in docs:
            value, when, goal = doc["value"], doc["when"], doc["goal"]
            if (
                value.__class__ is not int
                or not 1 <= value <= 8
                or when.__class__ is not str
                or not when
                or not goal
            ):
                raise TypeError
            if doc.get("by"):
                viewed.add(goal)
            found = index.get(goal)
            if found is None:
                index[goal] = [doc]
            else:
                found.append(doc)
        for found in index.values():
            found.sort(key=_BY_WHEN)
            # times are stored in UTC, so they sort as text; one that is no time
            # at all ("2026-13-01", no offset) mostly sorts to an end: look there
            for doc in (found[0], found[-1]):
                if rec.read_stamp(doc["when"]).utcoffset() is None:
                    raise TypeError
    except (KeyError, TypeError, ValueError):  # changed outside the tool
        raise JournalDamaged(path, "record") from None
    return index, viewed


class Mark(NamedTuple):
    """A position reduced to what overviews and charts need."""

    when: str
    value: int


class Journal:
    """Records of one journal file, for the length of one command."""

    _viewed: set[str]  # goals with a view someone else gave; set with _position_docs

    def __init__(self, store: Store, now: datetime) -> None:
        self.store = store
        self.now = now

    @classmethod
    @contextmanager
    def open(
        cls,
        path: Path,
        *,
        write: bool,
        now: datetime | None = None,
        language: str = "en",
        keys=None,
        own_folder: bool = False,
        on_wait: Callable[[], None] | None = None,
    ) -> Iterator[Journal]:
        """Open ``path``; a missing journal starts empty and is created by a write.

        ``keys`` (a :class:`recovery_cli.storage.crypto.Keys`) opens an encrypted one;
        ``own_folder`` and ``on_wait`` are passed to :func:`open_store`.
        """
        now = now or datetime.now().astimezone()
        fresh = new_journal_data(language, rec.stamp(now))
        with open_store(
            path, write=write, new_data=fresh, keys=keys, own_folder=own_folder, on_wait=on_wait
        ) as store:
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
        """A table's records. Positions (the bulk of a journal) get a cheap check
        while they are indexed; every other record is checked against the rules."""
        if table == "positions":
            self._position_docs  # noqa: B018 - checks them
            return rec.load_many(table, self.raw(table).values())
        try:
            return [rec.from_dict(table, doc) for doc in self.raw(table).values()]
        except (InputError, TypeError, ValueError, AttributeError):
            # changed outside the tool; 'recovery doctor' names the record
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
    def _position_docs(self) -> dict[str, list[dict]]:
        """Stored positions per goal id, oldest first: one pass, no records built."""
        index, self._viewed = _index_positions(self.raw("positions").values(), self.path)
        return index

    def expect_many(self) -> None:
        """Several goals' positions are about to be read (an overview, a chart):
        index every goal in one pass now, rather than picking the first one out
        alone and then indexing all of them anyway."""
        self._position_docs  # noqa: B018 - builds the index

    def _docs_of(self, goal_id: str) -> tuple[Sequence[dict], bool]:
        """One goal's stored positions, oldest first, and whether a view someone
        else gave is among them. A command about one goal (``log``, ``unlog``)
        picks out only that goal's positions; as soon as a second goal is asked
        for, every goal is indexed in one pass, so an overview never scans the
        table once per goal."""
        if "_position_docs" not in self.__dict__:
            alone = self.__dict__.get("_alone")
            if alone is None:
                mine, seen = _index_positions(
                    [d for d in self.raw("positions").values() if d.get("goal") == goal_id],
                    self.path,
                )
                alone = self.__dict__["_alone"] = (goal_id, mine.get(goal_id, []), bool(seen))
            if alone[0] == goal_id:
                return alone[1], alone[2]
        return self._position_docs.get(goal_id, ()), goal_id in self._viewed

    def marks(self, goal: Goal) -> list[tuple[str, int]]:
        """The person's own positions on a goal as plain ``(when, value)`` tuples,
        oldest first: cheap for overviews and charts (wrap one in :class:`Mark` to
        hand it on by name). A view someone else gave (``by``, which comes in
        through an import) is listed in :meth:`history` only, never here: where
        the person is, how it moved and what is drawn are their own ratings
        (positions picked out as :meth:`_docs_of` says)."""
        made = self.__dict__.setdefault("_marks", {})
        if goal.id in made:
            return made[goal.id]
        docs, viewed = self._docs_of(goal.id)
        if viewed:  # rare: a view someone else gave is among them
            others = self.__dict__.setdefault("_others", {})
            others[goal.id] = tuple(dict.fromkeys(d["by"] for d in docs if d.get("by")))
            docs = [d for d in docs if not d.get("by")]
        made[goal.id] = list(map(_WHEN_VALUE, docs))
        return made[goal.id]

    def others(self, goal: Goal) -> tuple[str, ...]:
        """Who else gave a view on a goal (their names, first given first): their
        positions are in :meth:`history`, not in :meth:`marks` or :meth:`latest`."""
        self.marks(goal)
        return self.__dict__.get("_others", {}).get(goal.id, ())

    def history(self, goal: Goal) -> list[Position]:
        """A goal's positions as records, oldest first (built once, on first use)."""
        built = self.__dict__.setdefault("_histories", {})
        if goal.id not in built:
            built[goal.id] = rec.load_many("positions", self._docs_of(goal.id)[0])
        return built[goal.id]

    def latest(self, goal: Goal) -> Position | None:
        """Where the person is on a goal: their own latest position (a view someone
        else gave is not where they are), or None before their first."""
        for doc in reversed(self._docs_of(goal.id)[0]):
            if not doc.get("by"):
                return rec.load("positions", doc)
        return None

    def positions(self) -> list[Position]:
        """Every position, as records (for whole-journal work such as import)."""
        return self._records("positions")

    def count(self, table: str) -> int:
        return len(self.raw(table))

    def resources(self) -> list[rec.Resource]:
        return sorted(self._records("resources"), key=lambda r: r.created)

    def supports(self) -> list[rec.Support]:
        return sorted(self._records("supports"), key=lambda s: s.created)

    def notes(self) -> list[rec.Note]:
        return sorted(self._records("notes"), key=lambda n: n.when)

    def checkins(self) -> list[Checkin]:
        """The built-in check-in's results, read as check-ins, oldest first."""
        from recovery_cli.domain.reflections import CHECKIN, result_as_checkin

        try:
            found = [
                result_as_checkin(doc)
                for doc in self.raw("results").values()
                if doc.get("measure") == CHECKIN
            ]
        except (KeyError, TypeError, AttributeError):  # changed outside the tool
            raise JournalDamaged(self.path, "record") from None
        return sorted(found, key=lambda c: c.when)

    def measures(self) -> list[Measure]:
        """The definitions the person brought, by name."""
        return sorted(self._records("measures"), key=lambda m: m.name)

    def results(self, measure: str | None = None) -> list[Result]:
        """Results (of one measure, by name), oldest first; check-ins among them."""
        docs: Iterable[dict] = self.raw("results").values()
        if measure is not None:
            docs = [doc for doc in docs if doc.get("measure") == measure]
        try:
            found = [rec.from_dict("results", doc) for doc in docs]
        except (InputError, TypeError, ValueError, AttributeError):
            raise JournalDamaged(self.path, "record") from None
        return sorted(found, key=lambda r: r.when)  # same moment: in the order taken

    # -- writing --------------------------------------------------------------

    def _forget_cache(self) -> None:
        for name in (
            "goals",
            "goals_by_id",
            "_position_docs",
            "_viewed",
            "_alone",
            "_histories",
            "_marks",
            "_others",
        ):
            self.__dict__.pop(name, None)

    def reset(self) -> None:
        """Start over with an empty journal in the current language (the demo uses this)."""
        from recovery_cli.i18n import get_language

        self.store.db.drop_tables()
        self.store.storage.write(new_journal_data(get_language(), self.stamp_now))
        self._forget_cache()

    def insert(self, record) -> None:
        table = rec.table_of(record)
        self.store.db.table(table).insert(rec.to_dict(record))
        marks = self.__dict__.get("_marks") if table == "positions" else None
        others = self.__dict__.get("_others", {})
        self._forget_cache()
        if marks and record.by is None and record.goal in marks:
            # the person's own new position on a goal whose marks are known (log
            # shows the move it made): put where it sorts rather than read again
            # (last among equal times, as the stored order puts it)
            from bisect import insort

            kept = list(marks[record.goal])  # a list handed out before stays as it was
            insort(kept, (record.when, record.value), key=_BY_FIRST)
            self.__dict__["_marks"] = {record.goal: kept}
            if record.goal in others:
                self.__dict__["_others"] = {record.goal: others[record.goal]}

    def update(self, record) -> None:
        """Replace the stored record that has ``record.id``."""
        table = rec.table_of(record)
        from tinydb import Query

        self.store.db.table(table).update(rec.to_dict(record), Query().id == record.id)
        self._forget_cache()

    def insert_many(self, records: list) -> None:
        """Insert many records with one write per table (an import)."""
        by_table: dict[str, list[dict]] = {}
        for record in records:
            by_table.setdefault(rec.table_of(record), []).append(rec.to_dict(record))
        for table, docs in by_table.items():
            self.store.db.table(table).insert_multiple(docs)
        self._forget_cache()

    def replace_many(self, records: list) -> None:
        """Replace stored records by id, one pass per table (an import)."""
        by_table: dict[str, dict[str, dict]] = {}
        for record in records:
            by_table.setdefault(rec.table_of(record), {})[record.id] = rec.to_dict(record)
        for table, fresh in by_table.items():

            def swap(doc: dict, fresh: dict[str, dict] = fresh) -> None:
                new = fresh[doc["id"]]
                doc.clear()
                doc.update(new)

            self.store.db.table(table).update(swap, lambda doc, f=fresh: doc.get("id") in f)
        self._forget_cache()

    def remove(self, table: str, ids: set[str]) -> None:
        """Remove the stored records that have these ids: found in one pass over
        the stored table, removed by their document ids (TinyDB's ``doc_ids``),
        not by a query evaluated for every record."""
        if not ids:
            return
        keys = [
            int(key)
            for key, doc in self.raw(table).items()
            if (found := doc.get("id")).__class__ is str and found in ids
        ]
        if keys:
            self.store.db.table(table).remove(doc_ids=keys)
        self._forget_cache()

    def unlink_goal(self, goal_id: str) -> int:
        """Detach resources, supports and notes from a goal; how many were linked."""
        linked = 0
        for table in ("resources", "supports", "notes"):
            linked += len(
                self.store.db.table(table).update(
                    {"goal": None}, lambda doc: doc.get("goal") == goal_id
                )
            )
        return linked

    def set_meta(self, **values: object) -> None:
        self.store.db.table(META).update(values, doc_ids=[1])

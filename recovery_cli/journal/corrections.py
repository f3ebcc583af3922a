"""Corrections: find an entry by the number its list shows, then change or remove it.

Numbers are an entry's place in its list, oldest first: resources and supports
by when they were added, notes and check-ins by their date, positions per goal
by their date (1 = the oldest). A filtered list (``notes --goal``) keeps each
note's own number. Numbers move when an earlier entry goes, so a removal that
asks first finds the entry in the reading session, and the writing session
finds the same record again by its uuid (:func:`still_there`) before it
changes anything.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from recovery_cli.domain import records as rec
from recovery_cli.domain.choices import parse_resource_kind, parse_support_kind
from recovery_cli.domain.errors import InputError, NotPossible
from recovery_cli.domain.records import Goal
from recovery_cli.domain.text import clean_text, one_line
from recovery_cli.domain.when import parse_when
from recovery_cli.journal.core import Journal

TABLES = ("positions", "resources", "supports", "notes", "checkins")
UNSET = object()  # an edit option the person did not give


@dataclass(frozen=True)
class Entry:
    """One entry as a list shows it: its table, its number there and its record."""

    table: str
    number: int
    record: Any  # the table's record class: Position, Resource, Support, Note, Checkin
    goal: Goal | None = None  # positions only: the goal they belong to

    @property
    def id(self) -> str:
        return str(self.record.id)


def in_order(journal: Journal, table: str, goal: Goal | None = None) -> list:
    """A table's records in numbered order (positions: those of ``goal``)."""
    if table == "positions":
        return journal.history(goal) if goal is not None else []
    return getattr(journal, table)()


def numbers(records: list) -> dict[str, int]:
    """Each record's number by its uuid, for records already in numbered order."""
    return {record.id: index for index, record in enumerate(records, 1)}


def parse_number(text: str) -> int:
    """``3`` or ``#3``: a whole number from 1."""
    cleaned = text.strip().removeprefix("#")
    if not cleaned.isascii() or not cleaned.isdigit() or int(cleaned) < 1:
        raise InputError("fix.error.bad_number", value=text)
    return int(cleaned)


def find(journal: Journal, table: str, number: str, goal_ref: str | None = None) -> Entry:
    """The entry a number points at, as its list shows it now."""
    goal = journal.goal(goal_ref) if table == "positions" and goal_ref is not None else None
    wanted = parse_number(number)
    records = in_order(journal, table, goal)
    if wanted > len(records):
        if goal is not None:
            raise NotPossible("fix.error.no_position", number=wanted, goal=goal.number)
        raise NotPossible(f"fix.error.no_such.{table}", number=wanted)
    return Entry(table, wanted, records[wanted - 1], goal)


def find_position(journal: Journal, goal_ref: str, number: str | None) -> Entry:
    """A goal's position ``number``, or, when no number is given, the latest one
    the person logged (a view someone else gave goes only by its number)."""
    if number is not None:
        return find(journal, "positions", number, goal_ref)
    goal = journal.goal(goal_ref)
    history = journal.history(goal)
    if not history:
        raise NotPossible("fix.error.no_positions", goal=goal.number)
    for place in range(len(history), 0, -1):
        if history[place - 1].by is None:
            return Entry("positions", place, history[place - 1], goal)
    raise NotPossible("fix.error.no_own_positions", goal=goal.number)


def still_there(journal: Journal, entry: Entry) -> Entry:
    """The same record in this session, found by uuid, with its number now.

    Between the question and the answer another command may have removed it
    (or shifted its number); then nothing is changed.
    """
    goal = entry.goal
    if goal is not None:
        goal = journal.goals_by_id.get(goal.id)
    for index, record in enumerate(in_order(journal, entry.table, goal), 1):
        if record.id == entry.id:
            return Entry(entry.table, index, record, goal)
    raise NotPossible("fix.error.gone")


def remove(journal: Journal, entry: Entry) -> Entry:
    """Remove the entry's record (found again by uuid); returns it as it was."""
    found = still_there(journal, entry)
    journal.remove(rec.table_of(found.record), {found.id})  # a check-in is kept as a result
    return found


def _target(journal: Journal, table: str, target: str | Entry) -> Entry:
    """A number typed now, or an entry found in an earlier session (found again)."""
    if isinstance(target, Entry):
        return still_there(journal, target)
    return find(journal, table, target)


def _goal_link(journal: Journal, ref: object) -> str | None:
    """``--goal ""`` clears the link; anything else names a goal."""
    text = str(ref)
    return journal.goal(text).id if text.strip() else None


def _apply(journal: Journal, entry: Entry, values: dict[str, object]) -> tuple[Entry, list[str]]:
    """Replace the record with ``values`` set; the names of the fields that changed."""
    changed = [name for name, value in values.items() if getattr(entry.record, name) != value]
    if not changed:
        return entry, []
    edited = rec.replace(entry.record, **{name: values[name] for name in changed})
    journal.update(edited)
    return still_there(journal, Entry(entry.table, entry.number, edited, entry.goal)), changed


def edit_resource(
    journal: Journal,
    target: str | Entry,
    *,
    text: object = UNSET,
    kind: object = UNSET,
    goal: object = UNSET,
) -> tuple[Entry, list[str]]:
    """Change a resource's text, kind or goal (``UNSET`` leaves a field alone)."""
    entry = _target(journal, "resources", target)
    values: dict[str, object] = {}
    if text is not UNSET:
        values["text"] = clean_text(str(text), field="text", required=True)
    if kind is not UNSET:
        values["kind"] = parse_resource_kind(str(kind))
    if goal is not UNSET:
        values["goal"] = _goal_link(journal, goal)
    return _apply(journal, entry, values)


def edit_support(
    journal: Journal,
    target: str | Entry,
    *,
    who: object = UNSET,
    kind: object = UNSET,
    how: object = UNSET,
    goal: object = UNSET,
) -> tuple[Entry, list[str]]:
    """Change who supports you, the kind, how (``""`` clears it) or the goal."""
    entry = _target(journal, "supports", target)
    values: dict[str, object] = {}
    if who is not UNSET:
        values["who"] = clean_text(one_line(str(who), field="who"), field="who", required=True)
    if kind is not UNSET:
        values["kind"] = parse_support_kind(str(kind))
    if how is not UNSET:
        values["how"] = clean_text(str(how), field="how") or None
    if goal is not UNSET:
        values["goal"] = _goal_link(journal, goal)
    return _apply(journal, entry, values)


def edit_note(
    journal: Journal,
    target: str | Entry,
    *,
    text: object = UNSET,
    goal: object = UNSET,
    when: object = UNSET,
) -> tuple[Entry, list[str]]:
    """Change a note's words, its goal or its date; its number follows its date."""
    entry = _target(journal, "notes", target)
    values: dict[str, object] = {}
    if text is not UNSET:
        values["text"] = clean_text(str(text), field="text", required=True)
    if goal is not UNSET:
        values["goal"] = _goal_link(journal, goal)
    if when is not UNSET:
        values["when"] = rec.stamp(parse_when(str(when), journal.now))
    return _apply(journal, entry, values)

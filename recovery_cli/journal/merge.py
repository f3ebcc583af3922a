"""Merging two copies of a journal, record by record, without losing either side.

Pure: records in, a plan out; nothing here reads or writes a file.

- Records are matched by uuid, so merging the same copy twice adds nothing.
- A record only in the incoming copy is added.
- When both copies hold a record and it differs: goals and measure
  definitions carry the time of their last edit (``updated``), and the newer
  edit wins, for the whole record. (A definition's uuid follows from its
  name, so a measure both copies added is one record.) Positions,
  resources, supports, notes and results (check-ins among them) are never
  edited, only added, so they carry no edit time; if two copies of one differ anyway, the version
  already in this journal stays, and the plan lists it so the person can look.
  Equal edit times also keep this journal's version. Every difference
  carries ``lost``: the fields in which the version not kept differs, with
  its values, so the report can name them and the person can put any of them
  back by hand.
- Why not merge field by field (take ``title`` from one copy and ``vision``
  from the other)? That is only sound against a common ancestor: the version
  both copies started from, which says which side changed a field. Two
  copies alone cannot tell "I changed the title" from "you changed it back",
  and ``updated`` is one time for the whole goal. Guessing would silently
  mix two versions into one nobody wrote, so the newer version wins whole
  and the report lists what the other one had.
- A goal keeps the number it has here. A new goal whose number is taken by
  another goal here gets the next free number, and the plan says so.
- When the incoming notes were left out of an export (``--no-notes``), a
  missing note is not a difference.
- Merging never deletes: a record removed in one copy and kept in the other
  comes back.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from recovery_cli.domain import records as rec
from recovery_cli.domain.records import Goal
from recovery_cli.storage.codec import TABLES

Tables = dict[str, list]


@dataclass(frozen=True)
class Difference:
    """One record both copies hold, in two versions, and which one the merge keeps."""

    table: str
    ours: object
    theirs: object
    took_theirs: bool
    reason: str  # newer_there, newer_here, same_time, no_time
    lost: tuple[tuple[str, object], ...] = ()  # (field, value of the version not kept)

    @property
    def kept(self) -> object:
        return self.theirs if self.took_theirs else self.ours

    @property
    def dropped(self) -> object:
        """The version the merge does not keep (its differing fields are ``lost``)."""
        return self.ours if self.took_theirs else self.theirs


@dataclass(frozen=True)
class Renumbered:
    """A new goal whose number was taken here, and the number it gets instead."""

    goal: Goal
    was: int
    taken_by: Goal


@dataclass(frozen=True)
class Unlinked:
    """A goal no longer a step of another: the two copies made them steps of each other."""

    goal: Goal
    parent: Goal


@dataclass
class MergePlan:
    """What merging would do; :func:`recovery_cli.journal.importing.apply` does it."""

    added: Tables = field(default_factory=lambda: {table: [] for table in TABLES})
    differences: list[Difference] = field(default_factory=list)
    renumbered: list[Renumbered] = field(default_factory=list)
    unlinked: list[Unlinked] = field(default_factory=list)
    same: int = 0
    meta: dict = field(default_factory=dict)

    @property
    def replaced(self) -> list[Difference]:
        return [d for d in self.differences if d.took_theirs]

    @property
    def kept(self) -> list[Difference]:
        return [d for d in self.differences if not d.took_theirs]

    def added_count(self) -> int:
        return sum(len(records) for records in self.added.values())

    @property
    def changes(self) -> bool:
        return bool(self.added_count() or self.replaced or self.unlinked or self.meta)


def _comparable(table: str, record, notes_included: bool) -> dict:
    data = rec.to_dict(record)
    if table == "goals":
        data.pop("number")
    elif table == "measures":  # when each copy got the same definition is not content
        data.pop("added")
        data.pop("updated")
    if not notes_included and table in ("positions", "results"):
        data.pop("note")
    return data


_NOT_CONTENT = ("id", "number", "updated", "added")  # who and when, not what was written
_EDITED = ("goals", "measures")  # records that carry the time of their last edit


def _lost(table: str, dropped, kept, notes_included: bool) -> tuple[tuple[str, object], ...]:
    """The fields in which ``dropped`` differs from ``kept``, with ``dropped``'s values."""
    mine, other = (
        _comparable(table, dropped, notes_included),
        _comparable(table, kept, notes_included),
    )
    return tuple(
        (name, getattr(dropped, name))
        for name in mine
        if name not in _NOT_CONTENT and mine[name] != other.get(name)
    )


def _difference(
    table: str, ours, theirs, took: bool, reason: str, notes_included: bool
) -> Difference:
    dropped, kept = (ours, theirs) if took else (theirs, ours)
    return Difference(
        table, ours, theirs, took, reason, _lost(table, dropped, kept, notes_included)
    )


def _newer(theirs: str, ours: str) -> int:
    """1 when ``theirs`` is later, -1 when earlier, 0 when the same moment."""
    a, b = rec.read_stamp(theirs), rec.read_stamp(ours)
    return (a > b) - (a < b)


def _decide(table: str, ours, theirs) -> tuple[bool, str]:
    if table not in _EDITED:
        return False, "no_time"
    order = _newer(theirs.updated, ours.updated)
    if order > 0:
        return True, "newer_there"
    return False, "newer_here" if order < 0 else "same_time"


def _number_new_goals(
    plan: MergePlan, new: list[Goal], final: dict[str, Goal], next_number: int
) -> list[Goal]:
    """Keep each new goal's number when free here; else the next free number."""
    holder = {g.number: g for g in final.values()}
    placed, waiting = [], []
    for goal in sorted(new, key=lambda g: g.number):
        if goal.number in holder:
            waiting.append(goal)
        else:
            holder[goal.number] = goal
            placed.append(goal)
    number = max([next_number - 1, *holder]) if holder else next_number - 1
    for goal in waiting:
        number += 1
        moved = rec.replace(goal, number=number)
        plan.renumbered.append(Renumbered(moved, goal.number, holder[goal.number]))
        placed.append(moved)
    return sorted(placed, key=lambda g: g.number)


def _break_cycles(plan: MergePlan, final: dict[str, Goal], changed: set[str]) -> None:
    """Goals that became steps of each other: the incoming link gives way."""
    for start in sorted(final.values(), key=lambda g: g.number):
        seen: list[str] = []
        current: Goal | None = start
        while current is not None and current.id not in seen:
            seen.append(current.id)
            current = final.get(current.parent) if current.parent else None
        if current is None:
            continue
        loop = [i for i in seen[seen.index(current.id) :] if i in changed]
        if not loop:  # a loop this journal already had: not the merge's to mend
            continue
        culprit = min((final[i] for i in loop), key=lambda g: g.number)
        parent = final[culprit.parent]
        final[culprit.id] = rec.replace(culprit, parent=None)
        plan.unlinked.append(Unlinked(final[culprit.id], parent))


def plan_merge(
    ours: Tables,
    theirs: Tables,
    *,
    ours_meta: dict,
    theirs_meta: dict,
    adopt: tuple[str, ...] = (),
    notes_included: bool = True,
) -> MergePlan:
    """How to bring ``theirs`` into ``ours`` (see the module docstring).

    ``adopt`` names meta values (``created``, ``language``,
    ``next_goal_number``) to take from the incoming journal, for a journal
    that holds nothing yet. Otherwise the next goal number only moves past
    the goals the merge adds.
    """
    plan = MergePlan()
    final_goals = {g.id: g for g in ours.get("goals", [])}
    changed: set[str] = set()
    new_goals: list[Goal] = []
    for table in TABLES:
        here = {r.id: r for r in ours.get(table, [])}
        for record in theirs.get(table, []):
            mine = here.get(record.id)
            if mine is None:
                (new_goals if table == "goals" else plan.added[table]).append(record)
                continue
            if mine == record or _comparable(table, mine, notes_included) == _comparable(
                table, record, notes_included
            ):  # the same record (every field equal) is the same content, quickly
                plan.same += 1
                continue
            took, reason = _decide(table, mine, record)
            if took and table == "goals":
                record = rec.replace(record, number=mine.number)
                final_goals[record.id] = record
                changed.add(record.id)
            plan.differences.append(_difference(table, mine, record, took, reason, notes_included))
    next_number = int(ours_meta.get("next_goal_number") or 1)
    for goal in _number_new_goals(plan, new_goals, final_goals, next_number):
        final_goals[goal.id] = goal
        changed.add(goal.id)
    _break_cycles(plan, final_goals, changed)
    _settle_goals(plan, final_goals, {g.id for g in new_goals}, notes_included)
    plan.meta = _meta(ours_meta, theirs_meta, final_goals, adopt)
    return plan


def _settle_goals(
    plan: MergePlan, final: dict[str, Goal], new_ids: set[str], notes_included: bool
) -> None:
    """Put the final version of each added or replaced goal into the plan."""
    plan.added["goals"] = sorted((final[i] for i in new_ids), key=lambda g: g.number)
    settled = []
    unlinked = {u.goal.id for u in plan.unlinked}
    for diff in plan.differences:
        if diff.table == "goals" and diff.ours.id in unlinked:  # type: ignore[attr-defined]
            goal = final[diff.ours.id]  # type: ignore[attr-defined]
            diff = _difference("goals", diff.ours, goal, True, diff.reason, notes_included)
        settled.append(diff)
    plan.differences = settled


def _meta(ours: dict, theirs: dict, goals: dict[str, Goal], adopt: tuple[str, ...]) -> dict:
    changes: dict = {}
    highest = max((g.number for g in goals.values()), default=0)
    theirs_next = int(theirs.get("next_goal_number") or 1) if "next_goal_number" in adopt else 1
    wanted = max(int(ours.get("next_goal_number") or 1), theirs_next, highest + 1)
    if wanted != ours.get("next_goal_number"):
        changes["next_goal_number"] = wanted
    for name in ("created", "language"):
        if name not in adopt:
            continue
        value = theirs.get(name)
        if value and value != ours.get(name):
            changes[name] = value
    return changes

"""Goals: add, edit, change status, remove."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from recovery_cli.domain import records as rec
from recovery_cli.domain.chime import parse_domains
from recovery_cli.domain.continuum import parse_position
from recovery_cli.domain.errors import InputError
from recovery_cli.domain.text import fold, one_line
from recovery_cli.domain.when import parse_horizon, parse_when
from recovery_cli.journal.core import Journal

if TYPE_CHECKING:
    from recovery_cli.domain.records import Goal, Position

UNSET = object()  # an edit option the person did not give


@dataclass(frozen=True)
class GoalDraft:
    """What a person typed for a new goal, before it is checked."""

    title: str
    chime: str | None = None
    position: str | None = None
    vision: str | None = None
    horizon: str | None = None
    change: str | None = None
    collaboration: str | None = None
    parent: str | None = None
    note: str | None = None
    when: str | None = None  # when the goal began, if not now (a WHEN value)


def _parent_id(journal: Journal, ref: str | None, goal: Goal | None = None) -> str | None:
    if ref is None or not ref.strip():
        return None
    parent = journal.goal(ref)
    if goal is not None and parent.id == goal.id:
        raise InputError("error.goal.parent_is_itself", number=goal.number)
    if goal is not None:
        ancestor: Goal | None = parent
        while ancestor is not None:
            if ancestor.id == goal.id:
                raise InputError("error.goal.parent_cycle", number=goal.number)
            ancestor = journal.goals_by_id.get(ancestor.parent) if ancestor.parent else None
    return parent.id


def _next_number(journal: Journal) -> int:
    highest = max((g.number for g in journal.goals), default=0)
    return max(int(journal.meta.get("next_goal_number", 1)), highest + 1)


def same_title(journal: Journal, title: str) -> Goal | None:
    """The first goal (any status) whose title matches ``title``, ignoring case,
    accents and spacing: a second one is likely a retry after a typo."""
    wanted = " ".join(fold(title).split())
    return next((g for g in journal.goals if " ".join(fold(g.title).split()) == wanted), None)


def add_goal(journal: Journal, draft: GoalDraft) -> tuple[Goal, Position | None]:
    """Create a goal, and its first position when one is given.

    ``draft.when`` dates the goal, its first position (or note) and the start
    its horizon counts from, so a goal written up afterwards sits in order
    among positions logged for earlier days.
    """
    begun = parse_when(draft.when, journal.now) if draft.when else journal.now
    now = rec.stamp(begun)
    one_line(draft.title, field="title")
    value = parse_position(draft.position) if draft.position is not None else None
    goal = rec.Goal(
        id=rec.new_id(),
        number=_next_number(journal),
        title=draft.title,
        created=now,
        updated=journal.stamp_now,
        chime=parse_domains(draft.chime),
        parent=_parent_id(journal, draft.parent),
        vision=draft.vision,
        horizon=parse_horizon(draft.horizon, journal.now, begun) if draft.horizon else None,
        change=draft.change,
        collaboration=draft.collaboration,
    )
    position = None
    if value is not None:
        position = rec.Position(
            id=rec.new_id(), goal=goal.id, when=now, value=value, note=draft.note
        )
    elif draft.note:
        note = rec.Note(id=rec.new_id(), text=draft.note, when=now, goal=goal.id)
        journal.insert(note)
    journal.insert(goal)
    if position is not None:
        journal.insert(position)
    journal.set_meta(next_goal_number=goal.number + 1)
    return goal, position


def edit_goal(journal: Journal, ref: str, **changes: object) -> tuple[Goal, list[str]]:
    """Change the fields given (``UNSET`` leaves one alone, ``""`` clears it)."""
    goal = journal.goal(ref)
    values: dict[str, object] = {}
    for name, value in changes.items():
        if value is UNSET:
            continue
        if name == "title":
            one_line(value, field="title")  # type: ignore[arg-type]
        if name == "chime":
            values[name] = parse_domains(value)  # type: ignore[arg-type]
        elif name == "horizon":
            values[name] = parse_horizon(value, journal.now) if value else None  # type: ignore[arg-type]
        elif name == "parent":
            values[name] = _parent_id(journal, value, goal)  # type: ignore[arg-type]
        else:
            values[name] = value
    changed = [name for name, value in values.items() if getattr(goal, name) != value]
    if not changed:
        return goal, []
    edited = rec.replace(goal, **values, updated=journal.stamp_now)
    journal.update(edited)
    return edited, changed


def set_status(journal: Journal, ref: str, status: str) -> tuple[Goal, bool]:
    """Pause, resume, reach or let go of a goal; False when it already was so."""
    goal = journal.goal(ref)
    if goal.status == status:
        return goal, False
    edited = rec.replace(goal, status=status, updated=journal.stamp_now)
    journal.update(edited)
    return edited, True


@dataclass(frozen=True)
class Removal:
    goal: Goal
    positions: int
    unlinked: int
    children: int


def plan_removal(journal: Journal, ref: str) -> Removal:
    """What removing a goal would take with it (nothing is changed)."""
    goal = journal.goal(ref)
    linked = sum(
        1
        for table in ("resources", "supports", "notes")
        for doc in journal.raw(table).values()
        if doc.get("goal") == goal.id
    )
    return Removal(goal, len(journal.history(goal)), linked, len(journal.children(goal)))


def remove_goal(journal: Journal, removal: Removal) -> None:
    """Delete a goal and its positions; its resources, supports, notes and
    sub-goals stay, no longer linked to it."""
    goal = removal.goal
    journal.remove("positions", {p.id for p in journal.history(goal)})
    journal.unlink_goal(goal.id)
    for child in journal.children(goal):
        journal.update(rec.replace(child, parent=None, updated=journal.stamp_now))
    journal.remove("goals", {goal.id})

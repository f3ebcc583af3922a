"""Logging positions, and keeping resources and supports."""

from __future__ import annotations

from typing import TYPE_CHECKING

from recovery_cli.domain import records as rec
from recovery_cli.domain.choices import parse_resource_kind, parse_support_kind
from recovery_cli.domain.continuum import parse_position
from recovery_cli.domain.text import one_line
from recovery_cli.domain.when import parse_when
from recovery_cli.journal.core import Journal, Mark

if TYPE_CHECKING:
    from recovery_cli.domain.records import Goal, Position, Resource, Support


def log_position(
    journal: Journal,
    ref: str,
    value: str,
    *,
    note: str | None = None,
    helped: str | None = None,
    when: str | None = None,
) -> tuple[Goal, Position, Position | None]:
    """Record where the person stands on a goal; returns the position before it too."""
    number = parse_position(value)
    moment = parse_when(when, journal.now) if when else journal.now
    goal = journal.goal(ref)
    position = rec.Position(
        id=rec.new_id(),
        goal=goal.id,
        when=rec.stamp(moment),
        value=number,
        note=note,
        helped=helped,
    )
    earlier = [mark for mark in journal.marks(goal) if mark[0] <= position.when]
    journal.insert(position)
    return goal, position, Mark(*earlier[-1]) if earlier else None


def _goal_id(journal: Journal, ref: str | None) -> str | None:
    return journal.goal(ref).id if ref else None


def add_resource(
    journal: Journal, text: str, *, kind: str | None = None, goal: str | None = None
) -> Resource:
    resource = rec.Resource(
        id=rec.new_id(),
        text=text,
        created=journal.stamp_now,
        kind=parse_resource_kind(kind) if kind else "resource",
        goal=_goal_id(journal, goal),
    )
    journal.insert(resource)
    return resource


def add_support(
    journal: Journal,
    who: str,
    *,
    kind: str | None = None,
    how: str | None = None,
    goal: str | None = None,
) -> Support:
    support = rec.Support(
        id=rec.new_id(),
        who=one_line(who, field="who"),
        created=journal.stamp_now,
        kind=parse_support_kind(kind) if kind else "other",
        how=how,
        goal=_goal_id(journal, goal),
    )
    journal.insert(support)
    return support

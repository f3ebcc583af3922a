"""Looking back: how far the person has come since a day, from their own entries.

Per goal where it stood then and where it stands now (from each goal's
:class:`~recovery_cli.journal.story.Story`), goals reached or let go since,
what was added to draw on and who was added as support, and how many
reflections were written. Counted and told, never scored.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from recovery_cli.domain.errors import InputError
from recovery_cli.domain.records import stamp
from recovery_cli.domain.when import months_before, span_back
from recovery_cli.journal.core import Journal, Mark
from recovery_cli.journal.story import Story, stories

if TYPE_CHECKING:
    from recovery_cli.domain.records import Goal, Resource, Support

DEFAULT_MONTHS = 3


def since_day(text: str, now: datetime) -> tuple[date, int | None]:
    """The day ``--since`` names: a span back from today (``3m``, ``1y``, ``2w``,
    ``10d``, ``6 mdr.``) or any WHEN (a date, ``3 months ago``, ``monday``). The
    months a span covers are returned too (None for days, weeks or a date)."""
    from recovery_cli.domain.when import parse_day

    try:
        span = span_back(text, now)
    except (InputError, OverflowError):
        raise InputError("error.lookback.since", value=text) from None
    if span is None:
        return parse_day(text, now), None
    day, months = span
    if day >= now.date() or (months is not None and months > 12 * 120):  # nothing, or ages
        raise InputError("error.lookback.since", value=text)
    return day, months


@dataclass(frozen=True)
class Then:
    """One goal then and now. ``then`` is the position held when the look back
    starts, None when the goal's first position came later (``first`` is then
    where it began); ``moved`` says whether it was ever anywhere else since."""

    story: Story
    then: Mark | None
    first: Mark
    now: Mark
    moved: bool


@dataclass(frozen=True)
class LookBack:
    """What changed since ``since`` (a local day); see the module's docstring."""

    since: date
    months: int | None  # the span asked for, in months (None: a day, weeks or days)
    from_start: bool  # the journal is younger than the span: since its first entry
    goals: list[Then]
    reached: list[Goal]
    let_go: list[Goal]
    resources: list[Resource]
    supports: list[Support]
    reflections: int

    @property
    def empty(self) -> bool:
        return not (
            self.goals
            or self.reached
            or self.let_go
            or self.resources
            or self.supports
            or self.reflections
        )


def _first_entry(journal: Journal) -> str | None:
    """When the journal's first entry was made (a goal, position, note...)."""
    stamps = [g.created for g in journal.goals]
    stamps += [mark[0] for goal in journal.goals for mark in journal.marks(goal)[:1]]
    stamps += [n.when for n in journal.notes()] + [c.when for c in journal.checkins()]
    return min(stamps, default=None)


def look_back(journal: Journal, since: str | None = None) -> LookBack:
    """The look back from ``since`` (``--since``), by default the last three
    months, or since the first entry when the journal is younger than that."""
    now = journal.now
    if since is not None:
        day, months = since_day(since, now)
    else:
        day, months = months_before(now.date(), DEFAULT_MONTHS), DEFAULT_MONTHS
    journal.expect_many()
    first = _first_entry(journal)
    from_start = False
    if first is not None:
        began = datetime.fromisoformat(first).astimezone(now.tzinfo).date()
        if began > day:
            day, from_start = began, True
    start = stamp(datetime.combine(day, time(0), tzinfo=now.tzinfo))
    told = stories(journal, [g for g in journal.goals if g.status in ("active", "paused")])
    goals = []
    for story in told:
        latest = story.latest
        if latest is None:
            continue
        held = story.held_at(start)
        entered = story.between(start)
        if held is None and not entered:
            continue
        values = {mark.value for mark in entered} | ({held.value} if held else set())
        goals.append(Then(story, held, held or entered[0], latest, len(values) > 1))
    changed = [g for g in journal.goals if g.updated >= start]
    return LookBack(
        since=day,
        months=None if from_start else months,
        from_start=from_start,
        goals=goals,
        reached=[g for g in changed if g.status == "reached"],
        let_go=[g for g in changed if g.status == "let_go"],
        resources=[r for r in journal.resources() if r.created >= start],
        supports=[s for s in journal.supports() if s.created >= start],
        reflections=sum(1 for n in journal.notes() if n.when >= start),
    )

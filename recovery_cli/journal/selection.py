"""What the person chooses to share: which goals, which period, notes or not.

Without ``--goal`` everything is included. With it, only the chosen goals and
what is linked to them (their positions, resources, supports and notes);
general resources, supports, notes, check-ins and measures stay out (a
measure named with ``--measure`` comes along).
``--since`` and ``--until`` limit the dated entries (positions, notes,
check-ins, results of measures) to local calendar days; goals, resources,
supports and definitions are not dated entries and stay. ``--no-notes``
leaves out reflections and the notes written with positions, check-ins and
results. The JSON export carries every measure and result (it is the whole
journal, to import again); the reports show a measure's results only when the
person names it (``--measure NAME``).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime
from operator import attrgetter

from recovery_cli.domain import records as rec
from recovery_cli.domain.errors import InputError
from recovery_cli.domain.records import Goal, Note, Position, Resource, Support
from recovery_cli.domain.reflections import CHECKIN, Checkin, result_as_checkin
from recovery_cli.domain.results import Measure, Result
from recovery_cli.domain.when import parse_day
from recovery_cli.journal.core import Journal


@dataclass(frozen=True)
class Choice:
    """The person's choice, as given on the command line (not yet checked)."""

    goals: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    notes: bool = True
    measures: tuple[str, ...] = ()  # measures whose results the report shows


@dataclass
class Shared:
    """The records a choice includes, ready for a writer."""

    goals: list[Goal]
    positions: dict[str, list[Position]]  # by goal id, oldest first
    resources: list[Resource]
    supports: list[Support]
    notes: list[Note]
    checkins: list[Checkin]
    measures: list[Measure] = field(default_factory=list)
    results: list[Result] = field(default_factory=list)  # every result, check-ins too
    reported: tuple[str, ...] = ()  # names of the measures the report shows
    unreported: int = 0  # results of measures (not check-ins) in the period a report leaves out
    all_goals: bool = True
    since: date | None = None
    until: date | None = None
    with_notes: bool = True
    goals_by_id: dict[str, Goal] = field(default_factory=dict)
    meta: dict = field(default_factory=dict)
    now: datetime | None = None

    def history(self, goal: Goal) -> list[Position]:
        return self.positions.get(goal.id, [])

    def linked(self, items: list, goal: Goal) -> list:
        return [item for item in items if item.goal == goal.id]

    def general(self, items: list) -> list:
        """Items not linked to an included goal."""
        return [item for item in items if item.goal not in self.goals_by_id]

    def all_positions(self) -> list[Position]:
        return sorted((p for h in self.positions.values() for p in h), key=attrgetter("when", "id"))


def _day(stamp: str, now: datetime) -> date:
    from recovery_cli.domain.when import local_day

    return local_day(datetime.fromisoformat(stamp), now)


def _in_period(stamp: str, since: date | None, until: date | None, now: datetime) -> bool:
    if since is None and until is None:  # the whole journal: no need to read each date
        return True
    day = _day(stamp, now)
    return (since is None or day >= since) and (until is None or day <= until)


def _chosen_goals(journal: Journal, refs: tuple[str, ...]) -> list[Goal]:
    chosen: dict[str, Goal] = {}
    for ref in refs:
        goal = journal.goal(ref)
        chosen[goal.id] = goal
    return sorted(chosen.values(), key=lambda g: g.number)


def _reported(journal: Journal, names: tuple[str, ...]) -> tuple[str, ...]:
    """The measures named for the report, each found (an unknown one is refused)."""
    from recovery_cli.journal.measures import find

    return tuple(dict.fromkeys(find(journal, name).definition.name for name in names))


def select(journal: Journal, choice: Choice) -> Shared:
    """The part of the journal ``choice`` names; bad goals or dates raise InputError."""
    now = journal.now
    since = parse_day(choice.since, now) if choice.since else None
    until = parse_day(choice.until, now) if choice.until else None
    if since and until and since > until:
        raise InputError("export.error.period", since=choice.since, until=choice.until)
    every = not choice.goals
    goals = journal.goals if every else _chosen_goals(journal, choice.goals)
    ids = {g.id for g in goals}

    def dated(stamp: str) -> bool:
        return _in_period(stamp, since, until, now)

    def linked(item) -> bool:
        return every or item.goal in ids

    positions: dict[str, list[Position]] = {}
    for goal in goals:
        kept = [p for p in journal.history(goal) if dated(p.when)]
        if not choice.notes:
            kept = [replace(p, note=None) for p in kept]
        positions[goal.id] = kept
    notes = [n for n in journal.notes() if linked(n) and dated(n.when)] if choice.notes else []
    reported = _reported(journal, choice.measures)
    results: list[Result] = []
    unreported = 0
    for result in journal.results():
        if not dated(result.when):
            continue
        if every or result.measure in reported:
            results.append(result)
        if result.measure != CHECKIN and result.measure not in reported:
            unreported += 1
    if not choice.notes:
        results = [replace(r, note=None) for r in results]
    checkins = [result_as_checkin(rec.to_dict(r)) for r in results if r.measure == CHECKIN]
    return Shared(
        goals=list(goals),
        positions=positions,
        resources=[r for r in journal.resources() if linked(r)],
        supports=[s for s in journal.supports() if linked(s)],
        notes=notes,
        checkins=checkins,
        measures=[m for m in journal.measures() if every or m.name in reported],
        results=results,
        reported=reported,
        unreported=unreported,
        all_goals=every,
        since=since,
        until=until,
        with_notes=choice.notes,
        goals_by_id={g.id: g for g in goals},
        meta=dict(journal.meta),
        now=now,
    )

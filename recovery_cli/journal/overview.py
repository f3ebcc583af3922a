"""The overview behind ``recovery status``: where each goal stands and what surrounds it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING

from recovery_cli.domain.chime import DOMAINS
from recovery_cli.domain.records import GOAL_STATUSES, stamp
from recovery_cli.journal.core import Journal, Mark
from recovery_cli.journal.story import Story, stories

if TYPE_CHECKING:
    from recovery_cli.domain.records import Goal

RECENT_POINTS = 12
CHANGE_DAYS = 30
# How far the look-back line looks, nearest first: (key, days).
LOOK_BACK = (("week", 7), ("month", 30), ("3months", 91), ("6months", 182), ("year", 365))


@dataclass(frozen=True)
class GoalSummary:
    """One goal at a glance."""

    goal: Goal
    latest: Mark | None
    change: int | None  # steps moved over the last 30 days; None with fewer than two points
    recent: tuple[int, ...]  # the last 12 positions, however old (--json)
    # The positions the change is counted over: the one held when the 30 days
    # began (or the first, on a younger goal), then each logged since. The
    # status sparkline draws these, so it starts where the arrow starts.
    span: tuple[int, ...]
    resources: int
    supports: int


@dataclass(frozen=True)
class Lookback:
    """Real movement on one goal: where it was then, where it is now.

    ``period`` is a key of ``LOOK_BACK`` (``then`` is that long before now), or
    None when ``then`` is the goal's first position, logged more recently.
    """

    goal: Goal
    before: int
    after: int
    then: str
    period: str | None

    @property
    def moved(self) -> int:
        return self.after - self.before


@dataclass(frozen=True)
class Overview:
    """The whole journal at a glance."""

    active: list[GoalSummary]
    by_status: dict[str, list[Goal]]
    resources: int
    supports: int
    coverage: dict[str, int]
    lookback: Lookback | None = None
    without_resources: list[Goal] = field(default_factory=list)
    without_supports: list[Goal] = field(default_factory=list)


def _change(told: Story, since: str) -> int | None:
    """Steps moved since ``since`` (from the position held then, or the first)."""
    if told.count < 2:
        return None
    start, latest = told.held_at(since) or told.first, told.latest
    assert start is not None and latest is not None  # two positions at least
    return latest.value - start.value


def _span(told: Story, since: str) -> tuple[int, ...]:
    """The values from the position held at ``since`` (or the first) to the latest."""
    from bisect import bisect_right

    marks = told.marks
    start = max(bisect_right(marks, since, key=lambda mark: mark[0]) - 1, 0)
    return tuple(value for _, value in marks[start:])


def _linked_counts(journal: Journal, table: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for doc in journal.raw(table).values():
        goal = doc.get("goal")
        if goal:
            counts[goal] = counts.get(goal, 0) + 1
    return counts


def summarize(journal: Journal, told: list[Story]) -> list[GoalSummary]:
    since = stamp(journal.now - timedelta(days=CHANGE_DAYS))
    resources = _linked_counts(journal, "resources")
    supports = _linked_counts(journal, "supports")
    return [
        GoalSummary(
            goal=story.goal,
            latest=story.latest,
            change=_change(story, since),
            recent=tuple(story.values[-RECENT_POINTS:]),
            span=_span(story, since),
            resources=resources.get(story.goal.id, 0),
            supports=supports.get(story.goal.id, 0),
        )
        for story in told
    ]


def _candidates(told: Story, now) -> list[Lookback]:
    latest, goal = told.latest, told.goal
    assert latest is not None  # only goals with a position are looked back on
    found = []
    for key, days in LOOK_BACK:
        then = stamp(now - timedelta(days=days))
        held = told.held_at(then)
        if held is None:  # the goal is younger than this: look back to its start
            first = told.first
            assert first is not None
            found.append(Lookback(goal, first.value, latest.value, first.when, None))
            break
        found.append(Lookback(goal, held.value, latest.value, then, key))
    return [c for c in found if c.moved]


def find_lookback(journal: Journal, told: list[Story]) -> Lookback | None:
    """The movement most worth seeing again, or None when nothing has moved.

    Movement up wins, the most steps first; of equal ones the most recent
    (shortest look back) is chosen. When no goal has moved up, the most recent
    step back is shown, neutrally.
    """
    candidates = []
    for story in told:
        if story.count >= 2:
            candidates.extend(_candidates(story, journal.now))
    if not candidates:
        return None
    ups = [c for c in candidates if c.moved > 0]
    if ups:
        return max(ups, key=lambda c: (c.moved, c.then, -c.goal.number))
    return max(candidates, key=lambda c: (c.then, -c.goal.number))


def overview(journal: Journal) -> Overview:
    by_status: dict[str, list[Goal]] = {status: [] for status in GOAL_STATUSES}
    for goal in journal.goals:
        by_status[goal.status].append(goal)
    active = by_status["active"]
    coverage = {key: sum(1 for g in active if key in g.chime) for key in DOMAINS}
    journal.expect_many()
    told = stories(journal, active)
    summaries = summarize(journal, told)
    return Overview(
        active=summaries,
        by_status=by_status,
        resources=journal.count("resources"),
        supports=journal.count("supports"),
        coverage=coverage,
        lookback=find_lookback(journal, told),
        without_resources=[s.goal for s in summaries if not s.resources],
        without_supports=[s.goal for s in summaries if not s.supports],
    )

"""Positions over time, as the data charts draw.

Each function returns ``(key, points)`` pairs: points are ``(stamp, position)``
oldest first, and a position holds until the next one. The stamp is the
stored UTC ISO text (see :mod:`recovery_cli.charts.series`): a chart reads only
the moments it draws. Goals give
one line each; CHIME domains give the mean position of their goals. A set of
check-in lines (one per domain, from ``journal.checkins()``) fits the same
shape, so ``recovery chart --checkins`` can hand it to the same chart.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from recovery_cli.domain.chime import DOMAINS
from recovery_cli.domain.errors import InputError
from recovery_cli.journal.core import Journal

if TYPE_CHECKING:
    from recovery_cli.domain.records import Goal

Point = tuple[str, float]


def goal_points(journal: Journal, goal: Goal) -> tuple[Point, ...]:
    """Every position of one goal, oldest first."""
    return tuple(journal.marks(goal))


def goal_lines(journal: Journal, goals: Iterable[Goal]) -> list[tuple[Goal, tuple[Point, ...]]]:
    """One line per goal that has a position; goals not logged yet are left out."""
    lines = [(goal, goal_points(journal, goal)) for goal in goals]
    return [(goal, points) for goal, points in lines if points]


def domain_lines(
    journal: Journal, goals: Iterable[Goal], domains: Iterable[str] = DOMAINS
) -> list[tuple[str, tuple[Point, ...]]]:
    """One line per CHIME domain: the mean current position of its goals over time.

    After each log, the domain's value is the mean of the latest positions of
    its goals that have been logged by then. Domains none of whose goals has a
    position are left out.
    """
    goals = list(goals)
    lines = []
    for domain in domains:
        serving = [g for g in goals if domain in g.chime]
        events = sorted((when, g.id, value) for g in serving for when, value in journal.marks(g))
        current: dict[str, int] = {}
        points: list[Point] = []
        total = 0  # the sum of current's values, kept as it changes (whole numbers: exact)
        for when, goal_id, value in events:
            total += value - current.get(goal_id, 0)
            current[goal_id] = value
            points.append((when, round(total / len(current), 2)))
        if points:
            lines.append((domain, tuple(points)))
    return lines


def select_goals(journal: Journal, refs: Sequence[str], domain: str | None) -> list[Goal]:
    """The goals a chart shows: those named (in that order), else the active ones;
    ``domain`` keeps only the goals that serve it."""
    if refs:
        goals: list[Goal] = []
        for ref in refs:
            goal = journal.goal(ref)
            if goal not in goals:
                goals.append(goal)
    else:
        goals = [g for g in journal.goals if g.status == "active"]
    if domain is not None:
        goals = [g for g in goals if domain in g.chime]
    if len(goals) > 1:
        journal.expect_many()
    return goals


def chart_range(
    now: datetime, since: str | None, until: str | None
) -> tuple[datetime | None, datetime]:
    """``--since``/``--until`` as moments: from the start of the first day to the end
    of the last (never past now). None for a start means from the first position."""
    start = end = None
    if since or until:
        from recovery_cli.domain.when import parse_day
    if since:
        start = datetime.combine(parse_day(since, now), time(0), tzinfo=now.tzinfo)
    if until:
        day = parse_day(until, now) + timedelta(days=1)
        end = datetime.combine(day, time(0), tzinfo=now.tzinfo) - timedelta(seconds=1)
    end = min(end or now, now)
    if start is not None and start > end:  # parse_day refuses a day after today
        raise InputError("error.chart.range", since=since, until=until or "")
    return start, end


def checkin_lines(
    journal: Journal,
    domains: Iterable[str] = DOMAINS,
) -> list[tuple[str, tuple[Point, ...]]]:
    """One line per CHIME domain from the person's check-ins (domains with answers)."""
    from recovery_cli.journal.checkins import checkin_series

    series = checkin_series(journal.checkins())
    lines = [(key, tuple(series[key])) for key in domains]
    return [(key, points) for key, points in lines if points]

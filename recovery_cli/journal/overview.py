"""The overview behind ``recovery status``: where each goal stands and what surrounds it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from recovery_cli.domain.chime import DOMAINS
from recovery_cli.domain.records import GOAL_STATUSES, Goal, Position, stamp
from recovery_cli.journal.core import Journal

RECENT_POINTS = 12
CHANGE_DAYS = 30


@dataclass(frozen=True)
class GoalSummary:
    """One goal at a glance."""

    goal: Goal
    latest: Position | None
    change: int | None  # steps moved over the last 30 days; None without an earlier point
    recent: tuple[int, ...]
    resources: int
    supports: int


@dataclass(frozen=True)
class Overview:
    """The whole journal at a glance."""

    active: list[GoalSummary]
    by_status: dict[str, list[Goal]]
    resources: int
    supports: int
    coverage: dict[str, int]


def _change(history: list[Position], since: str) -> int | None:
    if len(history) < 2:
        return None
    before = [p for p in history if p.when <= since]
    start = before[-1] if before else history[0]
    return history[-1].value - start.value if start is not history[-1] else None


def _linked_counts(journal: Journal, table: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for doc in journal.raw(table).values():
        goal = doc.get("goal")
        if goal:
            counts[goal] = counts.get(goal, 0) + 1
    return counts


def summarize(journal: Journal, goals: list[Goal]) -> list[GoalSummary]:
    since = stamp(journal.now - timedelta(days=CHANGE_DAYS))
    resources = _linked_counts(journal, "resources")
    supports = _linked_counts(journal, "supports")
    summaries = []
    for goal in goals:
        history = journal.history(goal)
        summaries.append(GoalSummary(
            goal=goal,
            latest=history[-1] if history else None,
            change=_change(history, since),
            recent=tuple(p.value for p in history[-RECENT_POINTS:]),
            resources=resources.get(goal.id, 0),
            supports=supports.get(goal.id, 0),
        ))
    return summaries


def overview(journal: Journal) -> Overview:
    by_status: dict[str, list[Goal]] = {status: [] for status in GOAL_STATUSES}
    for goal in journal.goals:
        by_status[goal.status].append(goal)
    active = by_status["active"]
    coverage = {key: sum(1 for g in active if key in g.chime) for key in DOMAINS}
    return Overview(
        active=summarize(journal, active),
        by_status=by_status,
        resources=journal.count("resources"),
        supports=journal.count("supports"),
        coverage=coverage,
    )

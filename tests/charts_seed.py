"""Journals with dated positions, for the chart, status and goal-page tests.

``seed(path, goals, now=...)`` writes a journal where each goal is a dict:
``{"title": ..., "chime": "c,i", "parent": "1", "status": "paused",
"log": [(days_ago, position), ...]}``. Positions go in directly (``recovery
log`` refuses nothing in the past, but seeding years of them through the CLI
would be slow).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from recovery_cli.domain import records as rec
from recovery_cli.journal import Journal
from recovery_cli.journal.entries import add_resource, add_support
from recovery_cli.journal.goals import GoalDraft, add_goal, set_status


def seed(
    path: Path,
    goals: list[dict],
    *,
    now: datetime | None = None,
    resources: list[tuple[str, str | None]] = (),
    supports: list[tuple[str, str | None]] = (),
) -> datetime:
    """Write the journal; returns the ``now`` the days were counted from."""
    now = now or datetime.now().astimezone()
    with Journal.open(path, write=True, now=now) as journal:
        made = []
        for spec in goals:
            goal, _ = add_goal(
                journal,
                GoalDraft(
                    spec["title"],
                    chime=spec.get("chime"),
                    parent=spec.get("parent"),
                    vision=spec.get("vision"),
                    horizon=spec.get("horizon"),
                    change=spec.get("change"),
                    collaboration=spec.get("together"),
                ),
            )
            made.append(goal)
            docs = [
                rec.to_dict(
                    rec.Position(
                        id=rec.new_id(),
                        goal=goal.id,
                        when=rec.stamp(now - timedelta(days=days)),
                        value=value,
                        note=note,
                        helped=helped,
                    )
                )
                for days, value, *rest in spec.get("log", [])
                for note, helped in [(rest + [None, None])[:2]]
            ]
            if docs:
                journal.store.db.table("positions").insert_multiple(docs)
                journal._forget_cache()
        for spec, goal in zip(goals, made, strict=True):
            if spec.get("status"):
                set_status(journal, f"#{goal.number}", spec["status"])
        for text, ref in resources:
            add_resource(journal, text, goal=ref)
        for who, ref in supports:
            add_support(journal, who, goal=ref)
    return now


FOOTBALL = [
    {
        "title": "Play on a local football team",
        "chime": "c,i,m",
        "vision": "I train every Tuesday",
        "horizon": "6m",
        "change": "Find a club near me",
        "together": "We meet every second week",
        "log": [
            (120, 2, "Looked up clubs"),
            (80, 3, "Called the club", "My brother came along"),
            (40, 4),
            (20, 5, "First training", "Peer group"),
        ],
    },
    {"title": "Training on Tuesday", "chime": "c", "parent": "1", "log": [(25, 2), (5, 3)]},
    {"title": "Find work I like", "chime": "m,e", "log": [(100, 4), (60, 7), (10, 6)]},
    {"title": "Sleep better", "chime": "e"},
    {"title": "Move to a smaller flat", "chime": "e", "status": "paused"},
    {"title": "Cook for friends", "chime": "c", "status": "reached", "log": [(200, 3), (150, 7)]},
]

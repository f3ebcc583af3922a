"""Filling a journal with the example person's six months (see content.py)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from recovery_cli.demo import content
from recovery_cli.domain import records as rec
from recovery_cli.domain.chime import DOMAINS
from recovery_cli.i18n import t
from recovery_cli.journal.core import Journal


def _moment(now: datetime, days_ago: int, hour: int = 18) -> str:
    day = (now - timedelta(days=days_ago)).date()
    return rec.stamp(datetime.combine(day, time(hour, 0), tzinfo=now.tzinfo))


def _goals(journal: Journal, now: datetime) -> dict[str, rec.Goal]:
    made: dict[str, rec.Goal] = {}
    for number, spec in enumerate(content.GOALS, start=1):
        base = f"demo.goal.{spec.key}"
        created = _moment(now, spec.started, hour=10)
        goal = rec.Goal(
            id=rec.new_id(), number=number, title=t(f"{base}.title"), created=created,
            updated=created, chime=spec.chime, status=spec.status,
            parent=made[spec.parent].id if spec.parent else None,
            vision=t(f"{base}.vision"), horizon=spec.horizon, change=t(f"{base}.change"),
            collaboration=t(f"{base}.together"),
        )
        made[spec.key] = goal
        journal.insert(goal)
        for index, (days, value, has_note, has_help) in enumerate(spec.positions, start=1):
            journal.insert(rec.Position(
                id=rec.new_id(), goal=goal.id, when=_moment(now, days), value=value,
                note=t(f"{base}.note{index}") if has_note else None,
                helped=t(f"{base}.helped{index}") if has_help else None,
            ))
    return made


def build_demo(journal: Journal) -> None:
    """Replace whatever the sandbox held with the example, in the current language."""
    now = journal.now
    journal.reset()
    goals = _goals(journal, now)
    for key, kind, goal in content.RESOURCES:
        journal.insert(rec.Resource(
            id=rec.new_id(), text=t(f"demo.resource.{key}"), kind=kind,
            goal=goals[goal].id if goal else None, created=_moment(now, 170, hour=11)))
    for index, (key, kind, goal) in enumerate(content.SUPPORTS):
        journal.insert(rec.Support(
            id=rec.new_id(), who=t(f"demo.support.{key}.who"), kind=kind,
            how=t(f"demo.support.{key}.how"), goal=goals[goal].id if goal else None,
            created=_moment(now, 168 - index, hour=11)))
    for index, (days, goal) in enumerate(content.NOTES, start=1):
        journal.insert(rec.Note(
            id=rec.new_id(), text=t(f"demo.note.{index}"), when=_moment(now, days, hour=21),
            goal=goals[goal].id if goal else None))
    for days, *scores in content.CHECKINS:
        journal.insert(rec.Checkin(
            id=rec.new_id(), when=_moment(now, days, hour=9),
            scores=dict(zip(DOMAINS, scores, strict=True))))
    _measure(journal)
    journal.set_meta(next_goal_number=len(content.GOALS) + 1, demo=True)


def _measure(journal: Journal) -> None:
    """The example measure written for this tool, taken monthly over the half year."""
    from recovery_cli.definitions import example
    from recovery_cli.journal.measures import add_sample

    add_sample(journal, example(), months=6)

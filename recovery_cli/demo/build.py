"""Filling a sandbox journal with an example person's months (see demo/people/)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from recovery_cli.demo.person import Person
from recovery_cli.domain import records as rec
from recovery_cli.domain.chime import DOMAINS
from recovery_cli.i18n import t
from recovery_cli.journal.core import Journal


def _moment(now: datetime, days_ago: int, hour: int = 18) -> str:
    day = (now - timedelta(days=days_ago)).date()
    return rec.stamp(datetime.combine(day, time(hour, 0), tzinfo=now.tzinfo))


def _goals(journal: Journal, person: Person, now: datetime) -> dict[str, rec.Goal]:
    made: dict[str, rec.Goal] = {}
    for number, spec in enumerate(person.goals, start=1):
        base = f"{person.content}.goal.{spec.key}"
        created = _moment(now, spec.started, hour=10)
        goal = rec.Goal(
            id=rec.new_id(),
            number=number,
            title=t(f"{base}.title"),
            created=created,
            updated=created,
            chime=spec.chime,
            status=spec.status,
            parent=made[spec.parent].id if spec.parent else None,
            vision=t(f"{base}.vision"),
            horizon=spec.horizon,
            change=t(f"{base}.change"),
            collaboration=t(f"{base}.together"),
        )
        made[spec.key] = goal
        journal.insert(goal)
        for index, (days, value, has_note, has_help) in enumerate(spec.positions, start=1):
            journal.insert(
                rec.Position(
                    id=rec.new_id(),
                    goal=goal.id,
                    when=_moment(now, days),
                    value=value,
                    note=t(f"{base}.note{index}") if has_note else None,
                    helped=t(f"{base}.helped{index}") if has_help else None,
                )
            )
    return made


def _others(journal: Journal, person: Person, goals: dict[str, rec.Goal], now) -> None:
    """Supporters' views, each kept under the supporter's name."""
    for index, view in enumerate(person.others, start=1):
        journal.insert(
            rec.Position(
                id=rec.new_id(),
                goal=goals[view.goal].id,
                when=_moment(now, view.days, hour=19),
                value=view.value,
                note=t(f"{person.content}.view.{index}.note"),
                by=t(f"{person.content}.support.{view.support}.who"),
            )
        )


def build_person(journal: Journal, person: Person) -> None:
    """Replace whatever the sandbox held with ``person``, in the current language."""
    now = journal.now
    words = person.content
    journal.reset()
    goals = _goals(journal, person, now)
    _others(journal, person, goals, now)
    for key, kind, goal in person.resources:
        journal.insert(
            rec.Resource(
                id=rec.new_id(),
                text=t(f"{words}.resource.{key}"),
                kind=kind,
                goal=goals[goal].id if goal else None,
                created=_moment(now, 170, hour=11),
            )
        )
    for index, (key, kind, goal) in enumerate(person.supports):
        journal.insert(
            rec.Support(
                id=rec.new_id(),
                who=t(f"{words}.support.{key}.who"),
                kind=kind,
                how=t(f"{words}.support.{key}.how"),
                goal=goals[goal].id if goal else None,
                created=_moment(now, 168 - index, hour=11),
            )
        )
    for index, (days, goal, prompt) in enumerate(person.notes, start=1):
        journal.insert(
            rec.Note(
                id=rec.new_id(),
                text=t(f"{words}.note.{index}"),
                when=_moment(now, days, hour=21),
                goal=goals[goal].id if goal else None,
                prompt=prompt,
            )
        )
    for index, (days, *scores) in enumerate(person.checkins):
        note = t(f"{words}.checkin.{index}") if index in person.checkin_notes else None
        journal.insert(
            rec.Checkin(
                id=rec.new_id(),
                when=_moment(now, days, hour=9),
                scores=dict(zip(DOMAINS, scores, strict=True)),
                note=note,
            )
        )
    _measures(journal, person)
    journal.set_meta(next_goal_number=len(person.goals) + 1, demo=True, demo_person=person.key)


def _measures(journal: Journal, person: Person) -> None:
    """The measures the person takes: the example written for this tool, monthly
    over the last half year (the same series for the same day)."""
    if not person.measures:
        return
    from recovery_cli.definitions import example
    from recovery_cli.journal.measures import add_sample

    months = 6
    # brought in the day before its first result (a sample result is every 30
    # days, the last 3 days ago), so the sandbox reads the same on every build
    brought = _moment(journal.now, 3 + 30 * (months - 1) + 1, hour=9)
    definitions = {"example": example}
    for key in person.measures:
        measure = add_sample(journal, definitions[key](), months=months)
        journal.update(rec.replace(measure, added=brought, updated=brought))

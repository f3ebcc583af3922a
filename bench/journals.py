"""Synthetic journals for the benchmark: a decade of use at a given size.

Built through the project's own records and storage, in the current schema, so
the file is exactly what the tool writes: 20 goals over ten years (one of
them a step of goal 7, three paused, reached and let go), ``SIZE`` positions
spread over them (a note on every third, what helped on two of every seven, a few
views someone else gave on goal 2), and in proportion notes (some on a goal,
some answering a prompt), check-ins (results of the built-in check-in), a
brought measure (the example ``everyday``) taken monthly for ten years,
resources and supports. ``python bench/journals.py PATH SIZE`` builds one in a
process of its own (the driver stays small).
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from recovery_cli.definitions import example  # noqa: E402
from recovery_cli.domain import records as rec  # noqa: E402
from recovery_cli.domain.chime import DOMAINS  # noqa: E402
from recovery_cli.domain.measure_data import definition_to_data  # noqa: E402
from recovery_cli.domain.results import measure_id  # noqa: E402
from recovery_cli.journal.measures import sample_results  # noqa: E402
from recovery_cli.storage.store import new_journal_data, open_store  # noqa: E402

GOALS = 20
YEARS = 10
STATUSES = {18: "paused", 19: "reached", 20: "let_go"}


def _goals(start: datetime) -> list[dict]:
    goals: list[dict] = []
    for number in range(1, GOALS + 1):
        goal = rec.Goal(
            id=rec.new_id(),
            number=number,
            title=f"Goal number {number}",
            created=rec.stamp(start),
            updated=rec.stamp(start),
            chime=(DOMAINS[number % 5], DOMAINS[(number + 2) % 5]),
            status=STATUSES.get(number, "active"),
            parent=goals[6]["id"] if number == 17 else None,
            vision="What it will look like",
            horizon="1y",
        )
        goals.append(rec.to_dict(goal))
    return goals


def _positions(goals: list[dict], start: datetime, span: int, count: int):
    for i in range(count):
        goal = goals[i % GOALS]
        when = start + timedelta(seconds=span * i // count)
        yield rec.to_dict(
            rec.Position(
                id=rec.new_id(),
                goal=goal["id"],
                when=rec.stamp(when),
                value=1 + (i * 7) % 8,
                note="A short note about the day" if i % 3 == 0 else None,
                helped="Talking it through with my brother" if i % 7 < 2 else None,
                by="Mette (peer worker)" if i % GOALS == 1 and i % 1000 == 1 else None,
            )
        )


def build_journal(path: Path, positions: int) -> None:
    """A decade of use: ``positions`` logs over 20 goals, and the rest in proportion."""
    now = datetime.now(timezone.utc).replace(microsecond=0)
    start = now - timedelta(days=365 * YEARS)
    span = int((now - start).total_seconds()) - 3600  # the newest an hour ago
    days = 365 * YEARS
    extra = max(positions // 100, 10)
    with open_store(path, write=True, new_data=new_journal_data("en", rec.stamp(start))) as store:
        goals = _goals(start)
        db = store.db
        db.table("goals").insert_multiple(goals)
        db.table("meta").update({"next_goal_number": GOALS + 1}, doc_ids=[1])
        db.table("positions").insert_multiple(_positions(goals, start, span, positions))
        db.table("notes").insert_multiple(
            rec.to_dict(
                rec.Note(
                    id=rec.new_id(),
                    text=f"Reflection {i}: what the week was like, in my own words",
                    when=rec.stamp(start + timedelta(days=i * days // extra, hours=20)),
                    goal=goals[i % GOALS]["id"] if i % 5 == 0 else None,
                    prompt="strengths" if i % 7 == 0 else None,
                )
            )
            for i in range(extra)
        )
        checkins = [
            rec.Checkin(
                id=rec.new_id(),
                when=rec.stamp(start + timedelta(days=i * days // (extra // 2), hours=9)),
                scores={d: 1 + (i + j) % 8 for j, d in enumerate(DOMAINS) if (i + j) % 9},
                note="Slept better this week" if i % 6 == 0 else None,
            )
            for i in range(extra // 2)
        ]
        db.table("results").insert_multiple(rec.to_dict(c) for c in checkins)
        definition = example()
        stamp = rec.stamp(start)
        measure = rec.Measure(
            id=measure_id(definition.name),
            name=definition.name,
            added=stamp,
            updated=stamp,
            definition=definition_to_data(definition),
        )
        db.table("measures").insert(rec.to_dict(measure))
        monthly = sample_results(definition, now, months=12 * YEARS)
        db.table("results").insert_multiple(rec.to_dict(r) for r in monthly)
        db.table("resources").insert_multiple(
            rec.to_dict(
                rec.Resource(
                    id=rec.new_id(),
                    text=f"Resource {i}",
                    created=rec.stamp(start),
                    kind=rec.RESOURCE_KINDS[i % 3],
                    goal=goals[i % GOALS]["id"],
                )
            )
            for i in range(40)
        )
        db.table("supports").insert_multiple(
            rec.to_dict(
                rec.Support(
                    id=rec.new_id(),
                    who=f"Person {i}",
                    created=rec.stamp(start),
                    kind=rec.SUPPORT_KINDS[i % 6],
                    how="Listens" if i % 2 else None,
                    goal=goals[i % GOALS]["id"],
                )
            )
            for i in range(30)
        )


if __name__ == "__main__":
    build_journal(Path(sys.argv[1]), int(sys.argv[2]))

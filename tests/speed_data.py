"""Journals of a given size for the speed pins: the benchmark's kind of journal
(``bench/journals.py``), made the same on every run.

20 goals (one a step of another; one paused, one reached, one let go), the
positions spread over three years before :data:`NOW` with notes and what
helped, a few views someone else gave, reflections (some on a goal, some
answering a prompt), check-ins, the example measure taken monthly, resources
and supports. Every id comes from the record's place (uuid5), every time from
:data:`NOW`, so the file is the same bytes every time.
"""

from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from recovery_cli.domain import records as rec
from recovery_cli.domain.chime import DOMAINS

NOW = datetime(2026, 11, 20, 14, 30, tzinfo=timezone.utc)
GOALS = 20
_IDS = uuid.UUID("0f5d3c1e-8a2b-4c6d-9e7f-1a2b3c4d5e6f")
_STATUSES = {18: "paused", 19: "reached", 20: "let_go"}


def _id(kind: str, n: int) -> str:
    return str(uuid.uuid5(_IDS, f"{kind}:{n}"))


def records(size: int) -> list:
    """Every record of a journal with ``size`` positions."""
    from recovery_cli.definitions import example
    from recovery_cli.domain.measure_data import definition_to_data
    from recovery_cli.domain.reflections import Checkin, Note
    from recovery_cli.domain.results import Measure, measure_id

    start = NOW - timedelta(days=3 * 365)
    span = int((NOW - start).total_seconds()) - 3600
    days = 3 * 365
    goals = [
        rec.Goal(
            id=_id("goal", n),
            number=n,
            title=f"Goal number {n}",
            created=rec.stamp(start),
            updated=rec.stamp(start + timedelta(days=n)),
            chime=(DOMAINS[n % 5], DOMAINS[(n + 2) % 5]),
            status=_STATUSES.get(n, "active"),
            parent=_id("goal", 7) if n == 17 else None,
            vision="What it will look like" if n % 2 else None,
            horizon="1y" if n % 3 else "6m",
        )
        for n in range(1, GOALS + 1)
    ]
    made: list = list(goals)
    for i in range(size):
        made.append(
            rec.Position(
                id=_id("position", i),
                goal=goals[i % GOALS].id,
                when=rec.stamp(start + timedelta(seconds=span * i // max(size, 1))),
                value=1 + (i * 7 + i // GOALS) % 8,
                note=f"A short note about day {i}" if i % 3 == 0 else None,
                helped="Talking it through with my brother" if i % 7 < 2 else None,
                by="Mette" if i % 250 == 1 else None,
            )
        )
    extra = max(size // 100, 10)
    for i in range(extra):
        made.append(
            Note(
                id=_id("note", i),
                text=f"Reflection {i}: what the week was like",
                when=rec.stamp(start + timedelta(days=i * days // extra, hours=8)),
                goal=goals[i % GOALS].id if i % 5 == 0 else None,
                prompt="strengths" if i % 7 == 0 else None,
            )
        )
    for i in range(extra // 2):
        made.append(
            Checkin(
                id=_id("checkin", i),
                when=rec.stamp(start + timedelta(days=i * days // (extra // 2), hours=7)),
                scores={d: 1 + (i + j) % 8 for j, d in enumerate(DOMAINS) if (i + j) % 9},
                note="Slept better" if i % 6 == 0 else None,
            )
        )
    definition = example()
    made.append(
        Measure(
            id=measure_id(definition.name),
            name=definition.name,
            added=rec.stamp(start),
            updated=rec.stamp(start),
            definition=definition_to_data(definition),
        )
    )
    from recovery_cli.journal.measures import sample_results

    made.extend(sample_results(definition, NOW, months=36))
    for i in range(12):
        made.append(
            rec.Resource(
                id=_id("resource", i),
                text=f"Resource {i}",
                created=rec.stamp(start + timedelta(days=i)),
                kind=rec.RESOURCE_KINDS[i % 3],
                goal=goals[i % GOALS].id if i % 2 else None,
            )
        )
        made.append(
            rec.Support(
                id=_id("support", i),
                who=f"Person {i}",
                created=rec.stamp(start + timedelta(days=i)),
                kind=rec.SUPPORT_KINDS[i % 6],
                how="Listens" if i % 2 else None,
                goal=goals[i % GOALS].id if i % 3 else None,
            )
        )
    return made


def write(path: Path, size: int, language: str) -> None:
    """The journal of ``size`` positions at ``path``, speaking ``language``."""
    from recovery_cli.journal import Journal

    with Journal.open(path, write=True, now=NOW - timedelta(days=3 * 365), language=language) as j:
        j.insert_many(records(size))
        j.set_meta(next_goal_number=GOALS + 1)

"""Synthetic journals for the benchmark: a decade of use at a given size.

Built through the project's own storage (20 goals over ten years, with
resources, supports, notes and check-ins in proportion), so the file is
exactly what the tool writes. ``python bench/journals.py PATH SIZE`` builds
one in a process of its own (the driver stays small).
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from recovery_cli.domain import records as rec  # noqa: E402
from recovery_cli.domain.chime import DOMAINS  # noqa: E402
from recovery_cli.storage.store import new_journal_data, open_store  # noqa: E402

GOALS = 20


def build_journal(path: Path, positions: int) -> None:
    """A decade of use: ``positions`` logs over 20 goals, and the rest in proportion."""
    now = datetime.now(timezone.utc).replace(microsecond=0)
    start = now - timedelta(days=3650)
    span = 3650 * 86400
    with open_store(path, write=True, new_data=new_journal_data("en", rec.stamp(now))) as store:
        goals = []
        for number in range(1, GOALS + 1):
            goal = rec.Goal(
                id=rec.new_id(),
                number=number,
                title=f"Goal number {number}",
                created=rec.stamp(start),
                updated=rec.stamp(start),
                chime=(DOMAINS[number % 5], DOMAINS[(number + 2) % 5]),
                vision="What it will look like",
                horizon="1y",
            )
            goals.append(rec.to_dict(goal))
        store.db.table("goals").insert_multiple(goals)
        docs = []
        for i in range(positions):
            goal = goals[i % GOALS]
            when = start + timedelta(seconds=span * i // positions)
            docs.append(
                rec.to_dict(
                    rec.Position(
                        id=rec.new_id(),
                        goal=goal["id"],
                        when=rec.stamp(when),
                        value=1 + (i * 7) % 8,
                        note="A short note about the day" if i % 3 == 0 else None,
                        helped="Talking it through with my brother" if i % 4 == 0 else None,
                    )
                )
            )
        store.db.table("positions").insert_multiple(docs)
        extra = max(positions // 100, 10)
        store.db.table("notes").insert_multiple(
            rec.to_dict(
                rec.Note(
                    id=rec.new_id(),
                    text=f"Reflection {i}",
                    when=rec.stamp(start + timedelta(days=i % 3650)),
                )
            )
            for i in range(extra)
        )
        store.db.table("checkins").insert_multiple(
            rec.to_dict(
                rec.Checkin(
                    id=rec.new_id(),
                    when=rec.stamp(start + timedelta(days=i % 3650)),
                    scores={d: 1 + (i + j) % 8 for j, d in enumerate(DOMAINS)},
                )
            )
            for i in range(extra // 2)
        )
        store.db.table("resources").insert_multiple(
            rec.to_dict(
                rec.Resource(
                    id=rec.new_id(),
                    text=f"Resource {i}",
                    created=rec.stamp(start),
                    goal=goals[i % GOALS]["id"],
                )
            )
            for i in range(40)
        )
        store.db.table("supports").insert_multiple(
            rec.to_dict(
                rec.Support(
                    id=rec.new_id(),
                    who=f"Person {i}",
                    created=rec.stamp(start),
                    goal=goals[i % GOALS]["id"],
                )
            )
            for i in range(30)
        )


if __name__ == "__main__":
    build_journal(Path(sys.argv[1]), int(sys.argv[2]))

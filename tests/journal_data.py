"""Valid journals for tests: hypothesis strategies and a writer.

A valid journal is what the app can hold: unique ids and goal numbers, every
position on a goal of the same journal, sub-goals pointing at earlier goals
(no loops), text trimmed and free of control characters.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from hypothesis import strategies as st

from recovery_cli.domain.chime import DOMAINS
from recovery_cli.domain.records import (
    GOAL_STATUSES,
    RESOURCE_KINDS,
    SUPPORT_KINDS,
    Checkin,
    Goal,
    Note,
    Position,
    Resource,
    Support,
    stamp,
)
from recovery_cli.domain.reflections import checkin_as_result
from recovery_cli.domain.results import Measure, Result, measure_id
from recovery_cli.journal import Journal
from recovery_cli.storage.codec import TABLES

words = (
    st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=24)
    .map(str.strip)
    .filter(bool)
)
texts = st.lists(words, min_size=1, max_size=3).map("\n".join)
maybe = st.none() | texts
stamps = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2026, 1, 1), timezones=st.just(timezone.utc)
).map(stamp)
ids = st.uuids().map(str)


@st.composite
def journals(draw, max_goals: int = 4) -> dict[str, list]:
    """Every table of one valid journal, as records."""
    numbers = draw(st.lists(st.integers(1, 60), max_size=max_goals, unique=True))
    goals: list[Goal] = []
    for number in numbers:
        parent = draw(st.none() | st.sampled_from([g.id for g in goals])) if goals else None
        goals.append(
            Goal(
                id=draw(ids),
                number=number,
                title=draw(words),
                created=draw(stamps),
                updated=draw(stamps),
                chime=tuple(k for k in DOMAINS if k in draw(st.sets(st.sampled_from(DOMAINS)))),
                status=draw(st.sampled_from(GOAL_STATUSES)),
                parent=parent,
                vision=draw(maybe),
                horizon=draw(st.sampled_from([None, "6m", "1y", "5y", "2031-06-01"])),
                change=draw(maybe),
                collaboration=draw(maybe),
            )
        )
    goal_ids = [g.id for g in goals]
    linked = st.none() | st.sampled_from(goal_ids) if goal_ids else st.none()
    positions = [
        Position(
            id=draw(ids),
            goal=goal.id,
            when=draw(stamps),
            value=draw(st.integers(1, 8)),
            note=draw(maybe),
            helped=draw(maybe),
            by=draw(st.none() | words),
        )
        for goal in goals
        for _ in range(draw(st.integers(0, 3)))
    ]
    resources = [
        Resource(
            id=draw(ids),
            text=draw(texts),
            created=draw(stamps),
            kind=draw(st.sampled_from(RESOURCE_KINDS)),
            goal=draw(linked),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    supports = [
        Support(
            id=draw(ids),
            who=draw(words),
            created=draw(stamps),
            kind=draw(st.sampled_from(SUPPORT_KINDS)),
            how=draw(maybe),
            goal=draw(linked),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    notes = [
        Note(
            id=draw(ids),
            text=draw(texts),
            when=draw(stamps),
            goal=draw(linked),
            prompt=draw(st.none() | st.sampled_from(["matters", "helped"])),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    checkins = [
        Checkin(
            id=draw(ids),
            when=draw(stamps),
            note=draw(maybe),
            scores=draw(st.dictionaries(st.sampled_from(DOMAINS), st.integers(1, 8), min_size=1)),
        )
        for _ in range(draw(st.integers(0, 2)))
    ]
    results = [Result(**checkin_as_result(c)) for c in checkins]  # check-ins are results
    measures = draw(st.lists(measures_of(), max_size=1))
    for measure in measures:
        results += draw(st.lists(results_of(measure), max_size=2))
    return {
        "goals": goals,
        "positions": positions,
        "resources": resources,
        "supports": supports,
        "notes": notes,
        "measures": measures,
        "results": results,
    }


@st.composite
def measures_of(draw) -> Measure:
    """A definition kept in a journal: the example measure under a drawn name."""
    from recovery_cli.definitions import example
    from recovery_cli.domain.measure_data import definition_to_data

    name = draw(st.sampled_from(["everyday", "calm-days", "my-scale"]))
    when = draw(stamps)
    return Measure(
        id=measure_id(name),
        name=name,
        added=when,
        updated=when,
        definition={**definition_to_data(example()), "name": name},
    )


@st.composite
def results_of(draw, measure: Measure) -> Result:
    """A result of ``measure``: every item answered on its scale or skipped."""
    from recovery_cli.domain.measure_spec import definition_from_data
    from recovery_cli.domain.measures import score

    definition = definition_from_data(measure.definition)
    answers = {
        key: draw(st.none() | st.integers(definition.scale.low, definition.scale.high))
        for key in definition.item_keys()
    }
    if all(value is None for value in answers.values()):
        answers[definition.item_keys()[0]] = definition.scale.low
    return Result(
        id=draw(ids),
        measure=measure.name,
        version=definition.version,
        when=draw(stamps),
        answers=answers,
        score=score(definition, answers),
        note=draw(maybe),
    )


def write_journal(
    path: Path,
    tables: dict[str, list],
    *,
    language: str = "en",
    created: str = "2020-01-01T00:00:00+00:00",
) -> None:
    """Create a journal file at ``path`` holding exactly ``tables``."""
    with Journal.open(path, write=True, language=language) as journal:
        records = [r for table in TABLES for r in tables.get(table, [])]
        if records:
            journal.insert_many(records)
        highest = max((g.number for g in tables.get("goals", [])), default=0)
        journal.set_meta(created=created, next_goal_number=highest + 1)


def read_tables(path: Path) -> dict:
    """The stored dicts of a journal file, per table, keyed by id; and its meta."""
    import orjson

    data = orjson.loads(path.read_bytes())
    out = {table: {doc["id"]: doc for doc in data.get(table, {}).values()} for table in TABLES}
    out["meta"] = data["meta"]["1"]
    return out

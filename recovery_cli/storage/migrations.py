"""Schema versions: checked on every open, older journals brought up to date.

``STEPS[n]`` turns a schema-``n`` journal into schema ``n + 1``. Only released
schemas get a step; a fixture journal of each released schema lives in
``tests/fixtures/``. The store applies the steps in memory when it opens an
older journal; the first command that writes backs the file up (reason
``migrate``) and then writes the migrated journal in one atomic write, so a
crash leaves either the old file or the migrated one.

Schema history: 1 is the first released schema (release 0.1.0). 2 keeps
measures: the tables ``measures`` (definitions a person brought) and
``results`` (each time one was taken); check-ins, which schema 1 kept in a
table ``checkins``, are results of the built-in check-in measure.
"""

from __future__ import annotations

from collections.abc import Callable

from recovery_cli.domain.errors import NotPossible
from recovery_cli.storage.codec import META, TABLES, JournalDamaged

SCHEMA_VERSION = 2

Step = Callable[[dict], dict]


def _measures(data: dict) -> dict:
    """1 -> 2: check-ins become results of the built-in check-in (same uuid, date,
    answers and note); the tables for measures are added."""
    from recovery_cli.domain.reflections import checkin_doc_as_result

    checkins = data.pop("checkins", {})
    data.setdefault("measures", {})
    results = data.setdefault("results", {})
    for doc in checkins.values() if isinstance(checkins, dict) else ():
        if isinstance(doc, dict):
            results[str(len(results) + 1)] = checkin_doc_as_result(doc)
    return data


STEPS: dict[int, Step] = {1: _measures}


def schema_of(data: dict) -> int:
    return data[META]["1"]["schema"]


def upgrade(data: dict, path: object) -> tuple[dict, int | None]:
    """``(data at the current schema, the version it had or None when current)``.

    A newer journal is refused (please upgrade); an older one with no step to
    bring it forward is treated as damaged.
    """
    version = schema_of(data)
    if version > SCHEMA_VERSION:
        raise NotPossible("error.journal.too_new", path=str(path))
    if version == SCHEMA_VERSION:
        return data, None
    start = version
    while version < SCHEMA_VERSION:
        step = STEPS.get(version)
        if step is None:
            raise JournalDamaged(path, "schema")
        data = step(data)
        version += 1
        data[META]["1"]["schema"] = version
    for table in TABLES:
        data.setdefault(table, {})
    return data, start

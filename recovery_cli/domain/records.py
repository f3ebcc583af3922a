"""The records of a journal, as validated frozen dataclasses, and how they are stored.

Every record has a uuid (so two copies of a journal merge without duplicates);
goals also have a short number for people to type. Times are ISO 8601 strings
in UTC (``2026-11-23T09:30:00+00:00``), so they sort as text.
"""

from __future__ import annotations

import uuid
from dataclasses import MISSING, fields, replace
from datetime import datetime, timezone
from functools import cache
from importlib import import_module
from typing import Any

from recovery_cli.domain.errors import InputError
from recovery_cli.domain.text import TEXT_MAX, clean_text

GOAL_STATUSES = ("active", "paused", "reached", "let_go")
RESOURCE_KINDS = ("strength", "experience", "resource")
SUPPORT_KINDS = ("family", "friend", "peer", "professional", "network", "other")


def new_id() -> str:
    return str(uuid.uuid4())


def stamp(moment: datetime) -> str:
    """Store a moment as UTC ISO 8601 with its offset, to the second."""
    if moment.tzinfo is None:
        raise ValueError("naive datetime")
    return moment.astimezone(timezone.utc).replace(microsecond=0).isoformat()


def read_stamp(value: str) -> datetime:
    """A stored timestamp back as an aware datetime."""
    return datetime.fromisoformat(value)


def text_field(value, name, limit=TEXT_MAX, required=False):
    return clean_text(value, field=name, max_length=limit, required=required)


def choice(value: str, allowed: tuple[str, ...], key: str) -> str:
    if value not in allowed:
        raise InputError(key, value=value, allowed=", ".join(allowed))
    return value


def check_stamp(value: str, name: str) -> None:
    try:
        moment = read_stamp(value)
    except (TypeError, ValueError):
        raise InputError("error.record.bad_time", field=name) from None
    if moment.tzinfo is None:
        raise InputError("error.record.bad_time", field=name)


# Where each kind of record lives: table -> (module in recovery_cli.domain, class).
# Its class is built the first time it is used (a dataclass costs about a
# millisecond to build, and most commands touch only goals and positions).
_HOMES = {
    "goals": ("goal", "Goal"),
    "positions": ("position", "Position"),
    "resources": ("supports", "Resource"),
    "supports": ("supports", "Support"),
    "notes": ("reflections", "Note"),
    "measures": ("results", "Measure"),
    "results": ("results", "Result"),
}
TABLES = tuple(_HOMES)
_TABLE_OF_NAME = {name: table for table, (_, name) in _HOMES.items()}
# A check-in is a result of the built-in check-in: stored in "results" (as
# reflections.checkin_as_result writes it), read back through Journal.checkins().
_TABLE_OF_NAME["Checkin"] = "results"


@cache
def record_type(table: str) -> type:
    """The record class of a table (``"goals"`` -> ``Goal``)."""
    module, name = _HOMES[table]
    return getattr(import_module(f"recovery_cli.domain.{module}"), name)


def table_of(record) -> str:
    """The table a record is stored in."""
    return _TABLE_OF_NAME[type(record).__name__]


def __getattr__(name: str):
    """``records.Goal`` and the other record classes, built on first use."""
    if name == "Checkin":
        return import_module("recovery_cli.domain.reflections").Checkin
    table = _TABLE_OF_NAME.get(name)
    if table is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return record_type(table)


@cache
def _fields(table: str) -> tuple[str, ...]:
    return tuple(f.name for f in fields(record_type(table)))


@cache
def _field_set(table: str) -> frozenset[str]:
    return frozenset(_fields(table))


@cache
def _defaults(table: str) -> dict:
    return {f.name: f.default for f in fields(record_type(table)) if f.default is not MISSING}


def to_dict(record) -> dict:
    """A record as the plain dict stored in the journal (its fields, copied)."""
    table = table_of(record)
    if type(record).__name__ == "Checkin":
        from recovery_cli.domain.reflections import checkin_as_result

        return checkin_as_result(record)
    data = record.__dict__
    out = (
        dict(data)
        if data.keys() == _field_set(table)
        else {name: data[name] for name in _fields(table)}
    )
    if table == "goals":
        out["chime"] = list(out["chime"])
    elif table == "results":
        out["answers"] = dict(out["answers"])
    elif table == "measures":
        import copy

        out["definition"] = copy.deepcopy(out["definition"])
    return out


def from_dict(table: str, data: dict):
    """A stored dict back as its record; unknown keys are ignored."""
    return maker(table)(data)


@cache
def maker(table: str):
    """:func:`from_dict` for one table, to call once per record of many (doctor
    and import check every record): the class and its fields looked up once."""
    cls, names = record_type(table), _fields(table)

    def make(data: dict):
        known = {name: data[name] for name in names if name in data}
        try:
            return cls(**known)
        except TypeError:
            raise InputError("error.record.shape", table=table) from None

    return make


def load(table: str, data: dict):
    """A stored dict back as its record, trusting what our own storage wrote.

    Skips validation, which costs too much across 100,000 positions on every
    command (``from_dict``, used by doctor and import, validates), and fills
    the frozen record's fields in one step rather than one ``setattr`` each.
    """
    return load_many(table, (data,))[0]


def load_many(table: str, docs) -> list:
    """:func:`load` for many stored dicts of one table."""
    cls, known, defaults = record_type(table), _fields(table), _defaults(table)
    count = len(known)
    new = object.__new__
    records = []
    for data in docs:
        record: Any = new(cls)
        if len(data) == count:  # as to_dict wrote it: every field, nothing else
            record.__dict__.update(data)
        else:  # an older or newer record: defaults, then the fields this version knows
            record.__dict__.update(defaults)
            record.__dict__.update((name, data[name]) for name in known if name in data)
        records.append(record)
    if table == "goals":
        for record in records:
            if record.chime is not None:
                record.__dict__["chime"] = tuple(record.chime)
    return records


__all__ = [
    "replace",
    "to_dict",
    "from_dict",
    "maker",
    "load",
    "load_many",
    "new_id",
    "stamp",
    "read_stamp",
    "record_type",
    "table_of",
    "TABLES",
]

"""The records of a journal, as validated frozen dataclasses.

Every record has a uuid (so two copies of a journal merge without duplicates);
goals also have a short number for people to type. Times are ISO 8601 strings
in UTC (``2026-11-23T09:30:00+00:00``), so they sort as text.
"""

from __future__ import annotations

import uuid
from dataclasses import MISSING, dataclass, field, fields, replace
from datetime import datetime, timezone

from recovery_cli.domain.chime import DOMAINS
from recovery_cli.domain.continuum import check_position
from recovery_cli.domain.errors import InputError
from recovery_cli.domain.text import NAME_MAX, TEXT_MAX, TITLE_MAX, clean_text

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


def _text(value, name, limit=TEXT_MAX, required=False):
    return clean_text(value, field=name, max_length=limit, required=required)


def _choice(value: str, allowed: tuple[str, ...], key: str) -> str:
    if value not in allowed:
        raise InputError(key, value=value, allowed=", ".join(allowed))
    return value


def _check_stamp(value: str, name: str) -> None:
    try:
        moment = read_stamp(value)
    except (TypeError, ValueError):
        raise InputError("error.record.bad_time", field=name) from None
    if moment.tzinfo is None:
        raise InputError("error.record.bad_time", field=name)


@dataclass(frozen=True)
class Goal:
    """Something that matters to the person, on its way from abstract to concrete."""

    id: str
    number: int
    title: str
    created: str
    updated: str
    chime: tuple[str, ...] = ()
    status: str = "active"
    parent: str | None = None
    vision: str | None = None
    horizon: str | None = None
    change: str | None = None
    collaboration: str | None = None

    def __post_init__(self) -> None:
        if isinstance(self.number, bool) or not isinstance(self.number, int) or self.number < 1:
            raise InputError("error.record.bad_number")
        object.__setattr__(self, "title", _text(self.title, "title", TITLE_MAX, required=True))
        object.__setattr__(self, "chime", tuple(self.chime))
        for key in self.chime:
            _choice(key, DOMAINS, "error.chime.unknown")
        _choice(self.status, GOAL_STATUSES, "error.status.unknown")
        for name in ("vision", "change", "collaboration"):
            object.__setattr__(self, name, _text(getattr(self, name), name))
        _check_stamp(self.created, "created")
        _check_stamp(self.updated, "updated")
        if self.parent == self.id:
            raise InputError("error.goal.parent_self")


@dataclass(frozen=True)
class Position:
    """Where the person stood on the 1-8 continuum for a goal, at a moment."""

    id: str
    goal: str
    when: str
    value: int
    note: str | None = None
    helped: str | None = None
    by: str | None = None  # None: the person's own rating; else who gave this view

    def __post_init__(self) -> None:
        check_position(self.value)
        _check_stamp(self.when, "when")
        object.__setattr__(self, "note", _text(self.note, "note"))
        object.__setattr__(self, "helped", _text(self.helped, "helped"))
        object.__setattr__(self, "by", _text(self.by, "by", NAME_MAX))


@dataclass(frozen=True)
class Resource:
    """A strength, an experience or a resource the person can draw on."""

    id: str
    text: str
    created: str
    kind: str = "resource"
    goal: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", _text(self.text, "text", required=True))
        _choice(self.kind, RESOURCE_KINDS, "error.resource.kind")
        _check_stamp(self.created, "created")


@dataclass(frozen=True)
class Support:
    """Someone who helps, and how."""

    id: str
    who: str
    created: str
    kind: str = "other"
    how: str | None = None
    goal: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "who", _text(self.who, "who", NAME_MAX, required=True))
        _choice(self.kind, SUPPORT_KINDS, "error.support.kind")
        object.__setattr__(self, "how", _text(self.how, "how"))
        _check_stamp(self.created, "created")


@dataclass(frozen=True)
class Note:
    """A reflection in the person's own words, perhaps answering a prompt."""

    id: str
    text: str
    when: str
    goal: str | None = None
    prompt: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", _text(self.text, "text", required=True))
        _check_stamp(self.when, "when")


@dataclass(frozen=True)
class Checkin:
    """A self check-in: 1-8 for each CHIME domain the person answered."""

    id: str
    when: str
    scores: dict[str, int] = field(default_factory=dict)
    note: str | None = None

    def __post_init__(self) -> None:
        for key, value in self.scores.items():
            _choice(key, DOMAINS, "error.chime.unknown")
            check_position(value)
        if not self.scores:
            raise InputError("error.checkin.empty")
        _check_stamp(self.when, "when")
        object.__setattr__(self, "note", _text(self.note, "note"))


RECORD_TYPES = {
    "goals": Goal,
    "positions": Position,
    "resources": Resource,
    "supports": Support,
    "notes": Note,
    "checkins": Checkin,
}
_FIELDS = {table: tuple(f.name for f in fields(cls)) for table, cls in RECORD_TYPES.items()}
_NAME_SETS = {table: frozenset(names) for table, names in _FIELDS.items()}
_DEFAULTS = {
    table: {f.name: f.default for f in fields(cls) if f.default is not MISSING}
    for table, cls in RECORD_TYPES.items()
}


def to_dict(record) -> dict:
    """A record as the plain dict stored in the journal (its fields, copied)."""
    table = TABLE_OF[type(record)]
    names = _FIELDS[table]
    data = record.__dict__
    out = dict(data) if data.keys() == _NAME_SETS[table] else {name: data[name] for name in names}
    if table == "goals":
        out["chime"] = list(out["chime"])
    elif table == "checkins":
        out["scores"] = dict(out["scores"])
    return out


def from_dict(table: str, data: dict):
    """A stored dict back as its record; unknown keys are ignored."""
    cls = RECORD_TYPES[table]
    known = {name: data[name] for name in _FIELDS[table] if name in data}
    try:
        return cls(**known)
    except TypeError:
        raise InputError("error.record.shape", table=table) from None


def load(table: str, data: dict):
    """A stored dict back as its record, trusting what our own storage wrote.

    Skips validation, which costs too much across 100,000 positions on every
    command (``from_dict``, used by doctor and import, validates), and fills
    the frozen record's fields in one step rather than one ``setattr`` each.
    """
    return load_many(table, (data,))[0]


def load_many(table: str, docs) -> list:
    """:func:`load` for many stored dicts of one table."""
    cls, known, defaults = RECORD_TYPES[table], _FIELDS[table], _DEFAULTS[table]
    count = len(known)
    new = object.__new__
    records = []
    for data in docs:
        record = new(cls)
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


TABLE_OF = {cls: table for table, cls in RECORD_TYPES.items()}

__all__ = ["replace", "to_dict", "from_dict", "load", "load_many", "new_id", "stamp",
           "read_stamp"]

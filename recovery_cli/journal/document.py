"""The JSON export document, and reading a file to import back into records.

An export is ``{"format": "recovery-journal-export", "version": 1, "schema":
1, ...}`` with one list per table holding every record with every field
(see docs/export.md). A file to import may be such an export or a journal
file itself (for example a sync-conflict copy). Every record is checked
before anything changes; a file that is neither, or holds one bad record,
is refused with one sentence (exit 2).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from operator import attrgetter

from recovery_cli.domain import records as rec
from recovery_cli.domain.errors import InputError, NotPossible
from recovery_cli.i18n import LANGUAGES
from recovery_cli.journal.selection import Shared
from recovery_cli.storage.codec import META, TABLES
from recovery_cli.storage.store import SCHEMA_VERSION

FORMAT = "recovery-journal-export"
FORMAT_VERSION = 1
ID_MAX = 200
_BAD_RECORD = (InputError, TypeError, ValueError, AttributeError, KeyError)


_ORDER = {
    "goals": attrgetter("number", "id"),
    "positions": attrgetter("when", "id"),
    "resources": attrgetter("created", "id"),
    "supports": attrgetter("created", "id"),
    "notes": attrgetter("when", "id"),
    "measures": attrgetter("name"),
    "results": attrgetter("when", "id"),
}


def _sorted(table: str, records: list) -> list:
    return sorted(records, key=_ORDER[table])


def export_document(shared: Shared, *, app_version: str) -> dict:
    """Everything ``shared`` includes, every field, with the schema version."""
    now = shared.now
    meta = shared.meta
    tables = {
        "goals": shared.goals,
        "positions": shared.all_positions(),
        "resources": shared.resources,
        "supports": shared.supports,
        "notes": shared.notes,
        "measures": shared.measures,
        "results": shared.results,
    }
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "schema": SCHEMA_VERSION,
        "app": f"recovery-journal {app_version}",
        "exported": rec.stamp(now) if now else None,
        "journal": {name: meta.get(name) for name in ("language", "created", "next_goal_number")},
        "includes": {
            "goals": "all" if shared.all_goals else [g.number for g in shared.goals],
            "since": shared.since.isoformat() if shared.since else None,
            "until": shared.until.isoformat() if shared.until else None,
            "notes": shared.with_notes,
        },
        **{
            table: [
                rec.to_dict(r)
                for r in (
                    records
                    if table == "positions"  # sorted already
                    else _sorted(table, records)
                )
            ]
            for table, records in tables.items()
        },
    }


@dataclass
class Incoming:
    """A checked file to import: its records, and what it says about its journal."""

    kind: str  # "export" or "journal"
    tables: dict[str, list] = field(default_factory=dict)
    language: str | None = None
    created: str | None = None
    next_goal_number: int = 1
    notes_included: bool = True

    def count(self) -> int:
        return sum(len(records) for records in self.tables.values())


def _foreign(source: str) -> InputError:
    return InputError("import.error.foreign", source=source)


def _invalid(
    source: str,
    table: str,
    index: int,
    data: object = None,
    numbers: dict[str, int] | None = None,
    problem: tuple[str, dict] | None = None,
) -> InputError:
    """The refusal of one entry: ``index`` is its place in the file; ``data`` (the
    stored dict, as far as it reads) and ``numbers`` (goal id -> number) let the
    sentence name it as the person knows it, ``problem`` (a key under
    ``import.problem.`` and its values) say what is wrong with it."""
    return InputError(
        f"import.error.invalid.{table}",
        source=source,
        index=index,
        data=data if isinstance(data, dict) else None,
        numbers=numbers or {},
        problem=problem,
    )


# what a record's own check says, as a problem the refusal can name
_PROBLEMS = {
    "error.position.range": "range",
    "error.record.bad_time": "time",
    "error.record.bad_number": "number",
    "error.chime.unknown": "chime",
    "error.status.unknown": "status",
    "error.text.empty": "empty",
    "error.text.too_long": "too_long",
    "error.text.encoding": "characters",
    "error.text.control": "characters",
    "error.text.newline": "characters",
    "error.goal.parent_self": "parent_self",
}


def _problem(error: Exception) -> tuple[str, dict] | None:
    if isinstance(error, InputError):
        found = _PROBLEMS.get(error.key)
        if found is None:
            return None
        values = {k: v for k, v in error.params.items() if k in ("value", "limit")}
        return found, values
    if isinstance(error, ValueError) and error.args and error.args[0] in ("id", "goal"):
        return f"no_{error.args[0]}", {}
    return None


def _optional_str(value: object) -> bool:
    return value is None or isinstance(value, str)


_REFERENCES = {
    "goals": ("parent", "horizon"),
    "positions": (),
    "resources": ("goal",),
    "supports": ("goal",),
    "notes": ("goal", "prompt"),
    "measures": ("name",),
    "results": ("measure", "version"),
}


def _record(table: str, data: object, make=None):
    """One stored dict as its record; raises on anything a journal would not hold.
    (``make``: :func:`rec.maker` of the table, when many records are read.)"""
    if not isinstance(data, dict):
        raise TypeError(table)
    ident = data.get("id")
    if not isinstance(ident, str) or not ident.strip() or len(ident) > ID_MAX:
        raise ValueError("id")
    if table == "positions" and not isinstance(data.get("goal"), str):
        raise ValueError("goal")
    if table == "results" and not isinstance(data.get("answers"), dict):
        raise ValueError("answers")
    references = _REFERENCES[table]
    if references and not all(_optional_str(data.get(name)) for name in references):
        raise ValueError("reference")
    return (make or rec.maker(table))(data)


def _records(source: str, table: str, items: list, goals: dict[str, int] | None = None) -> list:
    """The checked records of one table; ``goals``: the file's goal numbers by
    id (read before its positions), to name a position that is refused."""
    out, seen, numbers = [], set(), set()
    make = rec.maker(table)
    for index, data in enumerate(items, start=1):
        try:
            record = _record(table, data, make)
        except _BAD_RECORD as error:
            raise _invalid(source, table, index, data, goals, _problem(error)) from None
        if record.id in seen:
            raise _invalid(source, table, index, data, goals, ("twice", {}))
        if table == "goals" and record.number in numbers:
            twice = ("number_twice", {"value": record.number})
            raise _invalid(source, table, index, data, goals, twice)
        seen.add(record.id)
        if table == "goals":
            numbers.add(record.number)
        out.append(record)
    return out


def _read_tables(source: str, lists: dict[str, list]) -> dict[str, list]:
    """Every table's checked records, goals first (a refused position is named
    by its goal's number)."""
    tables: dict[str, list] = {}
    for table in TABLES:
        goals = {g.id: g.number for g in tables.get("goals", ())}
        tables[table] = _records(source, table, lists[table], goals)
    return tables


def _check_links(source: str, tables: dict[str, list]) -> None:
    """Every position belongs to a goal in the same file; every result to a
    measure in the same file (or the built-in check-in), its answers on that
    measure's scale; no two measures share a name."""
    goals = {g.id: g.number for g in tables["goals"]}
    for index, position in enumerate(tables["positions"], start=1):
        if position.goal not in goals:
            data = rec.to_dict(position)
            raise _invalid(source, "positions", index, data, goals, ("no_goal_here", {}))
    from recovery_cli.journal.measures import definitions_by_name, fits

    names: set[str] = set()
    for index, measure in enumerate(tables["measures"], start=1):
        if measure.name in names:
            twice = ("name_twice", {"value": measure.name})
            raise _invalid(source, "measures", index, rec.to_dict(measure), goals, twice)
        names.add(measure.name)
    known = definitions_by_name(tables["measures"])
    for index, result in enumerate(tables["results"], start=1):
        definition = known.get(result.measure)
        if definition is None or not fits(definition, result):
            problem = "no_measure" if definition is None else "answers"
            raise _invalid(source, "results", index, rec.to_dict(result), goals, (problem, {}))


def _older_tables(data: dict, schema: int) -> dict:
    """Tables of a file written with an older schema, as this one keeps them
    (schema 1 kept check-ins in a table of their own): in the journal's layout,
    ``{table: {doc id: record}}``, through the same steps a journal takes."""
    from recovery_cli.storage.migrations import upgrade

    older = {META: {"1": {"schema": schema}}, **{k: v for k, v in data.items() if k != META}}
    upgraded, _ = upgrade(older, "")
    return {k: v for k, v in upgraded.items() if k != META}


def _schema(value: object, source: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise _foreign(source)
    if value > SCHEMA_VERSION:
        raise NotPossible("import.error.too_new", source=source)
    return value


def _meta(incoming: Incoming, meta: dict) -> None:
    language = meta.get("language")
    incoming.language = language if language in LANGUAGES else None
    created = meta.get("created")
    try:
        rec.read_stamp(created)  # type: ignore[arg-type]
        incoming.created = created if isinstance(created, str) else None
    except (TypeError, ValueError):
        incoming.created = None
    number = meta.get("next_goal_number")
    ok = isinstance(number, int) and not isinstance(number, bool) and number >= 1
    incoming.next_goal_number = number if ok and isinstance(number, int) else 1


def _from_export(data: dict, source: str) -> Incoming:
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _foreign(source)
    if version > FORMAT_VERSION:
        raise NotPossible("import.error.too_new", source=source)
    schema = _schema(data.get("schema"), source)
    if schema < SCHEMA_VERSION:
        lists = {table: data.get(table, []) for table in (*TABLES, "checkins")}
        if not all(isinstance(items, list) for items in lists.values()):
            raise _foreign(source)
        as_docs = {
            table: {str(n): doc for n, doc in enumerate(items, 1)} for table, items in lists.items()
        }
        if not all(isinstance(doc, dict) for docs in as_docs.values() for doc in docs.values()):
            raise _foreign(source)
        upgraded = _older_tables(as_docs, schema)
        data = {**data, **{table: list(upgraded.get(table, {}).values()) for table in TABLES}}
    incoming = Incoming(kind="export")
    lists = {table: data.get(table, []) for table in TABLES}
    if not all(isinstance(items, list) for items in lists.values()):
        raise _foreign(source)
    incoming.tables = _read_tables(source, lists)
    journal = data.get("journal")
    _meta(incoming, journal if isinstance(journal, dict) else {})
    includes = data.get("includes")
    if isinstance(includes, dict) and includes.get("notes") is False:
        incoming.notes_included = False
    return incoming


def _from_journal(data: dict, source: str) -> Incoming:
    meta = data[META].get("1")
    if not isinstance(meta, dict):
        raise _foreign(source)
    schema = _schema(meta.get("schema"), source)
    if schema < SCHEMA_VERSION:
        stored = {k: v for k, v in data.items() if k != META}
        if not all(
            isinstance(docs, dict) and all(isinstance(d, dict) for d in docs.values())
            for docs in stored.values()
        ):
            raise _foreign(source)
        data = {META: data[META], **_older_tables(stored, schema)}
    incoming = Incoming(kind="journal")
    tables = {table: data.get(table, {}) for table in TABLES}
    if not all(isinstance(stored, dict) for stored in tables.values()):
        raise _foreign(source)
    incoming.tables = _read_tables(source, {k: list(v.values()) for k, v in tables.items()})
    _meta(incoming, meta)
    return incoming


def read_incoming(data: object, source: str) -> Incoming:
    """A parsed export or journal file as checked records, or a refusal that
    names it as ``source`` ("The file …", "What came on standard input")."""
    if not isinstance(data, dict):
        raise _foreign(source)
    if data.get("format") == FORMAT:
        incoming = _from_export(data, source)
    elif isinstance(data.get(META), dict):
        incoming = _from_journal(data, source)
    else:
        raise _foreign(source)
    _check_links(source, incoming.tables)
    return incoming

"""Tidy CSV tables a spreadsheet opens correctly.

- UTF-8 with a byte-order mark: Excel only reads UTF-8 (æ, ø, å) correctly
  when the file starts with one, even when it came through a pipe
  (``> positions.csv``); LibreOffice, Numbers, Google Sheets and Python's
  ``utf-8-sig`` read it too.
- One header row of stable English field names (like the JSON keys), so a
  sheet or script works whatever the language; values are keys too
  (``on_the_way``, ``connectedness``).
- Dates as ISO ``YYYY-MM-DD`` in local time (a spreadsheet reads them as
  dates); the exact stored moment (UTC) stays in ``when``/``created``.
- The separator is ``,`` in English and ``;`` in Danish (``--delimiter``
  chooses): a spreadsheet program opened by double-click splits columns on
  the list separator of the computer's regional settings, and where the
  decimal mark is a comma (Danish) that is ``;``. Python's ``csv`` module,
  LibreOffice and Google Sheets read either when told or by sniffing.
- Text that begins with ``= + - @`` gets a leading apostrophe, so a
  spreadsheet shows it as text instead of trying to calculate it (the JSON
  export keeps every word exactly).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date

from recovery_cli.domain.chime import DOMAINS
from recovery_cli.domain.continuum import POSITIONS, band_of
from recovery_cli.domain.records import Goal
from recovery_cli.export.report import story
from recovery_cli.journal.selection import Shared

BOM = "\ufeff"
DELIMITERS = {
    ",": ",",
    "comma": ",",
    "komma": ",",
    ";": ";",
    "semicolon": ";",
    "semikolon": ";",
    "tab": "\t",
    "\t": "\t",
    "\\t": "\t",
    "tabulator": "\t",
}
TABLES = ("positions", "goals", "resources", "supports", "notes", "checkins", "results")
_FORMULA = ("=", "+", "-", "@", "\t", "\r")


def _text(value: str | None) -> str:
    if not value:
        return ""
    return "'" + value if value.startswith(_FORMULA) else value


def _day(shared: Shared, stamp: str) -> str:
    from datetime import datetime

    from recovery_cli.domain.when import local_day

    moment = datetime.fromisoformat(stamp)
    if shared.now is None:
        return moment.astimezone().date().isoformat()
    return local_day(moment, shared.now).isoformat()


def _days(shared: Shared) -> Callable[[str], str]:
    """:func:`_day` for the many stamps of one table: the same text, the local
    zone's offset found once per day when the export speaks in the system's
    zone (as it does but in tests), each day's text made once."""
    from recovery_cli.domain.when import in_system_zone

    if shared.now is not None and not in_system_zone(shared.now):
        return lambda stamp: _day(shared, stamp)
    from recovery_cli.views.format import LocalDays

    local = LocalDays()
    texts: dict[date, str] = {}

    def day(stamp: str) -> str:
        found = local.date(stamp)
        text = texts.get(found)
        if text is None:
            text = texts[found] = found.isoformat()
        return text

    return day


def _goal_cells(shared: Shared, goal_id: str | None) -> list:
    goal = shared.goals_by_id.get(goal_id) if goal_id else None
    return [goal.number, _text(goal.title)] if goal else ["", ""]


def _domains(goal: Goal) -> str:
    return ", ".join(goal.chime)


def _positions(shared: Shared):
    yield [
        "goal_number",
        "goal_title",
        "goal_domains",
        "date",
        "position",
        "band",
        "note",
        "helped",
        "by",
        "when",
        "goal_status",
        "id",
        "goal_id",
    ]
    day = _days(shared)
    bands = {value: band_of(value) for value in POSITIONS}
    for goal in shared.goals:
        number, title, domains, status = goal.number, _text(goal.title), _domains(goal), goal.status
        for p in shared.history(goal):
            value = p.value
            yield [
                number,
                title,
                domains,
                day(p.when),
                value,
                bands[value] if value in bands else band_of(value),
                _text(p.note),
                _text(p.helped),
                _text(p.by),
                p.when,
                status,
                p.id,
                goal.id,
            ]


def _goals(shared: Shared):
    yield [
        "number",
        "title",
        "domains",
        "status",
        "parent_number",
        "vision",
        "horizon",
        "change",
        "collaboration",
        "latest_position",
        "latest_band",
        "latest_date",
        "positions",
        "created",
        "updated",
        "id",
    ]
    for goal in shared.goals:
        told = story(shared, goal)
        latest = told.latest  # where the person is: not a supporter's view
        parent = shared.goals_by_id.get(goal.parent) if goal.parent else None
        yield [
            goal.number,
            _text(goal.title),
            _domains(goal),
            goal.status,
            parent.number if parent else "",
            _text(goal.vision),
            goal.horizon or "",
            _text(goal.change),
            _text(goal.collaboration),
            latest.value if latest else "",
            band_of(latest.value) if latest else "",
            _day(shared, latest.when) if latest else "",
            len(told.history),
            _day(shared, goal.created),
            _day(shared, goal.updated),
            goal.id,
        ]


def _resources(shared: Shared):
    yield ["text", "kind", "goal_number", "goal_title", "date", "created", "id"]
    for r in shared.resources:
        yield [
            _text(r.text),
            r.kind,
            *_goal_cells(shared, r.goal),
            _day(shared, r.created),
            r.created,
            r.id,
        ]


def _supports(shared: Shared):
    yield ["who", "kind", "how", "goal_number", "goal_title", "date", "created", "id"]
    for s in shared.supports:
        yield [
            _text(s.who),
            s.kind,
            _text(s.how),
            *_goal_cells(shared, s.goal),
            _day(shared, s.created),
            s.created,
            s.id,
        ]


def _notes(shared: Shared):
    yield ["date", "text", "goal_number", "goal_title", "prompt", "when", "id"]
    for n in shared.notes:
        yield [
            _day(shared, n.when),
            _text(n.text),
            *_goal_cells(shared, n.goal),
            n.prompt or "",
            n.when,
            n.id,
        ]


def _checkins(shared: Shared):
    yield ["date", *DOMAINS, "note", "when", "id"]
    for c in shared.checkins:
        yield [
            _day(shared, c.when),
            *(c.scores.get(key, "") for key in DOMAINS),
            _text(c.note),
            c.when,
            c.id,
        ]


def _results(shared: Shared):
    """Each time a measure was taken (check-ins have their own table): the answers
    as ``key=value`` pairs in item order, ``-`` for a skipped one."""
    yield [
        "measure",
        "date",
        "score",
        "answered",
        "items",
        "answers",
        "version",
        "note",
        "when",
        "id",
    ]
    for r in shared.results:
        if r.measure == "checkin":
            continue
        answers = "; ".join(
            f"{key}={'-' if value is None else value}" for key, value in r.answers.items()
        )
        yield [
            r.measure,
            _day(shared, r.when),
            "" if r.score is None else r.score,
            sum(1 for v in r.answers.values() if v is not None),
            len(r.answers),
            answers,
            r.version,
            _text(r.note),
            r.when,
            r.id,
        ]


_ROWS = {
    "positions": _positions,
    "goals": _goals,
    "resources": _resources,
    "supports": _supports,
    "notes": _notes,
    "checkins": _checkins,
    "results": _results,
}


def default_delimiter(language: str) -> str:
    """The separator a spreadsheet expects where people speak ``language``."""
    return ";" if language == "da" else ","


def write_csv(shared: Shared, table: str = "positions", *, delimiter: str = ",") -> bytes:
    """One table as CSV bytes (UTF-8 with BOM, CRLF line ends as RFC 4180 asks)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerows(_ROWS[table](shared))
    return (BOM + buffer.getvalue()).encode("utf-8")

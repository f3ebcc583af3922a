"""Calendar dates as people write them, in English and Danish.

Every form the tool shows is read back, and the forms people write by hand:

- the day first, in figures: ``14.3.2026``, ``14/03/2026``, ``14-3-2026``, and
  without a year ``14.3.``, ``14/3``;
- the year first with slashes: ``2026/3/14``;
- with the month's name or its abbreviation, in either language, with or
  without full stops: ``14 Mar 2026``, ``14 March``, ``14. mar. 2026``,
  ``14. marts``, ``Mar 14``, ``March 14th, 2026``;
- any of these followed by a time: ``14.3.2026 09:30``, ``14 Mar 2026, 21:00``,
  ``14. mar. 2026 kl. 21.00``.

ISO dates (``2026-03-14``) are read by :mod:`recovery_cli.domain.when`. This
module only says what was written; which year a date without one means (the
last such day, or the next) is decided by the caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from recovery_cli.domain.text import fold

# Month names and abbreviations, folded (``marts``, ``sept``); the Danish and the
# English spellings of a month never name two different months.
MONTHS: dict[str, int] = {}
for _month, _names in enumerate(
    (
        ("jan", "january", "januar"),
        ("feb", "february", "februar"),
        ("mar", "march", "marts"),
        ("apr", "april"),
        ("may", "maj"),
        ("jun", "june", "juni"),
        ("jul", "july", "juli"),
        ("aug", "august"),
        ("sep", "sept", "september"),
        ("oct", "october", "okt", "oktober"),
        ("nov", "november"),
        ("dec", "december"),
    ),
    start=1,
):
    for _name in _names:
        MONTHS[_name] = _month

# A time after a date: "09:30", "9.30", ", 21:00", "kl. 21.00", "at 21:00".
_TIME = r"(?:(?:,\s*|\s+)(?:(?:kl\.?|klokken|at)\s*)?|t)(\d{1,2})[:.](\d{2})"
_FORMS = (
    # 14.3.2026, 14/03/2026, 14-3-2026 (one separator throughout)
    ("dmy", re.compile(rf"^(\d{{1,2}})([./-])(\d{{1,2}})\2(\d{{4}})(?:{_TIME})?$")),
    # 14.3. and 14/3: the day first, no year
    ("dm", re.compile(r"^(\d{1,2})([./])(\d{1,2})\.?$")),
    # 2026/3/14
    ("ymd", re.compile(rf"^(\d{{4}})/(\d{{1,2}})/(\d{{1,2}})(?:{_TIME})?$")),
    # 14 Mar 2026, 14. mar. 2026, 14. marts, 14 March
    ("d name y", re.compile(rf"^(\d{{1,2}})\.?\s*([a-z]+)\.?(?:,?\s+(\d{{4}}))?(?:{_TIME})?$")),
    # Mar 14, March 14th, 2026
    (
        "name d y",
        re.compile(rf"^([a-z]+)\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?(?:{_TIME})?$"),
    ),
)


@dataclass(frozen=True)
class Written:
    """A date as written: its year may be missing, and a time may follow.

    Nothing is checked yet (``31.2.2026`` is written, not a day); the reader
    makes the day and says when it is not a real one.
    """

    day: int
    month: int
    year: int | None = None
    hour: int | None = None
    minute: int | None = None


def _number(value: str | None) -> int | None:
    return int(value) if value is not None else None


def read_written(text: str) -> Written | None:
    """The date ``text`` writes in one of the forms above; None for any other shape."""
    words = " ".join(fold(text.strip()).split())
    for form, pattern in _FORMS:
        found = pattern.match(words)
        if found is None:
            continue
        parts = found.groups()
        if form == "dmy":
            day, _, month, year, hour, minute = parts
            return Written(int(day), int(month), int(year), _number(hour), _number(minute))
        if form == "dm":
            day, _, month = parts
            return Written(int(day), int(month))
        if form == "ymd":
            year, month, day, hour, minute = parts
            return Written(int(day), int(month), int(year), _number(hour), _number(minute))
        if form == "d name y":
            day, name, year, hour, minute = parts
        else:
            name, day, year, hour, minute = parts
        if name in MONTHS:
            return Written(int(day), MONTHS[name], _number(year), _number(hour), _number(minute))
    return None

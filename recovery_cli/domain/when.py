"""Reading WHEN values and horizons, in English and Danish.

Accepted: ISO dates and times (``2026-03-14``, ``2026-03-14T09:30``,
``2026-03-14 09:30+01:00``), every date the tool shows and the forms people
write by hand (:mod:`recovery_cli.domain.dates`: ``14.3.2026``, ``14/3``,
``2026/3/14``, ``14 Mar 2026``, ``Mar 14``, ``14. marts``, perhaps with a time:
``14. mar. 2026 kl. 21.00``; a date without a year is the last such day),
``now``/``today``/``yesterday``, ``N days|weeks|months|years ago`` (months by
the calendar) or a span back (``3m``, ``1y``, ``2w``, ``6 mdr.``), weekday names (the
most recent one, today included; ``last monday`` is strictly before today), and
the Danish ``nu``, ``i dag``, ``i går``, ``i forgårs``, ``for N dage|uger|måneder
siden``, ``mandag``, ``i mandags``, ``sidste mandag``. A moment in the future is
refused, and so is one before 1900-01-01 (``0001-01-01`` or ``99999 days ago``
is a slip, not a memory).

Horizons, as people say them: ``6m``, ``6 mdr.``, ``in 3 months``, ``om et
halvt år``, ``next year``, ``om 5 år``, or a date after the goal's start.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from recovery_cli.domain.errors import InputError
from recovery_cli.domain.text import fold

if TYPE_CHECKING:  # dates (its patterns) loads only when a date is written by hand
    from recovery_cli.domain.dates import Written

WEEKDAYS = {
    **{
        name: i
        for i, name in enumerate(
            ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
        )
    },
    **{
        name: i
        for i, name in enumerate(
            ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lordag", "sondag")
        )
    },
    **{name: i for i, name in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))},
}
_NOW = {"now", "nu"}
_TODAY = {"today", "i dag", "idag"}
_YESTERDAY = {"yesterday", "i gar", "igar"}
_DAY_BEFORE = {"i forgars", "iforgars", "day before yesterday"}
_FUTURE = {"tomorrow", "i morgen", "imorgen", "i overmorgen", "day after tomorrow"}
# A span back from today: "3m", "1y", "2w", "10d", "3 months", "6 mdr.", "1 år",
# with or without "ago" / "siden" ("3 months ago", "for et år siden")
_SPAN = re.compile(
    r"^(?:for\s+)?(?:(\d{1,5})\s*|(a|an|one|en|et)\s+)"
    r"(d|days?|dage?|w|weeks?|uger?|m|mo|mdr|months?|maneder|maned|y|yr|years?|ar|aar)\.?"
    r"(?:\s+(?:ago|siden))?$"
)
_PAST_WEEKDAY = re.compile(r"^(?:last|sidste|forrige)\s+([a-z]+)$|^i\s+([a-z]+)s$")
# "6 mdr." and "1 yr." as people abbreviate them; "en måned", "a year"
_HORIZON = re.compile(
    r"^(?:(\d{1,2})\s*|(?:a|an|one|en|et)\s+)"
    r"(m|mo|md|mdr|mth|mths|month|months|maned|maneder|y|yr|yrs|year|years|ar|aar)\.?$"
)
_HORIZON_SAID = {  # whole phrases, folded, after "in"/"om"
    "half a year": "6m",
    "a half year": "6m",
    "half year": "6m",
    "et halvt ar": "6m",
    "halvt ar": "6m",
    "next year": "1y",
    "naeste ar": "1y",
    "a year and a half": "18m",
    "one and a half years": "18m",
    "halvandet ar": "18m",
}
_HORIZON_IN = re.compile(r"^(?:in|om)\s+")
NOON = time(12, 0)
EARLIEST = date(1900, 1, 1)


def _local(now: datetime, day: date, at: time = NOON) -> datetime:
    return _in_zone(datetime.combine(day, at), now)


def _in_zone(moment: datetime, now: datetime) -> datetime:
    """A local date and time made aware with the offset in force on that day.

    ``now`` from ``datetime.now().astimezone()`` carries only today's offset, so
    the system's own rules decide (summer time or not); a ``now`` in another
    zone (a test, a ``zoneinfo`` zone) keeps that zone.
    """
    if _system_zone(now):
        try:
            return moment.astimezone()  # a naive datetime: the system's rules for that day
        except (OverflowError, OSError, ValueError):  # out of the system's range (year 1)
            pass
    return moment.replace(tzinfo=now.tzinfo)


def _system_zone(now: datetime) -> bool:
    return now.utcoffset() == now.astimezone().utcoffset()


def in_system_zone(now: datetime) -> bool:
    """Whether ``now`` speaks in the system's zone (see :func:`local_day`)."""
    return _system_zone(now)


def local_day(moment: datetime, now: datetime) -> date:
    """The local calendar day of a stored moment, by the offset in force then
    (``now`` as in :func:`_in_zone`)."""
    return (moment.astimezone() if _system_zone(now) else moment.astimezone(now.tzinfo)).date()


def _on_day(day: date, now: datetime) -> datetime:
    """A date-only answer: now when it is today, else noon that day."""
    return now if day == now.date() else _local(now, day)


def _last(written: Written, today: date) -> date:
    """The day a date written without a year means: the last such day (today
    included); with a year, that day."""
    if written.year is not None:
        return date(written.year, written.month, written.day)
    for year in range(today.year, today.year - 9, -1):  # 29 Feb: the last leap year
        try:
            day = date(year, written.month, written.day)
        except ValueError:
            continue
        if day <= today:
            return day
    raise ValueError(written)


def _written(text: str, now: datetime) -> datetime | None:
    """A date in one of the forms people write (``23.11.2026``, ``23 Nov``,
    ``Nov 23``, ``23. nov. 2026 kl. 21.00``), perhaps with a time; None when the
    text is not of such a shape."""
    from recovery_cli.domain.dates import read_written

    written = read_written(text)
    if written is None:
        return None
    try:
        when = _last(written, now.date())
        if written.hour is None:
            return _on_day(when, now)
        return _local(now, when, time(written.hour, written.minute or 0))
    except ValueError:
        raise InputError("error.when.bad_date", value=text) from None


def _iso(text: str, now: datetime) -> datetime | None:
    try:
        if len(text) == 10:
            return _on_day(date.fromisoformat(text), now)
        moment = datetime.fromisoformat(text.replace(" ", "T", 1).replace("Z", "+00:00"))
    except ValueError:
        if re.match(r"^\d{4}-\d{1,2}-\d{1,2}", text):
            raise InputError("error.when.bad_date", value=text) from None
        return None
    if moment.tzinfo is None:
        moment = _in_zone(moment, now)
    return moment


def _words(text: str, now: datetime) -> datetime | None:
    today = now.date()
    words = " ".join(fold(text).split())
    if words in _NOW or words in _TODAY:
        return now
    if words in _YESTERDAY:
        return _local(now, today - timedelta(days=1))
    if words in _DAY_BEFORE:
        return _local(now, today - timedelta(days=2))
    if words in _FUTURE:
        raise InputError("error.when.future", value=text)
    span = span_back(words, now)
    if span is not None:
        return _on_day(span[0], now)
    if words in WEEKDAYS:
        back = (today.weekday() - WEEKDAYS[words]) % 7
        return _on_day(today - timedelta(days=back), now)
    past = _PAST_WEEKDAY.match(words)
    if past:
        name = past.group(1) or past.group(2)
        if name in WEEKDAYS:
            back = (today.weekday() - WEEKDAYS[name]) % 7 or 7
            return _local(now, today - timedelta(days=back))
    return None


def months_before(day: date, months: int) -> date:
    """The same day ``months`` calendar months earlier (the month's last day when
    it is shorter: 31 May less 3 months is 28 or 29 Feb)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    if year < 1:
        raise OverflowError(months)  # before the year 1: too early for any journal
    for last in (day.day, 30, 29, 28):
        try:
            return date(year, month + 1, last)
        except ValueError:
            continue
    raise AssertionError("unreachable")


def span_back(text: str, now: datetime) -> tuple[date, int | None] | None:
    """The day a span back from today names (``3m``, ``1y``, ``2w``, ``10d``,
    ``6 mdr.``, ``3 months ago``, ``for et år siden``) and the calendar months it
    covers (None for days and weeks); None when the text is not a span."""
    found = _SPAN.match(" ".join(fold(text).split()))
    if found is None:
        return None
    count = int(found.group(1)) if found.group(1) else 1  # "0 days ago" is today
    unit, today = found.group(3), now.date()
    if unit[0] in "dw" or unit.startswith("uge"):
        return today - timedelta(days=count * (1 if unit[0] == "d" else 7)), None
    months = count * (12 if unit[0] in "ya" else 1)
    return months_before(today, months), months


def parse_when(text: str, now: datetime, *, allow_future: bool = False) -> datetime:
    """A moment from a WHEN value, in ``now``'s time zone when none is given."""
    cleaned = text.strip()
    if not cleaned:
        raise InputError("error.when.unknown", value=text)
    try:
        moment = _written(cleaned, now)
        if moment is None and cleaned[:1].isdigit():
            moment = _iso(cleaned, now)
        if moment is None:
            moment = _words(cleaned, now)
        too_early = moment is not None and moment < datetime.combine(
            EARLIEST, time(0, 0), tzinfo=now.tzinfo
        )
    except OverflowError:  # "99999 months ago" reaches before the year 1
        too_early = True
    if too_early:
        raise InputError("error.when.too_early", value=text, earliest=EARLIEST)
    if moment is None:
        raise InputError("error.when.unknown", value=text)
    if not allow_future and moment > now + timedelta(minutes=1):
        raise InputError("error.when.future", value=text)
    return moment


def parse_day(text: str, now: datetime) -> date:
    """The calendar day a WHEN value names (for ranges such as ``--since``).

    Any time today counts as today; a later day is refused the same way whether
    it was written as a word (``tomorrow``) or a date (``2099-01-01``).
    """
    day = parse_when(text, now, allow_future=True).astimezone(now.tzinfo).date()
    if day > now.date():
        raise InputError("error.when.future", value=text)
    return day


def _horizon_day(text: str, start: date) -> date:
    """A horizon's date, without a time: ISO or any written form (``1.6.2027``,
    ``1 Jun 2027``); a date without a year is the next such day after ``start``."""
    from recovery_cli.domain.dates import read_written

    written = read_written(text)
    if written is None:
        return date.fromisoformat(text)
    if written.hour is not None:
        raise ValueError(text)
    if written.year is not None:
        return date(written.year, written.month, written.day)
    for year in range(start.year, start.year + 9):  # 29 Feb: the next leap year
        try:
            day = date(year, written.month, written.day)
        except ValueError:
            continue
        if day > start:
            return day
    raise ValueError(text)


def _relative_horizon(text: str) -> str | None:
    """``6m``, ``6 mdr.``, ``in 3 months``, ``om et halvt år``, ``next year``
    as the stored ``6m``/``1y``; None when the text says no span of time."""
    words = " ".join(fold(text.strip()).split())
    words = _HORIZON_IN.sub("", words)
    if words in _HORIZON_SAID:
        return _HORIZON_SAID[words]
    match = _HORIZON.match(words)
    if not match:
        return None
    amount = int(match.group(1)) if match.group(1) else 1
    if amount < 1:
        raise InputError("error.horizon.unknown", value=text)
    return f"{amount}{'y' if match.group(2)[0] in 'ya' else 'm'}"


def parse_horizon(text: str, now: datetime, start: datetime | None = None) -> str:
    """A horizon as stored: ``6m``/``1y``/``5y`` (said in any of the ways above)
    or an ISO date after the goal's ``start`` (today when the goal is new)."""
    relative = _relative_horizon(text)
    if relative is not None:
        return relative
    begun = local_day(start, now) if start is not None else now.date()
    try:
        day = _horizon_day(" ".join(text.split()), begun)
    except (ValueError, InputError):
        raise InputError("error.horizon.unknown", value=text) from None
    if day <= begun:
        if begun == now.date():
            raise InputError("error.horizon.past", value=text)
        raise InputError("error.horizon.before_start", value=text, start=begun)
    return day.isoformat()

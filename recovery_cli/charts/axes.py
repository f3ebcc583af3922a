"""Date ticks for a chart's time axis, in the person's language (the y axis is a
:class:`~recovery_cli.charts.panel.Scale`)."""

from __future__ import annotations

from datetime import date, timedelta

from recovery_cli.i18n import t

# Label widths a tick needs, including the gap to the next one.
_TICK_ROOM = 12
_DAY_STEPS = (1, 2, 3, 7, 14)
_MONTH_STEPS = (1, 2, 3, 4, 6)
_YEAR_STEPS = (1, 2, 5, 10, 20, 50)


def long_day(day: date) -> str:
    """``1 Mar 2026`` / ``1. mar. 2026``, as the rest of the tool writes dates."""
    return t("date.day", day=day.day, month=t(f"month.{day.month}"), year=day.year)


def _month_label(day: date) -> str:
    return t("chart.tick.month", month=t(f"month.{day.month}"), year=day.year)


def _day_label(day: date) -> str:
    return t("chart.tick.day", day=day.day, month=t(f"month.{day.month}"))


def _year_label(day: date) -> str:
    return str(day.year)


def _add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _day_ticks(start: date, end: date, step: int) -> list[date]:
    count = (end - start).days // step
    return [start + timedelta(days=step * i) for i in range(count + 1)]


def _month_ticks(start: date, end: date, step: int) -> list[date]:
    first = date(start.year, start.month, 1)
    if first < start:
        first = _add_months(first, 1)
    while (first.month - 1) % step:
        first = _add_months(first, 1)
    ticks = []
    while first <= end:
        ticks.append(first)
        first = _add_months(first, step)
    return ticks


def _year_ticks(start: date, end: date, step: int) -> list[date]:
    year = start.year if start == date(start.year, 1, 1) else start.year + 1
    year += -year % step
    return [date(y, 1, 1) for y in range(year, end.year + 1, step)]


def date_ticks(start: date, end: date, room: int) -> list[tuple[date, str]]:
    """Dates to mark on an x axis ``room`` columns wide, with their labels.

    Days (``14 Mar``) for short ranges, months (``Mar 2026``) for longer ones,
    years for the longest: the finest steps that still leave room to read.
    """
    if end <= start:
        return [(start, _day_label(start))]
    most = max(2, room // _TICK_ROOM)
    short = (end - start).days <= 93
    candidates = []
    if short:
        candidates += [(_day_ticks(start, end, step), _day_label) for step in _DAY_STEPS]
    candidates += [(_month_ticks(start, end, step), _month_label) for step in _MONTH_STEPS]
    candidates += [(_year_ticks(start, end, step), _year_label) for step in _YEAR_STEPS]
    for ticks, label in candidates:
        if 2 <= len(ticks) <= most:
            return [(d, label(d)) for d in ticks]
    label = _day_label if short else _month_label
    return [(start, label(start)), (end, label(end))]

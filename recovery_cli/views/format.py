"""Small pieces of display text shared by every view, all from the catalog."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from recovery_cli.domain.chime import DOMAINS
from recovery_cli.domain.continuum import HIGHEST, band_of
from recovery_cli.domain.records import read_stamp
from recovery_cli.i18n import get_language, t, tn

DOMAIN_STYLES = {
    "connectedness": "cyan",
    "hope": "yellow",
    "identity": "magenta",
    "meaning": "blue",
    "empowerment": "green",
}


def domain_name(key: str) -> str:
    return t(f"chime.{key}")


def domain_letter(key: str) -> str:
    return t(f"chime.{key}.letter")


def domains_text(keys: tuple[str, ...] | list[str]) -> str:
    return ", ".join(domain_name(k) for k in keys)


def band_label(position: int) -> str:
    return t(f"band.{band_of(position)}")


def status_label(status: str) -> str:
    return t(f"status.{status}")


def position_bar(position: int) -> str:
    """``■■■□□□□□`` - readable without colour."""
    return "■" * position + "□" * (HIGHEST - position)


def local(stamp: str) -> datetime:
    return read_stamp(stamp).astimezone()


class LocalDays:
    """``day_text(local(stamp).date())`` for many stored stamps, the same text for
    a fraction of the cost (a report lists every position). Make one per report.

    A stored stamp is UTC (``...+00:00``). Within one UTC day the local zone's
    offset is the same unless the clock changes that day, so the offset is
    found once per day, by the local time at the day's start and at its end; a
    day on which they differ, and any stamp not in UTC, is converted one by one
    as :func:`local` does. Each local day's text is made once.
    """

    def __init__(self) -> None:
        self._offsets: dict[str, timedelta | None] = {}
        self._texts: dict[date, str] = {}

    def text(self, stamp: str) -> str:
        day = self.date(stamp)
        found = self._texts.get(day)
        if found is None:
            found = self._texts[day] = day_text(day)
        return found

    def date(self, stamp: str) -> date:
        if not stamp.endswith("+00:00"):
            return local(stamp).date()
        utc_day = stamp[:10]
        offset = self._offsets.get(utc_day, _UNKNOWN)
        if offset is _UNKNOWN:
            offset = self._offsets[utc_day] = _day_offset(utc_day)
        if offset is None:  # the clock changes on this day
            return local(stamp).date()
        return (read_stamp(stamp) + offset).date()  # type: ignore[operator]


_UNKNOWN: object = object()


def _day_offset(utc_day: str) -> timedelta | None:
    """The local zone's offset through the UTC day ``utc_day`` (``2026-11-23``),
    or None when it changes within it."""
    try:
        start = datetime.fromisoformat(utc_day + "T00:00:00+00:00")
        first = start.astimezone().utcoffset()
        last = (start + timedelta(hours=23, minutes=59, seconds=59)).astimezone().utcoffset()
    except (ValueError, OverflowError):  # not a day after all: one by one
        return None
    return first if first == last else None


def day_text(day: date) -> str:
    """``23 Nov 2026`` / ``23. nov. 2026``."""
    return t("date.day", day=day.day, month=t(f"month.{day.month}"), year=day.year)


def when_text(stamp: str, now: datetime) -> str:
    """A stored moment for people: today, yesterday, N days ago, or the date."""
    day = local(stamp).date()
    days = (now.date() - day).days
    if days == 0:
        return t("date.today")
    if days == 1:
        return t("date.yesterday")
    if 1 < days < 7:
        return tn("date.days_ago", days)
    return day_text(day)


def clock_text(moment: datetime) -> str:
    """``21:00`` / ``21.00``: a time of day as the language writes it."""
    return t("date.clock", hour=moment.hour, minute=moment.minute)


def moment_text(stamp: str) -> str:
    """``23 Nov 2026, 21:00`` / ``23. nov. 2026 kl. 21.00``."""
    return local_moment_text(local(stamp))


def local_moment_text(moment: datetime) -> str:
    """A moment (any time zone) as the person's clock shows it: ``23 Nov 2026,
    21:00`` / ``23. nov. 2026 kl. 21.00``."""
    moment = moment.astimezone()
    return t("date.moment", day=day_text(moment.date()), time=clock_text(moment))


def horizon_target(horizon: str | None, start: str) -> date | None:
    """The day a horizon points at: ``6m`` counts from ``start`` (when the goal began)."""
    if not horizon:
        return None
    if horizon[-1] in "my" and horizon[:-1].isdigit():
        begun = local(start).date()
        months = int(horizon[:-1]) * (12 if horizon[-1] == "y" else 1)
        year, month = divmod(begun.month - 1 + months, 12)
        year, month = begun.year + year, month + 1
        for day in (begun.day, 30, 29, 28):  # 31 Jan + 1 month -> 28/29 Feb
            try:
                return date(year, month, day)
            except ValueError:
                continue
    try:
        return date.fromisoformat(horizon)
    except ValueError:
        return None


def horizon_text(horizon: str | None, start: str | None = None) -> str:
    """``in 6 months`` for a new goal; with the goal's start, the day it points at:
    ``around 23 May 2027 (6 months from the start)``; a date: ``around 1 Jun 2027``
    (a horizon, not a deadline)."""
    if not horizon:
        return ""
    relative = horizon[-1] in "my" and horizon[:-1].isdigit()
    if relative:
        unit = "months" if horizon[-1] == "m" else "years"
        if start is None:
            return tn(f"horizon.{unit}", int(horizon[:-1]))
        span = tn(f"horizon.span.{unit}", int(horizon[:-1]))
        target = horizon_target(horizon, start)
        return t("horizon.by", span=span, day=day_text(target)) if target else span
    target = horizon_target(horizon, start or "")
    return t("horizon.around", day=day_text(target)) if target else horizon


def movement_text(before: int | None, after: int) -> str:
    """A neutral description of a change: 'from 2 to 3', never 'worse'."""
    if before is None:
        return t("move.first", position=after)
    if before == after:
        return t("move.same", position=after)
    return t("move.from_to", before=before, after=after)


__all__ = ["DOMAINS", "DOMAIN_STYLES"]


def decimal(value: float, places: int = 1) -> str:
    """``5.3``, or ``5,3`` in Danish (its decimal comma)."""
    text = f"{value:.{places}f}"
    return text.replace(".", ",") if get_language() == "da" else text

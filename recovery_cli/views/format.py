"""Small pieces of display text shared by every view, all from the catalog."""

from __future__ import annotations

from datetime import date, datetime

from recovery_cli.domain.chime import DOMAINS
from recovery_cli.domain.continuum import HIGHEST, band_of
from recovery_cli.domain.records import read_stamp
from recovery_cli.i18n import t, tn

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


def moment_text(stamp: str) -> str:
    moment = local(stamp)
    return t("date.moment", day=day_text(moment.date()), time=moment.strftime("%H:%M"))


def horizon_text(horizon: str | None) -> str:
    if not horizon:
        return ""
    if horizon[-1] in "my" and horizon[:-1].isdigit():
        unit = "months" if horizon[-1] == "m" else "years"
        return tn(f"horizon.{unit}", int(horizon[:-1]))
    try:
        return day_text(date.fromisoformat(horizon))
    except ValueError:
        return horizon


def movement_text(before: int | None, after: int) -> str:
    """A neutral description of a change: 'from 2 to 3', never 'worse'."""
    if before is None:
        return t("move.first", position=after)
    if before == after:
        return t("move.same", position=after)
    return t("move.from_to", before=before, after=after)


__all__ = ["DOMAINS", "DOMAIN_STYLES"]

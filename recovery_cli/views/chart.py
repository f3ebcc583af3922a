"""What ``recovery chart`` shows: series with their legend labels, and the chart text.

A chart is a list of :class:`~recovery_cli.charts.series.Series`. Goals give
``#n title`` series; CHIME domains give one series per domain in the domain's
colour. Check-ins (one line per domain over time) come as ``(domain, points)``
pairs just like domain lines, so :func:`domain_series` draws them as they are.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from recovery_cli.charts.series import Point, Series, clip
from recovery_cli.i18n import t
from recovery_cli.views import format as fmt

if TYPE_CHECKING:
    from recovery_cli.domain.records import Goal

# CHIME colours in plotext's names (the same hues as the badges).
DOMAIN_COLOURS = {"connectedness": "cyan", "hope": "yellow", "identity": "magenta",
                  "meaning": "blue", "empowerment": "green"}


def goal_series(lines: Sequence[tuple[Goal, Sequence[Point]]]) -> list[Series]:
    """One series per goal, labelled ``#n title`` (the legend shortens it to fit)."""
    return [Series(f"#{goal.number} {goal.title}", tuple(points)) for goal, points in lines]


def domain_series(lines: Sequence[tuple[str, Sequence[Point]]]) -> list[Series]:
    """One series per CHIME domain, in the domain's own colour."""
    return [Series(fmt.domain_name(key), tuple(points), DOMAIN_COLOURS.get(key))
            for key, points in lines]


def chart_title(kind: str, start: datetime | None, end: datetime, given_end: bool) -> str:
    """The line above the chart, with the range when one was asked for."""
    title = t(f"chart.title.{kind}")
    if start is None and not given_end:
        return title
    since = fmt.day_text(start.date()) if start is not None else "…"
    return t("chart.title.range", title=title, since=since, until=fmt.day_text(end.date()))


def drawable(series: Sequence[Series], start: datetime | None, end: datetime) -> bool:
    """Whether any series has a position to draw between ``start`` and ``end``."""
    return any(clip(s.points, start, end) for s in series)


def nothing_to_draw(series: Sequence[Series], start: datetime | None, end: datetime,
                    checkins: bool = False) -> str:
    """The sentence shown instead of empty axes: nothing logged yet at all, or
    nothing in the range asked for (positions or check-ins, as charted)."""
    from recovery_cli.charts.axes import long_day
    from recovery_cli.charts.line import empty_sentence

    if not any(s.points for s in series):
        return t("chart.no_checkins" if checkins else "chart.empty")
    until = long_day(end.date())
    if start is None:  # only --until: everything logged came after it
        return t("chart.checkins_empty_until" if checkins else "chart.empty_until",
                 until=until)
    if checkins:
        return t("chart.checkins_empty_range", since=long_day(start.date()), until=until)
    return empty_sentence(start, end)


def render(series: Sequence[Series], *, width: int, colour: bool, start: datetime | None,
           end: datetime, title: str, checkins: bool = False) -> str:
    """The chart as text, or the sentence saying why there is nothing to draw.

    Check-in answers get their own y axis (1 "hardly at all" to 8 "very much"),
    not the continuum's bands."""
    from recovery_cli.charts.line import line_chart

    return line_chart(series, width=width, colour=colour, start=start, end=end, title=title,
                      scale="checkin" if checkins else "continuum")

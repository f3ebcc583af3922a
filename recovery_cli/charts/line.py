"""The line chart of positions over time (the only module importing plotext).

The y axis is fixed from 1 to 8 and names the bands; the x axis shows dates in
the person's language. Each series is a step line - a position holds until the
next log - with its own marker character, so the lines stay apart without
colour too, and a legend under the chart pairs each marker with its label.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta

from recovery_cli.charts import axes
from recovery_cli.charts.output import strip_ansi, trim_lines
from recovery_cli.charts.series import Series, clip, downsample, steps
from recovery_cli.domain.continuum import HIGHEST, LOWEST
from recovery_cli.domain.text import shorten
from recovery_cli.i18n import t

# No red: a step back is not an alarm.
PALETTE = ("cyan", "orange", "magenta", "green", "blue", "yellow", "gray",
           "cyan+", "magenta+", "green+")
MARKERS = ("•", "+", "x", "o", "*", "#", "=", "%", "@", "&")
TALL_HEIGHT = 18   # 15 rows inside the frame: a row for each position and one between
SHORT_HEIGHT = 11  # 8 rows inside the frame: one per position
MIN_WIDTH = 40
MAX_WIDTH = 200
MIN_SPAN = timedelta(days=7)
_LEGEND_GAP = "   "


def _days(moment: datetime, start: datetime) -> float:
    return (moment - start).total_seconds() / 86400


def _midnight(day: date, like: datetime) -> datetime:
    return datetime.combine(day, time(0), tzinfo=like.tzinfo)


def _legend(entries: list[tuple[str, str, str]], width: int, colour: bool) -> list[str]:
    """Legend entries packed into lines no wider than ``width``."""
    import plotext as plt

    lines: list[str] = []
    line, used = "", 0
    for marker, colour_name, label in entries:
        text = shorten(label, width - 2)
        size = len(text) + 2
        piece = (plt.colorize(marker, colour_name) if colour else marker) + " " + text
        if used and used + len(_LEGEND_GAP) + size > width:
            lines.append(line)
            line, used = "", 0
        if used:
            line += _LEGEND_GAP
            used += len(_LEGEND_GAP)
        line += piece
        used += size
    if line:
        lines.append(line)
    return lines


def empty_sentence(start: datetime | None, end: datetime) -> str:
    """What is said instead of drawing empty axes."""
    if start is None:
        return t("chart.empty")
    return t("chart.empty_range", since=axes.long_day(start.date()),
             until=axes.long_day(end.date()))


def line_chart(
    series: Sequence[Series],
    *,
    width: int,
    colour: bool,
    end: datetime,
    start: datetime | None = None,
    tall: bool = True,
    title: str | None = None,
    legend: bool = True,
) -> str:
    """The chart as text ``width`` columns wide, legend included.

    ``start`` None begins at the first point; each line holds its last position
    until ``end``. A range with nothing to draw gives one sentence instead.
    Colour off (``NO_COLOR``, a file, a pipe) leaves no escape codes at all.
    """
    width = max(MIN_WIDTH, min(MAX_WIDTH, width))
    clipped = [(s, clip(s.points, start, end)) for s in series]
    clipped = [(s, points) for s, points in clipped if points]
    if not clipped:
        return empty_sentence(start, end)

    import plotext as plt

    if start is None:  # from the first point, but show at least a week
        first = min(min(points[0][0] for _, points in clipped), end - MIN_SPAN)
    else:
        first = min(start, end - timedelta(hours=1))
    y_ticks = axes.y_ticks(tall)
    label_room = max(len(label) for _, label in y_ticks) + 2
    plot_room = width - label_room - 2
    x_ticks = axes.date_ticks(first.date(), end.date(), plot_room)

    plt.clf()
    plt.limitsize(False, False)
    plt.plotsize(width, TALL_HEIGHT if tall else SHORT_HEIGHT)
    plt.theme("clear")
    entries: list[tuple[str, str, str]] = []
    for index, (one, points) in enumerate(clipped):
        marker = MARKERS[index % len(MARKERS)]
        colour_name = one.colour or PALETTE[index % len(PALETTE)]
        points = downsample(points, first, end, plot_room)
        xs, ys = steps(points, end)
        plt.plot([_days(x, first) for x in xs], ys, marker=marker,
                 color=colour_name if colour else None)
        entries.append((marker, colour_name, one.label))
    span = _days(end, first)
    plt.xlim(0, span)
    plt.ylim(LOWEST, HIGHEST)
    plt.yticks([v for v, _ in y_ticks], [label for _, label in y_ticks])
    ticks = [(_days(_midnight(d, end), first), label) for d, label in x_ticks]
    ticks = [(x, label) for x, label in ticks if 0 <= x <= span] or [(span, x_ticks[-1][1])]
    plt.xticks([x for x, _ in ticks], [label for _, label in ticks])
    chart = plt.build()
    plt.clf()
    lines = [title] if title else []
    lines.append(chart if colour else strip_ansi(chart))
    if legend:
        lines.extend(_legend(entries, width, colour))
    return trim_lines("\n".join(lines))

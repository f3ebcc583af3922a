"""The line chart of positions over time (the only module importing plotext).

The y axis is fixed from 1 to 8 and names the bands (or, for check-ins, the
ends of the answer scale); the x axis shows dates in the person's language.
Each series is a step line - a position holds until the next log - with its own
marker character, so the lines stay apart without colour too, and a legend
under the chart pairs each marker with its label.

Positions are whole numbers, so lines often run together. Each line is drawn
cell by cell on plotext's character grid, and a cell that several lines pass
through shows their markers in turn (``•+•+``): no line hides another, and the
legend says so whenever it happens.
"""

from __future__ import annotations

import math
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


class _Grid:
    """Character cells of plotext's canvas (plotext 5.3 ``get_matrix_data``).

    ``cols`` x ``rows`` cells; x runs from 0 to ``span`` days, y over the 1-8 axis.
    Drawing each point at the centre of a cell puts it exactly in that cell.
    """

    def __init__(self, cols: int, rows: int, span: float) -> None:
        self.cols, self.rows, self.span = max(2, cols), max(2, rows), span or 1.0

    def col(self, x: float) -> int:
        return math.floor(round(0.5 + (self.cols - 1) * x / self.span, 8))

    def row(self, y: float) -> int:
        scaled = (self.rows - 1) * (y - LOWEST) / (HIGHEST - LOWEST)
        return math.floor(round(0.5 + scaled, 8))

    def x_of(self, col: int) -> float:
        return col * self.span / (self.cols - 1)

    def y_of(self, row: int) -> float:
        return LOWEST + row * (HIGHEST - LOWEST) / (self.rows - 1)


Cell = tuple[int, int]


def _cells(xs: Sequence[float], ys: Sequence[float], grid: _Grid) -> list[Cell]:
    """The cells a step line passes through (its corners joined by straight runs)."""
    corners = [(grid.col(x), grid.row(y)) for x, y in zip(xs, ys, strict=True)]
    cells: dict[Cell, None] = dict.fromkeys(corners[:1])
    for (c0, r0), (c1, r1) in zip(corners, corners[1:], strict=False):
        for col in range(min(c0, c1), max(c0, c1) + 1):
            for row in range(min(r0, r1), max(r0, r1) + 1):
                cells[(col, row)] = None
    return list(cells)


def _share(lines: Sequence[list[Cell]]) -> tuple[list[list[Cell]], tuple[int, ...]]:
    """Which cells each line draws, and the first two lines that run together
    somewhere (none when every line has its cells to itself).

    A cell on one line is that line's; a cell on several goes to them in turn
    along the row and the column, so each shows as alternating markers.
    """
    owners: dict[Cell, list[int]] = {}
    for index, cells in enumerate(lines):
        for cell in cells:
            owners.setdefault(cell, []).append(index)
    shown = [[cell for cell in cells
              if owners[cell][sum(cell) % len(owners[cell])] == index]
             for index, cells in enumerate(lines)]
    shared = min((tuple(many[:2]) for many in owners.values() if len(many) > 1), default=())
    return shown, shared


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


def _together(pair: str, width: int) -> list[str]:
    """The legend's note that lines run together, wrapped to ``width``."""
    import textwrap

    return textwrap.wrap(t("chart.together", markers=pair * 2), width,
                         break_long_words=False, break_on_hyphens=False)


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
    scale: str = "continuum",
) -> str:
    """The chart as text ``width`` columns wide, legend included.

    ``start`` None begins at the first point; each line holds its last position
    until ``end``. A range with nothing to draw gives one sentence instead.
    Colour off (``NO_COLOR``, a file, a pipe) leaves no escape codes at all.
    ``scale`` names the y axis: ``continuum`` (the bands) or ``checkin`` (the
    answers, from "hardly at all" to "very much").
    """
    width = max(MIN_WIDTH, min(MAX_WIDTH, width))
    clipped = [(s, clip(s.points, start, end)) for s in series]
    clipped = [(s, points) for s, points in clipped if points]
    if not clipped:
        return empty_sentence(start, end)

    import plotext as plt

    if start is None:  # from the first point, but show at least a week
        first = min(min(points[0][0] for _, points in clipped), end - MIN_SPAN)
        first = first.astimezone(end.tzinfo)  # date labels in the person's time
    else:
        first = min(start, end - timedelta(hours=1))
    y_ticks = axes.y_ticks(tall, scale)
    height = TALL_HEIGHT if tall else SHORT_HEIGHT
    span = _days(end, first)
    # plotext's canvas: the width less the y labels and the two frame lines,
    # the height less the two frame lines and the date labels.
    grid = _Grid(width - 2 - max(len(label) for _, label in y_ticks), height - 3, span)
    x_ticks = axes.date_ticks(first.date(), end.date(), grid.cols)

    plt.clf()
    plt.limitsize(False, False)
    plt.plotsize(width, height)
    plt.theme("clear")
    entries: list[tuple[str, str, str]] = []
    lines: list[list[Cell]] = []
    for index, (one, points) in enumerate(clipped):
        entries.append((MARKERS[index % len(MARKERS)], one.colour or PALETTE[index % len(PALETTE)],
                        one.label))
        xs, ys = steps(downsample(points, first, end, grid.cols), end)
        lines.append(_cells([_days(x, first) for x in xs], ys, grid))
    shown, shared = _share(lines)
    for cells, (marker, colour_name, _) in zip(shown, entries, strict=True):
        if cells:
            plt.scatter([grid.x_of(col) for col, _ in cells], [grid.y_of(row) for _, row in cells],
                        marker=marker, color=colour_name if colour else None)
    plt.xlim(0, span)
    plt.ylim(LOWEST, HIGHEST)
    plt.yticks([v for v, _ in y_ticks], [label for _, label in y_ticks])
    ticks = [(_days(_midnight(d, end), first), label) for d, label in x_ticks]
    ticks = [(x, label) for x, label in ticks if 0 <= x <= span] or [(span, x_ticks[-1][1])]
    plt.xticks([x for x, _ in ticks], [label for _, label in ticks])
    chart = plt.build()
    plt.clf()
    text = [title] if title else []
    text.append(chart if colour else strip_ansi(chart))
    if legend:
        text.extend(_legend(entries, width, colour))
        if shared:
            text.extend(_together(entries[shared[0]][0] + entries[shared[1]][0], width))
    return trim_lines("\n".join(text))

"""The line chart of positions over time (the only module importing plotext).

The y axis is fixed from 1 to 8 and names the bands (or, for check-ins, the
ends of the answer scale); the x axis shows dates in the person's language.
Each series is a step line - a position holds until the next log - with its own
marker character, so the lines stay apart without colour too, and a legend
under the chart pairs each marker with its label.

plotext lays out the date axis and the margin for the y labels (see
:func:`_frame`); the lines are then painted cell by cell onto the canvas, at
the cells plotext's own grid would use. Positions are whole numbers, so lines
often run together: a cell that several lines pass through shows their markers
in turn (``•+•+``), no line is left without a cell, and the legend says so
whenever it happens.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from itertools import groupby
from operator import itemgetter

from recovery_cli.charts import axes
from recovery_cli.charts.output import strip_ansi, trim_lines
from recovery_cli.charts.series import Point, Series, as_datetime, clip, downsample
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
    ``col`` and ``row`` put a point in the cell plotext would put it in, so the
    lines meet the dates plotext writes under the frame.
    """

    def __init__(self, cols: int, rows: int, span: float) -> None:
        self.cols, self.rows, self.span = max(2, cols), max(2, rows), span or 1.0

    def col(self, x: float) -> int:
        return math.floor(round(0.5 + (self.cols - 1) * x / self.span, 8))

    def row(self, y: float) -> int:
        scaled = (self.rows - 1) * (y - LOWEST) / (HIGHEST - LOWEST)
        return math.floor(round(0.5 + scaled, 8))



def _cells(points: Sequence[Point], first: datetime, end: datetime, grid: _Grid) -> set[int]:
    """The cells a step line passes through, numbered ``col * grid.rows + row``:
    each position held in its row until the next one begins (the last until
    ``end``), and an up or down run in the column where the next one begins.

    Numbered cells let each run be one ``range`` (across: a step of a whole
    column), added to the set without a Python loop."""
    rows = grid.rows
    cols = [grid.col(_days(as_datetime(moment), first)) for moment, _ in points]
    cols.append(grid.col(_days(end, first)))
    levels = [grid.row(value) for _, value in points]
    cells: set[int] = set()
    for index, row in enumerate(levels):
        here, then = cols[index], cols[index + 1]
        cells.update(range(here * rows + row, then * rows + row + 1, rows))
        if index + 1 < len(levels):
            other = levels[index + 1]
            cells.update(range(then * rows + min(row, other), then * rows + max(row, other) + 1))
    return cells


def _share(lines: Sequence[set[int]], rows: int) -> tuple[dict[int, int], tuple[int, ...]]:
    """Which line draws each cell, and the first two lines that run together
    somewhere (none when every line has its cells to itself).

    A cell on one line is that line's; a cell on several goes to them in turn
    along the row and the column, so each shows as alternating markers.
    """
    owners: dict[int, list[int]] = {}
    for index, cells in enumerate(lines):
        for cell in cells:
            owners.setdefault(cell, []).append(index)
    drawn = {cell: many[0] if len(many) == 1 else many[sum(divmod(cell, rows)) % len(many)]
             for cell, many in owners.items()}
    shared = min((tuple(many[:2]) for many in owners.values() if len(many) > 1), default=())
    if shared:
        _everyone_shows(drawn, lines, rows)
    return drawn, shared


def _everyone_shows(drawn: dict[int, int], lines: Sequence[set[int]], rows: int) -> None:
    """Give every line at least one cell of its own in ``drawn``.

    Taking turns can leave a line no cell at all: two goals logged only today
    at the same place share a single cell. Such a line takes its latest cell
    from a line that shows elsewhere too; when there is none, its marker goes
    in the nearest free cell to the left on the same row (a column earlier).
    """
    shown = Counter(drawn.values())
    for index, cells in enumerate(lines):
        if not cells or shown[index]:
            continue
        for cell in sorted(cells, reverse=True):  # the latest first
            if shown[drawn[cell]] > 1:
                shown[drawn[cell]] -= 1
                drawn[cell] = index
                shown[index] += 1
                break
        else:
            cell = max(cells)
            free = next((left for left in range(cell - rows, -1, -rows) if left not in drawn),
                        None)
            if free is not None:
                drawn[free] = index
                shown[index] += 1


def _frame(width: int, height: int, span: float, y_ticks: Sequence[tuple[float, str]],
           x_ticks: Sequence[tuple[float, str]]) -> _Canvas:
    """The chart without its lines: the frame, the y labels and the dates.

    plotext lays out the date axis: the bottom of the frame, its ticks and the
    dates under them, and the margin the y labels need. Its cost grows with the
    area it draws, so it draws a plot only a row high; the rows above, each with
    its y label where plotext would put it, are the same box drawn here.
    """
    import plotext as plt

    plt.clf()
    plt.limitsize(False, False)
    plt.plotsize(width, 4)
    plt.theme("clear")
    plt.scatter([0], [LOWEST], marker=" ")  # plotext draws axes only around some data
    plt.xlim(0, span)
    plt.ylim(LOWEST, HIGHEST)
    plt.yticks([v for v, _ in y_ticks], [label for _, label in y_ticks])
    plt.xticks([x for x, _ in x_ticks], [label for _, label in x_ticks])
    axis = strip_ansi(plt.build()).split("\n")
    bottom = next(i for i, line in enumerate(axis) if "└" in line)
    left, right = axis[bottom].index("└"), axis[bottom].index("┘")
    inside = right - left - 1
    grid = _Grid(inside, height - 3, span)
    labels = {grid.row(value): label for value, label in y_ticks}
    rows = [f"{labels[row]:>{left}}┤" if row in labels else " " * left + "│"
            for row in range(grid.rows - 1, -1, -1)]
    frame = ([" " * left + "┌" + "─" * inside + "┐"] + [row + " " * inside + "│" for row in rows]
             + axis[bottom:])
    return _Canvas(frame, left, grid)


class _Canvas:
    """The frame's text lines (the top border first), the column of its left
    border and the grid inside it: the lines are painted onto it cell by cell."""

    def __init__(self, frame: list[str], left: int, grid: _Grid) -> None:
        self.frame, self.left, self.grid = frame, left, grid
        self.top, self.bottom = 0, grid.rows + 1

    def paint(self, drawn: dict[int, int], markers: Sequence[str],
              colours: Sequence[str] | None = None) -> list[str]:
        """The frame's lines with ``markers[index]`` in each cell (numbered as
        :func:`_cells` does) line ``index`` draws, coloured ``colours[index]``
        when colours are given."""
        rows, left = self.grid.rows, self.left + 1
        canvas = [list(line) for line in self.frame[self.top + 1:self.bottom]]
        tints: list[list[str | None]] = [[None] * len(line) for line in canvas]
        for cell, index in drawn.items():
            col, row = divmod(cell, rows)
            if 0 <= col < self.grid.cols:
                canvas[rows - 1 - row][left + col] = markers[index]
                if colours:
                    tints[rows - 1 - row][left + col] = colours[index]
        painted = ["".join(_runs(cells, tint)) for cells, tint in zip(canvas, tints, strict=True)]
        return self.frame[:self.top + 1] + painted + self.frame[self.bottom:]


def _runs(cells: list[str], tints: list[str | None]):
    """A row's characters, each run of one colour wrapped in that colour once."""
    for tint, run in groupby(zip(cells, tints, strict=True), key=itemgetter(1)):
        text = "".join(cell for cell, _ in run)
        yield _glyph(text, tint, True) if tint else text


def _glyph(text: str, colour_name: str, colour: bool) -> str:
    """A line's marker (or a run of them), in its colour when colour is wanted."""
    if not colour:
        return text
    import plotext as plt

    return plt.colorize(text, colour_name)


def _legend(entries: list[tuple[str, str, str]], width: int, colour: bool) -> list[str]:
    """Legend entries packed into lines no wider than ``width``."""
    lines: list[str] = []
    line, used = "", 0
    for marker, colour_name, label in entries:
        text = shorten(label, width - 2)
        size = len(text) + 2
        piece = _glyph(marker, colour_name, colour) + " " + text
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

    if start is None:  # from the first point, but show at least a week
        first = min(min(as_datetime(points[0][0]) for _, points in clipped), end - MIN_SPAN)
        first = first.astimezone(end.tzinfo)  # date labels in the person's time
    else:
        first = min(start, end - timedelta(hours=1))
    y_ticks = axes.y_ticks(tall, scale)
    height = TALL_HEIGHT if tall else SHORT_HEIGHT
    span = _days(end, first)
    # plotext's canvas: the width less the y labels and the two frame lines
    # (the dates are picked for this room; the frame then says exactly).
    room = width - 2 - max(len(label) for _, label in y_ticks)
    x_ticks = axes.date_ticks(first.date(), end.date(), room)
    ticks = [(_days(_midnight(d, end), first), label) for d, label in x_ticks]
    ticks = [(x, label) for x, label in ticks if 0 <= x <= span] or [(span, x_ticks[-1][1])]
    canvas = _frame(width, height, span, y_ticks, ticks)
    grid = canvas.grid

    entries: list[tuple[str, str, str]] = []
    lines: list[set[int]] = []
    for index, (one, points) in enumerate(clipped):
        entries.append((MARKERS[index % len(MARKERS)], one.colour or PALETTE[index % len(PALETTE)],
                        one.label))
        lines.append(_cells(downsample(points, first, end, grid.cols), first, end, grid))
    drawn, shared = _share(lines, grid.rows)
    chart = "\n".join(canvas.paint(drawn, [marker for marker, _, _ in entries],
                                    [name for _, name, _ in entries] if colour else None))
    text = [title] if title else []
    text.append(chart)
    if legend:
        text.extend(_legend(entries, width, colour))
        if shared:
            text.extend(_together(entries[shared[0]][0] + entries[shared[1]][0], width))
    return trim_lines("\n".join(text))

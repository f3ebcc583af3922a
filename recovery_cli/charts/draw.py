"""Panels drawn by plotext (the only module that imports it).

plotext 6 draws every part of a chart through its public figure API: one
subplot per panel (``figure.subplots``), each with its step line as a signal
(``signal(...).lines()``, the points given at each change so the line holds a
value until the next), the date axis (``date('x').activate()``, the ticks
labelled in the person's language), the y ticks with the band names, and the
colours (a marker with its own pixel per series; ``string(colorless=True)``
without colour). Nothing is drawn on its canvas afterwards.

A compact panel is five rows high and draws with plotext's ``hd`` marker (two
dots per character cell up and down), so each of the eight positions still
has a height of its own, and its rows follow the bands (1 | 2-3 | 4-5 | 6-7 |
8): no row holds two bands, so a line is always beside its band's name. A
tall panel has a row for each position and draws with the series' own marker
character. Only the bottom panel of a stack has the time axis under it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from recovery_cli.charts.palette import Colour
from recovery_cli.charts.panel import Panel, Scale
from recovery_cli.charts.series import Point, as_datetime, clip, downsample

COMPACT = 5  # rows: with hd markers, a half row per position, the bands' borders between rows
TALL = 8  # rows: one per position
HD = "hd"


def _steps(
    points: Sequence[Point], end: datetime, room: timedelta | None = None
) -> tuple[list[datetime], list[float]]:
    """A step line's corners: each value from its moment until the next one's
    (the last until ``end``), joined by plotext's lines.

    ``room`` is how long the last value holds at least on the canvas (one
    character's worth of time): a step logged in the last moments (from 3 to 2
    today) would otherwise be drawn in the very last column, where its
    vertical hides the value it ends at. So the last step is drawn that much
    before ``end``, and what was held only in between (a 3 held for a minute)
    falls out, as values held for less than a column always do."""
    moments = [as_datetime(moment) for moment, _ in points]
    values = [value for _, value in points]
    if room is not None and len(moments) > 1 and moments[-1] > end - room:
        latest = max(end - room, moments[0])
        while len(moments) > 1 and moments[-2] >= latest:
            del moments[-2], values[-2]
        moments[-1] = max(latest, moments[-2]) if len(moments) > 1 else latest
    xs: list[datetime] = []
    ys: list[float] = []
    moments.append(end)
    for index, value in enumerate(values):
        xs += [moments[index], moments[index + 1]]
        ys += [value, value]
    return xs, ys


def _room(first: datetime, end: datetime, width: int, pad: int) -> timedelta:
    """One character column's worth of time on a canvas from ``first`` to ``end``."""
    return (end - first) / canvas_width(width, pad)


def _marker(plt, symbol: str, colour: Colour | None):
    pixel = plt.pixel(foreground=colour.code) if colour is not None else plt.pixel()
    return plt.marker(symbol, pixel)


def _figure(width: int, height: int, count: int, frame):
    """plotext's figure, cleared, ``width`` x ``height``, with ``count`` subplots
    one above the other. ``frame(plot)`` sets up the master before the subplots
    are made, so each subplot starts as a copy of it (plotext clones the master's
    rulers, axes and labels into every new subplot). plotext shares the height
    out evenly and gives what is left over to the bottom one (its dates' row)."""
    import plotext as plt

    plt.terminal.limit(False, False)  # the size asked for, whatever the terminal is
    figure = plt.figure
    figure.clear()
    frame(figure)
    if count > 1:
        figure.subplots(count, 1)
    figure.theme("colorless")  # the frame and labels in the terminal's own colours, in
    figure.plot_size(width, height)  # every subplot (a theme reaches those there already)
    plots = [figure.subplot(row, 1) for row in range(1, count + 1)] if count > 1 else [figure]
    return plt, figure, plots


def _axes(plot, scale: Scale, rows: int, pad: int, first: datetime, end: datetime) -> None:
    """The y axis (the scale's labels, right-aligned to ``pad``) and the time
    axis, without date labels (only the bottom panel of a stack has them)."""
    plot.axes(False, axis="x", side="upper")
    plot.axes(False, axis="y", side="right")
    plot.date("x").activate()
    plot.ruler("x").lim(first, end)
    plot.ruler("x").ticks([])
    ruler = plot.ruler("y")
    if rows < scale.steps:  # hd: each value gets its own half row from edge to edge
        ruler.lim(*_half_rows(scale, rows))
        ruler.alignment(lim="edge")
    else:
        ruler.lim(scale.lowest, scale.highest)
    ticks = scale.ticks(rows)
    ruler.ticks([value for value, _ in ticks], [label.rjust(pad) for _, label in ticks])


def _half_rows(scale: Scale, rows: int) -> tuple[int, int]:
    """The y limits of a panel drawn with hd markers (two values a row).

    Where the scale names bands, a value is added below the lowest when that
    makes every band begin at the bottom of a row (the continuum's rows are 1 |
    2-3 | 4-5 | 6-7 | 8, not 1-2 | 3-4 | 5-6 | 7-8, where 3 would sit beside "on
    the way" and 5 beside "close"). A scale with as many values as half rows
    fills them; a longer one (a measure's score) is spread over them."""
    low = scale.lowest
    starts = [start for _, start, _ in scale.spans if start != low]
    if starts and all((start - low) % 2 for start in starts):
        low -= 1
    if scale.spans:
        return low, low + 2 * rows - 1
    return scale.lowest, scale.highest


def _dates(plot, x_ticks: Sequence[tuple[datetime, str]]) -> None:
    """The date labels under a plot, in the person's language."""
    plot.ruler("x").ticks([day for day, _ in x_ticks], [label for _, label in x_ticks])


def _buckets(width: int, pad: int, rows: int) -> int:
    """How many values a panel's line can show apart: one per two columns (a
    value held for less does not read as a step of its own), twice as many
    with hd markers (two dots across each character cell)."""
    return canvas_width(width, pad) // 2 * (2 if rows < TALL else 1)


def label_width(scales: Sequence[Scale], rows: int) -> int:
    """The widest y label of these scales at ``rows`` high (every panel of a
    stack gets this width, so their canvases line up under each other)."""
    return max(len(label) for scale in scales for _, label in scale.ticks(rows))


def canvas_width(width: int, pad: int) -> int:
    """Character columns inside the frame of a chart ``width`` wide."""
    return max(2, width - pad - 1)


def stack(
    panels: Sequence[Panel],
    *,
    width: int,
    rows: int,
    first: datetime,
    end: datetime,
    x_ticks: Sequence[tuple[datetime, str]],
    colour: bool,
) -> list[list[str]]:
    """Each panel's chart lines (its y axis, line, and bottom frame; the last
    panel's also the dates), drawn by plotext as one figure of subplots.

    ``first``..``end`` is the time axis every panel shares. Titles and sentences
    are not plotext's: the caller puts them around each panel's lines.
    """
    pad = label_width([panel.scale for panel in panels], rows)
    heights = [rows] * len(panels)
    heights[-1] += 2  # the time axis and the dates under the bottom panel
    scales = {id(panel.scale): panel.scale for panel in panels}
    shared = panels[0].scale if len(scales) == 1 else None

    def frame(plot) -> None:  # the axes every panel has, set up once
        _axes(plot, shared or panels[0].scale, rows, pad, first, end)

    plt, figure, plots = _figure(width, sum(heights), len(panels), frame)
    buckets = _buckets(width, pad, rows)
    for index, (plot, panel) in enumerate(zip(plots, panels, strict=True)):
        if shared is None:  # panels on scales of their own (a measure beside a goal)
            _axes(plot, panel.scale, rows, pad, first, end)
        if index == len(panels) - 1:
            _dates(plot, x_ticks)
        elif len(panels) > 1:  # the time axis once, under the bottom panel
            plot.axes(False, axis="x", side="lower")
        if len(panels) > 1:
            plot.plot_size(width, heights[index])
        points = downsample(clip(panel.points, first, end), first, end, buckets)
        if points:
            xs, ys = _steps(points, end, _room(first, end, width, pad))
            symbol = HD if rows < panel.scale.steps else panel.marker
            plot.draw(plot.signal(xs, ys, marker=_marker(plt, symbol, panel.colour)).lines())
    lines = figure.build().string(colorless=not colour).split("\n")
    blocks, top = [], 0
    for height in heights:
        blocks.append(lines[top : top + height])
        top += height
    return blocks


def together(
    panels: Sequence[Panel],
    *,
    width: int,
    first: datetime,
    end: datetime,
    x_ticks: Sequence[tuple[datetime, str]],
    colour: bool,
) -> list[str]:
    """Several series in one chart (``--together``): a row for each value, each
    series with its own marker and colour; a later series is drawn over an
    earlier one where they run together."""
    scale = panels[0].scale
    rows = max(TALL, scale.steps)
    pad = label_width([scale], rows)
    plt, figure, (plot,) = _figure(
        width, rows + 2, 1, lambda plot: _axes(plot, scale, rows, pad, first, end)
    )
    _dates(plot, x_ticks)
    buckets = _buckets(width, pad, rows)
    for panel in panels:
        points = downsample(clip(panel.points, first, end), first, end, buckets)
        if points:
            xs, ys = _steps(points, end, _room(first, end, width, pad))
            plot.draw(plot.signal(xs, ys, marker=_marker(plt, panel.marker, panel.colour)).lines())
    return figure.build().string(colorless=not colour).split("\n")[: rows + 2]

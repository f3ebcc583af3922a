"""Small multiples: panels stacked on one time axis, each with its title above
and its sentence below, fitted to the terminal.

Every panel of a chart shares the time axis and the y labels' width, so the
eye runs down one date column; the dates are written once, under the bottom
panel. A panel is tall (a row per position) when every panel fits the
terminal's height that way, else compact (five rows, no row shared by two
bands), so that at 80x24 three goals show whole. Below :data:`MIN_WIDTH`
columns no chart can be read: the panels are said in words instead.
``describe`` gives only the words.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Sequence
from datetime import datetime, time, timedelta

from recovery_cli.charts import axes
from recovery_cli.charts.output import trim_lines
from recovery_cli.charts.palette import Colour
from recovery_cli.charts.panel import Panel
from recovery_cli.charts.series import as_datetime, clip
from recovery_cli.domain.text import shorten
from recovery_cli.i18n import t

MIN_WIDTH = 40
MAX_WIDTH = 200
MIN_SPAN = timedelta(days=7)
SENTENCE_ROOM = 36  # narrower under the chart: a sentence starts at the left edge
_LEGEND_GAP = "   "


def paint(text: str, colour: Colour | None = None, *, bold: bool = False) -> str:
    """Our own text (a title, a legend's marker) in a palette colour, as plotext
    writes its colours (xterm-256)."""
    codes = (["1"] if bold else []) + ([f"38;5;{colour.code}"] if colour else [])
    return f"\x1b[{';'.join(codes)}m{text}\x1b[0m" if codes else text


def wrap(text: str, width: int, indent: str = "") -> list[str]:
    return textwrap.wrap(
        text,
        width,
        initial_indent=indent,
        subsequent_indent=indent,
        break_long_words=False,
        break_on_hyphens=False,
    ) or [""]


def title_lines(title: str, width: int) -> list[str]:
    """A chart's title in lines no wider than ``width``: broken after a comma
    where it can be, so a date range (``6 Sep 2026 – 6 Dec 2026``) stays whole."""
    if len(title) <= width:
        return [title]
    lines: list[str] = []
    line = ""
    for phrase in re.split(r"(?<=,) ", title):
        joined = f"{line} {phrase}" if line else phrase
        if len(joined) <= width:
            line = joined
            continue
        if line:
            lines.append(line)
        *full, line = wrap(phrase, width)
        lines += full
    return [*lines, line] if line else lines


def time_axis(panels: Sequence[Panel], start: datetime | None, end: datetime) -> datetime | None:
    """Where the shared time axis begins: ``start``, else the first point of any
    panel (at least a week before ``end``); None when no panel has a point."""
    firsts = [
        as_datetime(points[0][0])
        for points in (clip(panel.points, start, end) for panel in panels)
        if points
    ]
    if not firsts:
        return None
    if start is not None:
        return min(start, end - timedelta(hours=1))
    return min(min(firsts), end - MIN_SPAN).astimezone(end.tzinfo)


def x_ticks(first: datetime, end: datetime, room: int) -> list[tuple[datetime, str]]:
    """Dates to label on the axis, as moments (local midnights) within it."""
    ticks = [
        (datetime.combine(day, time(0), tzinfo=end.tzinfo), label)
        for day, label in axes.date_ticks(first.date(), end.date(), room)
    ]
    return [(moment, label) for moment, label in ticks if first <= moment <= end] or [
        (end, axes.long_day(end.date()))
    ]


def rows_for(count: int, lines: int | None, header: int = 1) -> int:
    """Tall panels when ``count`` of them fit in ``lines`` (None: no limit,
    such as a file or a pipe), else compact ones."""
    from recovery_cli.charts.draw import COMPACT, TALL

    if lines is None:
        return TALL
    tall = header + count * (1 + TALL + 1) + 2  # titles, rows, sentences; the time axis
    return TALL if tall <= lines else COMPACT


def describe(panels: Sequence[Panel], width: int) -> str:
    """Each panel's title and sentence: the chart in words."""
    lines: list[str] = []
    for panel in panels:
        lines += wrap(panel.title, width) + wrap(panel.sentence, width, "  ")
    return "\n".join(lines)


def _narrow(panels: Sequence[Panel], width: int) -> str:
    return (
        "\n".join(wrap(t("chart.narrow", columns=MIN_WIDTH), width))
        + "\n"
        + describe(panels, width)
    )


def render(
    panels: Sequence[Panel],
    *,
    width: int,
    lines: int | None,
    colour: bool,
    start: datetime | None,
    end: datetime,
    title: str | None = None,
    titles: bool = True,
) -> str:
    """The panels as text ``width`` columns wide (see the module's docstring).

    ``start`` None begins at the first point; each line holds its last value
    until ``end``. The caller has made sure some panel has a point to draw.
    ``titles`` False leaves out each panel's title (a page that has it already).
    """
    if width < MIN_WIDTH:
        return _narrow(panels, width)
    from recovery_cli.charts import draw

    width = min(width, MAX_WIDTH)
    first = time_axis(panels, start, end)
    assert first is not None, "nothing to draw"
    head = title_lines(title, width) if title else []  # two lines on a narrow terminal
    rows = rows_for(len(panels), lines, header=len(head))
    pad = draw.label_width([panel.scale for panel in panels], rows)
    ticks = x_ticks(first, end, draw.canvas_width(width, pad))
    blocks = draw.stack(
        panels, width=width, rows=rows, first=first, end=end, x_ticks=ticks, colour=colour
    )
    # each sentence starts under its chart, so it reads as that panel's, not the next one's
    indent = " " * (pad + 1) if width - pad - 1 >= SENTENCE_ROOM else ""
    out: list[str] = []
    for panel, block in zip(panels, blocks, strict=True):
        if titles:
            heading = shorten(panel.title, width)
            out.append(paint(heading, panel.colour, bold=True) if colour else heading)
        out += block
        out += wrap(panel.sentence, width, indent)
    if head and (not lines or len(out) + len(head) <= lines):  # it gives way to a panel's rows
        out[:0] = head
    return trim_lines("\n".join(out))


def _legend(panels: Sequence[Panel], width: int, colour: bool) -> list[str]:
    """Each series' marker and title, packed into lines no wider than ``width``."""
    lines: list[str] = []
    line, used = "", 0
    for panel in panels:
        text = shorten(panel.title, width - 2)
        size = len(text) + 2
        if used and used + len(_LEGEND_GAP) + size > width:
            lines.append(line)
            line, used = "", 0
        if used:
            line += _LEGEND_GAP
            used += len(_LEGEND_GAP)
        line += (paint(panel.marker, panel.colour) if colour else panel.marker) + " " + text
        used += size
    if line:
        lines.append(line)
    return lines


def render_together(
    panels: Sequence[Panel],
    *,
    width: int,
    colour: bool,
    start: datetime | None,
    end: datetime,
    title: str | None = None,
) -> str:
    """The series in one chart (``--together``), with a legend under it."""
    if width < MIN_WIDTH:
        return _narrow(panels, width)
    from recovery_cli.charts import draw

    width = min(width, MAX_WIDTH)
    first = time_axis(panels, start, end)
    assert first is not None, "nothing to draw"
    pad = draw.label_width([panels[0].scale], draw.TALL)
    ticks = x_ticks(first, end, draw.canvas_width(width, pad))
    chart = draw.together(panels, width=width, first=first, end=end, x_ticks=ticks, colour=colour)
    out = (title_lines(title, width) if title else []) + chart + _legend(panels, width, colour)
    if len(panels) > 1:
        out += wrap(t("chart.together.over"), width)
    return trim_lines("\n".join(out))

"""Panels as SVG: the report's charts and ``recovery chart --save`` (.svg, .html).

The same :class:`~recovery_cli.charts.panel.Panel` the terminal draws, as a
vector drawing: one panel under the other on one time axis, each with its
title, the bands of the continuum as soft shaded areas named where each band
begins, the step line in the series' palette colour, a dot with its date and
value at each log, and a ``<title>`` (the panel's title and sentence) for
screen readers. Self-contained (no scripts, fonts or links), readable in grey
when printed; no colour says "worse": a step back is just a lower line.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape

from recovery_cli.charts.panel import Panel, Scale
from recovery_cli.charts.series import Point, as_datetime, clip, downsample

WIDTH = 640
LEFT, RIGHT = 96, 16  # room for the y labels; a little air on the right
HEADING = 22  # the panel's title
ROW = 14  # one value of the scale
MOST_ROWS = 10  # a scale of more values (a measure's score) shares this height out
DATES = 22  # the date labels under a panel
GAP = 14  # between panels
LEGEND = 18  # a row of the legend under lines drawn together
BAND_FILL = ("#eef1f5", "#f4f1e8", "#e9f3ec")
GRID = "#d5d9de"
TEXT = "#57606a"
DASHES = ("", "6 3", "2 3", "8 3 2 3", "1 2")  # lines drawn together differ in grey too
CHAR = 7  # about the width of a character of the 12px labels
MOST_DOTS = 60  # a longer line reads better without a dot at every log
FONT = 'font-family="system-ui, sans-serif" font-size="12"'


def _row(scale: Scale) -> float:
    """The height of one value: a row each, or a share of ``MOST_ROWS`` rows."""
    return ROW * min(scale.steps, MOST_ROWS) / scale.steps


def _plot_height(scale: Scale) -> int:
    return round(_row(scale) * scale.steps)


def panel_height(scale: Scale, heading: bool = True) -> int:
    return (HEADING if heading else 0) + _plot_height(scale) + DATES


class _Frame:
    """Where a panel's values and moments go, ``top`` pixels down the drawing."""

    def __init__(self, top: float, scale: Scale, first: datetime, end: datetime) -> None:
        self.top, self.scale, self.first, self.end = top, scale, first, end
        self.span = max((end - first).total_seconds(), 1.0)

    def x(self, moment: datetime) -> float:
        share = (moment - self.first).total_seconds() / self.span
        return LEFT + (WIDTH - LEFT - RIGHT) * min(max(share, 0.0), 1.0)

    def y(self, value: float) -> float:
        """The middle of the value's row."""
        return self.top + _row(self.scale) * (self.scale.highest - value + 0.5)

    @property
    def bottom(self) -> float:
        return self.top + _plot_height(self.scale)


def _axis(frame: _Frame, x_ticks: Sequence[tuple[datetime, str]]) -> list[str]:
    """Band shading, a faint line and a label per value, the date ticks."""
    scale, parts = frame.scale, []
    for index, (name, low, high) in enumerate(scale.spans):
        half = _row(scale) / 2
        top, bottom = frame.y(high) - half, frame.y(low) + half
        parts.append(
            f'<rect x="{LEFT}" y="{top:.1f}" width="{WIDTH - LEFT - RIGHT}" '
            f'height="{bottom - top:.1f}" fill="{BAND_FILL[index % len(BAND_FILL)]}">'
            f"<title>{escape(name)}</title></rect>"
        )
    for value, label in scale.ticks(min(scale.steps, MOST_ROWS)):
        y = frame.y(value)
        parts.append(
            f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" '
            f'stroke="{GRID}" stroke-width="0.5"/>'
        )
        parts.append(
            f'<text x="{LEFT - 6}" y="{y + 4:.1f}" text-anchor="end" '
            f'class="axis">{escape(label)}</text>'
        )
    parts.append(
        f'<line x1="{LEFT}" y1="{frame.bottom:.1f}" x2="{WIDTH - RIGHT}" '
        f'y2="{frame.bottom:.1f}" stroke="{TEXT}" stroke-width="1"/>'
    )
    right: float = -GAP
    for moment, label in x_ticks:
        x = frame.x(moment)
        parts.append(
            f'<line x1="{x:.1f}" y1="{frame.bottom:.1f}" x2="{x:.1f}" '
            f'y2="{frame.bottom + 4:.1f}" stroke="{TEXT}"/>'
        )
        half = len(label) * CHAR / 2
        middle = min(max(x, LEFT + half), WIDTH - half)  # within the drawing
        if middle - half < right + GAP:
            continue  # too close to the label before it: the tick alone says it
        right = middle + half
        parts.append(
            f'<text x="{middle:.1f}" y="{frame.bottom + 16:.1f}" '
            f'text-anchor="middle" class="axis">{escape(label)}</text>'
        )
    return parts


def _line(frame: _Frame, points: Sequence[Point], panel: Panel, index: int, tip) -> list[str]:
    """The step line: each value held until the next (the last until the end)."""
    moments = [as_datetime(moment) for moment, _ in points]
    xs = [frame.x(moment) for moment in moments] + [frame.x(frame.end)]
    path = [f"M{xs[0]:.1f},{frame.y(points[0][1]):.1f}"]
    for i, (_, value) in enumerate(points):
        if i:
            path.append(f"V{frame.y(value):.1f}")
        path.append(f"H{xs[i + 1]:.1f}")
    dash = DASHES[index % len(DASHES)]
    parts = [
        f'<path d="{" ".join(path)}" fill="none" stroke="{panel.colour.hex}" '
        f'stroke-width="2" stroke-linejoin="round"'
        + (f' stroke-dasharray="{dash}"' if dash else "")
        + "/>"
    ]
    if len(points) <= MOST_DOTS:
        for moment, (_, value), x in zip(moments, points, xs, strict=False):
            parts.append(
                f'<circle cx="{x:.1f}" cy="{frame.y(value):.1f}" r="3" '
                f'fill="{panel.colour.hex}"><title>'
                f"{escape(tip(moment, value, panel.scale.decimals))}"
                "</title></circle>"
            )
    return parts


def _panel(
    top: float,
    group: Sequence[Panel],
    first: datetime,
    end: datetime,
    x_ticks: Sequence[tuple[datetime, str]],
    tip,
    ident: str,
    heading: bool,
) -> str:
    """One panel (several series when drawn together), titled for screen readers;
    ``heading`` writes its title above it too."""
    head = group[0]
    heading = heading and len(group) == 1
    frame = _Frame(top + (HEADING if heading else 0), head.scale, first, end)
    title = " ".join(p.said for p in group)
    parts = [
        f'<g class="panel" role="img" aria-labelledby="{ident}">',
        f'<title id="{ident}">{escape(title)}</title>',
    ]
    if heading:
        parts.append(f'<text x="0" y="{top + 15:.1f}" class="heading">{escape(head.title)}</text>')
    parts += _axis(frame, x_ticks)
    buckets = int(WIDTH - LEFT - RIGHT)
    for index, panel in enumerate(group):
        points = downsample(clip(panel.points, first, end), first, end, buckets)
        if points:
            parts += _line(frame, points, panel, index, tip)
    if len(group) > 1:
        parts += _legend(frame.bottom + DATES, group)
    parts.append("</g>")
    return "".join(parts)


def _legend(top: float, group: Sequence[Panel]) -> list[str]:
    """Under lines drawn together: each one's colour and dash, and its title."""
    parts = []
    for index, panel in enumerate(group):
        y = top + LEGEND * index + LEGEND / 2
        dash = DASHES[index % len(DASHES)]
        parts.append(
            f'<line x1="{LEFT}" y1="{y:.1f}" x2="{LEFT + 28}" y2="{y:.1f}" '
            f'stroke="{panel.colour.hex}" stroke-width="2"'
            + (f' stroke-dasharray="{dash}"' if dash else "")
            + "/>"
        )
        parts.append(
            f'<text x="{LEFT + 36}" y="{y + 4:.1f}" class="axis">{escape(panel.title)}</text>'
        )
    return parts


def group_height(group: Sequence[Panel], heading: bool = True) -> int:
    """A panel's height, with a legend row per line when several are drawn together."""
    return panel_height(group[0].scale, heading and len(group) == 1) + (
        LEGEND * len(group) if len(group) > 1 else 0
    )


def svg(
    groups: Sequence[Sequence[Panel]],
    *,
    first: datetime,
    end: datetime,
    x_ticks: Sequence[tuple[datetime, str]],
    tip,
    label: str,
    ids: str = "panel",
    headings: bool = True,
    standalone: bool = False,
) -> str:
    """The panels one under the other (a group of several is drawn together in
    one panel). ``tip(moment, value, decimals)`` is a dot's tooltip; ``label`` names the
    whole drawing; ``ids`` starts each panel's id (unique within a page);
    ``headings`` False leaves the titles to the page around it.
    ``standalone`` makes a file of its own (the styles inline)."""
    heights = [group_height(group, headings) for group in groups]
    total = sum(heights) + GAP * (len(groups) - 1)
    style = (
        f"<style>.axis{{font:12px system-ui,sans-serif;fill:{TEXT}}}"
        ".heading{font:600 14px system-ui,sans-serif;fill:#1f2328}</style>"
        if standalone
        else ""
    )
    size = f'width="{WIDTH}" height="{total}" ' if standalone else ""
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" {size}viewBox="0 0 {WIDTH} {total}" '
        f'role="group" aria-label="{escape(label)}" class="chart">{style}',
        f"<title>{escape(label)}</title>",
        f'<g {FONT} fill="{TEXT}">',
    ]
    top = 0.0
    for number, (group, height) in enumerate(zip(groups, heights, strict=True), 1):
        parts.append(_panel(top, group, first, end, x_ticks, tip, f"{ids}-{number}", headings))
        top += height + GAP
    parts.append("</g></svg>")
    return "".join(parts)

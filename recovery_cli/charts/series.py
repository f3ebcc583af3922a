"""What a chart draws: named series of (moment, position) points.

A position holds until the next one is logged, so a series is a step
function: :func:`steps` turns its points into the corners of the steps, held
until the end of the range. Goals, CHIME domains (mean position of their goals)
and check-ins (one series per domain) all arrive as :class:`Series`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

Point = tuple[datetime, float]


@dataclass(frozen=True)
class Series:
    """One line of a chart: a legend label and its points, oldest first.

    ``colour`` picks a fixed colour (CHIME domains keep theirs); None takes the
    next one from the chart's palette.
    """

    label: str
    points: tuple[Point, ...]
    colour: str | None = None


def clip(points: Sequence[Point], start: datetime | None, end: datetime) -> list[Point]:
    """The points that matter between ``start`` and ``end``.

    The position held at ``start`` (the last one logged before it) starts the
    clipped series at ``start``; points after ``end`` are dropped.
    """
    kept: list[Point] = []
    held: Point | None = None
    for moment, value in points:
        if moment > end:
            break
        if start is not None and moment < start:
            held = (start, value)
            continue
        kept.append((moment, value))
    if held is not None and (not kept or kept[0][0] > start):
        kept.insert(0, held)
    return kept


def changes_only(points: Sequence[Point]) -> list[Point]:
    """Drop points that repeat the position before them (the step is the same)."""
    kept: list[Point] = []
    for point in points:
        if not kept or point[1] != kept[-1][1]:
            kept.append(point)
    return kept


def downsample(points: Sequence[Point], start: datetime, end: datetime,
               buckets: int) -> list[Point]:
    """At most about ``buckets`` points: the position held at the end of each slice.

    A chart has one column per slice of time, so more points than columns only
    overdraw. Within a slice the last position logged wins (it is the one held
    when the slice ends); the first point is always kept so the line starts
    where it started.
    """
    points = changes_only(points)
    if len(points) <= buckets or buckets < 2:
        return points
    span = (end - start).total_seconds() or 1.0
    last_in: dict[int, Point] = {}
    for point in points:
        index = min(buckets - 1, max(0, int((point[0] - start).total_seconds() / span * buckets)))
        last_in[index] = point
    kept = [points[0]] + [last_in[i] for i in sorted(last_in)]
    return changes_only(kept)


def steps(points: Sequence[Point], end: datetime) -> tuple[list[datetime], list[float]]:
    """Corners of the step line: each position held until the next, the last until ``end``."""
    xs: list[datetime] = []
    ys: list[float] = []
    for index, (moment, value) in enumerate(points):
        if index:
            xs.append(moment)
            ys.append(points[index - 1][1])
        xs.append(moment)
        ys.append(value)
    if points and points[-1][0] < end:
        xs.append(end)
        ys.append(points[-1][1])
    return xs, ys

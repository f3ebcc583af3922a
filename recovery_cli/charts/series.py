"""What a chart draws: named series of (moment, position) points.

A position holds until the next one is logged, so a series is a step
function: :func:`steps` turns its points into the corners of the steps, held
until the end of the range. Goals, CHIME domains (mean position of their goals)
and check-ins (one series per domain) all arrive as :class:`Series`.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

Point = tuple[datetime, float]


def _moment(point: Point) -> datetime:
    return point[0]


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
    clipped series at ``start``; points after ``end`` are dropped. Points are
    oldest first, so both ends are found by bisection, not by a walk.
    """
    stop = bisect_right(points, end, key=_moment)
    if start is None:
        return list(points[:stop])
    first = bisect_left(points, start, key=_moment)
    kept = list(points[first:stop])
    if first > 0 and (not kept or kept[0][0] > start):
        kept.insert(0, (start, points[first - 1][1]))
    return kept


def changes_only(points: Sequence[Point]) -> list[Point]:
    """Drop points that repeat the position before them (the step is the same)."""
    if not points:
        return []
    return [points[0], *(point for before, point in zip(points, points[1:], strict=False)
                         if point[1] != before[1])]


def downsample(points: Sequence[Point], start: datetime, end: datetime,
               buckets: int) -> list[Point]:
    """At most about ``buckets`` points: the position held at the end of each slice.

    A chart has one column per slice of time, so more points than columns only
    overdraw. Within a slice the last position logged wins (it is the one held
    when the slice ends); the first point is always kept so the line starts
    where it started. Each slice's last point is found by bisection.
    """
    points = changes_only(points)
    if len(points) <= buckets or buckets < 2:
        return points
    moments = [moment for moment, _ in points]
    step = (end - start) / buckets
    kept = [points[0]]
    last = 0
    for index in range(1, buckets + 1):
        # the last slice ends at ``end`` itself: step * buckets can fall a few
        # microseconds short of it, and a point logged at ``end`` would be lost
        edge = end if index == buckets else start + step * index
        found = bisect_right(moments, edge, lo=last) - 1
        if found >= last and found > 0:
            kept.append(points[found])
            last = found + 1
    return changes_only(kept)

"""What a chart draws: named series of (moment, position) points.

A position holds until the next one is logged, so a series is a step
function. Goals, CHIME domains (mean position of their goals) and check-ins
(one series per domain) all arrive as :class:`Series`.

A moment is an aware datetime, or a stamp as the journal stores it (UTC ISO
8601 text, which sorts as time does). Series straight from the journal keep
their stamps: a chart of ten years finds what it draws by comparing text and
reads only the few hundred moments it draws, not every one logged.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import datetime
from functools import lru_cache
from operator import itemgetter

from recovery_cli.domain.records import stamp

Moment = datetime | str
Point = tuple[Moment, float]

_moment = itemgetter(0)


class Series:
    """One line of a chart: a legend label and its points, oldest first.

    ``colour`` picks a fixed colour (CHIME domains keep theirs); None takes the
    next one from the chart's palette.
    """

    __slots__ = ("label", "points", "colour")

    def __init__(self, label: str, points: Sequence[Point], colour: str | None = None) -> None:
        self.label, self.points, self.colour = label, points, colour

    def __repr__(self) -> str:
        return f"Series({self.label!r}, {len(self.points)} points, colour={self.colour!r})"


def as_datetime(moment: Moment) -> datetime:
    """A moment as an aware datetime (a stored stamp is read)."""
    if isinstance(moment, str):
        return datetime.fromisoformat(moment)
    return moment


def _like(points: Sequence[Point], moment: datetime) -> Moment:
    """``moment`` in the form the points' moments take, so the two compare."""
    return stamp(moment) if points and points[0][0].__class__ is str else moment


def clip(points: Sequence[Point], start: datetime | None, end: datetime) -> list[Point]:
    """The points that matter between ``start`` and ``end``.

    The position held at ``start`` (the last one logged before it) starts the
    clipped series at ``start``; points after ``end`` are dropped. Points are
    oldest first, so both ends are found by bisection, not by a walk.
    """
    stop = bisect_right(points, _like(points, end), key=_moment)
    if start is None:
        return list(points[:stop])
    begin = _like(points, start)
    first = bisect_left(points, begin, key=_moment)
    kept = list(points[first:stop])
    if first > 0 and (not kept or kept[0][0] > begin):  # type: ignore[operator]  # one form
        kept.insert(0, (begin, points[first - 1][1]))
    return kept


def changes_only(points: Sequence[Point]) -> list[Point]:
    """Drop points that repeat the position before them (the step is the same)."""
    if not points:
        return []
    return [
        points[0],
        *(
            point
            for before, point in zip(points, points[1:], strict=False)
            if point[1] != before[1]
        ),
    ]


@lru_cache(maxsize=8)
def _edges(start: datetime, end: datetime, buckets: int, as_text: bool) -> tuple[Moment, ...]:
    """Where each of ``buckets`` equal slices of time ends (the same for every
    series of a chart, so worked out once)."""
    step = (end - start) / buckets
    # the last slice ends at ``end`` itself: step * buckets can fall a few
    # microseconds short of it, and a point logged at ``end`` would be lost
    edges = [start + step * index for index in range(1, buckets)] + [end]
    return tuple(map(stamp, edges)) if as_text else tuple(edges)


def downsample(
    points: Sequence[Point], start: datetime, end: datetime, buckets: int
) -> list[Point]:
    """At most about ``buckets`` points: the position held at the end of each slice.

    A chart has one column per slice of time, so more points than columns only
    overdraw. Within a slice the last position logged wins (it is the one held
    when the slice ends); the first point is always kept so the line starts
    where it started. Each slice's last point is found by bisection.
    """
    points = changes_only(points)
    if len(points) <= buckets or buckets < 2:
        return points
    moments = list(map(_moment, points))
    kept = [points[0]]
    last = 0
    for edge in _edges(start, end, buckets, moments[0].__class__ is str):
        found = bisect_right(moments, edge, lo=last) - 1
        if found >= last and found > 0:
            kept.append(points[found])
            last = found + 1
    return changes_only(kept)

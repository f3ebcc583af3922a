"""What ``recovery chart`` shows: one panel per goal, CHIME domain or check-in
question, each with the sentence that says its movement in words.

Goals' panels come from their stories (the person's own positions); CHIME
domains give the mean position of their goals; check-ins give one panel per
question. Each is a :class:`~recovery_cli.charts.panel.Panel`, so the terminal
(:mod:`recovery_cli.charts.stack`) and the SVG (:mod:`recovery_cli.export.svgchart`)
draw the same ones.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from recovery_cli.charts import panel as pn
from recovery_cli.charts.palette import DOMAIN_COLOURS, colour, marker
from recovery_cli.charts.series import Point, clip
from recovery_cli.i18n import t
from recovery_cli.views import format as fmt
from recovery_cli.views.story import sentence, story_sentence

if TYPE_CHECKING:
    from recovery_cli.charts.panel import Panel
    from recovery_cli.journal.story import Story


def goal_panels(
    stories: Sequence[Story],
    now: datetime,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
) -> list[Panel]:
    """A panel per goal with a position of the person's own, titled ``#n title``."""
    items = [
        (f"#{s.goal.number} {s.goal.title}", s.marks, story_sentence(s, now, start=start, end=end))
        for s in stories
        if s.marks
    ]
    return pn.panels(items, pn.continuum())


def domain_panels(
    lines: Sequence[tuple[str, Sequence[Point]]],
    now: datetime,
    *,
    checkins: bool = False,
    start: datetime | None = None,
    end: datetime | None = None,
) -> list[Panel]:
    """A panel per CHIME domain, in the domain's own colour: the mean position of
    its goals, or (``checkins``) the answers to its check-in question."""
    items, colours = [], []
    for key, points in lines:
        title = fmt.domain_name(key)
        if checkins:
            title = t(
                "chart.panel.question", domain=title, question=t(f"talk.checkin.question.{key}")
            )
        items.append((title, points, sentence(points, now, start=start, end=end)))
        colours.append(DOMAIN_COLOURS.get(key))
    return pn.panels(items, pn.answers() if checkins else pn.continuum(), colours)


def measure_panels(
    journal,
    names: Sequence[str],
    now: datetime,
    *,
    offset: int = 0,
    start: datetime | None = None,
    end: datetime | None = None,
) -> list[Panel]:
    """A panel per measure the person names: its score over time on the
    measure's own range, in the palette's colours after ``offset`` series."""
    if not names:
        return []
    from recovery_cli.domain.errors import NotPossible
    from recovery_cli.journal.measures import score_series
    from recovery_cli.views.measures import title_of

    made = []
    for index, name in enumerate(names, start=offset):
        definition, points = score_series(journal, name)
        found = definition.score_range()
        if found is None:
            raise NotPossible("error.chart.measure_unscored", title=title_of(definition))
        decimals = definition.scoring.shown_decimals  # as its results show a score
        made.append(
            pn.Panel(
                title_of(definition),
                points,
                sentence(points, now, start=start, end=end, decimals=decimals),
                pn.measure(*found, decimals=decimals),
                colour(index),
                marker(index),
            )
        )
    return made


def chart_title(kind: str, start: datetime | None, end: datetime, given_end: bool) -> str:
    """The line above the chart, with the range when one was asked for."""
    title = t(f"chart.title.{kind}")
    if start is None and not given_end:
        return title
    since = fmt.day_text(start.date()) if start is not None else "…"
    return t("chart.title.range", title=title, since=since, until=fmt.day_text(end.date()))


def drawable(panels: Sequence[Panel], start: datetime | None, end: datetime) -> bool:
    """Whether any panel has a point to draw between ``start`` and ``end``."""
    return any(clip(p.points, start, end) for p in panels)


def empty_sentence(start: datetime | None, end: datetime) -> str:
    """What is said instead of drawing empty axes."""
    from recovery_cli.charts.axes import long_day

    if start is None:
        return t("chart.empty")
    return t("chart.empty_range", since=long_day(start.date()), until=long_day(end.date()))


def nothing_to_draw(
    panels: Sequence[Panel], start: datetime | None, end: datetime, checkins: bool = False
) -> str:
    """The sentence shown instead of empty axes: nothing logged yet at all, or
    nothing in the range asked for (positions or check-ins, as charted)."""
    from recovery_cli.charts.axes import long_day

    if not any(p.points for p in panels):
        return t("chart.no_checkins" if checkins else "chart.empty")
    until = long_day(end.date())
    if start is None:  # only --until: everything logged came after it
        return t("chart.checkins_empty_until" if checkins else "chart.empty_until", until=until)
    if checkins:
        return t("chart.checkins_empty_range", since=long_day(start.date()), until=until)
    return empty_sentence(start, end)


def in_range(panels: Sequence[Panel], start: datetime | None, end: datetime) -> list[Panel]:
    """The panels with something to draw in the range (a goal first logged after
    ``--until`` gets no empty panel)."""
    return [p for p in panels if clip(p.points, start, end)]


def goals_chart(
    journal, *, width: int, colour: bool, lines: int | None = 0, title: str | None = None
) -> str:
    """The active goals' panels as text ``width`` columns wide (compact panels
    unless ``lines`` leaves room for tall ones): for a screen that shows the
    chart inside something else, such as the demo's tour or a course page."""
    from recovery_cli.charts.stack import render
    from recovery_cli.journal.story import stories

    goals = [goal for goal in journal.goals if goal.status == "active"]
    panels = in_range(goal_panels(stories(journal, goals), journal.now), None, journal.now)
    if not panels:
        return t("chart.empty")
    return render(
        panels, width=width, lines=lines, colour=colour, start=None, end=journal.now, title=title
    )

"""What a shareable report says, in the current language; Markdown and HTML lay it out.

The order follows the conversation: what the report includes, an overview,
then each goal with its vision, horizon, what needs to change, resources,
supports, positions over time and a chart. Steps forward and back are
described neutrally ("from 5 to 4").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING

from recovery_cli.domain.chime import DOMAINS
from recovery_cli.domain.continuum import HIGHEST, LOWEST
from recovery_cli.domain.records import Goal
from recovery_cli.domain.reflections import CHECKIN
from recovery_cli.i18n import t, tn
from recovery_cli.journal.core import Mark
from recovery_cli.journal.selection import Shared
from recovery_cli.journal.story import Story
from recovery_cli.views import format as fmt

if TYPE_CHECKING:
    from recovery_cli.charts.panel import Panel


@dataclass(frozen=True)
class HistoryRow:
    day: str
    value: int
    band: str
    note: str
    helped: str
    by: str


@dataclass(frozen=True)
class OverviewRow:
    number: int
    title: str
    domains: str
    status: str
    where: str
    movement: str


def day(stamp: str) -> str:
    return fmt.day_text(fmt.local(stamp).date())


def title() -> str:
    return t("export.report.title")


def made_line(shared: Shared, version: str) -> str:
    today = shared.now.date() if shared.now else date.today()
    return t("export.report.made", date=fmt.day_text(today), version=version)


def period_line(shared: Shared) -> str:
    since = fmt.day_text(shared.since) if shared.since else None
    until = fmt.day_text(shared.until) if shared.until else None
    if since and until:
        return t("export.includes.between", since=since, until=until)
    if since:
        return t("export.includes.since", since=since)
    if until:
        return t("export.includes.until", until=until)
    return t("export.includes.all_dates")


def includes_lines(shared: Shared) -> list[str]:
    """What the person chose to share, listed at the top of the report."""
    if shared.all_goals:
        goals = tn("export.includes.all_goals", len(shared.goals))
    else:
        names = ", ".join(f"#{g.number} {g.title}" for g in shared.goals)
        goals = t("export.includes.goals", goals=names)
    lines = [goals, period_line(shared)]
    lines.append(t("export.includes.notes") if shared.with_notes else t("export.includes.no_notes"))
    checkins = shared.all_goals or CHECKIN in shared.reported  # shown with chosen goals if named
    if not shared.all_goals:
        lines.append(
            t(
                "export.includes.linked_only_but_checkins"
                if checkins
                else "export.includes.linked_only"
            )
        )
    if checkins:
        count = len(shared.checkins)
        lines.append(
            tn("export.includes.checkins", count) if count else t("export.includes.no_checkins")
        )
    return lines + measure_lines(shared)


def measure_lines(shared: Shared) -> list[str]:
    """The measures the report shows, each with its number of results, or that
    their results are left out (when the journal has some in the period)."""
    from recovery_cli.export.measures import reported_titles

    lines = [
        tn("export.includes.measure", count, title=title)
        for title, count in reported_titles(shared)
    ]
    if shared.unreported:
        lines.append(tn("export.includes.measures_left_out", shared.unreported))
    return lines


def story(shared: Shared, goal: Goal) -> Story:
    """The goal's story as far as the report shares it (its chosen positions,
    its linked resources and supports)."""
    return Story.told(
        goal,
        shared.history(goal),
        resources=shared.linked(shared.resources, goal),
        supports=shared.linked(shared.supports, goal),
    )


def where_text(latest: Mark | None) -> str:
    """Where the person is: their own latest rating (not a supporter's view)."""
    if latest is None:
        return t("list.not_logged")
    return t("export.where", position=latest.value, band=fmt.band_label(latest.value))


def movement(values: list[int]) -> str:
    """How positions moved, truly: "at 5 throughout" only when every one was 5;
    "from 5 to 4", with "between 3 and 5" when they went beyond those two; "at 5
    again, between 3 and 6 on the way" when they came back to where they began."""
    first, last = values[0], values[-1]
    low, high = min(values), max(values)
    if low == high:
        return t("export.movement.same", position=last)
    if first == last:  # back where it began: not "from 3 to 3"
        return t("export.movement.again", position=last, low=low, high=high)
    moved = t("export.movement.from_to", before=first, after=last)
    if low < min(first, last) or high > max(first, last):
        return t("export.movement.range", moved=moved, low=low, high=high)
    return moved


def chosen_period(shared: Shared) -> bool:
    """Whether the person chose a period for the report (--since/--until)."""
    return shared.since is not None or shared.until is not None


def overview_rows(shared: Shared) -> list[OverviewRow]:
    rows = []
    for goal in shared.goals:
        told = story(shared, goal)
        rows.append(
            OverviewRow(
                number=goal.number,
                title=goal.title,
                domains=fmt.domains_text(goal.chime),
                status=fmt.status_label(goal.status),
                where=where_text(told.latest),
                movement=movement(told.values) if told.count > 1 else "",
            )
        )
    return rows


def goal_heading(goal: Goal) -> str:
    return f"#{goal.number} {goal.title}"


def goal_facts(shared: Shared, goal: Goal) -> list[tuple[str, str]]:
    """Label and text for each thing known about a goal, empty ones left out."""
    parent = shared.goals_by_id.get(goal.parent) if goal.parent else None
    children = [g for g in shared.goals if g.parent == goal.id]
    facts = [
        (t("label.status"), fmt.status_label(goal.status)),
        (t("label.chime"), fmt.domains_text(goal.chime)),
        (t("export.label.position"), where_text(story(shared, goal).latest)),
        (t("label.parent"), goal_heading(parent) if parent else ""),
        (t("label.children"), ", ".join(goal_heading(c) for c in children)),
        (t("label.vision"), goal.vision or ""),
        (t("label.horizon"), fmt.horizon_text(goal.horizon, goal.created)),
        (t("label.change"), goal.change or ""),
        (t("export.label.collaboration"), goal.collaboration or ""),
    ]
    return [(label, value) for label, value in facts if value]


def history_rows(shared: Shared, goal: Goal, days: fmt.LocalDays | None = None) -> list[HistoryRow]:
    """Every included position of a goal, oldest first; ``days`` (one for the
    whole report) makes each day's text once, not once per position."""
    days = days or fmt.LocalDays()
    bands = {value: fmt.band_label(value) for value in range(LOWEST, HIGHEST + 1)}
    return [
        HistoryRow(
            day=days.text(p.when),
            value=p.value,
            band=bands[p.value],
            note=p.note or "",
            helped=p.helped or "",
            by=t("export.by", who=p.by) if p.by else "",
        )
        for p in story(shared, goal).history
    ]


def overview_table(shared: Shared) -> tuple[list[str], list[list[str]]]:
    """The overview of every goal in the report as a table: the header and a row
    per goal (number, title, domains, status, where, movement)."""
    header = [
        "#",
        t("col.goal"),
        t("col.chime"),
        t("col.status"),
        t("export.col.position"),
        t("export.col.movement"),
    ]
    rows = [
        [str(o.number), o.title, o.domains, o.status, o.where, o.movement]
        for o in overview_rows(shared)
    ]
    return header, rows


def history_table(
    shared: Shared, goal: Goal, days: fmt.LocalDays | None = None
) -> tuple[list[str], list[list[str]]]:
    """A goal's positions as a table: the header and a row per position, without
    the note column when the person leaves notes out of the report."""
    header = [t("col.date"), t("export.col.position"), t("col.note"), t("col.helped")]
    rows = [
        [h.day, f"{h.value} ({h.band})" + (f" · {h.by}" if h.by else ""), h.note, h.helped]
        for h in history_rows(shared, goal, days)
    ]
    if not shared.with_notes:
        header.pop(2)
        for row in rows:
            row.pop(2)
    return header, rows


def chart_description(told: Story, period: bool = False) -> str:
    """One sentence saying what the chart shows (its text alternative);
    ``period``: the person chose one, so "none" is said of it."""
    if not told.count:
        return t("export.chart.none" if period else "export.chart.none_yet")
    first, last = told.first, told.latest
    assert first is not None and last is not None  # there is a position
    if told.count == 1:
        return t("export.chart.one", position=first.value, day=day(first.when))
    return t(
        "export.chart.many",
        count=told.count,
        first=day(first.when),
        last=day(last.when),
        movement=movement(told.values),
    )


def goal_panel(shared: Shared, told: Story) -> Panel:
    """The goal's chart as a panel (the person's own ratings; a supporter's view
    is listed, not charted)."""
    from recovery_cli.charts import panel as pn
    from recovery_cli.charts.palette import colour

    goal = told.goal
    return pn.Panel(
        goal_heading(goal),
        told.marks,
        chart_description(told, chosen_period(shared)),
        pn.continuum(),
        colour(0),
        "•",
    )


def end_of(shared: Shared) -> datetime:
    """Where the report's time axis ends: the last day it covers, else when it
    was made (a position holds until the next one)."""
    now = shared.now or datetime.now().astimezone()
    if shared.until is None:
        return now
    return min(now, datetime.combine(shared.until, time(23, 59, 59), tzinfo=now.tzinfo))


def checkin_panels(shared: Shared) -> list[Panel]:
    """A panel per check-in question the shared check-ins answered."""
    from recovery_cli.journal.checkins import checkin_series
    from recovery_cli.views.chart import domain_panels

    series = checkin_series(shared.checkins)
    lines = [(key, points) for key, points in series.items() if points]
    return domain_panels(lines, end_of(shared), checkins=True, end=end_of(shared))


def bands_legend() -> str:
    return t(
        "export.chart.legend", far=t("band.far"), way=t("band.on_the_way"), close=t("band.close")
    )


def resource_line(resource) -> tuple[str, str]:
    return resource.text, t(f"kind.{resource.kind}")


def support_line(support) -> tuple[str, str, str]:
    """Who, how they help, and their kind: laid out as ``Who — how (kind)``, so a
    how that names the kind itself ("My peer worker: ...") does not follow it."""
    return support.who, support.how or "", t(f"kind.{support.kind}")


def prompt_question(note) -> str:
    """The question a reflection answers, when it was written to a prompt."""
    from recovery_cli.domain.prompts import GROUP_OF

    return t(f"reflect.{note.prompt}") if note.prompt in GROUP_OF else ""


def note_goal(shared: Shared, note) -> str:
    goal = shared.goals_by_id.get(note.goal) if note.goal else None
    return goal_heading(goal) if goal else ""


def checkin_table(shared: Shared) -> tuple[list[str], list[list[str]]]:
    """The check-ins as a table (a note column only when notes are included)."""
    header = [t("col.date"), *(fmt.domain_name(key) for key in DOMAINS)]
    rows = [
        [day(c.when), *(str(c.scores.get(key, "")) for key in DOMAINS)] for c in shared.checkins
    ]
    if shared.with_notes:
        header.append(t("col.note"))
        for row, checkin in zip(rows, shared.checkins, strict=True):
            row.append(checkin.note or "")
    return header, rows

"""What a shareable report says, in the current language; Markdown and HTML lay it out.

The order follows the conversation: what the report includes, an overview,
then each goal with its vision, horizon, what needs to change, resources,
supports, positions over time and a chart. Steps forward and back are
described neutrally ("from 5 to 4").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from recovery_cli.domain.chime import DOMAINS
from recovery_cli.domain.records import Goal, Position
from recovery_cli.i18n import t, tn
from recovery_cli.journal.selection import Shared
from recovery_cli.views import format as fmt


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
    lines.append(t("export.includes.notes") if shared.with_notes
                 else t("export.includes.no_notes"))
    if shared.all_goals:
        count = len(shared.checkins)
        lines.append(tn("export.includes.checkins", count) if count
                     else t("export.includes.no_checkins"))
    else:
        lines.append(t("export.includes.linked_only"))
    return lines


def own(history: list[Position]) -> list[Position]:
    """The person's own ratings: the ones charted (a supporter's view is listed only)."""
    return [p for p in history if p.by is None]


def own_latest(history: list[Position]) -> Position | None:
    """Where the person is: their own latest rating (not a supporter's view)."""
    return next((p for p in reversed(history) if p.by is None), None)


def where_text(position: Position | None) -> str:
    if position is None:
        return t("list.not_logged")
    return t("export.where", position=position.value, band=fmt.band_label(position.value))


def movement(values: list[int]) -> str:
    """How positions moved, truly: "at 5 throughout" only when every one was 5;
    "from 5 to 4", with "between 3 and 5" when they went beyond those two."""
    first, last = values[0], values[-1]
    low, high = min(values), max(values)
    if low == high:
        return t("export.movement.same", position=last)
    moved = t("export.movement.from_to", before=first, after=last)
    if low < min(first, last) or high > max(first, last):
        return t("export.movement.range", moved=moved, low=low, high=high)
    return moved


def movement_text(history: list[Position]) -> str:
    """The overview's movement column: the person's own ratings, two or more."""
    points = own(history)
    if len(points) < 2:
        return ""
    return movement([p.value for p in points])


def overview_rows(shared: Shared) -> list[OverviewRow]:
    rows = []
    for goal in shared.goals:
        history = shared.history(goal)
        rows.append(OverviewRow(
            number=goal.number, title=goal.title, domains=fmt.domains_text(goal.chime),
            status=fmt.status_label(goal.status),
            where=where_text(own_latest(history)),
            movement=movement_text(history),
        ))
    return rows


def goal_heading(goal: Goal) -> str:
    return f"#{goal.number} {goal.title}"


def goal_facts(shared: Shared, goal: Goal) -> list[tuple[str, str]]:
    """Label and text for each thing known about a goal, empty ones left out."""
    history = shared.history(goal)
    parent = shared.goals_by_id.get(goal.parent) if goal.parent else None
    children = [g for g in shared.goals if g.parent == goal.id]
    facts = [
        (t("label.status"), fmt.status_label(goal.status)),
        (t("label.chime"), fmt.domains_text(goal.chime)),
        (t("label.position"), where_text(own_latest(history))),
        (t("label.parent"), goal_heading(parent) if parent else ""),
        (t("label.children"), ", ".join(goal_heading(c) for c in children)),
        (t("label.vision"), goal.vision or ""),
        (t("label.horizon"), fmt.horizon_text(goal.horizon, goal.created)),
        (t("label.change"), goal.change or ""),
        (t("label.collaboration"), goal.collaboration or ""),
    ]
    return [(label, value) for label, value in facts if value]


def history_rows(shared: Shared, goal: Goal) -> list[HistoryRow]:
    """Every included position of a goal, oldest first."""
    return [HistoryRow(day=day(p.when), value=p.value, band=fmt.band_label(p.value),
                       note=p.note or "", helped=p.helped or "",
                       by=t("export.by", who=p.by) if p.by else "")
            for p in shared.history(goal)]


def chart_description(history: list[Position]) -> str:
    """One sentence saying what the chart shows (its text alternative)."""
    points = own(history)
    if not points:
        return t("export.chart.none")
    if len(points) == 1:
        return t("export.chart.one", position=points[0].value, day=day(points[0].when))
    return t("export.chart.many", count=len(points), first=day(points[0].when),
             last=day(points[-1].when), movement=movement([p.value for p in points]))


def bands_legend() -> str:
    return t("export.chart.legend", far=t("band.far"), way=t("band.on_the_way"),
             close=t("band.close"))


def resource_line(resource) -> tuple[str, str]:
    return resource.text, t(f"kind.{resource.kind}")


def support_line(support) -> tuple[str, str, str]:
    return support.who, t(f"kind.{support.kind}"), support.how or ""


def note_goal(shared: Shared, note) -> str:
    goal = shared.goals_by_id.get(note.goal) if note.goal else None
    return goal_heading(goal) if goal else ""


def checkin_header() -> list[str]:
    return [t("col.date"), *(fmt.domain_name(key) for key in DOMAINS), t("col.note")]


def checkin_cells(checkin) -> list[str]:
    return [day(checkin.when), *(str(checkin.scores.get(key, "")) for key in DOMAINS),
            checkin.note or ""]

"""Rich renderables for goals: the list and one goal's page."""

from __future__ import annotations

from datetime import datetime

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from recovery_cli.domain.records import Goal, Position
from recovery_cli.i18n import t
from recovery_cli.journal.core import Journal
from recovery_cli.views import format as fmt


def chime_badges(keys: tuple[str, ...]) -> Text:
    """Coloured letters (C I M); the letters carry the meaning without colour."""
    text = Text()
    for index, key in enumerate(keys):
        if index:
            text.append(" ")
        text.append(fmt.domain_letter(key), style=f"bold {fmt.DOMAIN_STYLES[key]}")
    return text


def position_text(position: Position | None) -> Text:
    if position is None:
        return Text(t("list.not_logged"), style="dim")
    return Text.assemble((str(position.value), "bold"), " ", fmt.band_label(position.value))


def ordered_with_children(goals: list[Goal]) -> list[tuple[Goal, int]]:
    """Goals with each sub-goal right under its parent, and its depth."""
    shown = {g.id for g in goals}
    by_parent: dict[str | None, list[Goal]] = {}
    for goal in goals:
        parent = goal.parent if goal.parent in shown else None
        by_parent.setdefault(parent, []).append(goal)
    ordered: list[tuple[Goal, int]] = []

    def walk(parent: str | None, depth: int) -> None:
        for goal in by_parent.get(parent, []):
            ordered.append((goal, depth))
            walk(goal.id, depth + 1)

    walk(None, 0)
    return ordered


def goal_table(journal: Journal, goals: list[Goal], *, show_status: bool) -> Table:
    table = Table(box=box.SIMPLE_HEAD, expand=False, pad_edge=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(t("col.goal"), ratio=1, overflow="fold", min_width=12)
    table.add_column(t("col.chime"), no_wrap=True)
    table.add_column(t("col.position"), no_wrap=False, min_width=8)
    table.add_column(t("col.last"), no_wrap=False)
    if show_status:
        table.add_column(t("col.status"), no_wrap=False)
    for goal, depth in ordered_with_children(goals):
        latest = journal.latest(goal)
        title = Text("  " * depth + ("└ " if depth else "")) + Text(goal.title)
        row: list[RenderableType] = [
            str(goal.number), title, chime_badges(goal.chime), position_text(latest),
            fmt.when_text(latest.when, journal.now) if latest else "",
        ]
        if show_status:
            row.append(fmt.status_label(goal.status))
        table.add_row(*row)
    return table


def _field(grid: Table, label: str, value: str | Text | None) -> None:
    if value:
        grid.add_row(Text(label, style="bold"), value if isinstance(value, Text) else Text(value))


def goal_page(journal: Journal, goal: Goal) -> RenderableType:
    """Everything about one goal, in the order of the conversation."""
    latest = journal.latest(goal)
    parts: list[RenderableType] = [
        Text.assemble((f"#{goal.number} ", "bold"), (goal.title, "bold")),
    ]
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    _field(grid, t("label.status"), fmt.status_label(goal.status))
    _field(grid, t("label.chime"), fmt.domains_text(goal.chime))
    if latest is not None:
        _field(grid, t("label.position"), Text.assemble(
            fmt.position_bar(latest.value), " ", (str(latest.value), "bold"), " ",
            fmt.band_label(latest.value), (f"  ({fmt.when_text(latest.when, journal.now)})",
                                           "dim")))
    parent = journal.goals_by_id.get(goal.parent) if goal.parent else None
    if parent is not None:
        _field(grid, t("label.parent"), f"#{parent.number} {parent.title}")
    children = journal.children(goal)
    if children:
        _field(grid, t("label.children"), ", ".join(f"#{c.number} {c.title}" for c in children))
    _field(grid, t("label.vision"), goal.vision)
    _field(grid, t("label.horizon"), fmt.horizon_text(goal.horizon))
    _field(grid, t("label.change"), goal.change)
    _field(grid, t("label.collaboration"), goal.collaboration)
    parts.append(grid)
    parts.extend(_linked(journal, goal))
    parts.append(history_table(journal.history(goal), journal.now))
    return Group(*parts)


def _linked(journal: Journal, goal: Goal) -> list[RenderableType]:
    out: list[RenderableType] = []
    resources = [r for r in journal.resources() if r.goal == goal.id]
    supports = [s for s in journal.supports() if s.goal == goal.id]
    if resources:
        out.append(Text(t("heading.resources"), style="bold"))
        for resource in resources:
            out.append(Text.assemble("  • ", resource.text,
                                     (f"  ({t('kind.' + resource.kind)})", "dim")))
    if supports:
        out.append(Text(t("heading.supports"), style="bold"))
        for support in supports:
            line = Text.assemble("  • ", (support.who, "bold"),
                                 (f" ({t('kind.' + support.kind)})", "dim"))
            if support.how:
                line.append(f" — {support.how}")
            out.append(line)
    return out


def history_table(history: list[Position], now: datetime) -> RenderableType:
    if not history:
        return Text(t("show.no_history"), style="dim")
    table = Table(title=t("heading.history"), title_justify="left", box=box.SIMPLE_HEAD,
                  pad_edge=False)
    table.add_column(t("col.date"), no_wrap=True)
    table.add_column(t("col.position"), no_wrap=True)
    table.add_column(t("col.note"), overflow="fold", ratio=1)
    table.add_column(t("col.helped"), overflow="fold", ratio=1)
    for position in reversed(history):
        table.add_row(
            fmt.day_text(fmt.local(position.when).date()),
            position_text(position),
            Text(position.note or ""),
            Text(position.helped or ""),
        )
    return table

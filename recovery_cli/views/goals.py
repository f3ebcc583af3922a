"""Rich renderables for goals: the list and one goal's page."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from rich import box
from rich.cells import cell_len
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from recovery_cli.i18n import t, tn
from recovery_cli.journal.core import Journal
from recovery_cli.views import format as fmt
from recovery_cli.views.fit import Fitted, Indented

if TYPE_CHECKING:
    from recovery_cli.domain.records import Goal, Position
    from recovery_cli.journal.story import Story


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


class Hint:
    """A sentence and the commands to copy from it (``recovery support add ...``).

    One command follows the sentence on its line when it fits. Otherwise, and
    always when there are several (a row of them reads as one command to copy),
    the sentence wraps and each command has a line of its own, indented and
    never broken, so it copies whole.
    """

    def __init__(self, sentence: str, commands: Sequence[str], *, style: str = "dim") -> None:
        self.sentence, self.commands, self.style = sentence, tuple(commands), style

    def _whole(self) -> str | None:
        """The sentence and its one command on a line (None: several commands)."""
        if len(self.commands) != 1:
            return None
        return f"{self.sentence} {self.commands[0]}"

    def __rich_console__(self, console, options):
        whole = self._whole()
        if whole is not None and cell_len(whole) <= options.max_width:
            yield Text(whole, style=self.style)
            return
        yield Text(self.sentence, style=self.style)
        for command in self.commands:
            yield Text(f"  {command}", style=self.style, no_wrap=True, overflow="ignore")

    def __rich_measure__(self, console, options):
        from rich.measure import Measurement

        least = max(cell_len(f"  {command}") for command in self.commands)
        whole = self._whole()
        most = cell_len(whole) if whole is not None else cell_len(self.sentence)
        return Measurement(least, max(least, most))


def invite_commands(resources: bool, supports: bool, number: int) -> list[str]:
    """The commands that link a resource and/or a support to goal ``number``."""
    commands = []
    if resources:
        commands.append(t("hint.resource_add", number=number))
    if supports:
        commands.append(t("hint.support_add", number=number))
    return commands


def goal_table(journal: Journal, goals: list[Goal], *, show_status: bool) -> Fitted:
    """The goal list: number, title, CHIME, where, when last logged (and status).

    At any width only the title wraps freely; the short columns break between
    words when they must, so nothing is cut (``Statu``)."""
    table = Table(box=box.SIMPLE_HEAD, expand=False, pad_edge=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(t("col.goal"), overflow="fold")
    table.add_column(t("col.chime"), no_wrap=True)
    table.add_column(t("col.position"))
    table.add_column(t("col.last"))
    if show_status:
        table.add_column(t("col.status"))
    for goal, depth in ordered_with_children(goals):
        latest = journal.latest(goal)
        title = Indented("  " * depth + "└ ", goal.title) if depth else Text(goal.title)
        row: list[RenderableType] = [
            str(goal.number),
            title,
            chime_badges(goal.chime),
            position_text(latest),
            fmt.when_text(latest.when, journal.now) if latest else "",
        ]
        if show_status:
            row.append(fmt.status_label(goal.status))
        table.add_row(*row)
    return Fitted(table, title=1, wrap=(4, 3, 5) if show_status else (4, 3), keep={3: 2})


def _field(grid: Table, label: str, value: str | Text | None) -> None:
    if value:
        grid.add_row(Text(label, style="bold"), value if isinstance(value, Text) else Text(value))


def _child_line(journal: Journal, child: Goal) -> Text:
    """``#2 Training on Tuesday · 3 far away`` (and its status when not active)."""
    line = Text(f"#{child.number} {child.title}")
    latest = journal.latest(child)
    line.append(" · ", style="dim")
    line.append_text(position_text(latest))
    if child.status != "active":
        line.append(f" ({fmt.status_label(child.status)})", style="dim")
    return line


def goal_chart(story: Story, now: datetime, width: int) -> RenderableType | None:
    """A small panel of the goal's positions with its sentence, or None before
    the first one (or in a terminal too narrow for a chart)."""
    from recovery_cli.charts import panel as pn
    from recovery_cli.charts.palette import colour
    from recovery_cli.charts.stack import MIN_WIDTH, render
    from recovery_cli.views.story import story_sentence

    if not story.marks or width < MIN_WIDTH:
        return None
    goal = story.goal
    panel = pn.Panel(
        f"#{goal.number} {goal.title}",
        story.marks,
        story_sentence(story, now),
        pn.continuum(),
        colour(0),
        "•",
    )
    chart = render([panel], width=width, lines=0, colour=True, start=None, end=now, titles=False)
    return Text.from_ansi(chart, no_wrap=True, overflow="crop")


def goal_page(
    journal: Journal, goal: Goal, width: int | None = None, history_rows: int | None = None
) -> RenderableType:
    """Everything about one goal, in the order of the conversation, from its
    story; with ``width``, a small chart of its positions above the history (its
    latest ``history_rows`` positions, or all of them with None)."""
    from recovery_cli.journal.story import Story

    story = Story.of(journal, goal, linked=True)
    latest = story.latest
    parts: list[RenderableType] = [
        Text.assemble((f"#{goal.number} ", "bold"), (goal.title, "bold")),
    ]
    grid = Table.grid(padding=(0, 2))
    grid.add_column(no_wrap=True)
    grid.add_column(overflow="fold")
    _field(grid, t("label.status"), fmt.status_label(goal.status))
    _field(grid, t("label.chime"), fmt.domains_text(goal.chime))
    if latest is not None:
        _field(
            grid,
            t("label.position"),
            Text.assemble(
                fmt.position_bar(latest.value),
                " ",
                (str(latest.value), "bold"),
                " ",
                fmt.band_label(latest.value),
                (f"  ({fmt.when_text(latest.when, journal.now)})", "dim"),
            ),
        )
    parent = journal.goals_by_id.get(goal.parent) if goal.parent else None
    if parent is not None:
        _field(grid, t("label.parent"), f"#{parent.number} {parent.title}")
    children = journal.children(goal)
    if children:
        _field(
            grid,
            t("label.children"),
            Text("\n").join(_child_line(journal, child) for child in children),
        )
    _field(grid, t("label.vision"), goal.vision)
    _field(grid, t("label.horizon"), fmt.horizon_text(goal.horizon, goal.created))
    _field(grid, t("label.change"), goal.change)
    _field(grid, t("label.collaboration"), goal.collaboration)
    parts.append(grid)
    parts.extend(_linked(story))
    chart = goal_chart(story, journal.now, width) if width else None
    if chart is not None:
        parts.extend([Text(""), chart])
    parts.append(
        history_table(list(story.history), journal.now, goal.number, rows=history_rows, width=width)
    )
    return Group(*parts)


def _linked(story: Story) -> list[RenderableType]:
    goal, resources, supports = story.goal, story.resources, story.supports
    out: list[RenderableType] = []
    if goal.status == "active" and not (resources and supports):
        key = (
            "show.invite.both"
            if not resources and not supports
            else "show.invite.resources"
            if not resources
            else "show.invite.supports"
        )
        invite = Hint(t(key), invite_commands(not resources, not supports, goal.number))
    else:
        invite = None
    if resources:
        out.append(Text(t("heading.resources"), style="bold"))
        for resource in resources:
            out.append(
                Indented(
                    "  • ",
                    Text.assemble(resource.text, (f"  ({t('kind.' + resource.kind)})", "dim")),
                )
            )
    if supports:
        out.append(Text(t("heading.supports"), style="bold"))
        for support in supports:
            # Who — how (kind): the kind after the person's words, as a resource's is
            line = Text(support.who, style="bold")
            if support.how:
                line.append(f" — {support.how}")
            line.append(f"  ({t('kind.' + support.kind)})", style="dim")
            out.append(Indented("  • ", line))  # a second line of "how" stays indented
    if invite is not None:
        out.append(invite)
    return out


HISTORY_ROWS = 20  # the page shows the latest ones; --json and the chart have them all
WIDE_HISTORY = 90  # narrower: each position's note and what helped get lines of their own


def _where(position: Position) -> Text:
    """``3 far away``; a view someone else gave is named as theirs under it."""
    where = position_text(position)
    if position.by:  # someone else's view (from an import): said so, under it
        where.append("\n")
        where.append(t("export.by", who=position.by), style="italic")
    return where


def _wide_history(shown: list[tuple[int, Position]]) -> Table:
    table = Table(
        title=t("heading.history"), title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False
    )
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(t("col.date"), no_wrap=True)
    table.add_column(t("col.position"), no_wrap=True)
    table.add_column(t("col.note"), overflow="fold", ratio=1)
    table.add_column(t("col.helped"), overflow="fold", ratio=1)
    for place, position in shown:
        table.add_row(
            str(place),
            fmt.day_text(fmt.local(position.when).date()),
            _where(position),
            Text(position.note or ""),
            Text(position.helped or ""),
        )
    return table


def _narrow_history(shown: list[tuple[int, Position]]) -> Table:
    """Date and place on a position's first line; its note and what helped each
    on lines of their own, with the whole width to wrap in."""
    table = Table(
        title=t("heading.history"), title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False
    )
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(f"{t('col.date')} · {t('col.position')}", overflow="fold")
    for place, position in shown:
        cell = Text.assemble(fmt.day_text(fmt.local(position.when).date()), ("  ·  ", "dim"))
        cell.append_text(_where(position))
        for label, words in ((t("col.note"), position.note), (t("col.helped"), position.helped)):
            if words:
                cell.append("\n")
                cell.append(f"{label}: ", style="dim")
                cell.append(words)
        table.add_row(str(place), cell)
    return table


def history_table(
    history: list[Position],
    now: datetime,
    number: int | None = None,
    rows: int | None = HISTORY_ROWS,
    width: int | None = None,
) -> RenderableType:
    """The positions, newest first: number (1 = the oldest, as ``recovery unlog``
    takes it), date, position and band, note, what helped. A view someone else
    gave is named as theirs ("as Maja sees it"). Below :data:`WIDE_HISTORY`
    columns the note and what helped go under the date, not beside it.

    A long history shows its latest ``rows`` (None: all) and says where the rest are.
    """
    if not history:
        return Text(t("show.no_history"), style="dim")
    shown = history if rows is None else history[-rows:]
    first = len(history) - len(shown) + 1
    newest_first = list(reversed(list(enumerate(shown, first))))
    narrow = width is not None and width < WIDE_HISTORY
    table = _narrow_history(newest_first) if narrow else _wide_history(newest_first)
    if len(shown) == len(history):
        return table
    ref = number if number is not None else "GOAL"
    more = Hint(
        tn("show.history_more", len(shown), total=len(history)),
        [f"recovery chart {ref}", f"recovery goal show {ref} --all"],
    )
    return Group(table, more)

"""The overview ``recovery status`` prints: the dashboard of a journal.

A wide terminal gets one row per goal with every column; a narrow one (under
``WIDE`` columns), or a wide one whose row would squeeze a title, gets two lines
per goal, so nothing is squeezed unreadable.
Colour only adds to what the characters already say: badges are letters,
positions are bars with a number and a band, and a step back is plain text.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from recovery_cli.charts.spark import sparkline
from recovery_cli.i18n import t, tn
from recovery_cli.journal.overview import GoalSummary, Lookback, Overview
from recovery_cli.views import format as fmt
from recovery_cli.views.fit import Fitted, Indented
from recovery_cli.views.goals import Hint, chime_badges, invite_commands, ordered_with_children

if TYPE_CHECKING:
    from recovery_cli.domain.records import Goal

WIDE = 100
ROOMY = 40  # a title column this wide is wide enough, even if a long title wraps in it
FEW = 3  # name goals by title when there are at most this many
WIDE_SPARK = 12  # at most this many positions in the 30 days' sparkline
NARROW_SPARK = 8  # ... and in a narrow one


def span_spark(values: tuple[int, ...], room: int) -> str:
    """The sparkline of the 30 days the arrow counts (``GoalSummary.span``): it
    starts at the position held when they began and ends at the latest, so it
    tells the same span as the arrow beside it. More positions than ``room``
    are thinned evenly, keeping the first and the last."""
    if len(values) > room:
        last = len(values) - 1
        values = tuple(values[round(i * last / (room - 1))] for i in range(room))
    return sparkline(values)


def thirty_days(summary: GoalSummary, room: int, gap: str) -> Text:
    """The "30 days" cell: the arrow and steps, then the sparkline of that span."""
    change = change_text(summary.change)
    if not summary.span:
        return change
    spark = Text(span_spark(summary.span, room), style="cyan")
    return Text(gap).join([change, spark]) if change.plain else spark


def change_text(change: int | None) -> Text:
    """``↑ +2``, ``↓ -1`` or ``→ 0``: an arrow and the steps, never red."""
    if change is None:
        return Text("")
    if change == 0:
        return Text("→ 0", style="dim")
    if change > 0:
        return Text(f"↑ +{change}", style="bold")
    return Text(f"↓ {change}")


def position_cell(summary: GoalSummary, *, bar_on_own_line: bool) -> Text:
    latest = summary.latest
    if latest is None:
        return Text(t("list.not_logged"), style="dim")
    gap = "\n" if bar_on_own_line else " "
    return Text.assemble(
        fmt.position_bar(latest.value),
        gap,
        (str(latest.value), "bold"),
        " ",
        fmt.band_label(latest.value),
    )


def _lead(depth: int) -> str:
    return "  " * (depth - 1) + "└ " if depth else ""


def _ordered(view: Overview) -> list[tuple[GoalSummary, int]]:
    by_id = {s.goal.id: s for s in view.active}
    return [
        (by_id[g.id], depth) for g, depth in ordered_with_children([s.goal for s in view.active])
    ]


def _wide_table(view: Overview, now: datetime) -> Fitted:
    """One row per goal; a heading wider than its column's cells may wrap (``30`` over
    ``days``) so the title keeps its room."""
    table = Table(
        title=t("status.active_title"), title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False
    )
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(t("col.goal"), overflow="fold")
    table.add_column(t("col.chime"), no_wrap=True)
    table.add_column(t("col.position"), no_wrap=True)
    table.add_column(t("col.change"), no_wrap=True)
    table.add_column(t("col.last"))
    for summary, depth in _ordered(view):
        latest = summary.latest
        table.add_row(
            str(summary.goal.number),
            Indented(_lead(depth), summary.goal.title),
            chime_badges(summary.goal.chime),
            position_cell(summary, bar_on_own_line=False),
            thirty_days(summary, WIDE_SPARK, " "),
            fmt.when_text(latest.when, now) if latest else "",
        )
    return Fitted(table, title=1)


def _narrow_table(view: Overview, now: datetime) -> Fitted:
    """Two lines per goal: title over badges and date; bar over number and band;
    the arrow over the sparkline of the same 30 days."""
    table = Table(
        title=t("status.active_title"), title_justify="left", box=box.SIMPLE_HEAD, pad_edge=False
    )
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(t("col.goal"), overflow="fold")
    table.add_column(t("col.position"))
    table.add_column(t("col.change"), no_wrap=True)
    for summary, depth in _ordered(view):
        latest = summary.latest
        details = [chime_badges(summary.goal.chime)]
        if latest is not None:
            details.append(Text(fmt.when_text(latest.when, now), style="dim"))
        second = Text(" · ", style="dim").join(d for d in details if d.plain)
        change = thirty_days(summary, NARROW_SPARK, "\n")
        cell = Indented(_lead(depth), Text("\n").join([Text(summary.goal.title), second]))
        table.add_row(
            str(summary.goal.number), cell, position_cell(summary, bar_on_own_line=True), change
        )
    return Fitted(table, title=1, wrap=(2,), keep={2: 2})


def active_table(view: Overview, now: datetime, width: int) -> Fitted:
    """The wide table when the terminal is wide and its titles keep their room
    there; else two lines per goal, which leaves the titles more of the width."""
    if width >= WIDE:
        wide = _wide_table(view, now)
        room, wanted = wide.title_room(width)
        if room >= min(wanted, ROOMY):
            return wide
    return _narrow_table(view, now)


def _numbers(goals: list[Goal]) -> str:
    return ", ".join(f"#{g.number}" for g in goals)


def _status_lines(view: Overview) -> list[RenderableType]:
    lines: list[RenderableType] = []
    for status in ("paused", "reached", "let_go"):
        goals = view.by_status[status]
        if goals:
            titles = ", ".join(f"#{g.number} {g.title}" for g in goals[:FEW])
            more = tn("status.more", len(goals) - FEW) if len(goals) > FEW else ""
            lines.append(Text(tn(f"status.count.{status}", len(goals), titles=titles + more)))
    return lines


def _help_lines(view: Overview) -> list[RenderableType]:
    """The counts, then a gentle invitation for goals nothing is linked to yet,
    each with the command to copy (kept whole on its line)."""
    lines: list[RenderableType] = [
        Text(tn("status.resources", view.resources) + " · " + tn("status.supports", view.supports))
    ]
    no_resources, no_supports = view.without_resources, view.without_supports
    if no_resources and no_resources == no_supports:
        lines.append(
            Hint(
                t("status.invite.both", goals=_numbers(no_resources)),
                invite_commands(True, True, no_resources[0].number),
            )
        )
        return lines
    if no_resources:
        lines.append(
            Hint(
                t("status.invite.resources", goals=_numbers(no_resources)),
                invite_commands(True, False, no_resources[0].number),
            )
        )
    if no_supports:
        lines.append(
            Hint(
                t("status.invite.supports", goals=_numbers(no_supports)),
                invite_commands(False, True, no_supports[0].number),
            )
        )
    return lines


def _pack(pieces: list[Text], width: int, head: Text) -> list[Text]:
    """``head`` then pieces joined by `` · ``, in lines no wider than ``width``;
    a piece is never split (a domain's letter stays with its name)."""
    lines: list[Text] = []
    line, fresh = head.copy(), True
    for piece in pieces:
        room = len(line) + len(piece) + (0 if fresh else 3)
        if room > width and len(line.plain.strip()):
            lines.append(line)
            line, fresh = Text("  "), True
        if not fresh:
            line.append(" · ", style="dim")
        line.append_text(piece)
        fresh = False
    lines.append(line)
    return lines


def _either(keys: list[str]) -> str:
    """``Hope``, ``Hope or Empowerment``, ``Hope, Identity or Empowerment``."""
    names = [fmt.domain_name(key) for key in keys]
    if len(names) == 1:
        return names[0]
    return t("status.domains_or", some=", ".join(names[:-1]), last=names[-1])


def coverage_lines(coverage: dict[str, int], width: int = WIDE) -> list[RenderableType]:
    """How many active goals serve each domain (``C Connectedness: 3 goals``, a
    count, not a score); an empty one is a possibility."""
    pieces = []
    for key, count in coverage.items():
        piece = Text(fmt.domain_letter(key), style=f"bold {fmt.DOMAIN_STYLES[key]}")
        piece.append(f" {fmt.domain_name(key)}: {tn('status.coverage.count', count)}")
        pieces.append(piece)
    lines: list[RenderableType] = list(_pack(pieces, width, Text(t("status.coverage") + " ")))
    open_ = [key for key, count in coverage.items() if not count]
    if open_ and len(open_) < len(coverage):
        names = _either(open_)
        lines.append(Text(tn("status.possibility", len(open_), domains=names), style="dim"))
    return lines


def lookback_text(found: Lookback, now: datetime) -> Text:
    """``3 months ago Play football was at 2; today it is 5.`` - the title in italics.

    A young goal looks back to its first position: on a day, yesterday, or
    earlier today (both positions logged today)."""
    params = {"before": found.before, "after": found.after, "title": "\0"}
    if found.period is not None:
        sentence = t(f"status.lookback.{found.period}", **params)
    else:
        day = fmt.local(found.then).date()
        days = (now.date() - day).days
        if days <= 0:
            sentence = t("status.lookback.today", **params)
        elif days == 1:
            sentence = t("status.lookback.yesterday", **params)
        else:
            sentence = t("status.lookback.first", day=fmt.day_text(day), **params)
    head, _, tail = sentence.partition("\0")
    return Text.assemble(head, (found.goal.title, "italic"), tail)


def status_view(
    view: Overview, now: datetime, width: int = WIDE, measures: list[Text] | None = None
) -> RenderableType:
    """The dashboard: active goals, the look back, the others, help, CHIME coverage;
    then, quietly, the latest score of each measure the person keeps (``measures``,
    one dim line each: :func:`recovery_cli.views.measures.status_lines`)."""
    parts: list[RenderableType] = []
    if view.active:
        parts.append(active_table(view, now, width))
    else:
        parts.append(Text(t("status.no_active")))
    if view.lookback is not None:
        parts.append(lookback_text(view.lookback, now))
    parts.extend(_status_lines(view))
    parts.append(Text(""))
    parts.extend(_help_lines(view))
    if view.active:
        parts.append(Text(""))
        parts.extend(coverage_lines(view.coverage, width))
    if measures:
        parts.append(Text(""))
        parts.extend(measures)
    return Group(*parts)


def empty_view() -> RenderableType:
    return Text(t("status.empty"))

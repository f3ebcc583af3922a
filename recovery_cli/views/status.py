"""The overview ``recovery status`` prints."""

from __future__ import annotations

from rich import box
from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from recovery_cli.i18n import t, tn
from recovery_cli.journal.overview import Overview
from recovery_cli.views import format as fmt
from recovery_cli.views.goals import chime_badges


def _change_text(change: int | None) -> Text:
    if change is None or change == 0:
        return Text("→ 0" if change == 0 else "", style="dim")
    arrow = "↑" if change > 0 else "↓"
    return Text(f"{arrow} {change:+d}", style="bold" if change > 0 else "")


def status_view(view: Overview, now) -> RenderableType:
    parts: list[RenderableType] = []
    table = Table(title=t("status.active_title"), title_justify="left", box=box.SIMPLE_HEAD,
                  pad_edge=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(t("col.goal"), overflow="fold", ratio=1, min_width=12)
    table.add_column(t("col.chime"), no_wrap=True)
    table.add_column(t("col.position"), min_width=10)
    table.add_column(t("col.change"), no_wrap=True)
    table.add_column(t("col.last"))
    for summary in view.active:
        latest = summary.latest
        position = (Text.assemble(fmt.position_bar(latest.value), " ",
                                  (str(latest.value), "bold"), " ",
                                  fmt.band_label(latest.value))
                    if latest else Text(t("list.not_logged"), style="dim"))
        table.add_row(str(summary.goal.number), Text(summary.goal.title),
                      chime_badges(summary.goal.chime), position,
                      _change_text(summary.change),
                      fmt.when_text(latest.when, now) if latest else "")
    parts.append(table if view.active else Text(t("status.no_active")))
    for status in ("paused", "reached", "let_go"):
        goals = view.by_status[status]
        if goals:
            titles = ", ".join(f"#{g.number} {g.title}" for g in goals[:3])
            more = tn("status.more", len(goals) - 3) if len(goals) > 3 else ""
            parts.append(Text(tn(f"status.count.{status}", len(goals), titles=titles + more)))
    parts.append(Text(tn("status.resources", view.resources) + " · "
                      + tn("status.supports", view.supports)))
    return Group(*parts)


def empty_view() -> RenderableType:
    return Text(t("status.empty"))

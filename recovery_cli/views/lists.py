"""Rich tables for resources and supports, each row with its number (1 = the oldest),
the one ``resource rm N`` and ``resource edit N`` take."""

from __future__ import annotations

from rich import box
from rich.table import Table
from rich.text import Text

from recovery_cli.domain.records import Resource, Support
from recovery_cli.i18n import t
from recovery_cli.journal.core import Journal


def _goal_cell(journal: Journal, goal_id: str | None) -> Text:
    goal = journal.goals_by_id.get(goal_id) if goal_id else None
    return Text(f"#{goal.number} {goal.title}") if goal else Text("")


def resource_table(journal: Journal, resources: list[Resource]) -> Table:
    """Every resource, in the order ``journal.resources()`` gives (that is the numbering)."""
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(t("col.resource"), overflow="fold", ratio=2)
    table.add_column(t("col.kind"), no_wrap=True)
    table.add_column(t("col.goal"), overflow="fold", ratio=1)
    for number, resource in enumerate(resources, 1):
        table.add_row(
            str(number),
            Text(resource.text),
            t(f"kind.{resource.kind}"),
            _goal_cell(journal, resource.goal),
        )
    return table


def support_table(journal: Journal, supports: list[Support]) -> Table:
    """Every support, in the order ``journal.supports()`` gives (that is the numbering)."""
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(t("col.who"), overflow="fold", ratio=1)
    table.add_column(t("col.kind"), no_wrap=True)
    table.add_column(t("col.how"), overflow="fold", ratio=2)
    table.add_column(t("col.goal"), overflow="fold", ratio=1)
    for number, support in enumerate(supports, 1):
        table.add_row(
            str(number),
            Text(support.who),
            t(f"kind.{support.kind}"),
            Text(support.how or ""),
            _goal_cell(journal, support.goal),
        )
    return table

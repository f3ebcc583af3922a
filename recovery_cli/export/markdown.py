"""The shareable report as Markdown: readable as plain text and when rendered."""

from __future__ import annotations

import re

from recovery_cli.export import report as r
from recovery_cli.export.measures import measure_sections
from recovery_cli.export.textchart import text_chart
from recovery_cli.i18n import t
from recovery_cli.journal.selection import Shared
from recovery_cli.views import format as fmt

_SPECIAL = re.compile(r"([\\`*_\[\]<>|])")
_LINE_START = re.compile(r"(^|\n)([#>+-]|\d+[.)])", re.MULTILINE)


_SPECIAL_CHARS = frozenset("\\`*_[]<>|")
_CELL_CHARS = _SPECIAL_CHARS | {"\r", "\n"}


def esc(text: str) -> str:
    """The person's words, shown as written (Markdown characters escaped)."""
    if _SPECIAL_CHARS.isdisjoint(text):  # most text: nothing to escape
        return text
    return _SPECIAL.sub(r"\\\1", text)


def cell(text: str) -> str:
    """Text in a table cell: one line, breaks kept as ``<br>``."""
    if _CELL_CHARS.isdisjoint(text):
        return text
    return esc(text).replace("\r\n", "\n").replace("\n", "<br>")


def _answered(note) -> str:
    """The prompt a reflection answers, in italics before it (or nothing)."""
    question = r.prompt_question(note)
    return f"*{esc(question)}*  \n  " if question else ""


def para(text: str) -> str:
    """Text that starts a line (a list item): a leading ``#``, ``-`` or ``1.`` stays text."""
    text = _LINE_START.sub(r"\1\\\2", esc(text).replace("\r\n", "\n"))
    return text.replace("\n", "  \n")


def _table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = [
        "| " + " | ".join(cell(h) for h in header) + " |",
        "|" + "|".join("---" for _ in header) + "|",
    ]
    lines += ["| " + " | ".join(cell(c) for c in row) + " |" for row in rows]
    return lines + [""]


def _overview(shared: Shared) -> list[str]:
    lines = [f"## {t('export.report.overview')}", ""]
    if not shared.goals:
        return lines + [t("export.report.no_goals"), ""]
    header, rows = r.overview_table(shared)
    return lines + _table(header, rows)


def _support(who: str, how: str, kind: str) -> str:
    """``- **Who** — how (kind)``: the kind after the person's own words."""
    return f"- **{esc(who)}**" + (f" — {para(how)}" if how else "") + f" ({esc(kind)})"


def _chart(shared: Shared, goal) -> list[str]:
    told = r.story(shared, goal)
    period = r.chosen_period(shared)
    if not told.count:
        return [r.chart_description(told, period), ""]
    first, latest = told.first, told.latest
    assert first is not None and latest is not None  # there is a position
    chart = text_chart(told.values, r.day(first.when), r.day(latest.when))
    return [r.chart_description(told, period), "", "```text", *chart, "```", ""]


def _goal(shared: Shared, goal, days: fmt.LocalDays) -> list[str]:
    lines = [f"## {esc(r.goal_heading(goal))}", ""]
    for label, value in r.goal_facts(shared, goal):
        lines.append(f"- **{esc(label)}:** {para(value)}")
    lines.append("")
    resources = shared.linked(shared.resources, goal)
    if resources:
        lines += [f"### {t('export.heading.resources')}", ""]
        lines += [f"- {para(text)} ({esc(kind)})" for text, kind in map(r.resource_line, resources)]
        lines.append("")
    supports = shared.linked(shared.supports, goal)
    if supports:
        lines += [f"### {t('heading.supports')}", ""]
        for who, how, kind in map(r.support_line, supports):
            lines.append(_support(who, how, kind))
        lines.append("")
    lines += [f"### {t('heading.history')}", ""]
    lines += _chart(shared, goal)
    header, rows = r.history_table(shared, goal, days)
    if rows:
        lines += _table(header, rows)
    notes = shared.linked(shared.notes, goal)
    if notes:
        lines += [f"### {t('export.heading.goal_notes')}", ""]
        lines += [f"- {r.day(n.when)}: {_answered(n)}{para(n.text)}" for n in notes]
        lines.append("")
    return lines


def _general(shared: Shared) -> list[str]:
    lines: list[str] = []
    resources = shared.general(shared.resources)
    if resources:
        lines += [f"## {t('export.heading.general_resources')}", ""]
        lines += [f"- {para(text)} ({esc(kind)})" for text, kind in map(r.resource_line, resources)]
        lines.append("")
    supports = shared.general(shared.supports)
    if supports:
        lines += [f"## {t('export.heading.general_supports')}", ""]
        for who, how, kind in map(r.support_line, supports):
            lines.append(_support(who, how, kind))
        lines.append("")
    notes = shared.general(shared.notes)
    if notes:
        lines += [f"## {t('export.heading.notes')}", ""]
        lines += [f"- {r.day(n.when)}: {_answered(n)}{para(n.text)}" for n in notes]
        lines.append("")
    if shared.checkins:
        lines += [f"## {t('export.heading.checkins')}", ""]
        lines += _table(*r.checkin_table(shared))
    for section in measure_sections(shared):
        lines += [f"## {esc(section.heading)}", "", para(section.about), ""]
        lines += (
            _table(section.header, section.rows) if section.rows else [t("export.measure.none"), ""]
        )
    return lines


def write_markdown(shared: Shared, *, version: str) -> bytes:
    """The whole report as UTF-8 Markdown."""
    lines = [
        f"# {r.title()}",
        "",
        r.made_line(shared, version),
        "",
        f"## {t('export.report.includes')}",
        "",
    ]
    lines += [f"- {para(line)}" for line in r.includes_lines(shared)]
    lines.append("")
    lines += _overview(shared)
    days = fmt.LocalDays()
    for goal in shared.goals:
        lines += _goal(shared, goal, days)
    lines += _general(shared)
    lines.append(f"*{r.bands_legend()}*")
    return ("\n".join(lines) + "\n").encode("utf-8")

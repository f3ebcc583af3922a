"""Reflections and check-ins as plain lines and JSON; the prompt catalogue;
the editor template for a new note."""

from __future__ import annotations

import shutil
import textwrap

from recovery_cli.domain.chime import DOMAINS
from recovery_cli.domain.prompts import GROUP_OF, GROUPS
from recovery_cli.domain.records import Checkin, Note
from recovery_cli.i18n import t
from recovery_cli.journal.core import Journal
from recovery_cli.views import format as fmt
from recovery_cli.views.out import style

INDENT = "  "
MAX_WIDTH = 100


def _width() -> int:
    return max(40, min(shutil.get_terminal_size((80, 24)).columns, MAX_WIDTH))


def _wrap(text: str, indent: str, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        lines.extend(textwrap.wrap(paragraph, width, initial_indent=indent,
                                   subsequent_indent=indent, break_on_hyphens=False) or [""])
    return lines


def group_title(group: str) -> str:
    if group in DOMAINS:
        return t("reflect.group.domain", domain=fmt.domain_name(group))
    return t(f"reflect.group.{group}")


def prompt_lines() -> list[str]:
    """Every prompt with its key, under its everyday question or CHIME domain."""
    width = _width()
    lines = [*_wrap(t("prompts.intro"), "", width), ""]
    key_width = max(len(key) for _, keys in GROUPS for key in keys) + 2
    for group, keys in GROUPS:
        lines.extend(style(line, bold=True) for line in _wrap(group_title(group), "", width))
        for key in keys:
            wrapped = _wrap(t(f"reflect.{key}"), " " * (len(INDENT) + key_width), width)
            first = wrapped[0].lstrip()
            lines.append(f"{INDENT}{key.ljust(key_width)}{first}")
            lines.extend(wrapped[1:])
        lines.append("")
    lines.extend(_wrap(t("prompts.outro"), "", width))
    return lines


def prompts_json() -> list[dict]:
    return [{"key": key, "group": group, "text": t(f"reflect.{key}")}
            for group, keys in GROUPS for key in keys]


def _goal_label(journal: Journal, goal_id: str | None) -> str:
    goal = journal.goals_by_id.get(goal_id) if goal_id else None
    return f"#{goal.number} {goal.title}" if goal else ""


def note_lines(journal: Journal, notes: list[Note]) -> list[str]:
    """Each note: when (and goal), the prompt it answers, then its text."""
    width = _width()
    lines: list[str] = []
    for note in notes:
        head = [fmt.moment_text(note.when)]
        goal = _goal_label(journal, note.goal)
        if goal:
            head.append(goal)
        lines.append(style(" · ".join(head), bold=True))
        if note.prompt and note.prompt in GROUP_OF:
            lines.extend(style(line, dim=True)
                         for line in _wrap(t(f"reflect.{note.prompt}"), INDENT, width))
        lines.extend(_wrap(note.text, INDENT, width))
        lines.append("")
    return lines[:-1]


def note_json(journal: Journal, note: Note) -> dict:
    goal = journal.goals_by_id.get(note.goal) if note.goal else None
    return {"id": note.id, "when": note.when, "text": note.text,
            "goal": goal.number if goal else None, "prompt": note.prompt}


def checkin_json(checkin: Checkin) -> dict:
    return {"id": checkin.id, "when": checkin.when, "scores": dict(checkin.scores),
            "note": checkin.note}


def scores_text(scores: dict[str, int]) -> str:
    """``Connectedness 5 · Hope 4``: the answered domains, in CHIME order."""
    return " · ".join(f"{fmt.domain_name(key)} {scores[key]}" for key in DOMAINS
                      if key in scores)


def checkin_lines(checkins: list[Checkin]) -> list[str]:
    """A compact table, newest first: the date, C H I M E, the note (- = skipped)."""
    days = [fmt.day_text(fmt.local(c.when).date()) for c in checkins]
    day_width = max([len(d) for d in days] + [len(t("col.date"))])
    letters = "  ".join(fmt.domain_letter(key) for key in DOMAINS)
    lines = [style(f"{t('col.date').ljust(day_width)}  {letters}  {t('col.note')}", bold=True)]
    for day, checkin in sorted(zip(days, checkins, strict=True), key=lambda pair: pair[1].when,
                               reverse=True):
        values = "  ".join(str(checkin.scores.get(key, "-")) for key in DOMAINS)
        lines.append(f"{day.ljust(day_width)}  {values}  {checkin.note or ''}".rstrip())
    legend = " · ".join(f"{fmt.domain_letter(k)} {fmt.domain_name(k)}" for k in DOMAINS)
    lines.extend(["", style(legend, dim=True)])
    return lines


def editor_template(key: str | None) -> str:
    """What the editor opens with: the prompt and a short help, as # lines."""
    lines = []
    if key:
        lines.extend(f"# {line}" for line in t(f"reflect.{key}").splitlines())
        lines.append("#")
    lines.extend(f"# {line}" for line in t("note.editor_help").splitlines())
    return "\n".join(lines) + "\n\n"


def strip_template(text: str, template: str) -> str:
    """The person's words: the template's own # lines removed, nothing else."""
    ours = {line for line in template.splitlines() if line.startswith("#")}
    return "\n".join(line for line in text.splitlines() if line not in ours).strip()

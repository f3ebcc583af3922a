"""Reflections and check-ins as plain lines and JSON; the prompt catalogue;
the editor template for a new note.

Each note and check-in shows its number (1 = the oldest), the one ``note rm N``
and ``checkin rm N`` take; a filtered list keeps every note's own number.
"""

from __future__ import annotations

import shutil
import textwrap

from recovery_cli.domain.chime import DOMAINS
from recovery_cli.domain.prompts import GROUP_OF, GROUPS
from recovery_cli.domain.records import Checkin, Note
from recovery_cli.i18n import t
from recovery_cli.journal.core import Journal
from recovery_cli.journal.corrections import numbers
from recovery_cli.views import format as fmt
from recovery_cli.views.out import style

INDENT = "  "
MAX_WIDTH = 100


def text_width() -> int:
    return max(40, min(shutil.get_terminal_size((80, 24)).columns, MAX_WIDTH))


def wrap_text(text: str, indent: str, width: int) -> list[str]:
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        lines.extend(
            textwrap.wrap(
                paragraph,
                width,
                initial_indent=indent,
                subsequent_indent=indent,
                break_on_hyphens=False,
            )
            or [""]
        )
    return lines


def group_title(group: str) -> str:
    if group in DOMAINS:
        return t("reflect.group.domain", domain=fmt.domain_name(group))
    return t(f"reflect.group.{group}")


def shown_key(key: str) -> str:
    """A prompt's key as the person types it: a CHIME prompt starts with the
    domain's letter in their language (Danish ``f1`` for ``c1``); an everyday
    one is spelt in their language (Danish ``hverdag1`` for ``matter1``)."""
    group = GROUP_OF.get(key)
    if group in DOMAINS:
        return fmt.domain_letter(group).lower() + key[1:]
    return t(f"reflect.key.{key}")


def prompt_lines() -> list[str]:
    """Every prompt with its key, under its everyday question or CHIME domain."""
    width = text_width()
    lines = [*wrap_text(t("prompts.intro"), "", width), ""]
    key_width = max(len(shown_key(key)) for _, keys in GROUPS for key in keys) + 2
    for group, keys in GROUPS:
        lines.extend(style(line, bold=True) for line in wrap_text(group_title(group), "", width))
        for key in keys:
            wrapped = wrap_text(t(f"reflect.{key}"), " " * (len(INDENT) + key_width), width)
            first = wrapped[0].lstrip()
            lines.append(f"{INDENT}{shown_key(key).ljust(key_width)}{first}")
            lines.extend(wrapped[1:])
        lines.append("")
    lines.extend(wrap_text(t("prompts.outro"), "", width))
    return lines


def prompts_json() -> list[dict]:
    return [
        {"key": key, "group": group, "text": t(f"reflect.{key}")}
        for group, keys in GROUPS
        for key in keys
    ]


def _goal_label(journal: Journal, goal_id: str | None) -> str:
    goal = journal.goals_by_id.get(goal_id) if goal_id else None
    return f"#{goal.number} {goal.title}" if goal else ""


def note_lines(journal: Journal, notes: list[Note]) -> list[str]:
    """Each note: ``#5 · 30 Nov 2026, 21:00 · #1 Football``, the prompt it
    answers, then its text."""
    width = text_width()
    numbered = numbers(journal.notes())
    lines: list[str] = []
    for note in notes:
        head = [f"#{numbered[note.id]}", fmt.moment_text(note.when)]
        goal = _goal_label(journal, note.goal)
        if goal:
            head.append(goal)
        lines.extend(style(line, bold=True) for line in wrap_text(" · ".join(head), "", width))
        if note.prompt and note.prompt in GROUP_OF:
            lines.extend(
                style(line, dim=True)
                for line in wrap_text(t(f"reflect.{note.prompt}"), INDENT, width)
            )
        lines.extend(wrap_text(note.text, INDENT, width))
        lines.append("")
    return lines[:-1]


def notes_json(journal: Journal, notes: list[Note]) -> list[dict]:
    """The notes given, each with its number among all notes."""
    numbered = numbers(journal.notes())
    return [{**note_json(journal, note), "number": numbered[note.id]} for note in notes]


def note_json(journal: Journal, note: Note) -> dict:
    goal = journal.goals_by_id.get(note.goal) if note.goal else None
    return {
        "id": note.id,
        "when": note.when,
        "text": note.text,
        "goal": goal.number if goal else None,
        "prompt": note.prompt,
    }


def checkins_json(checkins: list[Checkin]) -> list[dict]:
    """Every check-in (given oldest first, as numbered), newest first, with its number."""
    return [
        {**checkin_json(checkin), "number": number}
        for number, checkin in reversed(list(enumerate(checkins, 1)))
    ]


def checkin_json(checkin: Checkin) -> dict:
    return {
        "id": checkin.id,
        "when": checkin.when,
        "scores": dict(checkin.scores),
        "note": checkin.note,
    }


def scores_text(scores: dict[str, int]) -> str:
    """``Connectedness 5 · Hope 4``: the answered domains, in CHIME order."""
    return " · ".join(f"{fmt.domain_name(key)} {scores[key]}" for key in DOMAINS if key in scores)


NOTE_MIN = 20  # narrower than this, a check-in's note goes on lines of its own


def _joined(items: list[str], width: int) -> list[str]:
    """Items joined with `` · ``, starting a new line where the next one would not fit."""
    lines = [items[0]]
    for item in items[1:]:
        if len(lines[-1]) + 3 + len(item) <= width:
            lines[-1] += f" · {item}"
        else:
            lines.append(item)
    return lines


def checkin_lines(checkins: list[Checkin], limit: int | None = None) -> list[str]:
    """A compact table, newest first: the number, the date, C H I M E, the note
    (- = skipped). ``checkins`` come oldest first, as they are numbered; a note
    wraps within the terminal's width. ``limit`` keeps the newest ones."""
    width = text_width()
    days = [fmt.day_text(fmt.local(c.when).date()) for c in checkins]
    day_width = max([len(d) for d in days] + [len(t("col.date"))])
    number_width = len(str(len(checkins)))
    letters = "  ".join(fmt.domain_letter(key) for key in DOMAINS)
    head = f"{'#'.rjust(number_width)}  {t('col.date').ljust(day_width)}  {letters}  "
    note_width = width - len(head)
    lines = [style(f"{head}{t('col.note')}", bold=True)]
    rows = list(zip(range(1, len(checkins) + 1), days, checkins, strict=True))
    for number, day, checkin in reversed(rows if limit is None else rows[-limit:]):
        values = "  ".join(str(checkin.scores.get(key, "-")) for key in DOMAINS)
        start = f"{str(number).rjust(number_width)}  {day.ljust(day_width)}  {values}  "
        if not checkin.note:
            lines.append(start.rstrip())
        elif note_width >= NOTE_MIN:
            wrapped = wrap_text(checkin.note, " " * len(start), len(start) + note_width)
            lines.append(start + wrapped[0].lstrip())
            lines.extend(wrapped[1:])
        else:
            lines.append(start.rstrip())
            lines.extend(wrap_text(checkin.note, INDENT * 2, width))
    legend = [f"{fmt.domain_letter(k)} {fmt.domain_name(k)}" for k in DOMAINS]
    lines.extend(["", *(style(line, dim=True) for line in _joined(legend, width))])
    return lines


def editor_template(key: str | None) -> str:
    """What the editor opens with: the prompt and a short help, as # lines."""
    lines: list[str] = []
    if key:
        lines.extend(f"# {line}" for line in t(f"reflect.{key}").splitlines())
        lines.append("#")
    lines.extend(f"# {line}" for line in t("note.editor_help").splitlines())
    return "\n".join(lines) + "\n\n"


def strip_template(text: str, template: str) -> str:
    """The person's words: the template's own # lines removed, nothing else."""
    ours = {line for line in template.splitlines() if line.startswith("#")}
    return "\n".join(line for line in text.splitlines() if line not in ours).strip()

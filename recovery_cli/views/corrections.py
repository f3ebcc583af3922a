"""What an entry is called in a sentence, and what it looks like before it goes."""

from __future__ import annotations

from recovery_cli.i18n import t
from recovery_cli.journal.core import Journal
from recovery_cli.journal.corrections import Entry
from recovery_cli.views import format as fmt
from recovery_cli.views.notes import INDENT, scores_text, text_width, wrap_text

NOTE_ROWS = 6  # lines of a note's text shown before it is removed


def what(entry: Entry) -> str:
    """``resource 3``, ``position 4 of goal #1``: the entry in a sentence."""
    if entry.table == "positions" and entry.goal is not None:
        return t("fix.what.positions", number=entry.number, goal=entry.goal.number)
    return t(f"fix.what.{entry.table}", number=entry.number)


def subject(text: str) -> str:
    """``what`` at the start of a sentence: ``Position 4 of goal #1``."""
    return text[:1].upper() + text[1:]


def new_fields(entry: Entry, changed: list[str]) -> str:
    """What an edit gave the entry, as words after "has": ``a new kind
    (experience) and new words``; the kind is named, the person's words are not."""
    kind = getattr(entry.record, "kind", None)
    named = t(f"kind.{kind}") if kind else ""
    parts = [
        # a how or a goal edited away is said as gone, not as new
        t(f"fix.new.{name}" + ("" if getattr(entry.record, name) else "_none"), kind=named)
        for name in changed
    ]
    if len(parts) < 2:
        return "".join(parts)
    return t("fix.new.and", first=", ".join(parts[:-1]), last=parts[-1])


def _first_line(entry: Entry) -> tuple[str, list[tuple[str, str | None]]]:
    record = entry.record
    if entry.table == "positions" and entry.goal is not None:
        return t(
            "fix.show.positions",
            number=entry.number,
            goal=entry.goal.number,
            title=entry.goal.title,
            position=record.value,
            band=fmt.band_label(record.value),
            when=fmt.day_text(fmt.local(record.when).date()),
        ), [(t("col.note"), record.note), (t("col.helped"), record.helped)]
    if entry.table == "resources":
        return t(
            "fix.show.resources",
            number=entry.number,
            text=record.text,
            kind=t(f"kind.{record.kind}"),
        ), []
    if entry.table == "supports":
        return t(
            "fix.show.supports", number=entry.number, who=record.who, kind=t(f"kind.{record.kind}")
        ), [(t("col.how"), record.how)]
    if entry.table == "notes":
        return t("fix.show.notes", number=entry.number, when=fmt.moment_text(record.when)), []
    return t(
        "fix.show.checkins",
        number=entry.number,
        when=fmt.day_text(fmt.local(record.when).date()),
        scores=scores_text(record.scores),
    ), [(t("col.note"), record.note)]


def preview_lines(journal: Journal, entry: Entry) -> list[str]:
    """The entry as it will go: a first line, then its longer fields, wrapped to the
    terminal; a long note shows its first lines."""
    first, extra = _first_line(entry)
    goal_id = getattr(entry.record, "goal", None) if entry.table != "positions" else None
    goal = journal.goals_by_id.get(goal_id) if goal_id else None
    if goal is not None:
        extra.append((t("col.goal"), f"#{goal.number} {goal.title}"))
    width = text_width()
    lines = wrap_text(first, "", width)
    if entry.table == "positions" and getattr(entry.record, "by", None):
        lines.extend(wrap_text(t("export.by", who=entry.record.by), INDENT, width))
    for label, value in extra:
        if value:
            lines.extend(wrap_text(f"{label}: {value}", INDENT, width))
    if entry.table == "notes":
        text = wrap_text(entry.record.text, INDENT, width)
        lines.extend(text[:NOTE_ROWS] + ([INDENT + "…"] if len(text) > NOTE_ROWS else []))
    return lines

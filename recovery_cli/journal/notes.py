"""Reflections: writing a note and finding notes again."""

from __future__ import annotations

from recovery_cli.domain import records as rec
from recovery_cli.domain.records import Note
from recovery_cli.domain.text import clean_text, fold
from recovery_cli.domain.when import local_day, parse_day, parse_when
from recovery_cli.journal.core import Journal


def add_note(
    journal: Journal,
    text: str,
    *,
    prompt: str | None = None,
    goal: str | None = None,
    when: str | None = None,
) -> Note:
    """Keep a reflection in the person's own words, perhaps answering a prompt."""
    text = clean_text(text, field="text", required=True)  # before any other complaint
    moment = parse_when(when, journal.now) if when else journal.now
    note = Note(
        id=rec.new_id(),
        text=text,
        when=rec.stamp(moment),
        goal=journal.goal(goal).id if goal else None,
        prompt=prompt,
    )
    journal.insert(note)
    return note


def check_note_target(journal: Journal, *, goal: str | None, when: str | None) -> None:
    """Refuse a wrong --goal or --date before the person starts writing."""
    if goal:
        journal.goal(goal)
    if when:
        parse_when(when, journal.now)


def find_notes(
    journal: Journal,
    *,
    goal: str | None = None,
    since: str | None = None,
    search: str | None = None,
) -> list[Note]:
    """Notes that match every filter given, newest first.

    ``search`` matches notes that contain every word, ignoring case and accents.
    """
    notes = journal.notes()
    if goal:
        wanted = journal.goal(goal).id
        notes = [n for n in notes if n.goal == wanted]
    if since:
        day = parse_day(since, journal.now)
        notes = [n for n in notes if local_day(rec.read_stamp(n.when), journal.now) >= day]
    if search:
        words = fold(search).split()
        notes = [n for n in notes if all(word in fold(n.text) for word in words)]
    # oldest first (ties in the order they were written, as numbered), then
    # turned round, so notes written at the same moment are newest first too
    return sorted(notes, key=lambda n: n.when)[::-1]

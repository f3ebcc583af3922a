"""The CHIME self check-in: one everyday question per domain, each 1-8.

The questions are the person's own frame, in our own words; this is not a
validated questionnaire and borrows no items from one. It is asked by the
same flow as any measure (:mod:`recovery_cli.talk.measure`), with the
built-in check-in's definition.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from recovery_cli.domain.continuum import parse_position
from recovery_cli.domain.errors import InputError
from recovery_cli.talk.io import Talk
from recovery_cli.talk.measure import Taken, confirm_take, take_conversation


@dataclass
class CheckinAnswers:
    scores: dict[str, int] = field(default_factory=dict)
    note: str | None = None


def parse_answer(text: str) -> int:
    """1-8, with a hint in the check-in's own words (not 'far away'/'close')."""
    try:
        return parse_position(text)
    except InputError:
        raise InputError("error.checkin.answer", value=text) from None


def _definition():
    from recovery_cli.journal.measures import builtin

    return builtin()


def checkin_conversation(talk: Talk, *, ask_note: bool = True) -> CheckinAnswers:
    """Ask the five questions and an optional note; skipped ones are left out."""
    taken = take_conversation(talk, _definition(), ask_note=ask_note)
    return CheckinAnswers(
        scores={key: value for key, value in taken.answers.items() if value is not None},
        note=taken.note,
    )


def confirm_checkin(talk: Talk, answers: CheckinAnswers) -> bool:
    """The summary of a check-in and the question before it is saved."""
    taken = Taken(answers=dict(answers.scores), note=answers.note)
    return confirm_take(talk, _definition(), taken)

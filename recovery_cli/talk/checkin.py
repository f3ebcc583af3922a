"""The CHIME self check-in: one everyday question per domain, each 1-8.

The questions are the person's own frame, in our own words; this is not a
validated questionnaire and borrows no items from one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from recovery_cli.domain.chime import DOMAINS
from recovery_cli.domain.continuum import parse_position
from recovery_cli.domain.errors import InputError
from recovery_cli.i18n import t
from recovery_cli.talk.io import Talk, ask_text, ask_value
from recovery_cli.views import format as fmt


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


def checkin_conversation(talk: Talk, *, ask_note: bool = True) -> CheckinAnswers:
    """Ask the five questions and an optional note; skipped ones are left out."""
    talk.say(t("talk.checkin.intro"))
    talk.say("")
    answers = CheckinAnswers()
    for key in DOMAINS:
        question = t("talk.checkin.ask", domain=fmt.domain_name(key),
                     question=t(f"talk.checkin.question.{key}"))
        about = t("talk.help.checkin", domain=fmt.domain_name(key),
                  about=t(f"chime.{key}.about"))
        value = ask_value(talk, question, parse_answer, help=about)
        if value is not None:
            answers.scores[key] = value
    if answers.scores and ask_note:
        answers.note = ask_text(talk, t("talk.checkin.note"), "note",
                                help=t("talk.help.checkin_note"))
    return answers

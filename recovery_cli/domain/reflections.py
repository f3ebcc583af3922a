"""The person's reflections: notes in their own words, and CHIME check-ins.

Built on first use through :mod:`recovery_cli.domain.records`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from recovery_cli.domain.chime import DOMAINS
from recovery_cli.domain.continuum import check_position
from recovery_cli.domain.errors import InputError
from recovery_cli.domain.records import check_stamp, choice, text_field


@dataclass(frozen=True)
class Note:
    """A reflection in the person's own words, perhaps answering a prompt."""

    id: str
    text: str
    when: str
    goal: str | None = None
    prompt: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", text_field(self.text, "text", required=True))
        check_stamp(self.when, "when")


@dataclass(frozen=True)
class Checkin:
    """A self check-in: 1-8 for each CHIME domain the person answered."""

    id: str
    when: str
    scores: dict[str, int] = field(default_factory=dict)
    note: str | None = None

    def __post_init__(self) -> None:
        for key, value in self.scores.items():
            choice(key, DOMAINS, "error.chime.unknown")
            check_position(value)
        if not self.scores:
            raise InputError("error.checkin.empty")
        check_stamp(self.when, "when")
        object.__setattr__(self, "note", text_field(self.note, "note"))

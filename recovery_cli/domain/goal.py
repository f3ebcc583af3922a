"""A goal: something that matters to the person, tagged with CHIME domains.

Built on first use through :mod:`recovery_cli.domain.records`.
"""

from __future__ import annotations

from dataclasses import dataclass

from recovery_cli.domain.chime import DOMAINS
from recovery_cli.domain.errors import InputError
from recovery_cli.domain.records import GOAL_STATUSES, check_stamp, choice, text_field
from recovery_cli.domain.text import TITLE_MAX


@dataclass(frozen=True)
class Goal:
    """Something that matters to the person, on its way from abstract to concrete."""

    id: str
    number: int
    title: str
    created: str
    updated: str
    chime: tuple[str, ...] = ()
    status: str = "active"
    parent: str | None = None
    vision: str | None = None
    horizon: str | None = None
    change: str | None = None
    collaboration: str | None = None

    def __post_init__(self) -> None:
        if isinstance(self.number, bool) or not isinstance(self.number, int) or self.number < 1:
            raise InputError("error.record.bad_number")
        object.__setattr__(self, "title", text_field(self.title, "title", TITLE_MAX, required=True))
        object.__setattr__(self, "chime", tuple(self.chime))
        for key in self.chime:
            choice(key, DOMAINS, "error.chime.unknown")
        choice(self.status, GOAL_STATUSES, "error.status.unknown")
        for name in ("vision", "change", "collaboration"):
            object.__setattr__(self, name, text_field(getattr(self, name), name))
        check_stamp(self.created, "created")
        check_stamp(self.updated, "updated")
        if self.parent == self.id:
            raise InputError("error.goal.parent_self")

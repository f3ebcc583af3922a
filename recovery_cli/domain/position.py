"""A position: where the person stood on the 1-8 continuum for a goal.

Built on first use through :mod:`recovery_cli.domain.records`.
"""

from __future__ import annotations

from dataclasses import dataclass

from recovery_cli.domain.continuum import check_position
from recovery_cli.domain.records import check_stamp, text_field
from recovery_cli.domain.text import NAME_MAX


@dataclass(frozen=True)
class Position:
    """Where the person stood on the 1-8 continuum for a goal, at a moment."""

    id: str
    goal: str
    when: str
    value: int
    note: str | None = None
    helped: str | None = None
    by: str | None = None  # None: the person's own rating; else who gave this view

    def __post_init__(self) -> None:
        check_position(self.value)
        check_stamp(self.when, "when")
        # (text left out stays None: checked only where there is some, as
        # doctor and import check every position)
        if self.note is not None:
            object.__setattr__(self, "note", text_field(self.note, "note"))
        if self.helped is not None:
            object.__setattr__(self, "helped", text_field(self.helped, "helped"))
        if self.by is not None:
            object.__setattr__(self, "by", text_field(self.by, "by", NAME_MAX))

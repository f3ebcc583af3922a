"""What the person can draw on: resources (strengths, experiences) and supports
(people who help, and how).

Built on first use through :mod:`recovery_cli.domain.records`.
"""

from __future__ import annotations

from dataclasses import dataclass

from recovery_cli.domain.records import (
    RESOURCE_KINDS,
    SUPPORT_KINDS,
    check_stamp,
    choice,
    text_field,
)
from recovery_cli.domain.text import NAME_MAX


@dataclass(frozen=True)
class Resource:
    """A strength, an experience or a resource the person can draw on."""

    id: str
    text: str
    created: str
    kind: str = "resource"
    goal: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", text_field(self.text, "text", required=True))
        choice(self.kind, RESOURCE_KINDS, "error.resource.kind")
        check_stamp(self.created, "created")


@dataclass(frozen=True)
class Support:
    """Someone who helps, and how."""

    id: str
    who: str
    created: str
    kind: str = "other"
    how: str | None = None
    goal: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "who", text_field(self.who, "who", NAME_MAX, required=True))
        choice(self.kind, SUPPORT_KINDS, "error.support.kind")
        object.__setattr__(self, "how", text_field(self.how, "how"))
        check_stamp(self.created, "created")

"""Finding a goal from what a person types: ``3``, ``#3`` or part of its title."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from recovery_cli.domain.errors import InputError, NotPossible
from recovery_cli.domain.text import fold

if TYPE_CHECKING:
    from recovery_cli.domain.records import Goal


def parse_number(ref: str) -> int | None:
    """``'3'`` or ``'#3'`` -> 3; anything else -> None."""
    cleaned = ref.strip().removeprefix("#").strip()
    if cleaned.isascii() and cleaned.isdigit():
        return int(cleaned)
    return None


def resolve_goal(ref: str, goals: Iterable[Goal]) -> Goal:
    """The one goal ``ref`` points at, or an error naming what was found.

    A number is looked up exactly. Text matches every goal whose title contains
    it, ignoring case and accents; a title equal to it wins over partial matches.
    """
    goals = list(goals)
    if not ref.strip():
        raise InputError("error.goal.empty_ref")
    number = parse_number(ref)
    if number is not None:
        for goal in goals:
            if goal.number == number:
                return goal
        raise NotPossible("error.goal.no_number", number=number)
    wanted = fold(" ".join(ref.split()))
    matches = [g for g in goals if wanted in fold(" ".join(g.title.split()))]
    exact = [g for g in matches if fold(" ".join(g.title.split())) == wanted]
    if len(exact) == 1:
        return exact[0]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise NotPossible("error.goal.not_found", ref=ref)
    listing = ", ".join(f"#{g.number} {g.title}" for g in sorted(matches, key=lambda g: g.number))
    raise InputError("error.goal.ambiguous", ref=ref, candidates=listing)

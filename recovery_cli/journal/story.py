"""One goal's story: the read model every screen about a goal's movement draws from.

A :class:`Story` holds a goal's positions in order, the person's own and the
views others gave kept apart (only the person's own are where they are, how it
moved and what is charted), the moves between the person's own positions with
what they wrote at each (what helped; a note, where a step back's "what got in
the way" is kept), the first, highest and latest position, counts, and the
resources and supports linked to the goal.

The goal page, ``goal show --json``, the report, the sentence under each chart
panel, ``status``'s look back, ``helped``, the journey on ``goal reach`` and
``look-back`` all read the same story, so they cannot drift apart. Nothing here
computes a cause or a score: the words are the person's own, as written.

A story is cheap until asked for more: the chart needs only the person's own
``(when, value)`` marks; the records with their words are built the first time
a move or a view someone else gave is asked for.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property, partial
from operator import itemgetter
from typing import TYPE_CHECKING

from recovery_cli.journal.core import Journal, Mark

if TYPE_CHECKING:
    from recovery_cli.domain.records import Goal, Position, Resource, Support

UP, BACK, SAME = "up", "back", "same"


@dataclass(frozen=True)
class Move:
    """From one of the person's own positions to the next, as they logged it.

    ``number`` is the place of the position moved to in the goal's history
    (1 = the oldest, as ``recovery unlog`` takes it). ``helped`` and ``note``
    are the person's words at that log, verbatim (a note is where a step
    back's "what got in the way" is written).
    """

    before: int
    after: int
    when: str
    number: int
    helped: str | None = None
    note: str | None = None

    @property
    def steps(self) -> int:
        return self.after - self.before

    @property
    def direction(self) -> str:
        return UP if self.after > self.before else BACK if self.after < self.before else SAME

    @property
    def in_the_way(self) -> str | None:
        """What got in the way, as the person wrote it: the note at a step back."""
        return self.note if self.direction == BACK else None

    @property
    def words(self) -> bool:
        """Whether the person wrote something this move is gathered for: what
        helped (at any move) or, at a step back, what got in the way."""
        return bool(self.helped or self.in_the_way)


class Story:
    """One goal's positions and what surrounds them; see the module's docstring."""

    def __init__(
        self,
        goal: Goal,
        marks: Sequence[tuple[str, int]],
        history: Callable[[], Sequence[Position]],
        *,
        resources: Sequence[Resource] = (),
        supports: Sequence[Support] = (),
        others: Callable[[], Sequence[str]] | None = None,
    ) -> None:
        self.goal = goal
        self.marks: Sequence[tuple[str, int]] = marks  # (when, value), oldest first
        self._history = history
        self._others = others
        self.resources = tuple(resources)
        self.supports = tuple(supports)

    @classmethod
    def of(cls, journal: Journal, goal: Goal, *, linked: bool = False) -> Story:
        """The goal's story from the journal; ``linked`` also gathers the resources
        and supports linked to it (a chart does not need them)."""
        resources = supports = ()
        if linked:
            resources = tuple(r for r in journal.resources() if r.goal == goal.id)
            supports = tuple(s for s in journal.supports() if s.goal == goal.id)
        return cls(
            goal,
            journal.marks(goal),
            lambda: journal.history(goal),
            resources=resources,
            supports=supports,
            others=lambda: journal.others(goal),
        )

    @classmethod
    def told(
        cls,
        goal: Goal,
        history: Sequence[Position],
        *,
        resources: Sequence[Resource] = (),
        supports: Sequence[Support] = (),
    ) -> Story:
        """The story of the positions given (oldest first), such as the part of a
        journal a report shares."""
        kept = tuple(history)
        marks = [(p.when, p.value) for p in kept if p.by is None]
        return cls(goal, marks, lambda: kept, resources=resources, supports=supports)

    # -- the person's own positions (cheap) -------------------------------------

    @property
    def count(self) -> int:
        """How many positions the person gave themselves."""
        return len(self.marks)

    @property
    def first(self) -> Mark | None:
        return Mark(*self.marks[0]) if self.marks else None

    @property
    def latest(self) -> Mark | None:
        return Mark(*self.marks[-1]) if self.marks else None

    @cached_property
    def highest(self) -> Mark | None:
        """The highest position, the first time it was reached."""
        if not self.marks:
            return None
        top = max(value for _, value in self.marks)
        return Mark(*next(mark for mark in self.marks if mark[1] == top))

    @cached_property
    def lowest(self) -> Mark | None:
        """The lowest position, the first time it was reached."""
        if not self.marks:
            return None
        bottom = min(value for _, value in self.marks)
        return Mark(*next(mark for mark in self.marks if mark[1] == bottom))

    @property
    def values(self) -> list[int]:
        return [value for _, value in self.marks]

    def held_at(self, moment: str) -> Mark | None:
        """The position that held at ``moment`` (a stored stamp): the last one
        logged by then, or None before the first."""
        from bisect import bisect_right

        index = bisect_right(self.marks, moment, key=itemgetter(0))
        return Mark(*self.marks[index - 1]) if index else None

    def between(self, since: str | None, until: str | None = None) -> list[Mark]:
        """The marks logged from ``since`` to ``until`` (stamps, inclusive)."""
        return [
            Mark(*m)
            for m in self.marks
            if (since is None or m[0] >= since) and (until is None or m[0] <= until)
        ]

    # -- every position, with the words (built on first use) ---------------------

    @cached_property
    def history(self) -> tuple[Position, ...]:
        """Every position on the goal, oldest first, the views others gave too."""
        return tuple(self._history())

    @cached_property
    def own(self) -> tuple[Position, ...]:
        """The person's own positions, as records."""
        return tuple(p for p in self.history if p.by is None)

    @cached_property
    def others(self) -> tuple[Position, ...]:
        """Views someone else gave (they came in through an import): listed, never
        charted, never where the person is."""
        return tuple(p for p in self.history if p.by is not None)

    @cached_property
    def others_names(self) -> tuple[str, ...]:
        """Who else gave a view, first given first (known from the journal's index
        without building the records, when the story comes from a journal)."""
        if self._others is not None:
            return tuple(self._others())
        return tuple(dict.fromkeys(p.by for p in self.others if p.by))

    @cached_property
    def moves(self) -> tuple[Move, ...]:
        """Each own position after the first, as a move from the one before it,
        oldest first (holding a position is a move of no steps)."""
        moves = []
        before = None
        for number, position in enumerate(self.history, 1):
            if position.by is not None:
                continue
            if before is not None:
                moves.append(
                    Move(
                        before.value,
                        position.value,
                        position.when,
                        number,
                        position.helped,
                        position.note,
                    )
                )
            before = position
        return tuple(moves)

    @property
    def steps_up(self) -> int:
        return sum(1 for move in self.moves if move.direction == UP)

    @property
    def steps_back(self) -> int:
        return sum(1 for move in self.moves if move.direction == BACK)

    @property
    def with_words(self) -> tuple[Move, ...]:
        """The moves the person wrote something at, newest first."""
        return tuple(move for move in reversed(self.moves) if move.words)

    @property
    def latest_helped(self) -> Position | None:
        """The latest of the person's own positions with "what helped" written."""
        return next((p for p in reversed(self.own) if p.helped), None)


def stories(journal: Journal, goals: Sequence[Goal], *, linked: bool = False) -> list[Story]:
    """The stories of several goals (their positions read in one pass, the linked
    resources and supports too when ``linked``)."""
    if len(goals) > 1:
        journal.expect_many()
    if not linked:
        return [Story.of(journal, goal) for goal in goals]
    resources, supports = journal.resources(), journal.supports()
    return [
        Story(
            goal,
            journal.marks(goal),
            partial(journal.history, goal),
            resources=[r for r in resources if r.goal == goal.id],
            supports=[s for s in supports if s.goal == goal.id],
            others=partial(journal.others, goal),
        )
        for goal in goals
    ]

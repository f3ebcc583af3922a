"""What an example person is made of: structure here, words in their catalog.

Everything is fictional and deterministic. Days count back from the day the
sandbox is built; texts are catalog keys under the person's ``content``
prefix, so a Danish example is written in Danish, not English with Danish
labels. There are no fields for diagnoses, symptoms or medication.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# (days ago, position, has a note, has "what helped")
PositionSpec = tuple[int, int, bool, bool]


@dataclass(frozen=True)
class DemoGoal:
    """A goal: ``<content>.goal.<key>.title / .vision / .change / .together``,
    and ``.note<n>`` / ``.helped<n>`` for its n-th position (1 the oldest)."""

    key: str
    chime: tuple[str, ...]
    horizon: str
    started: int  # days ago
    parent: str | None = None  # an abstract goal this concrete step belongs to
    status: str = "active"
    positions: tuple[PositionSpec, ...] = field(default_factory=tuple)


@dataclass(frozen=True)
class OthersView:
    """A supporter's view of a goal, kept as theirs and never charted as the
    person's own: ``<content>.view.<n>.note``, the supporter's ``.who`` key."""

    goal: str
    days: int
    value: int
    support: str  # the support key whose name gives the view


@dataclass(frozen=True)
class Person:
    """An example person. ``key`` is the name a peer worker types; their words
    are ``people.<key>.name / .summary / .intro`` and, for the content,
    ``<content>.*`` (the first example kept its original ``demo.*`` keys)."""

    key: str
    content: str
    goals: tuple[DemoGoal, ...]
    # (key, kind, goal key or None): <content>.resource.<key>
    resources: tuple[tuple[str, str, str | None], ...]
    # (key, kind, goal key or None): <content>.support.<key>.who / .how
    supports: tuple[tuple[str, str, str | None], ...]
    # (days ago, goal key or None, prompt key or None): <content>.note.<n>
    notes: tuple[tuple[int, str | None, str | None], ...]
    # (days ago, connectedness, hope, identity, meaning, empowerment)
    checkins: tuple[tuple[int, int, int, int, int, int], ...]
    # the goal the course follows: its page, its chart, what helped
    journey: str
    # the goal the tour's commands use (<content>.example.ref names it in words)
    example: str
    # check-ins with a note: their index in ``checkins`` -> <content>.checkin.<n>
    checkin_notes: tuple[int, ...] = ()
    others: tuple[OthersView, ...] = ()
    # own measures the person takes (demo/build.py knows them by key: "example"
    # is the one written for this tool), each with a monthly series of results
    measures: tuple[str, ...] = ()

    def next_position(self, key: str) -> int:
        """A position to log live for goal ``key``: one step on from its latest."""
        goal = next(goal for goal in self.goals if goal.key == key)
        return min(max(goal.positions, key=lambda spec: -spec[0])[1] + 1, 8)

    def goal_number(self, key: str) -> int:
        """The short number the goal gets (goals are numbered in order)."""
        return [goal.key for goal in self.goals].index(key) + 1

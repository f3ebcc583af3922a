"""Saving what a guided conversation gathered, through the ordinary use cases.

The conversation (``recovery_cli.talk``) fills in a plan; nothing touches the
journal until the person has seen the summary and said yes. Then one of the
``save_*`` functions runs inside a single journal session, so either all of it
is written or none of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from recovery_cli.domain.records import Goal, Note, Position, Resource, Support
from recovery_cli.journal.core import Journal
from recovery_cli.journal.entries import add_resource, add_support, log_position
from recovery_cli.journal.goals import GoalDraft, add_goal
from recovery_cli.journal.notes import add_note

MATTERS_PROMPT = "matter1"
IN_THE_WAY_PROMPT = "way1"
HELPED_PROMPT = "step2"
NEXT_STEP_PROMPT = "step1"


@dataclass(frozen=True)
class ResourceAnswer:
    text: str
    kind: str = "resource"


@dataclass(frozen=True)
class SupportAnswer:
    who: str
    kind: str = "other"
    how: str | None = None


@dataclass
class GuidePlan:
    """The answers of a new-goal conversation; ``goal`` is None when skipped."""

    matters: str | None = None
    in_the_way: str | None = None
    goal: GoalDraft | None = None
    resources: list[ResourceAnswer] = field(default_factory=list)
    supports: list[SupportAnswer] = field(default_factory=list)

    def is_empty(self) -> bool:
        return not (self.matters or self.in_the_way or self.goal or self.resources or self.supports)


@dataclass(frozen=True)
class GuideSaved:
    goal: Goal | None
    position: Position | None
    notes: list[Note]
    resources: list[Resource]
    supports: list[Support]


def save_guide(journal: Journal, plan: GuidePlan) -> GuideSaved:
    """Write a new-goal conversation: goal and first position, reflections,
    resources and supports, all linked to the goal when there is one."""
    goal, position = add_goal(journal, plan.goal) if plan.goal else (None, None)
    ref = f"#{goal.number}" if goal else None
    notes = [
        add_note(journal, text, prompt=prompt, goal=ref)
        for prompt, text in ((MATTERS_PROMPT, plan.matters), (IN_THE_WAY_PROMPT, plan.in_the_way))
        if text
    ]
    resources = [add_resource(journal, r.text, kind=r.kind, goal=ref) for r in plan.resources]
    supports = [
        add_support(journal, s.who, kind=s.kind, how=s.how, goal=ref) for s in plan.supports
    ]
    return GuideSaved(goal, position, notes, resources, supports)


@dataclass
class FollowUpPlan:
    """The answers of a follow-up conversation about one goal."""

    goal: Goal
    before: Position | None
    position: int | None = None
    helped: str | None = None
    in_the_way: str | None = None
    next_step: str | None = None

    def is_empty(self) -> bool:
        return (
            self.position is None and not self.helped and not self.in_the_way and not self.next_step
        )

    @property
    def step_back(self) -> bool:
        """Whether the new position is lower than the one before it."""
        return (
            self.position is not None
            and self.before is not None
            and self.position < self.before.value
        )


@dataclass(frozen=True)
class FollowUpSaved:
    position: Position | None
    notes: list[Note]


def save_followup(journal: Journal, plan: FollowUpPlan) -> FollowUpSaved:
    """Log the new position, with what helped as its "what helped" and what got
    in the way as its note, and keep the next step as a note.

    Without a position, what helped and what got in the way are kept as notes
    of their own, each with the prompt it answers.
    """
    ref = f"#{plan.goal.number}"
    position = None
    notes: list[Note] = []
    if plan.position is not None:
        _, position, _ = log_position(
            journal, ref, str(plan.position), helped=plan.helped, note=plan.in_the_way
        )
    else:
        notes += [
            add_note(journal, text, prompt=prompt, goal=ref)
            for prompt, text in ((HELPED_PROMPT, plan.helped), (IN_THE_WAY_PROMPT, plan.in_the_way))
            if text
        ]
    if plan.next_step:
        notes.append(add_note(journal, plan.next_step, prompt=NEXT_STEP_PROMPT, goal=ref))
    return FollowUpSaved(position, notes)

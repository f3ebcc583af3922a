"""The questions of the guided conversation for a new goal, in the order the
guide asks them: one catalog key each. The guide asks with these keys and the
course lists them, so the two cannot drift apart.

A question's words on how to answer it ("Type ? to see the continuum:") are a
key of their own, said after it at the terminal only.
"""

from __future__ import annotations

MATTERS = "reflect.matter1"  # kept with the reflection it becomes (its prompt)
IN_THE_WAY = "reflect.way1"
GOAL = "talk.question.goal"
CHIME = "talk.question.chime"
POSITION = "talk.question.position"
VISION = "talk.guide.vision"
HORIZON = "talk.question.horizon"
CHANGE = "talk.guide.change"
RESOURCES = "talk.question.resources"
SUPPORTS = "talk.question.supports"
TOGETHER = "talk.guide.together"

NEW_GOAL: tuple[str, ...] = (
    MATTERS,
    IN_THE_WAY,
    GOAL,
    CHIME,
    POSITION,
    VISION,
    HORIZON,
    CHANGE,
    RESOURCES,
    SUPPORTS,
    TOGETHER,
)

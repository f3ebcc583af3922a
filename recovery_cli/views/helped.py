"""What ``recovery helped`` shows: in the person's own words, what helped at each
step up and what got in the way at each step back, newest first, per goal.

Only what the person wrote, with the move it was written at ("from 3 to 4 on
25 Aug"): no cause is worked out and nothing is scored. Renders into any
console width; ``helped_json`` is the ``--json`` shape (see docs/json.md).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from rich.console import Group, RenderableType
from rich.text import Text

from recovery_cli.i18n import t
from recovery_cli.journal.story import BACK, UP
from recovery_cli.views.fit import Indented
from recovery_cli.views.story import move_text

if TYPE_CHECKING:
    from recovery_cli.journal.story import Move, Story

ARROWS = {UP: "↑", BACK: "↓"}
SHAPE_VERSION = 1


def _move(move: Move, now: datetime) -> list[RenderableType]:
    out: list[RenderableType] = [
        Text.assemble((ARROWS.get(move.direction, "→") + " ", "bold"), move_text(move, now))
    ]
    if move.helped:
        out.append(
            Indented("  ", Text.assemble((t("helped.label.helped") + " ", "dim"), move.helped))
        )
    if move.in_the_way:
        out.append(
            Indented(
                "  ", Text.assemble((t("helped.label.in_the_way") + " ", "dim"), move.in_the_way)
            )
        )
    return out


def story_part(story: Story, now: datetime, count: int | None = None) -> list[RenderableType]:
    """One goal: its title, then each move with words, newest first (the newest
    ``count`` of them; None: all)."""
    goal = story.goal
    out: list[RenderableType] = [Text(f"#{goal.number} {goal.title}", style="bold")]
    if not story.count:
        out.append(Text(t("helped.no_positions", number=goal.number), style="dim"))
        return out
    moves = story.with_words
    if not moves:
        out.append(Text(t("helped.no_words", number=goal.number), style="dim"))
    for move in moves[:count]:
        out += _move(move, now)
    return out


def helped_view(
    stories: Sequence[Story], now: datetime, count: int | None = None
) -> RenderableType:
    """The goals' words one goal after the other, each goal's newest ``count``."""
    parts: list[RenderableType] = []
    for story in stories:
        if parts:
            parts.append(Text(""))
        parts += story_part(story, now, count)
    return Group(*parts)


def helped_json(stories: Sequence[Story], count: int | None = None) -> dict:
    """``{"version", "goals": [{"number", "title", "moves": [...]}]}``, newest
    first, each goal's newest ``count`` moves (None: all)."""
    return {
        "version": SHAPE_VERSION,
        "goals": [
            {
                "number": s.goal.number,
                "id": s.goal.id,
                "title": s.goal.title,
                "moves": [
                    {
                        "from": m.before,
                        "to": m.after,
                        "when": m.when,
                        "direction": m.direction,
                        "position": m.number,
                        "helped": m.helped,
                        "in_the_way": m.in_the_way,
                    }
                    for m in s.with_words[:count]
                ],
            }
            for s in stories
        ],
    }

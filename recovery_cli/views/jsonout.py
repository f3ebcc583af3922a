"""The stable JSON shapes read commands print with ``--json`` (see docs/json.md)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import orjson

from recovery_cli.domain.continuum import band_of
from recovery_cli.journal.core import Journal

if TYPE_CHECKING:
    from recovery_cli.domain.records import Goal, Position, Resource, Support

SHAPE_VERSION = 1


def dumps(value: object) -> str:
    return orjson.dumps(value, option=orjson.OPT_INDENT_2).decode()


def position_json(position: Position) -> dict:
    return {
        "id": position.id,
        "when": position.when,
        "position": position.value,
        "band": band_of(position.value),
        "note": position.note,
        "helped": position.helped,
        "by": position.by,
    }


def goal_json(journal: Journal, goal: Goal) -> dict:
    latest = journal.latest(goal)
    parent = journal.goals_by_id.get(goal.parent) if goal.parent else None
    return {
        "number": goal.number,
        "id": goal.id,
        "title": goal.title,
        "chime": list(goal.chime),
        "status": goal.status,
        "parent": parent.number if parent else None,
        "vision": goal.vision,
        "horizon": goal.horizon,
        "change": goal.change,
        "collaboration": goal.collaboration,
        "created": goal.created,
        "updated": goal.updated,
        "position": position_json(latest) if latest else None,
    }


def _goal_number(journal: Journal, goal_id: str | None) -> int | None:
    goal = journal.goals_by_id.get(goal_id) if goal_id else None
    return goal.number if goal else None


def resource_json(journal: Journal, resource: Resource) -> dict:
    return {
        "id": resource.id,
        "text": resource.text,
        "kind": resource.kind,
        "goal": _goal_number(journal, resource.goal),
        "created": resource.created,
    }


def support_json(journal: Journal, support: Support) -> dict:
    return {
        "id": support.id,
        "who": support.who,
        "kind": support.kind,
        "how": support.how,
        "goal": _goal_number(journal, support.goal),
        "created": support.created,
    }


def _mark_json(mark) -> dict | None:
    return {"when": mark.when, "position": mark.value} if mark is not None else None


def story_json(story) -> dict:
    """What the goal's story adds to its page: the person's own first, highest
    and latest position, how many they gave, steps up and back, and who else
    gave a view (see docs/json.md)."""
    return {
        "first": _mark_json(story.first),
        "highest": _mark_json(story.highest),
        "latest": _mark_json(story.latest),
        "count": story.count,
        "steps_up": story.steps_up,
        "steps_back": story.steps_back,
        "others": list(story.others_names),
    }


def goal_page_json(journal: Journal, goal: Goal) -> dict:
    """One goal with its history, resources and supports; each carries its ``number``
    (positions per goal, 1 = the oldest); and its story's figures."""
    from recovery_cli.journal.story import Story

    story = Story.of(journal, goal)
    data = goal_json(journal, goal)
    data["history"] = [
        {**position_json(p), "number": number} for number, p in enumerate(story.history, 1)
    ]
    data["children"] = [child.number for child in journal.children(goal)]
    data["resources"] = [
        {**resource_json(journal, r), "number": number}
        for number, r in enumerate(journal.resources(), 1)
        if r.goal == goal.id
    ]
    data["supports"] = [
        {**support_json(journal, s), "number": number}
        for number, s in enumerate(journal.supports(), 1)
        if s.goal == goal.id
    ]
    data["story"] = story_json(story)
    return data


def status_json(journal: Journal, view) -> dict:
    """The overview: active goals with their movement, and counts of the rest."""
    return {
        "version": SHAPE_VERSION,
        "active": [
            {
                **goal_json(journal, s.goal),
                "change_30d": s.change,
                "recent": list(s.recent),
                "resources": s.resources,
                "supports": s.supports,
            }
            for s in view.active
        ],
        "counts": {status: len(goals) for status, goals in view.by_status.items()},
        "resources": view.resources,
        "supports": view.supports,
        "coverage": view.coverage,
        "lookback": _lookback_json(view.lookback),
        "without_resources": [g.number for g in view.without_resources],
        "without_supports": [g.number for g in view.without_supports],
    }


def _lookback_json(found) -> dict | None:
    if found is None:
        return None
    return {
        "goal": found.goal.number,
        "before": found.before,
        "after": found.after,
        "then": found.then,
        "period": found.period,
    }

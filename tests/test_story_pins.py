"""Outputs that the story read model must not change, pinned before it was built.

The goal page (without its chart), ``goal show --json``, ``status`` and its
``--json``, and the Markdown and HTML reports (without their charts) of one
fixed journal, at a fixed moment, in English (Danish wording is being reworded
on a branch of its own; the read model says the same in both). The expected texts
live in ``tests/pins/``; ``PIN_UPDATE=1 pytest tests/test_story_pins.py``
writes them again after a change that is meant.
"""

from __future__ import annotations

import os
import re
from datetime import datetime, timezone
from io import StringIO
from pathlib import Path

import pytest

from recovery_cli.domain.records import (
    Checkin,
    Goal,
    Note,
    Position,
    Resource,
    Support,
)
from recovery_cli.domain.reflections import checkin_as_result
from recovery_cli.domain.results import Result
from recovery_cli.i18n import set_language
from recovery_cli.journal import Journal
from tests.journal_data import write_journal

PINS = Path(__file__).with_name("pins")
NOW = datetime(2026, 10, 1, 12, 0, tzinfo=timezone.utc)


def _at(month: int, day: int) -> str:
    return f"2026-{month:02d}-{day:02d}T10:00:00+00:00"


GOALS = [
    Goal(
        id="g1",
        number=1,
        title="Play on a local football team",
        created=_at(3, 1),
        updated=_at(3, 1),
        chime=("connectedness", "identity", "meaning"),
        vision="I train every Tuesday",
        horizon="6m",
        change="Find a club near me",
        collaboration="We meet every second week",
    ),
    Goal(
        id="g2",
        number=2,
        title="Training on Tuesday",
        created=_at(3, 2),
        updated=_at(3, 2),
        chime=("connectedness",),
        parent="g1",
    ),
    Goal(
        id="g3",
        number=3,
        title="Find work I like",
        created=_at(3, 3),
        updated=_at(3, 3),
        chime=("meaning", "empowerment"),
    ),
    Goal(
        id="g4",
        number=4,
        title="Cook for friends",
        created=_at(3, 4),
        updated=_at(8, 1),
        chime=("connectedness",),
        status="reached",
    ),
]
POSITIONS = [
    Position(id="p1", goal="g1", when=_at(3, 1), value=2, note="Looked up clubs"),
    Position(
        id="p2",
        goal="g1",
        when=_at(4, 10),
        value=3,
        note="Called the club",
        helped="My brother came along",
    ),
    Position(id="p3", goal="g1", when=_at(5, 20), value=5, helped="Peer group"),
    Position(id="p4", goal="g1", when=_at(6, 15), value=4, note="Knee hurt"),
    Position(id="p5", goal="g1", when=_at(9, 20), value=6, helped="Going anyway"),
    Position(id="p6", goal="g1", when=_at(9, 25), value=7, by="Maja"),
    Position(id="p7", goal="g2", when=_at(8, 1), value=2),
    Position(id="p8", goal="g2", when=_at(9, 1), value=3),
    Position(id="p9", goal="g3", when=_at(4, 1), value=4),
    Position(id="p10", goal="g3", when=_at(7, 1), value=4),
    Position(id="p11", goal="g4", when=_at(3, 4), value=3),
    Position(id="p12", goal="g4", when=_at(7, 30), value=7, helped="Asked Anna first"),
]
OTHERS = {
    "resources": [
        Resource(
            id="r1",
            text="Played football as a kid",
            created=_at(3, 2),
            kind="experience",
            goal="g1",
        ),
        Resource(id="r2", text="Patience", created=_at(3, 5), kind="strength"),
    ],
    "supports": [
        Support(
            id="s1",
            who="My brother",
            created=_at(3, 2),
            kind="family",
            how="Drives me to training",
            goal="g1",
        )
    ],
    "notes": [
        Note(id="n1", text="A good week", when=_at(9, 21), goal="g1"),
        Note(id="n2", text="Quiet day", when=_at(9, 22)),
    ],
    # check-ins are results of the built-in check-in
    "results": [
        Result(**checkin_as_result(c))
        for c in (
            Checkin(id="c1", when=_at(9, 1), scores={"connectedness": 4, "hope": 5}),
            Checkin(
                id="c2", when=_at(9, 28), scores={"connectedness": 5, "hope": 6, "identity": 4}
            ),
        )
    ],
}


@pytest.fixture
def pinned(tmp_path):
    path = tmp_path / "journal.json"
    write_journal(path, {"goals": GOALS, "positions": POSITIONS, **OTHERS})
    return path


def _render(renderable, width: int = 100) -> str:
    from recovery_cli.charts.output import strip_ansi
    from recovery_cli.views.console import make_console

    buffer = StringIO()
    make_console(buffer, width=width).print(renderable)
    return strip_ansi(buffer.getvalue())  # the same with FORCE_COLOR set


def _outputs(path: Path) -> dict[str, str]:
    from recovery_cli.export.htmlout import write_html
    from recovery_cli.export.markdown import write_markdown
    from recovery_cli.journal.overview import overview
    from recovery_cli.journal.selection import Choice, select
    from recovery_cli.views.goals import goal_page
    from recovery_cli.views.jsonout import dumps, goal_page_json, status_json
    from recovery_cli.views.status import status_view

    with Journal.open(path, write=False, now=NOW) as journal:
        found = {}
        for number in ("1", "2", "4"):
            goal = journal.goal(number)
            found[f"goal-{number}.txt"] = _render(goal_page(journal, goal))
            found[f"goal-{number}.json"] = dumps(goal_page_json(journal, goal))
        view = overview(journal)
        found["status.txt"] = _render(status_view(view, NOW, 100), 100)
        found["status.json"] = dumps(status_json(journal, view))
        shared = select(journal, Choice())
        markdown = write_markdown(shared, version="0").decode()
        found["report.md"] = re.sub(r"```text\n.*?```\n", "", markdown, flags=re.S)
        html = write_html(shared, version="0").decode()
        html = re.sub(
            r"<figure>.*?</figure>|<svg.*?</svg>|<style>.*?</style>", "", html, flags=re.S
        )
        found["report.html.txt"] = re.sub(r"<[^>]+>", "\n", html)
    return found


def test_outputs_are_as_pinned(pinned):
    set_language("en")
    found = _outputs(pinned)
    folder = PINS
    if os.environ.get("PIN_UPDATE"):
        folder.mkdir(parents=True, exist_ok=True)
        for name, text in found.items():
            (folder / name).write_text(text, encoding="utf-8")
    for name, text in found.items():
        expected = (folder / name).read_text(encoding="utf-8")
        assert text == expected, name

"""The report's movement is true: "at 5 throughout" only when it never moved,
"at 5 again" (never "from 5 to 5") when it came back to where it began."""

from __future__ import annotations

import pytest

from recovery_cli.domain.records import Goal, Position
from recovery_cli.export import report
from recovery_cli.i18n import set_language
from tests.journal_data import write_journal

T = "2026-03-{:02d}T10:00:00+00:00"


def _goal(ident: str, number: int, title: str) -> Goal:
    return Goal(id=ident, number=number, title=title, created=T.format(1), updated=T.format(1))


@pytest.fixture
def moving(journal_file):
    values = {"g1": [5, 5, 4, 5, 3, 5], "g2": [4, 4, 4], "g3": [2, 3, 5]}
    positions = [
        Position(id=f"{goal}-{day}", goal=goal, when=T.format(day + 1), value=value)
        for goal, row in values.items()
        for day, value in enumerate(row, 1)
    ]
    write_journal(
        journal_file,
        {
            "goals": [
                _goal("g1", 1, "Walk every day"),
                _goal("g2", 2, "Read a book"),
                _goal("g3", 3, "Sing in a choir"),
            ],
            "positions": positions,
        },
    )
    return journal_file


def _row(text: str, number: int) -> str:
    return next(line for line in text.splitlines() if line.startswith(f"| {number} |"))


def test_markdown_says_at_5_throughout_only_when_it_never_moved(cli, moving):
    done = cli("--lang", "en", "export", "--format", "md")
    assert done.code == 0, done
    text = done.out
    assert "throughout" not in _row(text, 1)
    assert _row(text, 1).endswith("| at 5 again, between 3 and 5 in the meantime |")
    assert _row(text, 2).endswith("| at 4 throughout |")
    assert _row(text, 3).endswith("| from 2 to 5 |")  # all within the two: no range
    # the caption under each goal's chart says the same thing
    assert (
        "6 positions from 2 Mar 2026 to 7 Mar 2026: at 5 again, between 3 and 5 in the meantime."
        in text
    )
    assert "3 positions from 2 Mar 2026 to 4 Mar 2026: at 4 throughout." in text


def test_html_and_danish_say_the_same(cli, moving):
    html = cli("--lang", "en", "export", "--format", "html").out
    assert "at 5 again, between 3 and 5 in the meantime" in html and "at 5 throughout" not in html
    danish = cli("--lang", "da", "export", "--format", "md").out
    assert _row(danish, 1).endswith("| på 5 igen, mellem 3 og 5 undervejs |")
    assert _row(danish, 2).endswith("| på 4 hele tiden |")


@pytest.mark.parametrize(
    ("values", "english"),
    [
        ([5, 5], "at 5 throughout"),
        ([5, 4], "from 5 to 4"),
        ([5, 6, 4], "from 5 to 4, between 4 and 6"),
        ([5, 3, 4], "from 5 to 4, between 3 and 5"),
        ([1, 8, 1], "at 1 again, between 1 and 8 in the meantime"),
    ],
)
def test_movement_sentence(values, english):
    set_language("en")
    assert report.movement(values) == english

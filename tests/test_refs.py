"""Finding a goal by number, #number or part of its title."""

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from recovery_cli.domain import records as rec
from recovery_cli.domain.errors import InputError, NotPossible
from recovery_cli.domain.refs import resolve_goal
from recovery_cli.domain.text import fold

NOW = "2026-11-23T10:00:00+00:00"


def goal(number, title):
    return rec.Goal(id=rec.new_id(), number=number, title=title, created=NOW, updated=NOW)


GOALS = [
    goal(1, "Play on a local football team"),
    goal(2, "Cook dinner for friends"),
    goal(3, "Gå en tur i skoven"),
    goal(4, "Cook"),
    goal(12, "Read a book"),
]


@pytest.mark.parametrize(
    "ref, number",
    [
        ("1", 1),
        ("#1", 1),
        ("# 12", 12),
        ("football", 1),
        ("FOOTBALL", 1),
        ("skoven", 3),
        ("ga en tur", 3),
        ("Gå en TUR", 3),
        ("cook", 4),
        ("dinner", 2),
        ("book", 12),
    ],
)
def test_references(ref, number):
    assert resolve_goal(ref, GOALS).number == number


def test_ambiguous_lists_the_candidates():
    with pytest.raises(InputError) as caught:
        resolve_goal("o", GOALS)
    assert "#1 Play on a local football team" in caught.value.params["candidates"]


def test_missing_number_and_title():
    with pytest.raises(NotPossible):
        resolve_goal("99", GOALS)
    with pytest.raises(NotPossible):
        resolve_goal("swimming", GOALS)
    with pytest.raises(InputError):
        resolve_goal("  ", GOALS)


titles = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zs")), min_size=1, max_size=30
)


@given(st.lists(titles, min_size=1, max_size=6, unique_by=fold))
def test_every_goal_is_found_by_its_number_and_its_full_title(names):
    assume(not any(name.strip().lstrip("#").strip().isdigit() for name in names))
    goals = [goal(i + 1, name) for i, name in enumerate(names)]
    for g in goals:
        assert resolve_goal(str(g.number), goals) is g
        assert resolve_goal(f"#{g.number}", goals) is g
        assert resolve_goal(g.title, goals) is g

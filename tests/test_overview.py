"""The dashboard's data, computed directly from a journal (no rendering)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from recovery_cli.journal import Journal
from recovery_cli.journal.overview import find_lookback, overview
from recovery_cli.journal.story import stories
from recovery_cli.journal.timeline import chart_range, domain_lines, goal_lines, select_goals
from tests.charts_seed import FOOTBALL, seed

NOW = datetime(2026, 4, 9, 10, 0, tzinfo=timezone.utc)


@pytest.fixture
def football(tmp_path):
    path = tmp_path / "journal.json"
    seed(
        path,
        FOOTBALL,
        now=NOW,
        resources=[("Played as a kid", "1")],
        supports=[("My brother", "1"), ("Job centre", "3")],
    )
    with Journal.open(path, write=False, now=NOW) as journal:
        yield journal


def test_changes_over_thirty_days(football):
    view = overview(football)
    change = {s.goal.number: s.change for s in view.active}
    assert change == {1: 1, 2: 1, 3: -1, 4: None}
    recent = {s.goal.number: s.recent for s in view.active}
    assert recent[1] == (2, 3, 4, 5)


def test_statuses_coverage_and_what_is_missing(football):
    view = overview(football)
    assert [g.number for g in view.by_status["paused"]] == [5]
    assert [g.number for g in view.by_status["reached"]] == [6]
    assert view.coverage == {
        "connectedness": 2,
        "hope": 0,
        "identity": 1,
        "meaning": 2,
        "empowerment": 2,
    }
    assert [g.number for g in view.without_resources] == [2, 3, 4]
    assert [g.number for g in view.without_supports] == [2, 4]


def test_lookback_finds_the_biggest_movement_up(football):
    found = overview(football).lookback
    assert (found.goal.number, found.before, found.after, found.period) == (1, 2, 5, "3months")


def _journal(tmp_path, goals):
    path = tmp_path / "j.json"
    seed(path, goals, now=NOW)
    return Journal.open(path, write=False, now=NOW)


def test_lookback_on_a_young_goal_goes_back_to_its_first_position(tmp_path):
    with _journal(tmp_path, [{"title": "Walk", "log": [(3, 2), (1, 4)]}]) as journal:
        found = find_lookback(journal, stories(journal, journal.goals))
    assert (found.before, found.after, found.period) == (2, 4, None)
    assert found.then == journal.history(journal.goals[0])[0].when


def test_lookback_shows_a_step_back_when_nothing_moved_up(tmp_path):
    goals = [{"title": "Walk", "log": [(200, 6), (50, 5), (2, 4)]}]
    with _journal(tmp_path, goals) as journal:
        found = find_lookback(journal, stories(journal, journal.goals))
    assert (found.before, found.after, found.period) == (5, 4, "week")


def test_no_lookback_without_movement(tmp_path):
    goals = [{"title": "Walk", "log": [(200, 3), (20, 3)]}, {"title": "Once", "log": [(5, 4)]}]
    with _journal(tmp_path, goals) as journal:
        assert find_lookback(journal, stories(journal, journal.goals)) is None
        assert {s.goal.title: s.change for s in overview(journal).active} == {
            "Walk": 0,
            "Once": None,
        }


def test_goal_and_domain_lines(tmp_path):
    goals = [
        {"title": "A", "chime": "c,h", "log": [(10, 2), (5, 4)]},
        {"title": "B", "chime": "c", "log": [(8, 6)]},
        {"title": "C", "chime": "m"},
    ]
    with _journal(tmp_path, goals) as journal:
        lines = goal_lines(journal, journal.goals)
        assert [(g.title, [v for _, v in pts]) for g, pts in lines] == [
            ("A", [2.0, 4.0]),
            ("B", [6.0]),
        ]
        domains = dict(domain_lines(journal, journal.goals))
    assert [v for _, v in domains["connectedness"]] == [2.0, 4.0, 5.0]
    assert [v for _, v in domains["hope"]] == [2.0, 4.0]
    assert "meaning" not in domains


def test_select_goals(tmp_path):
    goals = [
        {"title": "Walk", "chime": "h"},
        {"title": "Work", "chime": "m"},
        {"title": "Flat", "chime": "h", "status": "paused"},
    ]
    with _journal(tmp_path, goals) as journal:
        assert [g.number for g in select_goals(journal, [], None)] == [1, 2]
        assert [g.number for g in select_goals(journal, [], "hope")] == [1]
        assert [g.number for g in select_goals(journal, ["3", "#1", "walk"], None)] == [3, 1]


def test_chart_range():
    start, end = chart_range(NOW, "2026-03-01", "2026-03-31")
    assert (start.date().isoformat(), end.date().isoformat()) == ("2026-03-01", "2026-03-31")
    assert chart_range(NOW, None, None) == (None, NOW)
    from recovery_cli.domain.errors import InputError

    with pytest.raises(InputError):  # a future day is refused, as --until tomorrow is
        chart_range(NOW, None, "2030-01-01")

    with pytest.raises(InputError):
        chart_range(NOW, "2026-04-01", "2026-03-01")
    assert chart_range(NOW, "3 days ago", None)[0] == datetime(2026, 4, 6, tzinfo=timezone.utc)
    assert chart_range(NOW, "today", "today")[1] <= NOW
    assert chart_range(NOW, "today", None)[1] - chart_range(NOW, "today", None)[0] < timedelta(
        days=1
    )


def test_an_overview_or_chart_reads_the_positions_in_one_pass(tmp_path, monkeypatch):
    """Several goals' positions are indexed once, not the first goal alone and
    then every goal again."""
    from recovery_cli.journal import core

    passes = []
    real = core._index_positions
    monkeypatch.setattr(
        core, "_index_positions", lambda docs, path: passes.append(1) or real(docs, path)
    )
    goals = [
        {"title": "A", "chime": "c", "log": [(10, 2), (5, 4)]},
        {"title": "B", "chime": "h", "log": [(8, 6)]},
    ]
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    with _journal(tmp_path / "a", goals) as journal:
        overview(journal)
    assert len(passes) == 1
    passes.clear()
    with _journal(tmp_path / "b", goals) as journal:
        assert [
            v
            for _, points in goal_lines(journal, select_goals(journal, [], None))
            for _, v in points
        ] == [2, 4, 6]
    assert len(passes) == 1

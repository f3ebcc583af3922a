"""A view someone else gave (a position with ``by``, which comes in through an
import) is listed as theirs; where the person is, how it moved and what is
drawn are the person's own ratings, on screen as in the report."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from recovery_cli.domain.records import Goal, Position, stamp
from recovery_cli.journal import Journal
from recovery_cli.journal.timeline import goal_points
from tests.journal_data import write_journal

NOW = datetime.now(timezone.utc).replace(microsecond=0)


def _ago(days: float) -> str:
    return stamp(NOW - timedelta(days=days))


@pytest.fixture
def with_maja(journal_file):
    """Goal 1: the person's own 5 then 4; Maja's 5 and 8 after them. Goal 2: only Maja's."""
    goals = [
        Goal(
            id="g1",
            number=1,
            title="Alpha",
            created=_ago(20),
            updated=_ago(20),
            chime=("connectedness",),
        ),
        Goal(id="g2", number=2, title="Beta", created=_ago(20), updated=_ago(20)),
    ]
    positions = [
        Position(id="p1", goal="g1", when=_ago(10), value=5),
        Position(id="p2", goal="g1", when=_ago(5), value=4, note="hard week"),
        Position(id="p3", goal="g1", when=_ago(2), value=5, by="Maja"),
        Position(id="p4", goal="g1", when=_ago(1), value=8, by="Maja"),
        Position(id="p5", goal="g2", when=_ago(1), value=7, by="Maja"),
    ]
    write_journal(journal_file, {"goals": goals, "positions": positions})
    return journal_file


def _line(text: str, start: str) -> str:
    return next(line for line in text.splitlines() if line.strip().startswith(start))


def test_status_shows_the_persons_own_position_and_movement(cli, with_maja):
    done = cli("status", env={"COLUMNS": "120"})
    assert done.code == 0, done
    row = _line(done.out, "1 ")
    assert "4 on the way" in row and "8 close" not in row
    assert "↓ -1" in row and "↑" not in row  # own: 5 to 4; Maja's 8 is not a step up
    assert "▅▄" in row and "█" not in row  # the sparkline: own ratings only
    assert "not logged yet" in _line(done.out, "2 ")
    data = json.loads(cli("status", "--json").out)
    alpha = data["active"][0]
    assert alpha["position"]["position"] == 4 and alpha["position"]["by"] is None
    assert alpha["recent"] == [5, 4] and alpha["change_30d"] == -1
    assert data["active"][1]["position"] is None


def test_narrow_status_and_goal_list_agree(cli, with_maja):
    narrow = cli("status", env={"COLUMNS": "60"}).out
    assert "4 on the way" in narrow and "8 close" not in narrow
    listed = cli("goal", "list").out
    assert "4 on the way" in _line(listed, "1 ") and "not logged yet" in _line(listed, "2 ")


def test_goal_page_names_the_view_of_someone_else(cli, with_maja):
    from recovery_cli.charts.output import strip_ansi

    done = cli("goal", "show", "1", env={"COLUMNS": "100"})
    assert done.code == 0, done
    out = strip_ansi(done.out)  # the same with FORCE_COLOR set
    where = _line(out, "Where you are")
    assert "4 on the way" in where and "8" not in where
    assert out.count("as Maja sees it") == 2
    lines = out.splitlines()
    own_row = next(i for i, line in enumerate(lines) if line.strip().startswith("2 "))
    assert "as Maja sees it" not in lines[own_row + 1]  # the person's own row: no name
    history = json.loads(cli("goal", "show", "1", "--json").out)["history"]
    assert [p["by"] for p in history] == [None, None, "Maja", "Maja"]
    danish = strip_ansi(cli("--lang", "da", "goal", "show", "1").out)
    assert "som Maja ser det" in danish and "4 på vej" in _line(danish, "Hvor du er")


def test_goal_with_only_someone_elses_view_has_no_where_you_are(cli, with_maja):
    done = cli("goal", "show", "2")
    assert "Where you are" not in done.out and "as Maja sees it" in done.out


def test_chart_draws_own_positions_and_says_so(cli, with_maja):
    done = cli("chart", "1")
    assert done.code == 0, done
    assert "Only your own positions are drawn" in done.out and "(Maja)" in done.out
    assert "recovery goal show 1" in done.out
    with Journal.open(with_maja, write=False) as journal:
        goal = journal.goal("1")
        assert [value for _, value in goal_points(journal, goal)] == [5.0, 4.0]
        assert journal.others(goal) == ("Maja",)
    only_maja = cli("--lang", "da", "chart", "2")
    assert only_maja.code == 0, only_maja
    assert "andres vurderinger (Maja)" in only_maja.out


def test_chart_by_domain_says_so_and_a_first_own_log_counts(cli, with_maja):
    done = cli("chart", "1", "--by-domain")
    assert "Only your own" in done.out  # the domain line is the mean of own ratings
    assert cli("log", "2", "6").code == 0
    with Journal.open(with_maja, write=False) as journal:
        assert journal.latest(journal.goal("2")).value == 6


def test_log_and_unlog_count_from_the_persons_own_latest(cli, with_maja):
    logged = cli("log", "1", "6", "--date", "3 days ago")
    assert "From 4 to 6" in logged.out  # not from Maja's 8 or 5
    removed = cli("unlog", "1", "--yes")
    assert removed.code == 0, removed
    assert "Goal #1 is now at 4" in removed.out
    with Journal.open(with_maja, write=False) as journal:
        kept = journal.history(journal.goal("1"))
    assert [(p.value, p.by) for p in kept] == [(5, None), (4, None), (5, "Maja"), (8, "Maja")]
    refused = cli("unlog", "2", "--yes")
    assert refused.code == 1 and "views others gave" in refused.err


def test_report_says_where_the_person_is(cli, with_maja):
    text = cli("export", "--format", "md").out
    assert "- **Where I am:** 4 (on the way)" in text
    assert "| 1 | Alpha | Connectedness | active | 4 (on the way) | from 5 to 4 |" in text
    rows = list(cli("export", "--format", "csv", "--table", "goals").out.splitlines())
    assert rows[1].split(",")[9] == "4"  # latest_position: the person's own

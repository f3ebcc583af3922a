"""The peer-worker demo: a believable example that never touches real journals."""

import json
import os

import pytest

from recovery_cli.domain import records as rec
from recovery_cli.domain.chime import DOMAINS
from recovery_cli.storage.paths import default_journal_path, demo_journal_path


def fingerprint(path):
    return (path.read_bytes(), os.stat(path).st_mtime_ns) if path.exists() else None


@pytest.fixture
def real_journals(cli, journal_file):
    """A real journal at RECOVERY_JOURNAL, and the default path watched too."""
    cli("goal", "add", "My own private goal", "--position", "3")
    return [journal_file, default_journal_path()]


def sandbox_data():
    return json.loads(demo_journal_path().read_bytes())


def test_demo_builds_the_sandbox_and_shows_the_tour(cli, real_journals):
    before = [fingerprint(p) for p in real_journals]
    done = cli("demo")
    assert done.code == 0, done
    assert "Play on a local football" in done.out
    assert "recovery --demo log football 7" in done.out
    assert [fingerprint(p) for p in real_journals] == before
    assert demo_journal_path().exists()
    assert not str(demo_journal_path()).startswith(str(real_journals[0].parent))


def test_demo_commands_change_only_the_sandbox(cli, real_journals):
    cli("demo")
    before = [fingerprint(p) for p in real_journals]
    logged = cli("--demo", "log", "football", "7", "--note", "Scored my first goal")
    assert logged.code == 0, logged
    assert "Demo journal" in logged.err  # says so, in one line
    assert [fingerprint(p) for p in real_journals] == before
    shown = json.loads(cli("--demo", "goal", "show", "football", "--json").out)
    assert shown["history"][-1]["note"] == "Scored my first goal"
    mine = json.loads(cli("goal", "list", "--json").out)
    assert [g["title"] for g in mine] == ["My own private goal"]


def test_demo_flag_beats_the_journal_option(cli, real_journals, tmp_path):
    other = tmp_path / "other.json"
    cli("--demo", "--journal", str(other), "goal", "add", "Demo only")
    assert not other.exists()
    assert "Demo only" in cli("--demo", "goal", "list").out


def test_reset_restores_the_original(cli, real_journals):
    cli("demo")
    original = titles_and_positions()
    cli("--demo", "goal", "add", "Something new")
    cli("--demo", "goal", "rm", "1", "--yes")
    assert titles_and_positions() != original
    done = cli("demo", "--reset")
    assert done.code == 0
    assert titles_and_positions() == original


def titles_and_positions():
    data = sandbox_data()
    goals = sorted((g["number"], g["title"]) for g in data["goals"].values())
    positions = sorted((p["when"], p["value"]) for p in data["positions"].values())
    return goals, positions


def test_the_example_person_is_rich_and_valid(cli, real_journals):
    cli("demo")
    data = sandbox_data()
    records = {
        table: [rec.from_dict(table, doc) for doc in data[table].values()] for table in rec.TABLES
    }
    goals = records["goals"]
    served = {key for goal in goals for key in goal.chime}
    assert served == set(DOMAINS)
    assert 4 <= len([g for g in goals if g.status == "active"]) <= 5
    football = next(g for g in goals if "football" in g.title)
    assert football.chime == ("connectedness", "identity", "meaning")
    assert any(g.parent for g in goals)  # an abstract goal with a concrete step
    history = sorted(
        (p for p in records["positions"] if p.goal == football.id), key=lambda p: p.when
    )
    values = [p.value for p in history]
    steps_back = [i for i in range(1, len(values)) if values[i] < values[i - 1]]
    assert steps_back and max(values[steps_back[0] :]) > values[steps_back[0] - 1]
    assert any(p.helped for p in history)
    checkins = [r for r in records["results"] if r.measure == "checkin"]
    assert records["resources"] and records["notes"] and len(checkins) >= 5
    assert all(s.how for s in records["supports"])


def test_demo_is_the_same_every_time(cli, real_journals):
    cli("demo")
    first = titles_and_positions()
    cli("demo", "--reset")
    assert titles_and_positions() == first


def test_danish_demo_is_written_in_danish(cli, real_journals):
    done = cli("--lang", "da", "demo")
    assert done.code == 0, done
    titles = {g["title"] for g in sandbox_data()["goals"].values()}
    assert "Spille på et lokalt fodboldhold" in titles
    assert not any("football" in t for t in titles)
    assert "recovery --demo log fodbold 7" in done.out
    assert "Demodagbog" in cli("--demo", "status").err  # keeps its language


def test_demo_status_works_before_the_demo_command(cli, real_journals):
    done = cli("--demo", "status")
    assert done.code == 0 and "Play on a local football" in done.out


def test_tour_shows_a_chart_of_movement(cli, real_journals):
    done = cli("demo")
    assert "Movement over time" in done.out
    assert "far away" in done.out and "close" in done.out
    assert "#1 Play on a local football team" in done.out  # the chart's legend


def test_checkins_chart_draws_the_five_domains(cli, real_journals):
    cli("demo")
    drawn = cli("--demo", "chart", "--checkins")
    assert drawn.code == 0, drawn
    for name in ("Connectedness", "Hope", "Identity", "Meaning", "Empowerment"):
        assert name in drawn.out
    one = cli("--demo", "--lang", "da", "chart", "--checkins", "--chime", "h")
    assert "Håb" in one.out and "Mening" not in one.out
    assert cli("--demo", "chart", "1", "--checkins").code == 2
    assert "No check-ins yet" in cli("chart", "--checkins").out


def test_demo_line_once_and_never_beside_an_error(cli, real_journals):
    cli("demo")
    done = cli("--demo", "log", "football", "9")
    assert done.code == 2 and done.err.count("\n") == 1 and "Demo" not in done.err
    ok = cli("--demo", "goal", "rm", "2", "--yes")
    assert ok.code == 0 and ok.err.count("Demo journal") == 1

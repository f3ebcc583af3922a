"""The README's walkthrough, end to end, in-process and as a real process."""

import json


def test_football_walkthrough(cli, journal_file):
    added = cli(
        "goal",
        "add",
        "Play on a local football team",
        "--chime",
        "c,i,m",
        "--position",
        "2",
        "--vision",
        "I train every Tuesday and play matches",
        "--horizon",
        "6m",
        "--change",
        "Find a club near me and ask about trial training",
    )
    assert added.code == 0, added
    assert "Added goal #1: Play on a local football team" in added.out
    assert str(journal_file) in added.err  # says once where the journal lives
    logged = cli(
        "log",
        "football",
        "3",
        "--note",
        "Called the club",
        "--helped",
        "My brother came along",
        "--date",
        "yesterday",
    )
    assert logged.code == 0, logged
    assert str(journal_file) not in logged.err
    shown = json.loads(cli("goal", "show", "1", "--json").out)
    assert [p["position"] for p in shown["history"]] == [3, 2]
    assert shown["history"][0]["helped"] == "My brother came along"


def test_runs_as_a_module(proc):
    done = proc("--version")
    assert done.returncode == 0
    assert done.stdout.startswith("recovery-journal ")

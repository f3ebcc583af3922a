"""Goals, positions, resources and supports through the command line."""

import json

import pytest


@pytest.fixture
def football(cli):
    done = cli(
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
    assert done.code == 0, done
    return cli


def listed(cli, *args):
    return json.loads(cli("goal", "list", "--json", *args).out)


def test_goal_add_stores_every_field(football):
    [goal] = listed(football)
    assert goal["number"] == 1
    assert goal["chime"] == ["connectedness", "identity", "meaning"]
    assert goal["horizon"] == "6m"
    assert goal["vision"] == "I train every Tuesday and play matches"
    assert goal["position"]["position"] == 2 and goal["position"]["band"] == "far"


def test_log_reports_the_movement_neutrally(football):
    up = football("log", "1", "4", "--note", "Went to training")
    assert up.code == 0
    assert "4 (on the way)" in up.out and "From 2 to 4." in up.out
    down = football("log", "#1", "3")
    assert "From 4 to 3." in down.out
    assert "worse" not in down.out.lower() and "\x1b[31" not in down.out


def test_log_with_a_past_date_and_what_helped(football):
    done = football(
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
    assert done.code == 0, done
    history = json.loads(football("goal", "show", "1", "--json").out)["history"]
    assert history[0]["position"] == 3  # yesterday comes first
    assert history[0]["helped"] == "My brother came along"


def test_resources_and_supports_link_to_goals(football):
    football(
        "resource", "add", "Played football as a kid", "--kind", "experience", "--goal", "football"
    )
    football(
        "support",
        "add",
        "My brother",
        "--kind",
        "family",
        "--how",
        "Drives me to training",
        "--goal",
        "football",
    )
    [resource] = json.loads(football("resource", "list", "--json").out)
    [support] = json.loads(football("support", "list", "--json").out)
    assert resource["kind"] == "experience" and resource["goal"] == 1
    assert support == {
        **support,
        "who": "My brother",
        "kind": "family",
        "goal": 1,
        "how": "Drives me to training",
    }
    page = football("goal", "show", "1").out
    assert "Played football as a kid" in page and "Drives me to training" in page


def test_statuses_pause_resume_reach_let_go(football):
    assert "paused" in football("goal", "pause", "1").out
    assert listed(football) == []
    assert [g["status"] for g in listed(football, "--all")] == ["paused"]
    assert "already paused" in football("goal", "pause", "1").out
    football("goal", "resume", "1")
    football("goal", "reach", "1")
    assert listed(football, "--status", "reached")[0]["number"] == 1
    football("goal", "let-go", "1")
    assert listed(football, "--status", "let-go")[0]["status"] == "let_go"
    assert "fail" not in football("goal", "list", "--all").out.lower()


def test_sub_goals_sit_under_their_parent(football):
    football("goal", "add", "Be more social", "--chime", "c")
    football("goal", "add", "Training on Tuesday", "--parent", "social")
    goals = {g["number"]: g for g in listed(football)}
    assert goals[3]["parent"] == 2
    table = football("goal", "list").out
    assert table.index("Be more social") < table.index("└ Training on Tuesday")
    cycle = football("goal", "edit", "2", "--parent", "3")
    assert cycle.code == 2


def test_edit_changes_only_what_is_given(football):
    done = football("goal", "edit", "1", "--title", "Play football", "--vision", "")
    assert done.code == 0, done
    [goal] = listed(football)
    assert goal["title"] == "Play football" and goal["vision"] is None
    assert goal["change"].startswith("Find a club")
    assert football("goal", "edit", "1").code == 2


def test_rm_asks_and_says_how_many_positions_go(football):
    football("log", "1", "3")
    kept = football("goal", "rm", "1", input="n\n")
    assert kept.code == 2  # no terminal: needs --yes
    assert "--yes" in kept.err
    done = football("goal", "rm", "1", "--yes")
    assert done.code == 0 and "2 positions" in done.out
    assert listed(football, "--all") == []


def test_numbers_are_not_reused_after_rm(football):
    football("goal", "rm", "1", "--yes")
    football("goal", "add", "Walk every day")
    assert listed(football)[0]["number"] == 2


def test_status_and_its_json(football):
    football("goal", "add", "Sleep well", "--chime", "h")
    football("goal", "pause", "2")
    text = football("status").out
    assert "Play on a local football team" in text and "far away" in text
    assert "Paused: 1 goal" in text
    data = json.loads(football("status", "--json").out)
    assert data["counts"]["paused"] == 1
    assert data["active"][0]["number"] == 1
    assert data["coverage"]["connectedness"] == 1


def test_empty_journal_shows_how_to_begin(cli, journal_file):
    shown = cli("status")
    assert shown.code == 0 and "recovery goal add" in shown.out
    assert cli("goal", "list").out.startswith("No goals yet")
    assert json.loads(cli("goal", "list", "--json").out) == []
    assert not journal_file.exists()  # reading never creates the journal


@pytest.mark.parametrize(
    "text",
    [
        "Spille fodbold på holdet i Århus æøå ÆØÅ",
        "Run 🏃‍♀️ with friends 🎉",
        "לשחק כדורגל עם חברים",
        "اللعب مع الفريق",
        "  Padded title  ",
    ],
)
def test_any_language_reads_back_identically(cli, text):
    done = cli("goal", "add", text, "--vision", text)
    assert done.code == 0, done
    [goal] = json.loads(cli("goal", "list", "--json").out)
    assert goal["title"] == text.strip() and goal["vision"] == text.strip()
    assert text.strip() in cli("goal", "show", "1").out


def test_danish_output(football):
    da = football("--lang", "da", "status")
    assert "Aktive mål" in da.out and "langt væk" in da.out
    logged = football("--lang", "da", "log", "football", "5", "--date", "i går")
    assert logged.code == 0, logged
    assert "på vej" in logged.out and "i går" in logged.out
    env = football("goal", "list", env={"RECOVERY_LANG": "da"})
    assert "Mål" in env.out and "Hvor" in env.out


def test_the_default_journal_place_works_from_the_first_command(tmp_path, monkeypatch):
    import os
    import stat

    from recovery_cli.storage.paths import default_journal_path
    from tests.conftest import invoke

    home = tmp_path / "fresh-home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    old = os.umask(0)
    try:
        listed = invoke("goal", "list")
        assert listed.code == 0 and listed.out.startswith("No goals yet"), listed
        added = invoke("goal", "add", "Walk every day")
        assert added.code == 0 and str(default_journal_path()) in added.err
    finally:
        os.umask(old)
    for folder in (home, home / ".local", default_journal_path().parent):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder


def test_a_log_for_an_earlier_day_does_not_pretend_to_be_the_first(football):
    done = football("log", "football", "3", "--date", "yesterday")
    assert "first position" not in done.out
    assert "earliest position" in done.out
    assert "latest position, 2 (today), still stands" in done.out
    mid = football("log", "football", "4", "--date", "2 days ago")
    assert "earliest" in mid.out
    between = football("--lang", "da", "log", "football", "5", "--date", "i går")
    assert "Fra 3 til 5." in between.out and "står stadig" in between.out


def test_a_relative_horizon_counts_from_the_goals_start(cli):
    from recovery_cli.views.format import horizon_target, horizon_text

    assert str(horizon_target("6m", "2026-05-31T10:00:00+00:00")) == "2026-11-30"
    assert str(horizon_target("1y", "2024-02-29T10:00:00+00:00")) == "2025-02-28"
    assert horizon_text("6m", "2026-05-25T10:00:00+00:00") == (
        "around 25 Nov 2026 (6 months from the start)"
    )
    cli("goal", "add", "Walk", "--horizon", "1y")
    assert "(1 year from the start)" in cli("goal", "show", "1").out

"""Deleting a goal says, before the question, what will be kept and the gentler
choice of letting it go; logging on a goal that is paused, reached or let go
is done and says so; a negative position is named as a position."""

from __future__ import annotations

import pytest

from tests.glossary import assert_danish


@pytest.fixture
def goal_with_step(cli, journal_file, monkeypatch):
    assert cli("goal", "add", "Gå ved søen", "--position", "3").code == 0
    assert cli("goal", "add", "Gå om søndagen", "--parent", "1").code == 0
    assert cli("resource", "add", "Tålmodighed", "--goal", "1").code == 0
    for module in ("goal", "prompts"):
        monkeypatch.setattr(f"recovery_cli.cli.{module}.interactive", lambda: True)
    return journal_file


def test_rm_says_what_stays_and_offers_let_go_before_asking(cli, goal_with_step):
    before = goal_with_step.read_bytes()
    done = cli("goal", "rm", "1", input="n\n")
    assert done.code == 0, done
    lines = done.out.splitlines()
    question = next(i for i, line in enumerate(lines) if "for good?" in line)
    told = "\n".join(lines[:question])
    # the goal is named before anything is said about it (no "Its 1 step" out of the blue)
    assert lines[0].startswith('Goal #1 "Gå ved søen" has 1 step;'), lines
    assert "it will be kept as a goal of its own." in told
    assert "1 resource, support or reflection is linked to goal #1; it will be kept" in told
    assert "recovery goal let-go 1" in told
    assert goal_with_step.read_bytes() == before


def test_rm_in_danish(cli, goal_with_step):
    done = cli("--lang", "da", "goal", "rm", "1", input="n\n")
    assert done.code == 0
    assert "give slip på det i stedet: recovery goal let-go 1" in done.out
    assert done.out.startswith("Mål #1 »Gå ved søen« har 1 skridt;"), done.out
    assert_danish(done.out)


def test_a_goal_let_go_is_not_offered_let_go(cli, goal_with_step):
    assert cli("goal", "let-go", "1").code == 0
    done = cli("goal", "rm", "1", input="n\n")
    assert "let-go" not in done.out


@pytest.mark.parametrize(
    ("command", "english", "danish"),
    [
        ("pause", "#1 is paused; this position is logged all the same.", "#1 er på pause;"),
        ("reach", "#1 is reached; this position is logged all the same.", "#1 er nået;"),
        ("let-go", "You let #1 go; this position is logged all the same.", "givet slip på #1;"),
    ],
)
def test_logging_on_a_goal_that_is_not_active_says_so(cli, journal_file, command, english, danish):
    cli("goal", "add", "Gå ved søen", "--position", "3")
    cli("goal", command, "1")
    done = cli("log", "1", "4")
    assert done.code == 0
    assert english in done.out and "recovery goal resume 1" in done.out
    da = cli("--lang", "da", "log", "1", "5")
    assert da.code == 0 and danish in da.out
    assert_danish(da.out)


def test_logging_on_an_active_goal_says_nothing_more(cli, journal_file):
    cli("goal", "add", "Walk by the lake", "--position", "3")
    assert "resume" not in cli("log", "1", "4").out


def test_a_negative_position_is_named_as_a_position(cli, journal_file):
    cli("goal", "add", "Walk by the lake", "--position", "3")
    before = journal_file.read_bytes()
    done = cli("log", "walk", "-1")
    assert done.code == 2
    assert done.err.strip() == (
        "Position -1 is outside the continuum; use a whole number from 1 (far away) to 8 (close)."
    )
    assert "no option" in cli("log", "walk", "-x").err  # a real unknown option still is one
    assert journal_file.read_bytes() == before


def test_import_help_says_what_wins(cli):
    help_text = " ".join(cli("import", "--help").out.split())
    assert "Where a goal or a measure was edited in both copies, the later edit wins" in help_text


@pytest.mark.parametrize(
    ("args", "english", "danish"),
    [
        (
            ("--status", "let-go"),
            "No goal has the status \"let go\"; 'recovery goal list --all' shows every goal.",
            "Intet mål har status »givet slip«; 'recovery goal list --all' viser alle mål.",
        ),
        (
            ("--status", "reached", "--chime", "h"),
            'No goal in Hope has the status "reached"',
            "Intet mål under Håb har status »nået«",
        ),
        (("--all", "--chime", "h"), "No goal touches Hope.", "Intet mål hører under Håb."),
    ],
)
def test_an_empty_goal_list_names_what_was_asked_for(cli, journal_file, args, english, danish):
    """--all is offered only where it would show more: not with --status, not with --all."""
    assert cli("goal", "add", "Gå ved søen", "--chime", "c").code == 0
    ran = cli("goal", "list", *args)
    assert ran.code == 0 and english in ran.out and "Use --all" not in ran.out, ran
    ran = cli("--lang", "da", "goal", "list", *args)
    assert ran.code == 0 and danish in ran.out and "Brug --all" not in ran.out, ran
    assert_danish(ran.out)


def test_an_empty_list_of_active_goals_still_offers_all(cli, journal_file):
    assert cli("goal", "add", "Gå ved søen").code == 0
    assert cli("goal", "pause", "1").code == 0
    assert "Use --all to see paused" in cli("goal", "list").out

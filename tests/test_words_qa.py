"""Wording found in a QA pass as a new user, English and Danish, through the CLI:
status words in either language, a measure's own ``?`` help, "from 3 to 3"
said as a person would, the export report's list, empty input said to be
empty, and the other sentences below (one section per finding)."""

from __future__ import annotations

import json

import pytest

from recovery_cli.definitions import example_text

WIDE = {"COLUMNS": "200"}  # sentences on one line each


@pytest.fixture
def tty(monkeypatch):
    """Pretend stdin is a terminal (CliRunner feeds the answers)."""
    monkeypatch.setattr("recovery_cli.cli.prompts.interactive", lambda: True)


def one_sentence(ran) -> str:
    err = ran.err.strip()
    assert err and "\n" not in err and "Traceback" not in err, ran
    return err


@pytest.fixture
def everyday(cli, tmp_path):
    """The example measure (6 items, 0-4, one skip allowed) in the journal."""
    path = tmp_path / "everyday.toml"
    path.write_bytes(example_text())
    assert cli("measure", "add", str(path)).code == 0
    return path


# -- 6: a status in Danish or English, wherever a status is an option value ------------


@pytest.fixture
def four_statuses(cli):
    for title, verb in (("Walk", None), ("Read", "pause"), ("Swim", "reach"), ("Sing", "let-go")):
        cli("goal", "add", title)
        if verb:
            cli("goal", verb, title)


@pytest.mark.parametrize(
    ("word", "title"),
    [
        ("aktivt", "Walk"),
        ("Aktiv", "Walk"),
        ("på pause", "Read"),
        ("paa pause", "Read"),
        ("på-pause", "Read"),
        ("nået", "Swim"),
        ("naaet", "Swim"),
        ("givet slip", "Sing"),
        ("givet-slip", "Sing"),
        ("Givet_Slip", "Sing"),
        ("active", "Walk"),
        ("paused", "Read"),
        ("reached", "Swim"),
        ("let-go", "Sing"),
        ("let go", "Sing"),
        ("let_go", "Sing"),
    ],
)
@pytest.mark.parametrize("lang", ["en", "da"])
def test_every_status_word_the_lists_show_is_taken_back(cli, four_statuses, word, title, lang):
    ran = cli("--lang", lang, "goal", "list", "--status", word, "--json")
    assert ran.code == 0, ran
    assert [goal["title"] for goal in json.loads(ran.out)] == [title]


def test_danish_help_and_refusal_name_the_statuses_as_the_lists_do(cli):
    helped = cli("--lang", "da", "goal", "list", "--help", env=WIDE)
    assert "aktivt, på pause, nået eller givet slip" in helped.out
    refused = cli("--lang", "da", "goal", "list", "--status", "glemt")
    assert refused.code == 2
    assert "brug aktivt, på pause, nået eller givet slip" in one_sentence(refused)


# -- 8: ? at a measure's item explains that measure, not the check-in ------------------


def test_question_mark_at_a_measure_item_explains_its_answers(cli, everyday, tty):
    answers = ["?", "-", "?", "3", "4", "2", "1", "3", "", "n"]
    ran = cli("measure", "take", "everyday", input="\n".join(answers) + "\n", env=WIDE)
    assert ran.code == 0, ran
    assert "no score" not in ran.out
    assert "from 0 (not at all) to 4 (all the time)" in ran.out
    assert "Enter or - skips this item; Ctrl-C stops without saving" in ran.out
    assert "A score is still given with up to 1 item skipped." in ran.out
    assert "This item is about Empowerment" in ran.out  # item 2 is an Empowerment item
    assert "1. I have slept well enough to get through my days: skipped" in ran.out


def test_question_mark_at_a_measure_item_in_danish(cli, everyday, tty):
    answers = ["?", "", "", "", "", "", "", ""]
    typed = "\n".join(answers) + "\n"
    ran = cli("--lang", "da", "measure", "take", "everyday", input=typed, env=WIDE)
    assert "ingen score" not in ran.out.lower()
    assert "fra 0 (slet ikke) til 4 (hele tiden)" in ran.out
    assert "Enter eller - springer spørgsmålet over" in ran.out


def test_the_checkin_keeps_its_own_question_mark_help(cli, tty):
    ran = cli("checkin", input="?\n\n\n\n\n\n", env=WIDE)
    assert "Connectedness is about" in ran.out and "no score" in ran.out

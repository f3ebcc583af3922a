"""Findings from a tester's review, each held through the CLI: suggested commands
each on a line of their own, the report in one person, and the like."""

from __future__ import annotations

import pytest

from tests.glossary import assert_danish


@pytest.mark.parametrize("columns", ["60", "100", "200"])
@pytest.mark.parametrize("command", [("goal", "show", "1"), ("status",)])
def test_suggested_commands_each_have_a_line_of_their_own(cli, columns, command):
    """Two commands on one line joined by a comma copy as one broken command: at any
    width each suggested command is a line of its own."""
    assert cli("goal", "add", "Walk by the lake", "--position", "3").code == 0
    ran = cli(*command, env={"COLUMNS": columns})
    assert ran.code == 0, ran
    lines = ran.out.splitlines()
    assert "  recovery resource add TEXT --goal 1" in lines, ran.out
    assert "  recovery support add WHO --goal 1" in lines, ran.out
    assert not any("," in line and "recovery resource add" in line for line in lines)


def test_more_positions_than_shown_give_each_command_a_line(cli):
    assert cli("goal", "add", "Gå ved søen").code == 0
    for day in range(25):
        assert cli("log", "1", str(day % 8 + 1), "--date", f"2026-01-{day + 1:02d}").code == 0
    ran = cli("goal", "show", "1", env={"COLUMNS": "200"})
    lines = ran.out.splitlines()
    assert "  recovery chart 1" in lines and "  recovery goal show 1 --all" in lines, ran.out
    assert_danish(cli("--lang", "da", "goal", "show", "1").out)

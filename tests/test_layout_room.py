"""Titles use the room there is, and wrapped lines keep their indent: goal list,
status and the goal page at 60, 80 and 100 columns, in English and Danish."""

from __future__ import annotations

import re

import pytest

from tests.charts_seed import seed

GOOD = [  # the shape of a new user's journal: one long title, short dates
    {"title": "Play on a local football team", "chime": "c,i,m", "log": [(3, 2), (0, 3)]},
    {"title": "Be more social", "chime": "c,h", "log": [(30, 2), (0, 5)]},
    {"title": "Sleep better at night", "chime": "h,e", "status": "let_go", "log": [(0, 4)]},
    {"title": "Sleep better", "chime": "h", "status": "paused"},
    {"title": "Walk in the woods", "chime": "e", "status": "reached", "log": [(0, 6)]},
]


def _lines_with(out: str, text: str) -> list[str]:
    return [line for line in out.splitlines() if text in line]


@pytest.mark.parametrize("lang, heading", [("en", "Last"), ("da", "Sidst")])
def test_goal_list_wraps_a_heading_before_a_title(cli, journal_file, lang, heading):
    seed(journal_file, GOOD)
    out = cli("--lang", lang, "goal", "list", "--all", env={"COLUMNS": "80"}).out
    assert max(len(line.rstrip()) for line in out.splitlines()) <= 80
    assert re.search(rf"^\s+{heading}\s*$", out, re.M), out  # "Last" over "logged"
    if lang == "en":  # then the title has room (Danish "ikke noteret endnu" takes it)
        assert _lines_with(out, "Play on a local football team"), out


@pytest.mark.parametrize("lang", ["en", "da"])
@pytest.mark.parametrize("columns", ["100", "120"])
def test_status_keeps_titles_whole_when_it_can(cli, journal_file, lang, columns):
    seed(journal_file, GOOD)
    out = cli("--lang", lang, "status", env={"COLUMNS": columns}).out
    assert max(len(line.rstrip()) for line in out.splitlines()) <= int(columns)
    badges = "C I M" if lang == "en" else "F I M"
    (row,) = _lines_with(out, "Play on a local football team")
    assert badges in row, out  # the wide table: badges beside the whole title


@pytest.mark.parametrize("lang", ["en", "da"])
@pytest.mark.parametrize("columns", ["80", "100"])
def test_status_gives_long_titles_two_lines_per_goal_rather_than_wrap_them(
    cli, journal_file, lang, columns
):
    seed(
        journal_file,
        [
            {"title": "Be more social", "log": [(30, 2), (0, 5)]},
            {
                "title": "Coffee with Anna every other Thursday",
                "chime": "c",
                "parent": "1",
                "log": [(9, 3), (2, 7)],
            },
            {
                "title": "Speak up for myself at appointments",
                "chime": "e,i,h",
                "log": [(40, 2), (1, 5)],
            },
        ],
    )
    out = cli("--lang", lang, "status", env={"COLUMNS": columns}).out
    assert max(len(line.rstrip()) for line in out.splitlines()) <= int(columns)
    assert _lines_with(out, "└ Coffee with Anna every other Thursday"), out
    assert _lines_with(out, "Speak up for myself at appointments"), out


@pytest.mark.parametrize("command", [("goal", "list"), ("status",)])
def test_a_wrapped_step_title_keeps_its_indent(cli, journal_file, command):
    seed(
        journal_file,
        [
            {"title": "Be more social", "log": [(0, 5)]},
            {
                "title": "Coffee with Anna every other Thursday",
                "chime": "c",
                "parent": "1",
                "log": [(0, 7)],
            },
        ],
    )
    out = cli(*command, env={"COLUMNS": "60"}).out
    lines = out.splitlines()
    (first,) = _lines_with(out, "└ Coffee")
    start = first.index("Coffee")
    following = lines[lines.index(first) + 1]
    assert "Thursday" in " ".join(lines[lines.index(first) : lines.index(first) + 4])
    # the title goes on under its own first letter, not under the └
    assert following[:start].strip() == "" and following[start] != " ", (following, out)


@pytest.mark.parametrize("lang", ["en", "da"])
@pytest.mark.parametrize("columns", ["60", "80"])
def test_goal_page_keeps_a_second_line_of_how_under_its_bullet(cli, journal_file, lang, columns):
    cli("goal", "add", "Join a choir")
    cli(
        "support",
        "add",
        "Anna",
        "--goal",
        "1",
        "--how",
        "Calls me on Sundays\nand walks with me on Wednesdays when the weather is good",
    )
    cli(
        "resource",
        "add",
        "A long resource text that goes on and on to see how it wraps on the goal page",
        "--goal",
        "1",
    )
    out = cli("--lang", lang, "goal", "show", "1", env={"COLUMNS": columns}).out
    assert max(len(line.rstrip()) for line in out.splitlines()) <= int(columns)
    lines = out.splitlines()
    for start in ("  • Anna", "  • A long resource"):
        (first,) = [line for line in lines if line.startswith(start)]
        after = lines[lines.index(first) + 1]
        assert after.startswith("    ") and after.strip(), (after, out)
    (second,) = _lines_with(out, "and walks with me")
    assert second.startswith("    and walks")

"""Charts: a step logged at the very end of the time axis is still seen, and
``--together`` with more goals than it tells apart says so in one line."""

from __future__ import annotations

import pytest

from tests.chart_text import panels

LOWER = set("▖▗▄")  # ink in the lower half of a cell only: 2 in the 2-3 row
UPPER = set("▘▝▀")  # ... the upper half only: 3


def _goal_today(cli, lang: str, *values: str) -> None:
    cli("--lang", lang, "goal", "add", "Walk", "--position", "3", "--date", "40 days ago")
    cli("--lang", lang, "log", "1", "4", "--date", "20 days ago")
    for value in values:
        assert cli("--lang", lang, "log", "1", value).code == 0


def _last_ink(out: str) -> str:
    (drawn,) = panels(out)[1]
    row = dict(drawn.rows)[""]  # the compact panel's 2-3 row, between "4" and "1"
    return row.rstrip()[-1]


@pytest.mark.parametrize("lang", ["en", "da"])
def test_a_same_day_step_down_ends_at_its_value(cli, lang):
    _goal_today(cli, lang, "3", "2")  # today: from 4 to 3, then to 2
    ran = cli("--lang", lang, "goal", "show", "1", env={"COLUMNS": "60"})
    assert ran.code == 0, ran
    assert ("til 2 i dag" if lang == "da" else "to 2 today") in " ".join(ran.out.split())
    assert _last_ink(ran.out) in LOWER  # ends at 2, not a bar through 2 and 3


@pytest.mark.parametrize("lang", ["en", "da"])
def test_a_same_day_step_ends_at_three_too(cli, lang):
    _goal_today(cli, lang, "2", "3")
    ran = cli("--lang", lang, "chart", "1", env={"COLUMNS": "60", "LINES": "12"})
    assert ran.code == 0, ran
    assert _last_ink(ran.out) in UPPER


def _goals(cli, count: int) -> None:
    for number in range(1, count + 1):
        cli("goal", "add", f"Goal {number}", "--position", str(number), "--date", "9 days ago")
        cli("log", str(number), str(number + 1), "--date", "2 days ago")


@pytest.mark.parametrize("lang", ["en", "da"])
def test_together_with_four_goals_draws_them_and_says_how_to_pick(cli, lang):
    _goals(cli, 4)
    ran = cli("--lang", lang, "chart", "--together", env={"COLUMNS": "80"})
    assert ran.code == 0, ran
    assert all(f"Goal {number}" in ran.out for number in range(1, 5))  # all in the legend
    said = " ".join(ran.err.split())
    if lang == "da":
        assert "--together er tydeligst med to eller tre mål; alle 4 er tegnet." in said
        assert "recovery graf 1 3 --together" in said
    else:
        assert "--together is clearest with two or three goals; all 4 are drawn." in said
        assert "recovery chart 1 3 --together" in said
    assert len(ran.err.strip().splitlines()) == 1


def test_together_with_three_goals_or_named_ones_says_nothing(cli):
    _goals(cli, 4)
    assert cli("chart", "--together", "1", "2", "3").err == ""
    assert cli("chart", "--together", "--by-domain").err == ""  # five domains: by design

"""``goal add`` with a title that is already there: added, with one line naming
the goal that has the same title (a retry after a typo is easy to undo)."""

from __future__ import annotations

import json


def test_a_second_goal_with_the_same_title_is_added_and_named(cli):
    assert cli("goal", "add", "Sleep better").code == 0
    assert cli("goal", "add", "Walk").code == 0
    again = cli("goal", "add", "  sleep   BETTER ")
    assert again.code == 0, again
    assert "Added goal #3" in again.out
    assert again.out.count("same title") == 1
    assert "Goal #2" not in again.out
    assert "Goal #1 has the same title" in again.out and "recovery goal rm 3" in again.out
    da = cli("--lang", "da", "goal", "add", "Sléep bëtter", "--position", "3")
    assert da.code == 0 and "Mål #1 har samme titel" in da.out, da
    assert "recovery goal rm 4" in da.out
    listed = json.loads(cli("goal", "list", "--json").out)
    assert [g["number"] for g in listed] == [1, 2, 3, 4]


def test_a_goal_that_was_let_go_counts_too_and_new_titles_say_nothing(cli):
    assert cli("goal", "add", "Play football").code == 0
    assert cli("goal", "let-go", "1").code == 0
    again = cli("goal", "add", "Play Football")
    assert "Goal #1 has the same title" in again.out
    other = cli("goal", "add", "Play football on Tuesdays")
    assert other.code == 0 and "same title" not in other.out


def test_json_of_goals_is_the_same_with_or_without_a_twin(cli):
    assert cli("goal", "add", "Sleep better").code == 0
    first = json.loads(cli("goal", "show", "1", "--json").out)
    assert cli("goal", "add", "Sleep better").code == 0
    second = json.loads(cli("goal", "show", "2", "--json").out)
    assert sorted(first) == sorted(second)

"""The conversation flows without a terminal: a scripted person answers."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recovery_cli.domain.chime import DOMAINS
from recovery_cli.domain.records import Checkin, stamp
from recovery_cli.i18n import set_language
from recovery_cli.journal import Journal
from recovery_cli.journal.checkins import add_checkin, checkin_series
from recovery_cli.journal.conversation import save_followup, save_guide
from recovery_cli.talk.checkin import checkin_conversation
from recovery_cli.talk.followup import confirm_followup, followup_conversation
from recovery_cli.talk.guide import confirm_guide, new_goal_conversation
from recovery_cli.views.continuum import continuum_lines
from tests.talk_script import Script

NOW = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)

FULL = (
    "Playing football with others",  # what matters
    "I get tired fast",  # what gets in the way
    "Play on a local football team",  # the goal
    "c,i,m",  # CHIME
    "2",  # where now
    "I train every Tuesday",  # vision
    "6m",  # horizon
    "Find a club near me",  # what needs to change
    "Played football as a kid",
    "2",  # resource + kind (experience)
    "",  # no more resources
    "My brother",
    "Drives me to training",
    "1",  # support, how, kind (family)
    "",  # no more supports
    "We talk every Sunday",  # how we work together
)


def test_full_guide_gathers_every_answer():
    person = Script(*FULL)
    plan = new_goal_conversation(person.talk, NOW)
    assert plan.matters == "Playing football with others"
    assert plan.in_the_way == "I get tired fast"
    goal = plan.goal
    assert (
        goal.title,
        goal.chime,
        goal.position,
        goal.vision,
        goal.horizon,
        goal.change,
        goal.collaboration,
    ) == (
        "Play on a local football team",
        "connectedness,identity,meaning",
        "2",
        "I train every Tuesday",
        "6m",
        "Find a club near me",
        "We talk every Sunday",
    )
    assert [(r.text, r.kind) for r in plan.resources] == [
        ("Played football as a kid", "experience")
    ]
    assert [(s.who, s.how, s.kind) for s in plan.supports] == [
        ("My brother", "Drives me to training", "family")
    ]
    assert not person.answers
    # CHIME is offered as everyday questions with the domain names beside them
    assert "Would it bring you closer to other people" in person.screen
    assert "– Connectedness" in person.screen


def test_every_question_can_be_skipped():
    person = Script("", "", "Walk every day", "", "", "", "", "", "", "", "")
    plan = new_goal_conversation(person.talk, NOW)
    assert plan.goal.title == "Walk every day"
    assert plan.goal.chime is None and plan.goal.position is None
    assert plan.resources == [] and plan.supports == [] and plan.matters is None
    assert not person.answers


def test_skipping_the_goal_still_keeps_resources_and_supports():
    person = Script("Quiet mornings", "", "", "I can cook", "", "", "My neighbour", "", "", "")
    plan = new_goal_conversation(person.talk, NOW)
    assert plan.goal is None
    assert [r.kind for r in plan.resources] == ["resource"]  # Enter: the default kind
    assert [(s.who, s.how, s.kind) for s in plan.supports] == [("My neighbour", None, "other")]
    assert "No goal this time" in person.screen
    assert not any("work together" in q for q in person.asked)


def test_all_skipped_is_empty():
    plan = new_goal_conversation(Script("", "", "", "", "").talk, NOW)
    assert plan.is_empty()


def test_a_wrong_value_is_asked_again_with_a_hint():
    person = Script(
        "", "", "Walk", "x", "h,e", "9", "two", "?", "3", "", "soon", "1y", "", "", "", ""
    )
    plan = new_goal_conversation(person.talk, NOW)
    assert plan.goal.chime == "hope,empowerment"
    assert plan.goal.position == "3"
    assert plan.goal.horizon == "1y"
    screen = person.screen
    assert "'x' is not a CHIME domain" in screen
    assert "Position 9 is outside the continuum" in screen
    assert "'soon' is not a horizon" in screen
    assert screen.count("(Enter skips this question.)") == 4
    assert "on the way" in screen  # the continuum, drawn on request with its bands
    position_questions = [q for q in person.asked if q.startswith("Where are you now")]
    assert len(position_questions) == 4


def test_summary_is_shown_and_enter_confirms():
    person = Script(*FULL, "")
    plan = new_goal_conversation(person.talk, NOW)
    assert confirm_guide(person.talk, plan) is True
    summary = person.screen.split("Here is what you said:")[1]
    for expected in (
        "Play on a local football team",
        "Connectedness, Identity, Meaning",
        "2 (far away)",
        "in 6 months",
        "Played football as a kid (experience)",
        "My brother — Drives me to training (family)",
        "We talk every Sunday",
    ):
        assert expected in summary
    assert confirm_guide(Script("n").talk, plan) is False
    assert confirm_guide(Script("nej").talk, plan) is False


def test_guide_plan_saved_through_the_use_cases(tmp_path):
    plan = new_goal_conversation(Script(*FULL).talk, NOW)
    path = tmp_path / "journal.json"
    with Journal.open(path, write=True, now=NOW) as journal:
        saved = save_guide(journal, plan)
    with Journal.open(path, write=False) as journal:
        (goal,) = journal.goals
        assert goal.number == saved.goal.number == 1
        assert [p.value for p in journal.history(goal)] == [2]
        assert [(n.prompt, n.goal) for n in journal.notes()] == [
            ("matter1", goal.id),
            ("way1", goal.id),
        ]
        assert [r.goal for r in journal.resources()] == [goal.id]
        assert [s.goal for s in journal.supports()] == [goal.id]


def test_follow_up_shows_last_time_and_logs(tmp_path):
    path = tmp_path / "journal.json"
    with Journal.open(path, write=True, now=NOW) as journal:
        save_guide(journal, new_goal_conversation(Script(*FULL).talk, NOW))
    later = NOW + timedelta(days=3)
    with Journal.open(path, write=False, now=later) as journal:
        goal = journal.goal("football")
        before = journal.latest(goal)
    person = Script(
        "?", "4", "My brother came along", "A rough week", "Call the club on Monday", "y"
    )
    plan = followup_conversation(person.talk, goal, before, later)
    assert "Last time (3 days ago) you were at 2: far away." in person.screen
    assert "[2]" in person.screen  # the continuum marks where it was
    assert "What it will look like: I train every Tuesday" in person.screen
    assert person.asked[2:4] == ["What helped since last time?", "What got in the way?"]
    assert confirm_followup(person.talk, plan)
    assert "From 2 to 4." in person.screen
    assert "  What helped: My brother came along" in person.screen
    assert "  What got in the way: A rough week" in person.screen
    with Journal.open(path, write=True, now=later) as journal:
        save_followup(journal, plan)
    with Journal.open(path, write=False) as journal:
        goal = journal.goal("1")
        latest = journal.latest(goal)
        assert (latest.value, latest.helped, latest.note) == (
            4,
            "My brother came along",
            "A rough week",
        )
        assert journal.notes()[-1].prompt == "step1"
        assert journal.notes()[-1].text == "Call the club on Monday"


def test_follow_up_without_a_position_keeps_each_answer_as_a_note(tmp_path):
    path = tmp_path / "journal.json"
    with Journal.open(path, write=True, now=NOW) as journal:
        save_guide(journal, new_goal_conversation(Script(*FULL).talk, NOW))
        goal = journal.goal("1")
        plan = followup_conversation(Script("", "A walk", "Rain", "").talk, goal, None, NOW)
        saved = save_followup(journal, plan)
    assert saved.position is None
    assert [(n.prompt, n.text) for n in saved.notes] == [("step2", "A walk"), ("way1", "Rain")]


def test_follow_up_with_only_what_got_in_the_way(tmp_path):
    path = tmp_path / "journal.json"
    with Journal.open(path, write=True, now=NOW) as journal:
        save_guide(journal, new_goal_conversation(Script(*FULL).talk, NOW))
        goal = journal.goal("1")
        plan = followup_conversation(Script("3", "", "Rain", "").talk, goal, None, NOW)
        assert not plan.is_empty()
        saved = save_followup(journal, plan)
    assert (saved.position.value, saved.position.helped, saved.position.note) == (3, None, "Rain")


def test_checkin_flow_skips_and_rehints():
    person = Script("5", "x", "", "6", "3", "7", "A calm week")
    answers = checkin_conversation(person.talk)
    assert answers.scores == {"connectedness": 5, "identity": 6, "meaning": 3, "empowerment": 7}
    assert answers.note == "A calm week"
    assert "1 hardly at all · 2 very little" in person.screen  # the scale, with its labels
    assert "'x' is not an answer here; use a whole number from 1 to 8." in person.screen
    assert person.asked[0].startswith("1/5 Connectedness - These days")


def test_danish_questions():
    set_language("da")
    person = Script("", "", "Gå en tur", "f,i", "", "", "", "", "", "", "")
    plan = new_goal_conversation(person.talk, NOW)
    assert plan.goal.chime == "connectedness,identity"
    assert person.asked[0] == "Hvad betyder noget for dig i din hverdag?"
    assert "– Forbundethed" in person.screen
    assert "  f  " in person.screen  # the Danish letter for connectedness
    answers = checkin_conversation(Script("4", "", "", "", "", "").talk)
    assert answers.scores == {"connectedness": 4}


def test_continuum_drawing_fits_sixty_columns_in_both_languages():
    for language in ("en", "da"):
        set_language(language)
        lines = continuum_lines(mark=3)
        assert all(len(line) <= 60 for line in lines)
        assert "[3]" in lines[0]
        assert lines[1].count("┼") == 2  # three bands
    assert "langt væk" in lines[2] and "tæt på" in lines[2]


# -- the check-in series for the chart -----------------------------------------------


def _checkin(day: int, **scores: int) -> Checkin:
    return Checkin(id=f"c{day}", when=stamp(NOW + timedelta(days=day)), scores=scores)


def test_checkin_series_per_domain_over_time():
    checkins = [
        _checkin(2, hope=5, meaning=4),
        _checkin(0, hope=3, connectedness=2),
        _checkin(1, connectedness=4),
    ]
    series = checkin_series(checkins)
    assert list(series) == list(DOMAINS)
    assert [v for _, v in series["hope"]] == [3, 5]
    assert [v for _, v in series["connectedness"]] == [2, 4]
    assert series["identity"] == []
    assert series["meaning"] == [(stamp(NOW + timedelta(days=2)), 4)]
    since = stamp(NOW + timedelta(days=1))
    assert [v for _, v in checkin_series(checkins, since=since)["hope"]] == [5]
    assert checkin_series(checkins, until=since)["meaning"] == []


@given(
    st.lists(st.dictionaries(st.sampled_from(DOMAINS), st.integers(1, 8), min_size=1), max_size=20)
)
def test_checkin_series_keeps_every_answer_in_order(all_scores):
    checkins = [_checkin(day, **scores) for day, scores in enumerate(all_scores)]
    series = checkin_series(reversed(checkins))
    assert sum(len(points) for points in series.values()) == sum(map(len, all_scores))
    for points in series.values():
        assert [when for when, _ in points] == sorted(when for when, _ in points)


def test_add_checkin_keeps_answered_domains_in_chime_order(tmp_path):
    with Journal.open(tmp_path / "j.json", write=True, now=NOW) as journal:
        saved = add_checkin(journal, {"meaning": "4", "connectedness": 6, "hope": None})
    assert list(saved.scores.items()) == [("connectedness", 6), ("meaning", 4)]


@pytest.mark.parametrize("answer", ["0", "9", "x", "4.5"])
def test_add_checkin_refuses_values_off_the_scale(tmp_path, answer):
    from recovery_cli.domain.errors import InputError

    with (
        pytest.raises(InputError),
        Journal.open(tmp_path / "j.json", write=True, now=NOW) as journal,
    ):
        add_checkin(journal, {"hope": answer})
    assert not (tmp_path / "j.json").exists()

"""A goal's story (the read model) and the screens that tell it: the sentence
under a panel, ``helped``, the journey on ``goal reach``, ``look-back``."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from recovery_cli.charts.output import strip_ansi
from recovery_cli.domain.records import Goal, Note, Position, Resource, Support, stamp
from recovery_cli.i18n import set_language
from recovery_cli.journal import Journal
from recovery_cli.journal.story import Story, stories
from recovery_cli.views.story import sentence
from tests.journal_data import write_journal

NOW = datetime.now(timezone.utc).replace(microsecond=0)
FIXED = datetime(2026, 10, 1, 12, 0, tzinfo=timezone.utc)


def _ago(days: float) -> str:
    return stamp(NOW - timedelta(days=days))


def _goal(ident: str, number: int, title: str, **extra) -> Goal:
    return Goal(id=ident, number=number, title=title, created=_ago(200), updated=_ago(200), **extra)


@pytest.fixture
def told(journal_file):
    """#1 moves up and back with words; Maja's view among them. #2 has no
    positions; #3 has positions but no words. #4 was reached."""
    goals = [
        _goal("g1", 1, "Play on a local football team", chime=("connectedness",)),
        _goal("g2", 2, "Sleep better"),
        _goal("g3", 3, "Read a book"),
        Goal(
            id="g4",
            number=4,
            title="Cook for friends",
            created=_ago(200),
            updated=_ago(10),
            status="reached",
        ),
    ]
    positions = [
        Position(id="p1", goal="g1", when=_ago(150), value=2, note="Looked up clubs"),
        Position(id="p2", goal="g1", when=_ago(120), value=3, helped="My brother came along"),
        Position(id="p3", goal="g1", when=_ago(100), value=6, by="Maja"),
        Position(
            id="p4", goal="g1", when=_ago(80), value=5, helped="Peer group", note="First training"
        ),
        Position(id="p5", goal="g1", when=_ago(40), value=4, note="Knee hurt"),
        Position(id="p6", goal="g1", when=_ago(20), value=4, helped="Talking it through"),
        Position(id="p7", goal="g1", when=_ago(5), value=6),
        Position(id="p8", goal="g3", when=_ago(60), value=4),
        Position(id="p9", goal="g3", when=_ago(30), value=4),
        Position(id="p10", goal="g4", when=_ago(100), value=3),
        Position(id="p11", goal="g4", when=_ago(12), value=7, helped="Asked Anna first"),
    ]
    write_journal(
        journal_file,
        {
            "goals": goals,
            "positions": positions,
            "resources": [
                Resource(id="r1", text="Played as a kid", created=_ago(30), goal="g1"),
                Resource(id="r2", text="Patience", created=_ago(300)),
            ],
            "supports": [
                Support(id="s1", who="My brother", created=_ago(150), kind="family", goal="g1")
            ],
            "notes": [
                Note(id="n1", text="A good week", when=_ago(10)),
                Note(id="n2", text="Old", when=_ago(300)),
            ],
        },
    )
    return journal_file


def test_the_story_keeps_own_and_others_apart(told):
    with Journal.open(told, write=False) as journal:
        story = Story.of(journal, journal.goal("1"), linked=True)
        assert story.values == [2, 3, 5, 4, 4, 6]  # Maja's 6 is not the person's own
        assert story.others_names == ("Maja",) and len(story.others) == 1
        assert story.first.value == 2 and story.latest.value == 6
        assert story.highest.value == 6 and story.highest.when == _ago(5)
        assert story.lowest.value == 2
        assert [(m.before, m.after, m.direction, m.number) for m in story.moves] == [
            (2, 3, "up", 2),
            (3, 5, "up", 4),
            (5, 4, "back", 5),
            (4, 4, "same", 6),
            (4, 6, "up", 7),
        ]
        assert story.steps_up == 3 and story.steps_back == 1
        assert [m.number for m in story.with_words] == [6, 5, 4, 2]  # newest first
        back = story.moves[2]
        assert back.in_the_way == "Knee hurt" and story.moves[1].in_the_way is None
        assert story.latest_helped.helped == "Talking it through"
        assert story.held_at(_ago(70)).value == 5 and story.held_at(_ago(400)) is None
        assert [r.text for r in story.resources] == ["Played as a kid"]
        assert [s.who for s in story.supports] == ["My brother"]
        # the same story from the records a report shares
        shared = Story.told(story.goal, story.history)
        assert shared.values == story.values and shared.others_names == ("Maja",)


def test_the_sentence_under_a_panel():
    set_language("en")
    moments = [(FIXED - timedelta(days=d), v) for d, v in ((116, 2), (60, 7), (0, 6))]
    assert sentence(moments, FIXED) == "From 2 on 7 Jun to 6 today; highest 7."
    earlier = [(FIXED - timedelta(days=d), v) for d, v in ((400, 2), (30, 5))]
    assert sentence(earlier, FIXED) == "From 2 on 27 Aug 2025 to 5 on 1 Sep; highest 5."
    assert sentence([(FIXED - timedelta(days=3), 4)], FIXED) == "At 4 since 28 Sep."
    assert sentence([(FIXED - timedelta(days=3), 3.5), (FIXED, 4.25)], FIXED) == (
        "From 3.5 on 28 Sep to 4.2 today; highest 4.2."
    )
    set_language("da")
    assert sentence(moments, FIXED) == "Fra 2 den 7. jun. til 6 i dag; højest 7."
    assert sentence([(FIXED, 3.5)], FIXED) == "På 3,5 siden 1. okt."


def test_helped_gathers_the_persons_own_words_newest_first(cli, told):
    done = cli("helped", "football", env={"COLUMNS": "100"})
    assert done.code == 0, done
    lines = [line.rstrip() for line in strip_ansi(done.out).splitlines()]
    assert lines[0] == "#1 Play on a local football team"
    assert lines[1:8] == [
        f"→ at 4 on {_day(20)}",
        "  What helped: Talking it through",
        f"↓ from 5 to 4 on {_day(40)}",
        "  What got in the way: Knee hurt",
        f"↑ from 3 to 5 on {_day(80)}",
        "  What helped: Peer group",
        f"↑ from 2 to 3 on {_day(120)}",
    ]
    assert "Maja" not in done.out and "First training" not in done.out  # a note at a step up
    every = strip_ansi(cli("helped").out)
    assert "#1 Play" in every and "#4 Cook for friends" in every and "#3 Read" not in every
    danish = strip_ansi(cli("--lang", "da", "helped", "1").out)
    assert "Det hjalp: Talking it through" in danish and "Det stod i vejen: Knee hurt" in danish


def _day(days: int) -> str:
    from recovery_cli.views.story import day

    now = datetime.now().astimezone()
    return day(now - timedelta(days=days), now)


def test_helped_json(cli, told):
    data = json.loads(cli("helped", "1", "--json").out)
    assert data["version"] == 1
    (goal,) = data["goals"]
    assert goal["number"] == 1 and goal["title"] == "Play on a local football team"
    assert goal["moves"][1] == {
        "from": 5,
        "to": 4,
        "when": _ago(40),
        "direction": "back",
        "position": 5,
        "helped": None,
        "in_the_way": "Knee hurt",
    }
    assert [m["direction"] for m in goal["moves"]] == ["same", "back", "up", "up"]
    assert json.loads(cli("helped", "2", "--json").out)["goals"][0]["moves"] == []


def test_helped_shows_each_goals_newest_moves_and_says_what_it_left_out(cli, told):
    """Like notes: --limit N per goal, --all every one, the default 20; a line on
    stderr says how many it showed of how many and how to see them all."""
    two = cli("helped", "1", "--limit", "2", env={"COLUMNS": "100"})
    assert two.code == 0, two
    lines = strip_ansi(two.out).splitlines()
    assert lines[1].startswith("→ at 4") and lines[3].startswith("↓ from 5 to 4")
    assert not any(line.startswith("↑") for line in lines)
    assert strip_ansi(two.err).strip() == (
        "Each goal's newest 2 moves with your words (2 of 4 in all); "
        "--all shows every one, --limit N as many as you like."
    )
    every = cli("helped", "1", "--all")
    assert every.code == 0 and every.err == "" and strip_ansi(every.out).count("↑") == 2
    assert cli("helped", "1").err == ""  # four moves: none left out by default
    danish = cli("--lang", "da", "helped", "--limit", "1")
    assert "Hvert måls nyeste bevægelse med dine ord" in strip_ansi(danish.err)
    data = json.loads(cli("helped", "1", "--json", "--limit", "1").out)
    assert len(data["goals"][0]["moves"]) == 1
    assert len(json.loads(cli("helped", "1", "--json").out)["goals"][0]["moves"]) == 4
    wrong = cli("helped", "--limit", "0")
    assert wrong.code == 2 and wrong.out == "" and len(wrong.err.strip().splitlines()) == 1
    both = cli("helped", "--limit", "2", "--all")
    assert both.code == 2 and both.out == ""


def test_helped_kindly_where_there_is_nothing_yet(cli, told, journal_file):
    before = journal_file.read_bytes()
    none = cli("helped", "2")
    assert none.code == 0 and "No positions yet, so nothing to gather" in strip_ansi(none.out)
    quiet = cli("helped", "3")
    assert quiet.code == 0 and "Nothing written yet" in strip_ansi(quiet.out)
    unknown = cli("helped", "tennis")
    assert unknown.code == 1 and unknown.out == "" and len(unknown.err.splitlines()) == 1
    assert journal_file.read_bytes() == before


def test_reaching_a_goal_shows_the_journey(cli, told):
    done = cli("goal", "reach", "1")
    assert done.code == 0, done
    lines = done.out.splitlines()
    assert lines[0] == "Goal #1 is reached: Play on a local football team."
    assert lines[1] == f"You began at 2 on {_day(150)}."
    assert lines[2] == f"Along the way you logged 6 positions; the highest was 6, on {_day(5)}."
    assert lines[3] == "Along the way: My brother; Played as a kid."
    assert lines[4] == "The latest thing that helped, in your words: “Talking it through”"
    assert len(lines) == 6  # and a warm last line
    cli("goal", "resume", "4")
    danish = cli("--lang", "da", "goal", "reach", "4").out
    assert "Det seneste, der hjalp, med dine egne ord: »Asked Anna first«" in danish


def test_letting_go_gets_a_respectful_line(cli, told):
    done = cli("goal", "let-go", "3")
    assert done.code == 0
    assert "You stayed at 4 from " in done.out  # it never moved: not "from 4 to 4"
    assert "Letting go is a choice of your own" in done.out
    for word in ("fail", "gave up", "lost"):
        assert word not in done.out.lower()
    assert "At give slip er dit eget valg" in cli("--lang", "da", "goal", "let-go", "1").out
    again = cli("goal", "let-go", "3")
    assert again.code == 0 and "already let go" in again.out and "choice" not in again.out


def test_look_back_over_three_months(cli, told):
    done = cli("look-back", env={"COLUMNS": "100"})
    assert done.code == 0, done
    out = strip_ansi(done.out)
    assert out.startswith("Looking back over the last 3 months, since ")
    assert "You were at 3 with #1 “Play on a local football team”; now you are at 6." in out
    assert "You began at 4 with #3 “Read a book”, and are there now." in out
    assert "Goals you reached: #4 “Cook for friends”." in out
    assert "New to draw on: Played as a kid." in out and "Patience" not in out
    assert "You wrote 1 reflection." in out
    assert "Sleep better" not in out  # no positions
    assert "#1 Play on a local football team" in out and "┤" in out  # its panel: it moved
    assert out.count("┤") == 4  # only the goal that moved has a panel


def test_look_back_since_and_in_danish(cli, told):
    half = strip_ansi(cli("look-back", "--since", "6m").out)
    assert half.startswith("Looking back over the last 6 months")
    assert "You began at 2 with #1 “Play on a local football team”; now you are at 6." in half
    year = strip_ansi(cli("look-back", "--since", "1y").out)  # the journal is younger
    assert year.startswith("Looking back since you began, on ")
    assert "You began at 2 with #1" in year
    week = strip_ansi(cli("look-back", "--since", "2w").out)
    assert week.startswith("Looking back since ")
    danish = strip_ansi(cli("--lang", "da", "look-back", "--since", "6 mdr.").out)
    assert danish.startswith("Et blik tilbage over de sidste 6 måneder, siden ")
    assert "Du begyndte på 2 med #1 »Play on a local football team«; nu er du på 6." in danish
    four = strip_ansi(cli("--lang", "da", "look-back", "--since", "4 måneder").out)
    assert "Du var på 2 med #1 »Play on a local football team«; nu er du på 6." in four


@pytest.mark.parametrize(
    ("since", "code"), [("tomorrow", 2), ("0m", 2), ("someday", 2), ("", 2), ("2099-01-01", 2)]
)
def test_look_back_refuses_what_it_cannot_read(cli, told, journal_file, since, code):
    before = journal_file.read_bytes()
    done = cli("look-back", "--since", since)
    assert done.code == code and done.out == "" and len(done.err.strip().splitlines()) == 1
    assert journal_file.read_bytes() == before


def test_a_young_journal_looks_back_to_its_start(cli, journal_file):
    cli("goal", "add", "Walk", "--position", "2")
    out = strip_ansi(cli("look-back").out)
    assert out.startswith("Looking back since you began, on ")
    assert "You began at 2 with #1 “Walk”, and are there now." in out


def test_stories_read_every_goal_in_one_pass(told):
    with Journal.open(told, write=False) as journal:
        found = stories(journal, journal.goals, linked=True)
        assert [s.count for s in found] == [6, 0, 2, 2]
        assert [len(s.resources) for s in found] == [1, 0, 0, 0]

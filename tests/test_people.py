"""The example people: believable made-up lives, each in a sandbox of its own
that never touches a real journal or another person's sandbox."""

from __future__ import annotations

import json
import os
from datetime import datetime, timedelta, timezone

import pytest

from recovery_cli.demo import people
from recovery_cli.demo.sandbox import sandbox_path
from recovery_cli.domain import records as rec
from recovery_cli.domain.chime import DOMAINS
from recovery_cli.i18n import catalog
from recovery_cli.storage.paths import default_journal_path, demo_journal_path

NAMES = people.NAMES
OTHERS = [name for name in NAMES if name != people.DEFAULT]


def fingerprint(path):
    return (path.read_bytes(), os.stat(path).st_mtime_ns) if path.exists() else None


def stored(name):
    """A person's sandbox as the journal reads it."""
    from recovery_cli.journal.core import Journal

    with Journal.open(sandbox_path(name), write=False) as journal:
        return {
            "goals": journal.goals,
            "positions": journal.positions(),
            "resources": journal.resources(),
            "supports": journal.supports(),
            "notes": journal.notes(),
            "checkins": journal.checkins(),
            "measures": journal.measures(),
            "results": [r for r in journal.results() if r.measure != "checkin"],
        }


def content(name):
    """Everything a person's sandbox holds, links shown by goal title, ids left out."""
    data = json.loads(sandbox_path(name).read_bytes())
    titles = {doc["id"]: doc["title"] for doc in data["goals"].values()}
    newest = max(rec.read_stamp(doc["when"]) for doc in data["positions"].values())

    def value(key, text):  # a moment as days before the newest (a build can span midnight)
        if key in ("when", "created", "updated", "added"):
            moment = rec.read_stamp(text)
            return (newest.date() - moment.date()).days, moment.time().isoformat()
        return titles.get(text, text)

    def plain(doc):
        return json.dumps(
            {
                key: value(key, item) if isinstance(item, str) else item
                for key, item in doc.items()
                if key != "id"
            },
            sort_keys=True,
        )

    return {
        table: sorted(plain(doc) for doc in data.get(table, {}).values()) for table in rec.TABLES
    }


@pytest.fixture
def real_journals(cli, journal_file):
    cli("goal", "add", "My own private goal", "--position", "3")
    return [journal_file, default_journal_path()]


def test_every_sandbox_is_a_place_of_its_own():
    paths = [sandbox_path(name) for name in NAMES]
    assert len({path.parent for path in paths}) == len(NAMES)
    assert sandbox_path(people.DEFAULT) == demo_journal_path()  # where the demo always was
    for path in paths:
        assert path != default_journal_path()
        assert default_journal_path().parent not in path.parents


def test_the_list_names_everyone_in_one_line_each(cli):
    done = cli("demo", "--list")
    assert done.code == 0, done
    for name in NAMES:
        [line] = [line for line in done.out.splitlines() if line.strip().startswith(name + " ")]
        assert catalog("en")[f"people.{name}.summary"] in line
    assert "(default)" in done.out and "recovery course --person" in done.out
    danish = cli("--lang", "da", "demo", "--list")
    assert "Eksempelpersoner" in danish.out and "(standard)" in danish.out


@pytest.mark.parametrize("name", OTHERS)
def test_a_person_builds_with_the_tour_and_leaves_everything_else_alone(cli, real_journals, name):
    cli("demo")  # the default person's sandbox, to watch as well
    watched = [*real_journals, *(sandbox_path(other) for other in NAMES if other != name)]
    before = [fingerprint(path) for path in watched]
    done = cli("demo", "--person", name)
    assert done.code == 0, done
    english = catalog("en")
    assert english[f"people.{name}.summary"] in done.out
    ref = english[f"people.{name}.example.ref"]
    assert f"recovery --demo {name} goal show {ref}" in done.out
    assert "recovery course --person " + name in done.out  # the tour names the course
    for other in NAMES:  # ... and the other example people
        if other != name:
            assert english[f"people.{other}.name"] in done.out
    logged = cli("--demo", name, "log", ref, "8", "--note", "Live in class")
    assert logged.code == 0, logged
    assert f"Demo journal of {english[f'people.{name}.name']}" in logged.err
    assert [fingerprint(path) for path in watched] == before
    mine = json.loads(cli("goal", "list", "--json").out)
    assert [goal["title"] for goal in mine] == ["My own private goal"]


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("language", ["en", "da"])
def test_each_person_builds_the_same_every_time_and_passes_doctor(cli, name, language):
    done = cli("--lang", language, "demo", "--person", name)
    assert done.code == 0, done
    first = content(name)
    cli("--lang", language, "--demo", name, "goal", "add", "Something new")
    assert content(name) != first
    assert cli("--lang", language, "demo", "--person", name, "--reset").code == 0
    assert content(name) == first
    doctor = cli("--lang", language, "--demo", name, "doctor")
    assert doctor.code == 0, doctor
    texts = [
        value
        for table in first.values()
        for doc in table
        for value in json.loads(doc).values()
        if isinstance(value, str)
    ]
    assert not [text for text in texts if text.startswith(("people.", "demo."))], (
        "a catalog key is missing"
    )


@pytest.mark.parametrize("name", NAMES)
def test_each_life_has_what_the_practice_talks_about(cli, name):
    cli("demo", "--person", name)
    records = stored(name)
    goals = records["goals"]
    person = people.person(name)
    assert len({key for goal in goals for key in goal.chime}) >= 4  # several CHIME domains
    assert any(goal.parent for goal in goals)  # an abstract goal with a concrete step
    journey = next(g for g in goals if g.number == person.goal_number(person.journey))
    history = sorted(
        (p for p in records["positions"] if p.goal == journey.id and not p.by), key=lambda p: p.when
    )
    values = [p.value for p in history]
    back = [i for i in range(1, len(values)) if values[i] < values[i - 1]]
    assert back, "a setback on the goal the course follows"
    assert history[back[0]].note, "what got in the way, in the person's words"
    assert any(p.helped for p in history[back[0] + 1 :]), "what helped afterwards"
    assert max(values[back[0] :]) > values[back[0] - 1]
    kinds = {support.kind for support in records["supports"]}
    assert {"family", "peer"} <= kinds and all(s.how for s in records["supports"])
    assert records["resources"] and len(records["notes"]) >= 5
    assert len(records["checkins"]) >= 5
    assert all(set(checkin.scores) == set(DOMAINS) for checkin in records["checkins"])
    assert records["measures"] and len(records["results"]) >= 5  # an own measure, taken
    brought = min(measure.added for measure in records["measures"])
    assert brought < min(result.when for result in records["results"])


@pytest.mark.parametrize("name", NAMES)
def test_dates_count_back_from_today(cli, name):
    cli("demo", "--person", name)
    now = datetime.now(timezone.utc)
    moments = [rec.read_stamp(p.when) for p in stored(name)["positions"]]
    assert max(moments) <= now
    assert now - max(moments) < timedelta(days=14)
    assert now - min(moments) < timedelta(days=366)


def test_no_field_for_a_diagnosis_and_no_real_person():
    from dataclasses import fields

    from recovery_cli.demo.person import DemoGoal, Person

    names = {f.name for cls in (Person, DemoGoal) for f in fields(cls)}
    names |= {f.name for table in rec.TABLES for f in fields(rec.record_type(table))}
    assert not {"diagnosis", "symptom", "symptoms", "medication"} & names


def test_danish_people_are_written_in_danish(cli):
    for name in OTHERS:
        cli("--lang", "da", "demo", "--person", name)
        titles = {goal.title for goal in stored(name)["goals"]}
        english = {
            catalog("en")[f"people.{name}.goal.{g.key}.title"] for g in people.person(name).goals
        }
        assert titles and not titles & english


def test_demo_names_the_person_as_a_root_option_in_every_form(cli):
    cli("demo", "--person", "anna")
    anna = cli("--demo", "anna", "status").out
    assert "Take Danish as a single subject" in anna
    assert cli("--demo-person", "anna", "status").out == anna
    assert cli("--demo=ANNA", "status").out == anna
    assert "Play on a local football team" in cli("--demo", "status").out
    assert cli("--demo", "kim", "status").out == cli("--demo", "status").out


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (("--demo-person", "ana", "status"), 2, "did you mean 'anna'"),
        (("--demo-person", "zorro", "status"), 2, "the example people are kim, anna"),
        (("demo", "--person", "henrk"), 2, "did you mean 'henrik'"),
        (("demo", "--list", "--person", "anna"), 2, "--list"),
        # --demo WORD: a word that is no command is a person's name (QA 9)
        (("--demo", "nobody", "status"), 2, "the example people are kim, anna"),
        (("--demo", "nobody", "goal", "list"), 2, "the example people are kim, anna"),
        (("--demo", "nobody"), 2, "the example people are kim, anna"),
        (("--lang", "da", "--demo", "nobody", "status"), 2, "eksempelpersonerne er kim, anna"),
        (("--demo", "stauts"), 2, "did you mean 'status'"),  # a command's typo stays one
    ],
)
def test_an_unknown_person_is_one_sentence(cli, args, code, says):
    done = cli(*args)
    assert done.code == code and says in done.err and done.err.count("\n") == 1, done
    assert "Traceback" not in done.err


def test_reset_is_per_person(cli):
    cli("demo", "--person", "anna")
    cli("demo", "--person", "henrik")
    cli("--demo", "henrik", "goal", "add", "Henrik's live goal")
    anna = fingerprint(sandbox_path("anna"))
    assert cli("demo", "--person", "henrik", "--reset").code == 0
    assert fingerprint(sandbox_path("anna")) == anna
    assert "Henrik's live goal" not in cli("--demo", "henrik", "goal", "list").out


@pytest.mark.parametrize("language", ["en", "da"])
def test_every_command_offered_fits_one_line_to_copy(language):
    from recovery_cli.course.build import commands
    from recovery_cli.demo.tour import suggestions
    from recovery_cli.i18n import set_language

    set_language(language)
    for name in NAMES:
        person = people.person(name)
        for command, _ in [*suggestions(person), *commands(person)]:
            assert len(command) <= 76, command  # whole on an 80-column line, with room


@pytest.mark.parametrize(("lang", "name"), [("en", "NAME"), ("da", "NAVN")])
def test_the_list_never_breaks_a_command_across_lines(cli, lang, name):
    """Each command stands whole on a line: beside its label where both fit, on
    a line of its own under the label where they do not (Danish at 60)."""
    narrow = cli("--lang", lang, "demo", "--list", env={"COLUMNS": "60", "TTY_COMPATIBLE": "1"})
    lines = narrow.out.splitlines()
    for command in (
        f"recovery demo --person {name}",
        f"recovery --demo {name} status",
        f"recovery course --person {name}",
    ):
        assert any(line.endswith(f"  {command}") for line in lines), (command, narrow.out)
    assert all(len(line) <= 60 for line in lines)
    wide = cli("--lang", lang, "demo", "--list", env={"COLUMNS": "100"}).out
    assert any(
        line.endswith(f"recovery demo --person {name}") and ":" in line
        for line in wide.splitlines()
    )

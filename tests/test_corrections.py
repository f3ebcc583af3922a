"""Corrections in the journal layer: numbers, removal by uuid, edits."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from recovery_cli.domain import records as rec
from recovery_cli.domain.errors import InputError, NotPossible, RecoveryError
from recovery_cli.journal import Journal
from recovery_cli.journal import corrections as fix
from recovery_cli.journal.checkins import add_checkin
from recovery_cli.journal.entries import add_resource, add_support, log_position
from recovery_cli.journal.goals import GoalDraft, add_goal
from recovery_cli.journal.notes import add_note

NOW = datetime(2026, 11, 23, 15, 30, tzinfo=timezone(timedelta(hours=1)))
TABLES = ("goals", "positions", "resources", "supports", "notes", "measures", "results")


@pytest.fixture
def path(tmp_path):
    path = tmp_path / "journal.json"
    with Journal.open(path, write=True, now=NOW) as journal:
        add_goal(journal, GoalDraft(title="Play football", position="2"))
        add_goal(journal, GoalDraft(title="Sleep well"))
        log_position(journal, "1", "4", note="Went to trainng", when="yesterday")
        log_position(journal, "1", "5")
        for text in ("Played football as a kid", "Patience", "A bike"):
            add_resource(journal, text)
        add_support(journal, "My brother", how="Drives me", goal="1")
        add_support(journal, "Anna")
        add_note(journal, "Called my brother", when="3 days ago")
        add_note(journal, "A quiet day")
        add_checkin(journal, {"hope": 4}, when="yesterday")
        add_checkin(journal, {"hope": 6, "meaning": 5})
    return path


def session(path, write=False):
    return Journal.open(path, write=write, now=NOW)


def valid(path) -> dict:
    """Every stored record passes the same checks doctor and import use."""
    data = json.loads(path.read_text())
    for table in TABLES:
        for doc in data[table].values():
            rec.from_dict(table, doc)
    return data


@pytest.mark.parametrize("text, number", [("1", 1), ("#3", 3), (" 12 ", 12)])
def test_numbers_people_type(text, number):
    assert fix.parse_number(text) == number


@pytest.mark.parametrize("text", ["0", "-1", "x", "", "3.5", "٣", "1e3"])
def test_numbers_that_are_not_entry_numbers(text):
    with pytest.raises(InputError) as caught:
        fix.parse_number(text)
    assert caught.value.key == "fix.error.bad_number"


def test_numbers_follow_the_order_the_lists_show(path):
    with session(path) as journal:
        assert fix.find(journal, "resources", "2").record.text == "Patience"
        assert fix.find(journal, "supports", "1").record.who == "My brother"
        assert fix.find(journal, "notes", "1").record.text == "Called my brother"
        assert fix.find(journal, "checkins", "2").record.scores == {"hope": 6, "meaning": 5}
        oldest = fix.find(journal, "positions", "1", "football")
        assert (oldest.number, oldest.record.value, oldest.goal.number) == (1, 4, 1)
        latest = fix.find_position(journal, "football", None)
        assert (latest.number, latest.record.value) == (3, 5)


@pytest.mark.parametrize(
    "table, key",
    [
        ("resources", "fix.error.no_such.resources"),
        ("notes", "fix.error.no_such.notes"),
        ("checkins", "fix.error.no_such.checkins"),
        ("supports", "fix.error.no_such.supports"),
    ],
)
def test_a_number_past_the_end_is_not_possible(path, table, key):
    with session(path) as journal, pytest.raises(NotPossible) as caught:
        fix.find(journal, table, "9")
    assert caught.value.key == key


def test_a_goal_without_positions_has_nothing_to_unlog(path):
    with session(path) as journal, pytest.raises(NotPossible) as caught:
        fix.find_position(journal, "sleep", None)
    assert caught.value.key == "fix.error.no_positions"
    with session(path) as journal, pytest.raises(NotPossible) as caught:
        fix.find_position(journal, "football", "4")
    assert caught.value.key == "fix.error.no_position"


def test_remove_takes_exactly_that_record_and_numbers_close_up(path):
    with session(path, write=True) as journal:
        gone = fix.remove(journal, fix.find(journal, "resources", "1"))
    assert gone.record.text == "Played football as a kid"
    with session(path) as journal:
        assert [r.text for r in journal.resources()] == ["Patience", "A bike"]
    valid(path)


def test_the_entry_is_found_again_by_uuid_when_its_number_moved(path):
    with session(path) as journal:
        asked = fix.find(journal, "resources", "2")  # "Patience", shown and confirmed
    with session(path, write=True) as journal:  # meanwhile, another command
        fix.remove(journal, fix.find(journal, "resources", "1"))
    with session(path, write=True) as journal:
        gone = fix.remove(journal, asked)
    assert (gone.record.text, gone.number) == ("Patience", 1)
    with session(path) as journal:
        assert [r.text for r in journal.resources()] == ["A bike"]


def test_an_entry_removed_meanwhile_changes_nothing(path):
    with session(path) as journal:
        asked = fix.find(journal, "notes", "1")
    with session(path, write=True) as journal:
        fix.remove(journal, fix.find(journal, "notes", "1"))
    before = path.read_bytes()
    with pytest.raises(NotPossible) as caught, session(path, write=True) as journal:
        fix.remove(journal, asked)
    assert caught.value.key == "fix.error.gone"
    assert path.read_bytes() == before


def test_unlog_the_latest_and_a_numbered_position(path):
    with session(path, write=True) as journal:
        fix.remove(journal, fix.find_position(journal, "1", None))
        fix.remove(journal, fix.find_position(journal, "1", "1"))
    with session(path) as journal:
        goal = journal.goal("1")
        assert [(p.value, p.note) for p in journal.history(goal)] == [(2, None)]
    valid(path)


def test_edit_a_resource(path):
    with session(path, write=True) as journal:
        entry, changed = fix.edit_resource(
            journal, "2", text=" Patience with myself ", kind="styrke", goal="football"
        )
    assert changed == ["text", "kind", "goal"]
    assert (entry.record.text, entry.record.kind, entry.number) == (
        "Patience with myself",
        "strength",
        2,
    )
    with session(path, write=True) as journal:
        _, changed = fix.edit_resource(journal, "2", text="Patience with myself")
        assert changed == []
        entry, changed = fix.edit_resource(journal, "2", goal="")
    assert changed == ["goal"] and entry.record.goal is None
    valid(path)


@pytest.mark.parametrize(
    "changes, key",
    [
        ({"text": "  "}, "error.text.empty"),
        ({"kind": "teapot"}, "error.resource.kind"),
        ({"goal": "nothing-like-it"}, "error.goal.not_found"),
    ],
)
def test_a_refused_edit_writes_nothing(path, changes, key):
    before = path.read_bytes()
    with pytest.raises(RecoveryError) as caught, session(path, write=True) as journal:
        fix.edit_resource(journal, "1", **changes)
    assert caught.value.key == key
    assert path.read_bytes() == before


def test_edit_a_support_and_clear_how(path):
    with session(path, write=True) as journal:
        entry, changed = fix.edit_support(journal, "1", who="Anders", kind="familie", how="")
    assert changed == ["who", "kind", "how"]
    assert (entry.record.who, entry.record.kind, entry.record.how) == ("Anders", "family", None)
    valid(path)


def test_a_notes_number_follows_its_new_date(path):
    with session(path, write=True) as journal:
        entry, changed = fix.edit_note(journal, "2", when="last monday", goal="sleep")
    assert changed == ["goal", "when"] and entry.number == 1
    with session(path) as journal:
        assert [n.text for n in journal.notes()] == ["A quiet day", "Called my brother"]
    valid(path)


def test_an_edit_prepared_earlier_finds_its_note_by_uuid(path):
    with session(path) as journal:
        asked = fix.find(journal, "notes", "2")  # the editor is open for a while
    with session(path, write=True) as journal:
        fix.remove(journal, fix.find(journal, "notes", "1"))
    with session(path, write=True) as journal:
        entry, _ = fix.edit_note(journal, asked, text="A quiet, good day")
    assert (entry.number, entry.record.text) == (1, "A quiet, good day")

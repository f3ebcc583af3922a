"""A record changed outside the tool (a time that is no date, a time without
its offset, a position without its id) gets the damaged-journal sentence that
names the file and 'recovery doctor', in every command that reads records;
doctor itself names the record and never stops on a journal's shape."""

from __future__ import annotations

import orjson
import pytest

from tests.safety_util import load_plain


def _when(value):
    def change(data):
        for doc in data["positions"].values():
            doc["when"] = value

    return change


def _no_position_id(data):
    for doc in data["positions"].values():
        doc.pop("id")


def _note_when(data):
    for doc in data["notes"].values():
        doc["when"] = "2026-13-01T00:00:00+00:00"


DAMAGE = {
    "month 13": _when("2026-13-01T00:00:00+00:00"),
    "no offset": _when("2026-01-01T00:00:00"),
    "no id": _no_position_id,
    "note month 13": _note_when,
}
READERS = [
    ("status",),
    ("status", "--json"),
    ("goal", "show", "1"),
    ("goal", "list"),
    ("chart",),
    ("export", "--format", "csv"),
    ("export", "--format", "html"),
    ("export", "--format", "json"),
    ("export", "--format", "md"),
    ("notes",),
    ("log", "1", "5"),
    ("note", "Another thought"),
]


@pytest.fixture
def journal(cli, journal_file):
    for args in (
        ("goal", "add", "Play football", "--position", "3"),
        ("log", "1", "4"),
        ("note", "First thought"),
        ("checkin", "--hope", "5"),
    ):
        assert cli(*args).code == 0, args
    return load_plain(journal_file)


@pytest.mark.parametrize("damage", DAMAGE)
def test_every_reader_names_the_file_and_doctor(cli, journal_file, journal, damage):
    DAMAGE[damage](journal)
    journal_file.write_bytes(orjson.dumps(journal))
    for args in READERS:
        before = journal_file.read_bytes()
        done = cli(*args)
        if done.code == 0:  # a command that does not read the changed record
            continue
        assert done.code == 1 and done.err.count("\n") == 1, (args, done)
        assert str(journal_file) in done.err and "recovery doctor" in done.err, (args, done)
        assert journal_file.read_bytes() == before
    found = cli("doctor")
    assert found.code == 1 and "unexpected" not in found.err, found
    assert "problem" in found.out


def test_the_changed_record_is_named_by_each_reader_of_it(cli, journal_file, journal):
    """The position-reading commands do all stop (none ignores the record)."""
    _when("2026-13-01T00:00:00+00:00")(journal)
    journal_file.write_bytes(orjson.dumps(journal))
    for args in (
        ("status",),
        ("goal", "show", "1"),
        ("chart",),
        ("export", "--format", "csv"),
        ("export", "--format", "html"),
        ("log", "1", "5"),
    ):
        assert cli(*args).code == 1, args


def test_doctor_on_a_journal_with_only_its_meta(cli, journal_file):
    journal_file.write_bytes(b'{"meta":{"1":{"schema":1}}}')
    done = cli("doctor")
    assert "unexpected" not in done.err and "Traceback" not in done.err, done
    assert "can be read" in done.out
    assert cli("status").code == 0

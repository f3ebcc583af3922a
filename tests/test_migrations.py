"""Schema versions: every released schema opens; older ones are backed up, then
migrated in one atomic write; newer ones are refused and left alone."""

from __future__ import annotations

import json
import shutil

import pytest

from recovery_cli.storage import backups, migrations
from tests.safety_util import FIXTURES

RELEASED = sorted(FIXTURES.glob("journal-schema-*.json"))


def test_a_fixture_for_every_released_schema():
    versions = {int(p.stem.rsplit("-", 1)[1]) for p in RELEASED}
    assert versions == set(range(1, migrations.SCHEMA_VERSION + 1))


@pytest.mark.parametrize("fixture", RELEASED, ids=lambda p: p.stem)
def test_released_schema_opens_and_reads(cli, journal_file, fixture):
    shutil.copy(fixture, journal_file)
    journal_file.chmod(0o600)  # git keeps 0644; a journal the tool writes is 0600
    shown = json.loads(cli("goal", "show", "football", "--json").out)
    assert [p["position"] for p in shown["history"]] == [4, 2]
    status = cli("status")
    assert status.code == 0, status
    assert "Sleep better" in status.out
    doctor = cli("doctor")
    assert doctor.code == 0, doctor
    assert cli("log", "football", "5").code == 0


def test_newer_schema_is_refused_unchanged(cli, journal_file):
    data = json.loads((FIXTURES / "journal-schema-1.json").read_text())
    data["meta"]["1"]["schema"] = migrations.SCHEMA_VERSION + 1
    journal_file.write_text(json.dumps(data))
    before = journal_file.read_bytes()
    for args in (("status",), ("log", "1", "5"), ("doctor",)):
        done = cli(*args)
        assert done.code == 1, done
    assert "newer version" in cli("log", "1", "5").err
    assert journal_file.read_bytes() == before
    assert backups.list_backups(journal_file) == []


CURRENT = migrations.SCHEMA_VERSION
NEXT = CURRENT + 1


@pytest.fixture
def schema_2(monkeypatch):
    """A synthetic next schema (the current one + 1) whose step adds a field, to
    prove the mechanism: a schema-1 journal takes every real step, then this one."""

    def step(data):
        for doc in data["goals"].values():
            doc["step_added"] = True
        return data

    monkeypatch.setattr(migrations, "SCHEMA_VERSION", NEXT)
    monkeypatch.setattr(migrations, "STEPS", {**migrations.STEPS, CURRENT: step})


def test_older_schema_is_backed_up_then_migrated_once(cli, journal_file, schema_2, monkeypatch):
    shutil.copy(FIXTURES / "journal-schema-1.json", journal_file)
    original = journal_file.read_bytes()
    # reading does not touch the file
    assert cli("status").code == 0
    assert journal_file.read_bytes() == original
    assert "schema version is 1" in cli("doctor").out
    # the first write: a backup of the old file, then one atomic write
    from recovery_cli.storage import files

    writes = []
    real = files.atomic_write
    monkeypatch.setattr(files, "atomic_write", lambda t, p: (writes.append(t), real(t, p)))
    assert cli("log", "1", "5").code == 0
    assert [w.name for w in writes if w == journal_file] == [journal_file.name]
    found = backups.list_backups(journal_file)
    assert [backups.reason_of(journal_file, p) for p in found] == ["migrate"]
    assert found[0].read_bytes() == original
    data = json.loads(journal_file.read_bytes())
    assert data["meta"]["1"]["schema"] == NEXT
    assert all(doc["step_added"] for doc in data["goals"].values())


def test_doctor_fix_migrates(cli, journal_file, schema_2):
    shutil.copy(FIXTURES / "journal-schema-1.json", journal_file)
    done = cli("doctor", "--fix")
    assert done.code == 0, done
    assert f"up to schema version {NEXT}" in done.out
    assert json.loads(journal_file.read_bytes())["meta"]["1"]["schema"] == NEXT


def test_older_schema_without_a_step_is_damaged(cli, journal_file):
    data = json.loads((FIXTURES / "journal-schema-1.json").read_text())
    data["meta"]["1"]["schema"] = 0
    journal_file.write_text(json.dumps(data))
    before = journal_file.read_bytes()
    done = cli("log", "1", "5")
    assert done.code == 1 and "recovery doctor" in done.err
    assert journal_file.read_bytes() == before

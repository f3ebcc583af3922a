"""Check-ins kept by release 0.1.0 keep working: a journal and an export made by
that release (tests/fixtures/checkins-*-0.1.0.json) open, list, chart, export
and import with the same check-ins, whatever this version stores them as."""

from __future__ import annotations

import json
import shutil

from tests.safety_util import FIXTURES

JOURNAL = FIXTURES / "checkins-journal-0.1.0.json"
EXPORT = FIXTURES / "checkins-export-0.1.0.json"
LISTED = json.loads((FIXTURES / "checkins-listed-0.1.0.json").read_text())


def _release_journal(journal_file):
    shutil.copy(JOURNAL, journal_file)
    journal_file.chmod(0o600)  # git keeps 0644; a journal the tool writes is 0600


def test_checkins_of_the_release_list_as_they_did(cli, journal_file):
    _release_journal(journal_file)
    done = cli("checkins", "--json")
    assert done.code == 0, done
    assert json.loads(done.out) == LISTED
    shown = cli("checkins")
    assert "A good week" in shown.out


def test_checkins_of_the_release_chart_and_export(cli, journal_file, tmp_path):
    _release_journal(journal_file)
    assert cli("chart", "--checkins").code == 0
    saved = tmp_path / "out.json"
    assert cli("export", "--format", "json", "--output", str(saved)).code == 0
    fresh = tmp_path / "fresh.json"
    assert cli("--journal", str(fresh), "import", str(saved)).code == 0
    again = cli("--journal", str(fresh), "checkins", "--json")
    assert json.loads(again.out) == LISTED


def test_an_export_of_the_release_imports_its_checkins(cli, journal_file):
    assert cli("import", str(EXPORT)).code == 0
    assert json.loads(cli("checkins", "--json").out) == LISTED
    # importing the release's journal file over it adds nothing: same uuids
    done = cli("import", str(JOURNAL))
    assert done.code == 0, done
    assert json.loads(cli("checkins", "--json").out) == LISTED


def test_a_release_checkin_can_still_be_removed_and_added(cli, journal_file):
    _release_journal(journal_file)
    assert cli("checkin", "rm", "2", "--yes").code == 0
    assert [c["id"] for c in json.loads(cli("checkins", "--json").out)] == [
        LISTED[0]["id"],
        LISTED[2]["id"],
    ]
    assert cli("checkin", "--h", "5", "--date", "2026-06-01").code == 0
    assert len(json.loads(cli("checkins", "--json").out)) == 3


def test_the_migration_makes_each_checkin_a_result_of_the_builtin_checkin(cli, journal_file):
    """Schema 1 -> 2: the same uuid, date, answers and note, as a result; the first
    write backs the release's file up, then writes the migrated journal."""
    from recovery_cli.storage import backups

    _release_journal(journal_file)
    original = journal_file.read_bytes()
    assert "schema version is 1" in cli("doctor").out
    results = json.loads(cli("measure", "results", "checkin", "--json").out)["results"]
    assert [r["id"] for r in results] == [c["id"] for c in reversed(LISTED)]
    assert [r["answered"] for r in results] == [5, 2, 5] and results[0]["score"] is None
    assert journal_file.read_bytes() == original  # reading changes nothing
    assert cli("goal", "add", "Sleep well").code == 0  # the first write
    (backup,) = backups.list_backups(journal_file)
    assert backups.reason_of(journal_file, backup) == "migrate"
    assert backup.read_bytes() == original
    stored = json.loads(journal_file.read_text())
    assert stored["meta"]["1"]["schema"] == 2 and "checkins" not in stored
    assert stored["measures"] == {}
    by_id = {doc["id"]: doc for doc in stored["results"].values()}
    first = by_id[LISTED[2]["id"]]
    assert first == {
        "id": LISTED[2]["id"],
        "measure": "checkin",
        "version": "1",
        "when": LISTED[2]["when"],
        "answers": LISTED[2]["scores"],
        "score": None,
        "note": "A good week",
    }
    assert by_id[LISTED[1]["id"]]["answers"] == {
        "connectedness": None,
        "hope": 6,
        "identity": None,
        "meaning": 4,
        "empowerment": None,
    }
    assert json.loads(cli("checkins", "--json").out) == LISTED
    doctor = cli("doctor")
    assert doctor.code == 0 and "3 results" in doctor.out

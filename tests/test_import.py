"""``recovery import``: round trips, merging sync conflict copies, refusing bad files."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recovery_cli.domain.records import Goal, Position
from tests.conftest import invoke
from tests.journal_data import TABLES, journals, read_tables, write_journal

T = "2026-03-{:02d}T10:00:00+00:00"
T1 = T.format(1)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tables=journals(), language=st.sampled_from(["en", "da"]))
def test_any_journal_survives_export_and_import_into_an_empty_journal(tables, language):
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "a.json", Path(folder) / "b.json"
        write_journal(source, tables, language=language)
        exported = invoke("--journal", str(source), "export", "--output",
                          str(Path(folder) / "x.json"))
        assert exported.code == 0, exported
        imported = invoke("--journal", str(target), "import", str(Path(folder) / "x.json"))
        assert imported.code == 0, imported
        before, after = read_tables(source), read_tables(target)
        for table in TABLES:
            assert after[table] == before[table], table
        assert after["meta"] == before["meta"]
        again = invoke("--journal", str(target), "import", str(Path(folder) / "x.json"))
        assert again.code == 0 and read_tables(target) == after


def _goal(ident, number, title, updated=T1):
    return Goal(id=ident, number=number, title=title, created=T.format(1), updated=updated)


@pytest.fixture
def two_machines(tmp_path, journal_file):
    """The same journal on two machines; each gained different entries since."""
    base = {"goals": [_goal("g1", 1, "Play football")],
            "positions": [Position(id="p1", goal="g1", when=T.format(1), value=2)]}
    write_journal(journal_file, base)
    conflict = tmp_path / "data" / "journal.sync-conflict-20260314-101500-ABCDEFG.json"
    # this machine: a new goal #2 and a position on #1
    assert invoke("goal", "add", "Sleep better", "--position", "4").code == 0
    assert invoke("log", "1", "3", "--date", "2026-03-10").code == 0
    # the other machine: its own goal #2, a position, an edit of goal #1
    with_other = {"goals": [_goal("g1", 1, "Play football on Tuesdays", T.format(12)),
                            _goal("g9", 2, "Cook with friends")],
                  "positions": [Position(id="p1", goal="g1", when=T.format(1), value=2),
                                Position(id="p9", goal="g9", when=T.format(11), value=5)]}
    write_journal(conflict, with_other)
    return journal_file, conflict


def test_a_sync_conflict_copy_merges_without_losing_either_side(cli, two_machines):
    journal, conflict = two_machines
    done = cli("import", str(conflict))
    assert done.code == 0, done
    assert "a journal file" in done.out
    assert "Added 1 goal, 1 position." in done.out
    assert "“Cook with friends” is #2 in the file and becomes #3 here" in done.out
    assert "goal #1 “Play football on Tuesdays”" not in done.out
    assert "edited later, so it replaces the one here" in done.out
    goals = {g["number"]: g for g in json.loads(cli("goal", "list", "--all", "--json").out)}
    assert goals[1]["title"] == "Play football on Tuesdays"
    assert goals[2]["title"] == "Sleep better" and goals[3]["title"] == "Cook with friends"
    assert [p["position"] for p in json.loads(cli("goal", "show", "1", "--json").out)[
        "history"]] == [2, 3]
    assert goals[3]["position"]["position"] == 5
    backups = [p for p in (journal.parent / "backups").iterdir() if "import" in p.name]
    assert len(backups) == 1
    assert str(backups[0]) in done.out
    # the same copy again adds nothing and makes no new backup
    again = cli("import", str(conflict))
    assert again.code == 0 and "Nothing to change" in again.out
    assert len([p for p in (journal.parent / "backups").iterdir() if "import" in p.name]) == 1
    added = cli("goal", "add", "Next")
    assert "#4" in added.out


def test_dry_run_says_what_would_happen_and_changes_nothing(cli, two_machines):
    journal, conflict = two_machines
    before = journal.read_bytes()
    saved = sorted((journal.parent / "backups").glob("*"))
    done = cli("import", str(conflict), "--dry-run")
    assert done.code == 0, done
    assert "would do this" in done.out and "Add 1 goal, 1 position." in done.out
    assert "becomes #3 here" in done.out and "dry run" in done.out
    assert journal.read_bytes() == before
    assert sorted((journal.parent / "backups").glob("*")) == saved


def test_export_import_twice_adds_no_duplicates(cli, journal_file, tmp_path):
    cli("goal", "add", "Walk", "--position", "3")
    cli("resource", "add", "Patience", "--kind", "strength")
    export = tmp_path / "export.json"
    assert cli("export", "-o", str(export)).code == 0
    other = tmp_path / "other.json"
    for _ in range(2):
        assert cli("--journal", str(other), "import", str(export)).code == 0
    assert cli("--journal", str(other), "import", str(export)).out.count("Nothing to change")
    data = read_tables(other)
    assert len(data["goals"]) == 1 and len(data["positions"]) == 1
    assert len(data["resources"]) == 1


def test_an_older_copy_does_not_undo_a_newer_edit(cli, journal_file, tmp_path):
    write_journal(journal_file, {"goals": [_goal("g1", 1, "New title", T.format(20))]})
    old = tmp_path / "old.json"
    write_journal(old, {"goals": [_goal("g1", 1, "Old title", T.format(5))]})
    done = cli("import", str(old))
    assert done.code == 0 and "the version here was edited later, so it stays" in done.out
    assert read_tables(journal_file)["goals"]["g1"]["title"] == "New title"


def test_no_notes_export_imported_back_reports_no_differences(cli, journal_file, tmp_path):
    cli("goal", "add", "Walk", "--position", "3", "--note", "private")
    shared = tmp_path / "shared.json"
    assert cli("export", "--no-notes", "-o", str(shared)).code == 0
    done = cli("import", str(shared))
    assert done.code == 0 and "Nothing to change" in done.out
    assert "private" in journal_file.read_text(encoding="utf-8")


def test_import_into_danish(cli, two_machines):
    _, conflict = two_machines
    done = cli("--lang", "da", "import", str(conflict), "--dry-run")
    assert done.code == 0
    assert "Ville tilføje: 1 mål, 1 placering." in done.out and "bliver #3 her" in done.out


CORRUPT = [
    ("empty", b""),
    ("truncated", b'{"format": "recovery-journal-export", "version": 1, "goals": ['),
    ("not json", "æøå not json at all".encode()),
    ("foreign json", b'{"name": "some other app", "items": [1, 2, 3]}'),
    ("a list", b"[1, 2, 3]"),
    ("bad position", json.dumps({
        "format": "recovery-journal-export", "version": 1, "schema": 1,
        "goals": [{"id": "x", "number": 1, "title": "T", "created": T.format(1),
                   "updated": T.format(1)}],
        "positions": [{"id": "p", "goal": "x", "when": T.format(1), "value": 9}]}).encode()),
    ("position without its goal", json.dumps({
        "format": "recovery-journal-export", "version": 1, "schema": 1,
        "positions": [{"id": "p", "goal": "nowhere", "when": T.format(1), "value": 3}]
    }).encode()),
    ("duplicate ids", json.dumps({
        "format": "recovery-journal-export", "version": 1, "schema": 1,
        "notes": [{"id": "n", "text": "a", "when": T.format(1)},
                  {"id": "n", "text": "b", "when": T.format(2)}]}).encode()),
    ("wrong types", json.dumps({
        "format": "recovery-journal-export", "version": 1, "schema": 1,
        "checkins": [{"id": "c", "when": T.format(1), "scores": [1, 2]}]}).encode()),
    ("journal with a bad table", json.dumps({
        "meta": {"1": {"schema": 1}}, "goals": [1, 2]}).encode()),
]


@pytest.mark.parametrize(("name", "payload"), CORRUPT, ids=[c[0] for c in CORRUPT])
def test_a_corrupt_or_foreign_file_changes_nothing(cli, journal_file, tmp_path, name, payload):
    cli("goal", "add", "Walk", "--position", "3")
    before = journal_file.read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_bytes(payload)
    for args in (["import", str(bad)], ["import", str(bad), "--dry-run"]):
        done = cli(*args)
        assert done.code == 2, (name, done)
        assert done.err.count("\n") == 1 and "nothing was changed" in done.err
        assert "Traceback" not in done.err
    assert journal_file.read_bytes() == before
    assert not (journal_file.parent / "backups").exists()


def test_a_file_from_a_newer_version_is_refused(cli, journal_file, tmp_path):
    newer = tmp_path / "newer.json"
    newer.write_text(json.dumps({"meta": {"1": {"schema": 99}}, "goals": {}}))
    done = cli("import", str(newer))
    assert done.code == 1 and "newer version" in done.err
    assert not journal_file.exists()


def test_a_missing_file_or_a_folder(cli, journal_file, tmp_path):
    missing = cli("import", str(tmp_path / "nope.json"))
    assert missing.code == 2 and "There is no file" in missing.err
    folder = cli("import", str(tmp_path))
    assert folder.code == 2 and "is a folder" in folder.err
    assert not journal_file.exists()


def test_import_runs_as_a_real_process(proc, journal_file, tmp_path):
    write_journal(tmp_path / "other.json", {"goals": [_goal("g1", 1, "Swim")]})
    done = proc("import", str(tmp_path / "other.json"))
    assert done.returncode == 0, done.stderr
    assert "Added 1 goal." in done.stdout


def test_a_json_file_with_a_byte_order_mark_is_read(cli, journal_file, tmp_path):
    export = tmp_path / "edited.json"
    export.write_bytes(b"\xef\xbb\xbf" + json.dumps({
        "format": "recovery-journal-export", "version": 1, "schema": 1,
        "notes": [{"id": "n", "text": "Skrevet i Notesblok æøå", "when": T1}]}).encode())
    done = cli("import", str(export))
    assert done.code == 0 and "Added 1 note." in done.out

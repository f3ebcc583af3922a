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


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(tables=journals(), language=st.sampled_from(["en", "da"]))
def test_any_journal_survives_export_and_import_into_an_empty_journal(tables, language):
    with tempfile.TemporaryDirectory() as folder:
        source, target = Path(folder) / "a.json", Path(folder) / "b.json"
        write_journal(source, tables, language=language)
        exported = invoke(
            "--journal", str(source), "export", "--output", str(Path(folder) / "x.json")
        )
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
    base = {
        "goals": [_goal("g1", 1, "Play football")],
        "positions": [Position(id="p1", goal="g1", when=T.format(1), value=2)],
    }
    write_journal(journal_file, base)
    conflict = tmp_path / "data" / "journal.sync-conflict-20260314-101500-ABCDEFG.json"
    # this machine: a new goal #2 and a position on #1
    assert invoke("goal", "add", "Sleep better", "--position", "4").code == 0
    assert invoke("log", "1", "3", "--date", "2026-03-10").code == 0
    # the other machine: its own goal #2, a position, an edit of goal #1
    with_other = {
        "goals": [
            _goal("g1", 1, "Play football on Tuesdays", T.format(12)),
            _goal("g9", 2, "Cook with friends"),
        ],
        "positions": [
            Position(id="p1", goal="g1", when=T.format(1), value=2),
            Position(id="p9", goal="g9", when=T.format(11), value=5),
        ],
    }
    write_journal(conflict, with_other)
    return journal_file, conflict


def test_a_sync_conflict_copy_merges_without_losing_either_side(cli, two_machines):
    journal, conflict = two_machines
    done = cli("import", str(conflict))
    assert done.code == 0, done
    assert "a journal file" in done.out
    assert "Added 1 goal, 1 position." in done.out
    assert "“Cook with friends” is #2 in the file and becomes #3 here" in done.out
    assert (
        "Goal #1 “Play football on Tuesdays”: the version in the file was edited later, "
        "so it replaces the one here."
    ) in done.out
    assert "    title: “Play football”\n" in done.out  # what the version here had
    goals = {g["number"]: g for g in json.loads(cli("goal", "list", "--all", "--json").out)}
    assert goals[1]["title"] == "Play football on Tuesdays"
    assert goals[2]["title"] == "Sleep better" and goals[3]["title"] == "Cook with friends"
    assert [
        p["position"] for p in json.loads(cli("goal", "show", "1", "--json").out)["history"]
    ] == [2, 3]
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
    assert "The version in the file (last edited 5 Mar 2026" in done.out
    assert "    title: “Old title”" in done.out
    danish = cli("--lang", "da", "import", str(old), "--dry-run")
    assert "»Old title«" in danish.out and "“" not in danish.out  # Danish quotation marks
    assert "your journal keeps its own versions of the entries above" in done.out
    assert "everything in it is already in your journal" not in done.out
    assert read_tables(journal_file)["goals"]["g1"]["title"] == "New title"


ALI = "Watch football with Ali on Saturdays, and then maybe join the club ourselves"


@pytest.fixture
def both_edited(tmp_path, journal_file):
    """One goal edited on both machines: the title here, status and vision there (later)."""
    common = {"chime": ("connectedness",), "vision": "Be part of a team"}
    write_journal(
        journal_file,
        {
            "goals": [
                Goal(
                    id="g1",
                    number=1,
                    title=ALI,
                    created=T.format(1),
                    updated=T.format(10),
                    **common,
                )
            ]
        },
    )
    there = tmp_path / "data" / "journal.sync-conflict.json"
    write_journal(
        there,
        {
            "goals": [
                Goal(
                    id="g1",
                    number=1,
                    title="Play football",
                    created=T.format(1),
                    updated=T.format(12),
                    chime=("connectedness", "identity"),
                    status="paused",
                    vision=None,
                    horizon="6m",
                )
            ]
        },
    )
    return journal_file, there


def test_the_report_names_every_field_the_dropped_version_had(cli, both_edited):
    journal, there = both_edited
    done = cli("import", str(there))
    assert done.code == 0, done
    lines = done.out.splitlines()
    start = lines.index(
        "Goal #1 “Play football”: the version in the file was edited later, "
        "so it replaces the one here."
    )
    assert lines[start + 1].startswith("  The version here (last edited 10 Mar 2026")
    assert lines[start + 1].endswith("put it back with recovery goal edit 1:")
    assert lines[start + 2 : start + 7] == [
        f"    title: “{ALI}”",  # in full, not shortened, so it can be typed back
        "    CHIME domains: Connectedness",
        "    status: active",
        "    vision: “Be part of a team”",
        "    horizon: (nothing)",
    ]
    goal = read_tables(journal)["goals"]["g1"]
    assert goal["title"] == "Play football" and goal["status"] == "paused"
    # the person puts the title back by hand, as the report says
    assert cli("goal", "edit", "1", "--title", ALI).code == 0
    assert read_tables(journal)["goals"]["g1"]["title"] == ALI


def test_the_dropped_fields_in_danish(cli, both_edited):
    _, there = both_edited
    done = cli("--lang", "da", "import", str(there), "--dry-run")
    assert done.code == 0, done
    assert "Mål #1 »Play football«: udgaven i filen er ændret senere" in done.out
    assert "  Udgaven her (sidst ændret 10. mar. 2026" in done.out
    assert "sæt det ind igen med recovery goal edit 1:" in done.out
    for line in (
        f"    titlen: »{ALI}«",
        "    CHIME-områderne: Forbundethed",
        "    status: aktivt",
        "    visionen: »Be part of a team«",
        "    tidshorisonten: (ingenting)",
    ):
        assert line + "\n" in done.out, line


def test_an_entry_that_differs_lists_what_the_file_had(cli, journal_file, tmp_path):
    goal = _goal("g1", 1, "Walk")
    mine = Position(id="p1", goal="g1", when=T.format(3), value=4, note="felt good")
    write_journal(journal_file, {"goals": [goal], "positions": [mine]})
    other = tmp_path / "other.json"
    write_journal(
        other,
        {
            "goals": [goal],
            "positions": [
                Position(
                    id="p1",
                    goal="g1",
                    when=T.format(3),
                    value=5,
                    note="to linjer\nanden linje",
                    helped="Ali",
                )
            ],
        },
    )
    done = cli("import", str(other))
    assert done.code == 0, done
    assert (
        "  The version in the file had this instead:\n    position: 5\n"
        "    note: “to linjer\n    anden linje”\n    what helped: “Ali”\n"
    ) in done.out


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
    (
        "bad position",
        json.dumps(
            {
                "format": "recovery-journal-export",
                "version": 1,
                "schema": 1,
                "goals": [
                    {
                        "id": "x",
                        "number": 1,
                        "title": "T",
                        "created": T.format(1),
                        "updated": T.format(1),
                    }
                ],
                "positions": [{"id": "p", "goal": "x", "when": T.format(1), "value": 9}],
            }
        ).encode(),
    ),
    (
        "position without its goal",
        json.dumps(
            {
                "format": "recovery-journal-export",
                "version": 1,
                "schema": 1,
                "positions": [{"id": "p", "goal": "nowhere", "when": T.format(1), "value": 3}],
            }
        ).encode(),
    ),
    (
        "duplicate ids",
        json.dumps(
            {
                "format": "recovery-journal-export",
                "version": 1,
                "schema": 1,
                "notes": [
                    {"id": "n", "text": "a", "when": T.format(1)},
                    {"id": "n", "text": "b", "when": T.format(2)},
                ],
            }
        ).encode(),
    ),
    (
        "wrong types",
        json.dumps(
            {
                "format": "recovery-journal-export",
                "version": 1,
                "schema": 1,
                "checkins": [{"id": "c", "when": T.format(1), "scores": [1, 2]}],
            }
        ).encode(),
    ),
    (
        "journal with a bad table",
        json.dumps({"meta": {"1": {"schema": 1}}, "goals": [1, 2]}).encode(),
    ),
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


def test_a_missing_file_is_not_found_like_a_goal_and_a_folder_is_bad_input(
    cli, journal_file, tmp_path
):
    unknown_goal = cli("goal", "show", "99")
    assert unknown_goal.code == 1, unknown_goal
    (tmp_path / "plain.txt").write_text("x")
    for name in ("nope.json", "plain.txt/inside.json"):
        missing = cli("import", str(tmp_path / name))
        assert missing.code == unknown_goal.code == 1, missing
        assert "There is no file" in missing.err and missing.err.count("\n") == 1
    folder = cli("import", str(tmp_path))
    assert folder.code == 2 and "is a folder" in folder.err
    assert not journal_file.exists()


def test_the_readme_gives_the_exit_codes_import_uses():
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    codes = " ".join(readme.split("## Exit codes", 1)[1].split("\n## ", 1)[0].split())
    not_done, bad_input = codes.split("`2`", 1)
    assert "`1`" in not_done and "not found" in not_done and "a file to import" in not_done
    assert "folder" in bad_input


def test_import_runs_as_a_real_process(proc, journal_file, tmp_path):
    write_journal(tmp_path / "other.json", {"goals": [_goal("g1", 1, "Swim")]})
    done = proc("import", str(tmp_path / "other.json"))
    assert done.returncode == 0, done.stderr
    assert "Added 1 goal." in done.stdout


def test_a_json_file_with_a_byte_order_mark_is_read(cli, journal_file, tmp_path):
    export = tmp_path / "edited.json"
    export.write_bytes(
        b"\xef\xbb\xbf"
        + json.dumps(
            {
                "format": "recovery-journal-export",
                "version": 1,
                "schema": 1,
                "notes": [{"id": "n", "text": "Skrevet i Notesblok æøå", "when": T1}],
            }
        ).encode()
    )
    done = cli("import", str(export))
    assert done.code == 0 and "Added 1 reflection." in done.out


def test_a_journal_file_with_a_byte_order_mark_is_read_like_import_reads_it(
    cli, journal_file, tmp_path
):
    from recovery_cli.storage.codec import JournalDamaged, decode

    write_journal(journal_file, {"goals": [_goal("g1", 1, "Gå i skoven")]}, language="da")
    plain = journal_file.read_bytes()
    journal_file.write_bytes(b"\xef\xbb\xbf" + plain)  # saved again by an editor
    assert decode(journal_file.read_bytes(), journal_file) == decode(plain, journal_file)
    shown = cli("goal", "list", "--all", "--json")
    assert shown.code == 0, shown
    assert [g["title"] for g in json.loads(shown.out)] == ["Gå i skoven"]
    assert "Gå i skoven" in cli("status").out  # and it is still read as a Danish journal
    logged = cli("log", "1", "5")
    assert logged.code == 0, logged
    assert json.loads(journal_file.read_bytes())["goals"]  # rewritten without the mark
    # the same bytes as a file to import: a copy of the journal, nothing new
    copy = tmp_path / "copy.json"
    copy.write_bytes(b"\xef\xbb\xbf" + journal_file.read_bytes())
    again = cli("import", str(copy))
    assert again.code == 0 and "Intet at ændre" in again.out  # in the journal's language
    with pytest.raises(JournalDamaged):
        decode(b"\xef\xbb\xbf", journal_file)  # a mark and nothing else is still empty


def _report(ours: dict, theirs: dict, lang: str = "en") -> list[str]:
    from recovery_cli.i18n import set_language
    from recovery_cli.journal.merge import plan_merge
    from recovery_cli.views.importing import import_lines

    set_language(lang)
    full = {table: [] for table in TABLES}
    plan = plan_merge(
        {**full, **ours}, {**full, **theirs}, ours_meta={"next_goal_number": 9}, theirs_meta={}
    )
    numbers = {g.id: g.number for g in ours.get("goals", [])}
    return import_lines(
        plan, source="x.json", kind="journal", goal_numbers=numbers, dry_run=True, backup=None
    )


def _checkin(checkin):
    """A check-in as it is kept: a result of the built-in check-in."""
    from recovery_cli.domain.reflections import checkin_as_result
    from recovery_cli.domain.results import Result

    return Result(**checkin_as_result(checkin))


def test_every_kind_of_field_is_shown_in_full_in_both_languages():
    from recovery_cli.domain.records import Checkin, Note, Resource, Support

    goals = [_goal("g1", 1, "Walk"), _goal("g2", 2, "Swim")]
    ours = {
        "goals": goals,
        "resources": [Resource(id="r", text="Patience", created=T1, kind="strength")],
        "supports": [Support(id="s", who="Ali", created=T1, kind="friend", goal="g1")],
        "notes": [Note(id="n", text="Today", when=T1, prompt="matters")],
        "results": [_checkin(Checkin(id="c", when=T1, scores={"hope": 5}))],
    }
    theirs = {
        "goals": goals,
        "resources": [Resource(id="r", text="Patience", created=T1, kind="experience", goal="g2")],
        "supports": [Support(id="s", who="Ali", created=T1, kind="friend", goal=None)],
        "notes": [Note(id="n", text="Today", when=T1, prompt=None)],
        "results": [_checkin(Checkin(id="c", when=T1, scores={"hope": 6, "meaning": 4}))],
    }
    english = "\n".join(_report(ours, theirs))
    for line in (
        "    kind: experience",
        "    goal: #2",
        "    goal: (nothing)",
        "    question: (nothing)",
        "    check-in scores: Hope 6, Meaning 4",
    ):
        assert line + "\n" in english, line
    assert english.endswith(
        "Nothing to change: your journal keeps its own versions of the entries above."
    )
    danish = "\n".join(_report(ours, theirs, "da"))
    for line in (
        "    slags: erfaring",
        "    målet: #2",
        "    spørgsmålet: (ingenting)",
        "    indtjekningens tal: Håb 6, Mening 4",
    ):
        assert line + "\n" in danish, line


def test_a_long_report_lists_twenty_differences_in_full_and_counts_the_rest():
    from recovery_cli.domain.records import Note

    ours = {"notes": [Note(id=f"n{i}", text=f"mine {i}", when=T1) for i in range(25)]}
    theirs = {"notes": [Note(id=f"n{i}", text=f"theirs {i}", when=T1) for i in range(25)]}
    lines = _report(ours, theirs)
    assert sum(line.startswith("    text: “theirs") for line in lines) == 20
    assert "... and 5 more." in lines

"""What import and export say: whole sentences, true counts, and a plain refusal
of a file that import cannot read (a CSV or Markdown export)."""

from __future__ import annotations

import pytest

from recovery_cli.domain.records import Goal, Note, Position, Resource
from tests.journal_data import write_journal

T = "2026-03-{:02d}T10:00:00+00:00"


def _goal(title: str, updated: str, **fields) -> Goal:
    return Goal(id="g1", number=1, title=title, created=T.format(1), updated=updated, **fields)


@pytest.fixture
def older_in_file(tmp_path, journal_file):
    """The goal here was edited later than the copy in the file."""
    write_journal(journal_file, {"goals": [_goal("Walk every day", T.format(12))]})
    there = tmp_path / "copy.json"
    write_journal(there, {"goals": [_goal("Walk", T.format(10), vision="A long walk")]})
    return there


@pytest.mark.parametrize(
    ("lang", "sentence"),
    [
        (
            "en",
            "  The version in the file (last edited 10 Mar 2026, 10:00) had this instead; "
            "to use any of it, put it in with recovery goal edit 1:",
        ),
        (
            "da",
            "  Udgaven i filen (sidst ændret 10. mar. 2026, 10:00) havde dette i stedet; "
            "vil du bruge noget af det, så sæt det ind med recovery goal edit 1:",
        ),
    ],
)
def test_the_dropped_version_is_introduced_by_a_whole_sentence(cli, older_in_file, lang, sentence):
    done = cli("--lang", lang, "import", str(older_in_file), "--dry-run", env={"TZ": "UTC"})
    assert done.code == 0, done
    lines = done.out.splitlines()
    line = next(line for line in lines if line.startswith(sentence.split("(")[0]))
    assert line.split(" (", 1)[1].split(")", 1)[1] == sentence.split(")", 1)[1]


@pytest.mark.parametrize("lang", ["en", "da"])
def test_a_csv_export_is_refused_in_one_plain_sentence(cli, journal_file, tmp_path, lang):
    cli("goal", "add", "Walk", "--position", "3")
    cli("goal", "add", "Read", "--position", "5")
    table = tmp_path / "positions.csv"
    assert cli("export", "--format", "csv", "-o", str(table)).code == 0
    before = journal_file.read_bytes()
    for args in (["import", str(table)], ["import", str(table), "--dry-run"]):
        done = cli("--lang", lang, *args)
        assert done.code == 2, done
        assert done.err.count("\n") == 1 and "Traceback" not in done.err
        assert "damaged" not in done.err and "beskadiget" not in done.err
    english = cli("import", str(table)).err
    assert english == (
        f"The file {table} is neither a JSON export (made with 'recovery export --format json') "
        "nor a journal file, the only things that can be imported, so nothing was changed.\n"
    )
    assert journal_file.read_bytes() == before


def test_a_markdown_report_is_refused_the_same_way(cli, journal_file, tmp_path):
    cli("goal", "add", "Walk", "--position", "3")
    report = tmp_path / "report.md"
    assert cli("export", "-o", str(report)).code == 0
    done = cli("import", str(report))
    assert done.code == 2 and "is neither a JSON export" in done.err


def test_cut_short_json_is_still_called_damaged(cli, journal_file, tmp_path):
    cut = tmp_path / "cut.json"
    cut.write_text('{"format": "recovery-journal-export", "version": 1, "goals": [')
    done = cli("import", str(cut))
    assert done.code == 2 and "damaged" in done.err


@pytest.fixture
def filled(journal_file):
    goals = [
        Goal(id=f"g{n}", number=n, title=f"Goal {n}", created=T.format(1), updated=T.format(1))
        for n in (1, 2)
    ]
    positions = [
        Position(id=f"p{n}", goal="g1" if n < 4 else "g2", when=T.format(n), value=4)
        for n in range(1, 6)
    ]
    write_journal(
        journal_file,
        {
            "goals": goals,
            "positions": positions,
            "resources": [Resource(id="r1", text="Patience", created=T.format(1))],
            "notes": [Note(id="n1", text="A note", when=T.format(2), goal="g2")],
        },
    )
    return journal_file


@pytest.mark.parametrize(
    ("args", "counts"),
    [
        (["--format", "csv", "--table", "goals"], "(2 goals)"),
        (["--format", "csv"], "(5 positions)"),
        (["--format", "csv", "--table", "resources"], "(1 resource)"),
        (["--format", "csv", "--table", "checkins"], "(0 check-ins)"),
        (["--format", "json"], "(2 goals, 5 positions, 1 resource, 1 reflection)"),
        (["--format", "md", "--goal", "2"], "(1 goal, 2 positions, 1 reflection)"),
        (["--format", "html", "--goal", "1", "--no-notes"], "(1 goal, 3 positions)"),
    ],
)
def test_export_counts_what_it_wrote(cli, filled, tmp_path, args, counts):
    done = cli("export", *args, "-o", str(tmp_path / "out"), "--force")
    assert done.code == 0, done
    assert counts in done.out, done.out


def test_export_counts_in_danish(cli, filled, tmp_path):
    done = cli(
        "--lang",
        "da",
        "export",
        "--format",
        "csv",
        "--table",
        "goals",
        "-o",
        str(tmp_path / "goals.csv"),
    )
    assert "(2 mål)" in done.out and "placering" not in done.out

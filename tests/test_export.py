"""``recovery export``: JSON, CSV and the shareable Markdown/HTML reports."""

from __future__ import annotations

import csv
import io
import json
import stat

import pytest

from recovery_cli.domain.records import Checkin, Goal, Note, Position, Resource, Support
from recovery_cli.storage.migrations import SCHEMA_VERSION
from tests.journal_data import write_journal

T = "2026-03-{:02d}T10:00:00+00:00"


def _journal(path):
    football = Goal(
        id="g1",
        number=1,
        title="Spille fodbold på et hold",
        created=T.format(1),
        updated=T.format(1),
        chime=("connectedness", "identity"),
        vision="Jeg træner hver tirsdag",
        horizon="6m",
        change="Find en klub i nærheden",
        collaboration="Min bror kører",
    )
    sleep = Goal(
        id="g2",
        number=2,
        title="Sleep through the night",
        created=T.format(2),
        updated=T.format(2),
        chime=("hope",),
        status="paused",
    )
    secret = Goal(
        id="g3",
        number=3,
        title="Private goal about money",
        created=T.format(3),
        updated=T.format(3),
    )
    tables = {
        "goals": [football, sleep, secret],
        "positions": [
            Position(
                id="p1",
                goal="g1",
                when=T.format(1),
                value=2,
                note="Ringede til klubben",
                helped="Min bror",
            ),
            Position(id="p2", goal="g1", when=T.format(10), value=5, note="-første træning"),
            Position(id="p3", goal="g1", when=T.format(20), value=4, by="Mette"),
            Position(id="p4", goal="g2", when=T.format(5), value=3, note="tired"),
            Position(id="p5", goal="g3", when=T.format(6), value=1, note="owe money"),
        ],
        "resources": [
            Resource(
                id="r1", text="Spillede som barn", created=T.format(1), kind="experience", goal="g1"
            ),
            Resource(id="r2", text="Good at listening", created=T.format(1), kind="strength"),
        ],
        "supports": [
            Support(
                id="s1",
                who="Min bror",
                created=T.format(1),
                kind="family",
                how="Kører mig til træning",
                goal="g1",
            ),
            Support(
                id="s2", who="Debt adviser", created=T.format(3), kind="professional", goal="g3"
            ),
        ],
        "notes": [
            Note(id="n1", text="A reflection about football", when=T.format(11), goal="g1"),
            Note(id="n2", text="A general reflection", when=T.format(12)),
        ],
        "results": [
            Checkin(
                id="c1", when=T.format(15), scores={"hope": 5, "meaning": 6}, note="Checkin note"
            )
        ],  # a check-in is kept as a result
    }
    write_journal(path, tables)


@pytest.fixture
def filled(journal_file):
    _journal(journal_file)
    return journal_file


def test_json_holds_every_record_with_the_schema(cli, filled):
    done = cli("export")
    assert done.code == 0, done
    data = json.loads(done.out)
    assert data["format"] == "recovery-journal-export" and data["schema"] == SCHEMA_VERSION
    assert [
        len(data[t])
        for t in ("goals", "positions", "resources", "supports", "notes", "measures", "results")
    ] == [3, 5, 2, 2, 2, 0, 1]
    assert data["results"][0]["measure"] == "checkin"
    assert data["goals"][0]["title"] == "Spille fodbold på et hold"
    assert data["includes"] == {"goals": "all", "since": None, "until": None, "notes": True}


def _csv(text: str) -> list[dict]:
    assert text.startswith("\ufeff"), "a BOM so spreadsheets read UTF-8"
    return list(csv.DictReader(io.StringIO(text.removeprefix("\ufeff"), newline="")))


def test_csv_positions_one_row_per_position_with_goal_and_band(cli, filled):
    done = cli("export", "--format", "csv")
    assert done.code == 0, done
    rows = _csv(done.out)
    assert len(rows) == 5
    first = rows[0]
    assert first["goal_number"] == "1"
    assert first["goal_title"] == "Spille fodbold på et hold"
    assert first["goal_domains"] == "connectedness, identity"
    assert first["band"] == "far" and first["position"] == "2"
    assert first["date"] == "2026-03-01"
    assert first["note"] == "Ringede til klubben"
    # text that a spreadsheet would take for a formula is kept as text
    assert rows[1]["note"] == "'-første træning"


def test_csv_file_bytes_are_utf8_with_bom_and_crlf(cli, filled, tmp_path):
    target = tmp_path / "positions.csv"
    assert cli("export", "--output", str(target)).code == 0
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    assert "første".encode() in raw
    with open(target, encoding="utf-8-sig", newline="") as handle:
        assert len(list(csv.DictReader(handle))) == 5


def _separated(path, delimiter: str) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=delimiter))


TRICKY = 'Fodbold, løb; æøå ÆØÅ\tmed "Ali"'


@pytest.mark.parametrize(
    ("lang", "args", "delimiter", "word"),
    [
        ("en", [], ",", "commas"),
        ("da", [], ";", "semikoloner"),
        ("en", ["--delimiter", ";"], ";", "semicolons"),
        ("da", ["--delimiter", ","], ",", "kommaer"),
        ("en", ["--delimiter", "tab"], "\t", "tabs"),
        ("da", ["--delimiter", "semikolon"], ";", "semikoloner"),
    ],
)
def test_csv_separator_follows_the_language_and_reads_back(
    cli, journal_file, tmp_path, lang, args, delimiter, word
):
    write_journal(
        journal_file,
        {
            "goals": [
                Goal(
                    id="g1",
                    number=1,
                    title=TRICKY,
                    created=T.format(1),
                    updated=T.format(1),
                    chime=("hope", "meaning"),
                )
            ],
            "positions": [
                Position(
                    id="p1", goal="g1", when=T.format(2), value=4, note="Så én gang til; ja, æøå"
                )
            ],
        },
    )
    target = tmp_path / "positions.csv"
    done = cli("--lang", lang, "export", "-o", str(target), *args)
    assert done.code == 0, done
    assert word in done.out
    rows = _separated(target, delimiter)
    assert len(rows) == 2 and all(len(row) == len(rows[0]) == 13 for row in rows)
    record = dict(zip(rows[0], rows[1], strict=True))
    assert record["goal_title"] == TRICKY
    assert record["note"] == "Så én gang til; ja, æøå"
    assert record["goal_domains"] == "hope, meaning"
    first_line = target.read_bytes().decode("utf-8-sig").split("\r\n")[0]
    assert first_line.count(delimiter) == 12


def test_a_danish_journal_gets_semicolons_without_asking(cli, journal_file, tmp_path):
    write_journal(
        journal_file,
        {
            "goals": [
                Goal(
                    id="g1",
                    number=1,
                    title="Gå en tur, i skoven",
                    created=T.format(1),
                    updated=T.format(1),
                )
            ]
        },
        language="da",
    )
    target = tmp_path / "goals.csv"
    assert cli("export", "--format", "csv", "--table", "goals", "-o", str(target)).code == 0
    rows = _separated(target, ";")
    assert rows[1][1] == "Gå en tur, i skoven"


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--delimiter", "|", "--format", "csv"], "not a CSV separator"),
        (["--delimiter", ";"], "--format csv"),
        (["--delimiter", ";", "--format", "html"], "--format csv"),
    ],
)
def test_a_wrong_delimiter_is_one_sentence(cli, filled, args, words):
    done = cli("export", *args)
    assert done.code == 2 and words in done.err and done.err.count("\n") == 1


@pytest.mark.parametrize(
    ("table", "count", "column"),
    [
        ("goals", 3, "title"),
        ("resources", 2, "text"),
        ("supports", 2, "who"),
        ("notes", 2, "text"),
        ("checkins", 1, "hope"),
    ],
)
def test_csv_other_tables(cli, filled, table, count, column):
    rows = _csv(cli("export", "--format", "csv", "--table", table).out)
    assert len(rows) == count and rows[0][column]


@pytest.mark.parametrize("form", ["md", "html"])
def test_report_contains_chosen_goals_only(cli, filled, form):
    done = cli("export", "--format", form, "--goal", "1", "--goal", "sleep")
    assert done.code == 0, done
    text = done.out
    assert "Spille fodbold på et hold" in text and "Sleep through the night" in text
    for hidden in (
        "Private goal about money",
        "owe money",
        "Debt adviser",
        "Good at listening",
        "A general reflection",
        "Checkin note",
    ):
        assert hidden not in text
    assert "Jeg træner hver tirsdag" in text and "Find en klub i nærheden" in text
    assert "Kører mig til træning" in text and "Spillede som barn" in text
    assert "Only these goals: #1 Spille fodbold på et hold, #2 Sleep through the night" in text


@pytest.mark.parametrize("form", ["md", "html"])
def test_report_with_everything(cli, filled, form):
    text = cli("export", "--format", form).out
    for shown in (
        "Private goal about money",
        "Good at listening",
        "A general reflection",
        "Checkin note",
        "A reflection about football",
        "Ringede til klubben",
        "All goals (3 goals)",
        "Reflections and notes are included",
    ):
        assert shown in text


@pytest.mark.parametrize("form", ["md", "html"])
def test_no_notes_leaves_no_empty_note_column(cli, filled, form):
    with_notes = cli("export", "--format", form).out
    without = cli("export", "--format", form, "--no-notes").out
    column = "<th>Note</th>" if form == "html" else "| Note |"
    assert column in with_notes
    assert column not in without
    assert ("<th>What helped</th>" if form == "html" else "| What helped |") in without


@pytest.mark.parametrize("form", ["md", "html", "json", "csv"])
def test_no_notes_leaves_every_note_out(cli, filled, form):
    text = cli("export", "--format", form, "--no-notes").out
    for note in (
        "Ringede til klubben",
        "første træning",
        "tired",
        "owe money",
        "A reflection about football",
        "A general reflection",
        "Checkin note",
    ):
        assert note not in text
    assert "Min bror" in text  # what helped and who supports stay


def test_since_and_until_limit_dated_entries(cli, filled):
    text = cli("export", "--format", "md", "--since", "2026-03-05", "--until", "2026-03-12").out
    assert "Entries from 5 Mar 2026 to 12 Mar 2026" in text
    assert "Ringede til klubben" not in text  # 1 March
    assert "første træning" in text  # 10 March
    assert "Checkin note" not in text  # 15 March
    data = json.loads(cli("export", "--since", "2026-03-05", "--until", "2026-03-12").out)
    assert {p["id"] for p in data["positions"]} == {"p2", "p4", "p5"}
    assert data["includes"]["since"] == "2026-03-05"


def test_html_is_one_self_contained_file_with_a_chart(cli, filled):
    text = cli("export", "--format", "html").out
    assert text.startswith("<!DOCTYPE html>") and text.rstrip().endswith("</html>")
    # a chart per goal with positions, and one of the check-ins (a panel per question)
    assert text.count("<svg") == 4 and text.count('class="panel"') == 3 + 2
    assert '<path d="M' in text
    assert "<script" not in text and "http://" not in text.replace(
        'xmlns="http://www.w3.org/2000/svg"', ""
    )
    assert "@media print" in text


def test_html_escapes_the_persons_words(cli, journal_file):
    cli("goal", "add", "<script>alert(1)</script> & more", "--position", "3")
    text = cli("export", "--format", "html").out
    assert "<script>" not in text and "&lt;script&gt;" in text


def test_markdown_chart_and_neutral_movement(cli, filled):
    text = cli("export", "--format", "md", "--goal", "1").out
    assert "```text" in text and "●" in text
    assert "from 2 to 5" in text  # own ratings only: Mette's 4 is listed, not charted
    assert "as Mette sees it" in text


def test_danish_report(cli, filled):
    done = cli("--lang", "da", "export", "--format", "html", "--goal", "1")
    assert done.code == 0, done
    text = done.out
    assert '<html lang="da">' in text
    for danish in (
        "Min recovery-dagbog",
        "Rapporten indeholder",
        "Overblik",
        "Sådan vil det se ud",
        "Hvad skal ændres",
        "langt væk",
        "på vej",
        "Placeringer over tid",
        "Kun disse mål",
        "Forbundethed",
    ):
        assert danish in text, danish
    md = cli("--lang", "da", "export", "--format", "md", "--no-notes").out
    assert "Refleksioner og noter er udeladt" in md and "1. mar. 2026" in md


def test_output_file_is_private_and_not_replaced_without_force(cli, filled, tmp_path):
    target = tmp_path / "report.html"
    done = cli("export", "--output", str(target))
    assert done.code == 0, done
    assert str(target) in done.out
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")  # from the name
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    target.write_text("mine")
    again = cli("export", "--output", str(target))
    assert again.code == 1 and "--force" in again.err
    assert target.read_text() == "mine"
    forced = cli("export", "--output", str(target), "--force")
    assert forced.code == 0 and target.read_text(encoding="utf-8").startswith("<!DOCTYPE")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_existing_file_is_made_private_when_forced(cli, filled, tmp_path):
    target = tmp_path / "open.json"
    target.write_text("{}")
    target.chmod(0o644)
    assert cli("export", "-o", str(target), "--force").code == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_refuses_to_write_over_the_journal(cli, filled):
    before = filled.read_bytes()
    done = cli("export", "--output", str(filled), "--force")
    assert done.code == 2 and "journal" in done.err
    assert filled.read_bytes() == before


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["--format", "pdf"], 2, "not an export format"),
        (["--table", "goals"], 2, "--format csv"),
        (["--format", "csv", "--table", "people"], 2, "not a table"),
        (["--goal", "99"], 1, "no goal #99"),
        (["--since", "2026-03-10", "--until", "2026-03-01"], 2, "swap"),
        (["--since", "someday"], 2, "not a date"),
        (["--output", "/nonexistent/folder/x.json"], 1, "does not exist"),
    ],
)
def test_bad_choices_are_one_sentence(cli, filled, args, code, words):
    done = cli("export", *args)
    assert done.code == code, done
    assert words in done.err and done.err.count("\n") == 1
    assert "Traceback" not in done.err


def test_export_of_an_empty_journal(cli, journal_file):
    assert not journal_file.exists()
    done = cli("export", "--format", "md")
    assert done.code == 0 and "There are no goals in this report." in done.out
    assert not journal_file.exists()


def test_help_has_an_example(cli):
    for command in ("export", "import"):
        done = cli(command, "--help")
        assert done.code == 0 and "Example: recovery " + command in done.out
        danish = cli("--lang", "da", command, "--help")
        assert "Eksempel: recovery " + command in danish.out


def test_dash_means_the_screen_and_the_name_picks_the_format(cli, filled, tmp_path):
    assert cli("export", "-o", "-", "--format", "md").out.startswith("# My recovery journal")
    for name, start in (
        ("r.md", b"# My"),
        ("r.CSV", b"\xef\xbb\xbfgoal_number"),
        ("r.htm", b"<!DOCTYPE"),
        ("r.JSON", b"{"),
    ):
        assert cli("export", "-o", str(tmp_path / name)).code == 0
        assert (tmp_path / name).read_bytes().startswith(start), name


@pytest.mark.parametrize("name", ["x.xlsx", "notes.txt", "report.pdf", "backup"])
@pytest.mark.parametrize("lang", ["en", "da"])
def test_a_name_we_cannot_write_is_refused_and_nothing_is_written(
    cli, filled, tmp_path, name, lang
):
    before = filled.read_bytes()
    done = cli("--lang", lang, "export", "-o", str(tmp_path / name))
    assert done.code == 2, done
    assert done.err.count("\n") == 1 and name in done.err
    for suffix in (".json", ".csv", ".md", ".html", ".htm"):
        assert suffix in done.err
    assert "--format" in done.err and "Saved" not in done.out
    assert not (tmp_path / name).exists()
    assert filled.read_bytes() == before
    # the person can still say what they want
    assert cli("export", "-o", str(tmp_path / name), "--format", "csv").code == 0


def test_export_catalogs_match_in_both_languages():
    import re

    from recovery_cli.i18n.po import parse_po
    from tests.conftest import LOCALE as folder

    en = parse_po((folder / "en" / "transfer.po").read_text(encoding="utf-8"))
    da = parse_po((folder / "da" / "transfer.po").read_text(encoding="utf-8"))
    assert set(en) == set(da)
    for key in en:
        assert set(re.findall(r"{(\w+)}", en[key])) == set(re.findall(r"{(\w+)}", da[key])), key
        assert "[" not in en[key] + da[key], key  # help is rich markup


@pytest.mark.parametrize("form", ["md", "html"])
def test_a_reflection_written_to_a_prompt_keeps_its_question(cli, journal_file, form):
    assert cli("note", "My brother and the team", "--prompt", "c1").code == 0
    text = cli("export", "--format", form).out
    question = "Who do you feel connected to right now?"
    assert question in text
    assert text.index(question) < text.index("My brother and the team")
    danish = cli("--lang", "da", "export", "--format", form).out
    assert "Hvem føler du dig forbundet med lige nu?" in danish and question not in danish

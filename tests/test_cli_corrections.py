"""Correcting mistakes through the command line, in English and Danish: unlog,
rm and edit for resources, supports, notes and check-ins."""

from __future__ import annotations

import json
import os
import re
import sys

import pytest

from recovery_cli.domain import records as rec
from recovery_cli.journal import Journal
from recovery_cli.journal import corrections as fix
from tests.conftest import ROOT, default_signals, one_sentence

TABLES = ("goals", "positions", "resources", "supports", "notes", "measures", "results")


@pytest.fixture
def filled(cli):
    """A journal with two or more of every kind of entry."""
    for args in [
        ("goal", "add", "Play football", "--position", "2"),
        ("goal", "add", "Sleep well"),
        ("log", "1", "4", "--note", "Went to trainng", "--date", "yesterday"),
        ("log", "1", "5", "--helped", "My brother"),
        ("resource", "add", "Played football as a kid", "--kind", "experience"),
        ("resource", "add", "Patience", "--goal", "1"),
        ("resource", "add", "A bike"),
        ("support", "add", "My brother", "--how", "Drives me", "--goal", "1"),
        ("support", "add", "Anna", "--kind", "peer"),
        ("note", "Called my brother", "--date", "3 days ago"),
        ("note", "A quiet day", "--goal", "sleep"),
        ("checkin", "--h", "4", "--date", "yesterday"),
        ("checkin", "--h", "6", "--m", "5", "--note", "A good week"),
    ]:
        done = cli(*args)
        assert done.code == 0, (args, done)
    return cli


def stored(journal_file) -> dict:
    """The journal as stored, every record checked as doctor and import check it."""
    data = json.loads(journal_file.read_text())
    for table in TABLES:
        for doc in data[table].values():
            rec.from_dict(table, doc)
    return data


def texts(journal_file, table, field) -> list:
    return sorted(doc[field] for doc in stored(journal_file)[table].values())


# -- the numbers a list shows are the ones rm and edit take --------------------------------


def table_rows(out: str) -> dict[str, int]:
    """``{first words of a row: its number}`` from a rich table with a # column."""
    rows = {}
    for line in out.splitlines():
        found = re.match(r"^\s*(\d+)\s{2,}(\S.*?)(\s{2,}|$)", line)
        if found:
            rows[found.group(2)] = int(found.group(1))
    return rows


def test_resource_numbers_shown_are_the_ones_rm_takes(filled, journal_file):
    shown = table_rows(filled("resource", "list").out)
    assert shown == {"Played football as a kid": 1, "Patience": 2, "A bike": 3}
    listed = json.loads(filled("resource", "list", "--json").out)
    assert {r["text"]: r["number"] for r in listed} == shown
    done = filled("resource", "rm", str(shown["Patience"]), "--yes")
    assert done.code == 0 and "Resource 2 has been removed." in done.out
    assert texts(journal_file, "resources", "text") == ["A bike", "Played football as a kid"]
    assert table_rows(filled("resource", "list").out) == {
        "Played football as a kid": 1,
        "A bike": 2,
    }


def test_support_numbers_shown_are_the_ones_edit_takes(filled, journal_file):
    shown = table_rows(filled("support", "list").out)
    assert shown == {"My brother": 1, "Anna": 2}
    assert {
        s["who"]: s["number"] for s in json.loads(filled("support", "list", "--json").out)
    } == shown
    done = filled("support", "edit", str(shown["Anna"]), "--how", "Walks with me")
    assert done.code == 0 and "Support 2 has new words on how they help." in done.out
    [anna] = [s for s in stored(journal_file)["supports"].values() if s["who"] == "Anna"]
    assert anna["how"] == "Walks with me"


def test_note_numbers_stay_the_same_in_a_filtered_list(filled, journal_file):
    shown = filled("notes").out
    assert re.findall(r"^#(\d+) · ", shown, re.M) == ["2", "1"]  # newest first
    only = filled("notes", "--goal", "sleep")
    assert re.findall(r"^#(\d+) · ", only.out, re.M) == ["2"]
    assert [
        n["number"] for n in json.loads(filled("notes", "--json", "--search", "brother").out)
    ] == [1]
    assert "recovery note rm N" in only.err  # the hint, on stderr
    done = filled("note", "rm", "2", "--yes")
    assert done.code == 0 and "Reflection 2 has been removed." in done.out
    assert texts(journal_file, "notes", "text") == ["Called my brother"]


def test_checkin_numbers_shown_are_the_ones_rm_takes(filled, journal_file):
    lines = filled("checkins").out.splitlines()
    assert [line.split()[0] for line in lines[1:3]] == ["2", "1"]
    assert "A good week" in lines[1]
    assert [c["number"] for c in json.loads(filled("checkins", "--json").out)] == [2, 1]
    done = filled("checkin", "rm", "2", "--yes")
    assert done.code == 0 and "Check-in 2 has been removed." in done.out
    assert [
        {k: v for k, v in c["answers"].items() if v is not None}
        for c in stored(journal_file)["results"].values()
    ] == [{"hope": 4}]


def test_position_numbers_in_goal_show_are_the_ones_unlog_takes(filled, journal_file):
    page = filled("goal", "show", "1").out
    history = page[page.index("Positions over time") :]
    rows = [line.split()[:2] for line in history.splitlines() if re.match(r"^\s*\d+\s", line)]
    assert [number for number, _ in rows] == ["3", "2", "1"]
    numbers = {
        p["number"]: (p["position"], p["note"])
        for p in json.loads(filled("goal", "show", "1", "--json").out)["history"]
    }
    assert numbers[1] == (4, "Went to trainng")  # yesterday's is the oldest
    done = filled("unlog", "1", "1", "--yes")
    assert done.code == 0, done
    assert "Position 1 of goal #1 has been removed." in done.out
    assert "Goal #1 is now at 5 (on the way), logged today." in done.out
    filled("log", "1", "6")
    danish = filled("--lang", "da", "unlog", "1", "--yes")
    assert "Placering nr. 3 på mål #1 er fjernet." in danish.out
    assert "Mål #1 står nu på 5 (på vej), noteret i dag." in danish.out
    assert texts(journal_file, "positions", "value") == [2, 5]


def test_unlog_without_a_number_takes_the_latest_until_none_are_left(filled, journal_file):
    assert "Position 3 of goal #1 has been removed." in filled("unlog", "football", "--yes").out
    filled("unlog", "1", "--yes")
    last = filled("--lang", "da", "unlog", "1", "-y")
    assert last.code == 0, last
    assert "Placering nr. 1 på mål #1 er fjernet." in last.out
    assert "Mål #1 har ingen placeringer nu; 'recovery log 1 1-8' noterer en." in last.out
    assert stored(journal_file)["positions"] == {}
    nothing = filled("unlog", "1", "--yes")
    assert nothing.code == 1 and "nothing to remove" in one_sentence(nothing)


# -- asking first -----------------------------------------------------------------------

KINDS = [
    (("resource", "rm", "2"), "Resource 2: Patience (resource).", "resources"),
    (("support", "rm", "1"), "Support 1: My brother (other).", "supports"),
    (("note", "rm", "1"), "Reflection 1, ", "notes"),
    (("checkin", "rm", "2"), "Check-in 2, ", "results"),  # a check-in is kept as a result
    (("unlog", "football"), "Position 3 of goal #1 Play football: 5 (on the way)", "positions"),
]


@pytest.mark.parametrize("args, shown, table", KINDS)
@pytest.mark.parametrize("answer", ["y", "yes", "J", "ja"])
def test_removal_shows_the_entry_and_asks(filled, journal_file, tty, args, shown, table, answer):
    count = len(stored(journal_file)[table])
    done = filled(*args, input=f"{answer}\n")
    assert done.code == 0, done
    assert shown in done.out and "for good? [y/N]" in done.out
    assert len(stored(journal_file)[table]) == count - 1


@pytest.mark.parametrize("args, shown, table", KINDS)
@pytest.mark.parametrize(
    "language, answer, kept",
    [
        ("en", "n", "Nothing was removed;"),
        ("en", "", "Nothing was removed;"),
        ("da", "nej", "Intet blev fjernet;"),
    ],
)
def test_declined_changes_nothing(
    filled, journal_file, tty, args, shown, table, language, answer, kept
):
    before = journal_file.read_bytes()
    done = filled("--lang", language, *args, input=f"{answer}\n")
    assert done.code == 0, done  # declining is the person's choice, not a failure
    assert done.out.splitlines()[-1].startswith(kept) and done.err == ""
    assert journal_file.read_bytes() == before


@pytest.mark.parametrize("args, shown, table", KINDS)
def test_without_a_terminal_it_needs_yes(filled, journal_file, args, shown, table):
    before = journal_file.read_bytes()
    done = filled(*args)
    assert done.code == 2, done
    assert "--yes" in one_sentence(done)
    assert journal_file.read_bytes() == before
    danish = filled("--lang", "da", *args)
    assert danish.code == 2 and "kræver en bekræftelse" in one_sentence(danish)


def test_an_entry_removed_between_question_and_answer_is_not_replaced_by_another(
    filled, journal_file, tty, monkeypatch
):
    def someone_else_removes_it(question):  # another command, while the person reads
        with Journal.open(journal_file, write=True) as journal:
            fix.remove(journal, fix.find(journal, "resources", "2"))
        return True

    monkeypatch.setattr("recovery_cli.cli.prompts.confirm", someone_else_removes_it)
    done = filled("resource", "rm", "2")
    assert done.code == 1, done
    assert "in the meantime" in one_sentence(done)
    assert texts(journal_file, "resources", "text") == ["A bike", "Played football as a kid"]


def test_a_number_that_moved_meanwhile_still_removes_the_confirmed_entry(
    filled, journal_file, tty, monkeypatch
):
    def someone_else_removes_the_first(question):
        with Journal.open(journal_file, write=True) as journal:
            fix.remove(journal, fix.find(journal, "resources", "1"))
        return True

    monkeypatch.setattr("recovery_cli.cli.prompts.confirm", someone_else_removes_the_first)
    done = filled("resource", "rm", "2")  # "Patience", which has become number 1
    assert done.code == 0, done
    assert texts(journal_file, "resources", "text") == ["A bike"]


# -- wrong numbers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "args, english, danish",
    [
        (
            ("resource", "rm", "9"),
            "There is no resource 9;",
            "Der er ingen nr. 9 blandt det, du kan trække på;",
        ),
        (
            ("resource", "edit", "9", "--text", "x"),
            "There is no resource 9;",
            "Der er ingen nr. 9 blandt det, du kan trække på;",
        ),
        (("support", "rm", "9", "--yes"), "There is no support 9;", "Der er ingen støtte nr. 9;"),
        (
            ("support", "edit", "9", "--how", "x"),
            "There is no support 9;",
            "Der er ingen støtte nr. 9;",
        ),
        (("note", "rm", "#9"), "There is no reflection 9;", "Der er ingen refleksion nr. 9;"),
        (
            ("note", "edit", "9", "--text", "x"),
            "There is no reflection 9;",
            "Der er ingen refleksion nr. 9;",
        ),
        (("checkin", "rm", "9"), "There is no check-in 9;", "Der er ingen indtjekning nr. 9;"),
        (("unlog", "1", "9"), "Goal #1 has no position 9;", "Mål #1 har ingen placering nr. 9;"),
        (("unlog", "7"), "There is no goal #7", "Der er ikke noget mål #7"),
    ],
)
def test_an_unknown_number_is_one_sentence_and_changes_nothing(
    filled, journal_file, args, english, danish
):
    before = journal_file.read_bytes()
    for language, expected in (("en", english), ("da", danish)):
        done = filled("--lang", language, *args)
        assert done.code == 1, done
        assert one_sentence(done).startswith(expected)
    assert journal_file.read_bytes() == before


@pytest.mark.parametrize(
    "args",
    [("resource", "rm", "0"), ("note", "rm", "two"), ("unlog", "1", "1.5"), ("checkin", "rm", "")],
)
def test_a_number_that_is_not_one_is_bad_input(filled, journal_file, args):
    before = journal_file.read_bytes()
    done = filled(*args, "--yes")
    assert done.code == 2, done
    assert "is not an entry number" in one_sentence(done)
    assert journal_file.read_bytes() == before


# -- editing ----------------------------------------------------------------------------


def test_edit_a_resource_in_both_languages(filled, journal_file):
    done = filled(
        "resource",
        "edit",
        "1",
        "--text",
        "Played football for ten years",
        "--kind",
        "strength",
        "--goal",
        "football",
    )
    assert (
        done.code == 0
        and "Resource 1 has new words, a new kind (strength) and a different goal." in done.out
    )
    again = filled("--lang", "da", "resource", "edit", "1", "--kind", "erfaring", "--goal", "")
    assert again.code == 0, again
    assert (
        "Nr. 1 af dine styrker, erfaringer og ressourcer har fået en ny slags (erfaring)"
        " og fjernet koblingen til målet." in again.out
    )
    same = filled("resource", "edit", "1", "--kind", "experience")
    assert "Nothing changed; resource 1 already looks like that." in same.out
    [first] = json.loads(filled("resource", "list", "--json").out)[:1]
    assert first == {
        **first,
        "text": "Played football for ten years",
        "kind": "experience",
        "goal": None,
        "number": 1,
    }


def test_edit_a_support_in_both_languages(filled, journal_file):
    done = filled(
        "--lang", "da", "support", "edit", "1", "--who", "Anders", "--kind", "familie", "--how", ""
    )
    assert done.code == 0, done
    assert (
        "Støtte nr. 1 har fået et nyt navn, en ny slags (familie)"
        " og fjernet beskrivelsen af hjælpen." in done.out
    )
    [anders] = json.loads(filled("support", "list", "--json").out)[:1]
    assert (anders["who"], anders["kind"], anders["how"]) == ("Anders", "family", None)


@pytest.mark.parametrize(
    "args, key",
    [
        (("resource", "edit", "1"), "--text, --kind or --goal"),
        (("support", "edit", "1"), "--who, --kind, --how or --goal"),
        (("resource", "edit", "1", "--text", " "), "cannot be empty"),
        (("resource", "edit", "1", "--kind", "teapot"), "is not a kind of resource"),
        (("support", "edit", "1", "--who", ""), "cannot be empty"),
    ],
)
def test_an_edit_that_cannot_be_made_is_bad_input(filled, journal_file, args, key):
    before = journal_file.read_bytes()
    done = filled(*args)
    assert done.code == 2 and key in one_sentence(done)
    assert journal_file.read_bytes() == before


def test_edit_a_note_with_text_goal_and_date(filled, journal_file):
    done = filled(
        "note", "edit", "2", "--text", "A quiet, good day", "--goal", "", "--date", "last monday"
    )
    assert done.code == 0, done
    assert "Reflection 2 has new words, no goal any more and a new date." in done.out
    assert "By its date it is now reflection 1." in done.out
    [first] = json.loads(filled("notes", "--json").out)[-1:]
    assert (first["number"], first["text"], first["goal"]) == (1, "A quiet, good day", None)
    piped = filled("--lang", "da", "note", "edit", "1", "--text", "-", input="Fra stdin\n")
    assert piped.code == 0 and "Refleksion nr. 1 har fået ny tekst." in piped.out


def test_edit_a_note_in_the_editor(filled, journal_file, tmp_path):
    seen = tmp_path / "seen.txt"
    editor = tmp_path / "editor.py"
    editor.write_text(
        "import sys, pathlib\n"
        "path = pathlib.Path(sys.argv[1])\n"
        f"pathlib.Path({str(seen)!r}).write_text(path.read_text())\n"
        "path.write_text(path.read_text().replace('Called', 'Phoned'))\n"
    )
    env = {"EDITOR": f"{sys.executable} {editor}"}
    done = filled("note", "edit", "1", env=env)
    assert done.code == 0 and "Reflection 1 has new words." in done.out
    assert "Called my brother" in seen.read_text() and seen.read_text().startswith("#")
    assert "Phoned my brother" in texts(journal_file, "notes", "text")
    same = filled("note", "edit", "1", env=env)  # nothing left to replace
    assert "Nothing changed; reflection 1 already looks like that." in same.out


def test_a_note_emptied_in_the_editor_is_kept(filled, journal_file, tmp_path):
    editor = tmp_path / "editor.py"
    editor.write_text("import sys, pathlib\npathlib.Path(sys.argv[1]).write_text('')\n")
    before = journal_file.read_bytes()
    done = filled("note", "edit", "1", env={"EDITOR": f"{sys.executable} {editor}"})
    assert done.code == 1 and "note rm 1" in one_sentence(done)
    assert journal_file.read_bytes() == before


def test_a_note_edit_without_editor_or_text_says_how(filled, journal_file):
    done = filled("note", "edit", "1")
    assert done.code == 2 and "--text" in one_sentence(done)


# -- note and checkin still write entries ---------------------------------------------------


def test_note_and_checkin_still_write_without_a_command_word(cli, journal_file):
    assert cli("note", "--date", "yesterday", "Edit my CV").code == 0
    assert cli("note", "add", "rm").code == 0  # the word itself, as a note
    assert cli("checkin", "--c", "5").code == 0
    assert texts(journal_file, "notes", "text") == ["Edit my CV", "rm"]
    assert len(stored(journal_file)["results"]) == 1  # a check-in is kept as a result
    missing = cli("note", "rm")  # a removal without its number is a usage error
    assert missing.code == 2 and texts(journal_file, "notes", "text") == ["Edit my CV", "rm"]


@pytest.mark.parametrize("language, correct", [("en", "Correct a"), ("da", "Ret en")])
def test_help_shows_how_to_correct(cli, language, correct):
    for args in (("note", "--help"), ("resource", "--help"), ("support", "--help")):
        page = cli("--lang", language, *args).out
        assert re.search(r"│ edit +" + correct, page) and re.search(r"│ rm ", page), page
    checkin = cli("--lang", language, "checkin", "--help").out
    assert re.search(r"│ add ", checkin) and re.search(r"│ rm ", checkin)
    assert re.search(r"│ unlog ", cli("--lang", language, "--help").out)


# -- narrow terminals ---------------------------------------------------------------------

LONG = (
    "A good week: I went to training twice, called my brother, slept better than I "
    "have in a long while and went for a walk with Anna on Sunday"
)


@pytest.mark.parametrize("language", ["en", "da"])
@pytest.mark.parametrize("columns", ["60", "40"])
def test_checkins_and_notes_fit_a_narrow_terminal(cli, language, columns):
    cli("goal", "add", "Play on a local football team with the people from work")
    cli("checkin", "--c", "5", "--h", "4", "--i", "6", "--m", "5", "--e", "3", "--note", LONG)
    cli("note", LONG, "--goal", "1")
    env = {"COLUMNS": columns}
    for args in (("checkins",), ("notes",)):
        shown = cli("--lang", language, *args, env=env).out
        assert max(len(line) for line in shown.splitlines()) <= int(columns), shown
        assert "Sunday" in shown


# -- absurd dates ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "language, date, expected",
    [
        ("en", "0001-01-01", "'0001-01-01' is before 1900-01-01;"),
        ("en", "99999 days ago", "'99999 days ago' is before 1900-01-01;"),
        ("da", "for 99999 måneder siden", "'for 99999 måneder siden' er før 1.1.1900;"),
    ],
)
def test_log_refuses_a_date_before_1900(filled, journal_file, language, date, expected):
    before = journal_file.read_bytes()
    for args in (
        ("log", "1", "3", "--date", date),
        ("note", "x", "--date", date),
        ("checkin", "--c", "3", "--date", date),
    ):
        done = filled("--lang", language, *args)
        assert done.code == 2, done
        assert one_sentence(done).startswith(expected)
    assert journal_file.read_bytes() == before


# -- at a real terminal ---------------------------------------------------------------------


def test_unlog_at_a_real_terminal_asks_in_danish(proc, journal_file):
    pexpect = pytest.importorskip("pexpect")
    assert proc("goal", "add", "Fodbold", "--position", "2").returncode == 0
    assert proc("log", "1", "6", "--note", "Træning").returncode == 0
    before = journal_file.read_bytes()
    child = pexpect.spawn(
        sys.executable,
        ["-m", "recovery_cli", "--lang", "da", "unlog", "1"],
        cwd=str(ROOT),
        env={**os.environ, "COLUMNS": "80"},
        encoding="utf-8",
        timeout=15,
        preexec_fn=default_signals,
    )
    child.expect_exact("Note: Træning")
    child.expect_exact("Fjern placering nr. 2 på mål #1 for altid? [j/N]:")
    child.sendline("nej")
    child.expect_exact("Intet blev fjernet")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0 and journal_file.read_bytes() == before
    child = pexpect.spawn(
        sys.executable,
        ["-m", "recovery_cli", "--lang", "da", "unlog", "1"],
        cwd=str(ROOT),
        env={**os.environ, "COLUMNS": "80"},
        encoding="utf-8",
        timeout=15,
        preexec_fn=default_signals,
    )
    child.expect_exact("for altid? [j/N]:")
    child.sendline("ja")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert "Mål #1 står nu på 2 (langt væk)" in child.before
    assert [p["value"] for p in stored(journal_file)["positions"].values()] == [2]


def test_a_long_history_numbers_its_latest_rows_from_the_oldest(cli, journal_file):
    from recovery_cli.journal.entries import log_position

    cli("goal", "add", "Sleep well")
    cli("goal", "add", "Walk every day")
    with Journal.open(journal_file, write=True) as journal:
        for days in range(24, 0, -1):
            log_position(journal, "2", str(days % 8 + 1), when=f"{days} days ago")
    page = cli("goal", "show", "2").out
    rows = [
        line.split()[0]
        for line in page[page.index("Positions over time") :].splitlines()
        if re.match(r"^\s*\d+\s", line)
    ]
    assert rows == [str(n) for n in range(24, 4, -1)]
    assert "recovery goal show 2 --all" in " ".join(page.split())
    done = cli("unlog", "2", "24", "--yes")
    assert "Position 24 of goal #2 has been removed." in done.out


def test_a_supporters_name_stays_on_one_line_when_edited(cli, journal_file):
    cli("support", "add", "Anna", "--kind", "friend")
    before = journal_file.read_bytes()
    done = cli("support", "edit", "1", "--who", "Anna\nBerg")
    assert done.code == 2 and "one line" in done.err
    assert journal_file.read_bytes() == before

"""An import refused for one entry names it as the person knows it (a goal by
its number and title, a position by its goal's number and day) and says what is
wrong, in one sentence, exit 2, nothing changed."""

from __future__ import annotations

import json

import pytest


@pytest.fixture
def exported(cli, journal_file, tmp_path):
    """An export of two goals with a position each; the journal they came from."""
    assert cli("goal", "add", "Walk", "--position", "3").code == 0
    assert cli("goal", "add", "Sleep better", "--position", "4").code == 0
    path = tmp_path / "ex.json"
    assert cli("export", "--output", str(path)).code == 0
    return json.loads(path.read_text())


def _refused(cli, journal_file, tmp_path, document, lang):
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(document))
    before = journal_file.read_bytes()
    done = cli("--lang", lang, "import", str(bad))
    assert done.code == 2, done
    assert done.err.count("\n") == 1 and "Traceback" not in done.err
    assert journal_file.read_bytes() == before
    return done.err


def test_a_position_off_the_continuum_is_named_by_its_goal_and_day(
    cli, journal_file, tmp_path, exported
):
    from datetime import datetime

    from recovery_cli.i18n import set_language
    from recovery_cli.views.format import day_text

    walk = next(g for g in exported["goals"] if g["title"] == "Walk")
    position = next(p for p in exported["positions"] if p["goal"] == walk["id"])
    position["value"] = 9
    day = datetime.fromisoformat(position["when"]).astimezone().date()
    said = _refused(cli, journal_file, tmp_path, exported, "en")
    assert f"the position on goal #1 from {day_text(day)}" in said
    assert "its position 9 is not on the 1-8 continuum" in said and "nothing was changed" in said
    assert "position 2 in it" not in said and "place" not in said
    danish = _refused(cli, journal_file, tmp_path, exported, "da")
    set_language("da")
    assert f"placeringen for mål #1 fra {day_text(day)}" in danish
    assert "placeringen er 9, som ikke ligger på kontinuummet fra 1 til 8" in danish


def test_a_goal_number_used_twice_is_named_with_its_title(cli, journal_file, tmp_path, exported):
    twin = dict(exported["goals"][1], id="another", title="Another")
    exported["goals"].append(twin)  # the third goal in the file, numbered 2
    said = _refused(cli, journal_file, tmp_path, exported, "en")
    assert "goal #2 “Another” in it is not valid (goal number 2 is used twice)" in said
    assert "goal 3" not in said
    danish = _refused(cli, journal_file, tmp_path, exported, "da")
    assert "mål #2 »Another« (målnummer 2 er brugt to gange)" in danish


def test_an_entry_that_cannot_be_named_is_counted_in_its_list(
    cli, journal_file, tmp_path, exported
):
    exported["goals"][1]["number"] = "two"
    said = _refused(cli, journal_file, tmp_path, exported, "en")
    assert "the goal listed at place 2 in it is not valid" in said
    assert "its goal number is not a whole number from 1 up" in said
    danish = _refused(cli, journal_file, tmp_path, exported, "da")
    assert "målet på plads 2 på listen over mål (målnummeret er ikke et helt tal" in danish


def test_a_position_without_its_goal_and_an_unknown_domain(cli, journal_file, tmp_path, exported):
    exported["positions"][0]["goal"] = "nowhere"
    said = _refused(cli, journal_file, tmp_path, exported, "en")
    assert "its goal is not among the goals in it" in said
    exported["positions"][0]["goal"] = exported["goals"][0]["id"]
    exported["goals"][0]["chime"] = ["x"]
    said = _refused(cli, journal_file, tmp_path, exported, "en")
    assert "goal #1 “Walk” in it is not valid ('x' is not a CHIME domain)" in said
    assert "'x' er ikke et CHIME-område" in _refused(cli, journal_file, tmp_path, exported, "da")


def test_standard_input_is_named_as_such(cli, journal_file, exported):
    exported["positions"][0]["value"] = 0
    done = cli("import", "-", input=json.dumps(exported))
    assert done.code == 2, done
    assert done.err.startswith("What came on standard input cannot be imported because the ")
    assert "its position 0 is not on the 1-8 continuum" in done.err


@pytest.mark.parametrize(
    ("lang", "done_line", "dry_line"),
    [
        (
            "en",
            "Imported an export from standard input:",
            "Importing an export from standard input would do this:",
        ),
        (
            "da",
            "Importeret en eksport fra standardinput:",
            "Import af en eksport fra standardinput ville gøre dette:",
        ),
    ],
)
def test_the_report_names_standard_input_in_plain_words(
    cli, journal_file, exported, lang, done_line, dry_line
):
    text = json.dumps(exported)
    dry = cli("--lang", lang, "import", "-", "--dry-run", input=text)
    assert dry.code == 0, dry
    assert dry.out.splitlines()[0] == dry_line
    done = cli("--lang", lang, "import", "-", input=text)
    assert done.code == 0, done
    assert done.out.splitlines()[0] == done_line
    assert "(-)" not in done.out and "((" not in done.out

"""guide, note, notes, prompts, checkin and checkins through the CLI (in-process)."""

from __future__ import annotations

import json
import os
import sys

import pytest

from recovery_cli.i18n import catalog


def _journal(path) -> dict:
    return json.loads(path.read_text())


# -- without a terminal --------------------------------------------------------------


@pytest.mark.parametrize(
    "args, points_to",
    [
        (("guide",), "recovery goal add"),
        (("checkin",), "recovery checkin --c 5"),
        (("note",), "set EDITOR"),
    ],
)
def test_questions_need_a_terminal(cli, journal_file, args, points_to):
    ran = cli(*args)
    assert ran.code == 2, ran
    assert points_to in ran.err and "Traceback" not in ran.err
    assert not journal_file.exists()


def test_guide_for_a_goal_needs_a_terminal_and_names_it_by_number(cli):
    assert cli("goal", "add", "Play football").code == 0
    ran = cli("guide", "football")
    assert ran.code == 2, ran
    assert "recovery log 1 1-8" in ran.err and "recovery note --goal 1 " in ran.err


@pytest.mark.parametrize(
    "lang, sentence", [("en", "There is no goal #999"), ("da", "Der er ikke noget mål #999")]
)
def test_guide_for_an_unknown_goal_says_only_that(cli, journal_file, lang, sentence):
    """Without a terminal as with one: an unknown goal is the usual sentence, exit 1,
    and no command suggested for a goal that does not exist."""
    assert cli("goal", "add", "Play football").code == 0
    ran = cli("--lang", lang, "guide", "999")
    assert ran.code == 1, ran
    assert ran.err.startswith(sentence) and "recovery log" not in ran.err
    assert ran.err.count("\n") == 1


def test_guide_needs_a_terminal_in_danish(cli):
    ran = cli("--lang", "da", "guide")
    assert ran.code == 2 and "Guiden stiller spørgsmål" in ran.err


# -- guide, the simple paths with typed input -------------------------------------------


def test_guide_with_typed_answers(cli, journal_file, tty):
    answers = ["", "", "Walk every day", "h", "3", "", "", "", "", "", "", ""]
    ran = cli("guide", input="\n".join(answers) + "\n")
    assert ran.code == 0, ran
    assert "Added goal #1: Walk every day" in ran.out
    data = _journal(journal_file)
    (goal,) = data["goals"].values()
    assert goal["chime"] == ["hope"] and goal["collaboration"] is None
    assert [p["value"] for p in data["positions"].values()] == [3]
    assert not data["notes"] and not data["resources"] and not data["supports"]


def test_guide_declined_saves_nothing(cli, journal_file, tty):
    ran = cli("guide", input="\n\nWalk\n\n\n\n\n\n\n\n\nn\n")
    assert ran.code == 0, ran
    assert "Nothing was saved" in ran.out
    assert not journal_file.exists()


def test_guide_end_of_input_saves_nothing(cli, journal_file, tty):
    cli("goal", "add", "Sleep well")
    before = journal_file.read_bytes()
    ran = cli("guide", input="Something\nA thing in the way\n")
    assert ran.code == 130, ran
    assert ran.err.strip() == "Stopped; nothing was saved."
    assert journal_file.read_bytes() == before


def test_guide_follow_up_with_typed_answers(cli, journal_file, tty):
    cli("goal", "add", "Play football", "--position", "2")
    ran = cli("guide", "football", input="5\nMy brother\n\n\n\n")
    assert ran.code == 0, ran
    assert "Last time (today) you were at 2: far away." in ran.out
    assert "From 2 to 5." in ran.out
    shown = json.loads(cli("goal", "show", "1", "--json").out)
    assert [(p["position"], p["helped"]) for p in shown["history"]] == [
        (2, None),
        (5, "My brother"),
    ]


@pytest.mark.parametrize(
    "lang, helped, in_the_way",
    [
        ("en", "Was there anything that helped, even so?", "What got in the way?"),
        ("da", "Var der noget, der hjalp, alligevel?", "Hvad har stået i vejen?"),
    ],
)
def test_guide_follow_up_keeps_what_got_in_the_way_apart(
    cli, journal_file, tty, lang, helped, in_the_way
):
    """What got in the way is the position's note, never its "what helped" (after
    a step back it is asked first)."""
    cli("goal", "add", "Join a choir", "--position", "2")
    ran = cli("--lang", lang, "guide", "1", input="1\nA rough week\nMy sister\n\n\n")
    assert ran.code == 0, ran
    assert helped in ran.out and in_the_way in ran.out
    shown = json.loads(cli("goal", "show", "1", "--json").out)
    latest = shown["history"][-1]
    assert (latest["position"], latest["helped"], latest["note"]) == (
        1,
        "My sister",
        "A rough week",
    )
    page = cli("goal", "show", "1", env={"COLUMNS": "100"}).out
    row = next(line for line in page.splitlines() if "A rough week" in line)
    assert row.index("A rough week") < row.index("My sister")  # under Note, not What helped
    report = cli("export", "--format", "md", "--no-notes").out
    assert "A rough week" not in report and "My sister" in report


@pytest.mark.parametrize(
    "lang, hint, kind",
    [
        ("en", "(Enter picks resource.)", "resource"),
        ("da", "(Enter vælger ressource.)", "ressource"),
    ],
)
def test_guide_hint_after_a_wrong_kind_says_what_enter_does(
    cli, journal_file, tty, lang, hint, kind
):
    answers = ["", "", "", "Good ear", "wizard", "", "", "", "y"]
    ran = cli("--lang", lang, "guide", input="\n".join(answers) + "\n")
    assert ran.code == 0, ran
    after = " ".join(ran.out.split()).split("'wizard'", 1)[1]
    assert hint in after
    assert catalog(lang)["talk.hint.skip"] not in after  # Enter did not skip it
    assert f"Good ear ({kind})" in ran.out
    assert [r["kind"] for r in _journal(journal_file)["resources"].values()] == ["resource"]


def test_guide_unknown_goal_stops_before_any_question(cli, tty):
    ran = cli("guide", "nothing-like-it", input="")
    assert ran.code == 1 and "No goal's title contains" in ran.err


# -- check-in ---------------------------------------------------------------------------


def test_checkin_with_flags(cli, journal_file):
    ran = cli("checkin", "--c", "5", "--hope", "4", "--e", "7", "--note", "A good week")
    assert ran.code == 0, ran
    assert "Connectedness 5 · Hope 4 · Empowerment 7" in ran.out
    (saved,) = _journal(journal_file)["results"].values()  # a check-in is kept as a result
    assert saved["answers"] == {
        "connectedness": 5,
        "hope": 4,
        "identity": None,
        "meaning": None,
        "empowerment": 7,
    }
    assert saved["note"] == "A good week"
    listed = json.loads(cli("checkins", "--json").out)
    assert listed[0]["scores"]["hope"] == 4


@pytest.mark.parametrize("value", ["9", "0", "x"])
def test_checkin_refuses_a_value_off_the_scale(cli, journal_file, value):
    ran = cli("checkin", "--c", "5", "--m", value)
    assert ran.code == 2 and "Meaning (--m)" in ran.err
    assert not journal_file.exists()


@pytest.mark.parametrize(
    "lang, typed, named",
    [
        ("en", "--c", "Connectedness (--c)"),
        ("en", "--f", "Connectedness (--f)"),
        ("en", "--connectedness", "Connectedness (--connectedness)"),
        ("da", "--c", "Forbundethed (--c)"),
        ("da", "--f", "Forbundethed (--f)"),
        ("da", "--forbundethed", "Forbundethed (--forbundethed)"),
        ("da", "--haab", "Håb (--haab)"),
        ("en", "--hope=9", "Hope (--hope)"),
    ],
)
def test_checkin_names_the_domain_and_the_option_as_typed(cli, journal_file, lang, typed, named):
    args = [typed] if "=" in typed else [typed, "9"]
    ran = cli("--lang", lang, "checkin", *args)
    assert ran.code == 2, ran
    assert "'9' " in ran.err and f" {named};" in ran.err
    assert "chime." not in ran.err
    again = cli("--lang", lang, "checkin", "add", *args)
    assert again.err == ran.err
    assert not journal_file.exists()


def test_checkin_interactive(cli, journal_file, tty):
    ran = cli("--lang", "da", "checkin", input="5\n\n6\n\n3\nRolig uge\nj\n")
    assert ran.code == 0, ran
    assert "Forbundethed – Hvor tæt på andre mennesker føler du dig" in ran.out
    assert "Din indtjekning er gemt: Forbundethed 5 · Identitet 6 · Empowerment 3." in ran.out
    assert "Her er, hvad du sagde:" in ran.out  # a summary before the one write
    (saved,) = _journal(journal_file)["results"].values()  # a check-in is kept as a result
    assert saved["note"] == "Rolig uge"


def test_checkin_all_skipped_saves_nothing(cli, journal_file, tty):
    ran = cli("checkin", input="\n\n\n\n\n")
    assert ran.code == 0 and "nothing to save" in ran.out
    assert not journal_file.exists()


def test_checkins_listed_newest_first(cli):
    assert "No check-ins yet" in cli("checkins").out
    cli("checkin", "--c", "2", "--date", "yesterday")
    cli("checkin", "--c", "6", "--i", "4")
    lines = cli("checkins").out.splitlines()
    assert lines[0].split()[:7] == ["#", "Date", "C", "H", "I", "M", "E"]
    assert lines[1].split()[0] == "2" and lines[1].split()[-5:] == ["6", "-", "4", "-", "-"]
    assert lines[2].split()[0] == "1" and lines[2].split()[-5:] == ["2", "-", "-", "-", "-"]


# -- note ---------------------------------------------------------------------------------


def test_note_text_prompt_goal_and_date(cli, journal_file):
    cli("goal", "add", "Play football")
    ran = cli(
        "note", "Called my brother", "--prompt", "c1", "--goal", "football", "--date", "yesterday"
    )
    assert ran.code == 0, ran
    assert "Saved your reflection on #1 “Play football” (yesterday)." in ran.out
    assert "It answers: Who do you feel connected to right now?" in ran.out
    (note,) = json.loads(cli("notes", "--json").out)
    assert (note["text"], note["prompt"], note["goal"]) == ("Called my brother", "c1", 1)


def test_note_from_stdin(cli):
    ran = cli("note", "-", input="First line\nSecond line\n")
    assert ran.code == 0, ran
    assert json.loads(cli("notes", "--json").out)[0]["text"] == "First line\nSecond line"


def test_note_random_prompt(cli):
    from recovery_cli.domain.prompts import KEYS

    cli("note", "Something", "--prompt", "random")
    assert json.loads(cli("notes", "--json").out)[0]["prompt"] in KEYS


@pytest.mark.parametrize(
    "args, message",
    [
        (("note", "x", "--prompt", "c9"), "did you mean c"),
        (("note", "x", "--prompt", "nothing"), "'recovery prompts' lists them"),
        (("note", "x", "--date", "tomorrow"), "in the future"),
        (("note", "", "--goal", "1"), "cannot be empty"),
    ],
)
def test_note_refused(cli, journal_file, args, message):
    ran = cli(*args)
    assert ran.code == 2 and message in ran.err, ran
    assert not journal_file.exists()


def test_note_typed_at_the_terminal_without_an_editor(cli, tty):
    ran = cli("note", "--prompt", "h1", input="Sunday dinner\nwith my sister\n\nAnd a walk\n\n\n")
    assert ran.code == 0, ran
    assert "What are you looking forward to" in ran.out
    assert "two empty lines end it" in ran.out
    text = json.loads(cli("notes", "--json").out)[0]["text"]
    assert text == "Sunday dinner\nwith my sister\n\nAnd a walk"  # a paragraph kept


def test_note_typed_empty_saves_nothing(cli, tty, journal_file):
    ran = cli("note", input="\n")
    assert ran.code == 1 and journal_file.exists() is False


def _fake_editor(tmp_path, body: str, exit_code: int = 0) -> str:
    """An editor that records where it was asked to write, then adds ``body``."""
    script = tmp_path / "fake-editor.py"
    report = tmp_path / "editor-report.json"
    script.write_text(
        "import json, os, stat, sys\n"
        "path = sys.argv[1]\n"
        "mode = lambda p: stat.S_IMODE(os.stat(p).st_mode)\n"
        "seen = {'path': path, 'folder_mode': mode(os.path.dirname(path)),\n"
        "        'file_mode': mode(path), 'template': open(path, encoding='utf-8').read()}\n"
        f"json.dump(seen, open({str(report)!r}, 'w'))\n"
        f"open(path, 'a', encoding='utf-8').write({body!r})\n"
        f"sys.exit({exit_code})\n"
    )
    return f"{sys.executable} {script}"


def _report(tmp_path) -> dict:
    return json.loads((tmp_path / "editor-report.json").read_text())


def test_note_in_the_editor_private_and_removed(cli, tmp_path):
    cli("goal", "add", "Play football")
    editor = _fake_editor(tmp_path, "# my own heading\nI called the club.\n")
    ran = cli("note", "--prompt", "c1", "--goal", "1", env={"EDITOR": editor})
    assert ran.code == 0, ran
    report = _report(tmp_path)
    assert report["folder_mode"] == 0o700 and report["file_mode"] == 0o600
    assert not os.path.exists(os.path.dirname(report["path"]))  # removed afterwards
    assert "# Who do you feel connected to right now?" in report["template"]
    (note,) = json.loads(cli("notes", "--json").out)
    assert note["text"] == "# my own heading\nI called the club."  # only our lines go
    assert note["prompt"] == "c1"


def test_visual_wins_over_editor(cli, tmp_path):
    editor = _fake_editor(tmp_path, "From VISUAL\n")
    ran = cli("note", env={"VISUAL": editor, "EDITOR": "/nonexistent/editor"})
    assert ran.code == 0, ran


@pytest.mark.parametrize(
    "body, code, message",
    [
        ("Half a note\n", 3, "exit code 3"),
        ("", 0, "The reflection was empty"),
    ],
)
def test_editor_trouble_saves_nothing_and_cleans_up(
    cli, journal_file, tmp_path, body, code, message
):
    ran = cli("note", env={"EDITOR": _fake_editor(tmp_path, body, code)})
    assert ran.code == 1 and message in ran.err, ran
    assert not os.path.exists(os.path.dirname(_report(tmp_path)["path"]))
    assert not journal_file.exists()


def test_editor_that_cannot_start(cli, journal_file):
    ran = cli("note", env={"EDITOR": "/nonexistent/editor --wait"})
    assert ran.code == 1 and "'/nonexistent/editor' could not be started" in ran.err
    assert not journal_file.exists()


# -- notes and prompts -------------------------------------------------------------------


def test_notes_filters_newest_first(cli):
    assert "No reflections yet" in cli("notes").out
    cli("goal", "add", "Play football")
    cli("note", "Old one about Football", "--date", "2026-01-05")
    cli("note", "Linked and recent", "--goal", "1", "--prompt", "m1")
    cli("note", "Also about the brother", "--date", "yesterday")
    texts = [n["text"] for n in json.loads(cli("notes", "--json").out)]
    assert texts == ["Linked and recent", "Also about the brother", "Old one about Football"]
    assert [n["text"] for n in json.loads(cli("notes", "--goal", "1", "--json").out)] == [
        "Linked and recent"
    ]
    since = json.loads(cli("notes", "--since", "3 days ago", "--json").out)
    assert len(since) == 2
    found = json.loads(cli("notes", "--search", "FOOTBALL old", "--json").out)
    assert [n["text"] for n in found] == ["Old one about Football"]
    assert "No reflections match." in cli("notes", "--search", "zebra").out
    shown = cli("notes").out
    assert "#1 Play football" in shown and "What makes a day feel worthwhile" in shown


def test_prompts_lists_every_key_in_both_languages(cli):
    from recovery_cli.domain.prompts import KEYS, parse_prompt

    english = cli("prompts").out
    danish = cli("--lang", "da", "prompts").out
    danish_keys = {
        "matter": "hverdag",
        "way": "vej",
        "step": "skridt",
        "6m": "6mdr",
        "1y": "1år",
        "5y": "5år",
        "c": "f",
    }  # F for Forbundethed
    for key in KEYS:
        assert f"  {key} " in english
        group = key.rstrip("0123456789") if key[0].isalpha() else key
        shown = danish_keys.get(group, group) + key[len(group) :]
        assert f"  {shown} " in danish
        assert parse_prompt(shown) == parse_prompt(key) == key  # typed back as shown
    assert "  c1 " not in danish and "  f1 " not in english
    assert "  matter1 " not in danish and "  6m " not in danish
    assert "What matters in your everyday life" in english
    assert "CHIME · Connectedness" in english
    assert "Det, der betyder noget i din hverdag" in danish
    listed = json.loads(cli("prompts", "--json").out)
    assert [p["key"] for p in listed] == list(KEYS)


@pytest.mark.parametrize("lang", ["en", "da"])
@pytest.mark.parametrize("typed", ["f1", "F1", "c1"])
def test_a_prompt_key_with_either_languages_letter(cli, journal_file, lang, typed):
    ran = cli("--lang", lang, "note", "Anna", "--prompt", typed)
    assert ran.code == 0, ran
    assert json.loads(cli("notes", "--json").out)[0]["prompt"] == "c1"  # stored as c1


def test_a_wrong_danish_prompt_key_suggests_a_danish_one(cli, journal_file):
    ran = cli("--lang", "da", "note", "Anna", "--prompt", "f4")
    assert ran.code == 2 and "mente du f3?" in ran.err
    assert "m1" not in ran.err
    assert not journal_file.exists()


def test_prompts_fit_a_narrow_terminal(cli):
    ran = cli("prompts", env={"COLUMNS": "60"})
    assert max(len(line) for line in ran.out.splitlines()) <= 60


# -- help ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "language, example", [("en", "Example: recovery"), ("da", "Eksempel: recovery")]
)
@pytest.mark.parametrize("name", ["guide", "note", "notes", "prompts", "checkin", "checkins"])
def test_every_command_has_help_with_an_example(cli, language, example, name):
    ran = cli("--lang", language, name, "--help")
    assert ran.code == 0 and example in ran.out, ran
    text = catalog(language)[f"help.{name}"]
    assert "[" not in text and "]" not in text


def test_no_traceback_in_non_tty_runs(proc):
    done = proc("guide")
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_an_unexpected_error_is_one_sentence_not_a_traceback(capsys):
    from recovery_cli.cli.errors import handle

    assert handle(RuntimeError("journal text must not show")) == 1
    err = capsys.readouterr().err
    assert "RuntimeError" in err and "journal text" not in err


def test_long_lines_wrap_to_the_terminal_keeping_their_indent(monkeypatch, capsys):
    from recovery_cli.cli.terminal import say_wrapped

    monkeypatch.setenv("COLUMNS", "40")
    say_wrapped("  c  Would it bring you closer to other people, or give you a place?")
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all(len(line) <= 40 for line in lines)
    assert lines[1].startswith("    ") and lines[0].startswith("  c  ")


def test_encrypted_journal_keeps_the_editor_file_in_memory(cli, tmp_path, monkeypatch):
    from recovery_cli.storage.scratch import memory_folder
    from tests.safety_util import PASSPHRASE

    secret = tmp_path / "passphrase"
    secret.write_text(PASSPHRASE)
    secret.chmod(0o600)
    monkeypatch.setenv("RECOVERY_PASSPHRASE_FILE", str(secret))
    cli("goal", "add", "Play football")
    assert cli("encrypt").code == 0
    editor = _fake_editor(tmp_path, "A private thought.\n")
    ran = cli("note", env={"EDITOR": editor})
    if memory_folder() is None:  # no tmpfs here: typed instead, never on disk
        assert ran.code == 2 and "memory" in ran.err
        return
    assert ran.code == 0, ran
    report = _report(tmp_path)
    assert report["path"].startswith(str(memory_folder()))
    assert not os.path.exists(os.path.dirname(report["path"]))


def test_notes_written_at_the_same_moment_are_newest_first_too(cli):
    for text in ("first", "second", "third"):
        assert cli("note", text, "--date", "2026-03-01 10:00").code == 0
    listed = [line.split(" ·")[0] for line in cli("notes").out.splitlines() if line.startswith("#")]
    assert listed == ["#3", "#2", "#1"]


@pytest.mark.parametrize("encrypt", [(), ("--encrypt",)])
def test_init_checks_the_folder_before_asking_anything(cli, tmp_path, monkeypatch, encrypt):
    """A journal chosen in a folder that does not exist: said at once, before the
    language question (or a passphrase) is asked."""
    monkeypatch.setattr("recovery_cli.cli.init.interactive", lambda: True)
    monkeypatch.setattr("recovery_cli.cli.prompts.interactive", lambda: True)
    missing = tmp_path / "nowhere" / "journal.json"
    ran = cli("init", *encrypt, input="da\n", env={"RECOVERY_JOURNAL": str(missing)})
    assert ran.code == 1, ran
    assert ran.err.startswith(f"The folder {missing.parent} does not exist"), ran
    assert "(en/da)" not in ran.out + ran.err and "assphrase" not in ran.out
    assert not missing.parent.exists()

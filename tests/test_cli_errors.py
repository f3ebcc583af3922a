"""Bad input: one clear sentence on stderr, exit 2 (1 when it cannot be done),
no traceback, and the journal byte-for-byte unchanged."""

import os

import pytest

BAD_INPUT = [  # (arguments, exit code, words the English sentence contains)
    (["log", "1", "0"], 2, "1 (far away) to 8 (close)"),
    (["log", "1", "9"], 2, "outside the continuum"),
    (["log", "1", "five"], 2, "'five' is not a position"),
    (["log", "1", "4.5"], 2, "'4.5' is not a position"),
    (["goal", "add", "Hope", "--chime", "hapiness"], 2, "did you mean Hope"),
    (["goal", "add", ""], 2, "cannot be empty"),
    (["goal", "add", "   \t "], 2, "cannot be empty"),
    (["goal", "add", "x" * 20_000], 2, "keep it to 200"),
    (["goal", "add", "Walk", "--position", "0"], 2, "outside the continuum"),
    (["goal", "add", "Walk", "--horizon", "someday"], 2, "not a horizon"),
    (["log", "swimming", "3"], 1, "No goal's title contains 'swimming'"),
    (["log", "42", "3"], 1, "There is no goal #42"),
    (["log", "o", "3"], 2, "fits more than one goal"),
    (["log", "1", "3", "--date", "tomorrow"], 2, "in the future"),
    (["log", "1", "3", "--date", "2025-13-40"], 2, "not a real date"),
    (["log", "1", "3", "--date", "the other day"], 2, "not a date I understand"),
    (["resource", "add", "Patience", "--kind", "superpower"], 2, "not a kind of resource"),
    (["support", "add", "Anna", "--kind", "wizard"], 2, "not a kind of support"),
    (["goal", "list", "--status", "failed"], 2, "not a goal status"),
    (["goal", "list", "--chime", "x"], 2, "not a CHIME domain"),
    (["goal", "pause", "99"], 1, "There is no goal #99"),
    (["goal", "lst"], 2, "did you mean 'list'"),
    (["log", "1"], 2, "POSITION is missing"),
    (["log", "1", "3", "--nte", "x"], 2, "did you mean --note"),
    (["log", "1", "3", "--note"], 2, "needs a value"),
    (["log", "1", "3", "extra"], 2, "Too many words"),
    (["--lang", "xx", "status"], 2, "en (English) or da (Danish)"),
    (["goal", "add", "bad \udcff bytes"], 2, "not valid text"),
    (["log", "1", "3", "--note", "a\x00b"], 2, "control characters"),
    (["goal", "add", "Line one\nline two"], 2, "on one line"),
    (["support", "add", "Anna\nBerg"], 2, "The name must fit on one line"),
    (["support", "add", "Anna", "--how", "a\x01b"], 2, "How they help contains control"),
    (["goal", "edit", "1", "--parent", "1"], 2, "Goal #1 cannot be a step of itself"),
    (["goal", "edit", "1", "--parent", "#1"], 2, "Goal #1 cannot be a step of itself"),
    (["log", "1", "3", "--date", "31.02.2026"], 2, "not a real date"),
]


@pytest.fixture
def two_goals(cli, journal_file):
    cli("goal", "add", "Play on a local football team", "--position", "2")
    cli("goal", "add", "Cook for friends", "--position", "4")
    return journal_file


@pytest.mark.parametrize("args, code, words", BAD_INPUT, ids=lambda v: str(v)[:30])
def test_bad_input_in_english(cli, two_goals, args, code, words):
    before = two_goals.read_bytes()
    done = cli(*args)
    assert done.code == code, done
    assert words in done.err
    assert done.err.count("\n") == 1 and "Traceback" not in done.err
    assert done.out == ""
    assert two_goals.read_bytes() == before


@pytest.mark.parametrize("args, code, words", BAD_INPUT, ids=lambda v: str(v)[:30])
def test_bad_input_in_danish(cli, two_goals, args, code, words):
    before = two_goals.read_bytes()
    english = cli(*args).err
    translated = args[0] != "--lang"
    done = cli(*(["--lang", "da", *args] if translated else args))
    assert done.code == code, done
    assert done.err.count("\n") == 1 and "Traceback" not in done.err
    if translated:
        assert done.err != english  # it really is translated
    assert two_goals.read_bytes() == before


def test_journal_pointing_at_a_folder(cli, tmp_path):
    done = cli("--journal", str(tmp_path), "goal", "add", "Walk")
    assert done.code == 2 and "is a folder" in done.err


def test_journal_in_a_missing_folder(cli, tmp_path):
    target = tmp_path / "missing" / "journal.json"
    done = cli("--journal", str(target), "goal", "add", "Walk")
    assert done.code == 1 and "does not exist" in done.err
    assert not target.parent.exists()


def test_journal_that_cannot_be_read(cli, tmp_path, monkeypatch):
    target = tmp_path / "locked.json"
    target.write_bytes(b'{"meta": {"1": {"schema": 1}}}')
    if os.geteuid() == 0:  # root reads anything: simulate the refusal
        from pathlib import Path

        real = Path.read_bytes

        def refuse(self):
            if self == target:
                raise PermissionError(13, "Permission denied")
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", refuse)
    else:
        target.chmod(0)
    done = cli("--journal", str(target), "goal", "list")
    assert done.code == 1 and "cannot be read" in done.err


@pytest.mark.parametrize("content", [b"", b"hello", b'{"goals": 3}', b'{"meta": {"1": {}}}'])
def test_file_that_is_not_a_journal(cli, tmp_path, content):
    target = tmp_path / "notes.txt"
    target.write_bytes(content)
    for args in (["goal", "add", "Walk"], ["status"], ["log", "1", "3"]):
        done = cli("--journal", str(target), *args)
        assert done.code == 1, done
        assert str(target) in done.err and "recovery doctor" in done.err
    assert target.read_bytes() == content


def test_a_field_in_a_message_is_named_in_words(cli, two_goals):
    cli("support", "add", "Anna")
    for language, expected in (("en", "The name cannot be empty;"), ("da", "Navnet mangler;")):
        done = cli("--lang", language, "support", "edit", "1", "--who", "")
        assert done.code == 2 and done.err.startswith(expected), done

"""Ctrl-C late in a write says what is true: once the journal was replaced, the
change is saved and the message says so; before that, nothing was saved."""

from __future__ import annotations

import os

import pytest

from recovery_cli.storage import files
from recovery_cli.views import out
from tests.safety_util import load_plain


def _values(journal_file):
    return [d["value"] for d in load_plain(journal_file)["positions"].values()]


def _interrupt(*_args, **_kwargs):
    raise KeyboardInterrupt


@pytest.fixture
def goal(cli, journal_file):
    assert cli("goal", "add", "Play football", "--position", "3").code == 0
    assert cli("log", "1", "4").code == 0  # today's backup is made: later writes only write


def test_stopped_while_the_folder_is_synced(cli, journal_file, goal, monkeypatch):
    monkeypatch.setattr(files, "fsync_dir", _interrupt)  # after the replace
    done = cli("log", "1", "5")
    assert done.code == 130 and "saved" in done.err and "nothing" not in done.err, done
    assert str(journal_file) in done.err
    assert _values(journal_file) == [3, 4, 5]


def test_stopped_while_the_result_is_shown(cli, journal_file, goal, monkeypatch):
    monkeypatch.setattr(out, "done", _interrupt)
    done = cli("log", "1", "5")
    assert done.code == 130 and "nothing" not in done.err, done
    assert _values(journal_file) == [3, 4, 5]


def test_stopped_before_the_replace_saves_nothing(cli, journal_file, goal, monkeypatch):
    before = journal_file.read_bytes()
    monkeypatch.setattr(os, "replace", _interrupt)
    done = cli("log", "1", "5")
    assert done.code == 130 and "nothing was saved" in done.err, done
    monkeypatch.undo()
    assert journal_file.read_bytes() == before and not files.leftover_temps(journal_file)


def test_a_later_command_starts_afresh(cli, journal_file, goal, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(files, "fsync_dir", _interrupt)
        assert cli("log", "1", "5").code == 130
    with monkeypatch.context() as patch:
        patch.setattr("recovery_cli.journal.overview.overview", _interrupt)
        done = cli("status")  # reads only: nothing was saved by this one
    assert done.code == 130 and "nothing was saved" in done.err, done

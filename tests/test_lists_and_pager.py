"""Long lists: ``--limit N`` and ``--all`` on notes, checkins, goal show's history
and backup list; output longer than the terminal through ``$PAGER`` at a
terminal, never when piped, never with ``--no-pager``."""

from __future__ import annotations

import json
import os
import re
import shutil
import sys
from datetime import timedelta

import pytest

from recovery_cli.journal import Journal
from recovery_cli.journal.checkins import add_checkin
from recovery_cli.journal.notes import add_note
from recovery_cli.storage import backups
from tests.charts_seed import seed
from tests.conftest import ROOT, default_signals


def _notes_and_checkins(path, count: int) -> None:
    with Journal.open(path, write=True) as journal:
        for day in range(count, 0, -1):  # oldest first: number 1 is `count` days ago
            when = (journal.now - timedelta(days=day)).date().isoformat()
            add_note(journal, f"Note from day {count - day + 1}", when=when)
            add_checkin(journal, {"hope": 1 + day % 8}, when=when, note=f"Week {day}")


@pytest.fixture
def long_lists(journal_file):
    _notes_and_checkins(journal_file, 25)
    return journal_file


def _numbers(out: str) -> list[int]:
    """The notes' numbers: each note starts with a line ``#25 · 5 Dec 2026, 12:00``."""
    return [int(number) for number in re.findall(r"^#(\d+) ", out, flags=re.MULTILINE)]


def test_notes_show_the_newest_twenty_and_say_how_to_see_all(cli, long_lists):
    done = cli("notes")
    assert done.code == 0
    assert _numbers(done.out) == list(range(25, 5, -1))
    assert "The newest 20 of 25 reflections; --all shows every one" in done.err


def test_notes_limit_and_all(cli, long_lists):
    assert _numbers(cli("notes", "--limit", "3").out) == [25, 24, 23]
    every = cli("notes", "--all")
    assert _numbers(every.out) == list(range(25, 0, -1)) and "newest" not in every.err
    few = cli("notes", "--search", "day 1", "--limit", "2")  # the limit comes after the filter
    assert few.code == 0 and len(_numbers(few.out)) == 2


def test_json_gives_every_entry_unless_a_limit_is_given(cli, long_lists):
    assert len(json.loads(cli("notes", "--json").out)) == 25
    newest = json.loads(cli("notes", "--json", "--limit", "2").out)
    assert [note["number"] for note in newest] == [25, 24]
    assert len(json.loads(cli("checkins", "--json").out)) == 25
    assert [c["number"] for c in json.loads(cli("checkins", "--json", "--limit", "1").out)] == [25]


def test_checkins_keep_their_numbers_when_cut(cli, long_lists):
    done = cli("checkins", "--limit", "2")
    rows = [line.split()[0] for line in done.out.splitlines()[1:3]]
    assert done.code == 0 and rows == ["25", "24"]
    assert "The newest 2 of 25 check-ins" in done.err
    assert "of 25" not in cli("checkins", "--all").err


@pytest.mark.parametrize(
    "args", [("--limit", "0"), ("--limit", "-3"), ("--limit", "2", "--all"), ("--limit", "many")]
)
def test_a_wrong_limit_is_refused_in_one_sentence(cli, long_lists, args):
    for command in (("notes",), ("checkins",), ("backup", "list"), ("goal", "show", "1")):
        done = cli(*command, *args)
        assert done.code == 2 and done.err.count("\n") == 1 and "Traceback" not in done.err, (
            command,
            done,
        )


def test_goal_show_history_takes_limit_and_all(cli, journal_file):
    seed(journal_file, [{"title": "Walk", "log": [(day, 1 + day % 8) for day in range(30, 5, -1)]}])

    def rows(out: str) -> list[str]:  # "25   30 Nov 2026   7 close": number, then a date
        return re.findall(r"^\s*(\d+)\s+\d+ \w+ \d{4}\s", out, flags=re.MULTILINE)

    every = cli("goal", "show", "1", "--all", env={"COLUMNS": "100"})
    assert every.code == 0 and "The latest" not in every.out
    few = cli("goal", "show", "1", "--limit", "3", env={"COLUMNS": "100"})
    assert "The latest 3 of 25 positions" in " ".join(few.out.split())
    normal = cli("goal", "show", "1", env={"COLUMNS": "100"})
    assert "The latest 20 of 25 positions" in " ".join(normal.out.split())
    assert len(rows(every.out)) == 25 and len(rows(few.out)) == 3
    page = json.loads(cli("goal", "show", "1", "--json", "--limit", "2").out)
    assert [p["number"] for p in page["history"]] == [24, 25]


def test_backup_list_takes_a_limit(cli, journal_file):
    assert cli("goal", "add", "Walk").code == 0
    for _ in range(3):
        backups.snapshot(journal_file, "manual")
    total = len(json.loads(cli("backup", "list", "--json").out))
    assert total >= 2
    one = cli("backup", "list", "--limit", "1")
    assert one.code == 0 and f"The newest of {total} backups" in one.err
    assert len(json.loads(cli("backup", "list", "--json", "--limit", "1").out)) == 1


def test_danish_hint(cli, long_lists):
    assert "De 20 nyeste af 25 refleksioner" in cli("--lang", "da", "notes").err


# --- the pager, at a real terminal ---------------------------------------------

pexpect = pytest.importorskip("pexpect")


def _at_terminal(*args: str, env: dict[str, str], keys: str = "") -> str:
    """What a terminal shows of ``recovery ARGS``; ``keys`` are pressed once the
    first note is on screen (``q`` leaves a pager that waits)."""
    child = pexpect.spawn(
        sys.executable,
        ["-m", "recovery_cli", *args],
        cwd=str(ROOT),
        env={**os.environ, **env},
        encoding="utf-8",
        timeout=30,
        dimensions=(12, 80),
        preexec_fn=default_signals,
    )
    shown = ""
    if keys:
        child.expect("Note from day")
        shown = child.before + child.after
        child.send(keys)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    return shown + child.before


PAGER = {"PAGER": "sed 's/^/PAGED: /'"}


def test_long_output_at_a_terminal_goes_through_the_pager(long_lists):
    shown = _at_terminal("notes", env=PAGER)
    assert "PAGED:   Note from day 25" in shown  # colours kept for the pager too
    assert "\x1b[1m#25 " in shown


def test_no_pager_and_short_output_print_straight(long_lists):
    assert "PAGED" not in _at_terminal("--no-pager", "notes", env=PAGER)
    assert "PAGED" not in _at_terminal("notes", "--limit", "1", env=PAGER)
    assert "PAGED" not in _at_terminal("notes", env={"PAGER": "cat"})


def test_piped_output_is_never_paged(proc, long_lists):
    done = proc("notes", env=PAGER)
    assert done.returncode == 0 and "PAGED" not in done.stdout and "#25 " in done.stdout


SHOW_LESS = {"PAGER": "printf 'LESS=[%s]\\n' \"$LESS\"; cat >/dev/null"}


@pytest.mark.parametrize(
    ("less", "given"),
    [
        (None, "FRX"),  # as git does when LESS is not set
        ("-i", "-i -R"),  # the person's own options, with colours let through (QA 24)
        ("i", "i -R"),
        ("-iR", "-iR"),
        ("--RAW-CONTROL-CHARS -i", "--RAW-CONTROL-CHARS -i"),
        ("-PmPage -x4", "-PmPage -x4 -R"),  # an R inside a prompt is not -R
    ],
)
def test_the_pager_always_lets_colours_through(long_lists, monkeypatch, less, given):
    monkeypatch.delenv("LESS", raising=False)
    env = {**SHOW_LESS, **({} if less is None else {"LESS": less})}
    assert f"LESS=[{given}]" in _at_terminal("notes", env=env)


@pytest.mark.skipif(shutil.which("less") is None, reason="less is not installed")
def test_less_with_options_of_its_own_shows_colours_not_codes(long_lists):
    """``LESS=-i`` alone would make less show ``ESC[1m`` as text."""
    shown = _at_terminal("notes", env={"PAGER": "less", "LESS": "-i", "TERM": "xterm"}, keys="q")
    text = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown)  # what the terminal draws
    assert "ESC[" not in text and "Note from day 25" in text

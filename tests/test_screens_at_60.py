"""Every main screen fits a terminal 60 columns wide, in English and Danish:
tables through rich, sentences (on stdout and stderr) wrapped between words
by rich, lists going on under their own column. Output that is not a terminal
keeps one sentence per line, for scripts and logs."""

from __future__ import annotations

import os
import re
import sys

import pytest
from rich.cells import cell_len

from tests.conftest import ROOT, default_signals

WIDTH = 60
# At a terminal: rich's own switch, so CliRunner's output counts as one.
TERMINAL = {"COLUMNS": str(WIDTH), "TTY_COMPATIBLE": "1"}
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")

# The screens a person meets first, the lists, and sentences long enough to
# wrap (an error, the demo's notice, doctor's findings).
SCREENS: tuple[tuple[str, ...], ...] = (
    ("--help",),
    ("goal", "--help"),
    ("log", "--help"),
    ("demo", "--list"),
    ("course", "--list"),
    ("doctor",),
    ("config",),
    ("prompts",),
    ("--demo", "anna", "status"),
    ("--demo", "anna", "goal", "list", "--all"),
    ("--demo", "anna", "goal", "show", "2"),
    ("--demo", "anna", "resource", "list"),
    ("--demo", "anna", "support", "list"),
    ("--demo", "anna", "notes"),
    ("--demo", "anna", "checkins"),
    ("--demo", "anna", "helped", "1"),
    ("--demo", "anna", "look-back"),
    ("--demo", "anna", "measure", "list"),
    ("--demo", "anna", "measure", "show", "everyday"),
    ("--demo", "anna", "measure", "results", "everyday"),
    ("--demo", "anna", "chart", "1"),
    ("--demo", "anna", "chart", "--by-domain"),
    ("--demo", "anna", "backup", "list"),
    ("--demo", "anna", "doctor"),
    ("--demo", "anna", "config"),
    ("--demo", "anna", "log", "1", "9"),
    ("--demo", "anna", "goal", "show", "zzz"),
    ("--demo", "anna", "backup", "--list"),
    ("--demo", "nobody", "status"),
)


def too_wide(text: str) -> list[str]:
    return [line for line in ANSI.sub("", text).splitlines() if cell_len(line) > WIDTH]


@pytest.mark.parametrize("language", ["en", "da"])
def test_every_main_screen_fits_60_columns(cli, language):
    assert cli("demo", "--person", "anna").code == 0
    for screen in SCREENS:
        done = cli("--lang", language, *screen, env=TERMINAL)
        assert done.out or done.err, screen
        assert not too_wide(done.out), (screen, too_wide(done.out))
        assert not too_wide(done.err), (screen, too_wide(done.err))


def test_a_list_goes_on_under_its_own_column(cli):
    """``demo --list`` and doctor: a long line goes on under its text, not
    under the name or the mark before it."""
    listing = cli("demo", "--list", env=TERMINAL).out.splitlines()
    anna = next(index for index, line in enumerate(listing) if line.startswith("  anna "))
    column = listing[anna].index("Anna")
    assert listing[anna + 1].startswith(" " * column) and listing[anna + 1][column] != " "
    assert cli("goal", "add", "A goal").code == 0
    doctor = cli("doctor", env=TERMINAL).out.splitlines()
    going_on = [line for line in doctor if line.startswith(" ")]
    assert going_on and all(line.startswith(" " * 9) for line in going_on), doctor


def test_output_that_is_not_a_terminal_keeps_one_sentence_per_line(cli):
    done = cli("--demo", "anna", "goal", "show", "zzz", env={"COLUMNS": str(WIDTH)})
    assert done.code == 1 and done.err.count("\n") == 1 and len(done.err) > WIDTH, done
    listing = cli("demo", "--list", env={"COLUMNS": str(WIDTH)}).out
    assert any(len(line) > WIDTH for line in listing.splitlines())  # as it is, for a script


pexpect = pytest.importorskip("pexpect")


def test_at_a_real_terminal_an_error_wraps_between_words(journal_file):
    """Not only CliRunner: a real 60-column terminal, stderr included."""
    child = pexpect.spawn(
        sys.executable,
        ["-m", "recovery_cli", "--lang", "da", "log", "1", "9"],
        cwd=str(ROOT),
        env={**{k: v for k, v in os.environ.items() if k != "COLUMNS"}, "TERM": "xterm"},
        encoding="utf-8",
        timeout=30,
        dimensions=(24, WIDTH),
        preexec_fn=default_signals,
    )
    child.expect(pexpect.EOF)
    child.close()
    shown = ANSI.sub("", child.before).replace("\r", "")
    lines = [line for line in shown.splitlines() if line]
    assert child.exitstatus == 2 and len(lines) == 2, shown
    assert not too_wide(shown)
    assert " ".join(shown.split()).startswith("Placering 9 ligger uden for kontinuummet")

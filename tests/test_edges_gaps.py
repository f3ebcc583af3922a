"""Guards a change to the code could drop without any other test noticing:
the CSV formula guard for each character a spreadsheet reads as a formula,
``erase`` overwriting every file before it unlinks it, and plain messages
honouring NO_COLOR in a real terminal. (A folder fsync that does nothing is
caught by tests/test_crash_states.py.)"""

from __future__ import annotations

import csv
import io
import os
import sys

import pytest

from tests.crash_model import Recorder, snapshot
from tests.safety_util import ROOT

pexpect = pytest.importorskip("pexpect")


@pytest.mark.parametrize("lead", ["=", "+", "-", "@"])
def test_csv_keeps_every_formula_character_as_text(cli, journal_file, lead):
    formula = f'{lead}HYPERLINK("http://example.org","x")'
    assert cli("goal", "add", "--position", "3", "--", formula).code == 0
    assert cli("log", "1", "4", f"--note={formula}", f"--helped={formula}").code == 0
    assert cli("note", "--goal=1", "--", formula).code == 0
    for table, columns in (
        ("positions", ("goal_title", "note", "helped")),
        ("goals", ("title",)),
        ("notes", ("text",)),
    ):
        done = cli("export", "--format", "csv", "--table", table, "--delimiter", ",")
        assert done.code == 0, done
        rows = list(csv.DictReader(io.StringIO(done.out.lstrip("\ufeff"))))
        cells = [row[c] for row in rows for c in columns if c in row and row[c]]
        assert cells and all(cell == "'" + formula for cell in cells), (table, cells)


def test_erase_overwrites_each_file_before_it_goes(cli, journal_file, monkeypatch):
    assert cli("goal", "add", "Play football", "--note", "Sentinel-Wren-88").code == 0
    assert cli("log", "1", "4").code == 0
    assert cli("backup").code == 0
    folder = journal_file.parent
    tree, _ = snapshot(folder)
    recorder = Recorder(folder)
    with monkeypatch.context() as patch:
        recorder.install(patch)
        assert cli("erase", "--yes").code == 0
    steps = recorder.steps
    for name, content in tree.items():
        gone = [i for i, s in enumerate(steps) if s.kind == "unlink" and s.path == name]
        assert gone, f"{name} was not removed"
        before = steps[: gone[0]]
        zeros = sum(
            len(s.data)
            for s in before
            if s.kind == "write" and s.path == name and not s.data.strip(b"\0")
        )
        assert zeros >= len(content), f"{name} was not overwritten before it was removed"
        synced = [s for s in before if s.kind == "fsync" and s.path == name]
        assert synced, f"{name} was not synced after it was overwritten"


def _in_terminal(args, env):
    full = {key: value for key, value in os.environ.items() if key != "FORCE_COLOR"}
    full.update({"COLUMNS": "100", "TERM": "xterm-256color", **env})
    child = pexpect.spawn(
        sys.executable,
        ["-m", "recovery_cli", *args],
        cwd=str(ROOT),
        env=full,
        encoding="utf-8",
        timeout=60,
    )
    child.expect(pexpect.EOF)
    child.close()
    return child.before


def test_plain_messages_follow_no_color_in_a_terminal(proc, journal_file):
    assert proc("goal", "add", "Play football", "--position", "3").returncode == 0
    coloured = _in_terminal(["log", "1", "4"], {})
    assert "\x1b[" in coloured, "in a terminal the confirmation is coloured"
    plain = _in_terminal(["log", "1", "5"], {"NO_COLOR": "1", "FORCE_COLOR": "1"})
    assert "Logged" in plain and "\x1b[" not in plain, repr(plain)
    remark = _in_terminal(["--demo", "status"], {"NO_COLOR": "1"})  # ends with a side remark
    (line,) = [line for line in remark.splitlines() if "Demo journal" in line]
    assert "\x1b[" not in line, repr(line)

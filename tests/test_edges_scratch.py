"""The editor's scratch file never outlives its command: a closed terminal
(SIGHUP) or a SIGTERM removes it, and what a SIGKILL left behind is removed by
the next command (only folders of this user whose command is gone)."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from recovery_cli.storage import scratch
from tests.safety_util import ROOT, write_passphrase

SECRET = "Sentinel-Otter-5150"

# An editor that says where its file is, then waits to be stopped.
EDITOR = """
import os, sys, time
from pathlib import Path
Path(sys.argv[1]).write_text(f"{os.getpid()} {sys.argv[2]}")
time.sleep(60)
"""


def _start_note(tmp_path: Path, journal: Path, *args: str) -> tuple[subprocess.Popen, Path]:
    """``recovery note ...`` with an editor that sits on its file; returns the
    process and the scratch file once the editor has it open (the editor is
    stopped when the test ends, should the command leave it running)."""
    editor = tmp_path / "editor.py"
    editor.write_text(EDITOR)
    told = tmp_path / "scratch-path"
    env = {
        **os.environ,
        "RECOVERY_JOURNAL": str(journal),
        "TMPDIR": str(tmp_path),
        "EDITOR": f"{sys.executable} {editor} {told}",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.fastkdf", *args],  # the tests' cheap scrypt cost
        cwd=ROOT,
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(600):
        if told.exists() and " " in told.read_text():
            pid, path = told.read_text().split(" ", 1)
            EDITORS.append(int(pid))
            return process, Path(path)
        if process.poll() is not None:
            raise AssertionError(f"the command ended first ({process.returncode})")
        time.sleep(0.05)
    process.kill()
    raise AssertionError("the editor never started")


EDITORS: list[int] = []


@pytest.fixture(autouse=True)
def _stop_editors():
    yield
    while EDITORS:
        with contextlib.suppress(ProcessLookupError):
            os.kill(EDITORS.pop(), signal.SIGKILL)


def _sealed_journal(cli, journal_file, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("RECOVERY_PASSPHRASE_FILE", str(write_passphrase(tmp_path)))
    assert cli("note", SECRET).code == 0
    assert cli("encrypt").code == 0


@pytest.mark.parametrize("sig", [signal.SIGHUP, signal.SIGTERM])
def test_a_closed_terminal_or_sigterm_removes_the_scratch_file(
    cli, journal_file, tmp_path, monkeypatch, sig
):
    if scratch.memory_folder() is None:
        pytest.skip("no memory-backed folder here")
    _sealed_journal(cli, journal_file, tmp_path, monkeypatch)
    process, path = _start_note(tmp_path, journal_file, "note", "edit", "1")
    assert SECRET in path.read_text()  # the decrypted note, in memory only
    process.send_signal(sig)
    process.wait(timeout=30)
    assert process.returncode != 0
    assert not path.exists() and not path.parent.exists()
    assert cli("notes").out.count(SECRET) == 1  # nothing changed


def test_leftovers_of_a_killed_command_go_at_the_next_start(cli, journal_file, tmp_path):
    assert cli("note", "First words").code == 0
    process, path = _start_note(tmp_path, journal_file, "note")
    process.kill()
    process.wait(timeout=30)
    assert path.exists(), "a SIGKILL cannot be caught: the folder is still there"
    # a folder of a command that is still running is left alone
    alive = Path(scratch.new_folder(Path(tmp_path)))
    (alive / "note.txt").write_text("being written")
    done = subprocess.run(
        [sys.executable, "-m", "recovery_cli", "status"],
        cwd=ROOT,
        env={**os.environ, "TMPDIR": str(tmp_path), "RECOVERY_JOURNAL": str(journal_file)},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done
    assert not path.parent.exists()
    assert (alive / "note.txt").exists()
    scratch.remove_folder(alive)

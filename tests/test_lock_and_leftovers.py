"""A busy journal says it waits; a command that ends without a journal leaves no
files behind (no lock file, no data folder), and erase takes the lock file too.

The waiting is tried with two real processes: one holds the journal's lock the
way a running command does, the other is ``recovery`` itself.
"""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import textwrap
import threading
import time

import pytest

from recovery_cli.storage.lock import lock_path
from recovery_cli.storage.paths import default_journal_path
from tests.conftest import ROOT, invoke

HOLDER = textwrap.dedent("""
    import sys
    from pathlib import Path
    from recovery_cli.storage.lock import locked
    with locked(Path(sys.argv[1])):
        print("held", flush=True)
        sys.stdin.readline()
""")


def _lines(stream) -> queue.Queue:
    """The lines of ``stream`` as they come, read on a thread."""
    found: queue.Queue = queue.Queue()

    def pump() -> None:
        for line in stream:
            found.put((time.monotonic(), line))
        found.put((time.monotonic(), None))

    threading.Thread(target=pump, daemon=True).start()
    return found


@pytest.fixture
def holder(journal_file):
    """Start a process that holds the journal's lock until it is told to let go."""
    started = []

    def hold() -> subprocess.Popen:
        child = subprocess.Popen(
            [sys.executable, "-c", HOLDER, str(journal_file)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        started.append(child)
        assert child.stdout.readline() == "held\n"
        return child

    yield hold
    for child in started:
        child.kill()
        child.wait()


def _recovery(*args: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "recovery_cli", *args],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "COLUMNS": "100"},
    )


@pytest.mark.parametrize(
    ("lang", "notice"),
    [
        ("en", "Waiting for another recovery command to finish with the journal"),
        ("da", "Venter på, at en anden recovery-kommando bliver færdig med dagbogen"),
    ],
)
def test_a_busy_journal_says_once_that_it_waits_then_carries_on(
    proc, holder, journal_file, lang, notice
):
    assert proc("goal", "add", "Walk every day").returncode == 0
    held = holder()
    began = time.monotonic()
    waiting = _recovery("--lang", lang, "log", "1", "4")
    errors = _lines(waiting.stderr)
    said_at, line = errors.get(timeout=20)
    assert line is not None and line.startswith(notice), line
    assert said_at - began >= 0.9  # quiet for about a second first
    time.sleep(0.5)
    assert waiting.poll() is None  # still waiting, as before
    held.stdin.write("\n")
    held.stdin.flush()
    out, _ = waiting.communicate(timeout=30)
    assert waiting.returncode == 0
    assert errors.get(timeout=5)[1] is None  # nothing more on stderr: the notice came once
    assert "4" in out
    history = json.loads(proc("goal", "show", "1", "--json").stdout)["history"]
    assert [p["position"] for p in history] == [4]


def test_a_free_journal_says_nothing_about_waiting(proc):
    assert proc("goal", "add", "Walk every day").returncode == 0
    done = proc("log", "1", "4")
    assert done.returncode == 0 and done.stderr == ""


def test_a_refused_write_leaves_no_lock_file(cli, journal_file):
    refused = cli("log", "1", "3")
    assert refused.code == 1, refused
    assert list(journal_file.parent.iterdir()) == []
    assert cli("goal", "add", "Walk").code == 0
    assert lock_path(journal_file).exists()  # beside a journal the lock file stays
    assert cli("log", "1", "9").code == 2 and lock_path(journal_file).exists()


def test_nothing_is_made_in_the_default_place_until_something_is_written(tmp_path):
    home = tmp_path / "home"
    for args in (
        ["log", "1", "3"],
        ["status"],
        ["goal", "list"],
        ["goal", "rm", "1", "--yes"],
        ["note", "--date", "tomorrow", "x"],
    ):
        done = invoke(*args)
        assert done.code in (0, 1, 2), done
        assert sorted(home.rglob("*")) == [], (args, sorted(home.rglob("*")))
    assert invoke("goal", "add", "Walk").code == 0
    journal = default_journal_path()
    assert sorted(p.name for p in journal.parent.iterdir()) == ["journal.json", "journal.json.lock"]


def test_a_lock_file_held_by_a_running_command_is_never_removed(cli, holder, journal_file):
    held = holder()
    try:
        from recovery_cli.storage.lock import is_held

        assert is_held(journal_file)
        assert lock_path(journal_file).exists()
    finally:
        held.stdin.write("\n")
        held.stdin.flush()
        held.wait(timeout=10)
    # the holder's own session ended without a journal: it took its lock file along
    assert not lock_path(journal_file).exists()


def test_erase_removes_a_lock_file_left_without_a_journal(cli, journal_file):
    lock_path(journal_file).write_bytes(b"")
    done = cli("erase", "--yes")
    assert done.code == 0, done
    assert "removed the leftover lock file" in done.out
    assert list(journal_file.parent.iterdir()) == []
    lock_path(journal_file).write_bytes(b"")
    done = cli("--lang", "da", "erase")  # nothing to confirm: no journal, no backups
    assert done.code == 0 and "efterladte låsefil" in done.out, done
    nothing = cli("erase", "--yes")
    assert nothing.code == 1 and "nothing to erase" in nothing.err


def test_erase_waits_for_the_lock_before_taking_it(proc, holder, journal_file):
    lock_path(journal_file).write_bytes(b"")
    held = holder()
    erasing = _recovery("erase", "--yes")
    errors = _lines(erasing.stderr)
    assert "Waiting for another recovery command" in errors.get(timeout=20)[1]
    assert lock_path(journal_file).exists()
    held.stdin.write("\n")
    held.stdin.flush()
    out, _ = erasing.communicate(timeout=30)
    assert erasing.returncode in (0, 1), out  # the holder may have tidied it first
    assert not lock_path(journal_file).exists()


def test_a_first_write_never_overwrites_a_journal_made_meanwhile(tmp_path):
    from recovery_cli.domain.errors import NotPossible
    from recovery_cli.storage.store import open_store

    path = tmp_path / "own" / "journal.json"
    with (
        pytest.raises(NotPossible) as refused,
        open_store(path, write=True, own_folder=True) as store,
    ):
        assert not path.parent.exists()
        store.db.table("goals").insert({"title": "mine"})
        path.parent.mkdir()
        path.write_bytes(b"theirs")  # another command's first write
    assert refused.value.key == "error.journal.appeared"
    assert path.read_bytes() == b"theirs"
    assert sorted(p.name for p in path.parent.iterdir()) == ["journal.json", "journal.json.lock"]

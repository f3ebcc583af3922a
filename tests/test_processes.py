"""Real processes: two writers at once, a damaged file, and the terminal prompts."""

import json
import os
import subprocess
import sys
import textwrap

import pytest

from tests.conftest import ROOT, default_signals, press_ctrl_c, run_process

WRITER = textwrap.dedent("""
    import sys
    from recovery_cli.cli.app import main
    tag, count = sys.argv[1], int(sys.argv[2])
    for i in range(count):
        try:
            main(["log", "1", str(1 + i % 8), "--note", f"{tag}-{i}"])
        except SystemExit as done:
            if done.code:
                sys.exit(f"{tag}-{i} exited {done.code}")
""")


def test_two_writers_at_once_lose_nothing(proc, journal_file):
    assert proc("goal", "add", "Walk every day").returncode == 0
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, tag, "100"],
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for tag in ("a", "b")
    ]
    readers = [run_process("goal", "list", "--json") for _ in range(3)]
    for writer in writers:
        _, err = writer.communicate(timeout=300)
        assert writer.returncode == 0, err
    assert all(r.returncode == 0 for r in readers), [r.stderr for r in readers]
    history = json.loads(proc("goal", "show", "1", "--json").stdout)["history"]
    notes = [p["note"] for p in history]
    expected = {f"{tag}-{i}" for tag in "ab" for i in range(100)}
    print(f"positions written concurrently: {len(notes)}")
    assert len(notes) == 200 and set(notes) == expected


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b'{"meta": {"1": {"schema": 1}}, "goals": {"1"',
        b"\x00" * 64,
        b'["not", "a", "journal"]',
    ],
)
def test_damaged_journal_is_left_byte_for_byte(proc, journal_file, content):
    journal_file.write_bytes(content)
    for args in (["log", "1", "3"], ["goal", "add", "Walk"], ["status"], ["init"]):
        done = proc(*args)
        assert done.returncode == 1, done
        assert "Traceback" not in done.stderr and str(journal_file) in done.stderr
        assert journal_file.read_bytes() == content
    assert sorted(p.name for p in journal_file.parent.iterdir()) in (
        ["journal.json"],
        ["journal.json", "journal.json.lock"],
    )


pexpect = pytest.importorskip("pexpect")


def spawn(*args, env=None):
    full = {**os.environ, "COLUMNS": "100", **(env or {})}
    return pexpect.spawn(
        sys.executable,
        ["-m", "recovery_cli", *args],
        cwd=str(ROOT),
        env=full,
        encoding="utf-8",
        timeout=60,
        preexec_fn=default_signals,
    )


def test_rm_asks_in_a_terminal(proc, journal_file):
    proc("goal", "add", "Walk every day", "--position", "3")
    child = spawn("goal", "rm", "1")
    child.expect(r"1 position for good\? \[y/N\]")
    child.sendline("n")
    child.expect("kept")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0  # declining is the person's choice, not a failure
    child = spawn("--lang", "da", "goal", "rm", "1")
    child.expect(r"\[j/N\]")
    child.sendline("ja")
    child.expect("Mål #1 og dets 1 placering er slettet")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert json.loads(proc("goal", "list", "--all", "--json").stdout) == []


def test_init_asks_for_the_language(journal_file):
    child = spawn("init")
    child.expect(r"\(en/da\)")
    child.sendline("dansk")
    child.expect("Din dagbog er klar")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert json.loads(journal_file.read_bytes())["meta"]["1"]["language"] == "da"
    again = run_process("init")
    assert again.returncode == 1 and "Der er allerede en dagbog" in again.stderr


def test_ctrl_c_saves_nothing(proc, journal_file):
    proc("goal", "add", "Walk every day", "--position", "3")
    before = journal_file.read_bytes()
    child = spawn("goal", "rm", "1")
    child.expect(r"\[y/N\]")
    press_ctrl_c(child)
    child.expect(pexpect.EOF)
    child.close()
    assert "Traceback" not in child.before
    assert child.exitstatus == 130
    assert journal_file.read_bytes() == before

"""Privacy: no command uses the network, and a sentinel phrase written into a note
shows up nowhere but the journal (and, when encrypted, not there either), nor in
any error output."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

from tests.safety_util import ROOT, WORKERS, figure, files_containing, write_passphrase

SENTINEL = "Sentinel-Heron-0815 private words"


@pytest.fixture
def no_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError("network use is not allowed")

    for name in ("socket", "create_connection", "getaddrinfo", "socketpair"):
        monkeypatch.setattr(socket, name, refuse)


@pytest.fixture
def private_tmp(tmp_path, monkeypatch):
    """The system temp folder, inside the test's folder so it can be searched."""
    folder = tmp_path / "systemtmp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)
    return folder


def _every_command(cli, secret) -> tuple[int, list]:
    """Every command a person might run, with the sentinel in a note; returns how many
    ran and the outputs of the ones meant to fail."""
    ok = [
        (
            "goal",
            "add",
            "Play football",
            "--chime",
            "c,i",
            "--position",
            "2",
            "--vision",
            "Tuesdays",
        ),
        ("goal", "add", "Sleep better", "--note", SENTINEL),
        ("log", "1", "3", "--note", SENTINEL, "--helped", "a walk"),
        ("goal", "edit", "1", "--change", "Find a club"),
        ("resource", "add", "Patience", "--goal", "1"),
        ("resource", "list"),
        ("resource", "list", "--json"),
        ("support", "add", "My brother", "--how", "Drives"),
        ("support", "list"),
        ("goal", "list"),
        ("goal", "list", "--all", "--json"),
        ("goal", "show", "2"),
        ("goal", "show", "1", "--json"),
        ("status",),
        ("status", "--json"),
        ("goal", "pause", "2"),
        ("goal", "resume", "2"),
        ("goal", "reach", "2"),
        ("backup",),
        ("backup", "list"),
        ("doctor",),
        ("doctor", "--fix"),
        ("--lang", "da", "status"),
        ("goal", "let-go", "2"),
    ]
    failing = [
        ("log", "9", "5"),
        ("log", "1", "11"),
        ("goal", "show", "nothing-like-it"),
        ("backup", "restore", "nope"),
        ("goal", "add", ""),
        ("goal", "rm", "1"),
    ]
    runs, errors = 0, []
    for args in ok:
        done = cli(*args)
        assert done.code == 0, (args, done)
        runs += 1
    for args in failing:
        done = cli(*args)
        assert done.code in (1, 2), (args, done)
        errors.append(done)
        runs += 1
    return runs, errors


def test_plain_journal_no_network_no_copies(
    cli, journal_file, tmp_path, no_network, private_tmp, capsys
):
    secret = write_passphrase(tmp_path)
    runs, errors = _every_command(cli, secret)
    needle = SENTINEL.encode()
    where = {p.relative_to(tmp_path) for p in files_containing(tmp_path, needle)}
    allowed = {journal_file.relative_to(tmp_path)} | {
        p.relative_to(tmp_path) for p in (journal_file.parent / "backups").glob("*")
    }
    assert where <= allowed, where - allowed
    assert journal_file.relative_to(tmp_path) in where
    for done in errors:
        assert SENTINEL not in done.err + done.out
    figure(
        capsys,
        f"privacy (plain): {runs} commands with the network blocked; the phrase is in "
        f"{len(where)} files, all the journal or its backups",
    )


def test_encrypted_journal_sentinel_nowhere(
    cli, journal_file, tmp_path, no_network, private_tmp, monkeypatch, capsys
):
    secret = write_passphrase(tmp_path)
    monkeypatch.setenv("RECOVERY_PASSPHRASE_FILE", str(secret))
    assert cli("goal", "add", "Start").code == 0
    assert cli("encrypt").code == 0
    runs, errors = _every_command(cli, secret)
    new = write_passphrase(tmp_path, "another long passphrase", "new")
    assert cli("passwd", env={"RECOVERY_NEW_PASSPHRASE_FILE": str(new)}).code == 0
    wrong = cli("status")  # the old passphrase now: refused
    assert wrong.code == 1 and SENTINEL not in wrong.err
    assert files_containing(tmp_path, SENTINEL.encode()) == []
    assert files_containing(tmp_path, b"Sentinel-Heron") == []
    for done in errors:
        assert SENTINEL not in done.err + done.out
    figure(
        capsys,
        f"privacy (encrypted): {runs + 3} commands with the network blocked; the "
        "phrase is in no file at all, journal and backups included",
    )


def test_real_process_without_network(proc, journal_file):
    env = {
        "PYTHONPATH": os.pathsep.join(
            filter(None, [str(WORKERS / "no_network"), os.environ.get("PYTHONPATH")])
        )
    }
    check = subprocess.run(
        [sys.executable, "-c", "import socket; socket.socket()"],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert check.returncode != 0 and "not allowed" in check.stderr  # the block works
    for args in (
        ("goal", "add", "Offline", "--position", "3"),
        ("log", "1", "4"),
        ("status",),
        ("doctor",),
        ("backup",),
    ):
        done = proc(*args, env=env)
        assert done.returncode == 0, (args, done.stderr)

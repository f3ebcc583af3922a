"""Rough edges users met around doctor and damaged files (reviews/new-user):
encrypted backups are checked when a passphrase file is given, a restore that
makes the journal encrypted again says so, and a command refused on a damaged
file leaves no lock file of its own behind."""

from __future__ import annotations

from recovery_cli.storage import crypto
from recovery_cli.storage.lock import lock_path
from tests.safety_util import write_passphrase


def test_doctor_restoring_an_encrypted_backup_says_so(cli, journal_file, tmp_path, monkeypatch):
    monkeypatch.setenv("RECOVERY_PASSPHRASE_FILE", str(write_passphrase(tmp_path)))
    assert cli("goal", "add", "Play football").code == 0
    assert cli("encrypt").code == 0
    assert cli("decrypt").code == 0  # the backups stay encrypted
    journal_file.write_bytes(b"{")
    found = cli("doctor")
    assert "not checked" not in found.out, found  # the passphrase file opens them
    done = cli("doctor", "--fix", "--yes")
    assert done.code == 0, done
    assert crypto.is_sealed(journal_file.read_bytes())
    assert "encrypted again" in done.out, done


def test_a_refused_write_leaves_no_lock_file_of_its_own(cli, tmp_path):
    empty = tmp_path / "empty.json"
    empty.write_bytes(b"")
    done = cli("--journal", str(empty), "goal", "add", "Play football")
    assert done.code == 1 and "damaged" in done.err
    assert not lock_path(empty).exists()
    assert empty.read_bytes() == b""


def test_a_lock_file_already_there_is_kept(cli, journal_file):
    assert cli("goal", "add", "Play football").code == 0
    assert lock_path(journal_file).exists()
    assert cli("goal", "show", "99").code == 1
    assert cli("log", "99", "3").code == 1  # refused inside the lock
    assert lock_path(journal_file).exists()

"""Backups never lose the last good copy: a journal that does not open is not
backed up, pruning keeps the newest backup that opens, and backups keep the
order they were made in even when the computer's clock goes back."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone

from recovery_cli.storage import backups
from tests.safety_util import load_plain

DAMAGED = b'{"meta": {"1": {"schema": 1}}, "goals": '


def _goals(path):
    return sorted(d["title"] for d in load_plain(path)["goals"].values())


def test_backup_of_a_damaged_journal_is_refused_and_keeps_the_good_ones(cli, journal_file):
    assert cli("goal", "add", "Play football").code == 0
    assert cli("backup").code == 0
    good = backups.list_backups(journal_file)
    journal_file.write_bytes(DAMAGED)
    for _ in range(backups.KEEP + 5):
        done = cli("backup")
        assert done.code == 1 and done.err.count("\n") == 1, done
        assert str(journal_file) in done.err and "recovery doctor" in done.err
    assert backups.list_backups(journal_file) == good
    assert journal_file.read_bytes() == DAMAGED  # left exactly as it was
    assert cli("doctor", "--fix", "--yes").code == 0
    assert _goals(journal_file) == ["Play football"]


def test_pruning_never_removes_the_newest_backup_that_opens(cli, journal_file):
    assert cli("goal", "add", "Play football").code == 0
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    good = backups.snapshot(journal_file, "manual", now=start)
    for minute in range(1, backups.KEEP + 10):  # e.g. one safety copy per restore
        backups.snapshot(
            journal_file, "damaged", now=start + timedelta(minutes=minute), payload=DAMAGED
        )
    found = backups.list_backups(journal_file)
    assert good in found and len(found) == backups.KEEP
    assert found[-1].read_bytes() == DAMAGED  # the newest are still kept too


def _made_when_the_clock_was_ahead(journal_file, moment):
    """A backup made while the clock showed ``moment`` (name and file time)."""
    made = backups.snapshot(journal_file, "daily", now=moment)
    stamp = moment.timestamp()
    os.utime(made, (stamp, stamp))
    return made


def test_clock_set_back_keeps_the_order_backups_were_made_in(cli, journal_file):
    assert cli("goal", "add", "Play football").code == 0
    ahead = datetime.now(timezone.utc) + timedelta(days=200)
    old = _made_when_the_clock_was_ahead(journal_file, ahead)
    # the clock now shows today again: the next writes are newer than that backup
    assert cli("goal", "add", "Sleep better").code == 0
    for value in ("3", "4", "5"):
        assert cli("log", "2", value).code == 0
    assert len(backups.list_backups(journal_file)) == 2, "one daily backup, not one per write"
    assert cli("backup").code == 0
    found = backups.list_backups(journal_file)
    assert found[0] == old and _goals(found[-1]) == ["Play football", "Sleep better"]
    journal_file.write_bytes(DAMAGED)
    done = cli("doctor", "--fix", "--yes")
    assert done.code == 0, done
    assert _goals(journal_file) == ["Play football", "Sleep better"]
    restored = backups.backup_id(journal_file, found[-1])
    assert restored in done.out and "most recently made backup that opens" in done.out
    assert "clock" in done.out  # and it says why the names look out of order


def test_clock_set_back_never_prunes_the_new_backups_first(cli, journal_file):
    assert cli("goal", "add", "Play football").code == 0
    ahead = datetime.now(timezone.utc) + timedelta(days=400)
    for day in range(backups.KEEP):
        _made_when_the_clock_was_ahead(journal_file, ahead + timedelta(days=day))
    assert cli("goal", "add", "Sleep better").code == 0
    assert cli("backup").code == 0
    found = backups.list_backups(journal_file)
    assert len(found) == backups.KEEP
    assert _goals(found[-1]) == ["Play football", "Sleep better"]
    assert backups.reason_of(journal_file, found[-1]) == "manual"


def test_an_encrypted_journal_is_backed_up_by_a_script_without_its_passphrase(
    cli, journal_file, tmp_path, monkeypatch
):
    from recovery_cli.storage import crypto
    from tests.safety_util import write_passphrase

    monkeypatch.setenv("RECOVERY_PASSPHRASE_FILE", str(write_passphrase(tmp_path)))
    assert cli("goal", "add", "Play football").code == 0
    assert cli("encrypt").code == 0
    monkeypatch.delenv("RECOVERY_PASSPHRASE_FILE")
    before = len(backups.list_backups(journal_file))
    done = cli("backup")  # no terminal, no passphrase file: copied as it is
    assert done.code == 0, done
    assert len(backups.list_backups(journal_file)) == before + 1
    journal_file.write_bytes(crypto.MAGIC + b"not a header\n")
    refused = cli("backup")
    assert refused.code == 1 and "recovery doctor" in refused.err, refused

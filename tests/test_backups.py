"""Backups: made when they should be, private, byte for byte, restorable."""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recovery_cli.storage import backups


def _add(cli, title="Play football"):
    done = cli("goal", "add", title, "--position", "2")
    assert done.code == 0, done
    return done


def test_first_write_of_the_day_leaves_one_backup(cli, journal_file):
    _add(cli)
    assert backups.list_backups(journal_file) == []  # a new journal has nothing to back up
    before = journal_file.read_bytes()
    for value in ("3", "4", "5"):
        assert cli("log", "1", value).code == 0
    found = backups.list_backups(journal_file)
    assert len(found) == 1 and found[0].read_bytes() == before
    assert backups.reason_of(journal_file, found[0]) == "daily"


def test_daily_backup_again_on_a_new_day(cli, journal_file):
    _add(cli)
    yesterday = datetime.now(timezone.utc) - timedelta(days=1)
    backups.snapshot(journal_file, "manual", now=yesterday)
    assert backups.due_today(journal_file)
    assert cli("log", "1", "3").code == 0
    assert [backups.reason_of(journal_file, p) for p in backups.list_backups(journal_file)] == [
        "manual",
        "daily",
    ]
    assert not backups.due_today(journal_file)


def test_reads_never_back_up(cli, journal_file):
    _add(cli)
    for args in (("status",), ("goal", "list"), ("goal", "show", "1"), ("backup", "list")):
        assert cli(*args).code == 0
    assert backups.list_backups(journal_file) == []


def test_backup_now_list_and_restore(cli, journal_file):
    _add(cli)
    made = cli("backup")
    assert made.code == 0, made
    ident = made.out.split(": ", 1)[1].split(".")[0]
    assert ident.endswith("-manual")
    kept = journal_file.read_bytes()
    assert cli("goal", "add", "Sleep better").code == 0
    listed = cli("backup", "list")
    assert ident in listed.out and "made by hand" in listed.out
    rows = json.loads(cli("backup", "list", "--json").out)
    assert rows[0]["id"] == ident or ident in [r["id"] for r in rows]
    restored = cli("backup", "restore", ident[:15], "--yes")
    assert restored.code == 0, restored
    assert journal_file.read_bytes() == kept
    # the state before the restore was backed up first
    newest = backups.list_backups(journal_file)[-1]
    assert backups.reason_of(journal_file, newest) == "restore"
    assert b"Sleep better" in newest.read_bytes()
    assert "Sleep better" not in cli("goal", "list").out


def test_restore_unknown_or_ambiguous_id(cli, journal_file):
    _add(cli)
    moment = datetime(2026, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    backups.snapshot(journal_file, "manual", now=moment)
    backups.snapshot(journal_file, "manual", now=moment + timedelta(seconds=1))
    before = journal_file.read_bytes()
    missing = cli("backup", "restore", "1999")
    assert missing.code == 1 and "recovery backup list" in missing.err
    ambiguous = cli("backup", "restore", "20260102")
    assert ambiguous.code == 2 and "more than one backup" in ambiguous.err  # as a goal
    assert journal_file.read_bytes() == before


def test_restore_refuses_a_damaged_backup(cli, journal_file):
    _add(cli)
    bad = backups.snapshot(journal_file, "manual", payload=b'{"meta": ')
    before = journal_file.read_bytes()
    ident = backups.backup_id(journal_file, bad)
    done = cli("backup", "restore", ident, "--yes")
    assert done.code == 1 and done.err.count("\n") == 1
    assert done.err.startswith(f"Backup {ident} cannot be read (it is damaged)")
    assert "recovery backup list" in done.err and "recovery doctor" not in done.err
    assert journal_file.read_bytes() == before


def test_keeps_the_newest_30(cli, journal_file, capsys):
    _add(cli)
    start = datetime(2026, 1, 1, tzinfo=timezone.utc)
    for minute in range(40):
        backups.snapshot(journal_file, "manual", now=start + timedelta(minutes=minute))
    found = backups.list_backups(journal_file)
    assert len(found) == backups.KEEP
    assert backups.taken_at(journal_file, found[0]) == start + timedelta(minutes=10)


def test_backups_are_private(cli, journal_file):
    _add(cli)
    assert cli("backup").code == 0
    folder = backups.backup_dir(journal_file)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    for path in folder.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_backup_without_a_journal(cli, journal_file):
    done = cli("backup")
    assert done.code == 1 and "no journal" in done.err
    assert not journal_file.exists()
    assert "no backups yet" in cli("backup", "list").out


def test_danish(cli, journal_file):
    _add(cli)
    made = cli("--lang", "da", "backup").out
    assert made.startswith("Dagbogen er sikkerhedskopieret") and "Z-manuel." in made
    listed = cli("--lang", "da", "backup", "list").out
    assert "lavet manuelt" in listed and "Z-manuel " in listed and "-manual" not in listed
    (stored,) = json.loads(cli("backup", "list", "--json").out)
    assert stored["id"].endswith("Z-manual")  # the file keeps its name; JSON shows it
    moment = datetime.fromisoformat(stored["when"]).astimezone()
    from recovery_cli.i18n import set_language, t

    set_language("da")
    month = t(f"month.{moment.month}")  # written as every Danish screen writes a day
    assert f"{moment.day}. {month} {moment.year} kl. {moment:%H.%M}" in listed
    assert "Eksempel: recovery backup" in cli("--lang", "da", "backup", "--help").out


@pytest.mark.parametrize("typed", ["{stamp}-manuel", "{stamp}-manual", "{stamp}-man"])
def test_a_backup_is_found_by_its_id_in_either_language(cli, journal_file, typed):
    _add(cli)
    cli("backup")
    (stored,) = json.loads(cli("backup", "list", "--json").out)
    ident = typed.format(stamp=stored["id"][:16])
    done = cli("--lang", "da", "backup", "restore", ident, "--yes")
    assert done.code == 0 and f"Sikkerhedskopi {stored['id'][:16]}-manuel er lagt" in done.out


def test_leftover_backup_temp_is_cleared_by_the_next_backup(cli, journal_file):
    _add(cli)
    folder = backups.backup_dir(journal_file)
    folder.mkdir(mode=0o700, exist_ok=True)
    stale = folder / ".journal-20260101T000000Z-daily.json.tmp-abc"
    stale.write_bytes(b"half")
    assert cli("backup").code == 0
    assert not stale.exists()
    assert os.listdir(folder)


def test_every_reason_a_backup_is_made_for_has_a_name_in_each_language():
    """Every reason the code makes a backup for (``keys`` before a new recovery
    key, ``daily``, ...) is a known reason, shown in the person's language."""
    import re

    from recovery_cli.i18n import catalog
    from recovery_cli.views.backup_ids import REASONS
    from tests.conftest import PACKAGE

    made = set()
    for path in PACKAGE.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        made |= set(re.findall(r'snapshot\(\s*(?:path,\s*)?"([a-z]+)"', text))
        made |= set(re.findall(r'_rekey\(.*, "([a-z]+)"\)', text))
        made |= set(re.findall(r'reason(?::\s*str)?\s*=\s*"([a-z]+)"', text)) - {"not"}
    assert {"manual", "daily", "migrate", "import", "keys", "passwd", "damaged"} <= made
    assert made <= set(REASONS), made - set(REASONS)
    for language in ("en", "da"):
        for reason in REASONS:
            assert catalog(language).get(f"backup.id.{reason}"), (language, reason)
            assert catalog(language).get(f"backup.reason.{reason}"), (language, reason)


@given(st.text(alphabet="0123456789TZ-x ", min_size=14, max_size=18))
def test_a_backup_name_is_read_as_strptime_reads_it(stamp):
    """taken_at reads the time in a name field by field; it agrees with strptime."""
    from pathlib import Path

    from recovery_cli.storage.backups import _STAMP, taken_at

    journal = Path("/x/journal.json")
    try:
        expected = datetime.strptime(stamp[:16], _STAMP).replace(tzinfo=timezone.utc)
    except ValueError:
        expected = None
    if expected is not None and len(stamp[:16]) != 16:
        expected = None  # a shorter stamp strptime reads with one-digit fields: never written
    assert taken_at(journal, Path(f"/x/backups/journal-{stamp}-daily.json")) == expected

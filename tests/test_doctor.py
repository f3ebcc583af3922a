"""``recovery doctor``: says plainly what it finds; ``--fix`` only makes safe repairs."""

from __future__ import annotations

import json
import os
import stat

from recovery_cli.storage import backups


def _journal(cli):
    assert cli("goal", "add", "Play football", "--position", "2").code == 0
    assert cli("goal", "add", "Call the club", "--parent", "1").code == 0
    assert cli("resource", "add", "Played as a kid", "--goal", "1").code == 0
    assert cli("support", "add", "My brother", "--goal", "1").code == 0
    assert cli("log", "1", "3", "--note", "Went to watch").code == 0


def _edit(journal_file, change):
    data = json.loads(journal_file.read_bytes())
    change(data)
    journal_file.write_text(json.dumps(data))


def test_healthy_journal(cli, journal_file):
    _journal(cli)
    done = cli("doctor")
    assert done.code == 0, done
    assert "The journal can be read." in done.out
    assert "2 goals, 2 positions, 1 resource, 1 support" in done.out
    assert done.out.rstrip().endswith("Everything looks fine.")


def test_no_journal_yet(cli, journal_file):
    done = cli("doctor")
    assert done.code == 0 and "no journal here yet" in done.out
    assert not journal_file.exists()


def test_dangling_references_unlinked_after_a_backup(cli, journal_file):
    _journal(cli)

    def drop_goal_one(data):
        goals = data["goals"]
        key = next(k for k, g in goals.items() if g["number"] == 1)
        del goals[key]

    _edit(journal_file, drop_goal_one)
    broken = journal_file.read_bytes()
    found = cli("doctor")
    assert found.code == 1
    assert "2 positions belong to a goal that no longer exists" in found.out
    assert "2 resources, supports or reflections are linked" in found.out
    assert "1 goal is a step of a goal that no longer exists" in found.out
    assert "recovery doctor --fix can repair" in found.out
    assert journal_file.read_bytes() == broken  # looking changes nothing
    fixed = cli("doctor", "--fix")
    assert fixed.code == 0, fixed
    assert "the text itself is kept" in fixed.out
    safety = backups.list_backups(journal_file)[-1]
    assert safety.read_bytes() == broken
    data = json.loads(journal_file.read_bytes())
    assert data["positions"] == {}
    assert [r["goal"] for r in data["resources"].values()] == [None]
    assert [g["parent"] for g in data["goals"].values()] == [None]
    assert "My brother" in cli("support", "list").out
    assert cli("doctor").code == 0


def test_invalid_record_is_named_not_changed(cli, journal_file):
    _journal(cli)
    _edit(journal_file, lambda d: next(iter(d["positions"].values())).update(value=11))
    before = journal_file.read_bytes()
    status = cli("status")
    assert status.code == 1 and "recovery doctor" in status.err
    found = cli("doctor", "--fix")
    assert found.code == 1
    assert "Record 1 in positions: Position 11 is outside the continuum" in found.out
    assert journal_file.read_bytes() == before


def test_parent_cycle_is_broken(cli, journal_file):
    _journal(cli)

    def cycle(data):
        one, two = sorted(data["goals"].values(), key=lambda g: g["number"])
        one["parent"] = two["id"]

    _edit(journal_file, cycle)
    assert "a step of itself" in cli("doctor").out
    assert cli("doctor", "--fix").code == 0
    assert cli("doctor").code == 0


def test_permissions_and_temp_files(cli, journal_file):
    _journal(cli)
    os.chmod(journal_file, 0o644)
    temp = journal_file.parent / f".{journal_file.name}.tmp-123abc"
    temp.write_bytes(b"half a journal")
    found = cli("doctor")
    assert found.code == 1
    assert "can be read by others (mode 644; private is 600)" in found.out
    assert "1 temp file from an interrupted write" in found.out
    fixed = cli("doctor", "--fix")
    assert fixed.code == 0, fixed
    assert stat.S_IMODE(journal_file.stat().st_mode) == 0o600
    assert not temp.exists()


def test_damaged_journal_offers_the_newest_good_backup(cli, journal_file):
    _journal(cli)
    assert cli("backup").code == 0
    good = journal_file.read_bytes()
    backups.snapshot(journal_file, "manual", payload=b"{broken")  # newest, but damaged
    journal_file.write_bytes(good[: len(good) // 2])
    damaged = journal_file.read_bytes()
    count = len(backups.list_backups(journal_file))
    found = cli("doctor")
    assert found.code == 1
    assert "cut short or garbled" in found.out
    assert "'recovery doctor --fix' puts it back" in found.out
    assert journal_file.read_bytes() == damaged
    assert len(backups.list_backups(journal_file)) == count
    asked = cli("doctor", "--fix")
    assert asked.code == 2 and "--yes" in asked.err
    assert journal_file.read_bytes() == damaged
    fixed = cli("doctor", "--fix", "--yes")
    assert fixed.code == 0, fixed
    assert journal_file.read_bytes() == good
    kept = backups.list_backups(journal_file)[-1]
    assert backups.reason_of(journal_file, kept) == "damaged"
    assert kept.read_bytes() == damaged
    assert cli("doctor").code == 0


def test_damaged_journal_restored_when_the_person_says_yes(cli, journal_file, monkeypatch):
    _journal(cli)
    assert cli("backup").code == 0
    good = journal_file.read_bytes()
    journal_file.write_bytes(b"")
    monkeypatch.setattr("recovery_cli.cli.doctor.interactive", lambda: True)
    kept = cli("doctor", "--fix", input="n\n")
    assert kept.code == 0 and journal_file.read_bytes() == b""  # the person's choice
    assert "Nothing was changed; the damaged journal is left as it is." in kept.out
    done = cli("--lang", "da", "doctor", "--fix", input="ja\n")
    assert done.code == 0, done
    assert "er tom" in done.out and journal_file.read_bytes() == good


def test_damaged_journal_without_backups(cli, journal_file):
    journal_file.write_bytes(b"\0\0\0")
    done = cli("doctor", "--fix", "--yes")
    assert done.code == 1
    assert "left exactly as it is" in done.out
    assert journal_file.read_bytes() == b"\0\0\0"


def test_danish_and_narrow(cli, journal_file):
    _journal(cli)
    done = cli("--lang", "da", "doctor", env={"COLUMNS": "60", "NO_COLOR": "1"})
    assert done.code == 0
    assert "Dagbogen kan læses." in done.out and "Alt ser fint ud." in done.out

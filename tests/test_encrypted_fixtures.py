"""Journals and backups the release before key slots encrypted (tests/fixtures/
encrypted-v1, made by that release's own commands): they keep opening, their
first write with the passphrase upgrades them after a backup and says once that
a recovery key can now be made, and old backups stay readable."""

from __future__ import annotations

import shutil

import pytest

from recovery_cli.storage import backups, crypto
from tests.keys_util import files_now, key_in, reset
from tests.safety_util import FIXTURES, PASSPHRASE, files_containing, tree, write_passphrase

OLD = FIXTURES / "encrypted-v1"
OLDER_PASSPHRASE = "an older passphrase here"
SENTINEL = b"Fixture-Heron-2718"
HINT = "you can now make a recovery key"


@pytest.fixture
def old_journal(journal_file, tmp_path, monkeypatch):
    """The fixture copied to the test's journal place, with its passphrase file."""
    shutil.copytree(
        OLD, journal_file.parent, dirs_exist_ok=True, ignore=shutil.ignore_patterns("README.md")
    )
    for path in [journal_file, *backups.list_backups(journal_file)]:
        path.chmod(0o600)
    backups.backup_dir(journal_file).chmod(0o700)
    monkeypatch.setenv("RECOVERY_PASSPHRASE_FILE", str(write_passphrase(tmp_path)))
    return journal_file


def _keys(passphrase: str) -> crypto.Keys:
    return crypto.Keys(lambda path, attempt: passphrase if attempt == 0 else None)


def test_the_fixtures_are_the_first_format():
    for path in [OLD / "journal.json", *sorted((OLD / "backups").iterdir())]:
        raw = path.read_bytes()
        assert raw.startswith(crypto.MAGIC_V1) and SENTINEL not in raw
        assert crypto.read_header(raw).version == 1


def test_reading_changes_nothing(cli, old_journal, tmp_path):
    before = tree(tmp_path)
    listed = cli("goal", "list")
    assert listed.code == 0 and "Sleep better" in listed.out, listed
    assert HINT not in listed.err
    checked = cli("doctor")
    assert "no recovery key yet" in checked.out and "recovery recovery-key" in checked.out
    assert cli("export", "--format", "json").code == 0
    assert tree(tmp_path) == before


def test_old_backups_open_with_the_passphrase_they_were_made_with(old_journal):
    newest, oldest = reversed(backups.list_backups(old_journal))
    assert backups.check(newest.read_bytes(), newest, _keys(PASSPHRASE))
    assert backups.check(oldest.read_bytes(), oldest, _keys(OLDER_PASSPHRASE))
    with pytest.raises(crypto.NotPossible):
        backups.check(oldest.read_bytes(), oldest, _keys(PASSPHRASE))


def test_the_first_write_upgrades_after_a_backup_and_says_so_once(cli, old_journal, tmp_path):
    original = old_journal.read_bytes()
    done = cli("log", "3", "5")
    assert done.code == 0, done
    assert done.err.count(HINT) == 1 and "recovery recovery-key" in done.err
    raw = old_journal.read_bytes()
    header = crypto.read_header(raw)
    assert header.version == 2 and header.slot("recovery") is None
    kept = [b for b in backups.list_backups(old_journal) if b.read_bytes() == original]
    assert [backups.reason_of(old_journal, b) for b in kept] == ["migrate"]
    # the same salt and cost: the passphrase opens it, and says nothing more
    again = cli("log", "3", "6")
    assert again.code == 0 and HINT not in again.err
    notes = cli("export", "--format", "json").out
    assert SENTINEL.decode() in notes and "slept through" in notes
    assert files_containing(tmp_path, SENTINEL) == []


def test_then_a_recovery_key_opens_the_journal_and_its_backups(cli, old_journal, tmp_path):
    made = cli("recovery-key")
    assert made.code == 0, made
    assert "1 older backup still needs the passphrase it was made with." in made.out
    key = key_in(made.out)
    from recovery_cli.storage import recoverykey

    opened = 0
    for backup in backups.list_backups(old_journal):
        try:
            crypto.Keys().open_with_recovery(backup.read_bytes(), backup, recoverykey.parse(key))
            opened += 1
        except crypto.NotPossible:
            pass
    assert opened == len(backups.list_backups(old_journal)) - 1  # all but the older one
    done = reset(cli, tmp_path, key)
    assert done.code == 0, done
    assert (
        cli(
            "goal",
            "list",
            env={
                "RECOVERY_PASSPHRASE_FILE": str(
                    write_passphrase(tmp_path, "a brand new passphrase", "p2")
                )
            },
        ).code
        == 0
    )
    assert files_containing(tmp_path, SENTINEL) == []
    assert [p.name for p in files_containing(tmp_path, key.encode())] == ["typed-key"]


def test_a_new_passphrase_upgrades_it_too(cli, old_journal, tmp_path):
    new = write_passphrase(tmp_path, "a brand new passphrase", "new")
    done = cli("passwd", env={"RECOVERY_NEW_PASSPHRASE_FILE": str(new)})
    assert done.code == 0, done
    assert "2 backups now open with the new passphrase." in done.out  # encrypt, passwd
    assert "1 older backup still needs" in done.out
    assert "recovery recovery-key" in done.out
    assert crypto.read_header(old_journal.read_bytes()).version == 2
    assert cli("goal", "list", env={"RECOVERY_PASSPHRASE_FILE": str(new)}).code == 0


def test_forgot_the_passphrase_of_an_old_journal_changes_nothing(cli, old_journal, tmp_path):
    from recovery_cli.storage import recoverykey

    before = files_now(tmp_path)
    done = reset(cli, tmp_path, recoverykey.generate().grouped())
    assert done.code == 1 and "has no recovery key" in done.err, done
    assert files_now(tmp_path) == before


def test_restoring_an_old_backup_brings_back_the_old_format(cli, old_journal, tmp_path):
    assert cli("log", "3", "5").code == 0  # upgraded
    oldest = backups.backup_id(old_journal, backups.list_backups(old_journal)[0])
    older = write_passphrase(tmp_path, OLDER_PASSPHRASE, "older")
    done = cli("backup", "restore", oldest, "--yes", env={"RECOVERY_PASSPHRASE_FILE": str(older)})
    assert done.code == 0, done
    assert crypto.read_header(old_journal.read_bytes()).version == 1
    assert cli("goal", "list", env={"RECOVERY_PASSPHRASE_FILE": str(older)}).code == 0


def test_the_upgrade_costs_no_second_derivation(cli, old_journal, monkeypatch):
    from recovery_cli.storage import keyslots

    calls = []
    real = keyslots.derive_passphrase
    monkeypatch.setattr(
        keyslots, "derive_passphrase", lambda p, params: (calls.append(params), real(p, params))[1]
    )
    before = crypto.read_header(old_journal.read_bytes()).passphrase_params
    assert cli("log", "3", "5").code == 0
    assert calls == [before]  # the one that opened it
    assert crypto.read_header(old_journal.read_bytes()).passphrase_params == before

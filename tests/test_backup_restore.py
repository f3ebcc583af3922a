"""``recovery backup restore``: asked first like every ``rm``, refused plainly,
and never silent about encryption coming back or going away."""

from __future__ import annotations

import pytest

from recovery_cli.storage import backups, crypto
from tests.safety_util import write_passphrase


@pytest.fixture
def two_states(cli, journal_file):
    """A backup with one goal; the journal has gained a second goal since."""
    assert cli("goal", "add", "Play football", "--position", "2").code == 0
    made = backups.snapshot(journal_file, "manual")
    kept = journal_file.read_bytes()
    assert cli("goal", "add", "Sleep better").code == 0
    return backups.backup_id(journal_file, made), kept


@pytest.fixture
def at_a_terminal(monkeypatch):
    monkeypatch.setattr("recovery_cli.cli.prompts.interactive", lambda: True)


def test_without_a_terminal_it_needs_yes_and_changes_nothing(cli, journal_file, two_states):
    ident, _ = two_states
    before = journal_file.read_bytes()
    count = len(backups.list_backups(journal_file))
    danish = ident.replace("-manual", "-manuel")  # a Danish screen names it in Danish
    for lang, words, shown in (("en", "add --yes", ident), ("da", "tilføj --yes", danish)):
        done = cli("--lang", lang, "backup", "restore", ident)
        assert done.code == 2, done  # as 'goal rm' without --yes
        assert words in done.err and shown in done.err and done.err.count("\n") == 1
    assert journal_file.read_bytes() == before
    assert len(backups.list_backups(journal_file)) == count  # not even a safety copy


def test_it_asks_and_a_no_keeps_the_journal(cli, journal_file, two_states, at_a_terminal):
    ident, kept = two_states
    before = journal_file.read_bytes()
    declined = cli("backup", "restore", ident, input="n\n")
    assert declined.code == 0, declined  # keeping it is the person's choice
    assert f"Put backup {ident} back as your journal?" in declined.out
    assert "Nothing was restored" in declined.out
    assert journal_file.read_bytes() == before
    danish = ident.replace("-manual", "-manuel")
    done = cli("--lang", "da", "backup", "restore", danish, input="ja\n")  # typed as shown
    assert done.code == 0, done
    assert f"Læg sikkerhedskopi {danish} tilbage som din dagbog?" in done.out
    assert journal_file.read_bytes() == kept


def test_yes_restores_without_asking(cli, journal_file, two_states):
    ident, kept = two_states
    done = cli("backup", "restore", ident, "-y")
    assert done.code == 0 and f"Restored backup {ident}." in done.out
    assert journal_file.read_bytes() == kept


def test_an_ambiguous_id_is_bad_input_like_an_ambiguous_goal(cli, journal_file, two_states):
    backups.snapshot(journal_file, "manual")
    assert cli("goal", "add", "Play tennis").code == 0
    ambiguous_goal = cli("goal", "show", "Play")
    before = journal_file.read_bytes()
    done = cli("backup", "restore", "20", "--yes")
    assert done.code == ambiguous_goal.code == 2, (done, ambiguous_goal)
    assert "fits more than one backup" in done.err and done.err.count("\n") == 1
    assert journal_file.read_bytes() == before


def test_a_damaged_backup_is_named_as_the_backup(cli, journal_file, two_states):
    bad = backups.snapshot(journal_file, "damaged", payload=b"\0\0")
    ident = backups.backup_id(journal_file, bad)
    before = journal_file.read_bytes()
    for lang, start in (
        ("en", f"Backup {ident} cannot be read"),
        ("da", f"Sikkerhedskopi {ident[:-7]}beskadiget kan ikke læses"),
    ):
        done = cli("--lang", lang, "backup", "restore", ident, "--yes")
        assert done.code == 1 and done.err.startswith(start), done
        assert "recovery backup list" in done.err and "doctor" not in done.err
        assert str(journal_file) not in done.err
    assert journal_file.read_bytes() == before


@pytest.fixture
def secret(tmp_path, monkeypatch):
    monkeypatch.setenv("RECOVERY_PASSPHRASE_FILE", str(write_passphrase(tmp_path)))


def test_restoring_an_encrypted_backup_into_a_decrypted_journal_says_so(cli, journal_file, secret):
    assert cli("goal", "add", "Play football", "--position", "2").code == 0
    assert cli("encrypt").code == 0
    sealed = backups.backup_id(journal_file, backups.snapshot(journal_file, "manual"))
    assert cli("decrypt").code == 0 and not crypto.is_sealed(journal_file.read_bytes())
    done = cli("backup", "restore", sealed, "--yes")
    assert done.code == 0, done
    assert crypto.is_sealed(journal_file.read_bytes())
    first = done.out.splitlines()[0]
    assert first.startswith(
        f"Restored backup {sealed}; it was encrypted, so your journal is encrypted again"
    )
    again = cli("--lang", "da", "decrypt")
    assert again.code == 0, again
    danish = cli("--lang", "da", "backup", "restore", sealed, "--yes").out.splitlines()[0]
    assert "den var krypteret, så din dagbog er krypteret igen" in danish
    # the same state: nothing more to say
    plain_again = cli("backup", "restore", sealed, "--yes").out.splitlines()[0]
    assert plain_again == f"Restored backup {sealed}."


def test_restoring_a_plain_backup_into_an_encrypted_journal_says_so(cli, journal_file, secret):
    assert cli("goal", "add", "Play football", "--position", "2").code == 0
    plain = journal_file.read_bytes()
    assert cli("encrypt").code == 0
    # a plain copy made before (encrypt seals the ones it finds; this one came later)
    made = backups.snapshot(journal_file, "manual", payload=plain)
    done = cli("backup", "restore", backups.backup_id(journal_file, made), "--yes")
    assert done.code == 0, done
    assert "it was not encrypted, so your journal is not encrypted now" in done.out
    assert "recovery encrypt" in done.out
    assert journal_file.read_bytes() == plain

"""``recovery erase``: everything of the journal goes, after a typed word."""

from __future__ import annotations

from recovery_cli.storage import backups


def _journal_with_backups(cli, journal_file):
    assert cli("goal", "add", "Play football", "--position", "2").code == 0
    assert cli("backup").code == 0
    assert cli("log", "1", "3").code == 0
    (journal_file.parent / f".{journal_file.name}.tmp-dead").write_bytes(b"x")
    other = journal_file.parent / "keep-me.txt"
    other.write_text("not the journal's")
    return other


def test_erase_yes_removes_everything_and_says_what(cli, journal_file):
    other = _journal_with_backups(cli, journal_file)
    done = cli("erase", "--yes")
    assert done.code == 0, done
    assert "Removed the journal" in done.out and "Removed 1 backup from" in done.out
    assert "lock file" in done.out and "temp file" in done.out
    assert sorted(p.name for p in journal_file.parent.iterdir()) == [other.name]
    again = cli("erase", "--yes")
    assert again.code == 1 and "nothing to erase" in again.err


def test_erase_without_a_terminal_needs_yes(cli, journal_file):
    _journal_with_backups(cli, journal_file)
    before = sorted(journal_file.parent.rglob("*"))
    done = cli("erase")
    assert done.code == 2 and "--yes" in done.err
    assert sorted(journal_file.parent.rglob("*")) == before


def test_erase_asks_for_the_word_in_the_persons_language(cli, journal_file, monkeypatch):
    _journal_with_backups(cli, journal_file)
    monkeypatch.setattr("recovery_cli.cli.erase.interactive", lambda: True)
    kept = cli("--lang", "da", "erase", input="erase\n")
    assert kept.code == 0 and "Intet blev slettet" in kept.out  # declining is no failure
    assert journal_file.exists()
    kept = cli("erase", input="\n")
    assert kept.code == 0 and "Nothing was erased." in kept.out and journal_file.exists()
    assert "to keep everything: \n" in kept.out and "::" not in kept.out  # one colon
    done = cli("--lang", "da", "erase", input="SLET\n")
    assert done.code == 0, done
    assert "Skriv »slet«" in done.out and "Fjernede dagbogen" in done.out
    assert "beholde det hele: SLET" in done.out or "beholde det hele: \n" in done.out
    assert "::" not in done.out
    assert not journal_file.exists() and backups.list_backups(journal_file) == []


def test_erase_works_on_a_damaged_or_encrypted_journal(cli, journal_file):
    journal_file.write_bytes(b"recovery-journal encrypted 1\n{garbage")
    done = cli("erase", "--yes")
    assert done.code == 0, done
    assert not journal_file.exists()


def test_erase_without_backups_does_not_count_zero(cli, journal_file, monkeypatch):
    assert cli("goal", "add", "Walk").code == 0
    monkeypatch.setattr("recovery_cli.cli.erase.interactive", lambda: True)
    kept = cli("erase", input="\n")
    assert "for good (it has no backups)." in kept.out and "0 backups" not in kept.out
    kept = cli("--lang", "da", "erase", input="\n")
    assert "(den har ingen sikkerhedskopier)" in kept.out and "0 sikkerhedskopier" not in kept.out
    assert journal_file.exists()

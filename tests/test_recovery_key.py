"""The recovery key from the command line: shown once by encrypt and init, made
anew by ``recovery-key``, used by ``passwd --recovery-key``; bad input changes
nothing, and neither the key nor the journal's words land in any file."""

from __future__ import annotations

import os
import stat

import pytest

from recovery_cli.storage import backups, crypto
from tests.keys_util import KEY, files_now, key_file, key_in, reset
from tests.safety_util import PASSPHRASE, files_containing, tree, write_passphrase

SENTINEL = "Sentinel-Kestrel-5150"


@pytest.fixture
def secret(tmp_path, monkeypatch):
    path = write_passphrase(tmp_path)
    monkeypatch.setenv("RECOVERY_PASSPHRASE_FILE", str(path))
    return path


@pytest.fixture
def encrypted(cli, journal_file, secret) -> str:
    """An encrypted journal with a backup; returns the recovery key it showed."""
    assert cli("goal", "add", "Sleep better", "--note", SENTINEL, "--position", "3").code == 0
    assert cli("backup").code == 0
    done = cli("encrypt")
    assert done.code == 0, done
    return key_in(done.out)


def opens_with(cli, tmp_path, passphrase: str) -> bool:
    path = write_passphrase(tmp_path, passphrase, "try-passphrase")
    return cli("goal", "list", env={"RECOVERY_PASSPHRASE_FILE": str(path)}).code == 0


def test_encrypt_shows_a_key_once_with_where_to_keep_it(cli, journal_file, encrypted, tmp_path):
    assert crypto.read_header(journal_file.read_bytes()).slot("recovery") is not None
    again = cli("goal", "list")
    assert KEY.search(again.out) is None  # shown once, never again
    checked = cli("doctor")
    assert "The journal has a recovery key." in checked.out
    assert encrypted not in checked.out + checked.err
    assert files_containing(tmp_path, encrypted.encode()) == []
    assert files_containing(tmp_path, SENTINEL.encode()) == []


def test_init_encrypt_shows_a_key_in_both_languages(cli, journal_file, secret):
    done = cli("init", "--encrypt")
    assert done.code == 0, done
    key_in(done.out)
    assert "anyone who holds it can open your journal" in done.out
    other = journal_file.with_name("other.json")
    da = cli("--lang", "da", "--journal", str(other), "init", "--encrypt")
    assert da.code == 0, da
    key_in(da.out)
    assert "gendannelsesnøgle" in da.out and "kan åbne din dagbog" in da.out


def test_forgot_the_passphrase(cli, journal_file, encrypted, tmp_path):
    done = reset(cli, tmp_path, encrypted.lower().replace("-", " "))
    assert done.code == 0, done
    assert "now opens with your new passphrase" in done.out
    assert "recovery key still works" in done.out
    assert "3 backups now open with the new passphrase" in done.out  # manual, encrypt, passwd
    assert opens_with(cli, tmp_path, "a brand new passphrase")
    assert not opens_with(cli, tmp_path, PASSPHRASE)
    # the same key again: it still works after the passphrase changed
    assert reset(cli, tmp_path, encrypted, "yet another passphrase").code == 0
    assert opens_with(cli, tmp_path, "yet another passphrase")
    for backup in backups.list_backups(journal_file):
        keys = crypto.Keys(lambda p, a: "yet another passphrase" if a == 0 else None)
        assert backups.check(backup.read_bytes(), backup, keys)
    assert files_containing(tmp_path, SENTINEL.encode()) == []
    assert [p.name for p in files_containing(tmp_path, encrypted.encode())] == ["typed-key"]


def test_a_typo_is_caught_before_anything_is_tried(
    cli, journal_file, encrypted, tmp_path, monkeypatch
):
    calls = []
    from recovery_cli.storage import keyslots

    monkeypatch.setattr(keyslots, "derive_recovery", lambda *a: calls.append(a))
    typo = encrypted[:-1] + ("A" if encrypted[-1] != "A" else "B")
    before = files_now(tmp_path)
    for text in (typo, encrypted[:-1], encrypted + "7", "not a key at all"):
        done = reset(cli, tmp_path, text)
        assert done.code == 2, done
        assert done.err.count("\n") == 1 and "has a typo" in done.err
        assert files_now(tmp_path) == before
    assert calls == []


def test_the_right_shape_but_the_wrong_key_changes_nothing(cli, journal_file, encrypted, tmp_path):
    from recovery_cli.storage import recoverykey

    before = files_now(tmp_path)
    done = reset(cli, tmp_path, recoverykey.generate().grouped())
    assert done.code == 1, done
    assert done.err.count("\n") == 1 and "does not open the journal" in done.err
    assert str(journal_file) in done.err and "nothing was changed" in done.err
    assert files_now(tmp_path) == before


def test_no_recovery_key_without_encryption(cli, journal_file, secret, tmp_path):
    assert cli("goal", "add", "Sleep better").code == 0
    before = tree(tmp_path)
    for args in (
        ("passwd", "--recovery-key"),
        ("recovery-key",),
        ("recovery-key", "--save", str(tmp_path / "key.txt")),
    ):
        done = cli(*args)
        assert done.code == 1, (args, done)
        assert "is not encrypted" in done.err and done.err.count("\n") == 1
    assert tree(tmp_path) == before


def test_the_key_is_never_an_argument(cli, journal_file, encrypted, tmp_path):
    before = tree(tmp_path)
    for args in (
        ("passwd", f"--recovery-key={encrypted}"),
        ("recovery-key", "--key", encrypted),
        ("passwd", "--recovery-key", encrypted),
    ):
        done = cli(*args)
        assert done.code == 2, (args, done)
        if "--recovery-key" not in args:  # a stray argument is named back, as for any command
            assert encrypted not in done.err + done.out
    assert tree(tmp_path) == before


def test_without_a_terminal_or_file_it_says_how(cli, journal_file, encrypted, tmp_path):
    before = tree(tmp_path)
    done = cli("passwd", "--recovery-key")
    assert done.code == 1 and "RECOVERY_RECOVERY_KEY_FILE" in done.err
    assert tree(tmp_path) == before


def test_a_new_recovery_key_replaces_the_old_one(cli, journal_file, encrypted, tmp_path):
    made = cli("recovery-key")
    assert made.code == 0, made
    newer = key_in(made.out)
    assert newer != encrypted
    assert "The earlier recovery key no longer opens it." in made.out
    assert "backups now open with the new recovery key too" in made.out
    before = files_now(tmp_path)
    refused = reset(cli, tmp_path, encrypted)
    assert refused.code == 1 and "does not open" in refused.err
    assert files_now(tmp_path) == before
    # nor does it open any backup: they all moved to the new keys
    for backup in backups.list_backups(journal_file):
        from recovery_cli.storage import recoverykey

        with pytest.raises(crypto.NotPossible):
            crypto.Keys().open_with_recovery(
                backup.read_bytes(), backup, recoverykey.parse(encrypted)
            )
        assert crypto.Keys().open_with_recovery(
            backup.read_bytes(), backup, recoverykey.parse(newer)
        )
    assert reset(cli, tmp_path, newer).code == 0
    assert files_containing(tmp_path, SENTINEL.encode()) == []


def test_a_new_recovery_key_needs_the_passphrase(
    cli, journal_file, encrypted, tmp_path, monkeypatch
):
    wrong = write_passphrase(tmp_path, "not the passphrase", "wrong")
    before = tree(tmp_path)
    done = cli("recovery-key", env={"RECOVERY_PASSPHRASE_FILE": str(wrong)})
    assert done.code == 1 and "passphrase does not open" in done.err
    monkeypatch.delenv("RECOVERY_PASSPHRASE_FILE")
    assert cli("recovery-key").code == 1
    assert tree(tmp_path) == before


def test_save_writes_a_private_new_file(cli, journal_file, encrypted, tmp_path):
    target = tmp_path / "my recovery key.txt"
    done = cli("recovery-key", "--save", str(target))
    assert done.code == 0, done
    assert KEY.search(done.out) is None and str(target) in done.out
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    saved = target.read_text().strip()
    assert KEY.fullmatch(saved)
    assert reset(cli, tmp_path, saved).code == 0


@pytest.mark.parametrize(
    "where", ["existing", "journal", "journal via a link", "folder", "backup", "no folder"]
)
def test_save_never_over_a_file(cli, journal_file, encrypted, tmp_path, where):
    other = tmp_path / "notes.txt"
    other.write_text("my own notes\n")
    link = tmp_path / "link.json"
    link.symlink_to(journal_file)
    target = {
        "existing": other,
        "journal": journal_file,
        "journal via a link": link,
        "folder": tmp_path,
        "backup": backups.list_backups(journal_file)[0],
        "no folder": tmp_path / "missing" / "key.txt",
    }[where]
    before = tree(tmp_path)
    done = cli("recovery-key", "--save", str(target))
    # a file that is there (or a backup) is kept: not done (1); the journal or a
    # folder named as the file is bad input (2), as for every --save and --output
    assert done.code == (1 if where in ("no folder", "existing", "backup") else 2), done
    if where in ("existing", "journal", "backup"):
        assert str(target) in done.err  # the name as written, not capitalised
    assert done.err.count("\n") == 1 and done.out == ""
    assert tree(tmp_path) == before


def test_the_key_file_is_taken_back_when_the_journal_is_not_written(
    cli, journal_file, encrypted, tmp_path, monkeypatch
):
    from recovery_cli.storage import files

    real = files.atomic_write

    def refuse_journal(target, payload):
        if target == journal_file:
            raise OSError(28, "No space left on device")
        return real(target, payload)

    monkeypatch.setattr(files, "atomic_write", refuse_journal)
    target = tmp_path / "key.txt"
    before = journal_file.read_bytes()
    done = cli("recovery-key", "--save", str(target))
    assert done.code == 1, done
    assert not target.exists()
    assert journal_file.read_bytes() == before
    assert KEY.search(done.out + done.err) is None


def test_decrypt_removes_both_slots(cli, journal_file, encrypted, tmp_path):
    assert cli("decrypt").code == 0
    raw = journal_file.read_bytes()
    assert raw.startswith(b"{") and b"slots" not in raw
    done = reset(cli, tmp_path, encrypted)
    assert done.code == 1 and "is not encrypted" in done.err
    assert "recovery key" not in cli("doctor").out


def test_help_lists_the_command_and_the_option(cli):
    from recovery_cli.charts.output import strip_ansi  # FORCE_COLOR may colour help

    def help_of(*args: str) -> str:
        return strip_ansi(cli(*args, "--help").out)

    assert "recovery-key" in help_of()
    assert "--save" in help_of("recovery-key")
    assert "--recovery-key" in help_of("passwd")
    assert "gendannelsesnøgle" in help_of("--lang", "da", "recovery-key")


def test_a_key_file_others_can_open_is_pointed_out(cli, journal_file, encrypted, tmp_path):
    keyfile = key_file(tmp_path, encrypted)
    os.chmod(keyfile, 0o644)
    new = write_passphrase(tmp_path, "a third passphrase", "new")
    again = cli(
        "passwd",
        "--recovery-key",
        env={"RECOVERY_RECOVERY_KEY_FILE": str(keyfile), "RECOVERY_NEW_PASSPHRASE_FILE": str(new)},
    )
    assert again.code == 0, again
    assert "Other users on this computer can open the recovery key file" in again.err


def test_danish_words_follow_the_glossary():
    """DESIGN.md §3: the person's file is 'dagbog' (never 'journal') and one word,
    'gendannelsesnøgle', names the recovery key everywhere."""
    from recovery_cli.i18n import LANGUAGES
    from recovery_cli.i18n.po import parse_po
    from tests.conftest import LOCALE as folder

    danish = parse_po((folder / "da" / "encryption.po").read_text(encoding="utf-8"))
    assert set(danish) == set(
        parse_po((folder / "en" / "encryption.po").read_text(encoding="utf-8"))
    )
    assert LANGUAGES == ("en", "da")
    for key, text in danish.items():
        words = text.lower()
        assert "journal" not in words.replace("recovery-journal", ""), key
        if "nøgle" in words:
            assert "gendannelsesnøgle" in words, key


def test_a_key_file_that_cannot_be_written_changes_nothing(
    cli, journal_file, encrypted, tmp_path, monkeypatch
):
    from recovery_cli.storage import keyfile

    before = tree(tmp_path)

    def refuse(target, text):
        raise crypto.NotPossible("error.keys.save_not_allowed", path=str(target))

    monkeypatch.setattr(keyfile, "write_new", refuse)
    done = cli("recovery-key", "--save", str(tmp_path / "key.txt"))
    assert done.code == 1 and "cannot be saved" in done.err, done
    assert tree(tmp_path) == before  # no backup resealed, no snapshot, no journal write

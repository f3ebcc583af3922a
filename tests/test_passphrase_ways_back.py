"""Setting and giving a passphrase at a terminal, when it goes wrong: a wrong
passphrase (once from a file, three times typed) points to ``recovery passwd
--recovery-key``, the way back in when it is forgotten; two entries that do
not match are asked again, and after the last try the sentence says plainly
that nothing was changed and what to run - the same for init --encrypt,
encrypt, passwd and passwd --recovery-key, in English and Danish."""

from __future__ import annotations

import io
import os
import shutil
import sys

import pexpect
import pytest

from recovery_cli.storage import backups, crypto
from tests.conftest import finish, spaced
from tests.keys_util import KEY
from tests.safety_util import FIXTURES, PASSPHRASE, ROOT, tree, write_passphrase

WAY_BACK = "recovery passwd --recovery-key"


def spawn(*args: str) -> pexpect.spawn:
    """The command at a terminal, with the tests' cheap scrypt cost (tests/fastkdf.py);
    everything it shows is kept in ``child.logfile_read``."""
    env = {k: v for k, v in os.environ.items() if not k.endswith("_FILE")}
    child = pexpect.spawn(
        sys.executable,
        ["-m", "tests.fastkdf", *args],
        cwd=str(ROOT),
        env=env,
        encoding="utf-8",
        timeout=30,
        dimensions=(40, 100),
    )
    child.logfile_read = io.StringIO()
    return child


@pytest.fixture
def encrypted(cli, journal_file, tmp_path) -> str:
    """An encrypted journal; returns its recovery key."""
    secret = write_passphrase(tmp_path)
    env = {"RECOVERY_PASSPHRASE_FILE": str(secret)}
    assert cli("goal", "add", "Sleep better", env=env).code == 0
    done = cli("encrypt", env=env)
    assert done.code == 0, done
    secret.unlink()
    return KEY.findall(done.out)[0]


@pytest.mark.parametrize(
    ("language", "says"),
    [("en", "if you have forgotten it"), ("da", "har du glemt den")],
)
def test_a_wrong_passphrase_points_to_the_recovery_key(cli, encrypted, tmp_path, language, says):
    wrong = write_passphrase(tmp_path, "not the passphrase", "wrong")
    done = cli("--lang", language, "status", env={"RECOVERY_PASSPHRASE_FILE": str(wrong)})
    assert done.code == 1 and done.err.count("\n") == 1, done
    assert says in done.err and f"'{WAY_BACK}'" in done.err, done


def test_three_wrong_passphrases_at_a_terminal_end_with_the_way_back(cli, encrypted, journal_file):
    before = journal_file.read_bytes()
    child = spawn("--lang", "da", "status")
    for _ in range(3):
        child.expect("Adgangssætning til")
        child.sendline("not it at all")
    child.expect(spaced(f"har du glemt den, så sætter '{WAY_BACK}' en ny"))
    assert finish(child) == 1
    assert journal_file.read_bytes() == before


def test_a_journal_without_a_recovery_key_does_not_point_to_one(cli, journal_file, tmp_path):
    """A journal encrypted before key slots has no recovery key (QA 15)."""
    old = FIXTURES / "encrypted-v1"
    shutil.copytree(
        old, journal_file.parent, dirs_exist_ok=True, ignore=shutil.ignore_patterns("README.md")
    )
    for path in [journal_file, *backups.list_backups(journal_file)]:
        path.chmod(0o600)
    assert crypto.read_header(journal_file.read_bytes()).slot(crypto.RECOVERY) is None
    wrong = write_passphrase(tmp_path, "not the passphrase", "wrong")
    done = cli("status", env={"RECOVERY_PASSPHRASE_FILE": str(wrong)})
    assert done.code == 1 and "does not open the journal" in done.err, done
    assert "--recovery-key" not in done.err and "recovery doctor" in done.err


def _mismatch_three_times(child: pexpect.spawn, ask: str, again: str) -> str:
    """Two different entries, three times; what the terminal showed."""
    for _ in range(3):
        child.expect(ask)
        child.sendline("first version here")
        child.expect(again)
        child.sendline("second version here")
    return " ".join(finish_shown(child).split())


@pytest.mark.parametrize(
    ("args", "command"),
    [
        (("init", "--encrypt"), "recovery init --encrypt"),
        (("encrypt",), "recovery encrypt"),
        (("passwd",), "recovery passwd"),
        (("passwd", "--recovery-key"), "recovery passwd --recovery-key"),
    ],
)
def test_entries_that_do_not_match_are_asked_again_then_say_what_to_run(
    cli, journal_file, tmp_path, args, command
):
    """'let us try again' only when it does; the last time, what to run (QA 16)."""
    key = None
    if args[0] == "init":
        pass  # nothing there yet
    elif args[0] == "encrypt":
        assert cli("goal", "add", "Sleep better").code == 0
    else:
        secret = write_passphrase(tmp_path)
        env = {"RECOVERY_PASSPHRASE_FILE": str(secret)}
        assert cli("goal", "add", "Sleep better", env=env).code == 0
        key = KEY.findall(cli("encrypt", env=env).out)[0]
        secret.unlink()
    before = tree(tmp_path)
    child = spawn("--lang", "en", *args)
    if args == ("passwd",):
        child.expect("Passphrase for")
        child.sendline(PASSPHRASE)
    elif key is not None:
        child.expect("Recovery key for")
        child.sendline(key)
    shown = _mismatch_three_times(child, "New passphrase:", "Type it again:")
    assert shown.count("let us try again") == 2, shown
    assert shown.endswith(
        f"The two passphrases did not match, so nothing was changed; run '{command}' "
        "again when you are ready."
    ), shown
    assert tree(tmp_path) == before


def test_in_danish_and_when_the_last_one_is_too_short(cli, journal_file, tmp_path):
    assert cli("goal", "add", "Sove bedre").code == 0
    before = tree(tmp_path)
    child = spawn("--lang", "da", "encrypt")
    shown = _mismatch_three_times(child, "Ny adgangssætning:", "Skriv den igen:")
    assert shown.count("lad os prøve igen") == 2, shown
    assert shown.endswith("så intet blev ændret; kør 'recovery encrypt' igen, når du er klar.")
    child = spawn("--lang", "en", "encrypt")
    for _ in range(3):
        child.expect("New passphrase:")
        child.sendline("short")
    shown = " ".join(finish_shown(child).split())
    assert "did not match" not in shown, shown
    assert shown.endswith(
        "No new passphrase was set, so nothing was changed; run 'recovery encrypt' again "
        "when you are ready."
    ), shown
    assert tree(tmp_path) == before


def finish_shown(child: pexpect.spawn) -> str:
    """Everything the command showed, once it has ended (exit 1)."""
    child.expect(pexpect.EOF)
    shown = child.logfile_read.getvalue()
    child.close()
    assert child.exitstatus == 1, shown
    return shown

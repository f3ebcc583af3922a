"""RECOVERY_PASSPHRASE_FILE that other users can open: still used, and one line
on stderr suggests ``chmod 600`` (once per command, in the person's language)."""

from __future__ import annotations

import os

import pytest

from tests.safety_util import write_passphrase

HINT = "Other users on this computer can open the passphrase file"


@pytest.fixture
def secret(tmp_path, monkeypatch):
    path = write_passphrase(tmp_path, name="my passphrase")
    monkeypatch.setenv("RECOVERY_PASSPHRASE_FILE", str(path))
    return path


@pytest.fixture
def encrypted(cli, secret):
    assert cli("goal", "add", "Sleep better", "--position", "3").code == 0
    assert cli("backup").code == 0
    done = cli("encrypt")
    assert done.code == 0 and done.err == "", done
    return secret


@pytest.mark.parametrize("mode", [0o644, 0o640, 0o604, 0o660])
def test_a_file_others_can_open_is_used_and_pointed_out_once(cli, encrypted, mode):
    os.chmod(encrypted, mode)
    done = cli("status")
    assert done.code == 0, done
    assert done.err.count("\n") == 1 and done.err.startswith(HINT)
    assert done.err.rstrip().endswith(f"chmod 600 '{encrypted}'")  # quoted: it has a space
    checked = cli("doctor")  # reads the journal and every backup: still one line
    assert checked.err.count(HINT) == 1, checked


def test_a_private_file_says_nothing(cli, encrypted):
    done = cli("log", "1", "4")
    assert done.code == 0 and done.err == "", done


def test_the_hint_in_danish_and_for_a_new_passphrase(cli, encrypted, tmp_path, monkeypatch):
    os.chmod(encrypted, 0o644)
    da = cli("--lang", "da", "goal", "list")
    assert da.code == 0
    assert da.err.startswith("Andre brugere på denne computer kan åbne adgangssætningsfilen")
    os.chmod(encrypted, 0o600)
    new = write_passphrase(tmp_path, "another long enough passphrase", name="new")
    os.chmod(new, 0o644)
    monkeypatch.setenv("RECOVERY_NEW_PASSPHRASE_FILE", str(new))
    changed = cli("passwd")
    assert changed.code == 0, changed
    assert changed.err.count(HINT) == 1 and f"chmod 600 {new}" in changed.err

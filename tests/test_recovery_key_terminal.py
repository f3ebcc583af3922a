"""The recovery key at a real terminal (pexpect), in English and Danish: shown
once, typed back with three tries, Ctrl-C at any question saves nothing, and
no file ever holds the journal's words, the key or the passphrase."""

from __future__ import annotations

import os
import sys

import pexpect
import pytest

from recovery_cli.storage import crypto, recoverykey
from tests.conftest import finish, press_ctrl_c, spaced
from tests.keys_util import KEY
from tests.safety_util import PASSPHRASE, ROOT, files_containing, tree, write_passphrase

SENTINEL = "Sentinel-Osprey-3344"
NEW = "a new passphrase typed twice"


def spawn(*args: str) -> pexpect.spawn:
    """The command at a terminal, with the tests' cheap scrypt cost (tests/fastkdf.py)."""
    env = {k: v for k, v in os.environ.items() if not k.endswith("_FILE")}
    return pexpect.spawn(
        sys.executable,
        ["-m", "tests.fastkdf", *args],
        cwd=str(ROOT),
        env=env,
        encoding="utf-8",
        timeout=30,
        dimensions=(40, 100),
    )


@pytest.fixture
def encrypted(cli, journal_file, tmp_path) -> str:
    """An encrypted journal holding the sentinel; returns its recovery key."""
    secret = write_passphrase(tmp_path)
    env = {"RECOVERY_PASSPHRASE_FILE": str(secret)}
    assert cli("goal", "add", "Sleep better", "--note", SENTINEL, env=env).code == 0
    done = cli("encrypt", env=env)
    assert done.code == 0, done
    secret.unlink()  # from here on, everything is typed
    return KEY.findall(done.out)[0]


def nothing_leaked(folder, *secrets: str) -> None:
    for secret in (SENTINEL, PASSPHRASE, NEW, *secrets):
        assert files_containing(folder, secret.encode()) == [], secret


def test_init_shows_a_key_and_it_rescues_a_forgotten_passphrase(cli, journal_file, tmp_path):
    child = spawn("--lang", "en", "init", "--encrypt")
    child.expect("New passphrase:")
    child.sendline(PASSPHRASE)
    child.expect("Type it again:")
    child.sendline(PASSPHRASE)
    child.expect(spaced("shown only this once"))
    child.expect(KEY)
    key = child.after
    child.expect(spaced("anyone who holds it can open your journal"))
    assert finish(child) == 0
    assert crypto.read_header(journal_file.read_bytes()).slot("recovery") is not None

    child = spawn("passwd", "--recovery-key")
    child.expect("Recovery key for")
    child.sendline(key[:-1] + ("2" if key[-1] != "2" else "3"))  # one character off
    child.expect(r"has a typo [\s\S]*?;\s+2\s+more\s+tries\.")
    child.sendline(recoverykey.generate().grouped())  # a real key, but not this journal's
    child.expect(spaced("does not open the journal; 1 more try."))
    child.sendline(key.lower().replace("-", " "))
    child.expect("New passphrase:")
    child.sendline(NEW)
    child.expect("Type it again:")
    child.sendline(NEW)
    child.expect(spaced("now opens with your new passphrase"))
    child.expect(spaced("your recovery key still works"))
    assert finish(child) == 0
    unlocked = cli(
        "goal", "list", env={"RECOVERY_PASSPHRASE_FILE": str(write_passphrase(tmp_path, NEW, "p"))}
    )
    assert unlocked.code == 0
    (tmp_path / "p").unlink()
    nothing_leaked(tmp_path, key)


def test_three_wrong_keys_then_one_sentence_and_nothing_changed(
    cli, journal_file, encrypted, tmp_path
):
    before = tree(tmp_path)
    child = spawn("passwd", "--recovery-key")
    for _ in range(3):
        child.expect("Recovery key for")
        child.sendline(recoverykey.generate().grouped())
    child.expect(spaced("does not open the journal at"))
    assert finish(child) == 1
    assert tree(tmp_path) == before


def test_in_danish(cli, journal_file, encrypted, tmp_path):
    child = spawn("--lang", "da", "recovery-key")
    child.expect("Adgangssætning til")
    child.sendline(PASSPHRASE)
    child.expect(spaced("har fået en ny gendannelsesnøgle"))
    child.expect(spaced("Den tidligere gendannelsesnøgle åbner den ikke længere"))
    child.expect(KEY)
    key = child.after
    child.expect(spaced("alle, der har den, kan åbne din dagbog"))
    assert finish(child) == 0
    assert key != encrypted
    before = tree(tmp_path)
    child = spawn("--lang", "da", "passwd", "--recovery-key")
    for tries_left in ("2 forsøg tilbage", "1 forsøg tilbage"):
        child.expect("Gendannelsesnøgle til")
        child.sendline(key[:-2])
        child.expect(r"tastefejl[\s\S]*?" + spaced(tries_left))
    child.expect("Gendannelsesnøgle til")
    child.sendline(key + "X")
    child.expect(spaced("tjek den mod din kopi, intet blev ændret"))
    assert finish(child) == 2
    assert tree(tmp_path) == before
    nothing_leaked(tmp_path, key, encrypted)


# (command, answers typed before Ctrl-C); every question of every flow
CTRL_C = {
    "init, language": (("init", "--encrypt"), []),
    "init, first passphrase": (("init", "--encrypt"), [("speak", "da")]),
    "init, passphrase again": (
        ("init", "--encrypt"),
        [("speak", "en"), ("New passphrase:", PASSPHRASE)],
    ),
    "encrypt, first passphrase": (("encrypt",), []),
    "encrypt, passphrase again": (("encrypt",), [("New passphrase:", PASSPHRASE)]),
    "recovery-key, passphrase": (("recovery-key",), []),
    "recovery-key --save, passphrase": (("recovery-key", "--save", "KEYFILE"), []),
    "forgot, the key": (("passwd", "--recovery-key"), []),
    "forgot, new passphrase": (("passwd", "--recovery-key"), [("Recovery key", "KEY")]),
    "forgot, passphrase again": (
        ("passwd", "--recovery-key"),
        [("Recovery key", "KEY"), ("New passphrase:", NEW)],
    ),
    "passwd, new passphrase": (("passwd",), [("Passphrase for", PASSPHRASE)]),
}
_PLAIN = {
    "init, language",
    "init, first passphrase",
    "init, passphrase again",
    "encrypt, first passphrase",
    "encrypt, passphrase again",
}


@pytest.mark.parametrize("case", list(CTRL_C))
def test_ctrl_c_at_any_question_saves_nothing(cli, journal_file, tmp_path, case):
    args, answers = CTRL_C[case]
    key = ""
    if case.startswith("encrypt"):
        assert cli("goal", "add", "Sleep better", "--note", SENTINEL).code == 0
    elif not case.startswith("init"):
        secret = write_passphrase(tmp_path)
        env = {"RECOVERY_PASSPHRASE_FILE": str(secret)}
        assert cli("goal", "add", "Sleep better", "--note", SENTINEL, env=env).code == 0
        key = KEY.findall(cli("encrypt", env=env).out)[0]
        secret.unlink()
    assert (
        case not in _PLAIN
        or not journal_file.exists()
        or not crypto.is_sealed(journal_file.read_bytes())
    )
    keyfile = tmp_path / "saved-key.txt"
    args = tuple(str(keyfile) if a == "KEYFILE" else a for a in args)
    before = tree(tmp_path)
    child = spawn(*args)
    for prompt, answer in answers:
        child.expect(prompt)
        child.sendline(key if answer == "KEY" else answer)
    child.expect(
        [
            r"New passphrase:",
            r"Ny adgangssætning:",
            r"Type it again:",
            r"Passphrase for",
            r"Recovery key",
            r"speak\?",
        ]
    )
    press_ctrl_c(child)
    assert finish(child) == 130
    assert tree(tmp_path) == before
    assert not keyfile.exists()
    if key:
        nothing_leaked(tmp_path, key)

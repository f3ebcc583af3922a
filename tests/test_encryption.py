"""Encryption at rest: AES-256-GCM under scrypt; the passphrase never on the
command line; wrong passphrases and altered files change nothing and leak nothing."""

from __future__ import annotations

import json
import os
import sys

import pexpect
import pytest

from recovery_cli.storage import backups, crypto, keyslots
from tests.conftest import default_signals, spaced
from tests.safety_util import PASSPHRASE, ROOT, files_containing, tree, write_passphrase

SENTINEL = "Sentinel-Pelican-4711"


@pytest.fixture
def secret(tmp_path, monkeypatch):
    """A passphrase file in RECOVERY_PASSPHRASE_FILE (conftest makes scrypt cheap)."""
    path = write_passphrase(tmp_path)
    monkeypatch.setenv("RECOVERY_PASSPHRASE_FILE", str(path))
    return path


def _encrypted(cli, journal_file):
    assert cli("goal", "add", "Play football", "--position", "2").code == 0
    assert cli("goal", "add", "Sleep better", "--note", SENTINEL).code == 0
    assert cli("backup").code == 0
    done = cli("encrypt")
    assert done.code == 0, done
    return done


def test_encrypt_seals_journal_and_backups(cli, journal_file, secret, tmp_path):
    done = _encrypted(cli, journal_file)
    assert "now encrypted" in done.out and "backups are encrypted too" in done.out
    raw = journal_file.read_bytes()
    assert crypto.is_sealed(raw)
    header = json.loads(raw.split(b"\n")[1])
    assert header["cipher"] == "aes-256-gcm"
    assert [(slot["kind"], slot["kdf"]) for slot in header["slots"]] == [
        ("passphrase", "scrypt"),
        ("recovery", "hkdf-sha256"),
    ]
    assert all(crypto.is_sealed(p.read_bytes()) for p in backups.list_backups(journal_file))
    assert files_containing(tmp_path, SENTINEL.encode()) == []
    # every command opens it transparently
    assert "Sleep better" in cli("goal", "list").out
    assert cli("log", "1", "3").code == 0
    assert cli("doctor").code == 0
    assert cli("encrypt").code == 1  # already


def test_fresh_nonce_every_write(cli, journal_file, secret):
    _encrypted(cli, journal_file)
    nonces = set()
    for value in ("3", "4", "5"):
        assert cli("log", "1", value).code == 0
        nonces.add(crypto.read_header(journal_file.read_bytes()).nonce)
    assert len(nonces) == 3


def test_key_derived_once_per_command(cli, journal_file, secret, monkeypatch):
    _encrypted(cli, journal_file)
    calls = []
    real = keyslots.derive_passphrase
    monkeypatch.setattr(
        keyslots, "derive_passphrase", lambda p, params: (calls.append(1), real(p, params))[1]
    )
    assert cli("log", "1", "3").code == 0
    assert len(calls) == 1


def test_decrypt_and_passwd(cli, journal_file, secret, tmp_path, monkeypatch):
    _encrypted(cli, journal_file)
    new = write_passphrase(tmp_path, "a brand new passphrase", "new")
    changed = cli("passwd", env={"RECOVERY_NEW_PASSPHRASE_FILE": str(new)})
    assert changed.code == 0, changed
    assert "now open with the new passphrase" in changed.out
    assert cli("status").code == 1  # the old passphrase no longer opens it
    monkeypatch.setenv("RECOVERY_PASSPHRASE_FILE", str(new))
    for backup in backups.list_backups(journal_file):  # backups follow the new passphrase
        assert backups.check(
            backup.read_bytes(),
            backup,
            crypto.Keys(lambda p, a: "a brand new passphrase" if a == 0 else None),
        )
    plain = cli("decrypt")
    assert plain.code == 0, plain
    assert journal_file.read_bytes().startswith(b"{")
    assert crypto.is_sealed(backups.list_backups(journal_file)[-1].read_bytes())
    assert cli("decrypt").code == 1  # not encrypted


def test_passphrase_must_not_be_short(cli, journal_file, secret, tmp_path):
    assert cli("goal", "add", "Play football").code == 0
    short = write_passphrase(tmp_path, "short", "short")
    before = journal_file.read_bytes()
    done = cli("encrypt", env={"RECOVERY_PASSPHRASE_FILE": str(short)})
    assert done.code == 2 and "at least 8" in done.err
    assert journal_file.read_bytes() == before


def test_never_a_command_line_argument(cli, journal_file, secret):
    assert cli("goal", "add", "Play football").code == 0
    done = cli("encrypt", "--passphrase", PASSPHRASE)
    assert done.code == 2 and PASSPHRASE not in done.err


def test_no_terminal_no_file(cli, journal_file, secret, monkeypatch):
    _encrypted(cli, journal_file)
    monkeypatch.delenv("RECOVERY_PASSPHRASE_FILE")
    done = cli("status")
    assert done.code == 1 and "RECOVERY_PASSPHRASE_FILE" in done.err
    assert cli("decrypt").code == 1
    assert cli("encrypt").code == 1


def _salt_changed(raw: bytes) -> bytes:
    at = raw.index(b'"salt":"') + len(b'"salt":"')
    return raw[:at] + (b"B" if raw[at : at + 1] == b"A" else b"A") + raw[at + 1 :]


def _tampered(raw: bytes) -> dict[str, bytes]:
    end = raw.index(b"\n", len(crypto.MAGIC)) + 1
    body = raw[end:]
    header = raw[:end]
    return {
        "wrong passphrase": raw,
        "truncated ciphertext": raw[: end + len(body) // 2],
        "cut to the header": header,
        "salt changed": _salt_changed(raw),
        "cost changed": raw.replace(b'"n":1024', b'"n":2048', 1),
        "language changed": raw.replace(b'"language":"en"', b'"language":"da"', 1),
        "header unreadable": raw.replace(b'"kdf":"scrypt"', b'"kdf":"scrypz"', 1),
        "ciphertext byte flipped": raw[:-20] + bytes([raw[-20] ^ 1]) + raw[-19:],
        "tag byte flipped": raw[:-1] + bytes([raw[-1] ^ 0x80]),
        "magic only": crypto.MAGIC,
    }


def test_wrong_passphrase_and_altered_files_change_nothing(
    cli, journal_file, secret, tmp_path, capsys
):
    from tests.safety_util import figure

    _encrypted(cli, journal_file)
    wrong = write_passphrase(tmp_path, "not the passphrase", "wrong")
    raw = journal_file.read_bytes()
    cases = _tampered(raw)
    for name, content in cases.items():
        journal_file.write_bytes(content)
        before = tree(tmp_path)
        env = {"RECOVERY_PASSPHRASE_FILE": str(wrong)} if name == "wrong passphrase" else {}
        for args in (("status",), ("log", "1", "5"), ("decrypt",), ("passwd",)):
            done = cli(*args, env=env)
            assert done.code == 1, (name, args, done)
            assert len(done.err.strip().splitlines()) == 1, (name, done)
            assert str(journal_file) in done.err
            assert SENTINEL not in done.err + done.out
        assert tree(tmp_path) == before, name
        assert files_containing(tmp_path, SENTINEL.encode()) == []
    figure(
        capsys,
        f"encryption: {len(cases)} altered or locked files x 4 commands, "
        "all exit 1, nothing changed",
    )


def test_doctor_on_a_locked_journal_says_so(cli, journal_file, secret, tmp_path):
    _encrypted(cli, journal_file)
    wrong = write_passphrase(tmp_path, "not the passphrase", "wrong")
    done = cli("doctor", env={"RECOVERY_PASSPHRASE_FILE": str(wrong)})
    assert done.code == 1 and "does not open the journal" in done.out


def test_production_cost_is_owasp_and_no_setting_lowers_it(proc, journal_file, secret):
    """A real process writes scrypt N=2^17, r=8, p=1 into the passphrase slot; the
    environment variable the first release read for its tests is ignored."""
    assert proc("goal", "add", "Play football").returncode == 0
    done = proc("encrypt", env={"RECOVERY_TEST_SCRYPT_LOG2N": "10"})
    assert done.returncode == 0, done
    params = crypto.read_header(journal_file.read_bytes()).passphrase_params
    assert (params.n, params.r, params.p) == (2**17, 8, 1)
    assert len(params.salt) == 16


def test_plain_commands_do_not_import_cryptography(proc, journal_file):
    import subprocess

    assert proc("goal", "add", "Play football").returncode == 0

    code = (
        "import sys; from recovery_cli.cli import main\n"
        "try:\n main(['log', '1', '3'])\n"
        "except SystemExit: pass\n"
        "print('cryptography' in sys.modules)"
    )
    ran = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=os.environ.copy(),
    )
    assert ran.stdout.strip().splitlines()[-1] == "False", ran


def _spawn(*args: str, env: dict) -> pexpect.spawn:
    full = {**os.environ, **env}
    full.pop("RECOVERY_PASSPHRASE_FILE", None)
    return pexpect.spawn(
        sys.executable,
        ["-m", "tests.fastkdf", *args],
        cwd=str(ROOT),
        env=full,
        encoding="utf-8",
        timeout=30,
        preexec_fn=default_signals,
    )


def test_interactive_three_tries_then_one_sentence(cli, journal_file, secret):
    _encrypted(cli, journal_file)
    before = journal_file.read_bytes()
    child = _spawn("log", "1", "6", env={})
    for _ in range(3):
        child.expect("Passphrase for")
        child.sendline("not it at all")
    child.expect("does not open the journal")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 1
    assert journal_file.read_bytes() == before
    child = _spawn("log", "1", "6", env={})
    child.expect("Passphrase for")
    child.sendline("not it at all")
    child.expect("2 more tries")
    child.sendline("not it either")
    child.expect(r"; 1 more try\.")
    child.sendline(PASSPHRASE)
    child.expect("Logged #1")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0


def test_interactive_encrypt_asks_twice(cli, journal_file, secret):
    assert cli("goal", "add", "Play football").code == 0
    child = _spawn("encrypt", env={})
    child.expect("New passphrase:")
    child.sendline("first version here")
    child.expect("Type it again:")
    child.sendline("second version here")
    child.expect("did not match")
    child.expect("New passphrase:")
    child.sendline("same both times")
    child.expect("Type it again:")
    child.sendline("same both times")
    child.expect(spaced("now encrypted"))
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert crypto.is_sealed(journal_file.read_bytes())


def test_init_encrypted_from_the_first_write(cli, journal_file, secret, monkeypatch):
    from recovery_cli.storage import files

    written = []
    real = files.atomic_write
    monkeypatch.setattr(files, "atomic_write", lambda t, p: (written.append(p), real(t, p)))
    done = cli("--lang", "da", "init", "--encrypt")
    assert done.code == 0, done
    assert "er nu krypteret" in done.out
    assert written and all(crypto.is_sealed(payload) for payload in written)
    assert crypto.read_header(journal_file.read_bytes()).passphrase_params.n == 2**10
    assert cli("goal", "add", "Play football").code == 0
    assert "Play football" in cli("goal", "list").out


def test_doctor_tells_a_damaged_encrypted_journal_from_a_wrong_passphrase(
    cli, journal_file, secret, tmp_path
):
    _encrypted(cli, journal_file)
    good = journal_file.read_bytes()
    journal_file.write_bytes(good[:-30])  # cut short: the tag no longer matches
    damaged = journal_file.read_bytes()
    refused = cli("status")
    assert refused.code == 1 and "recovery doctor" in refused.err
    wrong = write_passphrase(tmp_path, "not the passphrase", "wrong")
    lost = cli("doctor", "--fix", "--yes", env={"RECOVERY_PASSPHRASE_FILE": str(wrong)})
    assert lost.code == 1 and "check the passphrase" in lost.out
    assert journal_file.read_bytes() == damaged
    found = cli("doctor")
    assert found.code == 1 and "journal file itself is damaged" in found.out
    fixed = cli("doctor", "--fix", "--yes")
    assert fixed.code == 0, fixed
    assert "Sleep better" in cli("goal", "list").out
    kept = backups.list_backups(journal_file)[-1]
    assert kept.read_bytes() == damaged


def test_an_encrypted_sync_conflict_copy_merges(cli, journal_file, secret, tmp_path):
    cli("goal", "add", "Walk by the lake", "--position", "3")
    assert cli("encrypt").code == 0
    conflict = tmp_path / "data" / "journal.sync-conflict-20261123-101500-ABC.json"
    conflict.write_bytes(journal_file.read_bytes())
    conflict.chmod(0o600)
    assert cli("log", "1", "4").code == 0  # this machine
    assert cli("--journal", str(conflict), "log", "1", "5").code == 0  # the other one
    assert b"Walk by the lake" not in conflict.read_bytes()
    done = cli("import", str(conflict))
    assert done.code == 0, done
    history = json.loads(cli("goal", "show", "1", "--json").out)["history"]
    assert sorted(p["position"] for p in history) == [3, 4, 5]
    assert b"Walk by the lake" not in journal_file.read_bytes()  # still encrypted

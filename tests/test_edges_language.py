"""A language code this version does not speak in the journal's meta (what a
newer version writing "de" would leave) never stops a command: it speaks
English, says so once, and doctor names the code."""

from __future__ import annotations

import orjson
import pytest

from tests.safety_util import load_plain, write_passphrase


def _set_language(journal_file, value) -> None:
    data = load_plain(journal_file)
    data["meta"]["1"]["language"] = value
    journal_file.write_bytes(orjson.dumps(data))


@pytest.mark.parametrize("code", ["de", 5, "klingon-tlh"])
def test_every_command_speaks_english_and_says_so_once(cli, journal_file, code):
    assert cli("goal", "add", "Play football").code == 0
    _set_language(journal_file, code)
    for args in (
        ("status",),
        ("goal", "list"),
        ("log", "1", "4"),
        ("goal", "show", "1"),
        ("chart",),
        ("export", "--format", "csv"),
    ):
        done = cli(*args)
        assert done.code == 0, (args, done)
        assert done.err.count("does not speak") == 1, (args, done)
        assert "Traceback" not in done.err
    assert "Play football" in cli("goal", "list").out
    assert load_plain(journal_file)["meta"]["1"]["language"] == code  # not changed behind the back


def test_doctor_names_the_code_and_init_saves_one(cli, journal_file):
    assert cli("goal", "add", "Play football").code == 0
    _set_language(journal_file, "de")
    found = cli("doctor")
    assert "'de'" in found.out and "Traceback" not in found.err + found.out
    assert cli("--lang", "da", "init").code == 0
    assert load_plain(journal_file)["meta"]["1"]["language"] == "da"
    assert "does not speak" not in cli("status").err


def test_an_encrypted_journal_in_an_unknown_language(cli, journal_file, tmp_path, monkeypatch):
    monkeypatch.setenv("RECOVERY_PASSPHRASE_FILE", str(write_passphrase(tmp_path)))
    assert cli("goal", "add", "Play football").code == 0
    _set_language(journal_file, "de")
    assert cli("encrypt").code == 0  # the header now carries "de" too
    assert b'"language":"de"' in journal_file.read_bytes()
    done = cli("status")
    assert done.code == 0 and "Play football" in done.out, done
    assert done.err.count("does not speak") == 1

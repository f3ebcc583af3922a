"""Start-up stays lean: each command imports only what it uses.

Timing is measured by bench/run.py, not here; these tests check the imports
that the benchmark showed to matter (rich ~60 ms, plotext, TinyDB, the lock,
cryptography)."""

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT

PROBE = """
import json, sys
from recovery_cli.cli.app import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
names = ("rich", "plotext", "tinydb", "recovery_cli.storage.lock", "cryptography",
         "recovery_cli.export", "recovery_cli.storage.crypto")
sys.stderr.write("\\nMODULES " + json.dumps({n: n in sys.modules for n in names}) + "\\n")
"""


def loaded(*args: str) -> dict[str, bool]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, *args], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    line = [x for x in done.stderr.splitlines() if x.startswith("MODULES ")][-1]
    return json.loads(line.removeprefix("MODULES "))


@pytest.fixture
def journal(proc, journal_file):
    proc("goal", "add", "Walk by the lake", "--position", "3")
    return journal_file


def test_version_imports_nothing_heavy(journal):
    assert not any(loaded("--version").values())


def test_log_pays_for_the_lock_and_tinydb_only(journal):
    found = loaded("log", "1", "4")
    assert found["tinydb"] and found["recovery_cli.storage.lock"]
    assert not (
        found["rich"]
        or found["plotext"]
        or found["cryptography"]
        or found["recovery_cli.export"]
        or found["recovery_cli.storage.crypto"]
    )


def test_reading_commands_need_no_tinydb_or_lock(journal):
    for args in (("goal", "list", "--json"), ("status", "--json"), ("chart",)):
        found = loaded(*args)
        assert not (
            found["tinydb"]
            or found["recovery_cli.storage.lock"]
            or found["cryptography"]
            or found["recovery_cli.storage.crypto"]
        ), args


def test_chart_draws_without_rich(journal):
    found = loaded("chart")
    assert found["plotext"] and not found["rich"]


def test_the_console_script_delivers_all_output_and_its_exit_code(proc, journal_file):
    """`recovery` ends with os._exit once the command is done: everything
    written must still arrive, and the exit code must be the command's."""
    exported = proc("--demo", "export", "--format", "json")
    assert exported.returncode == 0 and len(exported.stdout) > 16_000  # beyond one buffer
    assert json.loads(exported.stdout)["goals"]  # the whole document, flushed
    assert proc("goal", "add", "Walk by the lake").returncode == 0
    missing = proc("log", "99", "3")
    assert missing.returncode == 1 and len(missing.stderr.strip().splitlines()) == 1
    bad = proc("log", "1", "9")
    assert bad.returncode == 2 and bad.stderr.strip()


def test_a_measure_taken_with_its_answers_reads_once_and_needs_no_rich(journal):
    found = loaded("measure", "take", "checkin", "--answers", "5,5,5,5,5")
    assert not (found["rich"] or found["plotext"] or found["cryptography"])

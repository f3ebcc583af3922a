"""``import`` reads through a cap on the bytes it reads, and refuses what is not
a regular file (a device such as /dev/zero, a pipe) instead of reading forever
or waiting forever."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from recovery_cli.storage import exchange
from tests.conftest import run_process


def test_dev_zero_is_refused_at_once(proc, journal_file):
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero here")
    done = proc("import", "/dev/zero", timeout=15)
    assert done.returncode == 2 and done.stderr.count("\n") == 1, done
    assert "/dev/zero" in done.stderr and not journal_file.exists()


def test_a_pipe_is_refused_without_waiting(proc, journal_file, tmp_path):
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    done = run_process("import", str(fifo), timeout=15)  # today: blocks until killed
    assert done.returncode == 2 and str(fifo) in done.stderr, done


def test_the_cap_counts_the_bytes_read_not_the_size_the_file_claims(cli, journal_file, monkeypatch):
    claims_nothing = Path("/proc/self/maps")  # a regular file whose size says 0
    if not claims_nothing.exists() or claims_nothing.stat().st_size != 0:
        pytest.skip("no /proc here")
    monkeypatch.setattr(exchange, "MAX_IMPORT_BYTES", 64)
    done = cli("import", str(claims_nothing))
    assert done.code == 2 and "larger than" in done.err, done


def test_a_file_over_the_cap_is_refused(cli, journal_file, tmp_path, monkeypatch):
    big = tmp_path / "big.json"
    big.write_bytes(b"{" + b" " * 200 + b"}")
    monkeypatch.setattr(exchange, "MAX_IMPORT_BYTES", 100)
    done = cli("import", str(big))
    assert done.code == 2 and "larger than" in done.err, done

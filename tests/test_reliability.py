"""Reliability, proved with real processes: crashes (SIGKILL), two writers at once,
a disk that fills up part-way, and permissions under ``umask 000``.

Counts are chosen so the whole file runs in well under a minute on two cores;
each test prints the figures it reached.
"""

from __future__ import annotations

import json
import os
import random
import resource
import signal
import stat
import subprocess
import time
from pathlib import Path

import orjson

from recovery_cli.storage import backups, files
from tests.safety_util import WORKERS, figure, python, temps

CRASH_ROUNDS = 20
WRITES_PER_WRITER = 150
FILLER_POSITIONS = 1500


def _fill(journal: Path, count: int) -> None:
    """Give the journal some weight so a write takes a few milliseconds."""
    data = orjson.loads(journal.read_bytes())
    goal = next(iter(data["goals"].values()))["id"]
    table = data["positions"]
    start = max(int(k) for k in table) + 1 if table else 1
    for i in range(count):
        table[str(start + i)] = {
            "id": f"filler-{i}",
            "goal": goal,
            "value": 1 + i % 8,
            "when": "2026-01-01T00:00:00+00:00",
            "note": None,
            "helped": None,
            "by": None,
        }
    files.atomic_write(journal, orjson.dumps(data))


def _entries(journal: Path, prefix: str = "entry ") -> list[str]:
    data = orjson.loads(journal.read_bytes())
    return [
        doc["note"]
        for doc in data["positions"].values()
        if (doc.get("note") or "").startswith(prefix)
    ]


def _fill_notes(journal: Path, count: int, size: int) -> None:
    """Long notes: a bigger file to write, at little cost to read."""
    data = orjson.loads(journal.read_bytes())
    for i in range(count):
        data["notes"][str(i + 1)] = {
            "id": f"note-{i}",
            "text": "x" * size,
            "goal": None,
            "when": "2026-01-01T00:00:00+00:00",
            "prompt": None,
        }
    files.atomic_write(journal, orjson.dumps(data))


def test_crash_sigkill_at_random_moments(proc, journal_file, capsys):
    assert proc("goal", "add", "Crash test", "--position", "1").returncode == 0
    _fill_notes(journal_file, 200, 10_000)
    rng = random.Random(20261123)
    acked: set[int] = set()
    temps_left = 0
    for round_number in range(CRASH_ROUNDS):
        writer = python(
            str(WORKERS / "crash_writer.py"),
            str(journal_file),
            str(round_number * 100_000),
            stdout=subprocess.PIPE,
            text=True,
        )
        first = writer.stdout.readline()
        assert first.startswith("ack "), first
        time.sleep(rng.uniform(0.0, 0.2))
        writer.send_signal(signal.SIGKILL)
        rest = writer.stdout.read()
        writer.wait()
        writer.stdout.close()
        for line in (first + rest).splitlines(keepends=True):
            if line.startswith("ack ") and line.endswith("\n"):
                acked.add(int(line.split()[1]))
        # every round: it parses, every acknowledged entry is there, once
        entries = _entries(journal_file)
        assert len(entries) == len(set(entries)), "duplicate entries"
        assert {f"entry {n}" for n in acked} <= set(entries), "an acknowledged entry is lost"
        temps_left += len(temps(journal_file))
        after = proc("log", "1", "5")
        assert after.returncode == 0, after.stderr
        assert temps(journal_file) == []
    assert proc("doctor").returncode == 0
    size = journal_file.stat().st_size // 1024
    figure(
        capsys,
        f"crash: {CRASH_ROUNDS} SIGKILL rounds on a {size} KB journal, "
        f"{len(acked)} acknowledged entries all kept, {temps_left} kills mid-write "
        "left a temp file, each cleared by the next command",
    )


def test_two_writers_and_readers_at_once(proc, journal_file, tmp_path, capsys):
    assert proc("goal", "add", "Busy goal", "--position", "1").returncode == 0
    done = tmp_path / "writers-done"
    started = time.monotonic()
    readers = [
        python(
            str(WORKERS / "cli_loop.py"), f"until:{done}", *args, stdout=subprocess.PIPE, text=True
        )
        for args in (("status", "--json"), ("goal", "show", "1", "--json"))
    ]
    writers = [
        python(
            str(WORKERS / "cli_loop.py"),
            str(WRITES_PER_WRITER),
            "log",
            "1",
            "5",
            "--note",
            f"writer{w}-{{i}}",
            stdout=subprocess.PIPE,
            text=True,
        )
        for w in (1, 2)
    ]
    writer_codes = [json.loads(w.communicate(timeout=300)[0]) for w in writers]
    done.touch()
    reader_codes = [json.loads(r.communicate(timeout=60)[0]) for r in readers]
    seconds = time.monotonic() - started
    for codes in writer_codes + reader_codes:
        assert set(codes) == {0}, codes
    notes = _entries(journal_file, "writer")
    expected = {f"writer{w}-{i}" for w in (1, 2) for i in range(WRITES_PER_WRITER)}
    assert len(notes) == len(expected) and set(notes) == expected
    reads = sum(len(c) for c in reader_codes)
    figure(
        capsys,
        f"concurrency: 2 writers x {WRITES_PER_WRITER} logs + {reads} reads by 2 "
        f"readers in {seconds:.1f} s; all exit 0, all {len(notes)} entries present",
    )


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


def _limit_file_size(limit: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() fails with EFBIG instead

    return apply


def test_disk_full_part_way_changes_nothing(proc, journal_file, capsys):
    import sys

    from tests.safety_util import ROOT

    assert proc("goal", "add", "Full disk", "--position", "1").returncode == 0
    _fill(journal_file, FILLER_POSITIONS)
    size = journal_file.stat().st_size
    cases = {
        "the day's first backup": None,
        "the journal itself": lambda: backups.snapshot(journal_file, "manual"),
    }
    for name, prepare in cases.items():
        if prepare:
            prepare()
        before = journal_file.read_bytes()
        listing = _files(journal_file.parent)
        ran = subprocess.run(
            [sys.executable, "-m", "recovery_cli", "log", "1", "5"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            env=os.environ.copy(),
            preexec_fn=_limit_file_size(size // 2),
            timeout=60,
        )
        assert ran.returncode == 1, (name, ran)
        assert len(ran.stderr.strip().splitlines()) == 1 and "nothing was changed" in ran.stderr
        assert journal_file.read_bytes() == before, name
        assert temps(journal_file) == [], name
        assert _files(journal_file.parent) == listing, name
    figure(
        capsys,
        f"disk full: a {size // 1024} KB journal, writes cut at {size // 2048} KB "
        f"in {len(cases)} places; journal byte-for-byte unchanged, no temp file",
    )


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_private_under_umask_000(tmp_path, monkeypatch, capsys):
    import sys

    from tests.safety_util import ROOT, write_passphrase

    monkeypatch.delenv("RECOVERY_JOURNAL", raising=False)
    secret = write_passphrase(tmp_path)
    env = dict(os.environ)

    def run(*args: str, **extra) -> None:  # the cheap scrypt cost: tests/fastkdf.py
        ran = subprocess.run(
            [sys.executable, "-m", "tests.fastkdf", *args],
            cwd=ROOT,
            env={**env, **extra},
            capture_output=True,
            text=True,
            timeout=60,
            preexec_fn=lambda: os.umask(0),
        )
        assert ran.returncode == 0, ran

    run("goal", "add", "Private", "--position", "2")
    run("log", "1", "3")
    run("backup")
    run("encrypt", RECOVERY_PASSPHRASE_FILE=str(secret))
    journal = Path(os.environ["XDG_DATA_HOME"]) / "recovery-journal" / "journal.json"
    checked = {
        journal.parent: 0o700,
        journal: 0o600,
        journal.with_name("journal.json.lock"): 0o600,
        backups.backup_dir(journal): 0o700,
    }
    checked.update({p: 0o600 for p in backups.list_backups(journal)})
    for path, want in checked.items():
        assert _mode(path) == want, (path, oct(_mode(path)))
    # a temp file is private from its first byte, whatever the umask
    seen = []
    real_replace = os.replace

    def spy(src, dst):
        seen.append(_mode(Path(src)))
        return real_replace(src, dst)

    old = os.umask(0)
    try:
        monkeypatch.setattr(files.os, "replace", spy)
        files.atomic_write(tmp_path / "x.json", b"{}")
    finally:
        os.umask(old)
    assert seen == [0o600] and _mode(tmp_path / "x.json") == 0o600
    figure(
        capsys,
        f"permissions: under umask 000, {len(checked)} folders and files checked "
        "(0700 folders, 0600 journal, lock, backups, temp file)",
    )

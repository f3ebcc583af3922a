"""Power cuts, not only process crashes: every state a power cut could leave.

Each command below runs in-process while :class:`tests.crash_model.Recorder`
logs the file-system calls the storage layer makes (open, write, fsync,
rename, fsync of the folder, unlink, mkdir). After each of those steps, every
on-disk state a power cut could leave is built (un-synced file data lost or
half kept, un-synced folder changes undone in any combination) and checked:

- the journal is the old one or the new one, byte for byte (after the last
  step: the new one), so every acknowledged entry is there;
- every backup is whole (a content that was completely written under its name),
  and after the last step every file the command left is there;
- the next command starts cleanly: it removes leftover temp files, opens the
  journal (a damaged one is refused, as before) and writes.

The count of distinct states checked is printed with the test output.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import orjson
import pytest

from recovery_cli.storage import backups, codec, crypto, files
from recovery_cli.storage.store import new_journal_data, open_store
from tests.conftest import invoke
from tests.crash_model import Recorder, crash_points, materialise, snapshot
from tests.safety_util import PASSPHRASE, figure, write_passphrase

DAMAGED = b'{"meta": {"1": {"schema": 1}}, "goals": {"1": '


@dataclass
class Scenario:
    name: str
    prepare: Callable[[Path, Path], list[str]]  # (journal, tmp) -> the command to run
    sealed: bool = False


def _journal(journal: Path, tmp: Path) -> None:
    for args in (
        ("goal", "add", "Play football", "--position", "3"),
        ("note", "acknowledged before"),
    ):
        assert invoke(*args).code == 0, args


def _first_write(journal, tmp):
    return ["goal", "add", "Play football", "--position", "2"]


def _write(journal, tmp):
    _journal(journal, tmp)
    shutil.rmtree(backups.backup_dir(journal))  # so this is the day's first write: a backup
    return ["log", "1", "5", "--note", "acknowledged now"]


def _backup(journal, tmp):
    _journal(journal, tmp)
    shutil.rmtree(backups.backup_dir(journal), ignore_errors=True)  # the folder is made too
    return ["backup"]


def _import(journal, tmp):
    _journal(journal, tmp)
    other = tmp / "other.json"
    data = new_journal_data("en", "2026-01-01T00:00:00+00:00")
    data["notes"]["1"] = {
        "id": "11111111-2222-4333-8444-555555555555",
        "text": "imported",
        "goal": None,
        "when": "2026-01-02T00:00:00+00:00",
        "prompt": None,
    }
    other.write_bytes(orjson.dumps(data))
    return ["import", str(other)]


def _encrypt(journal, tmp):
    _journal(journal, tmp)
    assert invoke("backup").code == 0
    assert invoke("log", "1", "4").code == 0
    return ["encrypt"]


def _doctor_restore(journal, tmp):
    _journal(journal, tmp)
    assert invoke("backup").code == 0
    journal.write_bytes(DAMAGED)
    return ["doctor", "--fix", "--yes"]


def _restore(journal, tmp):
    _journal(journal, tmp)
    made = invoke("backup")
    assert made.code == 0
    assert invoke("note", "written after the backup").code == 0
    return [
        "backup",
        "restore",
        backups.backup_id(journal, backups.list_backups(journal)[-1]),
        "--yes",
    ]


def _doctor_repair(journal, tmp):
    _journal(journal, tmp)
    data = orjson.loads(journal.read_bytes())
    for doc in data["notes"].values():
        doc["goal"] = "a-goal-that-is-gone"
    journal.write_bytes(orjson.dumps(data))
    return ["doctor", "--fix"]


SCENARIOS = [
    Scenario("first write", _first_write),
    Scenario("write", _write),
    Scenario("backup", _backup),
    Scenario("import", _import),
    Scenario("encrypt", _encrypt, sealed=True),
    Scenario("doctor --fix restore", _doctor_restore),
    Scenario("doctor --fix repair", _doctor_repair),
    Scenario("backup restore", _restore),
]


def _temp(name: str) -> bool:
    return files.TEMP_MARK in name


def _keys() -> crypto.Keys:
    return crypto.Keys(lambda _path, attempt: PASSPHRASE if attempt == 0 else None)


def _opens(raw: bytes, keys) -> bool:
    try:
        codec.load(raw, "state", keys, ask=True)
    except codec.JournalDamaged:
        return False
    return True


class Checker:
    """Checks the states of one scenario; counts them, and the distinct ones."""

    def __init__(self, tmp: Path, before: dict, after: dict, whole: dict) -> None:
        self.tmp, self.before, self.after, self.whole = tmp, before, after, whole
        self.keys = _keys()
        self.seen: set[str] = set()
        self.count = 0

    def check(self, tree: dict, last: bool, step: int) -> None:
        self.count += 1
        key = hashlib.sha256(repr(sorted(tree.items())).encode()).hexdigest() + str(last)
        if key in self.seen:
            return
        self.seen.add(key)
        where = f"after step {step}, state {sorted(k for k in tree if tree[k] is not None)}"
        journal = tree.get("journal.json")
        allowed = [self.after.get("journal.json")]
        if not last:
            allowed.append(self.before.get("journal.json"))
        assert journal in allowed, (
            f"the acknowledged journal is lost {where}"
            if last
            else f"the journal is neither the old one nor the new one {where}"
        )
        if journal is not None and journal != DAMAGED:
            assert _opens(journal, self.keys), where
        for name, content in tree.items():
            if content is not None and name.startswith("backups/") and not _temp(name):
                assert content in self.whole.get(name, set()), f"{name} not whole {where}"
        if last:
            for name, content in self.after.items():
                if not _temp(name):
                    assert tree.get(name) == content, f"{name} lost {where}"
        self._next_command(tree, where)

    def _next_command(self, tree: dict, where: str) -> None:
        root = self.tmp / f"state-{len(self.seen)}"
        materialise(tree, root)
        journal = root / "journal.json"
        try:
            with open_store(
                journal, write=True, keys=self.keys, new_data=new_journal_data("en", "")
            ) as store:
                store.storage.data["notes"]["next"] = {"id": "next"}
                store.storage.changed = True
        except codec.JournalDamaged:
            assert tree.get("journal.json") == DAMAGED, where
        else:
            raw = journal.read_bytes()
            data, _ = codec.load(raw, journal, self.keys)
            assert "next" in data["notes"], where
        left = [p.name for p in root.rglob("*") if _temp(p.name)]
        assert not left, f"leftover temp files {left} {where}"
        shutil.rmtree(root)


def run_scenario(scenario: Scenario, tmp: Path, monkeypatch) -> tuple[int, int, int]:
    """(steps recorded, states checked, distinct states checked)."""
    data = tmp / "data"
    data.mkdir()
    journal = data / "journal.json"
    monkeypatch.setenv("RECOVERY_JOURNAL", str(journal))
    if scenario.sealed:
        monkeypatch.setenv("RECOVERY_PASSPHRASE_FILE", str(write_passphrase(tmp)))
    command = scenario.prepare(journal, tmp)
    before_tree = snapshot(data)
    recorder = Recorder(data)
    with monkeypatch.context() as patch:
        recorder.install(patch)
        done = invoke(*command)
        recorder.active = False
    assert done.code == 0, (scenario.name, done)
    after, _ = snapshot(data)
    steps = recorder.steps
    assert steps, scenario.name
    points = list(crash_points(before_tree, steps))
    checker = Checker(tmp, before_tree[0], after, points[-1][1].whole)
    with monkeypatch.context() as patch:
        patch.setattr(os, "fsync", lambda fd: None)  # checking states, not making them durable
        for number, model in crash_points(before_tree, steps):
            last = number == len(steps)
            for tree in model.states():
                checker.check(tree, last, number)
    return len(steps), checker.count, len(checker.seen)


@pytest.mark.parametrize("scenario", SCENARIOS, ids=[s.name for s in SCENARIOS])
def test_every_state_a_power_cut_can_leave(scenario, tmp_path, monkeypatch, capsys, request):
    steps, states, distinct = run_scenario(scenario, tmp_path, monkeypatch)
    text = (
        f"crash states, {scenario.name}: {distinct} distinct states ({states} in all) "
        f"after {steps} recorded steps, each checked"
    )
    figure(capsys, text)  # shown in the plain output
    request.node.add_report_section("call", "crash states", text)  # and with -rA, -n 2

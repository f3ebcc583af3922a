"""A damaged journal is never overwritten nor treated as new: exit 1, one sentence
naming the file and ``recovery doctor``, the file byte-for-byte unchanged, no new
files; ``recovery doctor`` looks without changing anything."""

from __future__ import annotations

import random

import pytest

from tests.safety_util import figure, tree

GOOD_COMMANDS = [
    ("status",),
    ("goal", "list"),
    ("goal", "show", "1"),
    ("log", "1", "5"),
    ("goal", "add", "Another goal"),
    ("resource", "add", "Patience"),
    ("goal", "pause", "1"),
]


def _damages(good: bytes) -> dict[str, bytes]:
    return {
        "truncated": good[: len(good) // 2],
        "first byte flipped": bytes([good[0] ^ 0x20]) + good[1:],
        "quote flipped": good.replace(b'"', b"'", 1),
        "junk appended": good + b"\x00garbage}}",
        "NUL bytes": good[:40] + b"\0" * 64 + good[40:],
        "wrong shape: a list": b"[1, 2, 3]",
        "wrong shape: no meta": b'{"goals": {}}',
        "wrong shape: tables not dicts": b'{"meta": {"1": {"schema": 1}}, "goals": []}',
        "wrong shape: no schema": b'{"meta": {"1": {"language": "en"}}}',
        "empty file": b"",
        "only whitespace": b" \n\t\n",
        "invalid UTF-8": good.replace(b"Play", b"Pl\xff\xfe", 1),
    }


@pytest.fixture
def good(cli, journal_file):
    assert cli("goal", "add", "Play football", "--position", "2").code == 0
    return journal_file.read_bytes()


def test_damaged_journal_is_left_exactly_as_it_is(cli, journal_file, good, tmp_path, capsys):
    cases = _damages(good)
    runs = 0
    for name, content in cases.items():
        journal_file.write_bytes(content)
        before = tree(journal_file.parent)
        for args in GOOD_COMMANDS:
            done = cli(*args)
            runs += 1
            assert done.code == 1, (name, args, done)
            lines = done.err.strip().splitlines()
            assert len(lines) == 1, (name, args, done)
            assert str(journal_file) in lines[0] and "recovery doctor" in lines[0], (name, done)
            assert done.out == ""
        assert tree(journal_file.parent) == before, name
        looked = cli("doctor")
        assert looked.code == 1, (name, looked)
        assert tree(journal_file.parent) == before, name
    figure(
        capsys,
        f"damage: {len(cases)} kinds of damage x {len(GOOD_COMMANDS)} commands "
        f"({runs} runs) plus doctor: all exit 1, every file unchanged",
    )


def test_a_broken_record_is_named_and_kept(cli, journal_file, good):
    """A record that breaks the rules stops the commands that need it and is kept,
    byte for byte, by the ones that do not; doctor names it."""
    assert b'"value":2' in good
    journal_file.write_bytes(good.replace(b'"value":2', b'"value":"two"', 1))
    for args in (("status",), ("log", "1", "5"), ("goal", "show", "1")):
        done = cli(*args)
        assert done.code == 1 and "recovery doctor" in done.err, (args, done)
    assert cli("goal", "add", "Another goal").code == 0
    assert b'"value":"two"' in journal_file.read_bytes()
    assert "Record 1 in positions" in cli("doctor").out


def test_random_flips_never_lose_data(cli, journal_file, good, capsys):
    """Any single flipped bit: the command works on a journal that still reads, or it
    refuses and leaves the file as it was; never a traceback, never exit 2."""
    assert cli("resource", "add", "Played as a kid", "--goal", "1").code == 0
    assert cli("support", "add", "My brother", "--how", "Drives me").code == 0
    good = journal_file.read_bytes()
    rng = random.Random(4711)
    outcomes = {0: 0, 1: 0}
    for _ in range(80):
        at = rng.randrange(len(good))
        flipped = good[:at] + bytes([good[at] ^ (1 << rng.randrange(8))]) + good[at + 1 :]
        journal_file.write_bytes(flipped)
        done = cli("log", "1", "5")
        assert done.code in (0, 1), (at, done)
        outcomes[done.code] += 1
        if done.code == 1:
            assert journal_file.read_bytes() == flipped
        else:
            assert cli("status").code == 0
    figure(
        capsys,
        f"damage: 80 random bit flips: {outcomes[0]} still a valid journal, "
        f"{outcomes[1]} refused with the file unchanged",
    )


def test_damage_through_a_real_process(proc, journal_file, good):
    journal_file.write_bytes(good[:-7])
    before = journal_file.read_bytes()
    ran = proc("log", "1", "4")
    assert ran.returncode == 1 and ran.stdout == ""
    assert ran.stderr.count("\n") == 1 and "recovery doctor" in ran.stderr
    assert "Traceback" not in ran.stderr
    assert journal_file.read_bytes() == before

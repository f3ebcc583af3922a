"""Taking a measure for real: ``python -m recovery_cli measure take`` in a
pseudo-terminal, in English and in Danish; Ctrl-C and Ctrl-D save nothing."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from recovery_cli.definitions import example_text
from tests.conftest import press_ctrl_c

pexpect = pytest.importorskip("pexpect")

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 30  # a loaded machine (CI under -n 2) can be slow to start a process


@pytest.fixture
def brought(cli, journal_file, tmp_path):
    path = tmp_path / "everyday.toml"
    path.write_bytes(example_text())
    assert cli("measure", "add", str(path)).code == 0
    return journal_file


def _spawn(*args: str):
    return pexpect.spawn(
        sys.executable,
        ["-m", "recovery_cli", *args],
        cwd=str(ROOT),
        env={**os.environ, "COLUMNS": "100"},
        encoding="utf-8",
        timeout=TIMEOUT,
        dimensions=(50, 200),
    )


def _answer(child, question: str, answer: str) -> None:
    child.expect_exact(question)
    child.sendline(answer)


def _finish(child) -> str:
    child.expect(pexpect.EOF)
    child.close()
    return child.before


def _results(journal_file) -> list[dict]:
    data = json.loads(journal_file.read_text())
    return [r for r in data["results"].values() if r["measure"] == "everyday"]


def test_a_whole_measure_in_english(brought):
    child = _spawn("measure", "take", "everyday")
    child.expect_exact("Everyday footing")
    child.expect_exact("Licence: Part of recovery-journal")  # the first time it is taken
    child.expect_exact("The answers: 0 not at all · 1 a little · 2 some of the time")
    _answer(child, "1/6 I have slept well enough to get through my days. (0-4):", "?")
    child.expect_exact("The answers: 0 not at all")  # ? shows the scale again
    _answer(child, "1/6 I have slept", "3")
    # an item's CHIME domain after its text, in brackets, as measure show has it
    _answer(child, "2/6 I have gone out for something I chose myself. (Empowerment) (0-4):", "9")
    child.expect_exact("'9' is not an answer here; use a whole number from 0 to 4.")
    _answer(child, "2/6 I have gone out for something I chose myself. (Empowerment)", "4")
    _answer(child, "3/6 I have talked with someone I like. (Connectedness)", "")  # Enter skips
    _answer(child, "4/6 I have done something I enjoy. (Meaning) (0-4):", "2")
    _answer(child, "5/6 Worries have filled my days. (0-4):", "1")
    _answer(child, "6/6 I have felt able to handle what came up. (Hope)", "3")
    _answer(child, "Anything you want to add? (Enter to skip)", "A calm month")
    child.expect_exact("2. I have gone out for something I chose myself (Empowerment): 4")
    child.expect_exact("3. I have talked with someone I like (Connectedness): skipped")
    child.expect_exact("Score: 18 (from 0 to 24).")
    _answer(child, "Save this in your journal? (Y/n)", "")
    tail = _finish(child)
    assert child.exitstatus == 0, tail
    assert "Saved “Everyday footing” for" in tail and "score 18" in tail
    (saved,) = _results(brought)
    assert saved["answers"] == {
        "sleep": 3,
        "out": 4,
        "contact": None,
        "enjoy": 2,
        "worry": 1,
        "handle": 3,
    }
    assert (saved["score"], saved["note"], saved["version"]) == (18, "A calm month", "1")


def test_ctrl_c_saves_nothing(brought):
    before = brought.read_bytes()
    child = _spawn("measure", "take", "everyday")
    _answer(child, "1/6 I have slept", "3")
    child.expect_exact("2/6")
    press_ctrl_c(child)
    tail = _finish(child)
    assert child.exitstatus == 130
    assert "Stopped; nothing was saved." in tail and "Traceback" not in tail
    assert brought.read_bytes() == before


def test_saying_no_at_the_summary_saves_nothing(brought):
    before = brought.read_bytes()
    child = _spawn("measure", "take", "everyday", "--note", "from the command line")
    for number in range(1, 7):
        _answer(child, f"{number}/6", "2")
    child.expect_exact("Note: from the command line")
    _answer(child, "Save this in your journal? (Y/n)", "n")
    tail = _finish(child)
    assert child.exitstatus == 0 and "Nothing was saved" in tail, tail
    assert brought.read_bytes() == before


def test_a_whole_measure_in_danish_and_ctrl_d(brought):
    child = _spawn("--lang", "da", "measure", "take", "everyday")
    child.expect_exact("Fodfæste i hverdagen")
    child.expect_exact("Tænk på de sidste to uger.")
    child.expect_exact("Svarene: 0 slet ikke · 1 lidt · 2 noget af tiden")
    _answer(child, "1/6 Jeg har sovet godt nok til at klare mine dage. (0-4):", "2")
    asked = "2/6 Jeg er gået ud for at gøre noget, jeg selv havde valgt. (Empowerment) (0-4):"
    _answer(child, asked, "x")
    child.expect_exact("'x' er ikke et svar her; brug et helt tal fra 0 til 4.")
    _answer(child, asked, "3")
    _answer(child, "3/6 Jeg har talt med en, jeg holder af. (Forbundethed) (0-4):", "2")
    for number in range(4, 7):
        _answer(child, f"{number}/6", "2")
    _answer(child, "Er der noget, du vil tilføje? (Enter springer over)", "")
    child.expect_exact("3. Jeg har talt med en, jeg holder af (Forbundethed): 2")
    child.expect_exact("Score: 13 (fra 0 til 24).")
    _answer(child, "(J/n)", "j")
    tail = _finish(child)
    assert child.exitstatus == 0, tail
    assert "Gemt: »Fodfæste i hverdagen« den" in tail
    assert [r["score"] for r in _results(brought)] == [13]
    before = brought.read_bytes()
    again = _spawn("--lang", "da", "measure", "take", "everyday")
    _answer(again, "1/6 Jeg har sovet", "2")
    again.expect_exact("2/6")
    again.sendeof()
    tail = _finish(again)
    assert again.exitstatus == 130 and "Stoppet; intet blev gemt." in tail
    assert brought.read_bytes() == before


def test_the_checkin_at_a_danish_terminal(journal_file):
    child = _spawn("--lang", "da", "checkin")
    child.expect_exact("CHIME-indtjekning")
    child.expect_exact("Svarene: 1 næsten ikke · 2 meget lidt")
    _answer(child, "1/5 Forbundethed – Hvor tæt på andre mennesker", "5")
    _answer(child, "2/5 Håb –", "")
    _answer(child, "3/5 Identitet –", "?")
    child.expect_exact("8 rigtig meget")
    _answer(child, "3/5 Identitet –", "6")
    _answer(child, "4/5 Mening –", "")
    _answer(child, "5/5 Empowerment", "3")
    _answer(child, "Er der noget, du vil tilføje?", "Rolig uge")
    child.expect_exact("1. Forbundethed: 5 (en del)")
    _answer(child, "(J/n)", "")
    tail = _finish(child)
    assert child.exitstatus == 0, tail
    (saved,) = json.loads(journal_file.read_text())["results"].values()
    assert (saved["measure"], saved["note"]) == ("checkin", "Rolig uge")
    assert {k: v for k, v in saved["answers"].items() if v} == {
        "connectedness": 5,
        "identity": 6,
        "empowerment": 3,
    }

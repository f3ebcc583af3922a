"""The course at a real terminal (80x24, as on a projector): Enter goes on,
b goes back, q and Ctrl-C stop with a line saying how to go on, exit 0. The
keys are single keys, as the footer shows them: no Enter after b or q."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tests.conftest import press_ctrl_c

pexpect = pytest.importorskip("pexpect")

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 30


def _spawn(*args: str):
    env = {**os.environ, "COLUMNS": "80", "LINES": "24"}
    return pexpect.spawn(
        sys.executable,
        ["-m", "recovery_cli", *args],
        cwd=str(ROOT),
        env=env,
        encoding="utf-8",
        timeout=TIMEOUT,
        dimensions=(24, 80),
    )


def _finish(child) -> str:
    child.expect(pexpect.EOF)
    child.close()
    return child.before


def test_enter_back_and_q(journal_file):
    child = _spawn("course", "--person", "anna")
    child.expect_exact("1/7  What personal recovery is")
    child.expect_exact("Enter: next · q: quit")
    child.sendline("")
    child.expect_exact("Clinical and personal recovery")
    child.expect_exact("Enter: next · b: back · q: quit")
    child.send("b")
    child.expect_exact("A life that makes sense to you")
    child.sendline("")
    child.expect_exact("Clinical and personal recovery")
    child.sendline("")
    child.expect_exact("2/7  CHIME")
    child.send("q")
    rest = _finish(child)
    assert "You stopped in chapter 2, “CHIME: five things that matter”." in rest
    assert "recovery course --person anna --chapter chime" in rest
    assert child.exitstatus == 0


def test_ctrl_c_stops_quietly_and_the_chapter_resumes(journal_file):
    child = _spawn("--lang", "da", "course", "--chapter", "kontinuum")
    child.expect_exact("5/7  Fra langt væk til tæt på")
    child.expect_exact("Enter: videre · q: afslut")
    press_ctrl_c(child)
    rest = _finish(child)
    assert "Du stoppede i kapitel 5" in rest
    assert "recovery --lang da course --chapter kontinuum" in rest
    assert "Traceback" not in rest and child.exitstatus == 0


def test_enter_to_the_end(journal_file):
    child = _spawn("course", "--chapter", "journey", "--person", "birgit")
    child.expect_exact("6/7  Birgit's journey")
    for _ in range(40):
        index = child.expect_exact(["Enter: next", "Enter: finish"])
        child.sendline("")
        if index == 1:
            break
    rest = _finish(child)
    assert "That was the last page." in rest and child.exitstatus == 0


def test_single_keys_without_enter_in_danish(journal_file):
    child = _spawn("--lang", "da", "course", "--chapter", "kontinuum")
    child.expect_exact("5/7  Fra langt væk til tæt på")
    child.expect_exact("Enter: videre · q: afslut")
    child.send(" ")  # Space goes on, as Enter does
    child.expect_exact("Enter: videre · b: tilbage · q: afslut")
    child.send("B")  # no Enter: back at once
    child.expect_exact("Enter: videre · q: afslut")
    child.send("\x1b[C")  # the right arrow goes on
    child.expect_exact("Enter: videre · b: tilbage · q: afslut")
    child.send("x")  # a key with no meaning here does nothing
    child.send("\x1b[D")  # the left arrow goes back
    child.expect_exact("Enter: videre · q: afslut")
    child.send("q")
    rest = _finish(child)
    assert "Du stoppede i kapitel 5" in rest
    # the terminal is itself again: the last lines end as a terminal ends them
    assert "\r\n" in rest.split("Du stoppede", 1)[1]
    assert child.exitstatus == 0


def test_q_alone_quits_in_english(journal_file):
    child = _spawn("course", "--chapter", "continuum")
    child.expect_exact("Enter: next · q: quit")
    child.send("q")
    rest = _finish(child)
    assert "You stopped in chapter 5" in rest and child.exitstatus == 0

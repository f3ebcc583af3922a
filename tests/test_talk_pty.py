"""The guide for real: ``python -m recovery_cli guide`` in a pseudo-terminal.

Few and fast: one full session, one stopped with Ctrl-C, one in Danish ended
with Ctrl-D.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest

from tests.conftest import default_signals, press_ctrl_c

pexpect = pytest.importorskip("pexpect")

ROOT = Path(__file__).resolve().parent.parent
TIMEOUT = 15


def _spawn(*args: str):
    child = pexpect.spawn(
        sys.executable,
        ["-m", "recovery_cli", *args],
        cwd=str(ROOT),
        env={**os.environ, "COLUMNS": "100"},
        encoding="utf-8",
        timeout=TIMEOUT,
        dimensions=(50, 200),
        preexec_fn=default_signals,
    )
    return child


def _answer(child, question: str, answer: str) -> None:
    child.expect_exact(question)
    child.sendline(answer)


def _finish(child) -> str:
    child.expect(pexpect.EOF)
    child.close()
    return child.before


def test_full_guide_session_creates_exactly_what_was_answered(journal_file):
    child = _spawn("guide")
    for question, answer in (
        ("What matters to you in your everyday life?", "Playing football with others"),
        ("What gets in the way?", ""),
        ("Put it as a goal, in your own words", "Play on a local football team"),
        ("Type the letters, for example c,i,m:", "c,i,m"),
        ("Where are you now, from 1 (far away) to 8 (close)?", "?"),
        ("Where are you now, from 1 (far away) to 8 (close)?", "2"),
        ("what will it look like when you get there?", "I train every Tuesday"),
        ("Roughly when would you like to be there?", "6m"),
        ("What needs to change", ""),
        ("A strength, an experience or a resource:", "Played football as a kid"),
        ("Is that 1 strength", "experience"),
        ("Another one? (Enter when done)", ""),
        ("Who supports you (a name", "My brother"),
        ("How does My brother help?", "Drives me to training"),
        ("Who is My brother to you", "family"),
        ("Someone else? (Enter when done)", ""),
        ("How do we work together on it", ""),
        ("Save this in your journal? (Y/n)", "y"),
    ):
        _answer(child, question, answer)
    tail = _finish(child)
    assert child.exitstatus == 0, tail
    assert "Added goal #1: Play on a local football team" in tail
    data = json.loads(journal_file.read_text())
    (goal,) = data["goals"].values()
    assert (
        goal["title"],
        goal["chime"],
        goal["vision"],
        goal["horizon"],
        goal["change"],
        goal["collaboration"],
    ) == (
        "Play on a local football team",
        ["connectedness", "identity", "meaning"],
        "I train every Tuesday",
        "6m",
        None,
        None,
    )
    assert [(p["goal"], p["value"]) for p in data["positions"].values()] == [(goal["id"], 2)]
    assert [(r["text"], r["kind"], r["goal"]) for r in data["resources"].values()] == [
        ("Played football as a kid", "experience", goal["id"])
    ]
    assert [(s["who"], s["kind"], s["how"], s["goal"]) for s in data["supports"].values()] == [
        ("My brother", "family", "Drives me to training", goal["id"])
    ]
    assert [(n["prompt"], n["text"]) for n in data["notes"].values()] == [
        ("matter1", "Playing football with others")
    ]
    assert not data["results"]  # no check-in (nor any measure) was taken


def test_ctrl_c_mid_way_leaves_the_journal_byte_for_byte(cli, journal_file):
    cli("goal", "add", "Sleep well", "--position", "3")
    before = journal_file.read_bytes()
    child = _spawn("guide")
    _answer(child, "What matters to you in your everyday life?", "Rest")
    _answer(child, "What gets in the way?", "Noise")
    _answer(child, "Put it as a goal, in your own words", "Quiet evenings")
    child.expect_exact("Type the letters")
    press_ctrl_c(child)
    tail = _finish(child)
    assert child.exitstatus == 130
    assert "Stopped; nothing was saved." in tail and "Traceback" not in tail
    assert journal_file.read_bytes() == before


def test_danish_guide_speaks_danish_and_end_of_input_saves_nothing(journal_file):
    child = _spawn("--lang", "da", "guide")
    child.expect_exact("Lad os tale det igennem")
    _answer(child, "Hvad betyder noget for dig i din hverdag?", "At gå ture")
    _answer(child, "Hvad står i vejen?", "")
    _answer(child, "Formulér det som et mål med dine egne ord", "Gå en tur hver dag")
    child.expect_exact("Vil det give dig noget at se frem til? – Håb")
    _answer(child, "Skriv bogstaverne, for eksempel f,i,m:", "h")
    _answer(child, "Hvor er du nu, fra 1 (langt væk) til 8 (tæt på)?", "?")
    child.expect_exact("langt væk")
    child.expect_exact("Hvor er du nu")
    child.sendeof()
    tail = _finish(child)
    assert child.exitstatus == 130
    assert "Stoppet; intet blev gemt." in tail
    assert not journal_file.exists()

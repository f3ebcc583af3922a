"""``recovery status``: the dashboard, rendered at fixed widths."""

from __future__ import annotations

import json

import pytest

from tests.charts_seed import FOOTBALL, seed

ESC = "\x1b"


def colour_codes(text: str) -> list[str]:
    """The colour parameters of every SGR escape sequence in ``text``."""
    import re

    found = []
    for params in re.findall(r"\x1b\[([0-9;]*)m", text):
        found += [p for p in params.split(";") if p and (30 <= int(p) <= 49 or int(p) >= 90)]
    return found


@pytest.fixture
def football(journal_file):
    seed(
        journal_file,
        FOOTBALL,
        resources=[("Played as a kid", "1")],
        supports=[("My brother", "1"), ("Job centre", "3")],
    )
    return journal_file


def _row(out: str, start: str) -> str:
    for line in out.splitlines():
        if line.strip().startswith(start):
            return line
    raise AssertionError(f"no line starting {start!r} in\n{out}")


def test_wide_dashboard(cli, football):
    ran = cli("status", env={"COLUMNS": "120"})
    assert ran.code == 0, ran
    out = ran.out
    assert max(len(line.rstrip()) for line in out.splitlines()) <= 120
    for header in ("Goal", "CHIME", "Where", "30 days", "Last logged"):
        assert header in out
    first = _row(out, "1 ")
    assert "Play on a local football team" in first and "C I M" in first
    assert "■■■■■□□□ 5 on the way" in first and "↑ +1 ▄▅" in first  # the 30 days: 4 to 5
    work = _row(out, "3 ")
    assert "■■■■■■□□ 6 close" in work and "↓ -1" in work
    assert "worse" not in out.lower()
    # the sub-goal sits right under its parent, marked as a step
    lines = out.splitlines()
    assert "└ Training on Tuesday" in lines[lines.index(first) + 1]
    assert "not logged yet" in _row(out, "4 ")
    assert (
        "3 months ago you were at 2 with “Play on a local football team”; today you are "
        "at 5." in " ".join(out.split())
    )
    assert "Paused: 1 goal (#5 Move to a smaller flat)" in out
    assert "Reached: 1 goal (#6 Cook for friends)" in out
    assert "1 resource · 2 people and places of support" in out
    assert "No strengths or resources linked to #2, #3, #4 yet" in out
    assert "No support linked to #2, #4 yet" in out
    assert (
        "C Connectedness: 2 goals · H Hope: 0 goals · I Identity: 1 goal · M Meaning: 2 goals"
        " E Empowerment: 2 goals"
    ) in " ".join(out.split())  # counts of goals, not scores
    assert "No goal serves Hope yet: a possibility" in out
    assert ESC not in out


def test_narrow_dashboard_fits_sixty_columns(cli, football):
    out = cli("status", env={"COLUMNS": "60"}).out
    assert max(len(line.rstrip()) for line in out.splitlines()) <= 60
    lines = out.splitlines()
    first = _row(out, "1 ")
    assert "■■■■■□□□" in first and "↑ +1" in first
    below = lines[lines.index(first) + 1]
    assert "5 on the way" in below and "▄▅" in below and "▂" not in below
    assert "C I M" in " ".join(lines[lines.index(first) : lines.index(first) + 3])
    assert "↓ -1" in _row(out, "3 ")
    flat = " ".join(out.split())
    assert (
        "3 months ago you were at 2 with “Play on a local football team”; today you are at 5."
    ) in flat
    assert "H Hope: 0 goals" in flat


def test_dashboard_in_danish(cli, football):
    out = cli("--lang", "da", "status", env={"COLUMNS": "120"}).out
    flat = " ".join(out.split())
    assert "Aktive mål" in out and "5 på vej" in out and "6 tæt på" in out
    assert (
        "For 3 måneder siden var du på 2 med »Play on a local football team«; i dag er du på 5."
    ) in flat
    assert "F Forbundethed: 2 mål" in flat and "Intet mål handler om Håb endnu" in flat
    assert "På pause: 1 mål" in flat


def test_no_escape_codes_with_no_color_on_a_terminal(proc, football):
    import os
    import pty
    import subprocess
    import sys

    main, child = pty.openpty()
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    process = subprocess.Popen(
        [sys.executable, "-m", "recovery_cli", "status"], stdout=child, stderr=child, env=env
    )
    os.close(child)
    chunks = []
    while True:
        try:
            data = os.read(main, 65536)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    process.wait(timeout=60)
    os.close(main)
    text = b"".join(chunks).decode()
    assert "Play on a local football team" in text
    assert not colour_codes(text)  # bold and italic may stay


def test_piped_output_has_no_escape_codes(proc, football):
    result = proc("status")
    assert result.returncode == 0 and ESC not in result.stdout
    assert "Play on a local football team" in result.stdout


def test_empty_journal_shows_how_to_begin(cli):
    out = cli("status").out
    assert "recovery goal add" in out and "Active goals" not in out


def test_json_keeps_its_shape_and_adds_the_lookback(cli, football):
    data = json.loads(cli("status", "--json").out)
    assert data["version"] == 1
    assert {"active", "counts", "resources", "supports", "coverage"} <= set(data)
    assert [g["number"] for g in data["active"]] == [1, 2, 3, 4]
    assert {g["number"]: g["change_30d"] for g in data["active"]} == {1: 1, 2: 1, 3: -1, 4: None}
    assert data["lookback"]["goal"] == 1 and data["lookback"]["period"] == "3months"
    assert (data["lookback"]["before"], data["lookback"]["after"]) == (2, 5)
    assert data["without_resources"] == [2, 3, 4] and data["without_supports"] == [2, 4]

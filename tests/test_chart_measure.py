"""``recovery chart --measure``: a measure's score over time in a panel of its
own, alone or beside goals, on the measure's own range; refusals."""

from __future__ import annotations

import pytest

from recovery_cli.definitions import example_text
from tests.glossary import assert_danish


@pytest.fixture
def taken(cli, journal_file, tmp_path):
    path = tmp_path / "everyday.toml"
    path.write_bytes(example_text())
    assert cli("measure", "add", str(path)).code == 0
    for answers, day in (("1,1,1,1,3,1", "2026-03-01"), ("3,3,3,3,1,3", "2026-05-01")):
        done = cli("measure", "take", "everyday", "--answers", answers, "--date", day)
        assert done.code == 0, done
    return journal_file


def scores(cli) -> list[str]:
    done = cli("measure", "results", "everyday", "--json")
    return [str(round(r["score"])) for r in __import__("json").loads(done.out)["results"]]


def test_a_measure_alone_is_one_panel_on_its_own_range(cli, taken):
    first, last = scores(cli)
    done = cli("chart", "--measure", "everyday", env={"COLUMNS": "80", "LINES": "40"})
    assert done.code == 0, done
    lines = done.out.splitlines()
    assert lines[0] == "Your measures over time"
    assert lines[1] == "Everyday footing"
    labels = [line.split("┤")[0].strip() for line in lines if "┤" in line]
    assert labels[0] == "24" and labels[-1] == "0"  # the definition's range, not 1-8
    assert not any("far away" in line for line in lines)
    assert f"From {first} on 1 Mar to {last} on 1 May" in done.out


def test_a_measure_beside_a_goal_shares_the_time_axis(cli, taken):
    assert (
        cli("goal", "add", "Walk in the park", "--position", "3", "--date", "2026-02-01").code == 0
    )
    done = cli("chart", "1", "--measure", "everyday", env={"COLUMNS": "80", "LINES": "60"})
    assert done.code == 0, done
    titles = [
        line
        for line in done.out.splitlines()
        if line in ("#1 Walk in the park", "Everyday footing")
    ]
    assert titles == ["#1 Walk in the park", "Everyday footing"]
    assert done.out.count("└") == 1  # two panels, the time axis once under the bottom one
    assert "far away 1" in done.out  # the goal keeps the continuum


def test_describe_says_the_measure_in_words(cli, taken):
    done = cli("chart", "--measure", "everyday", "--describe")
    assert done.code == 0
    assert done.out.splitlines()[0] == "Everyday footing"
    assert "┤" not in done.out


def test_svg_has_a_panel_for_the_measure(cli, taken, tmp_path):
    import xml.etree.ElementTree as ET

    target = tmp_path / "m.svg"
    done = cli("chart", "--measure", "everyday", "--save", str(target))
    assert done.code == 0, done
    root = ET.fromstring(target.read_text())
    panels = [g for g in root.iter("{http://www.w3.org/2000/svg}g") if g.get("class") == "panel"]
    assert len(panels) == 1
    assert root.get("height") and float(root.get("height")) < 250  # 25 values share ten rows


def test_refusals(cli, taken):
    before = taken.read_bytes()
    unknown = cli("chart", "--measure", "nope")
    assert unknown.code == 1 and "no measure called 'nope'" in unknown.err
    for extra in (["--checkins"], ["--by-domain"], ["--together"]):
        done = cli("chart", "--measure", "everyday", *extra)
        assert done.code == 2 and "--measure" in done.err and "\n" not in done.err.strip()
    unscored = cli("chart", "--measure", "checkin")
    assert unscored.code == 1 and "chart --checkins" in unscored.err
    assert taken.read_bytes() == before


def test_a_measure_not_taken_yet_says_how(cli, journal_file, tmp_path):
    path = tmp_path / "everyday.toml"
    path.write_bytes(example_text())
    cli("measure", "add", str(path))
    done = cli("chart", "--measure", "everyday")
    assert done.code == 0
    assert "recovery measure take everyday" in done.out


def test_danish(cli, taken):
    done = cli("--lang", "da", "chart", "--measure", "everyday", env={"COLUMNS": "80"})
    assert done.code == 0, done
    assert done.out.splitlines()[0] == "Dine spørgeskemaer over tid"
    assert "1. mar." in done.out
    assert_danish(done.out)
    refused = cli("--lang", "da", "chart", "--measure", "everyday", "--together")
    assert refused.code == 2
    assert_danish(refused.err)

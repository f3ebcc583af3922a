"""Lines that run together stay visible, and check-ins have their own y axis."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest

from recovery_cli.charts.line import MARKERS, line_chart
from recovery_cli.charts.series import Series
from recovery_cli.i18n import set_language

NOW = datetime(2026, 4, 9, 10, 0, tzinfo=timezone.utc)


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


def body(chart: str) -> str:
    """The inside of the frame: what the lines drew, without labels and legend."""
    return "\n".join(line.split("┤", 1)[1] if "┤" in line else line.split("│", 1)[-1]
                     for line in chart.splitlines() if "┤" in line or line.strip().startswith("│"))


def row(chart: str, value: int) -> str:
    for line in chart.splitlines():
        if re.match(rf"^[^┤│]*\b{value}┤", line):
            return line.split("┤", 1)[1]
    raise AssertionError(f"no row for {value} in\n{chart}")


# Five check-in domains answered alike most of the time (as in the demo journal).
ANSWERS = [(150, (2, 2, 3, 2, 2)), (120, (3, 3, 3, 2, 2)), (90, (3, 4, 3, 3, 3)),
           (60, (4, 4, 4, 4, 3)), (40, (3, 3, 4, 4, 4)), (20, (5, 5, 5, 5, 4))]
DOMAINS = ("Connectedness", "Hope", "Identity", "Meaning", "Empowerment")
CHECKINS = [Series(name, tuple((ago(days), float(values[i])) for days, values in ANSWERS))
            for i, name in enumerate(DOMAINS)]


@pytest.mark.parametrize("width", [60, 120])
def test_every_line_shows_even_where_lines_coincide(width):
    chart = line_chart(CHECKINS, width=width, colour=False, end=NOW, scale="checkin")
    inside = body(chart)
    for marker in MARKERS[:5]:
        assert marker in inside, (marker, chart)
    # at the last answers four domains share 5: all four markers are on that row
    # (a run needs a cell per line to show them all; here it has several)
    assert set(row(chart, 5)) >= set(MARKERS[:4])
    assert "Where lines run together, their markers take turns" in chart


def test_two_identical_lines_alternate_along_the_whole_run():
    same = ((ago(40), 3.0), (ago(10), 6.0))
    chart = line_chart([Series("#1 a", same), Series("#2 b", same)], width=80, colour=False,
                       end=NOW)
    three = row(chart, 3).rstrip(" │")
    assert "•+•+" in three or "+•+•" in three
    assert re.fullmatch(r"\s*[•+]+", three), three  # no gap in the run
    assert "•+•+ means both are there" in chart


def test_lines_apart_need_no_note_and_keep_their_runs():
    chart = line_chart([Series("#1 a", ((ago(40), 2.0),)), Series("#2 b", ((ago(40), 6.0),))],
                       width=80, colour=False, end=NOW)
    assert "run together" not in chart
    assert re.fullmatch(r"\s*•+", row(chart, 2).rstrip(" │"))
    assert re.fullmatch(r"\s*\++", row(chart, 6).rstrip(" │"))


def test_colour_changes_nothing_but_the_escape_codes():
    from recovery_cli.charts.output import strip_ansi

    plain = line_chart(CHECKINS, width=100, colour=False, end=NOW)
    assert strip_ansi(line_chart(CHECKINS, width=100, colour=True, end=NOW)) == plain


def labels(chart: str) -> list[str]:
    return [line.split("┤")[0].strip() for line in chart.splitlines() if "┤" in line]


def test_checkin_axis_names_the_answers_not_the_bands():
    chart = line_chart(CHECKINS, width=80, colour=False, end=NOW, scale="checkin")
    assert labels(chart) == ["very much 8", "7", "6", "5", "4", "3", "2", "hardly at all 1"]
    assert "far away" not in chart and "close" not in chart
    set_language("da")
    danish = line_chart(CHECKINS, width=80, colour=False, end=NOW, scale="checkin")
    assert labels(danish)[0] == "rigtig meget 8" and labels(danish)[-1] == "næsten ikke 1"
    assert "langt væk" not in danish


@pytest.fixture
def demo(journal_file):
    return journal_file


@pytest.mark.parametrize("columns", ["60", "120"])
def test_demo_charts_show_every_line(cli, demo, columns):
    for args in (("--checkins",), ("--by-domain",), ()):
        ran = cli("--demo", "chart", *args, env={"COLUMNS": columns})
        assert ran.code == 0, ran
        legend = [m for m in MARKERS if re.search(rf"(^|   ){re.escape(m)} ", ran.out, re.M)]
        assert len(legend) == 5, ran.out
        inside = body(ran.out)
        assert all(marker in inside for marker in legend), (args, ran.out)
        assert max(len(line) for line in ran.out.splitlines()) <= int(columns)
    checkins = cli("--demo", "chart", "--checkins").out
    assert "very much 8┤" in checkins and "hardly at all 1┤" in checkins
    assert "far away" not in checkins
    danish = cli("--demo", "--lang", "da", "chart", "--checkins").out
    assert "rigtig meget 8┤" in danish and "næsten ikke 1┤" in danish
    assert "far away 2┤" in cli("--demo", "chart").out


@pytest.mark.parametrize("tall", [True, False])
def test_cells_match_plotexts_grid_at_every_width(tall):
    """Lines are drawn cell by cell: a line held from the first day fills its row
    from edge to edge, with no gap and no doubled cell, at any width."""
    held = [Series("#1 a", ((ago(90), 1.0), (ago(30), 8.0)))]
    for width in range(40, 201, 9):
        chart = line_chart(held, width=width, colour=False, end=NOW, tall=tall)
        lines = [line for line in chart.splitlines() if "┤" in line]
        one = lines[-1].split("┤", 1)[1].rstrip("│")
        eight = lines[0].split("┤", 1)[1].rstrip("│")
        canvas = len(one)
        assert one.rstrip() == "•" * len(one.rstrip()) and one.startswith("•"), (width, chart)
        assert eight.endswith("•") and eight.strip() == "•" * len(eight.strip())
        assert len(one.rstrip()) + len(eight.strip()) in (canvas, canvas + 1), (width, chart)


def test_lines_that_share_their_only_cell_still_show():
    """Two goals logged only today, at the same place: one cell for both. Each
    marker in the legend is still drawn on the chart (the second one a column
    earlier), and the note says the lines run together."""
    today = ((NOW - timedelta(hours=1), 3.0),)
    chart = line_chart([Series("#1 a", today), Series("#2 b", today)], width=80,
                       colour=False, end=NOW)
    three = row(chart, 3)
    assert "•" in three and "+" in three, chart
    assert "run together" in chart


def test_a_line_hidden_by_taking_turns_takes_a_cell_of_its_own():
    """A one-cell line inside a long shared run is not left without a marker."""
    long = ((ago(40), 3.0),)
    short = ((NOW - timedelta(hours=1), 3.0),)
    chart = line_chart([Series("#1 long", long), Series("#2 short", long),
                        Series("#3 today", short)], width=80, colour=False, end=NOW)
    inside = body(chart)
    assert all(marker in inside for marker in MARKERS[:3]), chart

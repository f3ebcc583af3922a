"""The charts package on its own: data and a width in, text out."""

from __future__ import annotations

import re
import sys
import time
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recovery_cli.charts import axes
from recovery_cli.charts.line import MARKERS, line_chart
from recovery_cli.charts.output import strip_ansi, to_html
from recovery_cli.charts.series import Series, clip, downsample
from recovery_cli.charts.spark import sparkline
from recovery_cli.i18n import set_language

NOW = datetime(2026, 4, 9, 10, 0, tzinfo=timezone.utc)
ESC = "\x1b"


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


FOOTBALL = Series("#1 Play on a local football team", ((ago(120), 2), (ago(80), 3), (ago(20), 5)))
WORK = Series("#3 Find work I like, with people I can trust and a boss who listens",
              ((ago(100), 4), (ago(60), 7), (ago(10), 6)))


def row(chart: str, value: int) -> str:
    """The chart line whose y label ends in ``value``."""
    for line in chart.splitlines():
        if re.match(rf"^[^┤│]*\b{value}┤", line):
            return line
    raise AssertionError(f"no row for {value} in\n{chart}")


def last_mark(line: str) -> str:
    """The character at the right edge inside the frame: where a line ends up."""
    return line.rstrip().removesuffix("│")[-1:]


def y_labels(chart: str) -> list[str]:
    return [line.split("┤")[0].strip() for line in chart.splitlines() if "┤" in line]


@pytest.mark.parametrize("width", [60, 120])
def test_goal_chart_at_fixed_widths(width):
    chart = line_chart([FOOTBALL, WORK], width=width, colour=False, end=NOW, title="Goals")
    lines = chart.splitlines()
    assert lines[0] == "Goals"
    assert max(len(line) for line in lines) <= width
    labels = y_labels(chart)
    assert "far away 2" in labels and "on the way" in labels and "close 7" in labels
    assert {"1", "3", "4", "5", "6", "8"} <= set(labels)
    # each goal's latest position is drawn at its height, at the right edge
    assert last_mark(row(chart, 5)) == MARKERS[0]
    assert last_mark(row(chart, 6)) == MARKERS[1]
    assert last_mark(row(chart, 8)) == " "
    legend = "\n".join(lines[-2:])
    assert f"{MARKERS[0]} #1 Play on a local football team" in legend
    assert f"{MARKERS[1]} #3 Find work" in legend
    assert ESC not in chart


def test_the_legend_shortens_long_titles_to_the_width():
    chart = line_chart([WORK], width=60, colour=False, end=NOW)
    legend = chart.splitlines()[-1]
    assert legend.startswith(f"{MARKERS[0]} #3 Find work") and legend.endswith("…")
    assert len(legend) <= 60


def test_x_axis_shows_dates_in_the_persons_language():
    english = line_chart([FOOTBALL], width=120, colour=False, end=NOW)
    assert "Jan 2026" in english
    set_language("da")
    danish = line_chart([FOOTBALL], width=120, colour=False, end=NOW)
    assert "jan. 2026" in danish
    labels = y_labels(danish)
    assert "langt væk 2" in labels and "på vej" in labels and "tæt på 7" in labels


def test_a_position_holds_until_the_next_log():
    series = Series("#1 x", ((ago(40), 2), (ago(20), 5)))
    chart = line_chart([series], width=80, colour=False, end=NOW)
    two, five = row(chart, 2), row(chart, 5)
    # a run of markers at 2 until the jump, then at 5 up to the right edge
    assert "•" * 10 in two and "•" * 10 in five
    assert two.index("•") < five.index("•")
    assert last_mark(five) == "•" and last_mark(two) == " "


def test_colour_is_there_only_when_asked_for():
    coloured = line_chart([FOOTBALL, WORK], width=80, colour=True, end=NOW)
    assert ESC in coloured
    assert strip_ansi(coloured) == line_chart([FOOTBALL, WORK], width=80, colour=False,
                                              end=NOW)


def test_one_goal_with_one_point():
    chart = line_chart([Series("#1 x", ((NOW - timedelta(hours=1), 4),))], width=60,
                       colour=False, end=NOW)
    assert last_mark(row(chart, 4)) == "•"
    assert sum(line.count("•") for line in chart.splitlines()[:-1]) >= 1


def test_a_range_without_data_is_a_sentence():
    text = line_chart([FOOTBALL], width=60, colour=False, start=ago(400), end=ago(300))
    assert "┤" not in text and "No positions were logged between" in text
    assert "\n" not in text


def test_a_range_after_the_last_log_holds_the_position():
    chart = line_chart([FOOTBALL], width=60, colour=False, start=ago(10), end=NOW)
    assert last_mark(row(chart, 5)) == "•"
    assert "•" * 20 in row(chart, 5)


def test_short_chart_names_each_band():
    chart = line_chart([FOOTBALL], width=60, colour=False, end=NOW, tall=False)
    assert y_labels(chart) == ["8", "7", "close 6", "5", "on the way 4", "3", "2",
                               "far away 1"]
    assert last_mark(row(chart, 5)) == "•"


@pytest.mark.parametrize("width", [20, 60, 200, 400])
def test_width_is_respected_within_limits(width):
    chart = line_chart([FOOTBALL, WORK], width=width, colour=False, end=NOW)
    widest = max(len(line) for line in chart.splitlines())
    assert widest <= max(40, min(200, width))


def test_ten_years_of_daily_logs_draw_quickly():
    points = tuple((ago(3650 - day), 1 + (day * 7 // 30) % 8) for day in range(3650))
    series = Series("#1 Walk every day", points)
    line_chart([series], width=80, colour=False, end=NOW)  # plotext imported
    started = time.perf_counter()
    chart = line_chart([series], width=200, colour=True, end=NOW)
    assert time.perf_counter() - started < 1.0
    assert "2020" in chart and "far away" in chart


def test_y_ticks_name_the_bands_once():
    tall = dict(axes.y_ticks(tall=True))
    assert tall[2.0] == "far away 2" and tall[4.5] == "on the way" and tall[7.0] == "close 7"
    assert [label for label in tall.values() if "far away" in label] == ["far away 2"]


@pytest.mark.parametrize(("start", "end", "room", "expected"), [
    (date(2026, 3, 1), date(2026, 3, 29), 100, ["1 Mar", "8 Mar", "15 Mar", "22 Mar",
                                                 "29 Mar"]),
    (date(2025, 11, 20), date(2026, 4, 9), 100, ["Dec 2025", "Jan 2026", "Feb 2026",
                                                  "Mar 2026", "Apr 2026"]),
    (date(2016, 4, 9), date(2026, 4, 9), 60, ["2018", "2020", "2022", "2024", "2026"]),
])
def test_date_ticks(start, end, room, expected):
    assert [label for _, label in axes.date_ticks(start, end, room)] == expected


@given(st.dates(date(2000, 1, 1), date(2040, 1, 1)), st.integers(0, 8000),
       st.integers(20, 200))
def test_date_ticks_fit_and_stay_in_range(start, days, room):
    end = start + timedelta(days=days)
    ticks = axes.date_ticks(start, end, room)
    assert 1 <= len(ticks) <= max(2, room // 12)
    assert all(start <= day <= end for day, _ in ticks)
    assert [day for day, _ in ticks] == sorted({day for day, _ in ticks})


points_strategy = st.lists(
    st.tuples(st.integers(0, 5000), st.integers(1, 8)), min_size=1, max_size=200,
).map(lambda pairs: sorted((ago(5000 - d), float(v)) for d, v in pairs))


@given(points_strategy, st.integers(2, 150))
def test_downsample_keeps_the_first_and_the_last_position(points, buckets):
    kept = downsample(points, points[0][0], NOW, buckets)
    assert kept[0] == points[0]
    assert kept[-1][1] == points[-1][1]
    assert len(kept) <= buckets + 1
    assert kept == sorted(kept)


@given(points_strategy, st.integers(0, 5000), st.integers(0, 5000))
def test_clip_keeps_what_held_in_the_range(points, a, b):
    start, end = sorted((ago(a), ago(b)))
    kept = clip(points, start, end)
    assert all(start <= moment <= end for moment, _ in kept)
    held = [value for moment, value in points if moment <= start]
    if held:
        assert kept[0] == (start, held[-1]) or kept[0][0] == start


def test_sparkline_has_a_height_per_position():
    assert sparkline([1, 2, 3, 4, 5, 6, 7, 8]) == "▁▂▃▄▅▆▇█"
    assert sparkline([]) == ""


def test_html_keeps_colour_and_escapes_journal_text():
    evil = Series("#1 <script>alert(1)</script> & more", ((ago(10), 3),))
    chart = line_chart([evil], width=60, colour=True, end=NOW, title="<b>t</b>")
    page = to_html(chart, title="<b>t</b>", lang="en")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "color" in page and ESC not in page
    assert page.startswith("<!DOCTYPE html>") and '<html lang="en">' in page


def test_plotext_is_imported_only_by_the_line_module():
    from tests.conftest import PACKAGE as root

    importers = sorted(str(path.relative_to(root)) for path in root.rglob("*.py")
                       if "import plotext" in path.read_text(encoding="utf-8"))
    assert importers == ["charts/line.py"]


def test_commands_that_do_not_draw_never_import_plotext():
    import subprocess

    code = ("import sys; from recovery_cli.cli.app import build_app; build_app(); "
            "import recovery_cli.views.status, recovery_cli.views.chart; "
            "print('plotext' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip() == "False"


@settings(max_examples=40, deadline=None)
@given(st.lists(points_strategy, min_size=1, max_size=4), st.integers(30, 230), st.booleans(),
       st.one_of(st.none(), st.integers(0, 6000)), st.booleans())
def test_any_data_draws_within_the_width(many, width, tall, since, colour):
    series = [Series(f"#{n} goal {n}", tuple(points)) for n, points in enumerate(many, 1)]
    start = ago(since) if since is not None else None
    text = line_chart(series, width=width, colour=colour, end=NOW, start=start, tall=tall)
    plain = strip_ansi(text)
    if "┤" in plain:
        assert max(len(line) for line in plain.splitlines()) <= max(40, min(200, width))
        assert ("far away" in plain) and ("close" in plain)
    else:
        assert plain.startswith("No positions were logged")

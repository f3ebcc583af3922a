"""The charts package on its own: panels and a width in, text out.

Every chart is rendered into a buffer at 60, 80, 120 and 200 columns, with and
without colour, in English and Danish, and read back panel by panel
(:mod:`tests.chart_text`): the title, one series in the panel, the band labels
at their rows, the dates in the person's language.
"""

from __future__ import annotations

import re
import sys
from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recovery_cli.charts import axes, stack
from recovery_cli.charts import panel as pn
from recovery_cli.charts.draw import COMPACT, TALL
from recovery_cli.charts.output import strip_ansi
from recovery_cli.charts.palette import DOMAIN_COLOURS, MARKERS, PALETTE
from recovery_cli.charts.series import clip, downsample
from recovery_cli.charts.spark import sparkline
from recovery_cli.i18n import set_language
from tests.chart_text import HD, MONTHS, WIDTHS, panels

NOW = datetime(2026, 4, 9, 10, 0, tzinfo=timezone.utc)
ESC = "\x1b"
BANDS = {
    "en": ("far away 1", "on the way 4", "close 6"),
    "da": ("langt væk 1", "på vej 4", "tæt på 6"),
}


def ago(days: float) -> datetime:
    return NOW - timedelta(days=days)


GOALS = [
    ("#1 Play on a local football team", ((ago(120), 2), (ago(80), 3), (ago(20), 5))),
    ("#2 Training on Tuesday", ((ago(25), 2), (ago(5), 3))),
    (
        "#3 Find work I like, with people I can trust and a boss who listens",
        ((ago(100), 4), (ago(60), 7), (ago(10), 6)),
    ),
    ("#4 Sleep better", ((ago(90), 3),)),
    ("#5 Cook for friends", ((ago(70), 5), (ago(30), 4), (ago(2), 8))),
    ("#6 Walk every day", ((ago(60), 1), (ago(40), 2))),
]


def goal_panels(count: int = 3) -> list[pn.Panel]:
    return pn.panels(
        [(title, points, f"Sentence {n}.") for n, (title, points) in enumerate(GOALS[:count], 1)],
        pn.continuum(),
    )


def draw(made, *, width=80, lines=None, colour=False, start=None, title="Goals") -> str:
    return stack.render(
        made, width=width, lines=lines, colour=colour, start=start, end=NOW, title=title
    )


def row_of(value: int, rows: int) -> int:
    """The row (0 = the bottom one) a value of the continuum is drawn in: its
    own when tall; compact, two to a row along the bands (1 | 2-3 | 4-5 | 6-7 | 8)."""
    return value - 1 if rows >= TALL else value // 2


@pytest.mark.parametrize("lang", ["en", "da"])
@pytest.mark.parametrize("colour", [False, True])
@pytest.mark.parametrize("width", WIDTHS)
@pytest.mark.parametrize("lines", [None, 24])
def test_each_panel_at_every_width(width, colour, lang, lines):
    set_language(lang)
    made = goal_panels(3)
    text = draw(made, width=width, colour=colour, lines=lines)
    assert (ESC in text) == colour
    plain = strip_ansi(text)
    assert max(len(line) for line in plain.splitlines()) <= width
    head, found = panels(text)
    assert head == ["Goals"]
    assert len(found) == 3
    rows = TALL if lines is None else COMPACT
    for panel, drawn in zip(made, found, strict=True):
        assert drawn.title == panel.title[: width - 1] or drawn.title.endswith("…")
        assert panel.title.startswith(drawn.title.rstrip("…"))
        assert len(drawn.rows) == rows
        for band in BANDS[lang]:  # each band named where it begins
            assert band in drawn.labels
        labels = [label for label, _ in reversed(drawn.rows)]  # bottom first
        for band, value in zip(BANDS[lang], (1, 4, 6), strict=True):
            assert labels[row_of(value, rows)] == band
        # one series in the panel: its own marker (tall) or plotext's hd blocks (compact)
        assert drawn.ink <= ({panel.marker} if rows == TALL else HD), drawn.ink
        # where it ends up, at the right edge: the row of its latest value
        latest = panel.points[-1][1]
        edge = [
            i
            for i, (_, canvas) in enumerate(reversed(drawn.rows))
            if canvas.rstrip()[-1:] not in ("", " ")
            and len(canvas.rstrip()) >= max(len(c.rstrip()) for _, c in drawn.rows)
        ]
        assert row_of(latest, rows) in edge, (panel.title, latest, drawn.rows)
        assert drawn.sentence == [panel.sentence]
    # the dates once, under the bottom panel, in the person's language
    assert not any(drawn.dates for drawn in found[:-1])
    assert any(month in found[-1].dates for month in MONTHS[lang]), found[-1].dates


def test_six_goals_never_share_a_panel():
    """Each goal has a panel of its own: a panel holding two goals' markers fails."""
    made = goal_panels(6)
    _, found = panels(draw(made, width=100))
    assert len(found) == 6
    markers = [drawn.ink for drawn in found]
    for index, (panel, ink) in enumerate(zip(made, markers, strict=True)):
        assert ink == {panel.marker}, (index, ink)
        others = set(MARKERS[:6]) - {panel.marker}
        assert not ink & others
    assert len({panel.marker for panel in made}) == 6


def test_at_80_by_24_three_goals_show_whole():
    """Compact panels: three goals and the prompt fit 24 rows (the chart's title
    gives way to them when it would not fit too)."""
    text = draw(goal_panels(3), width=80, lines=23)
    assert len(text.splitlines()) <= 23
    assert "Goals" in draw(goal_panels(3), width=80, lines=24).splitlines()[0]
    _, found = panels(text)
    assert [len(drawn.rows) for drawn in found] == [COMPACT] * 3
    more = draw(goal_panels(6), width=80, lines=23)  # more goals scroll: the last three fit
    assert len(more.splitlines()[-22:]) == 22
    assert len(panels("\n".join(more.splitlines()[-22:]))[1]) >= 3


def test_one_goal_is_tall_when_it_fits():
    _, found = panels(draw(goal_panels(1), width=80, lines=23))
    assert len(found[0].rows) == TALL
    assert found[0].labels == ["8", "7", "close 6", "5", "on the way 4", "3", "2", "far away 1"]


def test_a_position_holds_until_the_next_log():
    made = pn.panels([("#1 x", ((ago(40), 2), (ago(20), 5)), "s")], pn.continuum())
    _, (drawn,) = panels(draw(made, width=80))
    two, five = drawn.row("2"), drawn.row("5")
    assert "•" * 10 in two and "•" * 10 in five
    assert two.index("•") < five.index("•")
    inside = len(drawn.bottom) - drawn.bottom.index("└") - 1  # the canvas's width
    assert len(five) == inside and len(two.rstrip()) < inside


def test_a_range_starts_with_what_was_held():
    made = goal_panels(1)
    _, (drawn,) = panels(draw(made, width=60, start=ago(10)))
    assert drawn.row("5").strip() == "•" * len(drawn.row("5").strip())
    assert len(drawn.row("5").strip()) > 40


def test_below_forty_columns_the_chart_is_said_in_words():
    text = draw(goal_panels(2), width=39)
    assert "┤" not in text and "└" not in text
    assert "narrower than 40 columns" in " ".join(text.split())
    assert "#1 Play on a local" in text and "Sentence 2." in text
    assert max(len(line) for line in text.splitlines()) <= 39


def test_describe_gives_only_the_words():
    text = stack.describe(goal_panels(2), 80)
    assert text.splitlines() == [
        "#1 Play on a local football team",
        "  Sentence 1.",
        "#2 Training on Tuesday",
        "  Sentence 2.",
    ]


@pytest.mark.parametrize("width", WIDTHS)
def test_together_draws_every_series_in_one_chart_with_a_legend(width):
    made = goal_panels(3)
    text = stack.render_together(
        made, width=width, colour=False, start=None, end=NOW, title="Goals"
    )
    _, (drawn,) = panels(text)
    assert drawn.ink <= set(MARKERS[:3]) and len(drawn.ink) >= 2
    legend = [line for line in drawn.sentence if re.match(r"^[•+x] #", line)]
    assert legend and max(len(line) for line in text.splitlines()) <= width
    assert "• #1 Play on a local football team" in text
    assert "drawn on top" in " ".join(drawn.sentence)


def test_every_series_has_a_colour_and_none_is_red():
    made = goal_panels(6)
    text = draw(made, width=100, colour=True)
    codes = {int(code) for code in re.findall(r"\x1b\[(?:1;)?38;5;(\d+)m", text)}
    assert {panel.colour.code for panel in made} <= codes
    assert "\x1b[48;" not in text and "\x1b[4" not in text.replace("\x1b[49m", "")  # no fill
    red = {1, 9, 52, 88, 124, 160, 196, 197, 203}
    assert not codes & red
    for colour in [*PALETTE, *DOMAIN_COLOURS.values()]:
        r, g, b = (int(colour.hex[i : i + 2], 16) for i in (1, 3, 5))
        assert not (r > 150 and g < 90 and b < 90), colour  # no red in the SVG either
    assert len({c.code for c in DOMAIN_COLOURS.values()}) == 5  # Hope has its own too


def test_colour_changes_nothing_but_the_escape_codes():
    made = goal_panels(3)
    assert strip_ansi(draw(made, colour=True)) == draw(made, colour=False)


def test_check_in_scale_names_the_answers_not_the_bands():
    made = pn.panels([("Hope: These days?", ((ago(30), 3), (ago(3), 6)), "s")], pn.answers())
    _, (drawn,) = panels(draw(made, width=80))
    assert drawn.labels == ["very much 8", "7", "6", "5", "4", "3", "2", "hardly at all 1"]
    set_language("da")
    _, (danish,) = panels(draw(pn.panels([("H", made[0].points, "s")], pn.answers())))
    assert danish.labels[0] == "rigtig meget 8" and danish.labels[-1] == "næsten ikke 1"


def test_a_scale_is_generic():
    """A measure's score over time is a panel too: any whole range, named values."""
    scale = pn.Scale(0, 27, {0: "none", 10: "some", 20: "much"})
    assert scale.ticks(4) == [(0, "none 0"), (10, "some 10"), (20, "much 20"), (27, "27")]
    made = pn.panels([("Score", ((ago(60), 20), (ago(30), 12), (ago(1), 6)), "s")], scale)
    _, (drawn,) = panels(draw(made, width=80, lines=10))
    assert "none 0" in drawn.labels and "27" in drawn.labels


@pytest.mark.parametrize(
    ("start", "end", "room", "expected"),
    [
        (
            date(2026, 3, 1),
            date(2026, 3, 29),
            100,
            ["1 Mar", "8 Mar", "15 Mar", "22 Mar", "29 Mar"],
        ),
        (
            date(2025, 11, 20),
            date(2026, 4, 9),
            100,
            ["Dec 2025", "Jan 2026", "Feb 2026", "Mar 2026", "Apr 2026"],
        ),
        (date(2016, 4, 9), date(2026, 4, 9), 60, ["2018", "2020", "2022", "2024", "2026"]),
    ],
)
def test_date_ticks(start, end, room, expected):
    assert [label for _, label in axes.date_ticks(start, end, room)] == expected


@given(st.dates(date(2000, 1, 1), date(2040, 1, 1)), st.integers(0, 8000), st.integers(20, 200))
def test_date_ticks_fit_and_stay_in_range(start, days, room):
    end = start + timedelta(days=days)
    ticks = axes.date_ticks(start, end, room)
    assert 1 <= len(ticks) <= max(2, room // 12)
    assert all(start <= day <= end for day, _ in ticks)
    assert [day for day, _ in ticks] == sorted({day for day, _ in ticks})


points_strategy = st.lists(
    st.tuples(st.integers(0, 5000), st.integers(1, 8)),
    min_size=1,
    max_size=200,
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


@settings(max_examples=30, deadline=None)
@given(
    st.lists(points_strategy, min_size=1, max_size=4),
    st.integers(30, 230),
    st.sampled_from([None, 0, 40]),
    st.one_of(st.none(), st.integers(0, 6000)),
    st.booleans(),
)
def test_any_data_draws_within_the_width(many, width, lines, since, colour):
    made = pn.panels(
        [(f"#{n} goal {n}", tuple(points), "s") for n, points in enumerate(many, 1)], pn.continuum()
    )
    start = ago(since) if since is not None else None
    shown = [p for p in made if clip(p.points, start, NOW)]
    if not shown:
        return
    plain = strip_ansi(draw(shown, width=width, lines=lines, colour=colour, start=start))
    assert max(len(line) for line in plain.splitlines()) <= max(width, 0) or width < 40
    if width >= stack.MIN_WIDTH:
        assert len(panels(plain)[1]) == len(shown)
        assert "far away 1" in plain and "close 6" in plain


def test_plotext_is_imported_only_by_the_drawing_module():
    from tests.conftest import PACKAGE as root

    importers = sorted(
        str(path.relative_to(root))
        for path in root.rglob("*.py")
        if "import plotext" in path.read_text(encoding="utf-8")
    )
    assert importers == ["charts/draw.py"]


def test_commands_that_do_not_draw_never_import_plotext():
    import subprocess

    code = (
        "import sys; from recovery_cli.cli.app import build_app, load_commands; build_app(); "
        "[load_commands(m) for m in ('status', 'goal', 'helped', 'entries', 'chart')]; "
        "import recovery_cli.views.status, recovery_cli.views.chart, "
        "recovery_cli.charts.stack, recovery_cli.export.chartfile; "
        "print('plotext' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"


def test_the_svg_draws_the_same_panels():
    import xml.etree.ElementTree as ET

    from recovery_cli.export.chartfile import html_file, svg_file

    made = goal_panels(6)
    text = svg_file(made, start=None, end=NOW, title="Goals <&>")
    root = ET.fromstring(text)  # parses as XML
    ns = "{http://www.w3.org/2000/svg}"
    found = [g for g in root.iter(f"{ns}g") if g.get("class") == "panel"]
    assert len(found) == 6  # one panel per goal
    for group, panel in zip(found, made, strict=True):
        assert group.find(f"{ns}title").text == f"{panel.title}: {panel.sentence}"
        (line,) = group.findall(f"{ns}path")  # one series per panel
        assert line.get("stroke") == panel.colour.hex
        fills = [rect.get("fill") for rect in group.findall(f"{ns}rect")]
        assert len(fills) == 3  # the three bands, shaded
        labels = [t.text for t in group.findall(f"{ns}text")]
        assert {"far away 1", "on the way 4", "close 6"} <= set(labels)
    together = ET.fromstring(svg_file(made[:3], start=None, end=NOW, title="G", together=True))
    (group,) = [g for g in together.iter(f"{ns}g") if g.get("class") == "panel"]
    assert len(group.findall(f"{ns}path")) == 3
    page = html_file(made, start=None, end=NOW, title="<b>Goals</b>")
    assert "<b>Goals</b>" not in page and "&lt;b&gt;Goals&lt;/b&gt;" in page
    assert page.count('class="panel"') == 6 and "Sentence 6." in page

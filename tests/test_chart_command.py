"""``recovery chart`` and the goal page's chart, as a person uses them."""

from __future__ import annotations

import os
import re
import stat
from datetime import datetime, timedelta

import pytest

from recovery_cli.charts.output import strip_ansi
from tests.chart_text import HD, MONTHS, WIDTHS, panels
from tests.charts_seed import FOOTBALL, seed

ESC = "\x1b"


@pytest.fixture
def football(journal_file):
    seed(
        journal_file, FOOTBALL, resources=[("Played as a kid", "1")], supports=[("My brother", "1")]
    )
    return journal_file


def titles(text: str) -> list[str]:
    return [drawn.title for drawn in panels(text)[1]]


@pytest.mark.parametrize("columns", [60, 120])
def test_chart_of_active_goals(cli, football, columns):
    ran = cli("chart", env={"COLUMNS": str(columns)})
    assert ran.code == 0, ran
    out = ran.out
    assert max(len(line) for line in out.splitlines()) <= columns
    head, found = panels(out)
    assert head == ["Where you are on your goals, over time"]
    # a panel per active goal with positions, in number order
    assert [d.title for d in found] == [
        "#1 Play on a local football team",
        "#2 Training on Tuesday",
        "#3 Find work I like",
    ]
    for drawn, marker in zip(found, "•+x", strict=True):
        assert {"far away 1", "on the way 4", "close 6"} <= set(drawn.labels)
        assert drawn.ink == {marker}
    assert [d.sentence for d in found] == [
        [f"From 2 on {day(120)} to 5 on {day(20)}; highest 5."],
        [f"From 2 on {day(25)} to 3 on {day(5)}; highest 3."],
        [f"From 4 on {day(100)} to 6 on {day(10)}; highest 7."],
    ]
    assert ESC not in out


def day(days_ago: int) -> str:
    from recovery_cli.views.story import day as short

    now = datetime.now().astimezone()
    return short(now - timedelta(days=days_ago), now)


def test_named_goals_and_a_domain(cli, football):
    assert titles(cli("chart", "3", "football").out) == [
        "#3 Find work I like",
        "#1 Play on a local football team",
    ]
    assert titles(cli("chart", "--chime", "m").out) == [
        "#1 Play on a local football team",
        "#3 Find work I like",
    ]
    assert "None of these goals serves Hope" in cli("chart", "--chime", "hope").out
    assert titles(cli("chart", "#6").out) == ["#6 Cook for friends"]  # any status, by name
    unknown = cli("chart", "tennis")
    assert unknown.code == 1 and unknown.out == "" and len(unknown.err.splitlines()) == 1


def test_by_domain(cli, football):
    out = cli("chart", "--by-domain", env={"COLUMNS": "120"}).out
    assert out.startswith("CHIME domains over time")
    assert titles(out) == ["Connectedness", "Identity", "Meaning", "Empowerment"]
    assert titles(cli("chart", "--by-domain", "--chime", "c").out) == ["Connectedness"]


def test_checkins_one_panel_per_question(cli, football):
    assert "No check-ins yet" in cli("chart", "--checkins").out
    cli("checkin", "--c", "3", "--h", "4", "--date", "10 days ago")
    cli("checkin", "--c", "5", "--h", "4")
    out = cli("chart", "--checkins", env={"COLUMNS": "100"}).out
    head, found = panels(out)
    assert [d.title for d in found] == [
        "Connectedness: These days, how close do you feel to other people?",
        "Hope: These days, how much do you look forward to what is coming?",
    ]
    assert found[0].labels[0] == "very much 8" and found[0].labels[-1] == "hardly at all 1"
    assert "far away" not in out
    assert found[1].sentence[0].startswith("At 4 since ")


def test_since_and_until(cli, football):
    out = cli("chart", "--since", "30 days ago", env={"COLUMNS": "100"}).out
    assert " – " in out.splitlines()[0]
    found = panels(out)[1]
    assert found[0].sentence == [f"From 4 on {day(30)} to 5 on {day(20)}; highest 5."]
    empty = cli("chart", "--since", "2001-01-01", "--until", "2001-02-01")
    assert empty.code == 0
    assert empty.out.strip() == (
        "No positions were logged between 1 Jan 2001 and 1 Feb 2001. "
        "Try a wider range, or leave out --since and --until."
    )
    backwards = cli("chart", "--since", "yesterday", "--until", "2001-01-01")
    assert backwards.code == 2 and "ends before it begins" in backwards.err
    future = cli("chart", "--since", "2999-01-01")
    assert future.code == 2 and "is in the future; use today or an earlier day" in future.err
    assert cli("chart", "--since", "someday").code == 2
    assert cli("chart", "--since", "tomorrow").code == 2


def test_danish_chart(cli, football):
    out = cli("--lang", "da", "chart", env={"COLUMNS": "120"}).out
    assert out.startswith("Hvor du er med dine mål, over tid")
    found = panels(out)[1]
    assert {"langt væk 1", "på vej 4", "tæt på 6"} <= set(found[0].labels)
    assert any(month in found[-1].dates for month in MONTHS["da"])
    assert found[0].sentence[0].startswith("Fra 2 den ") and "højest 5." in found[0].sentence[0]
    empty = cli("--lang", "da", "chart", "--since", "2001-01-01", "--until", "2001-02-01").out
    assert "Der blev ikke noteret placeringer mellem 1. jan. 2001 og 1. feb. 2001" in empty


def test_describe_together_and_a_narrow_window(cli, football):
    words = cli("chart", "--describe").out
    assert "┤" not in words
    assert words.splitlines()[:2] == [
        "#1 Play on a local football team",
        f"  From 2 on {day(120)} to 5 on {day(20)}; highest 5.",
    ]
    together = cli("chart", "--together", env={"COLUMNS": "80"}).out
    (drawn,) = panels(together)[1]
    assert drawn.ink == {"•", "+", "x"}
    assert "• #1 Play on a local football team" in together
    narrow = cli("chart", env={"COLUMNS": "30"}).out
    assert "┤" not in narrow and max(len(line) for line in narrow.splitlines()) <= 30
    assert "too narrow" in " ".join(narrow.split())


def test_save_txt_svg_and_html(cli, football, tmp_path):
    import xml.etree.ElementTree as ET

    folder = tmp_path / "out"
    folder.mkdir()
    txt, svg, html = folder / "chart.txt", folder / "chart.svg", folder / "chart.HTML"
    os.umask(0o022)
    ran = cli("chart", "--save", str(txt))
    assert ran.code == 0 and "Saved the chart to" in ran.out
    text = txt.read_text(encoding="utf-8")
    assert ESC not in text and titles(text)[0] == "#1 Play on a local football team"
    assert "far away 1┤" in text
    assert cli("chart", "--save", str(svg)).code == 0
    root = ET.fromstring(svg.read_text(encoding="utf-8"))
    ns = "{http://www.w3.org/2000/svg}"
    groups = [g for g in root.iter(f"{ns}g") if g.get("class") == "panel"]
    assert len(groups) == 3  # one panel per goal
    named = [g.find(f"{ns}title").text for g in groups]
    assert named[0].startswith("#1 Play on a local football team: From 2 on ")
    assert all(g.find(f"{ns}path") is not None for g in groups)
    assert cli("chart", "--save", str(html)).code == 0
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "<svg" in page and ESC not in page
    assert "<pre" not in page and "From 2 on " in page and 'lang="en"' in page
    for path in (txt, svg, html):
        assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize("suffix", [".svg", ".html"])
def test_lines_saved_together_have_a_legend(cli, football, tmp_path, suffix):
    """--together in a file: each line's colour and dash beside its goal's title."""
    import xml.etree.ElementTree as ET

    target = tmp_path / f"together{suffix}"
    assert cli("chart", "--together", "--save", str(target)).code == 0
    text = target.read_text(encoding="utf-8")
    if suffix == ".html":
        text = text[text.index("<svg") : text.index("</svg>") + 6]
    root = ET.fromstring(text)
    ns = "{http://www.w3.org/2000/svg}"
    (group,) = [g for g in root.iter(f"{ns}g") if g.get("class") == "panel"]
    shown = [node.text for node in group.iter(f"{ns}text")]
    strokes = {line.get("stroke") for line in group.iter(f"{ns}line") if line.get("x2")}
    paths = {path.get("stroke") for path in group.iter(f"{ns}path")}
    assert "#1 Play on a local football team" in shown
    assert len([t for t in shown if t and t.startswith("#")]) == len(paths) == 3
    assert paths <= strokes  # each line's colour stands beside its title


def test_save_refuses_what_it_cannot_do(cli, football, tmp_path):
    before = football.read_bytes()
    assert cli("chart", "--save", str(tmp_path / "chart.pdf")).code == 2
    assert cli("chart", "--save", str(tmp_path)).code == 2
    missing = cli("chart", "--save", str(tmp_path / "nowhere" / "c.txt"))
    assert missing.code == 1 and "does not exist" in missing.err
    assert cli("chart", "--save", str(football)).code == 2
    assert football.read_bytes() == before


def test_empty_range_saves_nothing(cli, football, tmp_path):
    target = tmp_path / "c.txt"
    ran = cli("chart", "--since", "2001-01-01", "--until", "2001-02-01", "--save", str(target))
    assert "No positions were logged" in ran.out and not target.exists()


def test_no_goals_yet(cli):
    assert "No goals yet" in cli("chart").out


def test_no_escape_codes_with_no_color_or_a_pipe(proc, football):
    for env in ({"NO_COLOR": "1"}, {}):
        result = proc("chart", env=env)
        assert result.returncode == 0 and ESC not in result.stdout
        assert "far away 1┤" in result.stdout


def test_ten_years_of_daily_logs(cli, journal_file):
    days = [(3650 - day, 1 + (day // 45) % 8) for day in range(3650)]
    seed(journal_file, [{"title": "Walk every day", "chime": "h", "log": days}])
    out = cli("chart", env={"COLUMNS": "200"}).out
    assert titles(out) == ["#1 Walk every day"]
    assert max(len(line) for line in out.splitlines()) <= 200
    years = re.findall(r"\b20\d\d\b", panels(out)[1][0].dates)
    assert len(years) >= 4
    page = cli("goal", "show", "1", env={"COLUMNS": "100"}).out
    assert "The latest 20 of 3650 positions" in page


def test_goal_page_has_everything_and_a_small_chart(cli, football):
    out = strip_ansi(cli("goal", "show", "1", env={"COLUMNS": "60"}).out)
    assert max(len(line.rstrip()) for line in out.splitlines()) <= 60
    flat = " ".join(out.split())
    for text in (
        "What it will look like I train every Tuesday",
        "Horizon around ",
        "What needs to change Find a club near me",
        "How we work together We meet every second week",
        "Played as a kid",
        "My brother",
        "#2 Training on Tuesday · 3 far away",
    ):
        assert text in flat
    (drawn,) = panels(out)[1]
    assert drawn.labels == ["8", "close 6", "on the way 4", "far away 1"]  # as in every chart
    assert drawn.ink <= HD and drawn.sentence[:1] == [
        f"From 2 on {day(120)} to 5 on {day(20)}; highest 5."
    ]
    assert "Positions over time" in out
    # at 60 columns the note and what helped have lines of their own, not a squeezed column
    assert "Note: First training" in flat and "What helped: Peer group" in flat
    wide = " ".join(strip_ansi(cli("goal", "show", "1", env={"COLUMNS": "120"}).out).split())
    assert "5 on the way First training Peer group" in wide
    assert "3 far away Called the club My brother came along" in wide
    assert "2 far away Looked up clubs" in wide


def test_goal_page_invites_gently(cli, football):
    flat = " ".join(strip_ansi(cli("goal", "show", "4").out).split())
    assert "No resources or support linked yet" in flat
    assert "No positions logged yet" in flat and "┤" not in flat


def test_goal_page_in_danish(cli, football):
    out = strip_ansi(cli("--lang", "da", "goal", "show", "1", env={"COLUMNS": "100"}).out)
    assert panels(out)[1][0].labels == ["8", "tæt på 6", "på vej 4", "langt væk 1"]
    assert "Placeringer over tid" in out


def test_chart_help_has_an_example(cli):
    for lang, word in (("en", "Example: recovery chart"), ("da", "Eksempel: recovery graf")):
        out = strip_ansi(cli("--lang", lang, "chart", "--help", env={"COLUMNS": "120"}).out)
        assert word in out and "--by-domain" in out and "--save" in out
        assert "--together" in out and "--describe" in out


def test_save_leaves_an_existing_file_alone_without_force(cli, football, tmp_path):
    target = tmp_path / "chart.txt"
    target.write_text("my own notes", encoding="utf-8")
    ran = cli("chart", "--save", str(target))
    assert ran.code == 1 and ran.out == ""
    assert ran.err.strip() == (
        f"The file {target} already exists and was left as it is; "
        "add --force to replace it, or choose another name."
    )
    assert target.read_text(encoding="utf-8") == "my own notes"
    forced = cli("chart", "--save", str(target), "--force")
    assert forced.code == 0 and "far away 1┤" in target.read_text(encoding="utf-8")
    danish = cli("--lang", "da", "chart", "--save", str(target))
    assert danish.code == 1 and "findes allerede" in danish.err and "--force" in danish.err


def test_save_never_replaces_a_link(cli, football, tmp_path):
    kept = tmp_path / "kept.txt"
    kept.write_text("kept", encoding="utf-8")
    link, dangling = tmp_path / "link.txt", tmp_path / "dangling.txt"
    link.symlink_to(kept)
    dangling.symlink_to(tmp_path / "nowhere.txt")
    for path in (link, dangling):
        ran = cli("chart", "--save", str(path))
        assert ran.code == 1 and "already exists" in ran.err
        assert path.is_symlink()
    assert kept.read_text(encoding="utf-8") == "kept"
    assert not (tmp_path / "nowhere.txt").exists()


@pytest.mark.parametrize("name", ["", " "])
def test_save_needs_a_file_name(cli, football, name):
    ran = cli("chart", "--save", name)
    assert ran.code == 2 and ran.out == ""
    assert "--save needs a file name" in ran.err
    assert "--save skal have et filnavn" in cli("--lang", "da", "chart", "--save", name).err


NAMES = {
    "en": {
        "continuum": {"far away 1", "on the way 4", "close 6"},
        "answers": {"hardly at all 1", "very much 8"},
    },
    "da": {
        "continuum": {"langt væk 1", "på vej 4", "tæt på 6"},
        "answers": {"næsten ikke 1", "rigtig meget 8"},
    },
}


def _every_chart(path, width: int, colour: bool) -> dict[str, tuple[str, list, str]]:
    """Each kind of chart the tool draws, as text: (text, its panels, its scale)."""
    from recovery_cli.charts import stack
    from recovery_cli.journal import Journal, timeline
    from recovery_cli.journal.lookback import look_back
    from recovery_cli.journal.story import stories
    from recovery_cli.views import chart as view
    from recovery_cli.views.console import make_console
    from recovery_cli.views.goals import goal_page
    from recovery_cli.views.lookback import panels_text

    with Journal.open(path, write=False) as journal:
        now = journal.now
        goals = [g for g in journal.goals if g.status == "active"]
        made = {
            "goals": (view.goal_panels(stories(journal, goals), now), "continuum"),
            "domains": (
                view.domain_panels(timeline.domain_lines(journal, goals), now),
                "continuum",
            ),
            "checkins": (
                view.domain_panels(timeline.checkin_lines(journal), now, checkins=True),
                "answers",
            ),
        }
        drawn = {}
        for kind, (found, scale) in made.items():
            for lines in (None, 23):
                drawn[f"{kind}-{lines}"] = (
                    stack.render(
                        found,
                        width=width,
                        lines=lines,
                        colour=colour,
                        start=None,
                        end=now,
                        title="T",
                    ),
                    found,
                    scale,
                )
        drawn["together"] = (
            stack.render_together(
                made["goals"][0], width=width, colour=colour, start=None, end=now
            ),
            [],
            "continuum",
        )
        from io import StringIO

        buffer = StringIO()
        console = make_console(buffer, width=width)
        console.print(goal_page(journal, journal.goal("1"), width=width))
        drawn["goal page"] = (buffer.getvalue(), [], "continuum")
        drawn["look-back"] = (
            panels_text(look_back(journal), now, width=width, colour=colour),
            [],
            "continuum",
        )
    return drawn


@pytest.mark.parametrize("lang", ["en", "da"])
@pytest.mark.parametrize("colour", [False, True])
@pytest.mark.parametrize("width", WIDTHS)
def test_every_chart_panel_by_panel(football, width, colour, lang):
    """Every chart at 60, 80, 120 and 200 columns, with and without colour, in
    English and Danish: per panel its title, one series, the band labels (or
    the answers' ends) at their rows, the dates in the person's language."""
    from recovery_cli.i18n import set_language
    from recovery_cli.journal import Journal
    from recovery_cli.journal.checkins import add_checkin

    with Journal.open(football, write=True) as journal:
        if not journal.checkins():
            add_checkin(journal, {"connectedness": 3, "hope": 4}, when="20 days ago")
            add_checkin(journal, {"connectedness": 5, "hope": 4})
    set_language(lang)
    for kind, (text, made, scale) in _every_chart(football, width, colour).items():
        if kind != "goal page":
            assert (ESC in text) == colour, kind
        plain = strip_ansi(text)
        assert max(len(line.rstrip()) for line in plain.splitlines()) <= width, kind
        found = panels(plain)[1]
        assert found, kind
        for drawn in found:
            assert NAMES[lang][scale] <= set(drawn.labels), (kind, drawn.labels)
            if kind == "together":
                assert len(drawn.ink) >= 2
            elif len(drawn.rows) < 8:
                assert drawn.ink <= HD, (kind, drawn.ink)
            else:
                assert len(drawn.ink) == 1, (kind, drawn.ink)  # one series per panel
            assert drawn.sentence and drawn.sentence[0], kind
        assert any(month in found[-1].dates for month in MONTHS[lang]), (kind, found[-1].dates)
        for panel, drawn in zip(made, found if made else [], strict=True):
            assert panel.title.startswith(drawn.title.rstrip("…")), (kind, drawn.title)
            assert (
                drawn.sentence[0] == panel.sentence.split()[0]
                or " ".join(drawn.sentence) == panel.sentence
            )

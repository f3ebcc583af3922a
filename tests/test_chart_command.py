"""``recovery chart`` and the goal page's chart, as a person uses them."""

from __future__ import annotations

import os
import re
import stat
import time

import pytest

from tests.charts_seed import FOOTBALL, seed

ESC = "\x1b"


@pytest.fixture
def football(journal_file):
    seed(journal_file, FOOTBALL, resources=[("Played as a kid", "1")],
         supports=[("My brother", "1")])
    return journal_file


def row(chart: str, value: int) -> str:
    for line in chart.splitlines():
        if re.match(rf"^[^┤│]*\b{value}┤", line):
            return line
    raise AssertionError(f"no row for {value} in\n{chart}")


def edge(line: str) -> str:
    return line.rstrip().removesuffix("│")[-1:]


@pytest.mark.parametrize("columns", [60, 120])
def test_chart_of_active_goals(cli, football, columns):
    ran = cli("chart", env={"COLUMNS": str(columns)})
    assert ran.code == 0, ran
    out = ran.out
    assert max(len(line) for line in out.splitlines()) <= columns
    assert out.startswith("Where you are on your goals, over time")
    assert "far away 2┤" in out and "on the way┤" in out and "close 7┤" in out
    # legend: active goals with positions, in number order, each with its marker
    assert "• #1 Play on a local football team" in out
    assert "+ #2 Training on Tuesday" in out and "x #3 Find work I like" in out
    assert "Sleep better" not in out and "Cook for friends" not in out
    assert (edge(row(out, 5)), edge(row(out, 3)), edge(row(out, 6))) == ("•", "+", "x")
    assert ESC not in out


def test_named_goals_and_a_domain(cli, football):
    out = cli("chart", "3", "football").out
    legend = [line for line in out.splitlines() if "#" in line]
    assert legend[0].startswith("• #3 Find work") and "+ #1 Play on" in legend[-1]
    assert "Training" not in out
    out = cli("chart", "--chime", "m").out
    assert "#1 Play" in out and "#3 Find work" in out and "#2 Training" not in out
    assert "None of these goals serves Hope" in cli("chart", "--chime", "hope").out
    assert cli("chart", "#6").out.count("#6 Cook for friends") == 1  # any status, by name


def test_by_domain(cli, football):
    out = cli("chart", "--by-domain", env={"COLUMNS": "120"}).out
    assert out.startswith("CHIME domains over time")
    for name in ("Connectedness", "Identity", "Meaning", "Empowerment"):
        assert name in out
    assert "Hope" not in out  # no active goal serves it
    assert "Connectedness" in cli("chart", "--by-domain", "--chime", "c").out
    assert "Meaning" not in cli("chart", "--by-domain", "--chime", "c").out


def test_since_and_until(cli, football):
    out = cli("chart", "--since", "30 days ago", env={"COLUMNS": "100"}).out
    assert " – " in out.splitlines()[0]
    assert edge(row(out, 5)) == "•"
    empty = cli("chart", "--since", "2001-01-01", "--until", "2001-02-01")
    assert empty.code == 0
    assert empty.out.strip() == ("No positions were logged between 1 Jan 2001 and 1 Feb 2001. "
                                 "Try a wider range, or leave out --since and --until.")
    backwards = cli("chart", "--since", "yesterday", "--until", "2001-01-01")
    assert backwards.code == 2 and "start comes after the end" in backwards.err
    assert cli("chart", "--since", "someday").code == 2


def test_danish_chart(cli, football):
    out = cli("--lang", "da", "chart", env={"COLUMNS": "120"}).out
    assert out.startswith("Hvor du er med dine mål, over tid")
    assert "langt væk 2┤" in out and "på vej┤" in out and "tæt på 7┤" in out
    months = ("jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
              "nov.", "dec.")
    assert any(month in out for month in months)
    empty = cli("--lang", "da", "chart", "--since", "2001-01-01", "--until", "2001-02-01").out
    assert "Der blev ikke noteret placeringer mellem 1. jan. 2001 og 1. feb. 2001" in empty


def test_save_txt_and_html(cli, football, tmp_path):
    txt, html = tmp_path / "out" / "chart.txt", tmp_path / "out" / "chart.HTML"
    txt.parent.mkdir()
    os.umask(0o022)
    ran = cli("chart", "--save", str(txt))
    assert ran.code == 0 and "Saved the chart to" in ran.out
    text = txt.read_text(encoding="utf-8")
    assert ESC not in text and "far away 2┤" in text and "#1 Play on a local football team" in text
    assert stat.S_IMODE(txt.stat().st_mode) == 0o600
    assert cli("chart", "--save", str(html)).code == 0
    page = html.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "color: #" in page and ESC not in page
    assert "#1 Play on a local football team" in page
    assert stat.S_IMODE(html.stat().st_mode) == 0o600


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
        assert "far away 2┤" in result.stdout


def test_ten_years_of_daily_logs(cli, journal_file):
    days = [(3650 - day, 1 + (day // 45) % 8) for day in range(3650)]
    seed(journal_file, [{"title": "Walk every day", "chime": "h", "log": days}])
    started = time.perf_counter()
    out = cli("chart", env={"COLUMNS": "200"}).out
    assert time.perf_counter() - started < 3
    assert "#1 Walk every day" in out and max(len(line) for line in out.splitlines()) <= 200
    years = re.findall(r"\b20\d\d\b", out)
    assert len(years) >= 4
    page = cli("goal", "show", "1", env={"COLUMNS": "100"}).out
    assert "The latest 20 of 3650 positions" in page
    assert time.perf_counter() - started < 6


def test_goal_page_has_everything_and_a_small_chart(cli, football):
    out = cli("goal", "show", "1", env={"COLUMNS": "60"}).out
    assert max(len(line.rstrip()) for line in out.splitlines()) <= 60
    flat = " ".join(out.split())
    for text in ("What it will look like I train every Tuesday", "Horizon around ",
                 "What needs to change Find a club near me",
                 "How we work together We meet every second week",
                 "Played as a kid", "My brother", "#2 Training on Tuesday · 3 far away"):
        assert text in flat
    assert "on the way 4┤" in out and "close 6┤" in out and "far away 1┤" in out
    assert edge(row(out, 5)) == "•"
    assert "Positions over time" in out
    wide = " ".join(cli("goal", "show", "1", env={"COLUMNS": "120"}).out.split())
    assert "5 on the way First training Peer group" in wide
    assert "3 far away Called the club My brother came along" in wide
    assert "2 far away Looked up clubs" in wide


def test_goal_page_invites_gently(cli, football):
    flat = " ".join(cli("goal", "show", "4").out.split())
    assert "No resources or support linked yet" in flat
    assert "No positions logged yet" in flat and "┤" not in flat


def test_goal_page_in_danish(cli, football):
    out = cli("--lang", "da", "goal", "show", "1", env={"COLUMNS": "100"}).out
    assert "på vej 4┤" in out and "tæt på 6┤" in out and "langt væk 1┤" in out
    assert "Placeringer over tid" in out


def test_chart_help_has_an_example(cli):
    for lang, word in (("en", "Example: recovery chart"), ("da", "Eksempel: recovery graf")):
        out = cli("--lang", lang, "chart", "--help", env={"COLUMNS": "120"}).out
        assert word in out and "--by-domain" in out and "--save" in out


def test_save_leaves_an_existing_file_alone_without_force(cli, football, tmp_path):
    target = tmp_path / "chart.txt"
    target.write_text("my own notes", encoding="utf-8")
    ran = cli("chart", "--save", str(target))
    assert ran.code == 1 and ran.out == ""
    assert ran.err.strip() == (f"The file {target} already exists and was left as it is; "
                               "add --force to replace it, or choose another name.")
    assert target.read_text(encoding="utf-8") == "my own notes"
    forced = cli("chart", "--save", str(target), "--force")
    assert forced.code == 0 and "far away 2┤" in target.read_text(encoding="utf-8")
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

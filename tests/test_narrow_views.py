"""Goal list, status and goal page at 60, 80 and 120 columns: nothing cut mid-word,
commands to copy kept whole on one line, and the small words right."""

from __future__ import annotations

import json
import re

import pytest

from recovery_cli.i18n import set_language, t
from recovery_cli.views import format as fmt
from tests.charts_seed import seed

WIDTHS = ("60", "80", "120")
LANGS = ("en", "da")
LONG = "Findaverylongsingleworditlookslikeawebaddress"


def tokens(out: str) -> set[str]:
    return set(out.split())


def whole_words(
    lang: str, texts: list[str], *, status: bool, values: tuple[int, ...] = ()
) -> set[str]:
    """The words the table shows; each must appear uncut (a title may wrap
    between words; only a word too long for any line folds)."""
    set_language(lang)
    try:
        words = {w for key in ("col.goal", "col.chime", "col.position") for w in t(key).split()}
        if status:
            words |= set(t("col.status").split())
            for key in ("active", "paused"):
                words |= set(fmt.status_label(key).split())
        for value in values:
            words |= set(fmt.band_label(value).split())
    finally:
        set_language("en")
    return words | {w for text in texts for w in text.split() if len(w) <= 16}


@pytest.fixture
def demo(journal_file):
    return journal_file


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("columns", WIDTHS)
def test_goal_list_cuts_no_word(cli, demo, lang, columns):
    for args in (("goal", "list", "--all"), ("goal", "list")):
        ran = cli("--demo", "--lang", lang, *args, env={"COLUMNS": columns})
        assert ran.code == 0, ran
        lines = ran.out.splitlines()
        assert max(len(line.rstrip()) for line in lines) <= int(columns)
        assert "…" not in ran.out
        shown = json.loads(cli("--demo", "--lang", lang, *args, "--json").out)
        titles = [goal["title"] for goal in shown]
        values = tuple(goal["position"]["position"] for goal in shown if goal["position"])
        missing = whole_words(lang, titles, status="--all" in args, values=values)
        missing -= tokens(ran.out)
        assert not missing, (missing, ran.out)
    wide = cli("--demo", "--lang", lang, "goal", "list", "--all", env={"COLUMNS": columns}).out
    assert re.search(r"^\s*6\s", wide, re.M)  # the number column is never dropped


def test_goal_list_folds_only_a_word_too_long_for_any_line(cli, journal_file):
    seed(
        journal_file,
        [{"title": f"{LONG} and more", "log": [(2, 3)]}, {"title": "Sleep", "status": "paused"}],
    )
    for columns in ("60", "80"):
        out = cli("goal", "list", "--all", env={"COLUMNS": columns}).out
        assert max(len(line.rstrip()) for line in out.splitlines()) <= int(columns)
        assert {"Status", "active", "paused", "Sleep", "#"} <= tokens(out)
        assert "…" not in out


WHOLE = re.compile(
    r"recovery (resource add (TEXT|TEKST) --goal \d+|support add (WHO|HVEM) "
    r"--goal \d+|chart \d+|goal show \d+ --all)(,|$| )"
)


def command_lines(out: str) -> list[str]:
    """The lines with a command to copy; each command on them is whole."""
    lines = [line.strip() for line in out.splitlines() if re.search(r"\brecovery\b", line)]
    for line in lines:
        for found in re.finditer(r"\brecovery\b", line):
            assert WHOLE.match(line[found.start() :]), f"cut command in {line!r}:\n{out}"
    return lines


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("columns", ("60", "80", "100", "120"))
def test_status_keeps_each_command_on_one_line(cli, demo, lang, columns):
    ran = cli("--demo", "--lang", lang, "status", env={"COLUMNS": columns})
    assert ran.code == 0, ran
    assert max(len(line.rstrip()) for line in ran.out.splitlines()) <= int(columns)
    text, who = ("TEXT", "WHO") if lang == "en" else ("TEKST", "HVEM")
    found = command_lines(ran.out)
    assert any(re.search(rf"recovery resource add {text} --goal \d+$", line) for line in found)
    assert any(re.search(rf"recovery support add {who} --goal \d+$", line) for line in found)


@pytest.mark.parametrize("columns", WIDTHS)
def test_status_with_both_invitations_for_many_goals(cli, journal_file, columns):
    seed(
        journal_file,
        [{"title": f"Goal number {n}", "chime": "c", "log": [(9, 2), (1, 3)]} for n in range(1, 8)],
    )
    out = cli("status", env={"COLUMNS": columns}).out
    found = command_lines(out)
    assert "recovery resource add TEXT --goal 1" in " ".join(found)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("columns", WIDTHS)
def test_goal_page_at_each_width(cli, demo, lang, columns):
    ran = cli("--demo", "--lang", lang, "goal", "show", "3", env={"COLUMNS": columns})
    assert ran.code == 0, ran
    assert max(len(line.rstrip()) for line in ran.out.splitlines()) <= int(columns)
    text = "TEXT" if lang == "en" else "TEKST"
    assert any(
        line.endswith(f"recovery resource add {text} --goal 3") for line in command_lines(ran.out)
    ), ran.out


def test_goal_page_history_hint_keeps_its_commands_whole(cli, journal_file):
    seed(journal_file, [{"title": "Walk", "log": [(day, 1 + day % 8) for day in range(30, 5, -1)]}])
    for columns in WIDTHS:
        out = cli("goal", "show", "1", env={"COLUMNS": columns}).out
        flat = " ".join(out.split())
        assert "The latest 20 of 25 positions. All of them:" in flat
        lines = command_lines(out)
        assert any(
            line.endswith("recovery chart 1") or "recovery chart 1 or" in line for line in lines
        ), out
        assert any(line.endswith("recovery goal show 1 --all") for line in lines), out


def test_lookback_within_today_says_earlier_today(cli, journal_file):
    assert cli("goal", "add", "Walk in the park", "--chime", "c,m,i", "--position", "2").code == 0
    assert cli("log", "1", "5").code == 0
    flat = " ".join(cli("status").out.split())
    assert "Earlier today you were at 2 with “Walk in the park”; now you are at 5." in flat
    assert not re.search(r"On \d+ \w+ \d{4} Walk", flat)
    danish = " ".join(cli("--lang", "da", "status").out.split())
    assert "Tidligere i dag var du på 2 med »Walk in the park«; nu er du på 5." in danish


def test_lookback_from_yesterday_and_from_a_day(cli, journal_file):
    seed(journal_file, [{"title": "Walk", "log": [(1, 2), (0, 4)]}])
    flat = " ".join(cli("status").out.split())
    assert "Yesterday you were at 2 with “Walk”; today you are at 4." in flat


def test_lookback_from_an_earlier_day_names_it(cli, journal_file):
    seed(journal_file, [{"title": "Walk", "log": [(4, 2), (0, 4)]}])
    flat = " ".join(cli("status").out.split())
    assert re.search(r"On \d+ \w+ \d{4} you were at 2 with “Walk”; today you are at 4\.", flat), (
        flat
    )


def test_missing_domains_are_joined_with_or(cli, journal_file):
    seed(journal_file, [{"title": "Walk", "chime": "c,i,m", "log": [(3, 2)]}])
    flat = " ".join(cli("status").out.split())
    assert "No goal serves Hope or Empowerment yet: possibilities" in flat
    danish = " ".join(cli("--lang", "da", "status").out.split())
    assert "Intet mål handler om Håb eller Empowerment endnu" in danish


def test_three_missing_domains(cli, journal_file):
    seed(journal_file, [{"title": "Run", "chime": "c,m", "log": [(3, 2)]}])
    flat = " ".join(cli("status").out.split())
    assert "No goal serves Hope, Identity or Empowerment yet" in flat

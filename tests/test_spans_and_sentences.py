"""Spans back from today read the same everywhere (calendar months and years,
``3m``/``1y`` in every WHEN), a held line's sentence names when it began, and
a sentence that ends on an abbreviated Danish date ends with one full stop."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from recovery_cli.domain.when import months_before, parse_day
from recovery_cli.i18n import set_language, t

NOW = datetime(2026, 12, 6, 12, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("3 months ago", date(2026, 9, 6)),
        ("12 months ago", date(2025, 12, 6)),
        ("1 year ago", date(2025, 12, 6)),
        ("a year ago", date(2025, 12, 6)),
        ("for et år siden", date(2025, 12, 6)),
        ("for 3 måneder siden", date(2026, 9, 6)),
        ("3m", date(2026, 9, 6)),
        ("1y", date(2025, 12, 6)),
        ("2w", date(2026, 11, 22)),
        ("6 mdr.", date(2026, 6, 6)),
        ("10 days ago", date(2026, 11, 26)),
    ],
)
def test_a_span_back_is_counted_by_the_calendar(text, day):
    assert parse_day(text, NOW) == day


def test_a_month_back_from_a_long_month_lands_on_the_last_day():
    assert months_before(date(2026, 5, 31), 3) == date(2026, 2, 28)
    assert months_before(date(2024, 5, 31), 3) == date(2024, 2, 29)


def test_a_span_of_nothing_is_today_and_nothing_to_look_back_over(cli, journal_file):
    assert parse_day("0 days ago", NOW) == parse_day("0m", NOW) == NOW.date()
    cli("goal", "add", "Walk", "--position", "3")
    assert cli("look-back", "--since", "0m").code == 2


def test_chart_since_takes_a_span_as_look_back_does(cli, journal_file):
    cli("goal", "add", "Walk", "--position", "3", "--date", "2 years ago")
    for since in ("1y", "3m", "3 months ago"):
        done = cli("chart", "--since", since, "--describe")
        assert done.code == 0, (since, done)


def test_a_held_line_says_when_it_began_not_where_the_range_begins(cli, journal_file):
    cli("goal", "add", "Walk", "--position", "3", "--date", "20 days ago")
    cli("log", "walk", "6", "--date", "10 days ago")
    done = cli("chart", "--since", "yesterday", "--describe")
    day = parse_day("10 days ago", datetime.now(timezone.utc).astimezone())
    assert f"At 6 since {day.day} " in done.out, done.out


def test_a_sentence_ending_on_an_abbreviated_date_has_one_full_stop():
    set_language("da")
    assert t("story.journey.began", value=2, day="22. okt.") == "Du begyndte på 2 den 22. okt."
    assert t("story.sentence.held", value=4, since="1. okt.") == "På 4 siden 1. okt."
    # a full stop inside a value, or a value not closing a sentence, is kept
    assert "22. okt. til" in t("story.let_go.way", first=2, since="22. okt.", last=3)


def test_reaching_a_goal_in_danish_reads_cleanly(cli, journal_file):
    cli("--lang", "da", "goal", "add", "Gå ture", "--position", "2", "--date", "40 days ago")
    cli("--lang", "da", "log", "1", "6", "--date", "20 days ago")
    done = cli("--lang", "da", "goal", "reach", "1")
    assert done.code == 0
    assert ".." not in done.out, done.out

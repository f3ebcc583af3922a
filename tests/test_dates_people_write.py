"""Dates and horizons as people write and say them, in English and Danish: every
date the tool shows is read back as the same day; horizons such as "in 3 months"
and "om et halvt år"; the everyday words for who supports you; and ``goal add
--date`` for a goal written up afterwards."""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recovery_cli.domain import records as rec
from recovery_cli.domain.choices import parse_support_kind
from recovery_cli.domain.errors import InputError
from recovery_cli.domain.when import parse_day, parse_horizon, parse_when
from recovery_cli.i18n import numeric_date, set_language, t
from recovery_cli.views import format as fmt

NOW = datetime(2026, 11, 23, 15, 30).astimezone()  # local, as the tool shows dates
TODAY = NOW.date()


def _shown(day: date, at: time) -> list[str]:
    """Every way the tool writes ``day`` on a screen in the current language."""
    moment = datetime.combine(day, at).astimezone()
    stamp = rec.stamp(moment)
    shown = [
        fmt.day_text(day),
        numeric_date(day),
        fmt.moment_text(stamp),
        fmt.local_moment_text(moment),
        fmt.when_text(stamp, NOW),
    ]
    if (TODAY - day).days < 365:  # a chart's day tick has no year: the last such day
        shown.append(t("chart.tick.day", day=day.day, month=t(f"month.{day.month}")))
    return shown


@given(back=st.integers(0, 400), language=st.sampled_from(["en", "da"]), at=st.times())
def test_every_date_the_tool_shows_reads_back_as_that_day(back, language, at):
    day = TODAY - timedelta(days=back)
    if back == 0:
        at = min(at, NOW.time().replace(tzinfo=None))  # not later today: that is the future
    set_language(language)
    try:
        for text in _shown(day, at):
            for read in (parse_when, parse_day):  # either language reads either's dates
                got = read(text, NOW)
                got = got.astimezone(NOW.tzinfo).date() if isinstance(got, datetime) else got
                assert got == day, (language, text, got)
    finally:
        set_language("en")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("20 Nov 2026", date(2026, 11, 20)),
        ("20 Nov", date(2026, 11, 20)),
        ("Nov 20", date(2026, 11, 20)),
        ("November 20th, 2026", date(2026, 11, 20)),
        ("20. nov. 2026", date(2026, 11, 20)),
        ("20. november", date(2026, 11, 20)),
        ("20. NOVEMBER 2026", date(2026, 11, 20)),
        ("20/11", date(2026, 11, 20)),
        ("20.11.", date(2026, 11, 20)),
        ("2026/11/20", date(2026, 11, 20)),
        ("3. marts 2025", date(2025, 3, 3)),
        ("1 May", date(2026, 5, 1)),
        ("1. maj", date(2026, 5, 1)),
        ("24 Dec", date(2025, 12, 24)),  # no year: the last one
        ("24/12", date(2025, 12, 24)),
        ("23 Nov", TODAY),
        ("okt 5", date(2026, 10, 5)),
        ("20 Nov 2026, 21:00", date(2026, 11, 20)),
        ("20. nov. 2026 kl. 21.00", date(2026, 11, 20)),
        ("20/11 ", date(2026, 11, 20)),
        ("29 Feb", date(2024, 2, 29)),
    ],
)
def test_dates_as_people_write_them(text, expected):
    assert parse_when(text, NOW).astimezone(NOW.tzinfo).date() == expected
    assert parse_day(text, NOW) == expected


def test_a_written_time_is_kept():
    moment = parse_when("20. nov. 2026 kl. 21.05", NOW)
    assert (moment.date(), moment.hour, moment.minute) == (date(2026, 11, 20), 21, 5)
    assert parse_when("Nov 20, 2026 at 9:30", NOW).hour == 9


@pytest.mark.parametrize(
    "text, key",
    [
        ("31 Feb 2026", "error.when.bad_date"),
        ("31/2", "error.when.bad_date"),
        ("20 Nov 2027", "error.when.future"),
        ("Nov 20 2027", "error.when.future"),
        ("20 Novembr", "error.when.unknown"),
        ("20 Nov 2026 25:00", "error.when.bad_date"),
        ("20 nov 26", "error.when.unknown"),
        ("1 Jan 1899", "error.when.too_early"),
    ],
)
def test_written_dates_that_are_not_a_past_day(text, key):
    with pytest.raises(InputError) as caught:
        parse_when(text, NOW)
    assert caught.value.key == key


@given(st.text(alphabet="0123456789 ./-:,akljnovdecmrtsp", max_size=20))
def test_reading_a_date_never_crashes(text):
    try:
        moment = parse_when(text, NOW)
    except InputError:
        return
    assert moment <= NOW + timedelta(minutes=1)


# -- horizons -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, stored",
    [
        ("in 3 months", "3m"),
        ("in half a year", "6m"),
        ("next year", "1y"),
        ("in a year", "1y"),
        ("in 5 years", "5y"),
        ("in a year and a half", "18m"),
        ("half a year", "6m"),
        ("om 3 måneder", "3m"),
        ("om et halvt år", "6m"),
        ("om et år", "1y"),
        ("om 5 år", "5y"),
        ("næste år", "1y"),
        ("om halvandet år", "18m"),
        ("et halvt år", "6m"),
        ("6 mdr.", "6m"),
        ("6 mdr", "6m"),
        ("om 6 mdr.", "6m"),
        ("OM ET HALVT ÅR", "6m"),
        ("om en måned", "1m"),
        ("1 Jun 2027", "2027-06-01"),
        ("1. juni 2027", "2027-06-01"),
        ("June 1, 2027", "2027-06-01"),
        ("2027/6/1", "2027-06-01"),
        ("1/6", "2027-06-01"),  # no year: the next such day
        ("24 Dec", "2026-12-24"),
    ],
)
def test_horizons_as_people_say_them(text, stored):
    assert parse_horizon(text, NOW) == stored


@pytest.mark.parametrize(
    "text",
    [
        "om",
        "in",
        "om 0 måneder",
        "am",
        "in 3",
        "next",
        "1 Jun 2020",
        "1 Jun 2027 10:00",
        "om et halvt",
    ],
)
def test_horizons_that_say_no_time_ahead(text):
    with pytest.raises(InputError):
        parse_horizon(text, NOW)


def test_every_horizon_the_tool_offers_is_read_back():
    for language in ("en", "da"):
        set_language(language)
        for stored in ("6m", "1y", "5y", "3m"):
            said = fmt.horizon_text(stored)  # "in 6 months" / "om 6 måneder"
            assert parse_horizon(said, NOW) == stored, said
    set_language("en")


def test_a_horizon_date_counts_from_the_goals_start():
    start = NOW - timedelta(days=60)
    assert parse_horizon("1 Nov 2026", NOW, start) == "2026-11-01"  # after the start
    with pytest.raises(InputError) as caught:
        parse_horizon("1 Sep 2026", NOW, start)
    assert caught.value.key == "error.horizon.before_start"


# -- who supports you, in everyday words -------------------------------------------------


@pytest.mark.parametrize(
    "word, kind",
    [
        ("pårørende", "family"),
        ("Pårørende", "family"),
        ("bostøtte", "professional"),
        ("kontaktperson", "professional"),
        ("psykiater", "professional"),
        ("læge", "professional"),
        ("laege", "professional"),
        ("mentor", "professional"),  # a job centre's or a municipality's role
        ("peer-mentor", "peer"),
        ("peermedarbejder", "peer"),
        ("peer-medarbejder", "peer"),
        ("forening", "network"),
        ("familie", "family"),
        ("relative", "family"),
        ("psychiatrist", "professional"),
        ("peer worker", "peer"),
    ],
)
def test_support_kinds_in_everyday_words(word, kind):
    assert parse_support_kind(word) == kind


def test_support_kinds_through_the_command_line(cli, journal_file):
    for who, word in (
        ("Min mor", "pårørende"),
        ("Maja", "peer-medarbejder"),
        ("Bo", "bostøtte"),
        ("LAP", "forening"),
    ):
        assert cli("--lang", "da", "support", "add", who, "--kind", word).code == 0
    listed = json.loads(cli("support", "list", "--json").out)
    assert [s["kind"] for s in listed] == ["family", "peer", "professional", "network"]
    wrong = cli("--lang", "da", "support", "add", "Nabo", "--kind", "nabo")
    assert wrong.code == 2 and "pårørende" in wrong.err


# -- goal add --date -----------------------------------------------------------------------


def test_a_goal_written_up_afterwards_sits_in_order(cli, journal_file):
    today = date.today()
    added = cli(
        "--lang",
        "da",
        "goal",
        "add",
        "Svømme",
        "--position",
        "2",
        "--horizon",
        "6 mdr.",
        "--date",
        "for 30 dage siden",
        "--note",
        "Første gang i hallen",
    )
    assert added.code == 0, added
    assert "Du var på 2 (langt væk), " in added.out
    assert cli("log", "1", "3", "--date", "20 days ago").code == 0
    assert cli("log", "1", "4").code == 0
    page = json.loads(cli("goal", "show", "1", "--json").out)
    assert [p["position"] for p in page["history"]] == [2, 3, 4]
    assert page["history"][0]["note"] == "Første gang i hallen"
    start = today - timedelta(days=30)
    assert datetime.fromisoformat(page["created"]).astimezone().date() == start
    assert datetime.fromisoformat(page["updated"]) >= datetime.fromisoformat(page["created"])
    shown = cli("goal", "show", "1").out  # the horizon counts from the start
    assert fmt.day_text(fmt.horizon_target("6m", page["created"])) in shown


def test_goal_add_date_without_a_position_dates_the_goal_and_its_note(cli, journal_file):
    done = cli("goal", "add", "Walk", "--date", "3 days ago", "--note", "Idea from a friend")
    assert done.code == 0 and "Started: 3 days ago." in done.out
    (note,) = json.loads(cli("notes", "--json").out)
    assert datetime.fromisoformat(note["when"]).astimezone().date() == (
        date.today() - timedelta(days=3)
    )


@pytest.mark.parametrize(
    "args, key",
    [
        (("--date", "tomorrow"), "in the future"),
        (("--date", ""), "is empty"),
        (("--date", "10 days ago", "--horizon", "20 days ago"), "is not a horizon"),
    ],
)
def test_goal_add_date_refuses_what_log_refuses(cli, journal_file, args, key):
    done = cli("goal", "add", "Walk", *args)
    assert done.code == 2 and key in done.err and not journal_file.exists()


def test_a_horizon_date_before_the_start_is_refused(cli, journal_file):
    start = date.today() - timedelta(days=40)
    before = fmt.day_text(start - timedelta(days=1))
    done = cli(
        "--lang", "da", "goal", "add", "Gå", "--date", fmt.day_text(start), "--horizon", before
    )
    assert done.code == 2 and "ligger ikke efter målets start" in done.err
    after = fmt.day_text(start + timedelta(days=10))
    assert cli("goal", "add", "Walk", "--date", fmt.day_text(start), "--horizon", after).code == 0

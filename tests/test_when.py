"""WHEN values and horizons, English and Danish."""

from datetime import date, datetime, timedelta, timezone

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recovery_cli.domain.errors import InputError
from recovery_cli.domain.when import EARLIEST, parse_day, parse_horizon, parse_when

TZ = timezone(timedelta(hours=1))
NOW = datetime(2026, 11, 23, 15, 30, tzinfo=TZ)  # a Monday
TODAY = NOW.date()


@pytest.mark.parametrize(
    "text, expected",
    [
        ("today", TODAY),
        ("i dag", TODAY),
        ("I DAG", TODAY),
        ("now", TODAY),
        ("nu", TODAY),
        ("yesterday", TODAY - timedelta(1)),
        ("i går", TODAY - timedelta(1)),
        ("i gar", TODAY - timedelta(1)),
        ("i forgårs", TODAY - timedelta(2)),
        ("3 days ago", TODAY - timedelta(3)),
        ("for 3 dage siden", TODAY - timedelta(3)),
        ("1 day ago", TODAY - timedelta(1)),
        ("2 weeks ago", TODAY - timedelta(14)),
        ("for 2 uger siden", TODAY - timedelta(14)),
        ("a week ago", TODAY - timedelta(7)),
        ("monday", TODAY),
        ("mandag", TODAY),
        ("sunday", TODAY - timedelta(1)),
        ("søndag", TODAY - timedelta(1)),
        ("fredag", TODAY - timedelta(3)),
        ("last monday", TODAY - timedelta(7)),
        ("i mandags", TODAY - timedelta(7)),
        ("sidste fredag", TODAY - timedelta(3)),
        ("2026-03-14", date(2026, 3, 14)),
        ("2026-03-14T09:30", date(2026, 3, 14)),
        ("2026-03-14 09:30+01:00", date(2026, 3, 14)),
        ("23.11.2026", TODAY),
        ("23/11/2026", TODAY),
        ("23-11-2026", TODAY),
        ("14.3.2026", date(2026, 3, 14)),
        ("01.03.2026", date(2026, 3, 1)),
        ("14.3.2026 09:30", date(2026, 3, 14)),
        ("14.03.2026 9.30", date(2026, 3, 14)),
    ],
)
def test_everyday_words_and_iso(text, expected):
    assert parse_when(text, NOW).astimezone(TZ).date() == expected


def test_today_is_now_and_past_days_are_noon():
    assert parse_when("today", NOW) == NOW
    assert parse_when("yesterday", NOW).hour == 12
    assert parse_when("2026-11-23", NOW) == NOW


@pytest.mark.parametrize("text", ["tomorrow", "i morgen", "2026-11-24", "2030-01-01T00:00"])
def test_future_is_refused(text):
    with pytest.raises(InputError) as caught:
        parse_when(text, NOW)
    assert caught.value.key == "error.when.future"


@pytest.mark.parametrize(
    "text, key",
    [
        ("2025-13-40", "error.when.bad_date"),
        ("2025-02-30", "error.when.bad_date"),
        ("30.02.2026", "error.when.bad_date"),
        ("11/23/2026", "error.when.bad_date"),
        ("14.3.2026 25:00", "error.when.bad_date"),
        ("14.3/2026", "error.when.unknown"),
        ("14.3.26", "error.when.unknown"),
        ("24.11.2026", "error.when.future"),
        ("someday", "error.when.unknown"),
        ("", "error.when.unknown"),
        ("3 parsecs ago", "error.when.unknown"),
    ],
)
def test_nonsense_is_refused(text, key):
    with pytest.raises(InputError) as caught:
        parse_when(text, NOW)
    assert caught.value.key == key


@pytest.mark.parametrize(
    "text",
    [
        "0001-01-01",
        "1899-12-31",
        "1899-12-31T23:59",
        "0001-01-01T00:00+05:00",
        "99999 days ago",
        "for 99999 dage siden",
        "99999 weeks ago",
        "99999 months ago",
        "for 99999 måneder siden",
    ],
)
def test_dates_before_1900_are_refused(text):
    with pytest.raises(InputError) as caught:
        parse_when(text, NOW)
    assert caught.value.key == "error.when.too_early"
    assert caught.value.params == {"value": text, "earliest": EARLIEST}
    with pytest.raises(InputError):
        parse_day(text, NOW)  # --since and --until too


@pytest.mark.parametrize("text", ["1900-01-01", "1900-01-01T00:00", "45000 days ago"])
def test_the_first_day_of_1900_is_accepted(text):
    assert parse_when(text, NOW).date() >= EARLIEST


@given(st.dates(min_value=date(1900, 1, 1), max_value=TODAY))
def test_any_past_iso_date_reads_back_as_that_day(day):
    assert parse_when(day.isoformat(), NOW).astimezone(TZ).date() == day


DAY_FIRST = st.sampled_from(
    [
        "{d}.{m}.{y}",
        "{d:02}.{m:02}.{y}",
        "{d}/{m}/{y}",
        "{d:02}/{m:02}/{y}",
        "{d}-{m}-{y}",
        "{d:02}-{m:02}-{y}",
    ]
)


def day_first(form: str, day: date) -> str:
    return form.format(d=day.day, m=day.month, y=day.year)


@given(st.dates(min_value=date(1900, 1, 1), max_value=TODAY), DAY_FIRST)
def test_any_past_date_written_day_first_reads_back_as_that_day(day, form):
    text = day_first(form, day)
    assert parse_when(text, NOW).astimezone(TZ).date() == day
    assert parse_when(text, NOW) == parse_when(day.isoformat(), NOW)  # same moment as ISO
    assert parse_day(text, NOW) == day


@given(st.dates(min_value=TODAY + timedelta(1), max_value=date(2200, 1, 1)), DAY_FIRST)
def test_a_future_date_written_day_first_is_refused_but_is_a_horizon(day, form):
    text = day_first(form, day)
    with pytest.raises(InputError) as caught:
        parse_when(text, NOW)
    assert caught.value.key == "error.when.future"
    assert parse_horizon(text, NOW) == day.isoformat()


@given(st.integers(1, 31), st.integers(1, 12), st.integers(1900, 2026))
def test_day_first_is_a_date_or_bad_date_never_a_crash(d, m, y):
    try:
        day = date(y, m, d)
    except ValueError:
        with pytest.raises(InputError) as caught:
            parse_when(f"{d}.{m}.{y}", NOW)
        assert caught.value.key == "error.when.bad_date"
        return
    if day <= TODAY:
        assert parse_day(f"{d}.{m}.{y}", NOW) == day


@given(st.integers(min_value=0, max_value=3000))
def test_days_ago_in_both_languages_agree(n):
    english = parse_when(f"{n} days ago", NOW)
    danish = parse_when(f"for {n} dage siden", NOW)
    assert english == danish
    assert english.astimezone(TZ).date() == TODAY - timedelta(days=n)


@given(st.dates(min_value=TODAY + timedelta(1), max_value=date(2200, 1, 1)))
def test_any_future_date_is_refused(day):
    with pytest.raises(InputError):
        parse_when(day.isoformat(), NOW)


@given(st.text(max_size=30) | st.integers(0, 99999).map(lambda n: f"{n} months ago"))
def test_parser_never_crashes(text):
    try:
        moment = parse_when(text, NOW)
    except InputError:
        return
    assert datetime(1900, 1, 1, tzinfo=TZ) <= moment <= NOW + timedelta(minutes=1)


def test_parse_day_refuses_a_future_day_in_any_form():
    assert parse_day("today", NOW) == NOW.date()
    for text in ("2027-01-01", "tomorrow", "i morgen"):
        with pytest.raises(InputError) as refused:
            parse_day(text, NOW)
        assert refused.value.key == "error.when.future"


@pytest.mark.parametrize(
    "text, stored",
    [
        ("6m", "6m"),
        ("1y", "1y"),
        ("5y", "5y"),
        ("6 months", "6m"),
        ("1 år", "1y"),
        ("5 år", "5y"),
        ("6 mdr", "6m"),
        ("2027-06-01", "2027-06-01"),
        ("6 mdr.", "6m"),
        ("6 md.", "6m"),
        ("1 år.", "1y"),
        ("6mdr.", "6m"),
        ("5 yrs.", "5y"),
        ("1.6.2027", "2027-06-01"),
        ("01/06/2027", "2027-06-01"),
        ("1-6-2027", "2027-06-01"),
    ],
)
def test_horizons(text, stored):
    assert parse_horizon(text, NOW) == stored


@pytest.mark.parametrize(
    "text",
    [
        "soon",
        "0m",
        "2020-01-01",
        "2026-11-23",
        "23.11.2026",
        "6 mdr..",
        "31.6.2027",
        "1.6.2027 10:00",
        ".",
    ],
)
def test_bad_horizons(text):
    with pytest.raises(InputError):
        parse_horizon(text, NOW)


@given(
    st.integers(1, 99),
    st.sampled_from(
        ["m", "mdr", "mdr.", "md.", "months", "måneder", "y", "år", "år.", "years", "yr."]
    ),
    st.sampled_from(["", " "]),
)
def test_horizon_amounts_with_any_unit_spelling(amount, unit, gap):
    stored = parse_horizon(f"{amount}{gap}{unit}", NOW)
    assert stored == f"{amount}{'m' if unit[0] == 'm' else 'y'}"


@given(st.text(max_size=20))
def test_horizon_parser_never_crashes(text):
    try:
        stored = parse_horizon(text, NOW)
    except InputError:
        return
    assert stored[-1] in "my" or date.fromisoformat(stored) > TODAY

"""WHEN options: an empty value is refused everywhere, and a future day is refused
by every --since/--until the same way, whatever form it was written in."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recovery_cli.domain.errors import InputError
from recovery_cli.domain.when import parse_day

WHEN_OPTIONS = [
    ["log", "1", "3", "--date"],
    ["log", "1", "3", "-d"],
    ["note", "A quiet day", "--date"],
    ["note", "edit", "1", "--date"],
    ["checkin", "--hope", "5", "--date"],
    ["notes", "--since"],
    ["chart", "--since"],
    ["chart", "--until"],
    ["chart", "--checkins", "--since"],
    ["export", "--since"],
    ["export", "--until"],
]
RANGE_OPTIONS = [args for args in WHEN_OPTIONS if args[-1] in ("--since", "--until")]


@pytest.fixture
def journal(cli, journal_file):
    assert cli("goal", "add", "Walk every day", "--position", "3").code == 0
    assert cli("note", "A first note").code == 0
    assert cli("checkin", "--hope", "4").code == 0
    return journal_file


@pytest.mark.parametrize("args", WHEN_OPTIONS, ids=" ".join)
@pytest.mark.parametrize("empty", ["", "  "])
def test_an_empty_when_is_refused_and_changes_nothing(cli, journal, args, empty):
    before = journal.read_bytes()
    done = cli(*args, empty)
    assert done.code == 2, done
    option = "--date" if args[-1] == "-d" else args[-1]
    assert done.err.strip().count("\n") == 0 and done.err.startswith(f"{option} is empty")
    assert done.out == ""
    assert journal.read_bytes() == before


def test_an_empty_when_is_refused_in_danish(cli, journal):
    done = cli("--lang", "da", "log", "1", "4", "--date=")
    assert done.code == 2 and done.err.startswith("--date er tom; angiv en dag"), done


def _future_forms() -> list[str]:
    tomorrow = datetime.now().astimezone().date() + timedelta(days=1)
    return [
        "tomorrow",
        "i morgen",
        tomorrow.isoformat(),
        f"{tomorrow.isoformat()}T00:30",
        "2099-01-01",
    ]


@pytest.mark.parametrize("args", RANGE_OPTIONS, ids=" ".join)
@pytest.mark.parametrize("value", _future_forms())
def test_a_future_day_is_refused_by_every_range_option(cli, journal, args, value):
    done = cli(*args, value)
    assert done.code == 2, done
    assert done.err == f"'{value}' is in the future; use today or an earlier day.\n"


@pytest.mark.parametrize("args", RANGE_OPTIONS, ids=" ".join)
def test_today_and_earlier_days_are_fine(cli, journal, args):
    for value in ("today", "yesterday", datetime.now().astimezone().date().isoformat()):
        done = cli(*args, value)
        assert done.code in (0, 1), (value, done)  # 1: nothing in that range to show
        assert "future" not in done.err


def test_a_future_day_is_refused_in_danish(cli, journal):
    done = cli("--lang", "da", "export", "--since", "2099-01-01")
    assert (
        done.code == 2
        and done.err == "'2099-01-01' ligger i fremtiden; skriv »i dag« eller en tidligere dato.\n"
    )


NOW = datetime(2026, 6, 15, 9, 30).astimezone()


@given(st.integers(min_value=-3000, max_value=3000))
def test_parse_day_takes_today_and_earlier_and_refuses_later_days(offset):
    day = NOW.date() + timedelta(days=offset)
    if offset <= 0:
        assert parse_day(day.isoformat(), NOW) == day
    else:
        with pytest.raises(InputError) as refused:
            parse_day(day.isoformat(), NOW)
        assert refused.value.key == "error.when.future"

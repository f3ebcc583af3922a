"""A local date or time given for another day is stored with the UTC offset in
force on that day, not today's: across a change to or from summer time the
page and the CSV show the same day and hour."""

from __future__ import annotations

import csv
import io
import time as time_module
from datetime import datetime, time, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import orjson
import pytest

ZONE = "Europe/Copenhagen"


def _other_offset_day(at: time = time(0, 30)):
    """A recent day whose offset in Copenhagen at ``at`` is not today's (summer
    vs winter): the first such day going back, so it may be the very day of the change."""
    zone = ZoneInfo(ZONE)
    now = datetime.now(zone)
    for back in range(30, 370):
        day = (now - timedelta(days=back)).date()
        if datetime.combine(day, at, zone).utcoffset() != now.utcoffset():
            return day, zone
    pytest.skip("no change of offset in the last year")


@pytest.fixture
def copenhagen(monkeypatch):
    """The system's time zone is Copenhagen's for the test (commands run in-process)."""
    if not Path("/usr/share/zoneinfo", ZONE).exists() or not hasattr(time_module, "tzset"):
        pytest.skip("no time zone data")
    monkeypatch.setenv("TZ", ZONE)
    time_module.tzset()
    yield
    monkeypatch.undo()
    time_module.tzset()


@pytest.mark.parametrize("written", ["{iso} 00:30", "{iso}T00:30", "{dk} 00:30", "{dk} 00.30"])
def test_a_backdated_time_uses_that_days_offset(cli, journal_file, copenhagen, written):
    day, zone = _other_offset_day()
    text = written.format(iso=day.isoformat(), dk=f"{day.day}.{day.month}.{day.year}")
    assert cli("goal", "add", "Play football").code == 0
    done = cli("log", "1", "4", "--date", text)
    assert done.code == 0, done
    data = orjson.loads(journal_file.read_bytes())
    (position,) = data["positions"].values()
    meant = datetime.combine(day, time(0, 30), zone).astimezone(timezone.utc)
    assert datetime.fromisoformat(position["when"]) == meant, (text, position["when"])
    rows = list(csv.DictReader(io.StringIO(cli("export", "--format", "csv").out), delimiter=","))
    assert any(day.isoformat() in " ".join(row.values()) for row in rows), rows
    page = cli("goal", "show", "1").out  # the page shows the same day
    assert f"{day.day} {day.strftime('%b')} {day.year}" in page, page


def test_a_backdated_date_is_noon_that_day(cli, journal_file, copenhagen):
    day, zone = _other_offset_day(time(12))
    assert cli("goal", "add", "Play football").code == 0
    assert cli("log", "1", "4", "--date", day.isoformat()).code == 0
    (position,) = orjson.loads(journal_file.read_bytes())["positions"].values()
    assert datetime.fromisoformat(position["when"]) == datetime.combine(day, time(12), zone)

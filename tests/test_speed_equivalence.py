"""The quick paths of the speed work give exactly what the plain ones gave.

Each quick path (issue 15) is held against the way it was done before, for
any input hypothesis finds: the escapes of the Markdown and HTML reports, and
the local day of a stored stamp in zones with half-hour offsets, clock
changes and odd rules.
"""

from __future__ import annotations

import os
import re
import time
from datetime import datetime, timedelta, timezone
from html import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recovery_cli.domain.records import stamp
from recovery_cli.export import htmlout, markdown
from recovery_cli.views import format as fmt

texts = st.text(st.sampled_from("ab \\`*_[]<>|&\"'\r\n#-1.)æ"), max_size=12)


@given(texts)
def test_markdown_escapes_as_before(text):
    plain = re.sub(r"([\\`*_\[\]<>|])", r"\\\1", text)
    assert markdown.esc(text) == plain
    assert markdown.cell(text) == plain.replace("\r\n", "\n").replace("\n", "<br>")


@given(texts)
def test_html_escapes_as_before(text):
    assert htmlout.esc(text) == escape(text).replace("\r\n", "\n").replace("\n", "<br>")


ZONES = (
    "UTC",
    "Europe/Copenhagen",
    "America/New_York",
    "Asia/Kolkata",
    "Asia/Kathmandu",
    "America/St_Johns",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
)
moments = st.datetimes(
    min_value=datetime(1990, 1, 1), max_value=datetime(2040, 1, 1), timezones=st.just(timezone.utc)
)


@pytest.fixture(params=ZONES)
def zone(request):
    before = os.environ.get("TZ")
    os.environ["TZ"] = request.param
    time.tzset()
    yield request.param
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    time.tzset()


@settings(max_examples=300, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(moments, min_size=1, max_size=40))
def test_local_days_as_each_stamp_converted(zone, found):
    # stamps near each other (the same hour, the same day) as well as far apart
    spread = [m + timedelta(minutes=7 * i) for i, m in enumerate(sorted(found) * 2)]
    days = fmt.LocalDays()
    for moment in spread:
        text = stamp(moment)
        assert days.text(text) == fmt.day_text(fmt.local(text).date()), (zone, text)


@pytest.mark.parametrize("text", ["2026-03-29T01:30:00+02:00", "2026-10-25T00:59:59-05:00"])
def test_local_days_of_a_stamp_not_in_utc(zone, text):
    assert fmt.LocalDays().text(text) == fmt.day_text(fmt.local(text).date())


def _clean_before(value, limit, required):
    """clean_text as it was: both checks on every text."""
    from recovery_cli.domain.errors import InputError
    from recovery_cli.domain.text import _has_control, _has_lone_surrogate

    if _has_lone_surrogate(value):
        raise InputError("error.text.encoding", field="f")
    if _has_control(value):
        raise InputError("error.text.control", field="f")
    value = value.strip()
    if not value:
        if required:
            raise InputError("error.text.empty", field="f")
        return None
    if len(value) > limit:
        raise InputError("error.text.too_long", field="f", limit=limit, length=len(value))
    return value


@given(
    st.text(max_size=12)
    | st.text(st.sampled_from("a \t\n\x00\x1f\x7f\x85\x9f\ud800\u2028"), max_size=6),
    st.booleans(),
)
def test_clean_text_refuses_and_keeps_as_before(value, required):
    from recovery_cli.domain.errors import InputError
    from recovery_cli.domain.text import clean_text

    def outcome(check):
        try:
            return check()
        except InputError as error:
            return ("refused", error.key)

    assert outcome(
        lambda: clean_text(value, field="f", max_length=8, required=required)
    ) == outcome(lambda: _clean_before(value, 8, required))

"""``recovery status``: the "30 days" column tells one span. The arrow counts
the steps since the position held 30 days ago; the sparkline beside (or under)
it draws that same span, from that position to the latest, not older ones."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from recovery_cli.domain.records import Goal, Position, stamp
from tests.journal_data import write_journal

NOW = datetime.now(timezone.utc).replace(microsecond=0)


def _ago(days: float) -> str:
    return stamp(NOW - timedelta(days=days))


@pytest.fixture
def spans(journal_file):
    """Goal 1 moved 1, 2, 4 long ago, then 3 and 2 in the last 30 days (the
    arrow: from 4 to 2). Goal 2 last moved 80 days ago: 3 then 5, since still."""
    goals = [
        Goal(id="g1", number=1, title="Alpha", created=_ago(100), updated=_ago(1)),
        Goal(id="g2", number=2, title="Beta", created=_ago(100), updated=_ago(80)),
    ]
    positions = [
        Position(id="a1", goal="g1", when=_ago(90), value=1),
        Position(id="a2", goal="g1", when=_ago(70), value=2),
        Position(id="a3", goal="g1", when=_ago(50), value=4),
        Position(id="a4", goal="g1", when=_ago(20), value=3),
        Position(id="a5", goal="g1", when=_ago(2), value=2),
        Position(id="b1", goal="g2", when=_ago(90), value=3),
        Position(id="b2", goal="g2", when=_ago(80), value=5),
    ]
    write_journal(journal_file, {"goals": goals, "positions": positions})
    return journal_file


def _rows(out: str, title: str) -> list[str]:
    """The goal's line and the one under it."""
    lines = out.splitlines()
    at = next(i for i, line in enumerate(lines) if f" {title} " in line)
    return lines[at : at + 2]


@pytest.mark.parametrize("lang", ["en", "da"])
def test_wide_arrow_and_sparkline_tell_the_same_thirty_days(cli, spans, lang):
    out = cli("--lang", lang, "status", env={"COLUMNS": "120"}).out
    assert "30 days" in out or "30 dage" in out
    alpha = _rows(out, "Alpha")[0]
    assert "↓ -2 ▄▃▂" in alpha  # from the 4 held 30 days ago, to 3, to 2
    assert "▁▂▄▃▂" not in alpha  # not the older positions
    beta = _rows(out, "Beta")[0]
    assert "→ 0 ▅" in beta and "▃▅" not in beta  # still at 5 all the 30 days


@pytest.mark.parametrize("lang", ["en", "da"])
def test_narrow_arrow_over_the_sparkline_of_the_same_span(cli, spans, lang):
    out = cli("--lang", lang, "status", env={"COLUMNS": "60"}).out
    assert max(len(line.rstrip()) for line in out.splitlines()) <= 60
    first, below = _rows(out, "Alpha")
    assert "↓ -2" in first and "▄▃▂" in below and "▁" not in below
    first, below = _rows(out, "Beta")
    assert "→ 0" in first and below.rstrip().endswith("▅") and "▃" not in below


def test_json_keeps_its_documented_shape(cli, spans):
    data = json.loads(cli("status", "--json").out)
    alpha = data["active"][0]
    assert alpha["change_30d"] == -2 and alpha["recent"] == [1, 2, 4, 3, 2]


def test_a_long_span_is_thinned_from_its_start_to_its_latest():
    from recovery_cli.views.status import span_spark

    assert span_spark((1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 8), 8)[0] == "▁"
    assert span_spark((1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 6, 8), 8)[-1] == "█"
    assert len(span_spark(tuple(range(1, 9)) * 4, 12)) == 12
    assert span_spark((3, 5), 8) == "▃▅"

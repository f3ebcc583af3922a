"""CHIME self check-ins: saving one, and the series a chart draws.

A check-in is a result of the built-in check-in measure (see
:mod:`recovery_cli.journal.measures`): kept in the same table as every
result, in the same shape, merged by uuid like every record.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from recovery_cli.domain import records as rec
from recovery_cli.domain.chime import DOMAINS
from recovery_cli.domain.continuum import parse_position
from recovery_cli.domain.reflections import Checkin
from recovery_cli.domain.when import parse_when
from recovery_cli.journal.core import Journal


def add_checkin(
    journal: Journal,
    scores: Mapping[str, int | str | None],
    *,
    note: str | None = None,
    when: str | None = None,
) -> Checkin:
    """Save the domains the person answered (``None`` means skipped), each 1-8.

    Stored as a result of the built-in check-in (``records.to_dict`` writes a
    :class:`Checkin` as one). The check-in record checks the same rules the
    built-in definition states (a CHIME domain per item, 1-8), so a scripted
    check-in does not build that definition from both languages' catalogs.
    """
    answered = {
        key: value if isinstance(value, int) else parse_position(value)
        for key, value in scores.items()
        if value is not None
    }
    moment = parse_when(when, journal.now) if when else journal.now
    ordered = {key: answered[key] for key in DOMAINS if key in answered}
    checkin = Checkin(id=rec.new_id(), when=rec.stamp(moment), scores=ordered, note=note)
    journal.insert(checkin)
    return checkin


def checkin_series(
    checkins: Iterable[Checkin],
    *,
    since: str | None = None,
    until: str | None = None,
) -> dict[str, list[tuple[str, int]]]:
    """Each CHIME domain's answers over time: ``{domain: [(when, value), ...]}``.

    Pure: ``when`` is the stored UTC ISO stamp, oldest first; a check-in that
    skipped a domain leaves no point there. ``since``/``until`` are stamps
    (inclusive). Every domain is a key, perhaps with an empty list.
    """
    series: dict[str, list[tuple[str, int]]] = {key: [] for key in DOMAINS}
    for checkin in sorted(checkins, key=lambda c: c.when):
        if (since and checkin.when < since) or (until and checkin.when > until):
            continue
        for key, value in checkin.scores.items():
            series[key].append((checkin.when, value))
    return series

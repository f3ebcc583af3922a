"""CHIME self check-ins: saving one, and the series a chart draws.

A check-in is a result of the built-in check-in measure (see
:mod:`recovery_cli.journal.measures`): saved by the same ``take``, kept in the
same table, merged by uuid like every result.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from recovery_cli.domain import records as rec
from recovery_cli.domain.chime import DOMAINS
from recovery_cli.domain.continuum import parse_position
from recovery_cli.domain.errors import InputError
from recovery_cli.domain.reflections import Checkin, result_as_checkin
from recovery_cli.journal.core import Journal


def add_checkin(
    journal: Journal, scores: Mapping[str, int | str | None], *, note: str | None = None,
    when: str | None = None,
) -> Checkin:
    """Save the domains the person answered (``None`` means skipped), each 1-8."""
    from recovery_cli.journal.measures import builtin, take

    answered = {key: value if isinstance(value, int) else parse_position(value)
                for key, value in scores.items() if value is not None}
    for key in answered:
        if key not in DOMAINS:
            raise InputError("error.chime.unknown", value=key)
    if not answered:
        raise InputError("error.checkin.empty")
    result = take(journal, builtin(), {key: answered.get(key) for key in DOMAINS},
                  when=when, note=note)
    return result_as_checkin(rec.to_dict(result))


def checkin_series(
    checkins: Iterable[Checkin], *, since: str | None = None, until: str | None = None,
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

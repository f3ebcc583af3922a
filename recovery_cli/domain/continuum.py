"""The continuum from 1 to 8: where a person stands on the way to a goal.

1-3 is *far away*, 4-5 *on the way*, 6-8 *close*. Goals tend to move from
abstract to concrete as they come closer.
"""

from __future__ import annotations

from recovery_cli.domain.errors import InputError

LOWEST = 1
HIGHEST = 8
POSITIONS = tuple(range(LOWEST, HIGHEST + 1))

BANDS: tuple[tuple[str, range], ...] = (
    ("far", range(1, 4)),
    ("on_the_way", range(4, 6)),
    ("close", range(6, 9)),
)


def band_of(position: int) -> str:
    """The band key (``far``, ``on_the_way``, ``close``) of a position."""
    for key, span in BANDS:
        if position in span:
            return key
    raise ValueError(position)


def check_position(value: object) -> int:
    """A stored or computed position must be an int from 1 to 8."""
    if isinstance(value, bool) or not isinstance(value, int) or not LOWEST <= value <= HIGHEST:
        raise InputError("error.position.range", value=str(value))
    return value


def parse_position(text: str) -> int:
    """Read a position typed by a person: a whole number from 1 to 8."""
    cleaned = text.strip()
    if not cleaned.isascii() or not cleaned.lstrip("+").isdigit():
        raise InputError("error.position.not_number", value=text)
    return check_position(int(cleaned))


def movement(before: int | None, after: int) -> int:
    """Steps moved from ``before`` to ``after`` (0 when there is no earlier position)."""
    return 0 if before is None else after - before

"""What a chart shows, before anything is drawn: panels on a shared time axis.

A :class:`Panel` is one small chart: a title, a step line of points (a value
holds until the next one), the y :class:`Scale` it is drawn on, a sentence
that says the movement in words (its text alternative), and a colour and
marker. A goal, a CHIME domain, a check-in question or a measure's score over
time are each one panel; every panel of a chart shares the time axis. Nothing
here draws: :mod:`recovery_cli.charts.draw` (plotext) and
:mod:`recovery_cli.export.svgchart` (SVG) draw the same panels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from recovery_cli.charts.palette import Colour, colour, marker
from recovery_cli.charts.series import Point
from recovery_cli.domain.continuum import BANDS, HIGHEST, LOWEST
from recovery_cli.i18n import t


@dataclass(frozen=True)
class Scale:
    """A y axis: its lowest and highest value, whole steps between, and names
    for some values (a band where it begins, the ends of an answer scale).

    ``spans`` name ranges of values (the continuum's bands) for drawings that
    shade them, such as the SVG.
    """

    lowest: int
    highest: int
    names: dict[int, str] = field(default_factory=dict)
    spans: tuple[tuple[str, int, int], ...] = ()
    # how a value on it is written: None for a position (or a mean of them, one
    # decimal); a measure's score with its definition's decimals, as everywhere
    decimals: int | None = None

    @property
    def steps(self) -> int:
        """How many whole values the scale holds."""
        return self.highest - self.lowest + 1

    def label(self, value: int) -> str:
        """``far away 1``: the value with its name, or the value alone."""
        name = self.names.get(value)
        return f"{name} {value}" if name else str(value)

    def ticks(self, rows: int) -> list[tuple[int, str]]:
        """The values to label on an axis ``rows`` high, with their labels.

        With a row for every value, each is labelled (the named ones with their
        name); with fewer rows, the named values and the ends, so no two labels
        fall on one row.
        """
        values: Sequence[int]
        if rows >= self.steps:
            values = range(self.lowest, self.highest + 1)
        else:
            values = sorted({self.lowest, self.highest, *self.names})
        return [(value, self.label(value)) for value in values]


def continuum() -> Scale:
    """The 1-8 continuum, each band named where it begins (1, 4, 6)."""
    names = {span[0]: t(f"band.{key}") for key, span in BANDS}
    spans = tuple((t(f"band.{key}"), span[0], span[-1]) for key, span in BANDS)
    return Scale(LOWEST, HIGHEST, names, spans)


def measure(low: float, high: float, decimals: int | None = None) -> Scale:
    """A measure's scores from ``low`` to ``high`` (its definition's range), its
    ends and middle labelled; a score is written with ``decimals``."""
    import math

    lowest, highest = math.floor(low), math.ceil(high)
    middle = (lowest + highest) // 2
    names = {middle: ""} if lowest < middle < highest else {}
    return Scale(lowest, highest, names, decimals=decimals)


def answers() -> Scale:
    """A check-in's answers: 1 "hardly at all" to 8 "very much"."""
    return Scale(
        LOWEST, HIGHEST, {LOWEST: t("chart.checkin.lowest"), HIGHEST: t("chart.checkin.highest")}
    )


@dataclass(frozen=True)
class Panel:
    """One small chart; see the module's docstring. ``points`` are oldest first."""

    title: str
    points: Sequence[Point]
    sentence: str
    scale: Scale
    colour: Colour
    marker: str

    @property
    def said(self) -> str:
        """Title and sentence as one line of text (a screen reader's): a colon
        after a title, none after a check-in's question ("…?: From 5" read badly)."""
        joint = " " if self.title.endswith(("?", "!", ".", ":")) else ": "
        return f"{self.title}{joint}{self.sentence}"


def panels(
    items: Sequence[tuple[str, Sequence[Point], str]],
    scale: Scale,
    colours: Sequence[Colour | None] = (),
) -> list[Panel]:
    """``(title, points, sentence)`` items as panels in palette order (a colour
    given for an item, such as a CHIME domain's, is kept)."""
    made = []
    for index, (title, points, sentence) in enumerate(items):
        given = colours[index] if index < len(colours) else None
        chosen = given or colour(index)
        made.append(Panel(title, points, sentence, scale, chosen, marker(index)))
    return made

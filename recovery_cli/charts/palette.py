"""The colours and markers every chart uses, in the terminal and in SVG.

One palette, without red: a step back is not an alarm. Each colour is an
xterm-256 code (what the terminal draws) and the same colour in hex (what the
SVG draws), mid tones that read on a dark and on a light background. Each
series also has a marker character, so lines drawn together still tell apart
without colour (``NO_COLOR``, a printout, a file).
"""

from __future__ import annotations

from typing import NamedTuple


class Colour(NamedTuple):
    code: int  # xterm-256
    hex: str


TEAL = Colour(31, "#0087af")
ORANGE = Colour(172, "#d78700")
ORCHID = Colour(133, "#af5faf")
GREEN = Colour(64, "#5f8700")
BLUE = Colour(62, "#5f5fd7")
GOLD = Colour(136, "#af8700")
PURPLE = Colour(97, "#875faf")
GREY = Colour(243, "#767676")
SEA = Colour(30, "#008787")
TAN = Colour(137, "#af875f")

PALETTE: tuple[Colour, ...] = (TEAL, ORANGE, ORCHID, GREEN, BLUE, GOLD, PURPLE, GREY, SEA, TAN)
MARKERS: tuple[str, ...] = ("•", "+", "x", "o", "*", "#", "=", "%", "@", "&")

# The CHIME domains keep the hues of their badges (rich's cyan, yellow, magenta,
# blue, green) in every chart.
DOMAIN_COLOURS: dict[str, Colour] = {
    "connectedness": TEAL,
    "hope": GOLD,
    "identity": ORCHID,
    "meaning": BLUE,
    "empowerment": GREEN,
}


def colour(index: int) -> Colour:
    """The palette's colour for the ``index``-th series (it repeats after ten)."""
    return PALETTE[index % len(PALETTE)]


def marker(index: int) -> str:
    """The marker character of the ``index``-th series."""
    return MARKERS[index % len(MARKERS)]

"""Reading a drawn chart back as panels, for tests that assert per panel.

A stacked chart is, per panel: its title, the plot (rows labelled ``… N┤``
or continued ``│``; under the bottom panel only, the time axis ``└`` and a
row of dates), then its sentence. :func:`panels` splits the plain text (no
escape codes) at each run of plot rows.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from recovery_cli.charts.output import strip_ansi

_ROW = re.compile(r"^(?P<label>[^┤│└]*?)(?P<edge>[┤│])(?P<canvas>.*)$")
HD = set("▖▗▘▙▚▛▜▝▞▟▀▄▌▐█")


@dataclass
class Drawn:
    title: str
    rows: list[tuple[str, str]] = field(default_factory=list)  # (y label, canvas) top first
    bottom: str = ""
    dates: str = ""
    sentence: list[str] = field(default_factory=list)

    @property
    def labels(self) -> list[str]:
        return [label for label, _ in self.rows if label]

    def row(self, label: str) -> str:
        """The canvas of the row labelled ``label`` (``close 6``, ``3``)."""
        for found, canvas in self.rows:
            if found == label:
                return canvas
        raise AssertionError(f"no row {label!r} in {self.labels}")

    @property
    def canvas(self) -> str:
        return "".join(canvas for _, canvas in self.rows)

    @property
    def ink(self) -> set[str]:
        """Every character drawn inside the frame."""
        return set(self.canvas) - {" "}


def panels(text: str) -> tuple[list[str], list[Drawn]]:
    """The lines before the first panel (a chart title) and each panel."""
    lines = strip_ansi(text).rstrip("\n").split("\n")
    blocks: list[tuple[int, int]] = []  # (first row, the line after the last row) of each plot
    index = 0
    while index < len(lines):
        if _ROW.match(lines[index]) and "└" not in lines[index]:
            start = index
            while index < len(lines) and _ROW.match(lines[index]) and "└" not in lines[index]:
                index += 1
            blocks.append((start, index))
        index += 1
    found = []
    for number, (start, end) in enumerate(blocks):
        drawn = Drawn(title=lines[start - 1] if start else "")
        for line in lines[start:end]:
            match = _ROW.match(line)
            drawn.rows.append((match["label"].strip(), match["canvas"]))
        after = lines[end : blocks[number + 1][0] - 1] if number + 1 < len(blocks) else lines[end:]
        if after and after[0].lstrip().startswith("└"):
            drawn.bottom, after = after[0], after[1:]
            if number + 1 == len(blocks) and after:
                drawn.dates, after = after[0], after[1:]
        drawn.sentence = [line.strip() for line in after]
        found.append(drawn)
    head = lines[: blocks[0][0] - 1] if blocks else lines
    return head, found


# The widths every chart is drawn at in the tests, and the month names its
# date axis may show, per language.
WIDTHS = [60, 80, 120, 200]
MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "da": (
        "jan.",
        "feb.",
        "mar.",
        "apr.",
        "maj",
        "jun.",
        "jul.",
        "aug.",
        "sep.",
        "okt.",
        "nov.",
        "dec.",
    ),
}

"""A plain-text chart of positions for the Markdown report (no plotext needed).

One column per position, rows 8 down to 1, the three bands named on the
right where each begins (1, 4, 6), as every chart names them. It reads the
same in a text editor, on a printout and rendered.
"""

from __future__ import annotations

from recovery_cli.domain.continuum import BANDS, HIGHEST, LOWEST
from recovery_cli.i18n import t

MAX_POINTS = 36
DOT = "●"


def _band_marks() -> dict[int, str]:
    """The bracket to the right of each row, and each band's name where it begins."""
    marks: dict[int, str] = {}
    for key, span in BANDS:
        top, bottom = span[-1], span[0]
        for level in span:
            bracket = "┐" if level == top else "┘" if level == bottom else "│"
            marks[level] = bracket + (f" {t('band.' + key)}" if level == bottom else "")
    return marks


def text_chart(values: list[int], first: str, last: str) -> list[str]:
    """Lines of the chart for ``values`` (oldest first); ``first``/``last`` label the dates."""
    shown = values[-MAX_POINTS:]
    width = 2 * len(shown) + 1
    marks = _band_marks()
    lines = []
    for level in range(HIGHEST, LOWEST - 1, -1):
        cells = "".join(f" {DOT}" if value == level else "  " for value in shown)
        lines.append(f"{level} ┤{cells.ljust(width)} {marks[level]}".rstrip())
    lines.append("  └" + "─" * width)
    if len(values) > len(shown):
        lines.append("   " + t("export.chart.last_points", count=len(shown)))
    lines.append(f"   {first} → {last}" if first != last else f"   {first}")
    return lines

"""The 1-8 continuum drawn in plain text, with its band labels.

::

       1     2     3     4     5     6     7     8
    ├─────────────────┼───────────┼─────────────────┤
         far away       on the way       close

Readable without colour and 51 columns wide, so it fits a 60-column terminal.
A marked position is shown in brackets: ``[3]``.
"""

from __future__ import annotations

from recovery_cli.domain.continuum import BANDS, POSITIONS
from recovery_cli.i18n import t

CELL = 6
INDENT = "  "


def continuum_lines(mark: int | None = None) -> list[str]:
    """Three lines: the positions, the bar split into bands, the band labels."""
    numbers = "".join((f"[{n}]" if n == mark else str(n)).center(CELL) for n in POSITIONS)
    bar = (
        "".join(
            ("┼" if index else "├") + "─" * (len(span) * CELL - 1)
            for index, (_, span) in enumerate(BANDS)
        )
        + "┤"
    )
    labels = "".join(_fit(t(f"band.{key}"), len(span) * CELL) for key, span in BANDS)
    return [INDENT + numbers.rstrip(), INDENT + bar, INDENT + labels.rstrip()]


def _fit(label: str, width: int) -> str:
    if len(label) >= width:
        label = label[: width - 1]
    return label.center(width)

"""A sparkline: recent positions in one line, one block height per position."""

from __future__ import annotations

from collections.abc import Sequence

# Eight heights for the eight positions: 1 is the lowest block, 8 the full one.
BLOCKS = "▁▂▃▄▅▆▇█"


def sparkline(values: Sequence[int]) -> str:
    """``[2, 3, 5]`` -> ``▂▃▅``; values outside 1-8 are held to the ends."""
    return "".join(BLOCKS[min(8, max(1, int(v))) - 1] for v in values)

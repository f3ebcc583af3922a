"""Chart text for files and screens: escape codes out, trailing spaces off."""

from __future__ import annotations

import re

_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
_TRAILING = re.compile(r"[ \t]+((?:\x1b\[[0-9;]*m)*)$")


def strip_ansi(text: str) -> str:
    """The text without terminal escape codes (colour, bold, resets)."""
    return _ANSI.sub("", text)


def trim_lines(text: str) -> str:
    """Trailing spaces off every line (plotext pads them), even before a colour reset."""
    return "\n".join(_TRAILING.sub(r"\1", line.rstrip()) for line in text.split("\n"))


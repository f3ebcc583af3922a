"""Chart text for files and screens: escape codes out, trailing spaces off."""

from __future__ import annotations

import re

_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
_CODES_AT_END = re.compile(r"(?:\x1b\[[0-9;]*m)+$")


def strip_ansi(text: str) -> str:
    """The text without terminal escape codes (colour, bold, resets)."""
    return _ANSI.sub("", text)


def trim_lines(text: str) -> str:
    """Trailing spaces off every line (plotext pads them), even before a colour reset."""
    lines = []
    for line in text.split("\n"):
        line = line.rstrip()
        if line.endswith("m") and "\x1b" in line:
            codes = _CODES_AT_END.search(line)
            if codes is not None:
                line = line[: codes.start()].rstrip() + codes.group()
        lines.append(line)
    return "\n".join(lines)

"""Sentences wrapped to the terminal by rich, for :func:`recovery_cli.views.out.fitted`.

Imported only when a line does not fit, so a command whose sentences fit
never loads rich for them.
"""

from __future__ import annotations

import io

from rich.console import Console

from recovery_cli.views.fit import Indented


def wrap_lines(text: str, width: int, hang: int | None = None) -> str:
    """Each line of ``text`` broken between words to ``width`` cells (a word
    longer than a line, such as a path, is folded); its later lines start
    under its indent, or at column ``hang``."""
    console = Console(file=io.StringIO(), width=width, highlight=False, emoji=False)
    lines: list[str] = []
    for line in text.split("\n"):
        indent = len(line) - len(line.lstrip(" "))
        at = indent if hang is None or hang >= len(line) else hang
        at = at if at < width // 2 else 0  # a lead too wide to hang under: none
        wrapped = Indented(line[:at], line[at:]).lines(console, width)
        lines.extend(part.rstrip() for part in wrapped.plain.split("\n"))
    return "\n".join(lines)

"""Chart text for files and screens: escape codes out, or colour kept as HTML."""

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


def to_html(text: str, *, title: str, lang: str) -> str:
    """A small standalone HTML page showing ``text`` (with its colours) as it looks
    in a dark terminal (the colours read well there). Everything from the journal
    is escaped."""
    from io import StringIO

    from rich.console import Console
    from rich.terminal_theme import SVG_EXPORT_THEME
    from rich.text import Text

    console = Console(file=StringIO(), record=True, width=max(len(line) for line in
                      strip_ansi(text).split("\n")) + 1, color_system="256",
                      force_terminal=True, highlight=False, emoji=False)
    console.print(Text.from_ansi(text), soft_wrap=True)
    page = console.export_html(theme=SVG_EXPORT_THEME, inline_styles=True)
    import html

    return page.replace("<head>", f'<head>\n<title>{html.escape(title)}</title>', 1).replace(
        "<html>", f'<html lang="{html.escape(lang)}">', 1)

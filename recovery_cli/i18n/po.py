"""A small reader for gettext ``.po`` catalogs.

Our catalogs use message keys as ``msgid`` (``goal.added``) and the text as
``msgstr``, so a translator can open them in any gettext editor. Only the parts
of the format we use are read: comments, ``msgid``/``msgstr`` and continuation
lines. Reading the text directly costs about a millisecond for all of a
language's files and needs no compile step.
"""

from __future__ import annotations

import re

_ESCAPES = {"n": "\n", "t": "\t", '"': '"', "\\": "\\"}
_ESCAPE = re.compile(r"\\(.)")
_QUOTED = r'"[^"\\\n]*(?:\\.[^"\\\n]*)*"'
_STRINGS = rf"{_QUOTED}(?:[ \t]*\n[ \t]*{_QUOTED})*"  # a string and its continuation lines
_ENTRY = re.compile(
    rf"^[ \t]*msgid[ \t]+({_STRINGS})[ \t]*\n[ \t]*msgstr[ \t]+({_STRINGS})[ \t]*$", re.M
)
_PIECE = re.compile(r'"([^"\\\n]*(?:\\.[^"\\\n]*)*)"')
_STRAY = re.compile(r"^(?![ \t]*(?:#.*)?$).+", re.M)  # neither blank nor a comment


def _joined(strings: str) -> str:
    """The text of a quoted string and its continuation lines, unescaped."""
    body = "".join(_PIECE.findall(strings)) if "\n" in strings else strings[1:-1]
    if "\\" not in body:
        return body
    return _ESCAPE.sub(lambda m: _ESCAPES.get(m.group(1), m.group(1)), body)


def _stray_line(text: str, stray: re.Match, source: str) -> ValueError:
    line = text.count("\n", 0, stray.start()) + 1
    return ValueError(f"{source}:{line}: unexpected line")


def parse_po(text: str, source: str = "<catalog>") -> dict[str, str]:
    """Return ``{msgid: msgstr}`` for every entry with a non-empty id.

    Entries are found by one regular expression over the whole text (a
    catalog is read on every command, so no per-line Python loop); anything
    between them that is not blank or a comment is refused with its line.
    """
    entries: dict[str, str] = {}
    done = 0
    stray = _STRAY.search
    for match in _ENTRY.finditer(text):
        if found := stray(text, done, match.start()):  # only blank lines and comments between
            raise _stray_line(text, found, source)
        done = match.end()
        key = _joined(match[1])
        if not key:
            continue  # the header
        if key in entries:
            line = text.count("\n", 0, match.start()) + 1
            raise ValueError(f"{source}:{line}: duplicate msgid {key!r}")
        entries[key] = _joined(match[2])
    if found := stray(text, done):
        raise _stray_line(text, found, source)
    return entries

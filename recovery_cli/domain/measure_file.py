"""Reading a definition file (TOML) and naming the line a problem is on.

Pure: the caller reads the bytes. TOML is parsed by the standard library's
``tomllib`` (``tomli``, the same parser, on Python 3.10). ``tomllib`` gives
no positions for the values it returns, so :func:`line_map` walks the text
once to note the line of every table header and key; a problem found later
in a field is reported at that field's line, or at the nearest line of the
table that holds it.
"""

from __future__ import annotations

import re
import sys

from recovery_cli.domain.errors import InputError
from recovery_cli.domain.measure_spec import DefinitionError, definition_from_data
from recovery_cli.domain.measures import Definition

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

MAX_BYTES = 1024 * 1024  # a definition is a page or two of text

_KEY_PART = r'(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|\'[^\']*\')'
_KEYS = rf"{_KEY_PART}(?:\s*\.\s*{_KEY_PART})*"
_HEADER = re.compile(rf"^\s*(\[\[?)\s*({_KEYS})\s*\]\]?\s*(?:#.*)?$")
_ASSIGN = re.compile(rf"^\s*({_KEYS})\s*=\s*(.*)$")
_TOKEN = re.compile(r'"((?:[^"\\]|\\.)*)"|\'([^\']*)\'|([A-Za-z0-9_-]+)')
_INLINE_KEY = re.compile(rf"[{{,]\s*({_KEYS})\s*=")
_AT_LINE = re.compile(r"\s*\(at line (\d+), column \d+\)\s*$")
_AT_END = re.compile(r"\s*\(at end of document\)\s*$")

Path = tuple


def _keys(text: str) -> tuple[str, ...]:
    return tuple(next(g for g in m.groups() if g is not None) for m in _TOKEN.finditer(text))


def _opens_multiline(value: str) -> str | None:
    """The quote of a multi-line string that starts in ``value`` and does not end there."""
    for quote in ('"""', "'''"):
        start = value.find(quote)
        if start != -1 and value.find(quote, start + 3) == -1:
            return quote
    return None


def line_map(text: str) -> dict[Path, int]:
    """The line (from 1) of every header and key in a TOML text, by path; arrays
    of tables get their element's number (from 1), as :mod:`measure_spec` counts."""
    found: dict[Path, int] = {}
    counts: dict[Path, int] = {}  # an array of tables -> elements seen so far
    current: Path = ()
    open_string: str | None = None
    array_depth = 0
    array_path: Path = ()
    array_index = 0

    def resolve(keys: tuple[str, ...]) -> Path:
        path: Path = ()
        for key in keys:
            path = (*path, key)
            if path in counts:
                path = (*path, counts[path])
        return path

    def note(path: Path, number: int) -> None:
        for end in range(len(current) + 1, len(path) + 1):
            found.setdefault(path[:end], number)

    for number, line in enumerate(text.split("\n"), 1):  # as TOML counts lines
        if open_string:
            if open_string in line:
                open_string = None
            continue
        if array_depth:
            stripped = line.strip()
            if stripped.startswith("{"):
                array_index += 1
                note((*array_path, array_index), number)
            array_depth += line.count("[") - line.count("]")
            continue
        header = _HEADER.match(line)
        if header:
            keys = _keys(header[2])
            if header[1] == "[[":
                base = (*resolve(keys[:-1]), keys[-1])
                counts[base] = counts.get(base, 0) + 1
                found.setdefault(base, number)
                current = (*base, counts[base])
            else:
                current = resolve(keys)
            found.setdefault(current, number)
            continue
        assign = _ASSIGN.match(line)
        if not assign:
            continue
        path = (*current, *_keys(assign[1]))
        note(path, number)
        value = assign[2].strip()
        if value.startswith("{"):
            for inner in _INLINE_KEY.finditer(value):
                found.setdefault((*path, *_keys(inner[1])), number)
        elif value.startswith("["):
            depth = value.count("[") - value.count("]")
            if depth > 0:
                array_depth, array_path, array_index = depth, path, 0
        open_string = _opens_multiline(value)
    return found


def line_of(found: dict[Path, int], path: Path) -> int:
    """The line of ``path``, or of the nearest table or key that holds it; else 1."""
    while path:
        if path in found:
            return found[path]
        path = path[:-1]
    return 1


def _toml_error(error: Exception, text: str, file: str) -> InputError:
    message = str(error)
    at = _AT_LINE.search(message)
    if at:
        line = int(at[1])
        reason = message[: at.start()]
    else:
        line = max(text.count("\n") + (0 if text.endswith("\n") else 1), 1)
        reason = _AT_END.sub("", message)
    return InputError("measure.def.not_toml", file=file, line=line, reason=reason.strip())


def read_definition(raw: bytes, file: str) -> Definition:
    """A checked definition from a file's bytes; any problem is one
    :class:`InputError` naming ``file`` and the line."""
    if len(raw) > MAX_BYTES:
        raise InputError("measure.def.too_big", file=file, most=MAX_BYTES // 1024)
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("measure.def.not_text", file=file) from None
    if not text.strip():
        raise InputError("measure.def.empty_file", file=file)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise _toml_error(error, text, file) from None
    try:
        return definition_from_data(data)
    except DefinitionError as error:
        error.params.update(file=file, line=line_of(line_map(text), error.path))
        raise

"""Reading one field of a measure's definition: the checks every field shares.

Each reader takes the value and its path in the definition (``("items", 2,
"text", "da")``) and returns the value checked, or raises a
:class:`DefinitionError` that names the field, so the file's reader can point
to its line (see :mod:`recovery_cli.domain.measure_spec`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from recovery_cli.domain.errors import InputError
from recovery_cli.domain.text import clean_text

LANGUAGES = ("en", "da")  # the languages the tool speaks (as recovery_cli.i18n)
SHORT, LONG = 200, 5000  # a title or label; an item, source or licence text

Path = tuple  # of str and int (1-based item or band numbers)


class DefinitionError(InputError):
    """A definition that cannot be used; ``path`` says which field."""

    def __init__(self, key: str, path: Path, /, **params: object) -> None:
        super().__init__(key, **params)
        self.path = path


def dotted(path: Path) -> str:
    """``items[2].text.da`` for a path, as a person would look for it in the file."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


def fail(key: str, path: Path, **params: object) -> DefinitionError:
    return DefinitionError(key, path, at=dotted(path), **params)


def get(data: Mapping, name: str, path: Path, *, required: bool = True) -> object:
    if name not in data:
        if required:
            raise fail("measure.def.missing", (*path, name))
        return None
    return data[name]


def table(value: object, path: Path, allowed: tuple[str, ...]) -> dict:
    if not isinstance(value, Mapping):
        raise fail("measure.def.kind_table", path)
    for name in value:
        if name not in allowed:
            raise fail("measure.def.unknown_field", (*path, name))
    return dict(value)


def text(value: object, path: Path, limit: int, *, one_line: bool = False) -> str:
    if not isinstance(value, str):
        raise fail("measure.def.kind_text", path)
    try:
        text = clean_text(value, field="text", max_length=limit, required=True)
    except InputError as error:
        if error.key == "error.text.too_long":
            raise fail("measure.def.too_long", path, limit=limit) from None
        raise fail(
            "measure.def.empty" if error.key == "error.text.empty" else "measure.def.control", path
        ) from None
    if one_line and "\n" in text:
        raise fail("measure.def.one_line", path)
    return text


def whole(value: object, path: Path) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise fail("measure.def.kind_whole", path)
    return value


def number(value: object, path: Path) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise fail("measure.def.not_number", path, value=shown(value))
    return value


def shown(value: object) -> str:
    text = repr(value) if not isinstance(value, str) else f"'{value}'"
    return text if len(text) <= 40 else text[:39] + "…"


def languages(value: object, path: Path) -> dict:
    """A table keyed by language code (``en``, ``da``)."""
    if not isinstance(value, Mapping):
        raise fail("measure.def.kind_table", path)
    for name in value:
        if name not in LANGUAGES:
            raise fail("measure.def.language", (*path, name), value=name)
    return dict(value)


def per_language(
    value: object, path: Path, claimed: tuple[str, ...], limit: int, *, one_line: bool = False
) -> dict[str, str]:
    """A text per claimed language: none missing, none more."""
    table = languages(value, path)
    for language in claimed:
        if language not in table:
            raise fail("measure.def.missing_language", path, language=language)
    for language in table:
        if language not in claimed:
            raise fail("measure.def.extra_language", (*path, language), language=language)
    return {
        language: text(table[language], (*path, language), limit, one_line=one_line)
        for language in claimed
    }


def words(value: object, path: Path, claimed: tuple[str, ...]) -> str | dict[str, str]:
    """A source or licence text: one text, or one per claimed language."""
    if isinstance(value, Mapping):
        return per_language(value, path, claimed, LONG)
    return text(value, path, LONG)

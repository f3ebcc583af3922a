"""Checking the person's text, and folding it for matching.

Text is kept verbatim (only surrounding whitespace is trimmed). What we refuse:
empty required text, text beyond a field's length, lone surrogates (bytes that
were not valid UTF-8 on the command line) and control characters other than
newline and tab.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Literal, overload

from recovery_cli.domain.errors import InputError

TITLE_MAX = 200
NAME_MAX = 200
TEXT_MAX = 20_000

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # Cc except tab and newline
_FOLD_EXTRA = str.maketrans({"ø": "o", "æ": "ae", "đ": "d", "ł": "l", "ß": "ss"})


def _has_lone_surrogate(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _has_control(value: str) -> bool:
    return _CONTROL.search(value) is not None


@overload
def clean_text(
    value: str | None, *, field: str, max_length: int = ..., required: Literal[True]
) -> str: ...
@overload
def clean_text(
    value: str | None, *, field: str, max_length: int = ..., required: bool = ...
) -> str | None: ...
def clean_text(
    value: str | None, *, field: str, max_length: int = TEXT_MAX, required: bool = False
) -> str | None:
    """Validate one piece of text; return it trimmed, or None when empty and optional."""
    if value is None:
        if required:
            raise InputError("error.text.empty", field=field)
        return None
    # printable text (most) holds neither a lone surrogate nor a control character
    if not value.isprintable():
        if _has_lone_surrogate(value):
            raise InputError("error.text.encoding", field=field)
        if _has_control(value):
            raise InputError("error.text.control", field=field)
    value = value.strip()
    if not value:
        if required:
            raise InputError("error.text.empty", field=field)
        return None
    if len(value) > max_length:
        raise InputError("error.text.too_long", field=field, limit=max_length, length=len(value))
    return value


def one_line(value: str | None, *, field: str) -> str | None:
    """A title or a name typed by the person: no line breaks or tabs, since it
    sits in table rows. (Stored records are not re-checked for this.)"""
    if value is not None and any(ch in value.strip() for ch in "\n\r\t"):
        raise InputError("error.text.newline", field=field)
    return value


def fold(value: str) -> str:
    """Case- and accent-insensitive form for matching: 'Håb' and 'hab' fold alike."""
    value = value.casefold().translate(_FOLD_EXTRA)
    decomposed = unicodedata.normalize("NFKD", value)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def shorten(value: str, width: int) -> str:
    """Cut ``value`` to ``width`` characters, ending in an ellipsis when cut."""
    if width <= 1 or len(value) <= width:
        return value[: max(width, 0)]
    return value[: width - 1].rstrip() + "…"

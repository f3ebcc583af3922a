"""The example people: one module per person, their words in their own catalog.

Only the names are known at start-up (``recovery --demo anna status`` needs
them to read its arguments); a person's module is imported when used.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

from recovery_cli.domain.errors import InputError

if TYPE_CHECKING:
    from recovery_cli.demo.person import Person

# In the order ``recovery demo --list`` shows them; the first is the default.
NAMES: tuple[str, ...] = ("kim", "anna", "henrik", "birgit")
DEFAULT = NAMES[0]


def find(value: str) -> str:
    """The person's key from what was typed (any case); an unknown name is
    refused with the nearest one suggested."""
    import difflib

    wanted = value.strip().lower()
    if wanted in NAMES:
        return wanted
    close = difflib.get_close_matches(wanted, NAMES, n=1, cutoff=0.5)
    if close:
        raise InputError("error.demo.person_suggest", value=value, suggestion=close[0])
    raise InputError("error.demo.person_unknown", value=value, names=", ".join(NAMES))


def person(name: str) -> Person:
    """The example person called ``name`` (one of :data:`NAMES`)."""
    if name not in NAMES:
        raise KeyError(name)
    return import_module(f"{__name__}.{name}").PERSON

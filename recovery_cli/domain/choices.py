"""Reading the small fixed choices a person types: kinds and goal statuses.

Each accepts its key and its English and Danish words, in any case, with or
without accents, and with a space, a hyphen or an underscore between words
(``let go``, ``let-go``, ``let_go``; ``givet slip``, ``givet-slip``).
"""

from __future__ import annotations

import difflib
from collections.abc import Mapping

from recovery_cli.domain.errors import InputError
from recovery_cli.domain.records import GOAL_STATUSES, RESOURCE_KINDS, SUPPORT_KINDS
from recovery_cli.domain.text import fold

RESOURCE_ALIASES = {
    "strength": ("styrke", "strengths", "styrker"),
    "experience": ("erfaring", "experiences", "erfaringer"),
    "resource": ("ressource", "resources", "ressourcer"),
}
# The everyday words people use for who supports them, in both languages: a
# Dane says "pårørende", "bostøtte" or "forening" rather than the kind's name.
SUPPORT_ALIASES = {
    "family": ("familie", "pårørende", "relative", "relatives"),
    "friend": ("ven", "veninde", "friends", "venner"),
    "peer": (
        "peers",
        "ligesindet",
        "peermedarbejder",
        "peer-medarbejder",
        "peer worker",
        "peer-worker",
        "peer support worker",
        "peer mentor",
        "peermentor",
    ),
    "professional": (
        "professionel",
        "fagperson",
        "behandler",
        # a Danish "mentor" is usually a role the municipality or a job centre
        # pays for, not someone with lived experience (that is a peer mentor)
        "mentor",
        "bostøtte",
        "kontaktperson",
        "psykiater",
        "læge",
        "psykolog",
        "sygeplejerske",
        "doctor",
        "gp",
        "psychiatrist",
        "psychologist",
        "nurse",
        "key worker",
        "support worker",
    ),
    "network": ("netvaerk", "netværk", "forening", "association", "club", "klub"),
    "other": ("andet", "anden"),
}
# Every word the lists show (English and Danish) is accepted back, with the
# Danish "aa" for "å" as on a keyboard without it.
STATUS_ALIASES = {
    "active": ("aktivt", "aktiv", "aktive"),
    "paused": ("pause", "pauset", "på pause", "paa pause"),
    "reached": ("nået", "naaet"),
    "let_go": ("let go", "givet slip", "sluppet"),
}


def _words(value: str) -> str:
    """The form a choice is matched in: folded, words joined by one space."""
    return " ".join(fold(value).replace("-", " ").replace("_", " ").split())


def _table(keys: tuple[str, ...], aliases: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for key in keys:
        for word in (key, *aliases.get(key, ())):
            table[_words(word)] = key
    return table


_RESOURCES = _table(RESOURCE_KINDS, RESOURCE_ALIASES)
_SUPPORTS = _table(SUPPORT_KINDS, SUPPORT_ALIASES)
_STATUSES = _table(GOAL_STATUSES, STATUS_ALIASES)


def _parse(value: str, table: dict[str, str], keys: tuple[str, ...], error: str) -> str:
    folded = _words(value)
    if folded in table:
        return table[folded]
    close = difflib.get_close_matches(folded, list(table), n=1, cutoff=0.6)
    suggestion = table[close[0]] if close else ""
    raise InputError(error, value=value, allowed=", ".join(keys), suggestion=suggestion)


def parse_resource_kind(value: str) -> str:
    return _parse(value, _RESOURCES, RESOURCE_KINDS, "error.resource.kind")


def parse_support_kind(value: str) -> str:
    return _parse(value, _SUPPORTS, SUPPORT_KINDS, "error.support.kind")


def parse_status(value: str) -> str:
    return _parse(value, _STATUSES, GOAL_STATUSES, "error.status.unknown")

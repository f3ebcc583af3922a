"""Reading the small fixed choices a person types: kinds and goal statuses.

Each accepts its key and its English and Danish words, in any case.
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
        "mentor",
    ),
    "professional": (
        "professionel",
        "fagperson",
        "behandler",
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
STATUS_ALIASES = {
    "active": ("aktiv", "aktive"),
    "paused": ("pause", "pauset", "på pause"),
    "reached": ("nået", "naet"),
    "let_go": ("let-go", "let go", "sluppet", "givet slip"),
}


def _table(keys: tuple[str, ...], aliases: Mapping[str, tuple[str, ...]]) -> dict[str, str]:
    table: dict[str, str] = {}
    for key in keys:
        for word in (key, *aliases.get(key, ())):
            table[fold(word)] = key
    return table


_RESOURCES = _table(RESOURCE_KINDS, RESOURCE_ALIASES)
_SUPPORTS = _table(SUPPORT_KINDS, SUPPORT_ALIASES)
_STATUSES = _table(GOAL_STATUSES, STATUS_ALIASES)


def _parse(value: str, table: dict[str, str], keys: tuple[str, ...], error: str) -> str:
    folded = fold(" ".join(value.split()))
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

"""Backup IDs in the person's language.

A backup's ID is its file name without the journal's name: the time it was
made and why (``20261123T093000Z-daily``). The files keep the English reason;
a Danish screen shows ``20261123T093000Z-daglig``, and either spelling (or a
beginning of it) is read back as the same backup.
"""

from __future__ import annotations

import re

from recovery_cli.domain.text import fold
from recovery_cli.i18n import t

REASONS = (
    "manual",
    "daily",
    "migrate",
    "import",
    "restore",
    "encrypt",
    "decrypt",
    "passwd",
    "keys",
    "doctor",
    "damaged",
)
_ID = re.compile(r"\b(\d{8}T\d{6}Z)-([a-z]+)\b")
_TYPED = re.compile(r"^(\d{8}T\d{6}Z)-([^-]+)(-\d+)?$")


def _word(reason: str) -> str:
    return t(f"backup.id.{reason}")


def _words(reason: str) -> list[str]:
    """The reason's word in every language (folded): an ID copied from a screen
    in another language than the one spoken now is the same backup."""
    from recovery_cli.i18n import LANGUAGES, area_catalog
    from recovery_cli.i18n.areas import area_of

    key = f"backup.id.{reason}"
    found = (area_catalog(language, area_of(key)).get(key) for language in LANGUAGES)
    return [fold(word) for word in (_word(reason), *found) if word]


def shown_backup_id(text: str) -> str:
    """Every backup ID in ``text`` with its reason in the person's language."""
    return _ID.sub(lambda m: f"{m[1]}-{_word(m[2]) if m[2] in REASONS else m[2]}", text)


def typed_backup_id(text: str) -> str:
    """The stored ID a person typed in either language, whichever is spoken now:
    ``…Z-daglig`` (or just ``…Z-dag``) is ``…Z-daily``; anything else is passed
    on as typed."""
    found = _TYPED.match(text.strip())
    if found is None:
        return text
    stamp, word, number = found[1], fold(found[2]), found[3] or ""
    if word in REASONS:
        return text
    named = [reason for reason in REASONS if word in _words(reason)]
    begun = [
        reason for reason in REASONS if any(known.startswith(word) for known in _words(reason))
    ]
    if named or len(begun) == 1:
        return f"{stamp}-{(named or begun)[0]}{number}"
    return text

"""Turning the journal into bytes and back, and checking its shape.

The file is TinyDB's JSON layout: ``{"table": {"doc id": {...}}}``, with the
``meta`` table first so its schema version and language can be read cheaply.
An encrypted journal is the same JSON sealed by :mod:`.crypto`; ``load`` and
``dump`` tell the two apart by the file's first bytes.
"""

from __future__ import annotations

import orjson

from recovery_cli.domain.errors import NotPossible
from recovery_cli.storage.paths import (
    is_sealed,
    peek_language,  # noqa: F401 - part of the codec's API
)

META = "meta"
TABLES = ("goals", "positions", "resources", "supports", "notes", "measures", "results")


class JournalDamaged(NotPossible):
    """The file is not a journal we can read; it is left exactly as it is."""

    def __init__(self, path: object, reason: str) -> None:
        super().__init__("error.journal.damaged", path=str(path))
        self.reason = reason


def encode(data: dict) -> bytes:
    """The journal as UTF-8 JSON bytes, meta first."""
    ordered = {META: data[META], **{k: v for k, v in data.items() if k != META}}
    return orjson.dumps(ordered)


def load(raw: bytes, path: object, keys=None, *, ask: bool = True):
    """``(data, seal)`` from a journal file's bytes; ``seal`` is None when plain.

    An encrypted file is opened with ``keys`` (a :class:`.crypto.Keys`); the
    plaintext stays in memory.
    """
    if not is_sealed(raw):
        return decode(raw, path), None
    from recovery_cli.storage import crypto

    try:
        if keys is None:
            crypto.read_header(raw)
            raise NotPossible("error.crypto.locked", path=str(path))
        plain, seal = keys.open(raw, path, ask=ask)
    except crypto.SealDamaged as error:
        raise JournalDamaged(path, str(error)) from None
    return decode(plain, path), seal


def dump(data: dict, seal=None) -> bytes:
    """The bytes to write: plain JSON, or sealed when ``seal`` is given."""
    payload = encode(data)
    if seal is None:
        return payload
    from recovery_cli.storage import crypto

    return crypto.seal_bytes(payload, seal, data[META]["1"].get("language"))


def decode(raw: bytes, path: object) -> dict:
    """Parse and shape-check a journal file, or raise :class:`JournalDamaged`."""
    raw = raw.removeprefix(b"\xef\xbb\xbf")  # a byte-order mark some editors add
    if not raw.strip():
        raise JournalDamaged(path, "empty")
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError:
        raise JournalDamaged(path, "not_json") from None
    check_shape(data, path)
    return data


def check_shape(data: object, path: object) -> None:
    """Every table a dict of dicts, and a meta record carrying an integer schema."""
    if not isinstance(data, dict) or not isinstance(data.get(META), dict):
        raise JournalDamaged(path, "shape")
    for table in data.values():
        # {dict} or empty: one pass in C rather than a Python test per record
        if not isinstance(table, dict) or not set(map(type, table.values())) <= {dict}:
            raise JournalDamaged(path, "shape")
    meta = data[META].get("1")
    if not isinstance(meta, dict) or not isinstance(meta.get("schema"), int):
        raise JournalDamaged(path, "shape")

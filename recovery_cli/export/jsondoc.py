"""The JSON export: every record and field with the schema version, for import."""

from __future__ import annotations

import orjson

from recovery_cli.journal.document import export_document
from recovery_cli.journal.selection import Shared


def write_json(shared: Shared, *, version: str) -> bytes:
    """UTF-8 JSON, indented so a person can read it, ending in a newline."""
    return (
        orjson.dumps(export_document(shared, app_version=version), option=orjson.OPT_INDENT_2)
        + b"\n"
    )

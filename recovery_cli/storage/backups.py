"""Backups: byte-for-byte copies of the journal in a private ``backups/`` folder.

A backup copies the file as it is on disk, so an encrypted journal's backups
stay encrypted. Names sort by time: ``journal-20261123T093000Z-import.json``.
Only the newest ``KEEP`` are kept.
"""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from recovery_cli.storage import files

KEEP = 30
FOLDER = "backups"


def backup_dir(journal: Path) -> Path:
    return journal.parent / FOLDER


def list_backups(journal: Path) -> list[Path]:
    """Backups of ``journal``, oldest first."""
    folder = backup_dir(journal)
    stem = journal.stem + "-"
    try:
        found = [p for p in folder.iterdir() if p.name.startswith(stem) and p.is_file()]
    except OSError:
        return []
    return sorted(found, key=lambda p: p.name)


def snapshot(journal: Path, reason: str, *, now: datetime | None = None) -> Path | None:
    """Copy the journal as it is now; None when there is no journal yet.

    Call it while holding the journal's lock when a write follows.
    """
    try:
        payload = journal.read_bytes()
    except FileNotFoundError:
        return None
    moment = (now or datetime.now(timezone.utc)).astimezone(timezone.utc)
    folder = backup_dir(journal)
    files.ensure_private_dir(folder)
    base = f"{journal.stem}-{moment:%Y%m%dT%H%M%SZ}-{reason}"
    target = folder / f"{base}{journal.suffix}"
    counter = 1
    while target.exists():
        counter += 1
        target = folder / f"{base}-{counter}{journal.suffix}"
    files.atomic_write(target, payload)
    prune(journal)
    return target


def prune(journal: Path, keep: int = KEEP) -> list[Path]:
    """Remove the oldest backups beyond ``keep``; returns what was removed."""
    existing = list_backups(journal)
    removed = existing[: max(len(existing) - keep, 0)]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed

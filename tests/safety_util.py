"""Helpers for the reliability and safety tests: file snapshots, scans, figures."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson

ROOT = Path(__file__).resolve().parent.parent
WORKERS = Path(__file__).resolve().parent / "workers"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
PASSPHRASE = "correct horse battery staple"


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (relative name -> bytes)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            found[str(path.relative_to(folder))] = path.read_bytes()
    return found


def files_containing(folder: Path, needle: bytes) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]


def temps(journal: Path) -> list[Path]:
    """Temp files beside the journal or in its backups folder."""
    found = [p for p in journal.parent.iterdir() if ".tmp-" in p.name]
    backups = journal.parent / "backups"
    if backups.is_dir():
        found += [p for p in backups.iterdir() if ".tmp-" in p.name]
    return found


def load_plain(journal: Path) -> dict:
    from recovery_cli.storage.codec import decode

    return decode(journal.read_bytes(), journal)


def figure(capsys, text: str) -> None:
    """Show a figure a test reached, even with pytest's output capture on."""
    with capsys.disabled():
        sys.stdout.write(f"\n    [figure] {text}\n")


def python(*args: str, env: dict | None = None, **kwargs) -> subprocess.Popen:
    """A Python subprocess in the project root with the test environment."""
    return subprocess.Popen(
        [sys.executable, *args], cwd=ROOT, env={**os.environ, **(env or {})}, **kwargs
    )


def positions_notes(journal: Path) -> list[str]:
    data = orjson.loads(journal.read_bytes())
    return [doc.get("note") for doc in data["positions"].values()]


def write_passphrase(folder: Path, text: str = PASSPHRASE, name: str = "passphrase") -> Path:
    path = folder / name
    path.write_text(text + "\n", encoding="utf-8")
    os.chmod(path, 0o600)
    return path

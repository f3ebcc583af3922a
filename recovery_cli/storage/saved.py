"""Files a person asks for by name (``recovery chart --save FILE``).

Written like the journal: atomically, and private to the person (0600), since
what they hold comes from the journal. An existing file is replaced.
"""

from __future__ import annotations

from pathlib import Path

from recovery_cli.domain.errors import InputError, NotPossible
from recovery_cli.storage.files import atomic_write


def save_private_text(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path``, created or replaced as a 0600 file."""
    if path.is_dir():
        raise InputError("error.chart.save_is_dir", path=str(path))
    if not path.parent.is_dir():
        raise NotPossible("error.chart.save_no_folder", folder=str(path.parent))
    try:
        atomic_write(path, text.encode("utf-8"))
    except PermissionError:
        raise NotPossible("error.chart.save_not_allowed", path=str(path)) from None

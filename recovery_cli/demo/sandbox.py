"""The demo sandbox: a journal in the cache folder, never the person's own."""

from __future__ import annotations

import contextlib
from pathlib import Path

from recovery_cli.i18n import get_language
from recovery_cli.journal.core import Journal
from recovery_cli.storage.files import ensure_private_dir


def ensure_sandbox(path: Path, *, reset: bool = False, language_fixed: bool = False) -> str:
    """Make sure the sandbox holds the example; returns built, rebuilt or reused.

    It is rebuilt when asked, when it is missing or unreadable (it is only the
    demo), or when the person asked for another language than it speaks.
    """
    ensure_private_dir(path.parent)
    if reset:
        with contextlib.suppress(FileNotFoundError):
            path.unlink()
    try:
        with Journal.open(path, write=True, language=get_language()) as journal:
            if not journal.existed:
                _build(journal)
                return "built"
            if language_fixed and journal.language != get_language():
                _build(journal)
                return "rebuilt"
            return "reused"
    except Exception:
        if reset:
            raise
        return ensure_sandbox(path, reset=True, language_fixed=language_fixed)


def _build(journal: Journal) -> None:
    from recovery_cli.demo.build import build_demo

    build_demo(journal)

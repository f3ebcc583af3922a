"""The demo sandboxes: journals in the cache folder, never the person's own."""

from __future__ import annotations

import contextlib
from pathlib import Path

from recovery_cli.i18n import get_language
from recovery_cli.journal.core import Journal
from recovery_cli.storage.files import ensure_private_dir


def sandbox_path(name: str) -> Path:
    """Where the example person ``name`` lives (the default keeps the first place)."""
    from recovery_cli.demo.people import DEFAULT
    from recovery_cli.storage.paths import demo_journal_path

    return demo_journal_path(None if name == DEFAULT else name)


def ensure_sandbox(
    path: Path, person: str | None = None, *, reset: bool = False, language_fixed: bool = False
) -> str:
    """Make sure the sandbox holds its example person; returns built, rebuilt or reused.

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
                _build(journal, person)
                return "built"
            if language_fixed and journal.language != get_language():
                _build(journal, person)
                return "rebuilt"
            return "reused"
    except Exception:
        if reset:
            raise
        return ensure_sandbox(path, person, reset=True, language_fixed=language_fixed)


def _build(journal: Journal, name: str | None) -> None:
    from recovery_cli.demo.build import build_person
    from recovery_cli.demo.people import DEFAULT, person

    build_person(journal, person(name or DEFAULT))

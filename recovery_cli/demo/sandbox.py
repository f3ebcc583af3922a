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
    """Make sure the sandbox holds its example person; returns built, rebuilt,
    kept or reused.

    It is rebuilt when asked, when it is missing or unreadable (it is only the
    demo), or when the person asked for another language than it speaks and
    nothing in it changed since it was built. One that holds changes (a
    position logged live) is kept in its own language: ``kept``.
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
                if changed_since_built(journal):
                    return "kept"
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
    journal.set_meta(demo_built=content_digest(journal))


def content_digest(journal: Journal) -> str:
    """A digest of the sandbox's records (not its meta): the same until
    something is logged, added, changed or removed in it."""
    import hashlib

    import orjson

    from recovery_cli.storage.codec import TABLES

    data = journal.store.storage.read()
    records = {table: data.get(table, {}) for table in TABLES}
    return hashlib.sha256(orjson.dumps(records, option=orjson.OPT_SORT_KEYS)).hexdigest()


def changed_since_built(journal: Journal) -> bool:
    """Whether the sandbox holds changes made after it was built (one built
    before the tool remembered how it was built counts as changed: kept)."""
    return journal.meta.get("demo_built") != content_digest(journal)


def rebuild_command(name: str | None) -> str:
    """The command that builds the sandbox of ``name`` again in the language now spoken."""
    from recovery_cli.demo.people import DEFAULT

    return f"recovery --lang {get_language()} demo --person {name or DEFAULT} --reset"

"""Where the journal lives: ``--journal``, else ``RECOVERY_JOURNAL``, else
``journal`` in the settings file (see :mod:`recovery_cli.storage.settings`),
else the platform's user data folder (``recovery-journal/journal.json``)."""

from __future__ import annotations

import os
import re
from pathlib import Path

JOURNAL_ENV = "RECOVERY_JOURNAL"
APP_NAME = "recovery-journal"
JOURNAL_FILE = "journal.json"


def default_journal_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / JOURNAL_FILE


def journal_choice(option: str | None, environ: dict[str, str] | None = None) -> tuple[Path, str]:
    """The journal's path and where it comes from: ``option``, ``environment``,
    ``config`` (the settings file) or ``default``."""
    env = os.environ if environ is None else environ
    if option:
        return follow_link(Path(option).expanduser().absolute()), "option"
    if env.get(JOURNAL_ENV):
        return follow_link(Path(env[JOURNAL_ENV]).expanduser().absolute()), "environment"
    from recovery_cli.storage.settings import load

    configured = load(env).get("journal")
    if configured:
        return follow_link(Path(configured).expanduser().absolute()), "config"
    return follow_link(default_journal_path()), "default"


def journal_path(option: str | None, environ: dict[str, str] | None = None) -> tuple[Path, bool]:
    """The journal's path, and whether the person chose it (option, environment or
    the settings file)."""
    path, source = journal_choice(option, environ)
    return path, source != "default"


def follow_link(path: Path) -> Path:
    """Where a journal that is a symlink really lives (the path itself otherwise).

    Resolved once, here, so that every write, the lock, temp files and backups
    are at the target and the link is never replaced by a file of its own. A
    link that leads nowhere is followed too (the first write makes its target);
    one that goes round in a circle is returned as it is (reading it is refused).
    """
    if not os.path.islink(path):
        return path
    return Path(os.path.realpath(path))


def demo_journal_path(person: str | None = None) -> Path:
    """A peer-worker sandbox: in the cache folder, never the real journal's place.

    The default example person keeps ``demo/journal.json``; every other one has
    a folder of its own, ``demo/people/<person>/journal.json``.
    """
    from platformdirs import user_cache_path

    folder = user_cache_path(APP_NAME, appauthor=False) / "demo"
    if person:
        folder = folder / "people" / person
    return follow_link(folder / JOURNAL_FILE)


# How the first line of an encrypted journal begins, in every format version
# (``... encrypted 1``, ``... encrypted 2``: see storage/crypto.py). Kept here, in
# a module every command loads anyway, so telling plain from sealed costs nothing.
SEALED_MAGIC = b"recovery-journal encrypted "


def is_sealed(raw: bytes) -> bool:
    """Whether these bytes (or the first bytes of a file) are an encrypted journal."""
    return raw.startswith(SEALED_MAGIC)


_LANGUAGE = re.compile(rb'"language"\s*:\s*"([a-z]{2})"')


def peek_language(head: bytes) -> str | None:
    """The saved language from a journal's first bytes (the meta record, or an
    encrypted journal's header), without parsing the whole file."""
    match = _LANGUAGE.search(head)
    return match.group(1).decode() if match else None


def peek_journal_language(path: Path) -> str | None:
    try:
        with open(path, "rb") as handle:
            return peek_language(handle.read(4096))
    except OSError:
        return None

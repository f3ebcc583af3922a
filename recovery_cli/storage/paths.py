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


def journal_choice(option: str | None,
                   environ: dict[str, str] | None = None) -> tuple[Path, str]:
    """The journal's path and where it comes from: ``option``, ``environment``,
    ``config`` (the settings file) or ``default``."""
    env = os.environ if environ is None else environ
    if option:
        return Path(option).expanduser().absolute(), "option"
    if env.get(JOURNAL_ENV):
        return Path(env[JOURNAL_ENV]).expanduser().absolute(), "environment"
    from recovery_cli.storage.settings import load

    configured = load(env).get("journal")
    if configured:
        return Path(configured).expanduser().absolute(), "config"
    return default_journal_path(), "default"


def journal_path(option: str | None, environ: dict[str, str] | None = None) -> tuple[Path, bool]:
    """The journal's path, and whether the person chose it (option, environment or
    the settings file)."""
    path, source = journal_choice(option, environ)
    return path, source != "default"


def demo_journal_path() -> Path:
    """The peer-worker sandbox: in the cache folder, never the real journal's place."""
    from platformdirs import user_cache_path

    return user_cache_path(APP_NAME, appauthor=False) / "demo" / JOURNAL_FILE


# The first line of an encrypted journal (see storage/crypto.py). Kept here, in
# a module every command loads anyway, so telling plain from sealed costs nothing.
SEALED_MAGIC = b"recovery-journal encrypted 1\n"


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

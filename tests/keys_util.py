"""Helpers for the recovery key tests: find the key on screen, type it back
from a file, and compare files leaving out the ones the test itself typed."""

from __future__ import annotations

import re
from pathlib import Path

from tests.safety_util import tree, write_passphrase

# (not \b: on a terminal the key follows the escape code that makes it bold)
KEY = re.compile(r"(?<![0-9A-Z-])[0-9A-Z]{4}(?:-[0-9A-Z]{4}){7}(?![0-9A-Z-])")
HELPERS = ("typed-key", "new-passphrase", "try-passphrase")


def key_in(text: str) -> str:
    """The one recovery key shown in ``text``."""
    found = KEY.findall(text)
    assert len(found) == 1, text
    return found[0]


def files_now(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` but the key and passphrase files the test typed."""
    return {name: raw for name, raw in tree(folder).items() if name not in HELPERS}


def key_file(folder: Path, text: str, name: str = "key.txt") -> Path:
    path = folder / name
    path.write_text(text + "\n", encoding="ascii")
    path.chmod(0o600)
    return path


def reset(cli, folder: Path, key: str, new: str = "a brand new passphrase", **env):
    """``recovery passwd --recovery-key`` with the key and the new passphrase in files."""
    keyfile = key_file(folder, key, "typed-key")
    newfile = write_passphrase(folder, new, "new-passphrase")
    return cli(
        "passwd",
        "--recovery-key",
        env={
            "RECOVERY_RECOVERY_KEY_FILE": str(keyfile),
            "RECOVERY_NEW_PASSPHRASE_FILE": str(newfile),
            **env,
        },
    )

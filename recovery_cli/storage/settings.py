"""The optional settings file: the journal's path and the language.

``config.toml`` in the user config folder (on Linux
``~/.config/recovery-journal/config.toml``), or the file ``RECOVERY_CONFIG``
names::

    journal = "~/Sync/recovery/journal.json"
    language = "da"

or, in Danish, ``dagbog = "..."`` and ``sprog = "da"``.

A setting on the command line wins over the environment, which wins over this
file, which wins over the default. The file is only read, never written; a
missing file is no settings at all, and a file that cannot be used is refused
in one sentence naming it (a typo never silently points at another journal).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from recovery_cli.domain.errors import InputError

CONFIG_ENV = "RECOVERY_CONFIG"
CONFIG_FILE = "config.toml"
KEYS = ("journal", "language")
ALIASES = {"dagbog": "journal", "sprog": "language"}  # the keys in Danish


def config_path(environ: os._Environ[str] | dict[str, str] | None = None) -> Path:
    """Where the settings file is (whether or not it exists).

    Every command asks, so on Linux and the other Unixes the XDG rule is
    followed here (``$XDG_CONFIG_HOME``, else ``~/.config``), as platformdirs
    does, without importing platformdirs; elsewhere platformdirs says.
    """
    env = os.environ if environ is None else environ
    named = env.get(CONFIG_ENV)
    if named:
        return Path(named).expanduser().absolute()
    from recovery_cli.storage.paths import APP_NAME

    if sys.platform == "darwin" or os.name == "nt":
        from platformdirs import user_config_path

        return user_config_path(APP_NAME, appauthor=False) / CONFIG_FILE
    base = env.get("XDG_CONFIG_HOME", "").strip() or os.path.expanduser("~/.config")
    return Path(base) / APP_NAME / CONFIG_FILE


class Settings:
    """What the settings file says: its place, whether it is there, its values.

    (A plain class: every command reads the settings, and building a dataclass
    costs about a millisecond at start-up.)"""

    __slots__ = ("path", "exists", "values")

    def __init__(
        self, path: Path, exists: bool = False, values: dict[str, str] | None = None
    ) -> None:
        self.path, self.exists, self.values = path, exists, values or {}

    def get(self, key: str) -> str | None:
        return self.values.get(key)


def _parse(text: str) -> dict:
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # the same parser, before it joined the standard library
        import tomli as tomllib
    return tomllib.loads(text)


def load(environ: os._Environ[str] | dict[str, str] | None = None) -> Settings:
    """The settings file's values; raises ``InputError`` for one that cannot be used."""
    path = config_path(environ)
    try:
        raw = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return Settings(path)
    except IsADirectoryError:
        raise InputError("config.error.folder", path=str(path)) from None
    except OSError:
        raise InputError("config.error.unreadable", path=str(path)) from None
    try:
        data = _parse(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise InputError("config.error.syntax", path=str(path), reason="not UTF-8") from None
    except ValueError as error:  # tomllib.TOMLDecodeError
        raise InputError("config.error.syntax", path=str(path), reason=str(error)) from None
    values: dict[str, str] = {}
    for key, value in data.items():
        name = ALIASES.get(key, key)
        if name not in KEYS:
            raise InputError(
                "config.error.key", path=str(path), key=key, keys=", ".join((*KEYS, *ALIASES))
            )
        if not isinstance(value, str) or not value.strip():
            raise InputError("config.error.value", path=str(path), key=key)
        if name in values:
            raise InputError("config.error.twice", path=str(path), key=name)
        values[name] = value.strip()
    return Settings(path, True, values)

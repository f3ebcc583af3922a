"""Message catalogs: every sentence the tool says, in English and Danish.

Catalogs live in ``locale/<lang>/*.po`` (gettext format, message keys as
ids). ``t("goal.added", number=3)`` looks a key up in the current language,
falls back to English, and fills in ``{placeholders}``; a placeholder given a
date is written as that language writes dates in figures (``14.3.2026``).
"""

from __future__ import annotations

import os
from contextvars import ContextVar
from datetime import date, datetime
from functools import cache
from pathlib import Path

from recovery_cli.i18n.areas import SHARED, area_of
from recovery_cli.i18n.po import parse_po

LANGUAGES = ("en", "da")
DEFAULT_LANGUAGE = "en"
LANGUAGE_ENV = "RECOVERY_LANG"
_LOCALE_DIR = Path(__file__).with_name("locale")
_current: ContextVar[str] = ContextVar("recovery_language", default=DEFAULT_LANGUAGE)


def _read(language: str, names: list[str] | None = None) -> dict[str, str]:
    """Messages of one language from its ``.po`` files (all, or those ``names``
    that exist), refusing a key that two files define."""
    messages: dict[str, str] = {}
    folder = _LOCALE_DIR / language
    paths = (
        sorted(folder.glob("*.po")) if names is None else [folder / f"{name}.po" for name in names]
    )
    for path in paths:
        if names is not None and not path.is_file():
            continue
        for key, text in parse_po(path.read_text(encoding="utf-8"), path.name).items():
            if key in messages:
                raise ValueError(f"{language}/{path.name}: {key!r} is also in another file")
            messages[key] = text
    return messages


@cache
def catalog(language: str) -> dict[str, str]:
    """All messages of one language, read from its ``.po`` files."""
    return _read(language)


@cache
def area_catalog(language: str, area: str) -> dict[str, str]:
    """The messages of one part of the tool (one ``.po`` file, see ``areas``)."""
    return _read(language, [area])


# language -> the messages read so far, and the files they came from. Every
# command reads the shared words; each other file is read the first time one
# of its keys is asked for (the file a key lives in follows from its name).
_known: dict[str, dict[str, str]] = {}
_files: dict[str, set[str]] = {}


def _message(language: str, key: str) -> str | None:
    """``key`` in ``language``: from the shared words, else from the file of the
    part of the tool the key belongs to (read once), else anywhere."""
    known = _known.get(language)
    if known is None:
        known = _known[language] = dict(area_catalog(language, SHARED))
        _files[language] = {SHARED}
    text = known.get(key)
    if text is None:
        area = area_of(key)
        if area not in _files[language]:
            _files[language].add(area)
            known.update(area_catalog(language, area))
            text = known.get(key)
        if text is None:  # a key out of its place: a test says so; still say it
            text = catalog(language).get(key)
    return text


def set_language(language: str) -> None:
    """Make ``language`` the one every later message is looked up in."""
    if language not in LANGUAGES:
        raise ValueError(language)
    _current.set(language)


def get_language() -> str:
    return _current.get()


def t(key: str, /, **params: object) -> str:
    """The message ``key`` in the current language, placeholders filled in."""
    text = _message(_current.get(), key)
    if text is None:
        text = _message(DEFAULT_LANGUAGE, key)
    if text is None:
        text = key
    if not params:
        return text
    for name, value in params.items():
        if isinstance(value, date) and not isinstance(value, datetime):
            params[name] = numeric_date(value)
        elif isinstance(value, str) and value.endswith(".") and f"{{{name}}}." in text:
            params[name] = value[:-1]  # "den 22. okt." ends a sentence with its own full stop
    return text.format(**params)


def numeric_date(day: date) -> str:
    """A day in figures as the current language writes it: ``14.3.2026`` in
    Danish, ``2026-03-14`` in English."""
    return t("date.numeric", day=day.day, month=day.month, year=day.year)


def tn(key: str, count: int, /, **params: object) -> str:
    """A message that depends on a count: ``key.one`` or ``key.other``."""
    form = "one" if count == 1 else "other"
    return t(f"{key}.{form}", count=count, **params)


def normalise_language(value: str | None) -> str | None:
    """``'da'``, ``'DA'``, ``'da_DK.UTF-8'``, ``'dansk'`` -> ``'da'``; unknown -> None."""
    if not value:
        return None
    value = value.strip().lower()
    aliases = {"dansk": "da", "danish": "da", "english": "en", "engelsk": "en"}
    if value in aliases:
        return aliases[value]
    code = value.replace("-", "_").split("_")[0].split(".")[0]
    return code if code in LANGUAGES else None


def system_language(environ: os._Environ[str] | dict[str, str] | None = None) -> str | None:
    """The language the system locale asks for, if it is one we speak."""
    env = os.environ if environ is None else environ
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var)
        if value:
            for part in value.split(":"):
                found = normalise_language(part)
                if found:
                    return found
            if var != "LANGUAGE":
                return None
    return None

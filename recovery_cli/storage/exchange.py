"""Files that travel: reading a file to import, writing an export.

Reading never changes the file. Writing an export goes through
:func:`files.atomic_write` (the result is 0600) and refuses to replace an
existing file unless asked to, or to write over the journal itself.
"""

from __future__ import annotations

import errno
from pathlib import Path

import orjson

from recovery_cli.domain.errors import InputError, NotPossible
from recovery_cli.storage import files
from recovery_cli.storage.lock import lock_path

MAX_IMPORT_BYTES = 512 * 1024 * 1024


def read_import(path: Path) -> bytes:
    """The bytes of a file to import; a missing or unreadable one is refused.

    Exit codes as everywhere: a file that is not there is "not found" (1, like
    an unknown goal or backup); a folder where a file belongs is bad input (2).
    """
    try:
        if path.is_dir():
            raise InputError("import.error.is_dir", path=str(path))
        size = path.stat().st_size
        if size > MAX_IMPORT_BYTES:
            raise InputError("import.error.foreign", path=str(path))
        return path.read_bytes()
    except FileNotFoundError:
        raise NotPossible("import.error.missing", path=str(path)) from None
    except PermissionError:
        raise NotPossible("import.error.unreadable", path=str(path)) from None
    except OSError as err:
        if err.errno in (errno.ENOTDIR, errno.ENOENT):
            raise NotPossible("import.error.missing", path=str(path)) from None
        raise NotPossible("import.error.unreadable", path=str(path)) from None


def parse_json(raw: bytes) -> object | None:
    """The JSON value in ``raw``, or None when it is not JSON at all.

    A leading UTF-8 byte-order mark (left by some editors) is allowed.
    """
    raw = raw.removeprefix(b"\xef\xbb\xbf")
    if not raw.strip():
        return None
    try:
        return orjson.loads(raw)
    except orjson.JSONDecodeError:
        return None


def not_json_text(raw: bytes) -> bool:
    """True for a file that is not JSON at all (a CSV or Markdown export, a text),
    rather than JSON that is damaged or cut short: it does not begin with ``{`` or ``[``."""
    head = raw.removeprefix(b"\xef\xbb\xbf").lstrip()[:1]
    return bool(head) and head not in (b"{", b"[")


def _same_file(a: Path, b: Path) -> bool:
    return a.resolve() == b.resolve()


def check_output(target: Path, journal: Path, *, force: bool) -> None:
    """Refuse an output that would replace a file (without ``force``) or the journal."""
    if target.is_dir():
        raise InputError("export.error.is_dir", path=str(target))
    if _same_file(target, journal) or _same_file(target, lock_path(journal)):
        raise InputError("export.error.is_journal", path=str(target))
    if not target.parent.is_dir():
        raise NotPossible("export.error.no_folder", folder=str(target.parent))
    if target.exists() and not force:
        raise NotPossible("export.error.exists", path=str(target))


def write_export(target: Path, payload: bytes, journal: Path, *, force: bool) -> None:
    """Write ``payload`` to ``target`` atomically, private to the person (0600)."""
    check_output(target, journal, force=force)
    files.atomic_write(target, payload)

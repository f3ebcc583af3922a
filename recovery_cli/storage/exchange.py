"""Files that travel: reading a file to import, writing an export.

Reading never changes the file. Writing an export goes through
:func:`files.atomic_write` (the result is 0600) and refuses to replace an
existing file unless asked to, or to write over the journal itself.
"""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path
from typing import BinaryIO

import orjson

from recovery_cli.domain.errors import InputError, NotPossible
from recovery_cli.storage import files
from recovery_cli.storage.lock import lock_path

MAX_IMPORT_BYTES = 512 * 1024 * 1024


def read_import(path: Path) -> bytes:
    """The bytes of a file to import; a missing or unreadable one is refused.

    Only a regular file is read (a device such as ``/dev/zero`` would never end,
    a pipe would wait for a writer), and never more than
    :data:`MAX_IMPORT_BYTES`, counted as they are read (a file's stated size
    can be wrong). Exit codes as everywhere: a file that is not there is "not
    found" (1, like an unknown goal or backup); a folder, a device or a file
    that is too large is bad input (2).
    """
    try:
        if path.is_dir():
            raise InputError("import.error.is_dir", path=str(path))
        # non-blocking, so a pipe is opened without waiting for a writer, then refused
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise InputError("edges.import.not_a_file", path=str(path))
            return read_capped(handle, MAX_IMPORT_BYTES, path)
    except FileNotFoundError:
        raise NotPossible("import.error.missing", path=str(path)) from None
    except PermissionError:
        raise NotPossible("import.error.unreadable", path=str(path)) from None
    except OSError as err:
        if err.errno in (errno.ENOTDIR, errno.ENOENT):
            raise NotPossible("import.error.missing", path=str(path)) from None
        raise NotPossible("import.error.unreadable", path=str(path)) from None


def read_capped(handle: BinaryIO, cap: int, where: object) -> bytes:
    """Everything ``handle`` holds, refused once more than ``cap`` bytes were read."""
    chunks: list[bytes] = []
    total = 0
    while True:
        chunk = handle.read(min(1 << 20, cap + 1 - total))
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)
        total += len(chunk)
        if total > cap:
            raise InputError(
                "edges.import.too_big", path=str(where), limit=cap // (1024 * 1024) or 1
            )


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

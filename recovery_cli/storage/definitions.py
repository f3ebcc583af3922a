"""Reading a measure's definition file (never changing it)."""

from __future__ import annotations

import errno
from pathlib import Path

from recovery_cli.domain.errors import InputError, NotPossible

MAX_BYTES = 1024 * 1024  # as domain.measure_file: a definition is a page or two


def read_definition_file(path: Path) -> bytes:
    """The bytes of a definition file; a missing, unreadable or huge one is refused
    (a file that is not there: 1, like an unknown goal; a folder or a huge file: 2)."""
    try:
        if path.is_dir():
            raise InputError("measure.error.is_dir", path=str(path))
        if path.stat().st_size > MAX_BYTES:
            raise InputError("measure.def.too_big", file=str(path), most=MAX_BYTES // 1024)
        return path.read_bytes()
    except FileNotFoundError:
        raise NotPossible("measure.error.no_file", path=str(path)) from None
    except PermissionError:
        raise NotPossible("measure.error.unreadable", path=str(path)) from None
    except OSError as err:
        if err.errno in (errno.ENOTDIR, errno.ENOENT):
            raise NotPossible("measure.error.no_file", path=str(path)) from None
        raise NotPossible("measure.error.unreadable", path=str(path)) from None

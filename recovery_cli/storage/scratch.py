"""A private scratch file for the person's editor, removed afterwards.

The file lives alone in a fresh 0700 folder (``tempfile.mkdtemp``) and is
created 0600; the folder and everything in it is removed when the block ends,
whether the editing worked or not.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from recovery_cli.storage.files import DIR_MODE, FILE_MODE


@contextmanager
def private_scratch(name: str, initial: str) -> Iterator[Path]:
    """A file called ``name`` holding ``initial``, in a private folder of its own."""
    folder = Path(tempfile.mkdtemp(prefix="recovery-"))
    try:
        os.chmod(folder, DIR_MODE)
        path = folder / name
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(initial)
        yield path
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def read_scratch(path: Path) -> str:
    """What the editor left in the file ('' when it removed it); invalid UTF-8
    is kept as surrogates so the text check can name the problem."""
    try:
        return path.read_bytes().decode("utf-8", errors="surrogateescape")
    except FileNotFoundError:
        return ""

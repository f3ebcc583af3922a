"""What a power cut can leave on disk, in the style of ALICE and SQLite's crash tests.

:class:`Recorder` routes the ``os`` calls the storage layer makes (open, write,
fsync, close, replace, unlink, mkdir, rmdir) through a log while a command runs
in-process, for every path under one folder. :func:`crash_states` replays that
log on a model of the file system and yields every state a power cut could
leave after each step:

- a file's data written since its last fsync may be lost, kept whole or kept
  in part (its first half);
- a change to a folder (a new name, a rename, an unlink, a new or removed
  folder) since that folder's last fsync may be kept or undone, each on its
  own, in any combination.

Everything on disk before the command is taken as durable. Lock files are
left out (their content means nothing).
"""

from __future__ import annotations

import itertools
import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

DIR = "<dir>"  # what a folder's entry points at in the model


@dataclass
class Step:
    kind: str  # open | write | fsync | rename | unlink | mkdir | rmdir
    path: str  # relative to the recorded folder
    other: str = ""  # rename: the new name
    data: bytes = b""  # write: the bytes; open: "" (created) or "x" (existing)
    offset: int = 0
    is_dir: bool = False


class Recorder:
    """Log the ``os`` calls made under ``root`` (call :meth:`install` inside a test)."""

    def __init__(self, root: Path) -> None:
        self.root = Path(os.path.realpath(root))
        self.steps: list[Step] = []
        self._fds: dict[int, list] = {}  # fd -> [relative path, offset, is_dir]
        self.active = True

    def _rel(self, path) -> str | None:
        full = Path(os.path.realpath(os.fspath(path))) if not isinstance(path, int) else None
        if full is None or not self.active:
            return None
        try:
            rel = full.relative_to(self.root)
        except ValueError:
            return None
        name = str(rel)
        return None if name.endswith(".lock") else name

    def install(self, monkeypatch) -> None:
        real = {
            name: getattr(os, name)
            for name in (
                "open",
                "write",
                "fsync",
                "close",
                "replace",
                "rename",
                "unlink",
                "mkdir",
                "rmdir",
            )
        }

        def _open(path, flags, mode=0o777, *args, **kwargs):
            rel = self._rel(path)
            existed = os.path.lexists(path) if rel is not None else True
            fd = real["open"](path, flags, mode, *args, **kwargs)
            if rel is not None:
                is_dir = os.path.isdir(path)
                self._fds[fd] = [rel, 0, is_dir]
                if not is_dir:
                    self.steps.append(Step("open", rel, data=b"x" if existed else b""))
            return fd

        def _write(fd, data):
            done = real["write"](fd, data)
            held = self._fds.get(fd)
            if held is not None:
                self.steps.append(Step("write", held[0], data=bytes(data[:done]), offset=held[1]))
                held[1] += done
            return done

        def _fsync(fd):
            real["fsync"](fd)
            held = self._fds.get(fd)
            if held is not None:
                self.steps.append(Step("fsync", held[0], is_dir=held[2]))

        def _close(fd):
            self._fds.pop(fd, None)
            return real["close"](fd)

        def _rename(kind):
            def rename(src, dst, *args, **kwargs):
                a, b = self._rel(src), self._rel(dst)
                real[kind](src, dst, *args, **kwargs)
                if a is not None and b is not None:
                    self.steps.append(Step("rename", a, other=b))

            return rename

        def _path_step(kind):
            def call(path, *args, **kwargs):
                rel = self._rel(path)
                result = real[kind](path, *args, **kwargs)
                if rel is not None:
                    self.steps.append(Step(kind, rel))
                return result

            return call

        monkeypatch.setattr(os, "open", _open)
        monkeypatch.setattr(os, "write", _write)
        monkeypatch.setattr(os, "fsync", _fsync)
        monkeypatch.setattr(os, "close", _close)
        monkeypatch.setattr(os, "replace", _rename("replace"))
        monkeypatch.setattr(os, "rename", _rename("rename"))
        for kind in ("unlink", "mkdir", "rmdir"):
            monkeypatch.setattr(os, kind, _path_step(kind))
        if sys.version_info < (3, 11):
            # Python 3.10's pathlib calls os through an accessor that bound the os
            # functions when pathlib was imported: send it to the ones logged here.
            import pathlib

            accessor = pathlib._NormalAccessor  # type: ignore[attr-defined]
            for kind in ("unlink", "mkdir", "rmdir", "rename", "replace"):
                monkeypatch.setattr(
                    accessor,
                    kind,
                    staticmethod(
                        lambda *args, _kind=kind, **kwargs: getattr(os, _kind)(*args, **kwargs)
                    ),
                )


@dataclass
class _Folder:
    live: dict = field(default_factory=dict)  # name -> inode number or DIR
    durable: dict = field(default_factory=dict)
    pending: list = field(default_factory=list)  # folder changes not yet fsynced


class Model:
    """Files (inodes with their data and their last fsynced data) and folders
    (their names now, as last fsynced, and the changes in between)."""

    def __init__(self, tree: dict[str, bytes], folders: list[str]) -> None:
        self.data: dict[int, bytes] = {}
        self.synced: dict[int, bytes] = {}
        self.folders: dict[str, _Folder] = {"": _Folder()}
        self.fds: dict[str, int] = {}  # open file (by path at open time) -> inode
        self.whole: dict[str, set[bytes]] = {}  # name -> every content it held whole
        for folder in sorted(folders, key=len):
            self._folder(folder, durable=True)
        for name, content in tree.items():
            inode = self._new(content, synced=True)
            parent, base = _split(name)
            self.folders[parent].live[base] = inode
            self.folders[parent].durable[base] = inode
            self.whole.setdefault(name, set()).add(content)

    def _folder(self, name: str, durable: bool) -> None:
        self.folders[name] = _Folder()
        parent, base = _split(name)
        self.folders[parent].live[base] = DIR
        if durable:
            self.folders[parent].durable[base] = DIR
        else:
            self.folders[parent].pending.append(("link", base, DIR))

    def _new(self, content: bytes = b"", synced: bool = False) -> int:
        inode = len(self.data) + 1
        self.data[inode] = content
        self.synced[inode] = content if synced else b""
        return inode

    def apply(self, step: Step) -> None:
        parent, base = _split(step.path)
        folder = self.folders.get(parent)
        if step.kind == "open":
            if step.data == b"":  # created
                inode = self._new()
                folder.live[base] = inode
                folder.pending.append(("link", base, inode))
            self.fds[step.path] = folder.live[base]
        elif step.kind == "write":
            inode = self.fds[step.path]
            old = self.data[inode]
            end = step.offset + len(step.data)
            self.data[inode] = old[: step.offset].ljust(step.offset, b"\0") + step.data + old[end:]
        elif step.kind == "fsync" and step.is_dir:
            target = self.folders[step.path if step.path != "." else ""]
            target.durable = dict(target.live)
            target.pending = []
        elif step.kind == "fsync":
            inode = self.fds[step.path]
            self.synced[inode] = self.data[inode]
        elif step.kind == "rename":
            to_parent, to_base = _split(step.other)
            inode = folder.live.pop(base)
            self.folders[to_parent].live[to_base] = inode
            folder.pending.append(("rename", base, to_base, inode))
            self.whole.setdefault(step.other, set()).add(self.data[inode])
        elif step.kind == "unlink":
            folder.live.pop(base, None)
            folder.pending.append(("unlink", base))
        elif step.kind == "mkdir":
            self._folder(step.path, durable=False)
        elif step.kind == "rmdir":
            folder.live.pop(base, None)
            folder.pending.append(("unlink", base))

    def states(self) -> Iterator[dict[str, bytes | None]]:
        """Every tree (relative name -> bytes, None for a folder) a power cut now may leave."""
        choices = []
        names = sorted(self.folders)
        for name in names:
            folder = self.folders[name]
            subsets = itertools.product((False, True), repeat=len(folder.pending))
            choices.append([self._entries(folder, kept) for kept in subsets])
        for picked in itertools.product(*choices):
            entries = dict(zip(names, picked, strict=True))
            files: dict[str, int] = {}
            _walk(entries, "", files)
            per_file = []
            for path, inode in files.items():
                if inode == DIR:
                    per_file.append([(path, None)])
                    continue
                now, synced = self.data[inode], self.synced[inode]
                kept = {synced, now, now[: len(now) // 2]} if now != synced else {now}
                per_file.append([(path, content) for content in sorted(kept)])
            for combo in itertools.product(*per_file):
                yield dict(combo)

    @staticmethod
    def _entries(folder: _Folder, kept: tuple[bool, ...]) -> dict:
        entries = dict(folder.durable)
        for keep, change in zip(kept, folder.pending, strict=True):
            if not keep:
                continue
            if change[0] == "link":
                entries[change[1]] = change[2]
            elif change[0] == "rename":
                if entries.get(change[1]) == change[3]:
                    del entries[change[1]]
                entries[change[2]] = change[3]
            else:
                entries.pop(change[1], None)
        return entries


def _split(name: str) -> tuple[str, str]:
    parent, _, base = name.rpartition("/")
    return parent, base


def _walk(entries: dict[str, dict], folder: str, found: dict) -> None:
    for base, inode in entries.get(folder, {}).items():
        path = f"{folder}/{base}" if folder else base
        found[path] = inode
        if inode == DIR:
            _walk(entries, path, found)


def snapshot(root: Path) -> tuple[dict[str, bytes], list[str]]:
    """The files (but lock files) and folders under ``root`` now."""
    tree, folders = {}, []
    for path in sorted(root.rglob("*")):
        rel = str(path.relative_to(root))
        if path.is_dir():
            folders.append(rel)
        elif not rel.endswith(".lock"):
            tree[rel] = path.read_bytes()
    return tree, folders


def crash_points(before: tuple[dict, list], steps: list[Step]) -> Iterator[tuple[int, Model]]:
    """The model after each step (0: before the first), to ask for its states."""
    model = Model(*before)
    yield 0, model
    for number, step in enumerate(steps, start=1):
        model.apply(step)
        yield number, model


def materialise(tree: dict[str, bytes | None], root: Path) -> None:
    root.mkdir(mode=0o700)
    for name, content in sorted(tree.items()):
        path = root / name
        if content is None:
            path.mkdir(mode=0o700, exist_ok=True)
        else:
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            path.write_bytes(content)
            os.chmod(path, 0o600)

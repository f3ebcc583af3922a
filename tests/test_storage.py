"""Storage: atomic private writes, the lock, and never overwriting damage."""

import os
import stat

import orjson
import pytest

from recovery_cli.domain.errors import InputError, NotPossible
from recovery_cli.storage import files
from recovery_cli.storage.codec import JournalDamaged
from recovery_cli.storage.store import SCHEMA_VERSION, new_journal_data, open_store


def mode(path):
    return stat.S_IMODE(os.stat(path).st_mode)


def write_journal(path, language="en"):
    with open_store(path, write=True, new_data=new_journal_data(language, "t")) as store:
        store.db.table("goals").insert({"id": "g1"})
    return path.read_bytes()


def test_new_journal_is_private_whatever_the_umask(tmp_path):
    old = os.umask(0)
    try:
        folder = tmp_path / "a" / "b"
        files.ensure_private_dir(folder)
        path = folder / "journal.json"
        write_journal(path)
    finally:
        os.umask(old)
    assert mode(folder) == 0o700
    assert mode(path) == 0o600
    assert mode(path.with_name("journal.json.lock")) == 0o600


def test_file_starts_with_meta_and_schema(tmp_path):
    raw = write_journal(tmp_path / "j.json")
    data = orjson.loads(raw)
    assert list(data)[0] == "meta"
    assert data["meta"]["1"]["schema"] == SCHEMA_VERSION


def test_nothing_is_written_when_the_command_raises(tmp_path):
    path = tmp_path / "j.json"
    before = write_journal(path)
    with pytest.raises(RuntimeError), open_store(path, write=True) as store:
        store.db.table("goals").insert({"id": "g2"})
        raise RuntimeError("refused")
    assert path.read_bytes() == before


def test_reading_does_not_create_a_journal(tmp_path):
    path = tmp_path / "j.json"
    with open_store(path, write=False) as store:
        assert store.existed is False
    with open_store(path, write=True):
        pass  # no change, no file
    assert not path.exists()


def test_leftover_temp_files_are_removed_by_the_next_write(tmp_path):
    path = tmp_path / "j.json"
    write_journal(path)
    leftover = tmp_path / f"{files.temp_prefix(path)}abc123"
    leftover.write_bytes(b"half a journal")
    with open_store(path, write=True) as store:
        store.db.table("goals").insert({"id": "g3"})
    assert not leftover.exists()
    assert files.leftover_temps(path) == []


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"   \n",
        b'{"meta": {"1": {"schema": 1}}, "goals": {"1": {"id"',
        b"not json at all",
        b"[1, 2, 3]",
        b'{"goals": {}}',
        b'{"meta": {"1": {"schema": "1"}}}',
        b'{"meta": {"1": {"schema": 1}}, "goals": [1, 2]}',
        b"\x00\x00\x00",
    ],
)
def test_damaged_journals_are_refused_and_left_untouched(tmp_path, content):
    path = tmp_path / "j.json"
    path.write_bytes(content)
    for write in (False, True):
        with pytest.raises(JournalDamaged), open_store(path, write=write):
            pass
    assert path.read_bytes() == content


def test_a_newer_schema_is_refused(tmp_path):
    path = tmp_path / "j.json"
    content = orjson.dumps({"meta": {"1": {"schema": SCHEMA_VERSION + 1}}})
    path.write_bytes(content)
    with pytest.raises(NotPossible) as caught, open_store(path, write=True):
        pass
    assert caught.value.key == "error.journal.too_new"
    assert path.read_bytes() == content


def test_folder_and_missing_folder(tmp_path):
    with pytest.raises(InputError), open_store(tmp_path, write=False):
        pass
    with pytest.raises(NotPossible), open_store(tmp_path / "nope" / "j.json", write=True):
        pass


def test_atomic_write_leaves_no_temp_when_the_write_breaks(tmp_path, monkeypatch):
    path = tmp_path / "j.json"
    path.write_bytes(b"old")

    def broken_fsync(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken_fsync)
    with pytest.raises(OSError):
        files.atomic_write(path, b"new")
    assert path.read_bytes() == b"old"
    assert files.leftover_temps(path) == []

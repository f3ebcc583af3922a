"""Root (sudo) writing someone else's journal keeps it theirs: the journal, its
backups folder, backups, lock file and temp files keep the owner and group of
the existing file and folder."""

from __future__ import annotations

import os

import pytest

from recovery_cli.storage import backups

pytestmark = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="only root can write a journal someone else owns",
)

THEM = (65534, 65533)  # nobody, and a group that is not root's


def _owners(folder):
    return {
        str(p.relative_to(folder)): (p.lstat().st_uid, p.lstat().st_gid)
        for p in [folder, *folder.rglob("*")]
    }


def test_root_keeps_the_owner_of_file_folder_and_backups(cli, journal_file):
    assert cli("goal", "add", "Play football").code == 0
    folder = journal_file.parent
    for path in [folder, *folder.rglob("*")]:
        os.chown(path, *THEM)
    assert cli("log", "1", "3").code == 0  # the first write of the day: a backup too
    assert cli("backup").code == 0
    assert cli("goal", "add", "Sleep better").code == 0
    assert backups.list_backups(journal_file)
    owners = _owners(folder)
    assert set(owners.values()) == {THEM}, owners


def test_root_making_the_folder_gives_it_to_the_parent_owner(tmp_path, monkeypatch):
    """``sudo`` keeping the person's HOME: the tool's own folder is made for them."""
    from tests.conftest import invoke

    home = tmp_path / "someone"
    home.mkdir()
    os.chown(home, *THEM)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    assert invoke("goal", "add", "Play football").code == 0
    assert invoke("log", "1", "3").code == 0
    owners = _owners(home)
    assert set(owners.values()) == {THEM}, owners

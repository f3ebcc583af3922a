"""A journal reached through a symlink (a link into a synced folder) is written
at its target: the link stays a link, and the lock, temp files and backups are
made beside the target. Encryption and doctor work on the target too."""

from __future__ import annotations

import os
import stat

import pytest

from recovery_cli.storage import backups, crypto
from tests.safety_util import load_plain, write_passphrase


@pytest.fixture
def linked(tmp_path, monkeypatch):
    """``(link, target)``: RECOVERY_JOURNAL is a link into another folder."""
    synced = tmp_path / "Sync"
    synced.mkdir()
    target = synced / "journal.json"
    here = tmp_path / "here"
    here.mkdir()
    link = here / "journal.json"
    link.symlink_to(os.path.relpath(target, here))
    monkeypatch.setenv("RECOVERY_JOURNAL", str(link))
    return link, target


def _names(folder):
    return sorted(p.name for p in folder.iterdir())


def test_writes_go_to_the_target_and_the_link_stays(cli, linked):
    from tests.conftest import invoke

    link, target = linked
    assert invoke("goal", "add", "Play football").code == 0
    assert link.is_symlink() and target.is_file() and not target.is_symlink()
    assert invoke("log", "1", "3").code == 0
    assert invoke("log", "1", "4").code == 0  # a second write: after the daily backup
    assert link.is_symlink(), "the link was replaced by a file"
    assert [d["value"] for d in load_plain(target)["positions"].values()] == [3, 4]
    # nothing of the journal is made beside the link: lock and backups are at the target
    assert _names(link.parent) == ["journal.json"]
    assert "journal.json.lock" in _names(target.parent)
    assert backups.list_backups(target) and not (link.parent / "backups").exists()


def test_encrypt_through_a_link_encrypts_the_target(cli, linked, tmp_path, monkeypatch):
    from tests.conftest import invoke

    monkeypatch.setenv("RECOVERY_PASSPHRASE_FILE", str(write_passphrase(tmp_path)))
    link, target = linked
    assert invoke("goal", "add", "Sentinel-Heron-2231").code == 0
    assert invoke("backup").code == 0
    done = invoke("encrypt")
    assert done.code == 0, done
    assert link.is_symlink() and crypto.is_sealed(target.read_bytes())
    for path in [target, *backups.list_backups(target)]:
        assert b"Sentinel-Heron" not in path.read_bytes(), path
    assert _names(link.parent) == ["journal.json"]
    assert "Sentinel-Heron-2231" in invoke("goal", "list").out


def test_doctor_reports_the_target_and_fix_is_done_once(cli, linked):
    from tests.conftest import invoke

    link, target = linked
    assert invoke("goal", "add", "Play football").code == 0
    os.chmod(target, 0o644)
    found = invoke("doctor")
    assert found.code == 1 and "644" in found.out and "777" not in found.out
    fixed = invoke("doctor", "--fix")
    assert "777" not in fixed.out and stat.S_IMODE(target.stat().st_mode) == 0o600
    again = invoke("doctor", "--fix")
    assert again.code == 0, again
    assert "Changed" not in again.out and "Everything looks fine" in again.out
    assert link.is_symlink()


def test_a_link_that_goes_round_in_a_circle_is_refused(cli, tmp_path, monkeypatch):
    from tests.conftest import invoke

    loop = tmp_path / "loop.json"
    loop.symlink_to("loop.json")
    monkeypatch.setenv("RECOVERY_JOURNAL", str(loop))
    done = invoke("goal", "add", "Play football")
    assert done.code == 1 and done.err.count("\n") == 1 and str(loop) in done.err
    assert loop.is_symlink()


def test_an_export_over_a_link_writes_the_target(cli, journal_file, tmp_path):
    assert cli("goal", "add", "Play football").code == 0
    target = tmp_path / "out.json"
    target.write_text("{}")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert cli("export", "--output", str(link), "--force").code == 0
    assert link.is_symlink() and b"Play football" in target.read_bytes()

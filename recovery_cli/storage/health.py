"""What ``recovery doctor`` checks about the files: permissions, owner, leftovers,
the lock, and whether each backup can be read. Safe repairs live here too.

A finding is data (a level, a message key, its parameters and the name of the
safe repair, if any); the CLI turns it into a sentence.
"""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from recovery_cli.domain.errors import NotPossible
from recovery_cli.storage import backups, crypto, files
from recovery_cli.storage.lock import is_held, lock_path

OK, NOTE, PROBLEM, FIXED = "ok", "note", "problem", "fixed"


@dataclass
class Finding:
    level: str
    key: str
    params: dict = field(default_factory=dict)
    fix: str | None = None  # the safe repair ``--fix`` makes, when there is one


def _mode(path: Path) -> tuple[int, int] | None:
    try:
        info = path.lstat()
    except OSError:
        return None
    return stat.S_IMODE(info.st_mode), info.st_uid


def _private(path: Path, want: int, findings: list[Finding], fixable: bool = True) -> None:
    found = _mode(path)
    if found is None:
        return
    mode, uid = found
    if uid != os.getuid():
        findings.append(Finding(PROBLEM, "doctor.owner", {"path": str(path)}))
    elif mode & 0o077:
        findings.append(
            Finding(
                PROBLEM if fixable else NOTE,
                "doctor.mode",
                {"path": str(path), "mode": f"{mode:o}", "want": f"{want:o}"},
                "chmod" if fixable else None,
            )
        )


def permissions(journal: Path, *, own_folder: bool) -> list[Finding]:
    """Journal, lock and backups 0600, their folders 0700, all owned by this user.

    The journal's folder is only repaired when it is the tool's own folder
    (not, say, a home folder someone pointed ``--journal`` into).
    """
    findings: list[Finding] = []
    _private(journal.parent, files.DIR_MODE, findings, fixable=own_folder)
    _private(journal, files.FILE_MODE, findings)
    _private(lock_path(journal), files.FILE_MODE, findings)
    folder = backups.backup_dir(journal)
    if folder.is_dir():
        _private(folder, files.DIR_MODE, findings)
        for backup in backups.list_backups(journal):
            _private(backup, files.FILE_MODE, findings)
    if not findings:
        findings.append(Finding(OK, "doctor.mode_ok"))
    return findings


def fix_permissions(journal: Path, *, own_folder: bool) -> int:
    """chmod what is ours and too open; returns how many were changed."""
    changed = 0
    targets = [
        (journal, files.FILE_MODE),
        (lock_path(journal), files.FILE_MODE),
        (backups.backup_dir(journal), files.DIR_MODE),
    ]
    targets += [(b, files.FILE_MODE) for b in backups.list_backups(journal)]
    if own_folder:
        targets.append((journal.parent, files.DIR_MODE))
    for path, want in targets:
        found = _mode(path)
        if found and found[1] == os.getuid() and found[0] & 0o077:
            with contextlib.suppress(OSError):
                os.chmod(path, want)
                changed += 1
    return changed


def leftovers(journal: Path) -> list[Finding]:
    """Temp files an interrupted write left, and whether the lock is in use."""
    findings = []
    temps = files.leftover_temps(journal) + backups.leftover_temps(journal)
    if temps:
        findings.append(Finding(PROBLEM, "doctor.temps", {"count": len(temps)}, "temps"))
    if is_held(journal):
        findings.append(Finding(NOTE, "doctor.lock_held"))
    if not findings:
        findings.append(Finding(OK, "doctor.leftovers_ok"))
    return findings


def remove_temps(journal: Path) -> int:
    """Delete leftover temp files; call while holding the journal's lock."""
    return files.remove_leftover_temps(journal) + backups.remove_leftover_temps(journal)


@dataclass
class BackupState:
    path: Path
    readable: bool | None  # None: encrypted under a passphrase not given here
    sealed: bool


def backup_state(journal: Path, backup: Path, keys=None, *, ask: bool = False) -> BackupState:
    """Whether one backup holds a journal this version can open."""
    from recovery_cli.storage.codec import JournalDamaged

    try:
        raw = backup.read_bytes()
    except OSError:
        return BackupState(backup, False, False)
    sealed = crypto.is_sealed(raw)
    try:
        backups.check(raw, backup, keys, ask=ask)
    except JournalDamaged:
        return BackupState(backup, False, sealed)
    except NotPossible as error:
        locked = error.key in ("error.crypto.locked", crypto.WRONG, crypto.WRONG_NO_KEY)
        return BackupState(backup, None if locked else False, sealed)
    return BackupState(backup, True, sealed)


def backup_findings(
    journal: Path, keys, *, journal_sealed: bool, ask: bool = False
) -> list[Finding]:
    """Every backup read (encrypted ones with the keys already given; ``ask``: the
    keys may also ask their source, once per passphrase)."""
    found = backups.list_backups(journal)
    if not found:
        return [Finding(NOTE, "doctor.backups_none")]
    states = [backup_state(journal, b, keys, ask=ask) for b in found]
    findings = [
        Finding(
            OK,
            "doctor.backups_count",
            {"count": len(found), "newest": backups.backup_id(journal, found[-1])},
        )
    ]
    bad = [backups.backup_id(journal, s.path) for s in states if s.readable is False]
    if bad:
        findings.append(
            Finding(NOTE, "doctor.backups_bad", {"count": len(bad), "ids": ", ".join(bad[-5:])})
        )
    unknown = sum(1 for s in states if s.readable is None)
    if unknown:
        findings.append(Finding(NOTE, "doctor.backups_other_passphrase", {"count": unknown}))
    plain = sum(1 for s in states if not s.sealed)
    if journal_sealed and plain:
        findings.append(Finding(PROBLEM, "doctor.backups_plain", {"count": plain}, "reseal"))
    return findings


def newest_good_backup(journal: Path, keys=None, *, ask: bool = False) -> tuple[Path | None, int]:
    """The newest backup that opens as a journal, for a journal that does not;
    and how many newer ones could not be checked for want of a passphrase."""
    locked = 0
    for backup in reversed(backups.list_backups(journal)):
        state = backup_state(journal, backup, keys, ask=ask)
        if state.readable:
            return backup, locked
        locked += state.readable is None
        ask = ask and not state.sealed  # ask for a passphrase once at most
    return None, locked

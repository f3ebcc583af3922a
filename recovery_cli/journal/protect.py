"""Encryption at rest for a whole journal: encrypt, decrypt, a new passphrase,
a new recovery key.

Each runs inside one write session (under the lock). The file is backed up
first; when the journal becomes encrypted its plain backups are sealed too,
so no copy of the journal stays readable without the passphrase. Backups
sealed under the journal's current keys follow every change of key, so they
keep opening with what opens the journal (and no longer with what does not).
"""

from __future__ import annotations

from recovery_cli.domain.errors import NotPossible
from recovery_cli.journal.core import Journal
from recovery_cli.storage import backups, crypto
from recovery_cli.storage.codec import dump
from recovery_cli.storage.recoverykey import RecoveryKey


def _existing(journal: Journal) -> None:
    if not journal.existed:
        raise NotPossible("error.journal.none", path=str(journal.path))


def _sealed(journal: Journal) -> crypto.Seal:
    _existing(journal)
    seal = journal.store.seal
    if seal is None:
        raise NotPossible("error.crypto.not_encrypted", path=str(journal.path))
    return seal


def encrypt(journal: Journal, passphrase: str, recovery: RecoveryKey) -> int:
    """Seal the journal and its plain backups; returns how many backups were sealed."""
    _existing(journal)
    store = journal.store
    if store.seal is not None:
        raise NotPossible("error.crypto.already", path=str(journal.path))
    seal = crypto.new_seal(passphrase, recovery)
    # the backup of the journal as it was is written sealed: no plain copy stays
    store.snapshot("encrypt", payload=dump(store.storage.data, seal))
    sealed, _ = backups.reseal(journal.path, None, seal)
    store.seal = seal
    store.rewrite = True
    return sealed


def seal_new(journal: Journal, passphrase: str, recovery: RecoveryKey) -> None:
    """Make a journal being created encrypted from its very first write."""
    if journal.existed:
        raise NotPossible("error.crypto.not_new", path=str(journal.path))
    journal.store.seal = crypto.new_seal(passphrase, recovery)
    journal.store.rewrite = True


def decrypt(journal: Journal) -> None:
    """Store the journal as plain text again (no slots left); its backups stay
    encrypted."""
    _sealed(journal)
    store = journal.store
    store.snapshot("decrypt")
    store.seal = None
    store.rewrite = True


def _rekey(journal: Journal, seal: crypto.Seal, reason: str) -> tuple[int, int]:
    store = journal.store
    store.snapshot(reason)
    moved, left = backups.reseal(journal.path, store.seal, seal)
    store.seal = seal
    store.rewrite = True
    return moved, left


def change_passphrase(journal: Journal, passphrase: str) -> tuple[int, int]:
    """The data key wrapped under a new passphrase (fresh salt); the recovery
    slot is kept. Works whether the journal was opened with the passphrase or
    with the recovery key.

    Returns (backups moved to the new passphrase, backups left under an older one).
    """
    seal = _sealed(journal)
    return _rekey(journal, seal.with_passphrase(passphrase), "passwd")


def new_recovery_key(journal: Journal, key: RecoveryKey) -> tuple[int, int]:
    """A new data key in the passphrase slot and a slot for ``key``; the earlier
    recovery key opens neither the journal nor the backups that follow it.

    Returns (backups moved to the new keys, backups left under an older passphrase).
    """
    seal = _sealed(journal)
    return _rekey(journal, seal.with_recovery(key), "keys")


def has_recovery_key(journal: Journal) -> bool:
    seal = journal.store.seal
    return seal is not None and seal.has_recovery

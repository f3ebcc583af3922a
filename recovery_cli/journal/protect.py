"""Encryption at rest for a whole journal: encrypt, decrypt, change the passphrase.

Each runs inside one write session (under the lock). The file is backed up
first; when the journal becomes encrypted its plain backups are sealed too,
so no copy of the journal stays readable without the passphrase.
"""

from __future__ import annotations

from recovery_cli.domain.errors import NotPossible
from recovery_cli.journal.core import Journal
from recovery_cli.storage import backups, crypto
from recovery_cli.storage.codec import dump


def _existing(journal: Journal) -> None:
    if not journal.existed:
        raise NotPossible("error.journal.none", path=str(journal.path))


def encrypt(journal: Journal, passphrase: str) -> int:
    """Seal the journal and its plain backups; returns how many backups were sealed."""
    _existing(journal)
    store = journal.store
    if store.seal is not None:
        raise NotPossible("error.crypto.already", path=str(journal.path))
    seal = crypto.new_seal(passphrase)
    # the backup of the journal as it was is written sealed: no plain copy stays
    store.snapshot("encrypt", payload=dump(store.storage.data, seal))
    sealed, _ = backups.reseal(journal.path, None, seal)
    store.seal = seal
    store.rewrite = True
    return sealed


def seal_new(journal: Journal, passphrase: str) -> None:
    """Make a journal being created encrypted from its very first write."""
    if journal.existed:
        raise NotPossible("error.crypto.not_new", path=str(journal.path))
    journal.store.seal = crypto.new_seal(passphrase)
    journal.store.rewrite = True


def decrypt(journal: Journal) -> None:
    """Store the journal as plain text again; its backups stay encrypted."""
    _existing(journal)
    store = journal.store
    if store.seal is None:
        raise NotPossible("error.crypto.not_encrypted", path=str(journal.path))
    store.snapshot("decrypt")
    store.seal = None
    store.rewrite = True


def change_passphrase(journal: Journal, passphrase: str) -> tuple[int, int]:
    """A new salt and key for the journal and the backups under the old one.

    Returns (backups moved to the new passphrase, backups left under an older one).
    """
    _existing(journal)
    store = journal.store
    if store.seal is None:
        raise NotPossible("error.crypto.not_encrypted", path=str(journal.path))
    seal = crypto.new_seal(passphrase)
    store.snapshot("passwd")
    moved, left = backups.reseal(journal.path, store.seal, seal)
    store.seal = seal
    store.rewrite = True
    return moved, left

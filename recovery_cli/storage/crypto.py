"""Encryption at rest: AES-256-GCM under a random data key kept in key slots.

An encrypted journal file is::

    recovery-journal encrypted 2\\n          magic line with the format version
    {"cipher":"aes-256-gcm","slots":[..],"language":".."}\\n
    12-byte nonce, then the ciphertext with its 16-byte tag

The data is sealed under a random data key; the slots (:mod:`.keyslots`) hold
that key wrapped under the passphrase's key and, once one is made, under the
recovery key's. Both header lines are the associated data of the cipher, so
changing any of them (a slot, the language) makes the file fail to open,
exactly like a changed ciphertext. Every write seals with a fresh random
nonce; every wrap of the data key uses a fresh random nonce too.

The first format (``encrypted 1``) had the scrypt parameters in the header and
sealed the data directly under the passphrase's key. Such journals and their
backups still open. Opening one gives a seal that is ready for key slots (a
new data key, wrapped under the very same passphrase key, so the passphrase
opens it without a second derivation) and remembers that the file is still in
the first format; the store backs the file up before its first write.

``cryptography`` is imported only inside the functions that encrypt, decrypt
or derive a key, so commands on a plain journal never pay for it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import orjson

from recovery_cli.domain.errors import InputError, NotPossible
from recovery_cli.storage import keyslots
from recovery_cli.storage.keyslots import PASSPHRASE, RECOVERY, KdfParams, Slot, SlotDamaged
from recovery_cli.storage.paths import is_sealed  # noqa: F401 - part of this module's API
from recovery_cli.storage.recoverykey import RecoveryKey

CIPHER = "aes-256-gcm"
MAGIC_V1 = b"recovery-journal encrypted 1\n"  # the first format, before key slots
MAGIC = b"recovery-journal encrypted 2\n"  # with key slots
NONCE_BYTES = keyslots.NONCE_BYTES
TAG_BYTES = keyslots.TAG_BYTES
KEY_BYTES = keyslots.KEY_BYTES
MIN_PASSPHRASE = 8
MAX_TRIES = 3
# the passphrase given does not open the journal (which has, or has no, recovery key)
WRONG, WRONG_NO_KEY = "error.crypto.wrong", "error.crypto.wrong_no_key"


class SealDamaged(Exception):
    """The encrypted file's header cannot be read (raised to the codec)."""


@dataclass(frozen=True, repr=False)
class Header:
    """An encrypted file, taken apart. A first-format file has one passphrase
    slot with nothing wrapped in it: the passphrase's key is the data key."""

    version: int
    aad: bytes  # the two header lines
    nonce: bytes
    body: bytes  # ciphertext and tag
    slots: tuple[Slot, ...]
    language: str | None = None

    def slot(self, kind: str) -> Slot | None:
        return next((slot for slot in self.slots if slot.kind == kind), None)

    @property
    def passphrase_params(self) -> KdfParams:
        slot = self.slot(PASSPHRASE)
        assert slot is not None and slot.params is not None  # checked by read_header
        return slot.params

    def data_key(self, slot: Slot, kek: bytes) -> bytes | None:
        return kek if self.version == 1 else slot.unwrap(kek)

    def open(self, data_key: bytes) -> bytes | None:
        """The plaintext, or None when ``data_key`` does not open it (or it was altered)."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            return AESGCM(data_key).decrypt(self.nonce, self.body, self.aad)
        except InvalidTag:
            return None


@dataclass(frozen=True, repr=False)
class Seal:
    """How a journal is encrypted: its data key, its slots, the slot keys known
    in this process (by :attr:`Slot.lock`), and the format of the file it was
    read from (1: the first format, to be written in slots by the next write)."""

    data_key: bytes
    slots: tuple[Slot, ...]
    keks: dict[tuple, bytes] = field(default_factory=dict)
    version: int = 2

    def __repr__(self) -> str:  # never show a key
        return f"Seal(version={self.version}, slots={[s.kind for s in self.slots]})"

    def slot(self, kind: str) -> Slot | None:
        return next((slot for slot in self.slots if slot.kind == kind), None)

    @property
    def has_recovery(self) -> bool:
        return self.slot(RECOVERY) is not None

    def _passphrase_key(self) -> tuple[Slot, bytes]:
        slot = self.slot(PASSPHRASE)
        kek = self.keks.get(slot.lock) if slot is not None else None
        if slot is None or kek is None:
            raise NotPossible("error.keys.needs_passphrase")
        return slot, kek

    def upgraded(self) -> Seal:
        """The same seal, no longer waiting to be written in the current format."""
        return Seal(self.data_key, self.slots, self.keks)

    def with_passphrase(self, passphrase: str) -> Seal:
        """The same data key under a new passphrase (fresh salt); other slots kept."""
        check_new_passphrase(passphrase)
        slot, kek = keyslots.passphrase_slot(passphrase, self.data_key)
        kept = tuple(s for s in self.slots if s.kind != PASSPHRASE)
        keks = {lock: key for lock, key in self.keks.items() if lock[0] != PASSPHRASE}
        return Seal(self.data_key, (slot, *kept), {**keks, slot.lock: kek})

    def with_recovery(self, key: RecoveryKey) -> Seal:
        """A new data key, in the same passphrase slot and a new recovery slot:
        no earlier recovery key, nor any copy of the data key taken with one,
        opens what is written from now on. Needs the passphrase's key."""
        slot, kek = self._passphrase_key()
        data_key = _new_data_key()
        recovery, recovery_kek = keyslots.recovery_slot(key.secret, data_key)
        passphrase = keyslots.rewrap(slot, kek, data_key)
        return Seal(
            data_key, (passphrase, recovery), {passphrase.lock: kek, recovery.lock: recovery_kek}
        )

    def opens(self, raw: bytes) -> bytes | None:
        """The plaintext of ``raw`` when it is sealed under this seal's keys (the
        same data key, or a slot whose key is known here); else None."""
        try:
            header = read_header(raw)
        except SealDamaged:
            return None
        if header.version == 2:
            plain = header.open(self.data_key)
            if plain is not None:
                return plain
        for slot in header.slots:
            kek = self.keks.get(slot.lock)
            data_key = header.data_key(slot, kek) if kek is not None else None
            if data_key is not None:
                return header.open(data_key)
        return None


def _new_data_key() -> bytes:
    import secrets

    return secrets.token_bytes(KEY_BYTES)


def new_seal(passphrase: str, recovery: RecoveryKey | None = None) -> Seal:
    """A new data key in a passphrase slot (fresh salt, production cost) and,
    given a recovery key, a recovery slot."""
    check_new_passphrase(passphrase)
    data_key = _new_data_key()
    slot, kek = keyslots.passphrase_slot(passphrase, data_key)
    slots, keks = [slot], {slot.lock: kek}
    if recovery is not None:
        second, second_kek = keyslots.recovery_slot(recovery.secret, data_key)
        slots.append(second)
        keks[second.lock] = second_kek
    return Seal(data_key, tuple(slots), keks)


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InputError("error.crypto.short", minimum=MIN_PASSPHRASE)
    if any("\ud800" <= ch <= "\udfff" for ch in passphrase):
        raise InputError("error.text.encoding", field="passphrase")


# -- the file format -------------------------------------------------------------


def header_bytes(slots: tuple[Slot, ...], language: str | None) -> bytes:
    """The two header lines of a file sealed with these slots."""
    fields: dict = {"cipher": CIPHER, "slots": [slot.fields() for slot in slots]}
    if language:
        fields["language"] = language
    return MAGIC + orjson.dumps(fields) + b"\n"


def _first_format_slot(fields: dict) -> Slot:
    import base64

    salt = base64.b64decode(fields["salt"], validate=True)
    n, r, p = fields["n"], fields["r"], fields["p"]
    if fields.get("kdf") != keyslots.SCRYPT or not keyslots.valid_cost(n, r, p):
        raise ValueError("kdf")
    if len(salt) not in keyslots.SALT_RANGE:
        raise ValueError("salt")
    return Slot(PASSPHRASE, salt, b"", b"", KdfParams(salt, n, r, p))


def read_header(raw: bytes) -> Header:
    """The file taken apart, or raise :class:`SealDamaged`."""
    if raw.startswith(MAGIC):
        version = 2
    elif raw.startswith(MAGIC_V1):
        version = 1
    else:
        raise SealDamaged("header")
    end = raw.find(b"\n", len(MAGIC))
    if end < 0:
        raise SealDamaged("header")
    try:
        fields = orjson.loads(raw[len(MAGIC) : end])
        if not isinstance(fields, dict) or fields.get("cipher") != CIPHER:
            raise ValueError("cipher")
        if version == 1:
            slots: tuple[Slot, ...] = (_first_format_slot(fields),)
        else:
            if not set(fields) <= {"cipher", "slots", "language"}:
                raise ValueError("fields")
            slots = keyslots.slots_from_fields(fields.get("slots"))
        language = fields.get("language")
        if language is not None and not isinstance(language, str):
            raise ValueError("language")
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError, SlotDamaged):
        raise SealDamaged("header") from None
    body = raw[end + 1 :]
    if len(body) < NONCE_BYTES + TAG_BYTES:
        raise SealDamaged("truncated")
    return Header(version, raw[: end + 1], body[:NONCE_BYTES], body[NONCE_BYTES:], slots, language)


def seal_bytes(plain: bytes, seal: Seal, language: str | None = None) -> bytes:
    """``plain`` encrypted under ``seal`` with a fresh nonce, header included
    (always in the current format)."""
    import secrets

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aad = header_bytes(seal.slots, language)
    nonce = secrets.token_bytes(NONCE_BYTES)
    return aad + nonce + AESGCM(seal.data_key).encrypt(nonce, plain, aad)


# -- passphrases and keys for one process ------------------------------------------

# ``source(path, attempt)`` gives the passphrase to try for ``path`` (attempt 0,
# 1, 2 ...) or None when there is no (further) way to get one.
PassphraseSource = Callable[[Path, int], "str | None"]


class Keys:
    """Unlocks encrypted files with passphrases from an injected source, or
    with a recovery key handed over by ``passwd --recovery-key``.

    Slot keys and the passphrases given are kept in this object only, for the
    one process; nothing about them is ever written anywhere. A passphrase that
    did not open one file is still tried on others (a backup), so doctor can
    tell a wrong passphrase from a damaged journal.
    """

    def __init__(self, source: PassphraseSource | None = None) -> None:
        self._source = source
        self._keks: dict[tuple, bytes] = {}  # slot lock -> the key that opened a file
        self._derived: dict[tuple, bytes] = {}  # (KDF parameters, passphrase) -> key
        self._passphrases: list[str] = []  # every passphrase given, in order
        self._asked: set[tuple] = set()  # passphrase slots the source was asked for

    def ready(self, raw: bytes) -> bool:
        """Whether a key that opens one of this file's slots is known already."""
        return any(slot.lock in self._keks for slot in read_header(raw).slots)

    def _open(self, header: Header, slot: Slot, kek: bytes) -> tuple[bytes, Seal] | None:
        data_key = header.data_key(slot, kek)
        plain = header.open(data_key) if data_key is not None else None
        if plain is None or data_key is None:
            return None
        self._keks[slot.lock] = kek
        if header.version == 1:  # ready for key slots: a new data key, the same passphrase key
            data_key = _new_data_key()
            slot = keyslots.rewrap(slot, kek, data_key)
            return plain, Seal(data_key, (slot,), {slot.lock: kek}, version=1)
        return plain, Seal(data_key, header.slots, {slot.lock: kek})

    def _try(self, header: Header, passphrase: str) -> tuple[bytes, Seal] | None:
        params = header.passphrase_params
        cached = (params.cache_key, passphrase)
        kek = self._derived.get(cached)
        if kek is None:
            kek = self._derived[cached] = keyslots.derive_passphrase(passphrase, params)
        if passphrase not in self._passphrases:
            self._passphrases.append(passphrase)
        slot = header.slot(PASSPHRASE)
        assert slot is not None
        return self._open(header, slot, kek)

    def open(self, raw: bytes, path: Path, *, ask: bool = True) -> tuple[bytes, Seal]:
        """Decrypt ``raw``: its plaintext and seal, or raise ``NotPossible``.

        Tries the keys that opened a slot of the same kind and salt, then the
        passphrases already given, then asks the source (once per passphrase
        slot, at most ``MAX_TRIES`` tries). ``ask=False`` never asks.
        """
        header = read_header(raw)
        tried = False
        for slot in header.slots:
            kek = self._keks.get(slot.lock)
            if kek is not None:
                tried = True
                opened = self._open(header, slot, kek)
                if opened is not None:
                    return opened
        for passphrase in list(self._passphrases):
            tried = True
            opened = self._try(header, passphrase)
            if opened is not None:
                return opened
        lock = header.passphrase_params.cache_key
        if ask and self._source is not None and lock not in self._asked:
            self._asked.add(lock)
            for attempt in range(MAX_TRIES):
                given = self._source(path, attempt)
                if given is None:
                    break
                tried = True
                opened = self._try(header, given)
                if opened is not None:
                    return opened
        if not tried:
            raise NotPossible("error.crypto.locked", path=str(path))
        # the way back in when the passphrase is forgotten, where the journal has one
        raise NotPossible(
            WRONG if header.slot(RECOVERY) is not None else WRONG_NO_KEY, path=str(path)
        )

    def open_with_recovery(self, raw: bytes, path: Path, key: RecoveryKey) -> tuple[bytes, Seal]:
        """Decrypt ``raw`` with a recovery key; later opens in this process use it
        too. Raises ``NotPossible`` when the journal has no recovery slot or the
        key does not open it."""
        header = read_header(raw)
        slot = header.slot(RECOVERY)
        if slot is None:
            raise NotPossible("error.keys.none", path=str(path))
        opened = self._open(header, slot, keyslots.derive_recovery(key.secret, slot.salt))
        if opened is None:
            raise NotPossible("error.keys.wrong", path=str(path))
        return opened

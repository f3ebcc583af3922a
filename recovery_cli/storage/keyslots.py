"""Key slots: the journal's random data key, wrapped once for each way in.

An encrypted journal's data is sealed under a random 256-bit *data key*. The
data key itself is stored in the file's header, wrapped (AES-256-GCM, a fresh
random nonce for every wrap) once per slot:

- ``passphrase``: under a key derived from the passphrase with scrypt
  (N=2^17, r=8, p=1: OWASP's recommended minimum; the cost is stored in the
  slot, so a journal made with other parameters still opens);
- ``recovery``: under a key derived with HKDF-SHA256 from the recovery key
  (:mod:`.recoverykey`), which has 130 random bits and so needs no slow
  derivation.

Each wrap authenticates the slot's own description (kind, KDF, cost, salt) as
associated data, and the whole header is in turn the associated data of the
journal's ciphertext (see :mod:`.crypto`), so no slot can be swapped, altered
or removed without the file failing to open.

``cryptography`` is imported inside the functions that use it.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass

import orjson

PASSPHRASE = "passphrase"
RECOVERY = "recovery"
SCRYPT = "scrypt"
HKDF = "hkdf-sha256"
_KDF = {PASSPHRASE: SCRYPT, RECOVERY: HKDF}
KEY_BYTES = 32
NONCE_BYTES = 12
TAG_BYTES = 16
SALT_BYTES = 16
# Production scrypt cost: N=2^17, r=8, p=1, OWASP's recommended minimum
# (Password Storage Cheat Sheet): about 0.5 s and 128 MiB per derivation here.
# Tests lower it in their own process (monkeypatch); nothing outside can.
SCRYPT_LOG2_N = 17
SCRYPT_R = 8
SCRYPT_P = 1
# What a header may ask for when opening: enough to open anything we write, but
# no more, so an altered header cannot make us spend gigabytes or minutes.
LOG2_N_RANGE = range(4, 21)
R_RANGE = range(1, 33)
P_RANGE = range(1, 17)
SALT_RANGE = range(8, 65)
_INFO = b"recovery-journal recovery key"


class SlotDamaged(ValueError):
    """A slot in a header cannot be read."""


@dataclass(frozen=True)
class KdfParams:
    """The scrypt parameters of a passphrase."""

    salt: bytes
    n: int
    r: int
    p: int

    @property
    def cache_key(self) -> tuple:
        return (self.salt, self.n, self.r, self.p)


def valid_cost(n: object, r: object, p: object) -> bool:
    """Whether a header's scrypt cost is one we would open (integers, in range)."""
    if type(n) is not int or type(r) is not int or type(p) is not int:
        return False  # a bool is an int to Python, not to us
    return (
        n >= 2
        and not n & (n - 1)
        and n.bit_length() - 1 in LOG2_N_RANGE
        and r in R_RANGE
        and p in P_RANGE
    )


def new_params() -> KdfParams:
    """A fresh salt at the production cost."""
    import secrets

    return KdfParams(secrets.token_bytes(SALT_BYTES), 2**SCRYPT_LOG2_N, SCRYPT_R, SCRYPT_P)


def derive_passphrase(passphrase: str, params: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=params.salt, length=KEY_BYTES, n=params.n, r=params.r, p=params.p)
    return kdf.derive(passphrase.encode("utf-8", "surrogatepass"))


def derive_recovery(secret: bytes, salt: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF as Hkdf

    return Hkdf(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=salt, info=_INFO).derive(secret)


@dataclass(frozen=True, repr=False)
class Slot:
    """The data key wrapped for one way in. ``params`` only for a passphrase slot."""

    kind: str
    salt: bytes
    nonce: bytes
    wrapped: bytes  # the data key and its tag
    params: KdfParams | None = None

    def __repr__(self) -> str:
        return f"Slot({self.kind})"

    @property
    def lock(self) -> tuple:
        """What identifies the key that unwraps this slot (kind, KDF and salt)."""
        if self.params is not None:
            return (self.kind, *self.params.cache_key)
        return (self.kind, self.salt)

    def description(self) -> dict:
        """The slot's fields other than the wrapped key: kind, KDF, cost, salt."""
        fields: dict = {"kind": self.kind, "kdf": _KDF[self.kind]}
        if self.params is not None:
            fields.update(n=self.params.n, r=self.params.r, p=self.params.p)
        fields["salt"] = _b64(self.salt)
        return fields

    def fields(self) -> dict:
        return {**self.description(), "nonce": _b64(self.nonce), "key": _b64(self.wrapped)}

    def unwrap(self, kek: bytes) -> bytes | None:
        """The data key, or None when ``kek`` is not this slot's key."""
        from cryptography.exceptions import InvalidTag
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        try:
            return AESGCM(kek).decrypt(self.nonce, self.wrapped, _aad(self.description()))
        except InvalidTag:
            return None


def _b64(value: bytes) -> str:
    return base64.b64encode(value).decode("ascii")


def _aad(description: dict) -> bytes:
    return b"recovery-journal key slot\n" + orjson.dumps(description)


def wrap(
    kind: str, kek: bytes, data_key: bytes, *, salt: bytes, params: KdfParams | None = None
) -> Slot:
    """``data_key`` wrapped under ``kek`` with a fresh random nonce."""
    import secrets

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    slot = Slot(kind, salt, secrets.token_bytes(NONCE_BYTES), b"", params)
    wrapped = AESGCM(kek).encrypt(slot.nonce, data_key, _aad(slot.description()))
    return Slot(kind, salt, slot.nonce, wrapped, params)


def passphrase_slot(passphrase: str, data_key: bytes) -> tuple[Slot, bytes]:
    """A new passphrase slot (fresh salt, production cost) and its key."""
    params = new_params()
    kek = derive_passphrase(passphrase, params)
    return wrap(PASSPHRASE, kek, data_key, salt=params.salt, params=params), kek


def recovery_slot(secret: bytes, data_key: bytes) -> tuple[Slot, bytes]:
    """A new recovery slot (fresh salt) and its key."""
    import secrets

    salt = secrets.token_bytes(SALT_BYTES)
    kek = derive_recovery(secret, salt)
    return wrap(RECOVERY, kek, data_key, salt=salt), kek


def rewrap(slot: Slot, kek: bytes, data_key: bytes) -> Slot:
    """The same way in (same KDF, salt and key), holding another data key."""
    return wrap(slot.kind, kek, data_key, salt=slot.salt, params=slot.params)


def _bytes(fields: dict, name: str, sizes: range) -> bytes:
    value = fields.get(name)
    if not isinstance(value, str):
        raise SlotDamaged(name)
    try:
        raw = base64.b64decode(value, validate=True)
    except ValueError:
        raise SlotDamaged(name) from None
    if len(raw) not in sizes:
        raise SlotDamaged(name)
    return raw


def slot_from_fields(fields: object) -> Slot:
    """A slot from its header fields, checked; or raise :class:`SlotDamaged`."""
    if not isinstance(fields, dict):
        raise SlotDamaged("slot")
    kind = fields.get("kind")
    if kind not in _KDF or fields.get("kdf") != _KDF[kind]:
        raise SlotDamaged("kind")
    expected = {"kind", "kdf", "salt", "nonce", "key"} | (
        {"n", "r", "p"} if kind == PASSPHRASE else set()
    )
    if set(fields) != expected:
        raise SlotDamaged("fields")
    salt = _bytes(fields, "salt", SALT_RANGE)
    nonce = _bytes(fields, "nonce", range(NONCE_BYTES, NONCE_BYTES + 1))
    wrapped = _bytes(fields, "key", range(KEY_BYTES + TAG_BYTES, KEY_BYTES + TAG_BYTES + 1))
    params = None
    if kind == PASSPHRASE:
        n, r, p = fields["n"], fields["r"], fields["p"]
        if not valid_cost(n, r, p):
            raise SlotDamaged("cost")
        params = KdfParams(salt, n, r, p)
    return Slot(kind, salt, nonce, wrapped, params)


def slots_from_fields(value: object) -> tuple[Slot, ...]:
    """The header's slots: one passphrase slot, at most one recovery slot."""
    if not isinstance(value, list) or not 1 <= len(value) <= 2:
        raise SlotDamaged("slots")
    slots = tuple(slot_from_fields(fields) for fields in value)
    kinds = [slot.kind for slot in slots]
    if kinds.count(PASSPHRASE) != 1 or len(set(kinds)) != len(kinds):
        raise SlotDamaged("slots")
    return slots

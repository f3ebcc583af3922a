"""Encryption at rest: AES-256-GCM under a key derived from a passphrase with scrypt.

An encrypted journal file is::

    recovery-journal encrypted 1\\n          magic line with the format version
    {"cipher":"aes-256-gcm","kdf":"scrypt","n":..,"r":..,"p":..,"salt":"..","language":".."}\\n
    12-byte nonce, then the ciphertext with its 16-byte tag

Both header lines are the associated data of the cipher, so changing any of
them (salt, KDF parameters, language) makes the file fail to open, exactly like
a changed ciphertext. A fresh random nonce is used for every write; the salt
(and so the key) stays until the passphrase changes.

``cryptography`` is imported only inside the functions that encrypt, decrypt
or derive a key, so commands on a plain journal never pay for it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import orjson

from recovery_cli.domain.errors import InputError, NotPossible
from recovery_cli.storage.paths import SEALED_MAGIC as MAGIC  # noqa: E402
from recovery_cli.storage.paths import is_sealed  # noqa: E402,F401

CIPHER = "aes-256-gcm"
KDF = "scrypt"
NONCE_BYTES = 12
TAG_BYTES = 16
SALT_BYTES = 16
KEY_BYTES = 32
MIN_PASSPHRASE = 8
MAX_TRIES = 3

# Production parameters: scrypt N=2^17, r=8, p=1, OWASP's recommended minimum
# (Password Storage Cheat Sheet). About 0.5 s and 128 MiB per derivation here.
SCRYPT_LOG2_N = 17
SCRYPT_R = 8
SCRYPT_P = 1
# For the test suite ONLY: a lower cost for journals the tests encrypt, so
# hundreds of test commands do not each spend half a second. Never set it for
# a real journal; values above the production cost are ignored.
TEST_COST_ENV = "RECOVERY_TEST_SCRYPT_LOG2N"
# What a header may ask for when opening: enough to open anything we write, but
# no more, so an altered header cannot make us spend gigabytes or minutes.
_LOG2_N_RANGE = range(4, 21)
_R_RANGE = range(1, 33)
_P_RANGE = range(1, 17)


class SealDamaged(Exception):
    """The encrypted file's header cannot be read (raised to the codec)."""


@dataclass(frozen=True)
class KdfParams:
    salt: bytes
    n: int
    r: int
    p: int

    @property
    def cache_key(self) -> tuple:
        return (self.salt, self.n, self.r, self.p)


@dataclass(frozen=True)
class Seal:
    """How a journal is encrypted: the KDF parameters and the key derived from them."""

    params: KdfParams
    key: bytes = b""

    def __repr__(self) -> str:  # never show the key
        return f"Seal(n={self.params.n}, r={self.params.r}, p={self.params.p})"


def production_log2_n() -> int:
    value = os.environ.get(TEST_COST_ENV, "")
    if value.isdigit() and 10 <= int(value) < SCRYPT_LOG2_N:
        return int(value)
    return SCRYPT_LOG2_N


def new_params() -> KdfParams:
    import secrets

    return KdfParams(secrets.token_bytes(SALT_BYTES), 2 ** production_log2_n(),
                     SCRYPT_R, SCRYPT_P)


def derive(passphrase: str, params: KdfParams) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    kdf = Scrypt(salt=params.salt, length=KEY_BYTES, n=params.n, r=params.r, p=params.p)
    return kdf.derive(passphrase.encode("utf-8", "surrogatepass"))


def new_seal(passphrase: str) -> Seal:
    """A fresh salt, the production KDF cost, and the key from ``passphrase``."""
    check_new_passphrase(passphrase)
    params = new_params()
    return Seal(params, derive(passphrase, params))


def check_new_passphrase(passphrase: str) -> None:
    if len(passphrase) < MIN_PASSPHRASE:
        raise InputError("error.crypto.short", minimum=MIN_PASSPHRASE)
    if any("\ud800" <= ch <= "\udfff" for ch in passphrase):
        raise InputError("error.text.encoding", field="passphrase")


# -- the file format -------------------------------------------------------------


def _header(params: KdfParams, language: str | None) -> bytes:
    import base64

    fields = {"cipher": CIPHER, "kdf": KDF, "n": params.n, "r": params.r, "p": params.p,
              "salt": base64.b64encode(params.salt).decode("ascii")}
    if language:
        fields["language"] = language
    return MAGIC + orjson.dumps(fields) + b"\n"


def read_header(raw: bytes) -> tuple[KdfParams, bytes, bytes, bytes]:
    """``(params, associated data, nonce, ciphertext)``, or raise :class:`SealDamaged`."""
    import base64

    end = raw.find(b"\n", len(MAGIC))
    if not is_sealed(raw) or end < 0:
        raise SealDamaged("header")
    aad = raw[: end + 1]
    try:
        fields = orjson.loads(raw[len(MAGIC): end])
        salt = base64.b64decode(fields["salt"], validate=True)
        n, r, p = fields["n"], fields["r"], fields["p"]
    except (orjson.JSONDecodeError, KeyError, TypeError, ValueError):
        raise SealDamaged("header") from None
    if (fields.get("cipher"), fields.get("kdf")) != (CIPHER, KDF):
        raise SealDamaged("header")
    if not all(isinstance(v, int) and not isinstance(v, bool) for v in (n, r, p)):
        raise SealDamaged("header")
    if n < 2 or n & (n - 1) or n.bit_length() - 1 not in _LOG2_N_RANGE:
        raise SealDamaged("header")
    if r not in _R_RANGE or p not in _P_RANGE or not 8 <= len(salt) <= 64:
        raise SealDamaged("header")
    body = raw[end + 1:]
    if len(body) < NONCE_BYTES + TAG_BYTES:
        raise SealDamaged("truncated")
    return KdfParams(salt, n, r, p), aad, body[:NONCE_BYTES], body[NONCE_BYTES:]


def seal_bytes(plain: bytes, seal: Seal, language: str | None = None) -> bytes:
    """``plain`` encrypted under ``seal`` with a fresh nonce, header included."""
    import secrets

    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    aad = _header(seal.params, language)
    nonce = secrets.token_bytes(NONCE_BYTES)
    return aad + nonce + AESGCM(seal.key).encrypt(nonce, plain, aad)


def try_open(raw: bytes, key: bytes) -> bytes | None:
    """The plaintext, or None when ``key`` does not open ``raw`` (or it was altered)."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    _, aad, nonce, body = read_header(raw)
    try:
        return AESGCM(key).decrypt(nonce, body, aad)
    except InvalidTag:
        return None


# -- passphrases and keys for one process ------------------------------------------

# ``source(path, attempt)`` gives the passphrase to try for ``path`` (attempt 0,
# 1, 2 ...) or None when there is no (further) way to get one.
PassphraseSource = Callable[[Path, int], "str | None"]


class Keys:
    """Unlocks encrypted files with passphrases from an injected source.

    Derived keys and the passphrases given are kept in this object only, for
    the one process; nothing about them is ever written anywhere. A passphrase
    that did not open one file is still tried on others (a backup), so doctor
    can tell a wrong passphrase from a damaged journal.
    """

    def __init__(self, source: PassphraseSource | None = None) -> None:
        self._source = source
        self._keys: dict[tuple, bytes] = {}  # KDF parameters -> the key that opened a file
        self._derived: dict[tuple, bytes] = {}  # (KDF parameters, passphrase) -> key
        self._passphrases: list[str] = []  # every passphrase given, in order
        self._asked: set[tuple] = set()  # KDF parameters the source was asked for

    def known_key(self, params: KdfParams) -> bytes | None:
        return self._keys.get(params.cache_key)

    def _try(self, raw: bytes, params: KdfParams, passphrase: str) -> bytes | None:
        slot = (params.cache_key, passphrase)
        key = self._derived.get(slot)
        if key is None:
            key = self._derived[slot] = derive(passphrase, params)
        if passphrase not in self._passphrases:
            self._passphrases.append(passphrase)
        plain = try_open(raw, key)
        if plain is not None:
            self._keys[params.cache_key] = key
        return plain

    def open(self, raw: bytes, path: Path, *, ask: bool = True) -> tuple[bytes, Seal]:
        """Decrypt ``raw``: its plaintext and seal, or raise ``NotPossible``.

        Tries the key that opened a file with the same salt, then passphrases
        already given, then asks the source (once per salt, at most
        ``MAX_TRIES`` tries). ``ask=False`` never asks.
        """
        params = read_header(raw)[0]
        tried = False
        key = self._keys.get(params.cache_key)
        if key is not None:
            tried = True
            plain = try_open(raw, key)
            if plain is not None:
                return plain, Seal(params, key)
        for passphrase in list(self._passphrases):
            tried = True
            plain = self._try(raw, params, passphrase)
            if plain is not None:
                return plain, Seal(params, self._keys[params.cache_key])
        if ask and self._source is not None and params.cache_key not in self._asked:
            self._asked.add(params.cache_key)
            for attempt in range(MAX_TRIES):
                given = self._source(path, attempt)
                if given is None:
                    break
                tried = True
                plain = self._try(raw, params, given)
                if plain is not None:
                    return plain, Seal(params, self._keys[params.cache_key])
        raise NotPossible("error.crypto.wrong" if tried else "error.crypto.locked",
                          path=str(path))

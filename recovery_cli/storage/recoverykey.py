"""The recovery key: a random secret a person copies by hand, with a checksum.

A key is 26 random characters (130 bits) and 6 check characters, shown in
eight groups of four: ``7K3M-Q9XD-...``. The alphabet is Crockford's base 32
(digits and capitals without I, L, O and U), so no two characters look alike;
when a key is typed back, case, spaces and dashes do not matter, and O, I and
L are read as 0, 1 and 1.

The check characters are the BCH code of Bech32 (BIP 173) over the 26 random
symbols: any change to at most four characters is always caught, and a wrong
key that happens to add up is a one-in-a-million chance. A typo is therefore
found before any decryption is tried.

Pure functions, no I/O: the secret only ever lives in memory.
"""

from __future__ import annotations

from dataclasses import dataclass

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
RANDOM_CHARS = 26  # 26 x 5 = 130 bits
CHECK_CHARS = 6
GROUP = 4
LENGTH = RANDOM_CHARS + CHECK_CHARS
_VALUE = {char: value for value, char in enumerate(ALPHABET)}
_VALUE.update({"O": 0, "I": 1, "L": 1})
_SEPARATORS = str.maketrans("", "", " \t\r\n-\u2010\u2011\u2012\u2013\u2014_.")
# Bech32's generator and the Bech32m constant (BIP 350)
_GENERATOR = (0x3B6A57B2, 0x26508E6D, 0x1EA119FA, 0x3D4233DD, 0x2A1462B3)
_CONSTANT = 0x2BC830A3


class RecoveryKeyTypo(ValueError):
    """The text typed is not a recovery key: a character is wrong, missing or extra."""


@dataclass(frozen=True, repr=False)
class RecoveryKey:
    """A recovery key; ``secret`` is what the slot's key is derived from."""

    symbols: tuple[int, ...]  # the 26 random values, 0-31

    def __repr__(self) -> str:  # never show the key by accident
        return "RecoveryKey(...)"

    @property
    def secret(self) -> bytes:
        return "".join(ALPHABET[v] for v in self.symbols).encode("ascii")

    def grouped(self) -> str:
        """The key as shown: eight groups of four, joined by dashes."""
        chars = "".join(ALPHABET[v] for v in (*self.symbols, *checksum(self.symbols)))
        return "-".join(chars[at : at + GROUP] for at in range(0, LENGTH, GROUP))


def _polymod(values: list[int]) -> int:
    check = 1
    for value in values:
        top = check >> 25
        check = (check & 0x1FFFFFF) << 5 ^ value
        for bit, generator in enumerate(_GENERATOR):
            if (top >> bit) & 1:
                check ^= generator
    return check


def checksum(symbols: tuple[int, ...] | list[int]) -> list[int]:
    """The six check values for these random values."""
    mod = _polymod([*symbols, *[0] * CHECK_CHARS]) ^ _CONSTANT
    return [(mod >> 5 * (CHECK_CHARS - 1 - i)) & 31 for i in range(CHECK_CHARS)]


def generate() -> RecoveryKey:
    """A new key from the operating system's random source."""
    import secrets

    return RecoveryKey(tuple(secrets.randbelow(32) for _ in range(RANDOM_CHARS)))


def parse(text: str) -> RecoveryKey:
    """The key a person typed, or raise :class:`RecoveryKeyTypo`."""
    chars = text.translate(_SEPARATORS).upper()
    if len(chars) != LENGTH or any(char not in _VALUE for char in chars):
        raise RecoveryKeyTypo("shape")
    values = [_VALUE[char] for char in chars]
    if _polymod(values) != _CONSTANT:
        raise RecoveryKeyTypo("checksum")
    return RecoveryKey(tuple(values[:RANDOM_CHARS]))

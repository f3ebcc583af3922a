"""Key slots and the recovery key, below the command line: the key's format and
checksum, the header's round trip, both slots opening the same data, and no
nonce ever used twice under one key."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recovery_cli.storage import crypto, keyslots, recoverykey
from recovery_cli.storage.keyslots import PASSPHRASE, RECOVERY, KdfParams, Slot
from recovery_cli.storage.recoverykey import RecoveryKey, RecoveryKeyTypo

PASSPHRASE_TEXT = "correct horse battery staple"
PLAIN = b'{"meta":{"1":{"schema":1,"language":"en"}},"notes":{"1":{"text":"Sentinel"}}}'

symbols = st.tuples(*[st.integers(0, 31)] * recoverykey.RANDOM_CHARS)


# -- the recovery key ---------------------------------------------------------------


def test_the_key_is_random_grouped_and_free_of_look_alikes():
    key = recoverykey.generate()
    shown = key.grouped()
    assert re.fullmatch(r"[0-9A-Z]{4}(-[0-9A-Z]{4}){7}", shown)
    assert not set(recoverykey.ALPHABET) & set("ILOU")
    assert len(recoverykey.ALPHABET) == 32 and recoverykey.RANDOM_CHARS * 5 >= 128
    assert len({recoverykey.generate().grouped() for _ in range(50)}) == 50
    assert repr(key) == "RecoveryKey(...)" and shown not in repr(key)


@given(symbols)
def test_a_key_reads_back_however_it_is_typed(values):
    key = RecoveryKey(values)
    shown = key.grouped()
    assert recoverykey.parse(shown) == key
    assert recoverykey.parse(shown.lower().replace("-", " ")) == key
    assert recoverykey.parse(" " + shown.replace("-", "") + "\n") == key
    # look-alikes typed for what is on paper: O for 0, I and L for 1
    assert recoverykey.parse(shown.replace("0", "O").replace("1", "l")) == key


@given(symbols, st.data())
def test_any_change_to_at_most_four_characters_is_a_typo(values, data):
    chars = list(RecoveryKey(values).grouped().replace("-", ""))
    where = data.draw(st.lists(st.integers(0, len(chars) - 1), min_size=1, max_size=4, unique=True))
    for at in where:
        others = [c for c in recoverykey.ALPHABET if c != chars[at]]
        chars[at] = data.draw(st.sampled_from(others))
    with pytest.raises(RecoveryKeyTypo):
        recoverykey.parse("".join(chars))


@given(symbols, st.integers(0, recoverykey.LENGTH - 2))
def test_two_characters_swapped_is_a_typo(values, at):
    chars = list(RecoveryKey(values).grouped().replace("-", ""))
    if chars[at] == chars[at + 1]:
        return
    chars[at], chars[at + 1] = chars[at + 1], chars[at]
    with pytest.raises(RecoveryKeyTypo):
        recoverykey.parse("".join(chars))


@pytest.mark.parametrize(
    "text",
    [
        "",
        "ABCD",
        "7KNA-NGEG-V82E-RW6J-3GNX-0K8J-Q1CW-617",
        "7KNA-NGEG-V82E-RW6J-3GNX-0K8J-Q1CW-617EE",
        "7KNA-NGEG-V82E-RW6J-3GNX-0K8J-Q1CW-61UE",
        "ÆØÅ" * 11,
    ],
)
def test_a_key_of_the_wrong_shape_is_a_typo(text):
    with pytest.raises(RecoveryKeyTypo):
        recoverykey.parse(text)


# -- the header -----------------------------------------------------------------------

salts = st.binary(min_size=8, max_size=64)
nonces = st.binary(min_size=12, max_size=12)
wrapped = st.binary(min_size=48, max_size=48)
costs = st.tuples(st.integers(4, 20).map(lambda e: 2**e), st.integers(1, 32), st.integers(1, 16))


@st.composite
def slot_sets(draw) -> tuple[Slot, ...]:
    salt = draw(salts)
    n, r, p = draw(costs)
    slots = [Slot(PASSPHRASE, salt, draw(nonces), draw(wrapped), KdfParams(salt, n, r, p))]
    if draw(st.booleans()):
        slots.append(Slot(RECOVERY, draw(salts), draw(nonces), draw(wrapped)))
    return tuple(draw(st.permutations(slots)))


@given(
    slot_sets(), st.sampled_from([None, "en", "da"]), nonces, st.binary(min_size=16, max_size=200)
)
def test_the_header_round_trips(slots, language, nonce, body):
    head = crypto.header_bytes(slots, language)
    header = crypto.read_header(head + nonce + body)
    assert header.version == 2 and header.aad == head
    assert header.nonce == nonce and header.body == body and header.language == language
    assert [s.fields() for s in header.slots] == [s.fields() for s in slots]
    assert [s.params for s in header.slots] == [s.params for s in slots]
    assert crypto.header_bytes(header.slots, header.language) == head


def _with_slots(raw_slots: list) -> bytes:
    import orjson

    return (
        crypto.MAGIC
        + orjson.dumps({"cipher": "aes-256-gcm", "slots": raw_slots})
        + b"\n"
        + b"\0" * 40
    )


def _fields() -> tuple[dict, dict]:
    seal = crypto.new_seal(PASSPHRASE_TEXT, recoverykey.generate())
    first, second = (slot.fields() for slot in seal.slots)
    return first, second


@pytest.mark.parametrize(
    "change",
    [
        "no slots",
        "two passphrase slots",
        "only a recovery slot",
        "unknown kind",
        "a bool for n",
        "n not a power of two",
        "n too large",
        "short nonce",
        "short key",
        "extra field",
        "missing salt",
        "salt not base64",
        "recovery slot with a cost",
    ],
)
def test_a_header_that_is_not_ours_is_damage(change):
    passphrase, recovery = _fields()
    cases = {
        "no slots": [],
        "two passphrase slots": [passphrase, passphrase],
        "only a recovery slot": [recovery],
        "unknown kind": [passphrase, {**recovery, "kind": "fingerprint"}],
        "a bool for n": [{**passphrase, "n": True}],
        "n not a power of two": [{**passphrase, "n": 1000}],
        "n too large": [{**passphrase, "n": 2**24}],
        "short nonce": [{**passphrase, "nonce": "AAAA"}],
        "short key": [{**passphrase, "key": "AAAA"}],
        "extra field": [{**passphrase, "note": "x"}],
        "missing salt": [{k: v for k, v in passphrase.items() if k != "salt"}],
        "salt not base64": [{**passphrase, "salt": "not base 64!"}],
        "recovery slot with a cost": [passphrase, {**recovery, "n": 1024}],
    }
    with pytest.raises(crypto.SealDamaged):
        crypto.read_header(_with_slots(cases[change]))


# -- both slots, one data key -------------------------------------------------------


def _keys(passphrase: str = PASSPHRASE_TEXT) -> crypto.Keys:
    return crypto.Keys(lambda path, attempt: passphrase if attempt == 0 else None)


def test_both_slots_open_the_same_data(tmp_path):
    key = recoverykey.generate()
    seal = crypto.new_seal(PASSPHRASE_TEXT, key)
    raw = crypto.seal_bytes(PLAIN, seal, "en")
    plain, by_passphrase = _keys().open(raw, tmp_path)
    again, by_key = crypto.Keys().open_with_recovery(raw, tmp_path, key)
    assert plain == again == PLAIN
    assert by_passphrase.data_key == by_key.data_key == seal.data_key
    assert b"Sentinel" not in raw


def test_a_new_passphrase_keeps_the_recovery_key_and_a_new_recovery_key_the_passphrase(tmp_path):
    key = recoverykey.generate()
    _, seal = _keys().open(
        crypto.seal_bytes(PLAIN, crypto.new_seal(PASSPHRASE_TEXT, key)), tmp_path
    )
    renamed = seal.with_passphrase("a different passphrase")
    raw = crypto.seal_bytes(PLAIN, renamed)
    assert crypto.Keys().open_with_recovery(raw, tmp_path, key)[0] == PLAIN
    assert _keys("a different passphrase").open(raw, tmp_path)[0] == PLAIN
    with pytest.raises(crypto.NotPossible):
        _keys().open(raw, tmp_path)
    # a new recovery key: the earlier one stops working, the passphrase still works
    _, opened = _keys("a different passphrase").open(raw, tmp_path)
    newer = recoverykey.generate()
    rekeyed = opened.with_recovery(newer)
    assert rekeyed.data_key != opened.data_key
    raw = crypto.seal_bytes(PLAIN, rekeyed)
    assert crypto.Keys().open_with_recovery(raw, tmp_path, newer)[0] == PLAIN
    assert _keys("a different passphrase").open(raw, tmp_path)[0] == PLAIN
    with pytest.raises(crypto.NotPossible) as refused:
        crypto.Keys().open_with_recovery(raw, tmp_path, key)
    assert refused.value.key == "error.keys.wrong"


def test_a_seal_opened_with_the_recovery_key_cannot_make_a_new_one(tmp_path):
    key = recoverykey.generate()
    raw = crypto.seal_bytes(PLAIN, crypto.new_seal(PASSPHRASE_TEXT, key))
    _, seal = crypto.Keys().open_with_recovery(raw, tmp_path, key)
    with pytest.raises(crypto.NotPossible) as refused:
        seal.with_recovery(recoverykey.generate())
    assert refused.value.key == "error.keys.needs_passphrase"


def test_a_slot_moved_into_another_file_or_altered_does_not_open_it(tmp_path):
    key = recoverykey.generate()
    one = crypto.seal_bytes(PLAIN, crypto.new_seal(PASSPHRASE_TEXT, key))
    other = crypto.seal_bytes(PLAIN, crypto.new_seal(PASSPHRASE_TEXT, key))
    lines_one, lines_other = one.split(b"\n", 2), other.split(b"\n", 2)
    swapped = b"\n".join([lines_one[0], lines_other[1], lines_one[2]])
    for raw in (
        swapped,
        one.replace(
            b'"kind":"recovery","kdf":"hkdf-sha256"', b'"kind":"recovery","kdf":"hkdf-sha256" ', 1
        ),
    ):
        with pytest.raises((crypto.NotPossible, crypto.SealDamaged)):
            crypto.Keys().open_with_recovery(raw, tmp_path, key)


# -- nonces ---------------------------------------------------------------------------


@pytest.fixture
def encryptions(monkeypatch):
    """Every (key, nonce) AES-GCM encrypts with, through the library's public class."""
    from cryptography.hazmat.primitives.ciphers import aead

    real = aead.AESGCM
    seen: list[tuple[bytes, bytes]] = []

    class Recording:
        def __init__(self, key: bytes) -> None:
            self._key, self._real = key, real(key)

        def encrypt(self, nonce, data, associated):
            seen.append((self._key, nonce))
            return self._real.encrypt(nonce, data, associated)

        def decrypt(self, nonce, data, associated):
            return self._real.decrypt(nonce, data, associated)

    monkeypatch.setattr(aead, "AESGCM", Recording)
    return seen


def test_no_key_ever_encrypts_twice_with_one_nonce(tmp_path, encryptions):
    key = recoverykey.generate()
    seal = crypto.new_seal(PASSPHRASE_TEXT, key)
    for _ in range(20):
        raw = crypto.seal_bytes(PLAIN, seal)
    for _ in range(5):  # rewraps: new passphrase, new recovery key, over and over
        _, seal = _keys().open(raw, tmp_path)
        seal = seal.with_passphrase("another passphrase").with_passphrase(PASSPHRASE_TEXT)
        raw = crypto.seal_bytes(PLAIN, seal)
        _, seal = _keys().open(raw, tmp_path)
        key = recoverykey.generate()
        seal = seal.with_recovery(key)
        raw = crypto.seal_bytes(PLAIN, seal)
        for _ in range(3):
            raw = crypto.seal_bytes(PLAIN, seal)
    assert len(encryptions) > 60
    assert len(set(encryptions)) == len(encryptions)
    by_key: dict[bytes, int] = {}
    for used_key, _ in encryptions:
        by_key[used_key] = by_key.get(used_key, 0) + 1
    assert max(by_key.values()) > 1  # one key did encrypt many times, each with its own nonce


@settings(max_examples=25, deadline=None)
@given(st.lists(st.sampled_from(["write", "passphrase", "recovery"]), min_size=1, max_size=8))
def test_any_sequence_of_changes_keeps_nonces_unique_and_both_ways_in(tmp_path_factory, steps):
    from cryptography.hazmat.primitives.ciphers import aead

    real = aead.AESGCM
    seen: list[tuple[bytes, bytes]] = []

    def recording(key: bytes):
        inner = real(key)

        class One:
            def encrypt(self, nonce, data, associated):
                seen.append((key, nonce))
                return inner.encrypt(nonce, data, associated)

            def decrypt(self, nonce, data, associated):
                return inner.decrypt(nonce, data, associated)

        return One()

    folder = tmp_path_factory.mktemp("seq")
    key, passphrase = recoverykey.generate(), PASSPHRASE_TEXT
    aead.AESGCM = recording  # restored below: hypothesis runs this many times
    try:
        seal = crypto.new_seal(passphrase, key)
        raw = crypto.seal_bytes(PLAIN, seal)
        for step in steps:
            _, seal = _keys(passphrase).open(raw, folder)
            if step == "passphrase":
                passphrase = passphrase + "!"
                seal = seal.with_passphrase(passphrase)
            elif step == "recovery":
                key = recoverykey.generate()
                seal = seal.with_recovery(key)
            raw = crypto.seal_bytes(PLAIN, seal)
        assert _keys(passphrase).open(raw, folder)[0] == PLAIN
        assert crypto.Keys().open_with_recovery(raw, folder, key)[0] == PLAIN
    finally:
        aead.AESGCM = real
    assert len(set(seen)) == len(seen)


def test_the_recovery_slot_costs_no_slow_derivation(monkeypatch, tmp_path):
    """Only the passphrase goes through scrypt; the recovery key has 130 random bits."""
    calls = []
    real = keyslots.derive_passphrase
    monkeypatch.setattr(
        keyslots, "derive_passphrase", lambda p, params: (calls.append(1), real(p, params))[1]
    )
    key = recoverykey.generate()
    raw = crypto.seal_bytes(PLAIN, crypto.new_seal(PASSPHRASE_TEXT, key))
    calls.clear()
    assert crypto.Keys().open_with_recovery(raw, tmp_path, key)[0] == PLAIN
    assert calls == []

"""The five CHIME domains of personal recovery (Leamy et al. 2011).

Each domain has a key and is also recognised by its first letter, its English
name and its Danish name, in any case and with or without accents.
"""

from __future__ import annotations

from recovery_cli.domain.errors import InputError
from recovery_cli.domain.text import fold

DOMAINS: tuple[str, ...] = ("connectedness", "hope", "identity", "meaning", "empowerment")

_EXTRA_ALIASES: dict[str, tuple[str, ...]] = {
    "connectedness": ("c", "f", "forbundethed", "connection", "fællesskab"),
    "hope": ("h", "håb", "hab"),
    "identity": ("i", "identitet"),
    "meaning": ("m", "mening"),
    "empowerment": ("e", "handlekraft", "empowerment (handlekraft)"),
}

ALIASES: dict[str, str] = {}
for _key, _names in _EXTRA_ALIASES.items():
    for _name in (_key, *_names):
        ALIASES[fold(_name)] = _key


def parse_domain(value: str) -> str:
    """One domain from a key, a letter or a name; unknown ones suggest the nearest."""
    folded = fold(value.strip())
    if folded in ALIASES:
        return ALIASES[folded]
    import difflib  # only when a suggestion is needed

    candidates = [name for name in ALIASES if len(name) > 1]
    close = difflib.get_close_matches(folded, candidates, n=1, cutoff=0.4)
    if close:
        raise InputError("error.chime.unknown_suggest", value=value, domain=ALIASES[close[0]])
    raise InputError("error.chime.unknown", value=value)


def parse_domains(value: str | None) -> tuple[str, ...]:
    """``'c,i,m'`` or ``'hope identity'`` -> domain keys in CHIME order, no repeats."""
    if value is None:
        return ()
    parts = [p for p in value.replace(";", ",").replace(" ", ",").split(",") if p.strip()]
    found = {parse_domain(part) for part in parts}
    return tuple(key for key in DOMAINS if key in found)


def letter(key: str) -> str:
    """The domain's one-letter badge: C H I M E."""
    return key[0].upper()

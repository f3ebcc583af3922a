"""Reflection prompts: keys and groups (the words live in the catalogs).

Prompts are grouped by the everyday questions of the practice (what matters,
what gets in the way, what life would look like if it works out, the next
step) and by the CHIME domains. A note stores the prompt's key, so it reads in
either language. The prompts are our own words; none comes from a published
instrument.

A CHIME prompt's key is the domain's English letter and a number (``c1``); the
same number after the domain's letter in any language (Danish ``f1`` for
Forbundethed) is read as that key. The everyday keys have Danish spellings too,
the ones a Danish screen shows (``hverdag1`` for ``matter1``, ``vej1``,
``skridt1``, ``6mdr``, ``1år``, ``5år``), and ``tilfældig`` picks one at random.
"""

from __future__ import annotations

import difflib
import random

from recovery_cli.domain.chime import ALIASES, DOMAINS
from recovery_cli.domain.errors import InputError
from recovery_cli.domain.text import fold

RANDOM = "random"
_RANDOM_WORDS = {"random", "tilfaeldig", "tilfaeldigt", "any"}
# Danish spellings of the everyday keys (folded): group words, then whole keys.
_GROUP_WORDS = {"hverdag": "matter", "vej": "way", "skridt": "step"}
_WHOLE_WORDS = {"6mdr": "6m", "6mdr.": "6m", "1ar": "1y", "1aar": "1y", "5ar": "5y", "5aar": "5y"}

EVERYDAY_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("matters", ("matter1", "matter2", "matter3")),
    ("way", ("way1", "way2", "way3")),
    ("future", ("6m", "1y", "5y")),
    ("steps", ("step1", "step2", "step3")),
)
DOMAIN_GROUPS: tuple[tuple[str, tuple[str, ...]], ...] = tuple(
    (domain, tuple(f"{domain[0]}{n}" for n in (1, 2, 3))) for domain in DOMAINS
)
GROUPS = EVERYDAY_GROUPS + DOMAIN_GROUPS
KEYS: tuple[str, ...] = tuple(key for _, keys in GROUPS for key in keys)
GROUP_OF: dict[str, str] = {key: group for group, keys in GROUPS for key in keys}


def _by_letter(wanted: str) -> str:
    """``f1`` -> ``c1``: a domain's letter in either language, then the number;
    ``hverdag1`` -> ``matter1`` and ``1år`` -> ``1y``: a Danish spelling."""
    if wanted in _WHOLE_WORDS:
        return _WHOLE_WORDS[wanted]
    word = wanted.rstrip("0123456789")
    if word in _GROUP_WORDS and wanted[len(word) :]:
        return _GROUP_WORDS[word] + wanted[len(word) :]
    domain = ALIASES.get(wanted[:1])
    if domain is not None and wanted[1:].isdigit():
        return domain[0] + wanted[1:]
    return wanted


def _spellings() -> list[str]:
    """Every key as it may be typed: ``c1`` and the Danish ``f1`` too."""
    letters = {letter: domain for letter, domain in ALIASES.items() if len(letter) == 1}
    danish = [
        word + key[len(group) :]
        for word, group in _GROUP_WORDS.items()
        for key in KEYS
        if key.startswith(group)
    ]
    return [
        *KEYS,
        *danish,
        *_WHOLE_WORDS,
        *(
            letter + key[1:]
            for key in KEYS
            if GROUP_OF[key] in DOMAINS
            for letter, domain in letters.items()
            if domain == GROUP_OF[key] and letter != key[0]
        ),
    ]


def parse_prompt(value: str, rng: random.Random | None = None) -> str:
    """A prompt key from what the person typed; ``random`` picks one."""
    wanted = fold(value.strip()).replace(" ", "")
    if wanted in _RANDOM_WORDS:
        return (rng or random).choice(KEYS)
    if _by_letter(wanted) in GROUP_OF:
        return _by_letter(wanted)
    close = difflib.get_close_matches(wanted, _spellings(), n=1, cutoff=0.5)
    if close:
        raise InputError("error.prompt.unknown_suggest", value=value, suggestion=close[0])
    raise InputError("error.prompt.unknown", value=value)

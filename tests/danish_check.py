"""Is a Danish screen free of English words? (Commands and names aside.)

The glossary test of the Danish issue (tests/glossary.py, ``assert_danish``)
is used when it is there; until then this small stand-in looks for common
English words that are not also Danish ones, after taking out what is meant
to stay as typed: commands (``recovery --demo anna goal show 2``) and
single-quoted command names ('recovery guide').
"""

from __future__ import annotations

import re

from recovery_cli.cli.app import COMMANDS

ENGLISH = frozenset({
    "the", "and", "you", "your", "what", "where", "which", "with", "this", "that", "these",
    "those", "goal", "goals", "helped", "help", "next", "back", "quit", "page", "pages",
    "journal", "position", "positions", "close", "away", "way", "step", "steps", "show", "not",
    "from", "are", "was", "were", "has", "of", "is", "it", "its", "on", "who", "how", "why",
    "when", "will", "would", "there", "their", "they", "she", "he", "his", "our", "we", "my",
    "me", "about", "into", "out", "every", "other", "people", "life", "day", "days", "week",
    "never", "only", "more", "most", "than", "then", "but", "should", "could", "can",
    "chapter", "chapters", "together", "try", "example", "examples", "look", "see", "made"
})
# English that Danish screens use on purpose: the tool's and the model's names.
NAMES = frozenset({"chime", "empowerment", "recovery", "motivational", "interviewing",
                   "peer"})

_COMMAND = re.compile(
    r"(?:\$ )?\brecovery(?: --?[\w=-]+(?: [\w.-]+)?)* (?:"
    + "|".join(sorted(COMMANDS, key=len, reverse=True)) + r")\b[^\n]*")
_QUOTED = re.compile(r"'[^'\n]*'")
_OPTION = re.compile(r"--[\w-]+")


def english_words(text: str) -> set[str]:
    """English words left in ``text`` once commands and names are set aside."""
    text = _OPTION.sub(" ", _QUOTED.sub(" ", _COMMAND.sub(" ", text)))
    words = {word.lower() for word in re.findall(r"[^\W\d_]+", text)}
    return {word for word in words if word in ENGLISH and word not in NAMES}


def _assert_danish(text: str) -> None:
    found = english_words(text)
    assert not found, f"English on a Danish screen: {sorted(found)}\n{text}"


try:  # the Danish issue's glossary check, once it is on main
    from tests.glossary import assert_danish  # type: ignore[import-not-found]
except ImportError:
    assert_danish = _assert_danish

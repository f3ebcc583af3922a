"""The Danish glossary (DESIGN.md section 3) as something a test can hold text to.

``assert_danish(text)`` fails, naming the word and what to write instead, when a
Danish screen

- still says something in English (``ENGLISH_ONLY``: words, prompt keys such
  as ``matter1``, horizons such as ``6m``, ``<str>`` and ``D,..`` in help
  panels, backup IDs ending ``-daily``, English month names, ISO dates and
  ``21:00`` where Danish writes ``14.3.2026`` and ``21.00``), or
- uses a Danish word the glossary rules out (``FORBIDDEN_DANISH``: *journal*
  for the person's own file, *position*, *logge*, *type*, *sluppet*,
  *check-in*, *(handlekraft)*, *senest* ...).

What is not Danish text is left out first: command lines (``recovery goal
add``), options (``--note``), file names and paths, environment variables. Other
tests and other engineers import it::

    from tests.glossary import assert_danish
    assert_danish(cli("--lang", "da", "status").out, where="status")
"""

from __future__ import annotations

import re

# English words that have no business on a Danish screen. Loanwords Danish uses
# (peer, recovery, CHIME, Empowerment, Enter, status, score, editor, scripts, ok)
# are not here.
ENGLISH_ONLY: tuple[str, ...] = (
    "the",
    "and",
    "of",
    "with",
    "your",
    "you",
    "is",
    "are",
    "was",
    "not",
    "this",
    "it",
    "goal",
    "goals",
    "position",
    "positions",
    "today",
    "yesterday",
    "ago",
    "day",
    "days",
    "week",
    "weeks",
    "month",
    "months",
    "year",
    "years",
    "far away",
    "on the way",
    "strength",
    "strengths",
    "experience",
    "experiences",
    "resource",
    "resources",
    "support",
    "supports",
    "family",
    "friend",
    "professional",
    "network",
    "other",
    "paused",
    "reached",
    "let go",
    "let-go",
    "active",
    "notes",
    "checkins",
    "random",
    "help",
    "date",
    "when",
    "text",
    "title",
    "who",
    "kind",
    "table",
    "file",
    "key",
    "usage",
    "options",
    "arguments",
    "commands",
    "example",
    "required",
    "default",
    "connectedness",
    "hope",
    "identity",
    "meaning",
    "around",
)
# English placeholders in --help (Danish writes TEKST, HVORNÅR, MÅL ...).
ENGLISH_METAVARS = (
    "TEXT",
    "WHEN",
    "GOAL",
    "FILE",
    "DATE",
    "KIND",
    "DOMAINS",
    "DOMAIN",
    "TITLE",
    "WHO",
    "PATH",
    "KEY",
    "TABLE",
    "POSITION",
    "OPTIONS",
    "COMMAND",
    "ARGS",
)
# Patterns that are English (or a file format) however they are spelt.
ENGLISH_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"\b(?:matter|way|step)\d\b", "a prompt key in English (Danish: hverdag1, vej1, skridt1)"),
    (r"(?<![\w.])\d+[my]\b", "a horizon in English (Danish: 6 mdr., 1 år)"),
    (r"<(?:str|int|text|float)>", "a type name in a help panel"),
    (r"\bD,\.\.|\bD\b(?=\s{2})", "the placeholder D,.. (Danish: OMRÅDER)"),
    (
        r"Z-(?:daily|manual|migrate|restore|encrypt|decrypt|passwd|doctor|damaged)\b",
        "a backup ID in English (Danish: -daglig, -manuel ...)",
    ),
    (r"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b", "an English month"),
    (r"\b(?:19|20)\d\d-\d\d-\d\d\b", "an ISO date (Danish: 14.3.2026)"),
    (r"\b\d{1,2}:\d\d\b", "a clock time with a colon (Danish: kl. 21.00)"),
)
# Danish words the glossary rules out, and what to use instead.
FORBIDDEN_DANISH: tuple[tuple[str, str], ...] = (
    (r"\bjournal(?:en|ens|er|erne|fil|filen)?\b", "dagbog (a journal is the staff's record)"),
    (r"\w*journal(?:en|fil|filen)\b", "dagbog / dagbogsfilen"),
    (r"\bpositio(?:n|nen|ner|nerne)\b", "placering"),
    (r"\blogge(?:t|r|s)?\b", "notere / noteret"),
    (r"\btype(?:n|r|rne)?\b", "slags"),
    (r"\bsluppet\b", "givet slip"),
    (r"\bcheck-in(?:s|'et|'ets|net)?\b", "indtjekning / tjek ind"),  # bare checkin: a name
    (r"handlekraft", "Empowerment (explained once in help)"),
    (r"\bsenest\s+(?:den\s+)?(?:\d|X\b)", "omkring … / om 6 måneder (not a deadline)"),
    (r"\bfor nu\b", "indtil videre"),
    (r"\bdelmål\b", "skridt"),
    (r"\bRessourcer at trække på\b|\bdine ressourcer\b", "det, du kan trække på"),
    (r"ud over en sygdom", "ud over en eventuel sygdom"),
    (r"Skriv slet\b", "Skriv »slet«"),
    (r"skal (?:journalen|dagbogen) tale", "Hvilket sprog vil du bruge?"),
    (r"rykke længere op", "rykke tættere på"),
    (r"\(1 langt væk til", "fra 1 langt væk til 8 tæt på"),
    (r"\bet nyt forsøg\b", "kom du til at tilføje det to gange"),
    (r"\bså ret frit\b", "så du kan roligt ændre i det"),
)

_NOT_TEXT = (
    r"(?:^|(?<=\s)|(?<=['\"(]))recovery(?:[\s│]+(?:--?[\w-]+|[a-z][a-z-]*))*",  # a command
    r"^```\w*",  # a Markdown code fence's language
    r"^[│|]\s+[a-z][a-z-]*(?=\s{2,})",  # a command's name in a help panel
    r"(?<![\w-])--?[A-Za-z][\w-]*",  # options: --note, -n, --journal
    r"\S+\.(?:json|csv|md|markdown|html|htm|txt|svg|po|lock)\b",  # file names
    r"(?:~|\.{0,2})/\S*",  # paths
    r"\b[A-Z]+_[A-Z_]+\b|\b(?:VISUAL|EDITOR)\b",  # environment variables
    r"recovery-journal",  # the program's name
    r"\bpatientjournal\b",  # the official record, where it is meant
    r"\b[a-z_]+\.(?:[a-z_]+|X)\b",  # a field in a file format: title.en
)


_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)")


def _prose(text: str) -> str:
    """``text`` without what is not prose: colour codes, commands, options, files,
    variables."""
    text = _ANSI.sub("", text)
    for pattern in _NOT_TEXT:
        text = re.sub(pattern, " ", text, flags=re.M)
    return text


def danish_problems(text: str) -> list[str]:
    """Every way ``text`` breaks the glossary, as ``'word' (what to do)`` strings."""
    prose = _prose(text)
    found = []
    for word in ENGLISH_ONLY:
        pattern = r"(?<![\w'-])" + re.escape(word).replace(r"\ ", r"\s+") + r"(?![\w'-])"
        found += [f"{hit.group(0)!r} (English)" for hit in re.finditer(pattern, prose, flags=re.I)]
    for word in ENGLISH_METAVARS:
        found += [
            f"{word!r} (an English placeholder)"
            for _ in re.finditer(rf"(?<![\w|]){word}(?![\w|])", prose)
        ]
    for pattern, what in ENGLISH_PATTERNS:
        found += [f"{hit.group(0)!r} ({what})" for hit in re.finditer(pattern, prose)]
    for pattern, use in FORBIDDEN_DANISH:
        found += [
            f"{hit.group(0)!r} (use {use})" for hit in re.finditer(pattern, prose, flags=re.I)
        ]
    return found


def assert_danish(text: str, where: str = "") -> None:
    """Fail, naming each word and what to use instead, when ``text`` is not the
    Danish the glossary asks for."""
    problems = danish_problems(text)
    assert not problems, f"{where or 'a Danish screen'}: {', '.join(problems)}\n---\n{text}"

"""Shell completion: what a word on the command line can be.

typer's own ``recovery --install-completion`` (bash, zsh, fish) puts a script
in the shell that asks ``recovery`` for candidates; commands and options come
from typer, the values from here: CHIME domains, kinds, statuses, prompt keys,
positions, backup IDs, and the goals in the journal (numbers, with titles as
descriptions; a word of a title once one is being typed).

The journal is read without the lock and never written; an encrypted journal,
a missing or unreadable one gives no goals. Nothing here may fail: a
completion that breaks would print into the person's shell.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from recovery_cli.i18n import t

Candidates = list[tuple[str, str]]


def _journal_path(ctx: Any) -> Path | None:
    """The journal this command line points at (``--journal``, ``--demo``, the
    environment, the default), as the command would choose it."""
    from recovery_cli.storage import paths

    params = ctx.find_root().params
    if params.get("demo_person"):
        from recovery_cli.demo.people import find
        from recovery_cli.demo.sandbox import sandbox_path

        return sandbox_path(find(params["demo_person"]))
    if params.get("demo"):
        return paths.demo_journal_path()
    return paths.journal_path(params.get("journal"))[0]


def _demo_person(ctx: Any) -> str | None:
    """The example person the command line opens (``--demo`` alone: the default)."""
    params = ctx.find_root().params
    if params.get("demo_person"):
        from recovery_cli.demo.people import find

        return find(params["demo_person"])
    if params.get("demo"):
        from recovery_cli.demo.people import DEFAULT

        return DEFAULT
    return None


def _example_goals(name: str) -> list[dict]:
    """An example person's goals as their sandbox will hold them, for a sandbox
    not built yet: a completion never builds one (it writes nothing)."""
    from recovery_cli.demo.people import person

    found = person(name)
    return [
        {
            "number": found.goal_number(goal.key),
            "title": t(f"{found.content}.goal.{goal.key}.title"),
        }
        for goal in found.goals
    ]


def _read_goals(ctx: Any) -> list[dict]:
    import orjson

    from recovery_cli.storage.paths import is_sealed

    path = _journal_path(ctx)
    if path is None:
        return []
    example = _demo_person(ctx)
    if example is not None and not path.exists():
        return _example_goals(example)
    raw = path.read_bytes()
    if is_sealed(raw):
        return []  # no passphrase is asked for a completion, and nothing is guessed
    goals = orjson.loads(raw.removeprefix(b"\xef\xbb\xbf")).get("goals", {})
    found = [
        goal
        for goal in goals.values()
        if isinstance(goal, dict)
        and isinstance(goal.get("number"), int)
        and isinstance(goal.get("title"), str)
    ]
    return sorted(found, key=lambda goal: goal["number"])


def _safely(function: Callable[..., Candidates]) -> Callable[..., Candidates]:
    def complete(ctx: Any, incomplete: str) -> Candidates:
        try:
            return function(ctx, incomplete or "")
        except Exception:  # a damaged journal, an odd value: no candidates, no noise
            return []

    complete.__name__ = function.__name__
    complete.__doc__ = function.__doc__
    return complete


def _one_line(text: str, width: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


@_safely
def goals(ctx: Any, incomplete: str) -> Candidates:
    """Goal numbers (titles as descriptions); a word of a title while one is typed."""
    from recovery_cli.domain.text import fold

    found = _read_goals(ctx)
    number = incomplete.removeprefix("#")
    if not number or number.isdigit():
        hashed = "#" if incomplete.startswith("#") else ""
        return [
            (f"{hashed}{goal['number']}", _one_line(goal["title"]))
            for goal in found
            if str(goal["number"]).startswith(number)
        ]
    typed = fold(incomplete)
    words: dict[str, str] = {}
    for goal in found:
        for word in goal["title"].split():
            if fold(word).startswith(typed):
                words.setdefault(word, _one_line(f"#{goal['number']} {goal['title']}"))
    return list(words.items())


def _comma_list(incomplete: str, choices: Candidates) -> Candidates:
    """For ``c,h,i``: the words already given stay, the last one is completed."""
    done, _, last = incomplete.rpartition(",")
    given = set(done.split(",")) if done else set()
    lead = f"{done}," if done else ""
    return [
        (lead + value, help_text)
        for value, help_text in choices
        if value.startswith(last.lower()) and value not in given
    ]


@_safely
def domains(ctx: Any, incomplete: str) -> Candidates:
    """CHIME domains, one or several separated by commas."""
    from recovery_cli.domain.chime import DOMAINS

    return _comma_list(incomplete, [(key, t(f"chime.{key}")) for key in DOMAINS])


def _spelled(
    incomplete: str,
    choices: list[tuple[str, list[str], str]],
    accepts: Callable[[str], str],
) -> Candidates:
    """Each choice once, in its own word for the person's language (``ven`` on
    a Danish screen, ``friend`` on an English one) when that fits what is
    typed; when none does, in the first other word the command accepts that
    fits (``ve`` -> ``ven`` on an English screen too). A word with a space is
    left out (the shell would split it), and so is one the command would not
    read as that choice. ``choices``: (key, its words in order, description)."""
    from recovery_cli.domain.errors import RecoveryError
    from recovery_cli.domain.text import fold

    def usable(key: str, word: str) -> bool:
        try:
            return " " not in word and accepts(word) == key
        except RecoveryError:
            return False

    typed = fold(incomplete)
    words = [
        (key, [word for word in spellings if usable(key, word)], described)
        for key, spellings, described in choices
    ]
    own = [
        (usable_words[0], described)
        for _, usable_words, described in words
        if usable_words and fold(usable_words[0]).startswith(typed)
    ]
    if own:
        return own
    found: Candidates = []
    for _, usable_words, described in words:
        fitting = [word for word in usable_words if fold(word).startswith(typed)]
        if fitting:
            found.append((fitting[0], described))
    return found


def _words(key: str, shown: str, aliases: tuple[str, ...]) -> list[str]:
    """A choice's spellings, the one its screens show in Danish first there."""
    from recovery_cli.i18n import get_language

    if get_language() == "da":
        return [shown, *aliases, key]
    return [key, *aliases, shown]


@_safely
def kinds(ctx: Any, incomplete: str) -> Candidates:
    """A resource's or a support's kind, as the command at hand takes it, in
    the person's language (``ven``, ``fagperson``) or as typed in the other."""
    from recovery_cli.domain import choices as words
    from recovery_cli.domain.records import RESOURCE_KINDS, SUPPORT_KINDS

    path = ctx.command_path.split()
    support = "support" in path
    keys = SUPPORT_KINDS if support else RESOURCE_KINDS
    aliases = words.SUPPORT_ALIASES if support else words.RESOURCE_ALIASES
    parse = words.parse_support_kind if support else words.parse_resource_kind
    choices = [
        (key, _words(key, t(f"kind.{key}"), aliases.get(key, ())), t(f"kind.{key}")) for key in keys
    ]
    return _spelled(incomplete, choices, parse)


@_safely
def statuses(ctx: Any, incomplete: str) -> Candidates:
    """A goal's status, in the person's language where one word says it."""
    from recovery_cli.domain.choices import STATUS_ALIASES, parse_status
    from recovery_cli.domain.records import GOAL_STATUSES

    choices = [
        (key, _words(key, t(f"status.{key}"), STATUS_ALIASES.get(key, ())), t(f"status.{key}"))
        for key in GOAL_STATUSES
    ]
    return _spelled(incomplete, choices, parse_status)


@_safely
def prompt_keys(ctx: Any, incomplete: str) -> Candidates:
    """Reflection prompt keys as the person's screens show them (Danish ``f1``,
    ``vej2``, ``tilfældig``), with the question as the description."""
    from recovery_cli.domain.prompts import KEYS, RANDOM, parse_prompt
    from recovery_cli.domain.text import fold
    from recovery_cli.views.notes import shown_key

    chance = {RANDOM, fold(t("reflect.key.random"))}

    def accepts(word: str) -> str:  # parse_prompt would pick a prompt for "random"
        return RANDOM if fold(word) in chance else parse_prompt(word)

    choices = [
        (key, _words(key, shown_key(key), ()), _one_line(t(f"reflect.{key}"))) for key in KEYS
    ]
    choices.append((RANDOM, _words(RANDOM, t("reflect.key.random"), ()), ""))
    return _spelled(incomplete, choices, accepts)


@_safely
def positions(ctx: Any, incomplete: str) -> Candidates:
    """1 to 8, each with its band (far away, on the way, close)."""
    from recovery_cli.views.format import band_label

    return [
        (str(value), band_label(value))
        for value in range(1, 9)
        if str(value).startswith(incomplete)
    ]


@_safely
def languages(ctx: Any, incomplete: str) -> Candidates:
    return [
        (code, name)
        for code, name in (("en", "English"), ("da", "Dansk"))
        if code.startswith(incomplete)
    ]


@_safely
def backup_ids(ctx: Any, incomplete: str) -> Candidates:
    """The backups' IDs, newest first."""
    from recovery_cli.storage import backups

    path = _journal_path(ctx)
    if path is None:
        return []
    found = [backups.backup_id(path, backup) for backup in reversed(backups.list_backups(path))]
    return [(ident, "") for ident in found if ident.startswith(incomplete)]


def _shell() -> str | None:
    """The shell this runs in (as typer finds it), else the login shell ($SHELL)."""
    import os

    try:
        import shellingham  # typer's own dependency for this

        return str(shellingham.detect_shell()[0]).lower()
    except Exception:
        return Path(os.environ.get("SHELL", "")).name.lower() or None


def words_typed() -> list[str]:
    """The words of the command line a shell asks to complete (typer's protocol:
    ``COMP_WORDS`` for bash, ``_TYPER_COMPLETE_ARGS`` for zsh and fish), without
    the program's name: so ``--lang da`` and ``--demo anna`` count while
    completing, as when the command runs. Empty when nothing is completed."""
    import os
    import shlex

    if not os.environ.get(COMPLETE_VAR):
        return []
    line = os.environ.get("COMP_WORDS") or os.environ.get("_TYPER_COMPLETE_ARGS") or ""
    try:
        words = shlex.split(line)
    except ValueError:  # an open quote while typing
        words = line.split()
    return words[1:]


COMPLETE_VAR = "_RECOVERY_COMPLETE"


def install_callback(ctx: Any, param: Any, value: Any) -> Any:
    """typer's ``--install-completion``, saying what it did in the person's language."""
    import typer

    if not value or ctx.resilient_parsing:
        return value
    from typer.completion import install

    shell = value if isinstance(value, str) else _shell()
    if shell not in SHELLS:
        from recovery_cli.domain.errors import NotPossible

        raise NotPossible("completion.no_shell", shell=shell or "?", shells=", ".join(SHELLS))
    shell, path = install(shell=shell, prog_name="recovery")
    typer.echo(t("completion.installed", shell=shell, path=str(path)))
    raise typer.Exit()


SHELLS = ("bash", "zsh", "fish")

# Options completed by their name, wherever a command declares them through
# ``cli.base.option`` (commands added later get completion without a line here).
BY_OPTION: dict[str, Callable[..., Candidates]] = {
    "--goal": goals,
    "--parent": goals,
    "--chime": domains,
    "--kind": kinds,
    "--status": statuses,
    "--prompt": prompt_keys,
    "--lang": languages,
}

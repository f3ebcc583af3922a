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


def _read_goals(ctx: Any) -> list[dict]:
    import orjson

    from recovery_cli.storage.paths import is_sealed

    path = _journal_path(ctx)
    if path is None:
        return []
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


@_safely
def kinds(ctx: Any, incomplete: str) -> Candidates:
    """A resource's or a support's kind, as the command at hand takes it."""
    from recovery_cli.domain.records import RESOURCE_KINDS, SUPPORT_KINDS

    path = ctx.command_path.split()
    keys = SUPPORT_KINDS if "support" in path else RESOURCE_KINDS
    return [(key, t(f"kind.{key}")) for key in keys if key.startswith(incomplete)]


@_safely
def statuses(ctx: Any, incomplete: str) -> Candidates:
    """A goal's status."""
    from recovery_cli.domain.records import GOAL_STATUSES

    return [(key, t(f"status.{key}")) for key in GOAL_STATUSES if key.startswith(incomplete)]


@_safely
def prompt_keys(ctx: Any, incomplete: str) -> Candidates:
    """Reflection prompt keys, with the question as the description, and ``random``."""
    from recovery_cli.domain.prompts import KEYS, RANDOM

    keys = [(key, _one_line(t(f"reflect.{key}"))) for key in KEYS]
    keys.append((RANDOM, ""))
    return [(key, text) for key, text in keys if key.startswith(incomplete.lower())]


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

"""Asking one question at a time: Enter skips, a wrong value is asked again."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from recovery_cli.domain.errors import RecoveryError
from recovery_cli.domain.text import TEXT_MAX, clean_text, fold
from recovery_cli.i18n import t

T = TypeVar("T")
YES = {"y", "yes", "j", "ja"}
NO = {"n", "no", "nej"}


class Stopped(RecoveryError):
    """The person stopped the conversation (Ctrl-C or end of input): nothing saved."""

    exit_code = 130

    def __init__(self) -> None:
        super().__init__("info.interrupted")


@dataclass
class Talk:
    """How a flow reaches the person: ``ask(question) -> line`` and ``say(line)``."""

    ask: Callable[[str], str]
    say: Callable[[str], None]


def explain(error: RecoveryError) -> str:
    """The catalog sentence for an error, as a hint before asking again."""
    params = dict(error.params)
    if "field" in params:  # as in cli.errors.describe
        params["field"] = t(f"subject.{params['field']}")
    if "domain" in params:
        params["domain"] = t(f"chime.{params['domain']}")
    message = t(error.key, **params)
    return message[:1].upper() + message[1:]


HELP = "?"  # the answer that asks for help with a question, at every question


def ask_value(
    talk: Talk,
    question: str,
    parse: Callable[[str], T],
    *,
    extra: dict[str, Callable[[], None]] | None = None,
    enter: str | None = None,
    help: str | None = None,
) -> T | None:
    """Ask until the answer parses; Enter (an empty answer) skips and gives None.

    ``help`` is said when the person answers ``?``; ``extra`` maps special
    answers (such as ``?`` at the position, which draws the continuum) to
    something to show before asking again. ``enter`` names what an empty answer
    stands for, when it is not simply skipping (a menu's default), so the hint
    after a wrong answer says what Enter really does.
    """
    while True:
        answer = talk.ask(question).strip()
        if not answer:
            return None
        if extra and answer in extra:
            extra[answer]()
            continue
        if answer == HELP and help is not None:
            talk.say(help)
            continue
        try:
            return parse(answer)
        except RecoveryError as error:
            hint = t("talk.hint.enter_picks", choice=enter) if enter else t("talk.hint.skip")
            talk.say(explain(error) + " " + hint)


def ask_text(
    talk: Talk, question: str, field: str, limit: int = TEXT_MAX, *, help: str | None = None
) -> str | None:
    """Free text in the person's own words, kept verbatim (trimmed); ``?`` says
    ``help`` instead."""
    return ask_value(
        talk, question, lambda text: clean_text(text, field=field, max_length=limit), help=help
    )


def ask_yes(talk: Talk, question: str, *, default: bool) -> bool:
    """A yes/no question in either language; Enter gives ``default``."""
    while True:
        answer = fold(talk.ask(question).strip())
        if not answer:
            return default
        if answer in YES:
            return True
        if answer in NO:
            return False
        talk.say(t("prompt.yes_no_again"))


def numbered(choices: tuple[str, ...], label: Callable[[str], str]) -> str:
    """``1 family · 2 friend · ...`` for a short menu."""
    return " · ".join(f"{n} {label(key)}" for n, key in enumerate(choices, start=1))


def pick(choices: tuple[str, ...], parse_word: Callable[[str], str]) -> Callable[[str], str]:
    """A parser for a short menu: its number, or a word ``parse_word`` knows."""

    def parse(answer: str) -> str:
        if answer.isascii() and answer.isdigit() and 1 <= int(answer) <= len(choices):
            return choices[int(answer) - 1]
        return parse_word(answer)

    return parse

"""``recovery checkin`` and ``recovery checkins``: the CHIME self check-in."""

from typing import Annotated

import typer

from recovery_cli.cli import prompts
from recovery_cli.cli.base import (
    LIST_ROWS,
    RecoveryCommand,
    all_option,
    command,
    how_many,
    limit_option,
    say_more,
    when_option,
)
from recovery_cli.cli.corrections import attach_checkin, entry_group
from recovery_cli.cli.state import paged, state
from recovery_cli.domain.chime import ALIASES, DOMAINS
from recovery_cli.domain.errors import InputError
from recovery_cli.domain.text import fold
from recovery_cli.i18n import get_language, t
from recovery_cli.views import out

# The option names a person sees, per language: the domain's name and its letter
# (the letter the views show, so Danish F for forbundethed). The other language's
# names, and spellings such as --haab, still work: see _option_alias.
_NAMES = {
    "en": {
        "connectedness": "connectedness",
        "hope": "hope",
        "identity": "identity",
        "meaning": "meaning",
        "empowerment": "empowerment",
    },
    "da": {
        "connectedness": "forbundethed",
        "hope": "håb",
        "identity": "identitet",
        "meaning": "mening",
        "empowerment": "empowerment",
    },
}
_EXTRA_NAMES = {"haab": "hope"}  # håb without the å


def _long(domain: str) -> str:
    return _NAMES.get(get_language(), _NAMES["en"])[domain]


def _letter(domain: str) -> str:
    return t(f"chime.{domain}.letter").lower()


def _domain_named(name: str) -> str | None:
    """The domain an option name means, in either language (``c``, ``f``, ``haab``)."""
    folded = fold(name)
    return _EXTRA_NAMES.get(folded) or ALIASES.get(folded)


def _option_alias(name: str) -> str:
    """click's token normaliser: any language's name or letter of a domain becomes
    the name the option is declared with in the person's language."""
    if len(name) == 1:
        return _letter("connectedness") if name in "cf" else name
    domain = _domain_named(name)
    return _long(domain) if domain else name


_TYPED = "recovery.checkin.typed"  # ctx.meta: the words on the command line, as typed


class _CheckinCommand(RecoveryCommand):
    """Keeps the command line as typed, so a message can name the option the
    person used (``--c``) rather than the one it was normalised to (``--f``)."""

    def parse_args(self, ctx, args):
        ctx.meta[_TYPED] = list(args)
        return super().parse_args(ctx, args)


def _typed_option(ctx: typer.Context, domain: str) -> str:
    """The option the person gave ``domain``'s answer with; the last one wins, as
    for click."""
    typed = f"--{_letter(domain)}"
    for word in ctx.meta.get(_TYPED, []):
        if word == "--":
            break
        name = word.partition("=")[0]
        if name.startswith("--") and _domain_named(name[2:]) == domain:
            typed = name
    return typed


def _score(domain: str):
    return typer.Option(
        f"--{_long(domain)}",
        f"--{_letter(domain)}",
        metavar="1-8",
        show_default=False,
        help=t("help.checkin.opt.domain", domain=t(f"chime.{domain}")),
    )


def register(app: typer.Typer) -> None:
    group = entry_group(app, "checkin", "help.checkin.group")  # checkin --c 5, checkin rm N

    @command(
        group,
        "add",
        "help.checkin",
        cls=_CheckinCommand,
        context_settings={"token_normalize_func": _option_alias},
    )
    def checkin(
        ctx: typer.Context,
        connectedness: Annotated[str | None, _score("connectedness")] = None,
        hope: Annotated[str | None, _score("hope")] = None,
        identity: Annotated[str | None, _score("identity")] = None,
        meaning: Annotated[str | None, _score("meaning")] = None,
        empowerment: Annotated[str | None, _score("empowerment")] = None,
        note: Annotated[
            str | None,
            typer.Option(
                "--note",
                "-n",
                metavar=t("metavar.text"),
                help=t("help.checkin.opt.note"),
                show_default=False,
            ),
        ] = None,
        date: Annotated[str | None, when_option("help.checkin.opt.date", "--date", "-d")] = None,
    ) -> None:
        from recovery_cli.journal.checkins import add_checkin
        from recovery_cli.views.notes import scores_text

        scores: dict[str, str | int | None] = {
            "connectedness": connectedness,
            "hope": hope,
            "identity": identity,
            "meaning": meaning,
            "empowerment": empowerment,
        }
        app_state = state(ctx)
        for key in DOMAINS:
            value = scores[key]
            if value is not None and _not_a_score(value):
                raise InputError(
                    "error.checkin.score", domain=key, option=_typed_option(ctx, key), value=value
                )
        if all(value is None for value in scores.values()):
            if not prompts.interactive():
                raise InputError("error.checkin.needs_terminal")
            asked = _ask(app_state, note, date)
            if asked is None:
                out.say(t("talk.not_saved"))
                return
            scores, note = asked
            if not scores:
                out.say(t("talk.nothing_to_save"))
                return
        with app_state.journal(write=True) as journal:
            saved = add_checkin(journal, scores, note=note, when=date)
        if date:  # a check-in for another day says which day, as log does
            from recovery_cli.views.format import when_text

            out.done(
                t(
                    "checkin.saved_when",
                    scores=scores_text(saved.scores),
                    when=when_text(saved.when, journal.now),
                )
            )
        else:
            out.done(t("checkin.saved", scores=scores_text(saved.scores)))

    attach_checkin(group)  # after add, so the group's help lists add, edit, rm

    @command(app, "checkins", "help.checkins")
    def checkins(
        ctx: typer.Context,
        as_json: Annotated[bool, typer.Option("--json", help=t("help.opt.json"))] = False,
        limit: Annotated[int | None, limit_option()] = None,
        every: Annotated[bool, all_option()] = False,
    ) -> None:
        from recovery_cli.views import notes as view

        count = how_many(limit, every, None if as_json else LIST_ROWS)
        with state(ctx).journal() as journal:
            found = journal.checkins()  # oldest first, as they are numbered
        if as_json:
            from recovery_cli.views.jsonout import dumps

            newest = view.checkins_json(found)
            out.raw(dumps(newest if count is None else newest[:count]))
        elif not found:
            out.say(t("checkin.empty"))
        else:
            with paged(ctx):
                for line in view.checkin_lines(found, limit=count):
                    out.say(line)
            say_more("list.more.checkins", min(count or len(found), len(found)), len(found))
            out.info(t("fix.hint.checkins"))


def _not_a_score(value: str | int) -> bool:
    from recovery_cli.domain.continuum import parse_position

    try:
        parse_position(str(value))
    except InputError:
        return True
    return False


def _ask(app_state, note: str | None, date: str | None) -> tuple[dict, str | None] | None:
    """The check-in at the terminal, as any measure is taken: the answers after the
    person saw the summary and said yes (empty when there is nothing to save), or
    None when they chose not to save it."""
    from recovery_cli.cli.terminal import end_line_on_stop, terminal_talk
    from recovery_cli.domain.when import parse_when
    from recovery_cli.talk.checkin import checkin_conversation, confirm_checkin

    with app_state.journal() as journal:  # a damaged journal or a wrong --date stops us first
        if date:
            parse_when(date, journal.now)
    talk = terminal_talk()
    with end_line_on_stop():
        answers = checkin_conversation(talk, ask_note=note is None)
        if note is not None:
            answers.note = note
        if not answers.scores:
            return {}, None
        if not confirm_checkin(talk, answers):
            return None
    return dict(answers.scores), answers.note

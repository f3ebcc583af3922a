"""``recovery measure``: questionnaires a person or a service brings, beside the goals.

``add FILE`` checks a TOML definition and keeps it in the journal; ``take``
asks it one item at a time (or takes ``--answers`` from a script); ``results``
shows each time it was taken; ``rm`` removes it with its results. The
built-in check-in is listed and taken the same way.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from recovery_cli.cli import prompts
from recovery_cli.cli.base import (
    LIST_ROWS,
    all_option,
    argument,
    command,
    how_many,
    json_flag,
    limit_option,
    say_more,
    sub_app,
    when_option,
)
from recovery_cli.cli.base import option as _opt
from recovery_cli.cli.state import paged, state
from recovery_cli.domain.errors import InputError
from recovery_cli.i18n import get_language, t
from recovery_cli.views import out


def _name_argument():
    return argument("help.measure.arg.name", t("measure.metavar.name"))


def register(app: typer.Typer) -> None:
    group = sub_app("help.measure")
    app.add_typer(group, name="measure")

    @command(group, "add", "help.measure.add")
    def add(
        ctx: typer.Context,
        file: Annotated[
            str,
            argument("help.measure.arg.file", t("metavar.file")),
        ],
    ) -> None:
        from recovery_cli.domain.measure_file import read_definition
        from recovery_cli.domain.measures import in_language
        from recovery_cli.journal import measures as use
        from recovery_cli.storage.definitions import read_definition_file
        from recovery_cli.views.measures import title_of

        definition = read_definition(read_definition_file(Path(file).expanduser()), file)
        with state(ctx).journal(write=True) as journal:
            _, how = use.add(journal, definition)
        params = {
            "title": title_of(definition),
            "name": definition.name,
            "version": definition.version,
            "items": len(definition.items),
        }
        if how == "same":
            out.say(t("measure.add.same", **params))
            return
        out.done(t(f"measure.add.{how}", **params))
        language = get_language()
        out.say(t("measure.take.source", source=in_language(definition.source, language)))
        out.say(t("measure.take.licence", licence=in_language(definition.licence, language)))
        out.info(t("measure.add.next", name=definition.name))

    @command(group, "list", "help.measure.list")
    def list_(ctx: typer.Context, as_json: Annotated[bool, json_flag()] = False) -> None:
        from recovery_cli.domain.measure_spec import definition_from_data
        from recovery_cli.journal.measures import builtin
        from recovery_cli.views import measures as view

        with state(ctx).journal() as journal:
            entries = [(builtin(), journal.results("checkin"), True)]
            entries += [
                (definition_from_data(m.definition), journal.results(m.name), False)
                for m in journal.measures()
            ]
        if as_json:
            from recovery_cli.views.jsonout import dumps

            out.raw(dumps(view.list_json(entries)))
            return
        from recovery_cli.views.console import make_console

        make_console().print(view.list_table(entries))
        if len(entries) == 1:
            out.info(t("measure.list.bring"))

    @command(group, "format", "help.measure.format")
    def format_(
        ctx: typer.Context,
        example: Annotated[
            bool, typer.Option("--example", help=t("help.measure.opt.example"))
        ] = False,
    ) -> None:
        if example:  # the file as it is, to save and change (never wrapped)
            from recovery_cli.definitions import example_text

            out.raw(example_text().decode("utf-8").rstrip("\n"))
            return
        from recovery_cli.cli.state import paged
        from recovery_cli.views.console import make_console
        from recovery_cli.views.measure_format import format_view

        with paged(ctx):
            console = make_console()
            console.print(format_view(console.width))

    @command(group, "show", "help.measure.show")
    def show(
        ctx: typer.Context,
        name: Annotated[str, _name_argument()],
        as_json: Annotated[bool, json_flag()] = False,
    ) -> None:
        from recovery_cli.journal import measures as use

        with state(ctx).journal() as journal:
            found = use.find(journal, name)
        if as_json:
            from recovery_cli.domain.measure_data import definition_to_data
            from recovery_cli.views.jsonout import dumps

            out.raw(dumps(definition_to_data(found.definition)))
            return
        from recovery_cli.views.measure_show import show_lines
        from recovery_cli.views.measures import wrapped
        from recovery_cli.views.notes import text_width

        for line in show_lines(found.definition, builtin=found.builtin):
            for piece in wrapped(line, text_width()):
                out.say(piece)

    @command(group, "take", "help.measure.take")
    def take(
        ctx: typer.Context,
        name: Annotated[str, _name_argument()],
        answers: Annotated[
            str | None, _opt("help.measure.opt.answers", "--answers", "-a", metavar="3,4,-,2")
        ] = None,
        date: Annotated[str | None, when_option("help.measure.opt.date", "--date", "-d")] = None,
        note: Annotated[str | None, _opt("help.measure.opt.note", "--note", "-n")] = None,
    ) -> None:
        _take(ctx, name, answers, date, note)

    @command(group, "results", "help.measure.results")
    def results(
        ctx: typer.Context,
        name: Annotated[str, _name_argument()],
        as_json: Annotated[bool, json_flag()] = False,
        reference: Annotated[
            bool, typer.Option("--reference", help=t("help.measure.opt.reference"))
        ] = False,
        limit: Annotated[int | None, limit_option()] = None,
        every: Annotated[bool, all_option()] = False,
    ) -> None:
        from recovery_cli.journal import measures as use
        from recovery_cli.journal.measure_results import results_view
        from recovery_cli.views import measures as view

        count = how_many(limit, every, None if as_json else LIST_ROWS)
        with state(ctx).journal() as journal:
            found = use.find(journal, name)
            shown = results_view(
                found.definition, journal.results(found.definition.name), reference=reference
            )
        if as_json:
            from recovery_cli.views.jsonout import dumps

            out.raw(dumps(view.results_json(shown, count)))
            return
        if not shown.rows:
            out.say(
                t(
                    "measure.results.none",
                    title=view.title_of(found.definition),
                    name=found.definition.name,
                )
            )
            return
        from recovery_cli.views.console import make_console

        with paged(ctx):
            make_console().print(view.results_render(shown, asked_reference=reference, count=count))
        total = len(shown.rows)
        say_more("list.more.results", min(count or total, total), total)

    @command(group, "rm", "help.measure.rm")
    def rm(
        ctx: typer.Context,
        name: Annotated[str, _name_argument()],
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t("help.opt.yes"))] = False,
    ) -> None:
        _remove(ctx, name, yes)


def _take(
    ctx: typer.Context, name: str, answers: str | None, date: str | None, note: str | None
) -> None:
    from recovery_cli.domain.text import clean_text
    from recovery_cli.domain.when import parse_when
    from recovery_cli.journal import measures as use

    app_state = state(ctx)
    note = clean_text(note, field="note")
    if answers is not None:  # nothing to ask: one session, the journal read once
        from recovery_cli.domain.measures import parse_answers

        with app_state.journal(write=True) as journal:
            found = use.find(journal, name)  # an unknown measure or a wrong --date first
            if date:
                parse_when(date, journal.now)
            given = parse_answers(found.definition, answers)
            result = use.take(journal, found.definition, given, when=date, note=note)
        _saved(found.definition, result)
        return
    with app_state.journal() as journal:  # an unknown measure or a wrong --date stops us first
        found = use.find(journal, name)
        if date:
            parse_when(date, journal.now)
        first_use = not found.builtin and not journal.results(found.definition.name)
    definition = found.definition
    if not prompts.interactive():
        from recovery_cli.domain.measures import example_answers

        raise InputError(
            "measure.error.needs_terminal",
            name=definition.name,
            example=example_answers(definition),
        )
    else:
        asked = _ask(definition, first_use=first_use, note=note)
        if asked is None:
            return
        given, note = asked
    with app_state.journal(write=True) as journal:
        again = use.find(journal, name)  # found again: it may have changed meanwhile
        result = use.take(journal, again.definition, given, when=date, note=note)
    _saved(again.definition, result)


def _ask(definition, *, first_use: bool, note: str | None):
    """The items at the terminal; the answers and note to save, or None (said why)."""
    from recovery_cli.cli.terminal import end_line_on_stop, terminal_talk
    from recovery_cli.talk.measure import confirm_take, take_conversation

    talk = terminal_talk()
    with end_line_on_stop():
        taken = take_conversation(talk, definition, first_use=first_use, ask_note=note is None)
        if note is not None:
            taken.note = note
        if taken.is_empty():
            out.say(t("talk.nothing_to_save"))
            return None
        if not confirm_take(talk, definition, taken):
            out.say(t("talk.not_saved"))
            return None
    return taken.answers, taken.note


def _saved(definition, result) -> None:
    from recovery_cli.domain.measures import answered
    from recovery_cli.views import format as fmt
    from recovery_cli.views.measures import number_text, range_text, title_of

    day = fmt.day_text(fmt.local(result.when).date())
    params = {
        "title": title_of(definition),
        "day": day,
        "answered": answered(result.answers),
        "items": len(result.answers),
    }
    if result.score is not None:
        out.done(
            t(
                "measure.take.saved_score",
                score=number_text(result.score, definition),
                range=range_text(definition),
                **params,
            )
        )
    elif definition.scored:
        out.done(t("measure.take.saved_no_score", most=definition.scoring.max_skipped, **params))
    else:
        out.done(t("measure.take.saved", **params))


def _remove(ctx: typer.Context, name: str, yes: bool) -> None:
    from recovery_cli.domain.errors import NotPossible
    from recovery_cli.i18n import tn
    from recovery_cli.journal import measures as use
    from recovery_cli.views.measures import title_of

    app_state = state(ctx)
    with app_state.journal() as journal:
        found = use.find(journal, name)
        if found.builtin:
            raise NotPossible("measure.error.builtin_rm")
        count = len(journal.results(found.definition.name))
    what = t("measure.rm.what", title=title_of(found.definition), name=found.definition.name)
    if not yes:
        if not prompts.interactive():
            raise InputError("measure.error.needs_yes", name=found.definition.name)
        out.say(tn("measure.rm.preview", count, what=what))
        if not prompts.confirm(t("measure.rm.question", what=what)):
            out.say(t("measure.rm.kept", what=what))
            return
    with app_state.journal(write=True) as journal:
        _, removed = use.remove(journal, found.definition.name)
    out.done(tn("measure.rm.done", removed, what=what))

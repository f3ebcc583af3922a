"""``recovery note``, ``recovery notes`` and ``recovery prompts``: reflections."""

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
    when_option,
)
from recovery_cli.cli.base import option as _opt
from recovery_cli.cli.corrections import attach_note, entry_group
from recovery_cli.cli.state import paged, state
from recovery_cli.domain.errors import InputError, NotPossible
from recovery_cli.i18n import t
from recovery_cli.views import format as fmt
from recovery_cli.views import out


def register(app: typer.Typer) -> None:
    group = entry_group(app, "note", "help.note.group")  # note TEXT, note rm N, note edit N

    @command(group, "add", "help.note")
    def note(
        ctx: typer.Context,
        text: Annotated[str | None, argument("help.note.arg", t("metavar.text") + "|-")] = None,
        prompt: Annotated[
            str | None, _opt("help.note.opt.prompt", "--prompt", "-p", metavar=t("metavar.key"))
        ] = None,
        goal: Annotated[
            str | None, _opt("help.note.opt.goal", "--goal", "-g", metavar=t("metavar.goal"))
        ] = None,
        date: Annotated[str | None, when_option("help.note.opt.date", "--date", "-d")] = None,
    ) -> None:
        from recovery_cli.domain.prompts import parse_prompt
        from recovery_cli.journal.notes import add_note, check_note_target

        key = parse_prompt(prompt) if prompt else None
        app_state = state(ctx)
        if text == "-":
            from recovery_cli.cli.terminal import read_stdin

            body = read_stdin()
        elif text is not None:
            body = text
        else:
            with app_state.journal() as journal:  # a wrong --goal/--date stops us first
                check_note_target(journal, goal=goal, when=date)
                sealed = journal.store.seal is not None
            body = _write(key, sealed=sealed)
        with app_state.journal(write=True) as journal:
            saved = add_note(journal, body, prompt=key, goal=goal, when=date)
            target = journal.goals_by_id.get(saved.goal) if saved.goal else None
        when = fmt.when_text(saved.when, journal.now)
        if target is not None:
            out.done(t("note.saved_goal", number=target.number, title=target.title, when=when))
        else:
            out.done(t("note.saved", when=when))
        if key and text is not None:
            out.say(t("note.answered", prompt=t(f"reflect.{key}")))

    attach_note(group)  # after add, so the group's help lists add, edit, rm

    @command(app, "notes", "help.notes")
    def notes(
        ctx: typer.Context,
        goal: Annotated[
            str | None, _opt("help.notes.opt.goal", "--goal", "-g", metavar=t("metavar.goal"))
        ] = None,
        since: Annotated[str | None, when_option("help.notes.opt.since", "--since", "-s")] = None,
        search: Annotated[
            str | None, _opt("help.notes.opt.search", "--search", metavar=t("metavar.words"))
        ] = None,
        as_json: Annotated[bool, json_flag()] = False,
        limit: Annotated[int | None, limit_option()] = None,
        every: Annotated[bool, all_option()] = False,
    ) -> None:
        from recovery_cli.journal.notes import find_notes
        from recovery_cli.views import notes as view

        count = how_many(limit, every, None if as_json else LIST_ROWS)
        with state(ctx).journal() as journal:
            found = find_notes(journal, goal=goal, since=since, search=search)
            shown = found if count is None else found[:count]  # newest first
            if as_json:
                from recovery_cli.views.jsonout import dumps

                out.raw(dumps(view.notes_json(journal, shown)))
            elif not found:
                filtered = goal or since or search
                out.say(t("notes.none_match" if filtered else "notes.empty"))
            else:
                with paged(ctx):
                    for line in view.note_lines(journal, shown):
                        out.say(line)
                say_more("list.more.notes", len(shown), len(found))
                out.info(t("fix.hint.notes"))

    @command(app, "prompts", "help.prompts")
    def prompts_(ctx: typer.Context, as_json: Annotated[bool, json_flag()] = False) -> None:
        from recovery_cli.views import notes as view

        if as_json:
            from recovery_cli.views.jsonout import dumps

            out.raw(dumps(view.prompts_json()))
            return
        with paged(ctx):
            for line in view.prompt_lines():
                out.say(line)


def _write(key: str | None, *, sealed: bool = False) -> str:
    """No text on the command line: the person's editor, else a few typed lines.

    For an encrypted journal the editor's file must live in memory; where no
    such folder exists, the note is typed here instead, never written to disk.
    """
    from recovery_cli.cli.terminal import editor_command
    from recovery_cli.storage.scratch import memory_folder

    command_line = editor_command()
    if command_line is not None and sealed and memory_folder() is None:
        out.info(t("note.encrypted_no_editor"))
        command_line = None
    if command_line is not None:
        from recovery_cli.cli.terminal import edit_in_editor
        from recovery_cli.views.notes import editor_template, strip_template

        template = editor_template(key)
        body = strip_template(edit_in_editor(command_line, template, memory_only=sealed), template)
    elif prompts.interactive():
        body = _type_lines(key)
    else:
        raise InputError("error.note.needs_text")
    if not body.strip():
        raise NotPossible("error.note.empty")
    return body


def _type_lines(key: str | None) -> str:
    from recovery_cli.cli.terminal import end_line_on_stop, terminal_talk

    talk = terminal_talk()
    if key:
        talk.say(t(f"reflect.{key}"))
    talk.say(t("note.type_intro"))
    lines: list[str] = []
    with end_line_on_stop():
        while True:
            line = talk.ask("")
            if line.strip():
                lines.append(line)
            elif not lines or lines[-1] == "":  # a second empty line (or nothing yet) ends it
                return "\n".join(lines).strip("\n")
            else:  # one empty line: a new paragraph
                lines.append("")

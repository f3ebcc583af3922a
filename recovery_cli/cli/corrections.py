"""Correcting mistakes: ``recovery unlog``, and ``rm``/``edit`` for resources,
supports, notes and check-ins (``rm`` only for check-ins).

Why ``unlog GOAL [N]`` rather than ``log --undo``: ``log GOAL POSITION`` adds;
taking a position away is another act with other arguments (no POSITION, an
optional number) that asks first. A verb of its own gets its own help page and
examples, stands next to ``log`` in ``recovery --help``, and does not suggest
that only the last log can go.

Every removal shows what will go and asks (y/yes/j/ja), unless ``--yes``;
without a terminal and without ``--yes`` it stops (exit 2). The entry is found
in the session that asks; the writing session finds the same record again by
its uuid before it removes it.
"""

from typing import Annotated

import typer

from recovery_cli.cli import prompts
from recovery_cli.cli.base import RecoveryGroup, argument, command, goal_argument, when_option
from recovery_cli.cli.base import option as _opt
from recovery_cli.cli.state import state
from recovery_cli.domain.errors import InputError, NotPossible
from recovery_cli.i18n import t
from recovery_cli.views import out


class DefaultGroup(RecoveryGroup):
    """A group that runs its ``add`` command when no command name comes first:
    ``recovery note "text"`` still writes a note, ``recovery note rm 3`` removes one.
    (A note that is just the word rm or edit: ``recovery note add rm``.)"""

    default = "add"

    def parse_args(self, ctx, args: list[str]) -> list[str]:
        if not args or (args[0] not in self.commands and args[0] not in ctx.help_option_names):
            args = [self.default, *args]
        return super().parse_args(ctx, args)


def _nothing() -> None:
    """A callback, so typer keeps the group a group."""


def entry_group(app: typer.Typer, name: str, help_key: str) -> typer.Typer:
    """``recovery note`` / ``recovery checkin``: write one by default, or correct one."""
    group = typer.Typer(cls=DefaultGroup, help=t(help_key), add_completion=False)
    group.callback()(_nothing)
    app.add_typer(group, name=name)
    return group


def _number(table: str):
    return argument(f"help.arg.fix_number.{table}", "N")


def _yes():
    return typer.Option("--yes", "-y", help=t("help.opt.yes"))


def _goal_link():
    return _opt("help.opt.fix_goal", "--goal", "-g", metavar=t("metavar.goal"))


# -- removing ---------------------------------------------------------------------------


def _remove(
    ctx: typer.Context, table: str, number: str | None, yes: bool, goal_ref: str | None = None
):
    """Find the entry, show it, ask, then remove the same record (by uuid)."""
    from recovery_cli.journal import corrections as use
    from recovery_cli.views.corrections import preview_lines, subject, what

    def find(journal):
        if table == "positions":
            return use.find_position(journal, goal_ref, number)
        return use.find(journal, table, number)

    app_state = state(ctx)
    if yes:
        with app_state.journal(write=True) as journal:
            entry = find(journal)
            use.remove(journal, entry)
            after = _after(journal, entry)
    else:
        with app_state.journal() as journal:
            entry = find(journal)
            preview = preview_lines(journal, entry)
        if not prompts.interactive():
            raise InputError("fix.error.needs_yes", what=what(entry))
        for line in preview:
            out.say(line)
        if not prompts.confirm(t("fix.rm.question", what=what(entry))):
            out.say(t("fix.rm.kept", what=what(entry)))  # the person's choice: exit 0
            return
        with app_state.journal(write=True) as journal:
            use.remove(journal, entry)
            after = _after(journal, entry)
    out.done(t("fix.rm.done", what=subject(what(entry))))
    if after:
        out.say(after)


def _after(journal, entry) -> str | None:
    """After a position goes: where the goal stands now."""
    if entry.table != "positions":
        return None
    from recovery_cli.views import format as fmt

    goal = journal.goals_by_id.get(entry.goal.id, entry.goal)
    latest = journal.latest(goal)
    if latest is None:
        return t("fix.unlog.none_left", goal=goal.number)
    return t(
        "fix.unlog.now_at",
        goal=goal.number,
        position=latest.value,
        band=fmt.band_label(latest.value),
        when=fmt.when_text(latest.when, journal.now),
    )


def _register_rm(group: typer.Typer, table: str) -> None:
    @command(group, "rm", f"help.{table}.rm")
    def rm(
        ctx: typer.Context,
        number: Annotated[str, _number(table)],
        yes: Annotated[bool, _yes()] = False,
    ) -> None:
        _remove(ctx, table, number, yes)


# -- editing ----------------------------------------------------------------------------


def _edited(entry, changed: list[str], was: int | None = None) -> None:
    """Say what changed, by the number the person typed, and the new number if
    a note's new date moved it."""
    from dataclasses import replace

    from recovery_cli.views.corrections import new_fields, subject, what

    typed = entry if was is None else replace(entry, number=was)
    if not changed:
        out.say(t("fix.edit.unchanged", what=what(typed)))
        return
    out.done(t("fix.edit.done", what=subject(what(typed)), fields=new_fields(entry, changed)))
    if typed.number != entry.number:
        out.say(t("fix.edit.renumbered", what=what(entry)))


def _given(**values: object) -> dict[str, object]:
    from recovery_cli.journal.corrections import UNSET

    return {name: UNSET if value is None else value for name, value in values.items()}


def attach_resource(group: typer.Typer) -> None:
    """``recovery resource edit N`` and ``recovery resource rm N``."""

    @command(group, "edit", "help.resources.edit")
    def edit(
        ctx: typer.Context,
        number: Annotated[str, _number("resources")],
        text: Annotated[str | None, _opt("help.opt.fix_text", "--text")] = None,
        kind: Annotated[
            str | None,
            _opt("help.opt.fix_kind", "--kind", "-k", metavar=t("metavar.resource_kind")),
        ] = None,
        goal: Annotated[str | None, _goal_link()] = None,
    ) -> None:
        from recovery_cli.journal import corrections as use

        if text is None and kind is None and goal is None:
            raise InputError("fix.error.edit_nothing.resources")
        with state(ctx).journal(write=True) as journal:
            entry, changed = use.edit_resource(
                journal, number, **_given(text=text, kind=kind, goal=goal)
            )
        _edited(entry, changed)

    _register_rm(group, "resources")


def attach_support(group: typer.Typer) -> None:
    """``recovery support edit N`` and ``recovery support rm N``."""

    @command(group, "edit", "help.supports.edit")
    def edit(
        ctx: typer.Context,
        number: Annotated[str, _number("supports")],
        who: Annotated[str | None, _opt("help.opt.fix_who", "--who")] = None,
        kind: Annotated[
            str | None, _opt("help.opt.fix_kind", "--kind", "-k", metavar=t("metavar.support_kind"))
        ] = None,
        how: Annotated[str | None, _opt("help.opt.fix_how", "--how")] = None,
        goal: Annotated[str | None, _goal_link()] = None,
    ) -> None:
        from recovery_cli.journal import corrections as use

        if who is None and kind is None and how is None and goal is None:
            raise InputError("fix.error.edit_nothing.supports")
        with state(ctx).journal(write=True) as journal:
            entry, changed = use.edit_support(
                journal, number, **_given(who=who, kind=kind, how=how, goal=goal)
            )
        _edited(entry, changed)

    _register_rm(group, "supports")


def attach_note(group: typer.Typer) -> None:
    """``recovery note edit N`` and ``recovery note rm N``."""

    @command(group, "edit", "help.notes.edit")
    def edit(
        ctx: typer.Context,
        number: Annotated[str, _number("notes")],
        text: Annotated[
            str | None, _opt("help.opt.fix_note_text", "--text", metavar=t("metavar.text") + "|-")
        ] = None,
        goal: Annotated[str | None, _goal_link()] = None,
        date: Annotated[str | None, when_option("help.opt.fix_date", "--date", "-d")] = None,
    ) -> None:
        from recovery_cli.journal import corrections as use

        app_state = state(ctx)
        target: object = number
        if text == "-":
            from recovery_cli.cli.terminal import read_stdin

            text = read_stdin()
        elif text is None and goal is None and date is None:
            with app_state.journal() as journal:
                target = use.find(journal, "notes", number)
                sealed = journal.store.seal is not None
            text = _rewrite(target, sealed=sealed)
        with app_state.journal(write=True) as journal:
            was = use.parse_number(number)
            entry, changed = use.edit_note(
                journal,
                target,  # type: ignore[arg-type]
                **_given(text=text, goal=goal, when=date),
            )
        _edited(entry, changed, was)

    _register_rm(group, "notes")


def _rewrite(entry, *, sealed: bool) -> str:
    """The note's words, changed in the person's editor (like ``git commit --amend``)."""
    from recovery_cli.cli.terminal import edit_in_editor, editor_command
    from recovery_cli.storage.scratch import memory_folder
    from recovery_cli.views.notes import editor_template, strip_template

    command_line = editor_command()
    if command_line is None:
        raise InputError("fix.error.note_needs_text", number=entry.number)
    if sealed and memory_folder() is None:
        raise InputError("fix.error.note_no_memory", number=entry.number)
    template = editor_template(entry.record.prompt)
    body = strip_template(
        edit_in_editor(command_line, template + entry.record.text + "\n", memory_only=sealed),
        template,
    )
    if not body.strip():
        raise NotPossible("fix.error.note_emptied", number=entry.number)
    return body


def attach_checkin(group: typer.Typer) -> None:
    """``recovery checkin rm N``."""
    _register_rm(group, "checkins")


def register(app: typer.Typer) -> None:
    @command(app, "unlog", "help.unlog")
    def unlog(
        ctx: typer.Context,
        goal: Annotated[str, goal_argument()],
        number: Annotated[str | None, argument("help.arg.fix_number.positions", "N")] = None,
        yes: Annotated[bool, _yes()] = False,
    ) -> None:
        _remove(ctx, "positions", number, yes, goal_ref=goal)

"""``recovery goal ...``: add, list, show, edit, change status, remove."""

from typing import Annotated

import typer

from recovery_cli.cli.base import (
    all_option,
    argument,
    command,
    goal_argument,
    how_many,
    limit_option,
    sub_app,
    when_option,
)
from recovery_cli.cli.base import option as _opt
from recovery_cli.cli.prompts import confirm, interactive
from recovery_cli.cli.state import paged, state
from recovery_cli.domain.chime import parse_domain
from recovery_cli.domain.choices import parse_status
from recovery_cli.domain.errors import InputError
from recovery_cli.i18n import t, tn
from recovery_cli.journal import goals as use
from recovery_cli.views import format as fmt
from recovery_cli.views import out


def register(app: typer.Typer) -> None:
    goal = sub_app("help.goal")
    app.add_typer(goal, name="goal")

    @command(goal, "add", "help.goal.add")
    def add(
        ctx: typer.Context,
        title: Annotated[str, argument("help.arg.title", t("metavar.title"))],
        chime: Annotated[
            str | None, _opt("help.opt.chime", "--chime", "-c", metavar=t("metavar.domains"))
        ] = None,
        position: Annotated[
            str | None, _opt("help.opt.position", "--position", "-p", metavar="1-8")
        ] = None,
        vision: Annotated[str | None, _opt("help.opt.vision", "--vision")] = None,
        horizon: Annotated[
            str | None, _opt("help.opt.horizon", "--horizon", metavar=t("metavar.horizon"))
        ] = None,
        change: Annotated[str | None, _opt("help.opt.change", "--change")] = None,
        together: Annotated[str | None, _opt("help.opt.together", "--together")] = None,
        parent: Annotated[
            str | None, _opt("help.opt.parent", "--parent", metavar=t("metavar.goal"))
        ] = None,
        note: Annotated[str | None, _opt("help.opt.note", "--note", "-n")] = None,
        date: Annotated[str | None, when_option("help.opt.goal_date", "--date", "-d")] = None,
    ) -> None:
        draft = use.GoalDraft(
            title=title,
            chime=chime,
            position=position,
            vision=vision,
            horizon=horizon,
            change=change,
            collaboration=together,
            parent=parent,
            note=note,
            when=date,
        )
        with state(ctx).journal(write=True) as journal:
            twin = use.same_title(journal, title)
            new, first = use.add_goal(journal, draft)
            now = journal.now
        out.done(t("goal.added", number=new.number, title=new.title))
        when = fmt.when_text(new.created, now) if date else None
        if first is not None:
            key = "goal.added_position_when" if when else "goal.added_position"
            out.say(t(key, position=first.value, band=fmt.band_label(first.value), when=when))
        else:
            if when:
                out.say(t("goal.added_when", when=when))
            out.say(t("goal.added_hint", number=new.number))
        if twin is not None:
            out.say(t("goal.added_same_title", number=twin.number, new=new.number))

    @command(goal, "list", "help.goal.list")
    def list_(
        ctx: typer.Context,
        all_: Annotated[bool, typer.Option("--all", "-a", help=t("help.opt.all"))] = False,
        chime: Annotated[
            str | None, _opt("help.opt.chime_filter", "--chime", metavar=t("metavar.domain"))
        ] = None,
        status: Annotated[str | None, _opt("help.opt.status", "--status", metavar="STATUS")] = None,
        as_json: Annotated[bool, typer.Option("--json", help=t("help.opt.json"))] = False,
    ) -> None:
        domain = parse_domain(chime) if chime else None
        wanted = parse_status(status) if status else None
        with state(ctx).journal() as journal:
            goals = [
                g
                for g in journal.goals
                if (all_ or g.status == (wanted or "active"))
                and (wanted is None or g.status == wanted)
                and (domain is None or domain in g.chime)
            ]
            if as_json:
                from recovery_cli.views.jsonout import dumps, goal_json

                out.raw(dumps([goal_json(journal, g) for g in goals]))
                return
            if not goals:
                out.say(_nothing_listed(bool(journal.goals), all_, wanted, domain))
                return
            from recovery_cli.views.console import make_console
            from recovery_cli.views.goals import goal_table

            make_console().print(goal_table(journal, goals, show_status=all_ or bool(wanted)))

    @command(goal, "show", "help.goal.show")
    def show(
        ctx: typer.Context,
        ref: Annotated[str, goal_argument()],
        as_json: Annotated[bool, typer.Option("--json", help=t("help.opt.json"))] = False,
        limit: Annotated[int | None, limit_option()] = None,
        every: Annotated[bool, all_option()] = False,
    ) -> None:
        from recovery_cli.views.goals import HISTORY_ROWS

        rows = how_many(limit, every, None if as_json else HISTORY_ROWS)
        with state(ctx).journal() as journal:
            found = journal.goal(ref)
            if as_json:
                from recovery_cli.views.jsonout import dumps, goal_page_json

                page = goal_page_json(journal, found)
                if rows is not None:  # the newest ``rows`` positions (history is oldest first)
                    page["history"] = page["history"][-rows:]
                out.raw(dumps(page))
                return
            from recovery_cli.views.console import make_console
            from recovery_cli.views.goals import goal_page

            with paged(ctx):
                console = make_console()
                console.print(goal_page(journal, found, width=console.width, history_rows=rows))

    @command(goal, "edit", "help.goal.edit")
    def edit(
        ctx: typer.Context,
        ref: Annotated[str, goal_argument()],
        title: Annotated[str | None, _opt("help.opt.title", "--title")] = None,
        chime: Annotated[
            str | None, _opt("help.opt.chime", "--chime", "-c", metavar=t("metavar.domains"))
        ] = None,
        vision: Annotated[str | None, _opt("help.opt.vision_edit", "--vision")] = None,
        horizon: Annotated[
            str | None, _opt("help.opt.horizon_edit", "--horizon", metavar=t("metavar.horizon"))
        ] = None,
        change: Annotated[str | None, _opt("help.opt.change_edit", "--change")] = None,
        together: Annotated[str | None, _opt("help.opt.together_edit", "--together")] = None,
        parent: Annotated[
            str | None, _opt("help.opt.parent_edit", "--parent", metavar=t("metavar.goal"))
        ] = None,
    ) -> None:
        given = {
            "title": title,
            "chime": chime,
            "vision": vision,
            "horizon": horizon,
            "change": change,
            "collaboration": together,
            "parent": parent,
        }
        if all(value is None for value in given.values()):
            raise InputError("error.edit.nothing")
        if title is not None and not title.strip():
            raise InputError("error.text.empty", field="title")
        changes = {k: (use.UNSET if v is None else v) for k, v in given.items()}
        with state(ctx).journal(write=True) as journal:
            edited, changed = use.edit_goal(journal, ref, **changes)
        if changed:
            fields = ", ".join(t(f"field.{name}") for name in changed)
            out.done(t("goal.edited", number=edited.number, fields=fields))
        else:
            out.say(t("goal.unchanged", number=edited.number))

    for name, status_key in (
        ("pause", "paused"),
        ("resume", "active"),
        ("reach", "reached"),
        ("let-go", "let_go"),
    ):
        _register_status(goal, name, status_key)

    @command(goal, "rm", "help.goal.rm")
    def rm(
        ctx: typer.Context,
        ref: Annotated[str, goal_argument()],
        yes: Annotated[bool, typer.Option("--yes", "-y", help=t("help.opt.yes"))] = False,
    ) -> None:
        app_state = state(ctx)
        if not yes:
            with app_state.journal() as journal:
                plan = use.plan_removal(journal, ref)
            if not interactive():
                raise InputError("error.rm.needs_yes", number=plan.goal.number)
            question = t(
                "goal.rm_question" if plan.positions else "goal.rm_question_alone",
                number=plan.goal.number,
                title=plan.goal.title,
                positions=tn("count.positions", plan.positions),
            )
            for line in _what_stays(plan):
                out.say(line)
            if not confirm(question):  # the person's choice: said, and done (exit 0)
                out.say(t("goal.rm_kept", number=plan.goal.number))
                return
            ref = f"#{plan.goal.number}"
        with app_state.journal(write=True) as journal:
            plan = use.plan_removal(journal, ref)
            use.remove_goal(journal, plan)
        out.done(
            t(
                "goal.removed" if plan.positions else "goal.removed_alone",
                number=plan.goal.number,
                positions=tn("count.positions", plan.positions),
            )
        )
        if plan.unlinked:
            out.say(tn("goal.kept_linked", plan.unlinked))
        if plan.children:
            out.say(tn("goal.kept_steps", plan.children))


def _nothing_listed(any_goals: bool, all_: bool, status: str | None, domain: str | None) -> str:
    """Why the list is empty, naming what was asked for; --all is offered only
    when it would show more (not when a status was asked for, or --all given)."""
    if not any_goals:
        return t("list.empty_all")
    if status is not None:
        label = fmt.status_label(status)
        if domain is not None:
            return t("list.empty_status_domain", status=label, domain=fmt.domain_name(domain))
        return t("list.empty_status", status=label)
    if all_ and domain is not None:
        return t("list.empty_domain", domain=fmt.domain_name(domain))
    return t("list.empty_filter")


def _what_stays(plan) -> list[str]:
    """Before a goal is deleted: what is kept (steps, linked entries), and the
    gentler choice of letting it go, which keeps its history."""
    lines = []
    named = {"number": plan.goal.number, "title": plan.goal.title}
    if plan.children:
        lines.append(tn("goal.rm_keeps_steps", plan.children, **named))
    if plan.unlinked:
        lines.append(tn("goal.rm_keeps_linked", plan.unlinked, **named))
    if plan.goal.status != "let_go":
        lines.append(t("goal.rm_let_go_instead", number=plan.goal.number))
    return lines


def _register_status(group: typer.Typer, name: str, status: str) -> None:
    @command(group, name, f"help.goal.{status}")
    def change_status(ctx: typer.Context, ref: Annotated[str, goal_argument()]) -> None:
        journey: list[str] = []
        with state(ctx).journal(write=True) as journal:
            goal, changed = use.set_status(journal, ref, status)
            if changed and status in ("reached", "let_go"):
                journey = _journey(journal, goal, status)
        key = f"goal.status.{status}" if changed else f"goal.status_already.{status}"
        (out.done if changed else out.say)(t(key, number=goal.number, title=goal.title))
        for line in journey:
            out.say(line)


def _journey(journal, goal, status: str) -> list[str]:
    """A few lines about the way a reached goal came (or a respectful one when it
    is let go), from its story."""
    from recovery_cli.journal.story import Story
    from recovery_cli.views.story import journey_lines, let_go_lines

    story = Story.of(journal, goal, linked=status == "reached")
    return (journey_lines if status == "reached" else let_go_lines)(story, journal.now)

"""``recovery guide [GOAL]``: the conversation, at the terminal."""

from typing import Annotated

import typer

from recovery_cli.cli import prompts
from recovery_cli.cli.base import command, goal_argument
from recovery_cli.cli.state import state
from recovery_cli.domain.errors import InputError
from recovery_cli.i18n import t, tn
from recovery_cli.views import format as fmt
from recovery_cli.views import out


def register(app: typer.Typer) -> None:
    @command(app, "guide", "help.guide")
    def guide(
        ctx: typer.Context,
        ref: Annotated[str | None, goal_argument("help.guide.arg")] = None,
    ) -> None:
        if not prompts.interactive():
            if ref is None:
                raise InputError("error.guide.needs_terminal")
            with state(ctx).journal() as journal:  # an unknown goal is said as everywhere
                number = journal.goal(ref).number
                raise InputError("error.guide.followup_needs_terminal", number=number)
        if ref is None:
            _new_goal(ctx)
        else:
            _follow_up(ctx, ref)


def _new_goal(ctx: typer.Context) -> None:
    from recovery_cli.journal.conversation import save_guide
    from recovery_cli.talk.guide import confirm_guide, new_goal_conversation

    app_state = state(ctx)
    with app_state.journal() as journal:  # a damaged journal stops us before any question
        now = journal.now
    plan = _talk_through(lambda talk: new_goal_conversation(talk, now), confirm_guide)
    if plan is None:
        return
    with app_state.journal(write=True) as journal:
        saved = save_guide(journal, plan)
    if saved.goal is not None:
        out.done(t("goal.added", number=saved.goal.number, title=saved.goal.title))
        if saved.position is not None:
            out.say(
                t(
                    "goal.added_position",
                    position=saved.position.value,
                    band=fmt.band_label(saved.position.value),
                )
            )
    kept = _kept(
        notes=len(saved.notes), resources=len(saved.resources), supports=len(saved.supports)
    )
    if kept:
        (out.say if saved.goal else out.done)(t("talk.saved.kept", items=kept))
    if saved.goal is not None:
        out.say(t("talk.guide.next_time", number=saved.goal.number))


def _talk_through(converse, confirm):
    """Hold the conversation at the terminal; the plan to save, or None when
    there is nothing to save or the person chose not to (said in one line)."""
    from recovery_cli.cli.terminal import end_line_on_stop, terminal_talk

    talk = terminal_talk()
    with end_line_on_stop():
        plan = converse(talk)
        if plan.is_empty():
            out.say(t("talk.nothing_to_save"))
            return None
        if not confirm(talk, plan):
            out.say(t("talk.not_saved"))
            return None
    return plan


def _follow_up(ctx: typer.Context, ref: str) -> None:
    from recovery_cli.journal.conversation import save_followup
    from recovery_cli.talk.followup import confirm_followup, followup_conversation

    app_state = state(ctx)
    with app_state.journal() as journal:
        goal = journal.goal(ref)
        before = journal.latest(goal)
        now = journal.now
    plan = _talk_through(
        lambda talk: followup_conversation(talk, goal, before, now), confirm_followup
    )
    if plan is None:
        return
    with app_state.journal(write=True) as journal:
        saved = save_followup(journal, plan)
    if saved.position is not None:
        out.done(
            t(
                "log.logged",
                number=goal.number,
                title=goal.title,
                position=saved.position.value,
                band=fmt.band_label(saved.position.value),
                when=fmt.when_text(saved.position.when, now),
            )
        )
    if saved.notes:
        (out.say if saved.position else out.done)(
            t("talk.saved.kept", items=_kept(notes=len(saved.notes)))
        )


def _kept(*, notes: int = 0, resources: int = 0, supports: int = 0) -> str:
    parts = [
        tn(f"talk.count.{name}", count)
        for name, count in (("notes", notes), ("resources", resources), ("supports", supports))
        if count
    ]
    return ", ".join(parts)

"""The follow-up conversation about one goal: where it was, where it is now,
what helped, what got in the way, and the next step. After a step back it
asks what got in the way first, and then, gently, whether anything helped
even so: a step back is part of the way, not a failure to explain."""

from __future__ import annotations

from datetime import datetime

from recovery_cli.domain.records import Goal, Position
from recovery_cli.i18n import t
from recovery_cli.journal.conversation import NEXT_STEP_PROMPT, FollowUpPlan
from recovery_cli.talk.guide import ask_position, confirm_plan, show_continuum
from recovery_cli.talk.io import Talk, ask_text
from recovery_cli.views import format as fmt
from recovery_cli.views.talk import followup_summary


def _where_it_was(talk: Talk, goal: Goal, before: Position | None, now: datetime) -> None:
    talk.say(t("talk.followup.heading", number=goal.number, title=goal.title))
    if goal.status != "active":
        talk.say(t("talk.followup.status", status=fmt.status_label(goal.status)))
    if before is None:
        talk.say(t("talk.followup.no_position"))
    else:
        talk.say(
            t(
                "talk.followup.last",
                when=fmt.when_text(before.when, now),
                position=before.value,
                band=fmt.band_label(before.value),
            )
        )
        show_continuum(talk, before.value)
    if goal.vision:
        talk.say(f"{t('label.vision')}: {goal.vision}")
    if goal.change:
        talk.say(f"{t('label.change')}: {goal.change}")


def _in_the_way(talk: Talk) -> str | None:
    return ask_text(talk, t("talk.followup.in_the_way"), "note", help=t("talk.help.got_in_the_way"))


def followup_conversation(
    talk: Talk,
    goal: Goal,
    before: Position | None,
    now: datetime,
) -> FollowUpPlan:
    """Ask about one goal again; returns the answers (nothing is saved)."""
    talk.say(t("talk.followup.intro"))
    talk.say("")
    _where_it_was(talk, goal, before, now)
    plan = FollowUpPlan(goal=goal, before=before)
    plan.position = ask_position(
        talk, t("talk.followup.position"), before.value if before else None
    )
    if plan.step_back:  # what got in the way first; what helped after, as a gentler second
        plan.in_the_way = _in_the_way(talk)
        plan.helped = ask_text(
            talk, t("talk.followup.helped_anyway"), "helped", help=t("talk.help.helped_anyway")
        )
    else:
        plan.helped = ask_text(
            talk, t("talk.followup.helped"), "helped", help=t("talk.help.helped")
        )
        plan.in_the_way = _in_the_way(talk)
    plan.next_step = ask_text(
        talk, t(f"reflect.{NEXT_STEP_PROMPT}"), "text", help=t("talk.help.next_step")
    )
    return plan


def confirm_followup(talk: Talk, plan: FollowUpPlan) -> bool:
    return confirm_plan(talk, followup_summary(plan))

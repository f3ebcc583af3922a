"""The guided conversation for a new goal (DESIGN.md section 1).

What matters, what gets in the way, the goal in the person's own words, the
CHIME domains it touches (offered as everyday questions), where they are now
on the 1-8 continuum, what it will look like and when, what needs to change,
resources, supports and how each helps, and how we work together. Every
question can be skipped with Enter. Skipping the goal itself keeps the
conversation going: reflections, resources and supports are still worth
keeping.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from recovery_cli.domain.chime import DOMAINS, parse_domains
from recovery_cli.domain.choices import parse_resource_kind, parse_support_kind
from recovery_cli.domain.continuum import parse_position
from recovery_cli.domain.errors import InputError
from recovery_cli.domain.records import RESOURCE_KINDS, SUPPORT_KINDS
from recovery_cli.domain.text import NAME_MAX, TITLE_MAX
from recovery_cli.domain.when import parse_horizon
from recovery_cli.i18n import t
from recovery_cli.journal.conversation import (
    GuidePlan,
    ResourceAnswer,
    SupportAnswer,
)
from recovery_cli.journal.goals import GoalDraft
from recovery_cli.talk import questions as q
from recovery_cli.talk.io import Talk, ask_text, ask_value, ask_yes, numbered, pick
from recovery_cli.views import format as fmt
from recovery_cli.views.continuum import continuum_lines
from recovery_cli.views.talk import guide_summary


def asked(question: str, how: str) -> str:
    """A question of the conversation and, after it, how to answer it."""
    return f"{t(question)} {t(how)}"


def show_continuum(talk: Talk, mark: int | None = None) -> None:
    for line in continuum_lines(mark):
        talk.say(line)


def _continuum_help(talk: Talk, mark: int | None) -> None:
    show_continuum(talk, mark)
    talk.say(t("talk.help.continuum"))


def ask_position(talk: Talk, question: str, mark: int | None = None) -> int | None:
    """1-8, with ``?`` drawing the continuum, its bands, and how goals get
    concrete along it."""
    return ask_value(
        talk, question, parse_position, extra={"?": lambda: _continuum_help(talk, mark)}
    )


def _parse_chime(answer: str) -> str:
    keys = parse_domains(answer)
    if not keys:
        raise InputError("error.chime.unknown", value=answer)
    return ",".join(keys)


def chime_help() -> str:
    """What each CHIME domain is about, for ``?`` at a question about them."""
    lines = [t("talk.help.chime")]
    lines += [
        f"  {fmt.domain_letter(key).lower()}  {fmt.domain_name(key)}: {t(f'chime.{key}.about')}"
        for key in DOMAINS
    ]
    return "\n".join(lines)


def _ask_chime(talk: Talk) -> str | None:
    talk.say(asked(q.CHIME, "talk.guide.chime_intro"))
    for key in DOMAINS:
        letter = fmt.domain_letter(key).lower()
        talk.say(f"  {letter}  {t('talk.chime_question.' + key)} – {fmt.domain_name(key)}")
    return ask_value(talk, t("talk.guide.chime_ask"), _parse_chime, help=chime_help())


def _ask_goal(talk: Talk, now: datetime) -> GoalDraft | None:
    title = ask_text(
        talk, asked(q.GOAL, "talk.guide.goal"), "title", TITLE_MAX, help=t("talk.help.goal")
    )
    if title is None:
        talk.say(t("talk.guide.no_goal"))
        return None
    chime = _ask_chime(talk)
    position = ask_position(talk, asked(q.POSITION, "talk.guide.position"))
    vision = ask_text(talk, t(q.VISION), "vision", help=t("talk.help.vision"))
    horizon = ask_value(
        talk,
        asked(q.HORIZON, "talk.guide.horizon"),
        lambda text: parse_horizon(text, now),
        help=t("talk.help.horizon"),
    )
    change = ask_text(talk, t(q.CHANGE), "change", help=t("talk.help.change"))
    return GoalDraft(
        title=title,
        chime=chime,
        position=str(position) if position is not None else None,
        vision=vision,
        horizon=horizon,
        change=change,
    )


def _ask_resources(talk: Talk) -> list[ResourceAnswer]:
    talk.say(asked(q.RESOURCES, "talk.guide.resources_intro"))
    answers: list[ResourceAnswer] = []
    kinds = numbered(RESOURCE_KINDS, lambda key: t(f"kind.{key}"))
    while True:
        question = t("talk.guide.resource_more" if answers else "talk.guide.resource")
        text = ask_text(talk, question, "text", help=t("talk.help.resource"))
        if text is None:
            return answers
        kind = ask_value(
            talk,
            t("talk.guide.resource_kind", kinds=kinds),
            pick(RESOURCE_KINDS, parse_resource_kind),
            enter=t("kind.resource"),
            help=t("talk.help.resource"),
        )
        answers.append(ResourceAnswer(text, kind or "resource"))


def _ask_supports(talk: Talk) -> list[SupportAnswer]:
    talk.say(asked(q.SUPPORTS, "talk.guide.supports_intro"))
    answers: list[SupportAnswer] = []
    kinds = numbered(SUPPORT_KINDS, lambda key: t(f"kind.{key}"))
    while True:
        question = t("talk.guide.support_more" if answers else "talk.guide.support")
        who = ask_text(talk, question, "who", NAME_MAX, help=t("talk.help.support"))
        if who is None:
            return answers
        how = ask_text(
            talk, t("talk.guide.support_how", who=who), "how", help=t("talk.help.support_how")
        )
        kind = ask_value(
            talk,
            t("talk.guide.support_kind", who=who, kinds=kinds),
            pick(SUPPORT_KINDS, parse_support_kind),
            enter=t("kind.other"),
            help=t("talk.help.support_kind"),
        )
        answers.append(SupportAnswer(who, kind or "other", how))


def new_goal_conversation(talk: Talk, now: datetime) -> GuidePlan:
    """Ask the questions of a new goal; returns the answers (nothing is saved)."""
    talk.say(t("talk.guide.intro"))
    talk.say("")
    plan = GuidePlan()
    plan.matters = ask_text(talk, t(q.MATTERS), "text", help=t("talk.help.matters"))
    plan.in_the_way = ask_text(talk, t(q.IN_THE_WAY), "text", help=t("talk.help.in_the_way"))
    plan.goal = _ask_goal(talk, now)
    plan.resources = _ask_resources(talk)
    plan.supports = _ask_supports(talk)
    if plan.goal is not None:
        together = ask_text(talk, t(q.TOGETHER), "collaboration", help=t("talk.help.together"))
        if together:
            plan.goal = replace(plan.goal, collaboration=together)
    return plan


def confirm_plan(talk: Talk, lines: list[str]) -> bool:
    """Show the summary and ask before anything is saved (Enter means yes)."""
    talk.say("")
    for line in lines:
        talk.say(line)
    talk.say("")
    return ask_yes(talk, t("talk.save_question"), default=True)


def confirm_guide(talk: Talk, plan: GuidePlan) -> bool:
    return confirm_plan(talk, guide_summary(plan))

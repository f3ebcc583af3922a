"""Plain lines for the guided conversation: summaries before saving, results after."""

from __future__ import annotations

from recovery_cli.i18n import t
from recovery_cli.journal.conversation import FollowUpPlan, GuidePlan
from recovery_cli.views import format as fmt

INDENT = "  "


def _field(lines: list[str], label: str, value: str | None) -> None:
    if value:
        lines.append(f"{INDENT}{label}: {value}")


def guide_summary(plan: GuidePlan) -> list[str]:
    """Everything the person answered, in the order it was asked."""
    lines = [t("talk.summary.heading")]
    _field(lines, t("talk.label.matters"), plan.matters)
    _field(lines, t("talk.label.in_the_way"), plan.in_the_way)
    draft = plan.goal
    if draft is not None:
        _field(lines, t("talk.label.goal"), draft.title)
        if draft.chime:
            _field(lines, t("label.chime"), fmt.domains_text(draft.chime.split(",")))
        if draft.position:
            value = int(draft.position)
            _field(lines, t("label.position"), f"{value} ({fmt.band_label(value)})")
        _field(lines, t("label.vision"), draft.vision)
        _field(lines, t("label.horizon"), fmt.horizon_text(draft.horizon))
        _field(lines, t("label.change"), draft.change)
    if plan.resources:
        lines.append(f"{INDENT}{t('heading.resources')}:")
        for resource in plan.resources:
            lines.append(f"{INDENT * 2}• {resource.text} ({t('kind.' + resource.kind)})")
    if plan.supports:
        lines.append(f"{INDENT}{t('heading.supports')}:")
        for support in plan.supports:
            how = f" — {support.how}" if support.how else ""
            lines.append(f"{INDENT * 2}• {support.who}{how} ({t('kind.' + support.kind)})")
    if draft is not None:
        _field(lines, t("label.collaboration"), draft.collaboration)
    return lines


def followup_summary(plan: FollowUpPlan) -> list[str]:
    lines = [t("talk.summary.heading")]
    goal = plan.goal
    if plan.position is not None:
        before = plan.before.value if plan.before else None
        lines.append(
            INDENT
            + t(
                "talk.followup.moved",
                number=goal.number,
                title=goal.title,
                position=plan.position,
                move=fmt.movement_text(before, plan.position),
                band=fmt.band_label(plan.position),
            )
        )
    said = [
        (t("talk.label.helped"), plan.helped),
        (t("talk.label.got_in_the_way"), plan.in_the_way),
    ]
    for label, text in reversed(said) if plan.step_back else said:  # in the order asked
        _field(lines, label, text)
    _field(lines, t("talk.label.next_step"), plan.next_step)
    return lines

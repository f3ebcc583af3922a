"""What ``recovery look-back`` shows: how far the person has come, in words and
a small panel for each goal that moved. Renders into any console width."""

from __future__ import annotations

from datetime import datetime

from rich.console import Group, RenderableType
from rich.text import Text

from recovery_cli.i18n import t, tn
from recovery_cli.journal.lookback import LookBack, Then
from recovery_cli.views import format as fmt
from recovery_cli.views.story import goal_name, story_sentence


def heading(found: LookBack) -> str:
    day = fmt.day_text(found.since)
    if found.from_start:
        return t("lookback.heading.start", day=day)
    if found.months:
        return tn("lookback.heading.months", found.months, day=day)
    return t("lookback.heading.day", day=day)


def goal_line(then: Then) -> str:
    name = goal_name(then.story.goal)
    if then.then is None:  # its first position came in this time
        if not then.moved:
            key = "lookback.goal.began_held"
        elif then.first.value == then.now.value:  # moved, and back where it began
            key = "lookback.goal.began_again"
        else:
            key = "lookback.goal.began"
        return t(key, goal=name, first=then.first.value, now=then.now.value)
    if then.then.value == then.now.value:
        key = "lookback.goal.back_again" if then.moved else "lookback.goal.held"
        return t(key, goal=name, now=then.now.value)
    return t("lookback.goal.moved", goal=name, then=then.then.value, now=then.now.value)


def lines(found: LookBack) -> list[str]:
    """The look back in sentences (what the screen shows above the panels)."""
    said = [heading(found)]
    said += [goal_line(then) for then in found.goals]
    names = ", ".join
    if found.reached:
        said.append(t("lookback.reached", goals=names(goal_name(g) for g in found.reached)))
    if found.let_go:
        said.append(t("lookback.let_go", goals=names(goal_name(g) for g in found.let_go)))
    if found.resources:
        said.append(t("lookback.resources", names=names(r.text for r in found.resources)))
    if found.supports:
        said.append(t("lookback.supports", names=names(s.who for s in found.supports)))
    if found.reflections:
        said.append(tn("lookback.reflections", found.reflections))
    if found.empty:
        said.append(t("lookback.empty"))
    return said


def panels_text(found: LookBack, now: datetime, *, width: int, colour: bool) -> str:
    """A compact panel for each goal that moved, over the look back's time."""
    moved = [then.story for then in found.goals if then.moved]
    if not moved:
        return ""
    from recovery_cli.charts import panel as pn
    from recovery_cli.charts.palette import colour as palette
    from recovery_cli.charts.palette import marker
    from recovery_cli.charts.stack import render

    start = datetime.combine(found.since, datetime.min.time(), tzinfo=now.tzinfo)
    made = [
        pn.Panel(
            f"#{story.goal.number} {story.goal.title}",
            story.marks,
            story_sentence(story, now, start=start),
            pn.continuum(),
            palette(index),
            marker(index),
        )
        for index, story in enumerate(moved)
    ]
    return render(made, width=width, lines=0, colour=colour, start=start, end=now)


def lookback_view(
    found: LookBack, now: datetime, *, width: int, colour: bool = True
) -> RenderableType:
    """The whole screen: the sentences, then the panels."""
    sentences = [Text(line) for line in lines(found)]
    sentences[0].stylize("bold")
    parts: list[RenderableType] = [*sentences]
    chart = panels_text(found, now, width=width, colour=colour)
    if chart:
        parts += [Text(""), Text.from_ansi(chart, no_wrap=True, overflow="crop")]
    return Group(*parts)

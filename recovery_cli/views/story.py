"""A goal's story in words: the sentence under a chart panel, a move, the journey.

Plain text from the catalog (no rich), so the chart, ``helped``, ``goal
reach``, ``look-back`` and the report say the same things the same way. The
person's words are quoted as written; nothing is added to them.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from recovery_cli.charts.series import Point, as_datetime, clip
from recovery_cli.i18n import t
from recovery_cli.views import format as fmt

if TYPE_CHECKING:
    from recovery_cli.journal.story import Move, Story


def number(value: float, decimals: int | None = None) -> str:
    """``4``, or ``3.5`` (``3,5`` in Danish) for a mean of positions; with
    ``decimals``, a measure's score as its results show it (``41.67``)."""
    if decimals is not None:
        return fmt.decimal(value, decimals)
    if float(value).is_integer():
        return str(int(value))
    return fmt.decimal(value)


def day(moment: datetime | str | date, now: datetime) -> str:
    """``7 Jun`` this year, ``7 Jun 2025`` another year (Danish ``7. jun.``)."""
    if isinstance(moment, str):
        moment = fmt.local(moment)
    found = moment.astimezone(now.tzinfo).date() if isinstance(moment, datetime) else moment
    if found.year == now.year:
        return t("chart.tick.day", day=found.day, month=t(f"month.{found.month}"))
    return fmt.day_text(found)


def quoted(text: str) -> str:
    """The person's words, quoted as their language quotes (“…” / »…«)."""
    return t("story.quote", text=" ".join(text.split()))


def sentence(
    points: Sequence[Point],
    now: datetime,
    *,
    start: datetime | None = None,
    end: datetime | None = None,
    decimals: int | None = None,
) -> str:
    """The movement of a step line in words: ``From 2 on 7 Jun to 6 today;
    highest 6.``, or ``At 4 since 7 Jun.`` when it never moved. With a range,
    the line as it is between ``start`` and ``end``; ``decimals`` as
    :func:`number` takes them (a measure's)."""

    def written(value: float) -> str:
        return number(value, decimals)

    end = end or now
    shown = clip(points, start, end)
    if not shown:
        return t("story.sentence.none")
    first, last = shown[0], shown[-1]
    since = day(as_datetime(first[0]), now)
    values = [value for _, value in shown]
    if min(values) == max(values):
        held = _held_since(points, end, last[1])  # not where a range happens to begin
        return t("story.sentence.held", value=written(last[1]), since=day(held, now))
    latest = as_datetime(last[0]).astimezone(now.tzinfo).date()
    when = (
        t("story.when.today") if latest == now.date() else t("story.when.day", day=day(latest, now))
    )
    if first[1] == last[1]:  # back where it began: not "from 3 to 3"
        return t(
            "story.sentence.again",
            value=written(last[1]),
            since=since,
            when=when,
            lowest=written(min(values)),
            highest=written(max(values)),
        )
    return t(
        "story.sentence.moved",
        first=written(first[1]),
        since=since,
        last=written(last[1]),
        when=when,
        highest=written(max(values)),
    )


def _held_since(points: Sequence[Point], end: datetime, value: float) -> datetime:
    """When the line came to ``value`` and stayed there until ``end``."""
    since = None
    for moment, held in points:
        when = as_datetime(moment)
        if when > end:
            break
        if held != value:
            since = None
        elif since is None:
            since = when
    assert since is not None, "the line ends at the value"
    return since


def story_sentence(
    story: Story, now: datetime, *, start: datetime | None = None, end: datetime | None = None
) -> str:
    """The sentence under a goal's panel (the person's own positions)."""
    return sentence(story.marks, now, start=start, end=end)


def move_text(move: Move, now: datetime) -> str:
    """``from 3 to 4 on 25 Aug`` (or ``at 4 on 25 Aug`` for a position held)."""
    when = day(move.when, now)
    if move.before == move.after:
        return t("story.move.held", value=move.after, day=when)
    return t("story.move.from_to", before=move.before, after=move.after, day=when)


def journey_lines(story: Story, now: datetime) -> list[str]:
    """A few warm lines about the way a reached goal came: where it started and
    when, the highest point, how many positions, what and who was linked to it,
    and the latest thing that helped, in the person's words."""
    lines: list[str] = []
    first, highest = story.first, story.highest
    if first is not None and highest is not None:
        lines.append(t("story.journey.began", value=first.value, day=day(first.when, now)))
        if story.count > 1:
            lines.append(
                t(
                    "story.journey.highest",
                    value=highest.value,
                    day=day(highest.when, now),
                    count=story.count,
                )
            )
    names = [s.who for s in story.supports] + [r.text for r in story.resources]
    if names:
        lines.append(t("story.journey.with", names="; ".join(names)))
    helped = story.latest_helped
    if helped is not None and helped.helped:
        lines.append(t("story.journey.helped", words=quoted(helped.helped)))
    lines.append(t("story.journey.close"))
    return lines


def let_go_lines(story: Story, now: datetime) -> list[str]:
    """A respectful line when a goal is let go: the way it came, with no blame
    (where it stayed, when it never moved; back where it began, when it was)."""
    lines = []
    first, latest = story.first, story.latest
    if first is not None and latest is not None and story.count > 1:
        since = day(first.when, now)
        low, high = min(story.values), max(story.values)
        if low == high:
            lines.append(t("story.let_go.held", value=first.value, since=since))
        elif first.value == latest.value:
            lines.append(
                t("story.let_go.again", value=first.value, since=since, low=low, high=high)
            )
        else:
            lines.append(t("story.let_go.way", first=first.value, since=since, last=latest.value))
    lines.append(t("story.let_go.close"))
    return lines


def goal_name(goal) -> str:
    """``#3 “Find work I like”``: a goal named in the middle of a sentence."""
    return t("story.goal", number=goal.number, title=goal.title)

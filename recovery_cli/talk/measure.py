"""Taking a measure in conversation: one item at a time, the scale with its
labels, Enter skips, ``?`` shows the scale again; then a summary to confirm.

The same flow asks the built-in check-in (see :mod:`recovery_cli.talk.checkin`).
Nothing here saves: the caller writes once, after the person said yes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from recovery_cli.domain.measures import (
    Definition,
    answered,
    in_language,
    parse_answer,
    score,
)
from recovery_cli.domain.reflections import CHECKIN
from recovery_cli.domain.text import shorten
from recovery_cli.i18n import get_language, t, tn
from recovery_cli.talk.io import Talk, ask_text, ask_value, ask_yes
from recovery_cli.views import format as fmt

FULL_SCALE = 11  # a longer scale is shown by its ends
SKIP = "-"  # skips an item, as in --answers (Enter does too)


@dataclass
class Taken:
    """The answers given (None: skipped) and an optional note; nothing saved yet."""

    answers: dict[str, int | None] = field(default_factory=dict)
    note: str | None = None

    def is_empty(self) -> bool:
        return not answered(self.answers)


def scale_text(definition: Definition) -> str:
    """``0 not at all · 1 a little · …``; a long scale by its two ends."""
    scale, language = definition.scale, get_language()
    points = scale.points
    if len(points) > FULL_SCALE:
        return t(
            "measure.scale.ends",
            low=scale.low,
            high=scale.high,
            low_label=scale.label(scale.low, language),
            high_label=scale.label(scale.high, language),
        )
    return " · ".join(f"{value} {scale.label(value, language)}" for value in points)


def item_text(definition: Definition, index: int) -> str:
    return in_language(definition.items[index].text, get_language())


def item_help(definition: Definition, chime: str | None) -> str:
    """What ``?`` says at a measure's item: how to answer, skip and stop, what
    a skip does to the score, and what a CHIME item's domain is about."""
    scale, language = definition.scale, get_language()
    said = [
        t(
            "measure.take.help",
            low=scale.low,
            high=scale.high,
            low_label=scale.label(scale.low, language),
            high_label=scale.label(scale.high, language),
        )
    ]
    if definition.scored:
        most = definition.scoring.max_skipped
        said.append(
            tn("measure.take.help_skips", most) if most else t("measure.take.help_no_skips")
        )
    if chime:
        said.append(
            t(
                "measure.take.help_domain",
                domain=fmt.domain_name(chime),
                about=t(f"chime.{chime}.about"),
            )
        )
    return " ".join(said)


def _question(definition: Definition, index: int) -> str:
    item = definition.items[index]
    params = {
        "number": index + 1,
        "count": len(definition.items),
        "text": item_text(definition, index),
        "low": definition.scale.low,
        "high": definition.scale.high,
    }
    if item.chime and definition.name == CHECKIN:  # the domain is what it asks about
        return t("measure.take.ask_domain", domain=fmt.domain_name(item.chime), **params)
    if item.chime:  # a measure's item: its domain after it, as measure show has it
        return t("measure.take.ask_in_domain", domain=fmt.domain_name(item.chime), **params)
    return t("measure.take.ask", **params)


def take_conversation(
    talk: Talk, definition: Definition, *, first_use: bool = False, ask_note: bool = True
) -> Taken:
    """Ask every item (and a note); the answers, skipped ones as None."""
    language = get_language()
    talk.say(t("measure.take.heading", title=in_language(definition.title, language)))
    if first_use:
        talk.say(t("measure.take.source", source=in_language(definition.source, language)))
        talk.say(t("measure.take.licence", licence=in_language(definition.licence, language)))
    if definition.intro:
        talk.say(in_language(definition.intro, language))

    def show_scale() -> None:
        talk.say(t("measure.take.scale", scale=scale_text(definition)))

    def helper(chime: str | None):
        """``?``: the scale again, and what the answer means here: the check-in's
        own words for a CHIME question; for a measure, how to answer it, skip it
        or stop, and what skipping does to its score."""

        def show() -> None:
            show_scale()
            if definition.name == CHECKIN:
                if chime:
                    talk.say(
                        t(
                            "talk.help.checkin",
                            domain=fmt.domain_name(chime),
                            about=t(f"chime.{chime}.about"),
                        )
                    )
                return
            talk.say(item_help(definition, chime))

        return show

    show_scale()
    talk.say(t("measure.take.keys") + "\n")
    taken = Taken()
    for index, item in enumerate(definition.items):
        taken.answers[item.key] = ask_value(
            talk,
            _question(definition, index),
            lambda text: None if text == SKIP else parse_answer(definition, text),
            extra={"?": helper(item.chime)},
        )
    if not taken.is_empty() and ask_note:
        taken.note = ask_text(
            talk, t("measure.take.note"), "note", help=t("talk.help.checkin_note")
        )
    return taken


def summary_lines(definition: Definition, taken: Taken) -> list[str]:
    """What the person answered, and the score it gives, before saving."""
    language = get_language()
    lines = [t("talk.summary.heading")]
    for index, item in enumerate(definition.items):
        value = taken.answers.get(item.key)
        if item.chime and definition.name == CHECKIN:
            what = fmt.domain_name(item.chime)
        else:
            what = shorten(item_text(definition, index).rstrip(" .:"), 50)
            if item.chime:  # after the text, in brackets: as asked, as measure show has it
                what = t("measure.summary.in_domain", item=what, domain=fmt.domain_name(item.chime))
        answer = (
            t("measure.summary.skipped")
            if value is None
            else t(
                "measure.summary.answer", value=value, label=definition.scale.label(value, language)
            )
        )
        lines.append(t("measure.summary.item", number=index + 1, item=what, answer=answer))
    if definition.scored:
        lines.append(score_line(definition, taken.answers))
    if taken.note:
        lines.append(t("measure.summary.note", note=taken.note))
    return lines


def score_line(definition: Definition, answers: dict[str, int | None]) -> str:
    from recovery_cli.views.measures import number_text, range_text

    found = score(definition, answers)
    if found is None:
        skipped = len(definition.items) - answered(answers)
        return t("measure.summary.no_score", skipped=skipped, most=definition.scoring.max_skipped)
    return t(
        "measure.summary.score", score=number_text(found, definition), range=range_text(definition)
    )


def confirm_take(talk: Talk, definition: Definition, taken: Taken) -> bool:
    """Show the summary and ask before anything is saved (Enter means yes)."""
    talk.say("")
    for line in summary_lines(definition, taken):
        talk.say(line)
    talk.say("")
    return ask_yes(talk, t("talk.save_question"), default=True)

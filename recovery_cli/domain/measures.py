"""Measures a person or a service brings: a definition, its scoring, and the
reference facts it may give (a reliable change index, named bands).

Pure: no files, no terminal. A definition is read and checked by
:mod:`recovery_cli.domain.measure_spec`; here is what it means.

Scoring, as docs/measures.md states it:

- each answer is a whole number on the scale, from ``low`` to ``high``; a
  reverse-scored item counts as ``low + high - answer``;
- ``sum`` adds the answered items; when some are skipped (no more than
  ``max_skipped``), the sum is scaled up to all items (the mean of the answered
  items times the number of items), so a score with a skip can be compared
  with one without; ``mean`` is the mean of the answered items; ``none`` gives
  no score (the answers are the result, as in the built-in check-in);
- then the linear transform: ``score = raw × multiply + add``;
- more skipped items than ``max_skipped``: no score.

The reliable change index is Jacobson and Truax's (1991): with the standard
deviation ``sd`` and the reliability ``r`` the definition gives, the standard
error of a difference is ``sqrt(2) × sd × sqrt(1 - r)``; a change larger than
1.96 of those is larger than measurement noise (95 %).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from recovery_cli.domain.errors import InputError

METHODS = ("sum", "mean", "none")
Words = str | dict  # a text in one form for every language, or one per language
RCI_THRESHOLD = 1.96  # two-sided, 95 %
BUILTIN_CHECKIN = "checkin"  # the built-in check-in's name: see recovery_cli.definitions


@dataclass(frozen=True)
class Scale:
    """The answers: whole numbers from ``low`` to ``high``, a label for each, per language."""

    low: int
    high: int
    labels: dict[str, tuple[str, ...]]

    @property
    def points(self) -> tuple[int, ...]:
        return tuple(range(self.low, self.high + 1))

    def label(self, value: int, language: str) -> str:
        return in_language(self.labels, language)[value - self.low]


@dataclass(frozen=True)
class Item:
    """One question: its key (how answers are stored), its text per language."""

    key: str
    text: dict[str, str]
    chime: str | None = None
    reverse: bool = False


@dataclass(frozen=True)
class Scoring:
    method: str = "sum"
    multiply: float = 1
    add: float = 0
    max_skipped: int = 0
    decimals: int | None = None

    @property
    def shown_decimals(self) -> int:
        if self.decimals is not None:
            return self.decimals
        return 2 if self.method == "mean" else 0


@dataclass(frozen=True)
class Band:
    """A named range of scores (both ends included), as the definition's source names it."""

    low: float
    high: float
    name: dict[str, str]


@dataclass(frozen=True)
class Reference:
    """Published facts the person may choose to see (``results --reference``)."""

    source: Words
    sd: float | None = None
    reliability: float | None = None
    bands: tuple[Band, ...] = ()

    @property
    def reliable_change(self) -> bool:
        return self.sd is not None and self.reliability is not None


@dataclass(frozen=True)
class Definition:
    """A measure: items on one scale, how they are scored, where they come from."""

    name: str
    version: str
    title: dict[str, str]
    source: Words
    licence: Words
    scale: Scale
    items: tuple[Item, ...]
    scoring: Scoring = field(default_factory=Scoring)
    intro: dict[str, str] = field(default_factory=dict)
    reference: Reference | None = None

    @property
    def languages(self) -> tuple[str, ...]:
        """The languages the definition claims: those its title is given in."""
        return tuple(self.title)

    @property
    def scored(self) -> bool:
        return self.scoring.method != "none"

    def item_keys(self) -> tuple[str, ...]:
        return tuple(item.key for item in self.items)

    def score_range(self) -> tuple[float, float] | None:
        """The lowest and highest score this measure can give (None: no score)."""
        if not self.scored:
            return None
        count = len(self.items) if self.scoring.method == "sum" else 1
        ends = [
            transform(self.scoring, self.scale.low * count),
            transform(self.scoring, self.scale.high * count),
        ]
        return min(ends), max(ends)


def in_language(texts: Mapping[str, object] | str, language: str):
    """A text in ``language``, else in English, else in the first language given
    (a plain string is the same in every language)."""
    if isinstance(texts, str):
        return texts
    if language in texts:
        return texts[language]
    if "en" in texts:
        return texts["en"]
    return next(iter(texts.values()))


# -- answers and scores --------------------------------------------------------------

Answers = Mapping[str, "int | None"]  # item key -> answer, None when skipped


def transform(scoring: Scoring, raw: float) -> float:
    return tidy(raw * scoring.multiply + scoring.add)


def tidy(value: float) -> float:
    """A score as stored: a whole number when it is one, else rounded to 6 decimals."""
    rounded = round(value, 6)
    return int(rounded) if rounded == int(rounded) else rounded


def counted(definition: Definition, item: Item, answer: int) -> int:
    """The value an answer counts as: a reverse-scored item's is turned round."""
    if item.reverse:
        return definition.scale.low + definition.scale.high - answer
    return answer


def score(definition: Definition, answers: Answers) -> float | None:
    """The score of one set of answers (see the module docstring), or None."""
    if not definition.scored:
        return None
    values = [
        counted(definition, item, answer)
        for item in definition.items
        if (answer := answers.get(item.key)) is not None
    ]
    skipped = len(definition.items) - len(values)
    if not values or skipped > definition.scoring.max_skipped:
        return None
    total = sum(values)
    if definition.scoring.method == "mean":
        raw: float = total / len(values)
    elif skipped:
        raw = total * len(definition.items) / len(values)
    else:
        raw = total
    return transform(definition.scoring, raw)


def answered(answers: Answers) -> int:
    return sum(1 for value in answers.values() if value is not None)


def check_answer(definition: Definition, value: object) -> int:
    """One answer: a whole number on the scale."""
    scale = definition.scale
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or not scale.low <= value <= scale.high
    ):
        raise InputError("measure.error.answer", value=str(value), low=scale.low, high=scale.high)
    return value


def parse_answer(definition: Definition, text: str) -> int:
    """An answer typed by the person: a whole number on the scale."""
    cleaned = text.strip()
    scale = definition.scale
    digits = cleaned[1:] if cleaned[:1] in "+-" else cleaned
    if not digits.isascii() or not digits.isdigit():
        raise InputError("measure.error.answer", value=text, low=scale.low, high=scale.high)
    return check_answer(definition, int(cleaned))


_EXAMPLE = (3, 4, 2, 1)  # answers for an example, each taken onto the scale


def example_answers(definition: Definition) -> str:
    """An ``--answers`` example that fits ``definition``: one answer per item,
    each on its scale, the third skipped (``-``) where a skip still counts."""
    scale = definition.scale
    points = scale.high - scale.low + 1
    values = [
        str(scale.low + _EXAMPLE[i % len(_EXAMPLE)] % points) for i in range(len(definition.items))
    ]
    skips = not definition.scored or definition.scoring.max_skipped > 0
    if skips and len(values) >= 3:
        values[2] = "-"
    return ",".join(values)


def parse_answers(definition: Definition, text: str) -> dict[str, int | None]:
    """``--answers 3,4,-,2``: one answer per item, in order; ``-`` skips one."""
    items = len(definition.items)
    if not text.strip():
        raise InputError(
            "measure.error.answers_empty",
            items=items,
            name=definition.name,
            example=example_answers(definition),
        )
    parts = [part.strip() for part in text.split(",")]
    if len(parts) != items:
        raise InputError(
            "measure.error.answer_count." + ("one" if len(parts) == 1 else "other"),
            count=len(parts),
            items=items,
            name=definition.name,
            example=example_answers(definition),
        )
    answers: dict[str, int | None] = {}
    for number, (item, part) in enumerate(zip(definition.items, parts, strict=True), 1):
        if part == "-":
            answers[item.key] = None
        elif not part:
            raise InputError("measure.error.answer_empty", number=number)
        else:
            answers[item.key] = parse_answer(definition, part)
    if not answered(answers):
        raise InputError("measure.error.all_skipped")
    return answers


def check_answers(definition: Definition, answers: Answers) -> dict[str, int | None]:
    """Answers given by item key: every item once, each on the scale or skipped."""
    unknown = [key for key in answers if key not in definition.item_keys()]
    if unknown:
        raise InputError("measure.error.unknown_item", key=unknown[0], name=definition.name)
    checked = {
        item.key: (
            None if answers.get(item.key) is None else check_answer(definition, answers[item.key])
        )
        for item in definition.items
    }
    if not answered(checked):
        raise InputError("measure.error.all_skipped")
    return checked


# -- reference facts -----------------------------------------------------------------


@dataclass(frozen=True)
class ReliableChange:
    """A change between two scores, against the noise the reference facts imply."""

    change: float
    s_diff: float  # standard error of a difference
    index: float  # change / s_diff
    needed: float  # the smallest change beyond noise (1.96 × s_diff)

    @property
    def beyond_noise(self) -> bool:
        return abs(self.index) > RCI_THRESHOLD


def reliable_change(
    before: float, after: float, *, sd: float, reliability: float
) -> ReliableChange:
    """Jacobson and Truax's reliable change index for a change from ``before`` to ``after``."""
    s_diff = math.sqrt(2) * sd * math.sqrt(1 - reliability)
    change = after - before
    return ReliableChange(
        change=change, s_diff=s_diff, index=change / s_diff, needed=RCI_THRESHOLD * s_diff
    )


def band_of(value: float, bands: Sequence[Band]) -> Band | None:
    """The named band a score falls in (both ends included), or None."""
    for band in bands:
        if band.low <= value <= band.high:
            return band
    return None


def shown(value: float, decimals: int) -> str:
    """A score as people read it: ``12``, ``2.75``."""
    return f"{value:.{decimals}f}"

"""What a person can do with measures: bring a definition, take it, see the
results, remove it. Results live in the same journal file as everything else,
each with a uuid, so export, import and merge carry them like any record.

The built-in check-in is a definition of the same kind (see
:mod:`recovery_cli.definitions`); its results are the person's check-ins.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from recovery_cli.domain import records as rec
from recovery_cli.domain.errors import InputError, NotPossible
from recovery_cli.domain.measure_data import definition_to_data
from recovery_cli.domain.measure_spec import definition_from_data
from recovery_cli.domain.measures import Definition, check_answers, score
from recovery_cli.domain.reflections import CHECKIN
from recovery_cli.domain.results import Measure, Result, measure_id
from recovery_cli.domain.text import fold
from recovery_cli.domain.when import parse_when
from recovery_cli.journal.core import Journal


def builtin() -> Definition:
    """The built-in check-in's definition."""
    from recovery_cli.definitions import checkin

    return checkin()


def definitions_by_name(measures: Iterable[Measure]) -> dict[str, Definition]:
    """Every definition by name: the built-in check-in and the ones brought."""
    found = {CHECKIN: builtin()}
    for measure in measures:
        found[measure.name] = definition_from_data(measure.definition)
    return found


def fits(definition: Definition, result: Result) -> bool:
    """Whether a result's answers belong to its definition: the same items, each on
    the scale. A result of another version of the definition is only checked to
    be answers at all (the items may have changed since)."""
    if result.version != definition.version:
        return True
    if set(result.answers) != set(definition.item_keys()):
        return False
    try:
        check_answers(definition, result.answers)
    except InputError:
        return False
    return True


def _canonical(name: str) -> str:
    from recovery_cli.definitions import ALIASES

    folded = fold(name.strip())
    return ALIASES.get(folded, folded)


@dataclass(frozen=True)
class Found:
    """A definition looked up by name; ``stored`` is None for the built-in check-in."""

    definition: Definition
    stored: Measure | None

    @property
    def builtin(self) -> bool:
        return self.stored is None


def find(journal: Journal, name: str) -> Found:
    """The measure a person names (the built-in check-in answers to ``checkin``,
    ``check-in`` and ``indtjekning``); an unknown one lists those there are."""
    wanted = _canonical(name)
    if wanted == CHECKIN:
        return Found(builtin(), None)
    for measure in journal.measures():
        if measure.name == wanted:
            return Found(definition_from_data(measure.definition), measure)
    names = ", ".join([CHECKIN, *(m.name for m in journal.measures())])
    raise NotPossible("measure.error.unknown", name=name.strip(), known=names)


# -- bringing and removing definitions -----------------------------------------------


def add(journal: Journal, definition: Definition) -> tuple[Measure, str]:
    """Keep ``definition`` in the journal: ``"added"``, ``"replaced"`` (a new version
    of one already there; its results keep the version they were given with)
    or ``"same"`` (nothing to do)."""
    data = definition_to_data(definition)
    stamp = journal.stamp_now
    here = next((m for m in journal.measures() if m.name == definition.name), None)
    if here is None:
        measure = Measure(
            id=measure_id(definition.name),
            name=definition.name,
            added=stamp,
            updated=stamp,
            definition=data,
        )
        journal.insert(measure)
        return measure, "added"
    if here.definition == data:
        return here, "same"
    if here.version == definition.version:
        raise InputError(
            "measure.error.same_version", name=definition.name, version=definition.version
        )
    measure = rec.replace(here, updated=stamp, definition=data)
    journal.update(measure)
    return measure, "replaced"


def remove(journal: Journal, name: str) -> tuple[Measure, int]:
    """Remove a definition and every result given with it; how many results went."""
    found = find(journal, name)
    if found.stored is None:
        raise NotPossible("measure.error.builtin_rm")
    results = journal.results(found.stored.name)
    journal.remove("results", {r.id for r in results})
    journal.remove("measures", {found.stored.id})
    return found.stored, len(results)


# -- taking a measure ----------------------------------------------------------------


def take(
    journal: Journal,
    definition: Definition,
    answers: Mapping[str, int | None],
    *,
    when: str | None = None,
    note: str | None = None,
) -> Result:
    """Save one time the measure was taken: every answer, the score, the version."""
    checked = check_answers(definition, answers)
    moment = parse_when(when, journal.now) if when else journal.now
    result = Result(
        id=rec.new_id(),
        measure=definition.name,
        version=definition.version,
        when=rec.stamp(moment),
        answers=checked,
        score=score(definition, checked),
        note=note,
    )
    journal.insert(result)
    return result


# -- reading results -----------------------------------------------------------------


def latest_scores(journal: Journal) -> list[tuple[Definition, Result]]:
    """Each measure the person brought with its latest scored result, by name
    (the quiet line on ``status``)."""
    shown = []
    for measure in journal.measures():
        scored = [r for r in journal.results(measure.name) if r.score is not None]
        if scored:
            shown.append((definition_from_data(measure.definition), scored[-1]))
    return shown


def score_series(
    journal: Journal, name: str, *, since: str | None = None, until: str | None = None
) -> tuple[Definition, list[tuple[str, float]]]:
    """A measure's scores over time, ``[(when, score), ...]`` oldest first, for a
    chart panel; ``since``/``until`` are stored stamps (inclusive). Results that
    gave no score leave no point."""
    found = find(journal, name)
    points = [
        (r.when, r.score)
        for r in journal.results(found.definition.name)
        if r.score is not None and (not since or r.when >= since) and (not until or r.when <= until)
    ]
    return found.definition, points


# -- a sandbox's monthly series ------------------------------------------------------

_LEVELS = (0.35, 0.45, 0.4, 0.55, 0.6, 0.7, 0.65, 0.75, 0.8, 0.78, 0.85, 0.9)  # a year
_SAMPLES = uuid.UUID("a4f1b8e2-6c0d-4f4e-8a57-2d9b3e1c7f60")


def sample_results(
    definition: Definition, now: datetime, *, months: int = 6, hour: int = 10
) -> list[Result]:
    """A made-up, deterministic series for a sandbox: the measure taken once a
    month (every 30 days, the last one 3 days before ``now``), answers drifting
    up the scale with small turns back, one item skipped now and then when the
    definition allows it (the year's curve in ``_LEVELS``, squeezed into ``months``).
    Same definition and day, same series."""
    scale = definition.scale
    span = scale.high - scale.low
    made = []
    for month in range(months):
        level = _LEVELS[round(month * (len(_LEVELS) - 1) / max(months - 1, 1))]
        answers: dict[str, int | None] = {}
        for index, item in enumerate(definition.items):
            turn = (index * 7 + month * 3) % 3 - 1  # -1, 0 or 1, the same every build
            value = min(max(round(scale.low + level * span) + turn, scale.low), scale.high)
            answers[item.key] = scale.low + scale.high - value if item.reverse else value
        if definition.scoring.max_skipped and month % 4 == 2:
            answers[definition.items[month % len(definition.items)].key] = None
        day = (now - timedelta(days=3 + 30 * (months - 1 - month))).date()
        when = rec.stamp(datetime.combine(day, time(hour, 0), tzinfo=now.tzinfo))
        made.append(
            Result(
                id=str(uuid.uuid5(_SAMPLES, f"{definition.name}:{when}")),
                measure=definition.name,
                version=definition.version,
                when=when,
                answers=answers,
                score=score(definition, answers),
            )
        )
    return made


def add_sample(journal: Journal, definition: Definition, *, months: int = 6) -> Measure:
    """Bring ``definition`` into a sandbox journal with a monthly series of results."""
    measure, _ = add(journal, definition)
    journal.insert_many(sample_results(definition, journal.now, months=months))
    return measure

"""The records of measures: a definition kept in the journal, and each time one
was taken (a result). Check-ins are results of the built-in check-in.

Built on first use through :mod:`recovery_cli.domain.records`.
"""

from __future__ import annotations

import math
import uuid
from dataclasses import dataclass, field

from recovery_cli.domain.errors import InputError
from recovery_cli.domain.records import check_stamp, text_field

_MEASURE_IDS = uuid.UUID("5b0c7f8e-3d5e-4a51-9d3c-6f0e2a7b9c41")


def measure_id(name: str) -> str:
    """A definition's uuid follows from its name, so two copies of a journal
    that both added ``calm-days`` hold one measure, merged like any record."""
    return str(uuid.uuid5(_MEASURE_IDS, name))


@dataclass(frozen=True)
class Measure:
    """A definition the person brought (``definition`` as measure_spec writes it)."""

    id: str
    name: str
    added: str
    updated: str
    definition: dict = field(default_factory=dict)

    def __post_init__(self) -> None:
        from recovery_cli.domain.measure_spec import DefinitionError, definition_from_data

        if not isinstance(self.name, str) or self.id != measure_id(self.name):
            raise InputError("measure.error.stored", name=str(self.name)[:40])
        try:
            parsed = definition_from_data(self.definition)
        except DefinitionError:
            raise InputError("measure.error.stored", name=self.name) from None
        if parsed.name != self.name:
            raise InputError("measure.error.stored", name=self.name)
        check_stamp(self.added, "created")
        check_stamp(self.updated, "updated")

    @property
    def version(self) -> str:
        return str(self.definition.get("version", "1"))


def _is_answer(value: object) -> bool:
    return value is None or (isinstance(value, int) and not isinstance(value, bool))


@dataclass(frozen=True)
class Result:
    """One time a measure was taken: every answer (None: skipped), the score it
    gave then (None: no score), and the definition's version."""

    id: str
    measure: str
    version: str
    when: str
    answers: dict = field(default_factory=dict)
    score: float | None = None
    note: str | None = None

    def __post_init__(self) -> None:
        if (
            not isinstance(self.measure, str)
            or not self.measure
            or not isinstance(self.version, str)
            or not isinstance(self.answers, dict)
        ):
            raise InputError("error.record.shape", table="results")
        if not all(isinstance(k, str) and _is_answer(v) for k, v in self.answers.items()):
            raise InputError("error.record.shape", table="results")
        if all(value is None for value in self.answers.values()):
            raise InputError("measure.error.all_skipped")
        number = self.score
        if number is not None and (
            isinstance(number, bool)
            or not isinstance(number, (int, float))
            or not math.isfinite(number)
        ):
            raise InputError("error.record.shape", table="results")
        check_stamp(self.when, "when")
        object.__setattr__(self, "note", text_field(self.note, "note"))

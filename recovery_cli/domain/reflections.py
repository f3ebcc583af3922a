"""The person's reflections: notes in their own words, and CHIME check-ins.

Built on first use through :mod:`recovery_cli.domain.records`. A check-in is
stored as a result of the built-in check-in measure (table ``results``);
:class:`Checkin` is how the lists, charts and exports read one, and
:func:`checkin_as_result` / :func:`result_as_checkin` turn one into the other.
Release 0.1.0 (schema 1) kept check-ins in a table of their own; the schema
step and the import of old files use :func:`checkin_doc_as_result`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from recovery_cli.domain.chime import DOMAINS
from recovery_cli.domain.continuum import check_position
from recovery_cli.domain.errors import InputError
from recovery_cli.domain.records import check_stamp, choice, text_field


@dataclass(frozen=True)
class Note:
    """A reflection in the person's own words, perhaps answering a prompt."""

    id: str
    text: str
    when: str
    goal: str | None = None
    prompt: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", text_field(self.text, "text", required=True))
        check_stamp(self.when, "when")


CHECKIN = "checkin"  # the built-in check-in measure's name
CHECKIN_VERSION = "1"


@dataclass(frozen=True)
class Checkin:
    """A self check-in: 1-8 for each CHIME domain the person answered."""

    id: str
    when: str
    scores: dict[str, int] = field(default_factory=dict)
    note: str | None = None

    def __post_init__(self) -> None:
        for key, value in self.scores.items():
            choice(key, DOMAINS, "error.chime.unknown")
            check_position(value)
        if not self.scores:
            raise InputError("error.checkin.empty")
        check_stamp(self.when, "when")
        object.__setattr__(self, "note", text_field(self.note, "note"))


def checkin_doc_as_result(doc: dict) -> dict:
    """A check-in as release 0.1.0 stored it (``scores``: answered domains only),
    as a result of the built-in check-in: every domain answered or None, the id,
    date and note kept. Keys that are not domains are kept too (``doctor`` then
    names the record): a migration never drops what a file holds."""
    scores = doc.get("scores")
    answers: object
    if isinstance(scores, dict):
        answers = {key: scores.get(key) for key in DOMAINS}
        answers.update({k: v for k, v in scores.items() if k not in DOMAINS})
    else:
        answers = scores
    return {
        "id": doc.get("id"),
        "measure": CHECKIN,
        "version": CHECKIN_VERSION,
        "when": doc.get("when"),
        "answers": answers,
        "score": None,
        "note": doc.get("note"),
    }


def checkin_as_result(checkin: Checkin) -> dict:
    """The stored result of a check-in (see :func:`checkin_doc_as_result`)."""
    return checkin_doc_as_result(
        {
            "id": checkin.id,
            "when": checkin.when,
            "scores": dict(checkin.scores),
            "note": checkin.note,
        }
    )


def result_as_checkin(doc: dict) -> Checkin:
    """A stored result of the built-in check-in, read as a check-in (trusted, as
    :func:`recovery_cli.domain.records.load` trusts what the tool wrote)."""
    checkin = object.__new__(Checkin)
    answers = doc.get("answers") or {}
    checkin.__dict__.update(
        id=doc["id"],
        when=doc["when"],
        note=doc.get("note"),
        scores={key: answers[key] for key in DOMAINS if answers.get(key) is not None},
    )
    return checkin

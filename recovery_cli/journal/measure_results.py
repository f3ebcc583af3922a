"""One measure's results as a read model: the rows ``measure results`` shows,
its ``--json`` and the export report, so the three cannot drift apart.

Reference facts (named bands, the reliable change index) are only worked out
when the person asks for them and the definition gives them.
"""

from __future__ import annotations

from dataclasses import dataclass

from recovery_cli.domain.measures import (
    Band,
    Definition,
    ReliableChange,
    answered,
    band_of,
    reliable_change,
)
from recovery_cli.domain.results import Result


@dataclass(frozen=True)
class Row:
    """One time the measure was taken."""

    number: int  # 1 = the first time
    result: Result
    answered: int
    items: int
    band: Band | None = None  # with reference facts: the named band of the score
    change: ReliableChange | None = None  # with reference facts: since the scored time before


@dataclass(frozen=True)
class ResultsView:
    definition: Definition
    rows: list[Row]
    reference: bool  # asked for, and the definition gives reference facts
    overall: ReliableChange | None = None  # from the first scored time to the latest

    @property
    def scored(self) -> list[Row]:
        return [row for row in self.rows if row.result.score is not None]


def _banded(definition: Definition, value: float) -> Band | None:
    """The band of a score as it is shown (rounded to the definition's decimals)."""
    reference = definition.reference
    if reference is None or not reference.bands:
        return None
    return band_of(round(value, definition.scoring.shown_decimals), reference.bands)


def results_view(
    definition: Definition, results: list[Result], *, reference: bool = False
) -> ResultsView:
    """``results`` (oldest first) as rows; with ``reference``, bands and changes."""
    facts = definition.reference if reference else None
    rows: list[Row] = []
    before: float | None = None
    first: float | None = None
    for number, result in enumerate(results, 1):
        band = change = None
        value = result.score
        if facts is not None and value is not None:
            band = _banded(definition, value)
            if facts.reliable_change and before is not None:
                change = reliable_change(
                    before,
                    value,
                    sd=facts.sd,  # type: ignore[arg-type]
                    reliability=facts.reliability,  # type: ignore[arg-type]
                )
        if value is not None:
            before = value
            first = value if first is None else first
        rows.append(
            Row(number, result, answered(result.answers), len(result.answers), band, change)
        )
    overall = None
    scored = [row for row in rows if row.result.score is not None]
    if facts is not None and facts.reliable_change and len(scored) >= 2:
        overall = reliable_change(
            first,  # type: ignore[arg-type]
            scored[-1].result.score,  # type: ignore[arg-type]
            sd=facts.sd,  # type: ignore[arg-type]
            reliability=facts.reliability,  # type: ignore[arg-type]
        )
    return ResultsView(definition, rows, facts is not None, overall)

"""The report's measure sections: only the measures the person names
(``export --measure NAME``), each with its scores over time. The rows come from
the same read model as ``recovery measure results``; reference figures stay
out of a shared report (the person sees them with ``--reference``)."""

from __future__ import annotations

from dataclasses import dataclass

from recovery_cli.domain.measures import in_language
from recovery_cli.domain.reflections import CHECKIN
from recovery_cli.i18n import get_language, t
from recovery_cli.journal.selection import Shared


@dataclass(frozen=True)
class MeasureSection:
    heading: str
    about: str
    header: list[str]
    rows: list[list[str]]


def reported_titles(shared: Shared) -> list[tuple[str, int]]:
    """Each measure named for the report but the check-in (its check-ins are
    counted on their own): its title and how many results the report shows."""
    from recovery_cli.domain.measure_spec import definition_from_data
    from recovery_cli.views.measures import title_of

    definitions = {m.name: definition_from_data(m.definition) for m in shared.measures}
    return [
        (title_of(definitions[name]), sum(1 for r in shared.results if r.measure == name))
        for name in shared.reported
        if name != CHECKIN and name in definitions
    ]


def measure_sections(shared: Shared) -> list[MeasureSection]:
    """One section per measure named for the report, in the order named; the
    built-in check-in has its own section (Check-ins), so naming it brings the
    check-ins along without showing them twice."""
    if not set(shared.reported) - {CHECKIN}:
        return []
    from recovery_cli.domain.measure_spec import definition_from_data
    from recovery_cli.journal.measure_results import results_view
    from recovery_cli.journal.measures import builtin
    from recovery_cli.views import format as fmt
    from recovery_cli.views.measures import number_text, range_text, title_of

    definitions = {m.name: definition_from_data(m.definition) for m in shared.measures}
    definitions.setdefault("checkin", builtin())
    sections = []
    for name in shared.reported:
        if name == CHECKIN:
            continue
        definition = definitions[name]
        view = results_view(definition, [r for r in shared.results if r.measure == name])
        rows = []
        for row in view.rows:
            result = row.result
            score = "-" if result.score is None else number_text(result.score, definition)
            rows.append(
                [
                    fmt.day_text(fmt.local(result.when).date()),
                    score
                    if definition.scored
                    else " ".join("-" if v is None else str(v) for v in result.answers.values()),
                    t("measure.answered", answered=row.answered, items=row.items),
                    result.note or "",
                ]
            )
        about = (
            t(
                "export.measure.about",
                range=range_text(definition),
                source=in_language(definition.source, get_language()),
            )
            if definition.scored
            else in_language(definition.source, get_language())
        )
        header = [
            t("col.date"),
            t("measure.col.score" if definition.scored else "measure.col.answers"),
            t("measure.col.answered"),
            t("col.note"),
        ]
        sections.append(
            MeasureSection(
                t("export.heading.measure", title=title_of(definition)), about, header, rows
            )
        )
    return sections

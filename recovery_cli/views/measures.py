"""What ``recovery measure`` shows: the list, one definition, the results.

Plain and neutral: a score is a number with its range; a change between two
times is "higher" or "lower", and, only when the person asks and the
definition gives the facts, larger than measurement noise or not. No colour
says better or worse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recovery_cli.domain.measures import (
    Definition,
    ReliableChange,
    in_language,
    reliable_change,
    shown,
)
from recovery_cli.domain.results import Result
from recovery_cli.i18n import get_language, t, tn
from recovery_cli.journal.measure_results import ResultsView
from recovery_cli.views import format as fmt

if TYPE_CHECKING:  # rich loads where a table or styled text is made (take prints neither)
    from rich.console import RenderableType
    from rich.table import Table
    from rich.text import Text

# -- numbers --------------------------------------------------------------------------


def plain_number(value: float, decimals: int | None = None) -> str:
    """A number in the person's language (``2.5``, Danish ``2,5``)."""
    if decimals is None:
        text = str(int(value)) if value == int(value) else f"{value:g}"
    else:
        text = shown(value, decimals)
    return text.replace(".", ",") if get_language() == "da" else text


def number_text(value: float, definition: Definition) -> str:
    """A score with the definition's decimals."""
    return plain_number(value, definition.scoring.shown_decimals)


def range_text(definition: Definition) -> str:
    found = definition.score_range()
    if found is None:
        return ""
    return t(
        "measure.range",
        low=number_text(found[0], definition),
        high=number_text(found[1], definition),
    )


def title_of(definition: Definition) -> str:
    return in_language(definition.title, get_language())


def wrapped(line: str, width: int) -> list[str]:
    """A line wrapped between words, its continuation indented two more spaces."""
    import textwrap

    lead = line[: len(line) - len(line.lstrip())]
    return textwrap.wrap(
        line, width, subsequent_indent=lead + "    " if lead else "  ", break_on_hyphens=False
    ) or [""]


def _day(stamp: str) -> str:
    return fmt.day_text(fmt.local(stamp).date())


# -- measure list ---------------------------------------------------------------------


def list_table(entries: list[tuple[Definition, list[Result], bool]]) -> Table:
    """Every measure: name, title, items, times taken, the latest time."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column(t("measure.col.name"), no_wrap=True)
    table.add_column(t("measure.col.title"), overflow="fold")
    table.add_column(t("measure.col.items"), justify="right")
    table.add_column(t("measure.col.taken"), justify="right")
    table.add_column(t("measure.col.latest"))
    for definition, results, builtin in entries:
        latest = results[-1] if results else None
        latest_text = ""
        if latest is not None:
            latest_text = _day(latest.when)
            if latest.score is not None:
                latest_text = t(
                    "measure.latest", score=number_text(latest.score, definition), day=latest_text
                )
        title = title_of(definition) + (" " + t("measure.builtin") if builtin else "")
        table.add_row(
            definition.name, Text(title), str(len(definition.items)), str(len(results)), latest_text
        )
    return table


def list_json(entries: list[tuple[Definition, list[Result], bool]]) -> list[dict]:
    out = []
    for definition, results, builtin in entries:
        latest = results[-1] if results else None
        out.append(
            {
                "name": definition.name,
                "title": title_of(definition),
                "version": definition.version,
                "items": len(definition.items),
                "builtin": builtin,
                "results": len(results),
                "latest": None if latest is None else {"when": latest.when, "score": latest.score},
            }
        )
    return out


# -- one definition -------------------------------------------------------------------


def scale_line(definition: Definition) -> str:
    from recovery_cli.talk.measure import scale_text

    return t("measure.show.scale", scale=scale_text(definition))


def scoring_text(definition: Definition) -> str:
    scoring = definition.scoring
    if not definition.scored:
        return t("measure.show.scoring.none")
    text = t(f"measure.show.scoring.{scoring.method}", range=range_text(definition))
    if scoring.multiply != 1 or scoring.add != 0:
        text += " " + t(
            "measure.show.scoring.transform",
            multiply=plain_number(scoring.multiply),
            add=plain_number(scoring.add),
        )
    if scoring.max_skipped:
        key = (
            "measure.show.scoring.skips_sum"
            if scoring.method == "sum"
            else "measure.show.scoring.skips"
        )
        text += " " + tn(key, scoring.max_skipped)
    else:
        text += " " + t("measure.show.scoring.no_skips")
    return text


def reference_lines(definition: Definition) -> list[str]:
    reference = definition.reference
    if reference is None:
        return []
    lines = [t("measure.show.reference")]
    if reference.reliable_change:
        needed = reliable_change(
            0,
            0,
            sd=reference.sd,  # type: ignore[arg-type]
            reliability=reference.reliability,  # type: ignore[arg-type]
        ).needed
        lines.append(
            "  "
            + t(
                "measure.show.rci",
                sd=plain_number(reference.sd),  # type: ignore[arg-type]
                reliability=plain_number(reference.reliability),  # type: ignore[arg-type]
                needed=plain_number(needed, 1),
            )
        )
    language = get_language()
    for band in reference.bands:
        lines.append(
            "  "
            + t(
                "measure.show.band",
                low=plain_number(band.low),
                high=plain_number(band.high),
                name=in_language(band.name, language),
            )
        )
    lines.append(
        "  "
        + t("measure.show.reference_source", source=in_language(reference.source, get_language()))
    )
    return lines


def show_lines(definition: Definition, *, builtin: bool) -> list[str]:
    """Everything a definition says, in the person's language where it has one."""
    from recovery_cli.talk.measure import item_text

    lines = [
        t(
            "measure.show.title",
            title=title_of(definition),
            name=definition.name,
            version=definition.version,
        )
        + (" " + t("measure.builtin") if builtin else "")
    ]
    lines.append(t("measure.show.source", source=in_language(definition.source, get_language())))
    lines.append(t("measure.show.licence", licence=in_language(definition.licence, get_language())))
    if definition.intro:
        lines.append(in_language(definition.intro, get_language()))
    lines.append(scale_line(definition))
    lines.append(t("measure.show.items", count=len(definition.items)))
    width = len(str(len(definition.items)))
    for index, item in enumerate(definition.items):
        extra = []
        if item.chime:
            extra.append(fmt.domain_name(item.chime))
        if item.reverse:
            extra.append(t("measure.show.reverse"))
        tail = f" ({', '.join(extra)})" if extra else ""
        lines.append(f"  {index + 1:>{width}}  {item_text(definition, index)}{tail}")
    lines.append(t("measure.show.scoring", text=scoring_text(definition)))
    lines.extend(reference_lines(definition))
    return lines


# -- results --------------------------------------------------------------------------


def change_text(change: ReliableChange, definition: Definition, *, short: bool = False) -> str:
    """``+6, larger than measurement noise`` / ``-2, within measurement noise``
    (``short``: ``+6, beyond noise``, for a table cell)."""
    amount = number_text(abs(change.change), definition)
    sign = "+" if change.change > 0 else ("-" if change.change < 0 else "±")
    kind = "beyond" if change.beyond_noise else "within"
    return t(f"measure.{'cell' if short else 'change'}.{kind}", change=f"{sign}{amount}")


def _answers_text(definition: Definition, result: Result) -> str:
    return " ".join(
        "-" if result.answers.get(key) is None else str(result.answers[key])
        for key in (
            definition.item_keys()
            if result.version == definition.version
            else tuple(result.answers)
        )
    )


def results_table(view: ResultsView, count: int | None = None) -> Table:
    """Each time taken, newest first, with its number (1 = the first time): the
    newest ``count`` (None: all)."""
    from rich import box
    from rich.table import Table
    from rich.text import Text

    definition = view.definition
    table = Table(box=box.SIMPLE_HEAD, pad_edge=False)
    table.add_column("#", justify="right", no_wrap=True)
    table.add_column(t("col.date"), no_wrap=True)
    if definition.scored:
        table.add_column(t("measure.col.score"), justify="right", no_wrap=True)
    else:
        table.add_column(t("measure.col.answers"), no_wrap=True)
    table.add_column(t("measure.col.answered"), no_wrap=True)
    if view.reference and definition.reference and definition.reference.bands:
        table.add_column(t("measure.col.band"))
    if view.reference and definition.reference and definition.reference.reliable_change:
        table.add_column(t("measure.col.change"))
    for row in list(reversed(view.rows))[:count]:
        result = row.result
        if definition.scored:
            value = "-" if result.score is None else number_text(result.score, definition)
        else:
            value = _answers_text(definition, result)
        cells: list = [
            str(row.number),
            _day(result.when),
            value,
            t("measure.answered", answered=row.answered, items=row.items),
        ]
        if view.reference and definition.reference and definition.reference.bands:
            cells.append(Text(in_language(row.band.name, get_language())) if row.band else "")
        if view.reference and definition.reference and definition.reference.reliable_change:
            cells.append(change_text(row.change, definition, short=True) if row.change else "")
        table.add_row(*cells)
    return table


def results_view_lines(
    view: ResultsView, *, asked_reference: bool, count: int | None = None
) -> list[RenderableType]:
    from rich.text import Text

    definition = view.definition
    parts: list[RenderableType] = []
    head = t("measure.results.title", title=title_of(definition))
    if definition.scored:
        head += " " + t("measure.results.range", range=range_text(definition))
    parts.append(Text(head))
    parts.append(results_table(view, count))
    if asked_reference and not view.reference:
        parts.append(Text(t("measure.results.no_reference", name=definition.name)))
    if view.reference:
        parts.extend(Text(line) for line in _reference_notes(view))
    return parts


def _reference_notes(view: ResultsView) -> list[str]:
    definition = view.definition
    reference = definition.reference
    lines = []
    scored = view.scored
    if view.overall is not None:
        first, latest = scored[0].result, scored[-1].result
        lines.append(
            t(
                "measure.results.overall",
                first=number_text(first.score, definition),  # type: ignore[arg-type]
                first_day=_day(first.when),
                latest=number_text(latest.score, definition),  # type: ignore[arg-type]
                latest_day=_day(latest.when),
                change=change_text(view.overall, definition),
            )
        )
        lines.append(t("measure.results.noise", needed=plain_number(view.overall.needed, 1)))
    lines.append(
        t("measure.results.reference_source", source=in_language(reference.source, get_language()))  # type: ignore[union-attr]
    )
    return lines


def results_render(
    view: ResultsView, *, asked_reference: bool, count: int | None = None
) -> RenderableType:
    from rich.console import Group

    return Group(*results_view_lines(view, asked_reference=asked_reference, count=count))


def _change_json(change: ReliableChange | None) -> dict | None:
    if change is None:
        return None
    return {
        "change": change.change,
        "index": round(change.index, 3),
        "needed": round(change.needed, 3),
        "beyond_noise": change.beyond_noise,
    }


def results_json(view: ResultsView, count: int | None = None) -> dict:
    """Each time taken, oldest first: the newest ``count`` of them (None: all)."""
    definition = view.definition
    found = definition.score_range()
    data: dict = {
        "measure": definition.name,
        "title": title_of(definition),
        "version": definition.version,
        "range": list(found) if found else None,
        "results": [],
    }
    language = get_language()
    for row in view.rows if count is None else view.rows[-count:]:
        result = row.result
        entry = {
            "number": row.number,
            "id": result.id,
            "when": result.when,
            "version": result.version,
            "score": result.score,
            "answered": row.answered,
            "items": row.items,
            "answers": dict(result.answers),
            "note": result.note,
        }
        if view.reference:
            entry["band"] = in_language(row.band.name, language) if row.band else None
            entry["change"] = _change_json(row.change)
        data["results"].append(entry)
    if view.reference:
        reference = definition.reference
        data["reference"] = {
            "source": in_language(reference.source, get_language()),  # type: ignore[union-attr]
            "sd": reference.sd,  # type: ignore[union-attr]
            "reliability": reference.reliability,  # type: ignore[union-attr]
            "first_to_latest": _change_json(view.overall),
        }
    return data


# -- the quiet line on status ---------------------------------------------------------


def status_lines(latest: list[tuple[Definition, Result]]) -> list[Text]:
    """One dim line per measure: its latest score and the day."""
    from rich.text import Text

    return [
        Text(
            t(
                "status.measure",
                title=title_of(definition),
                score=number_text(result.score, definition),  # type: ignore[arg-type]
                day=_day(result.when),
            ),
            style="dim",
        )
        for definition, result in latest
    ]

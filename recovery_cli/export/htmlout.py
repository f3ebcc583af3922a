"""The shareable report as one self-contained HTML file that prints well.

No scripts, fonts, images or links to anything outside the file (a content
security policy says so to the browser too); charts are inline SVG.
"""

from __future__ import annotations

from html import escape

from recovery_cli.export import report as r
from recovery_cli.export.chartfile import drawing
from recovery_cli.export.measures import measure_sections
from recovery_cli.i18n import get_language, t
from recovery_cli.journal.selection import Shared
from recovery_cli.views import format as fmt

CSS = """
:root { color: #1f2328; background: #fff; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       margin: 0 auto; max-width: 48rem; padding: 1.5rem; }
h1 { font-size: 1.7rem; margin-bottom: .2rem; }
h2 { font-size: 1.3rem; margin-top: 2.2rem; border-bottom: 1px solid #d0d7de; }
h3 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
.made { color: #57606a; margin-top: 0; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .95rem; }
th, td { border: 1px solid #d0d7de; padding: .3rem .5rem; text-align: left;
         vertical-align: top; }
th { background: #f6f8fa; }
td.num { text-align: right; white-space: nowrap; }
td.date { white-space: nowrap; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
dl.facts dt { font-weight: 600; }
dl.facts dd { margin: 0; }
figure { margin: .6rem 0 1rem; }
figcaption { color: #57606a; font-size: .9rem; }
svg.chart { width: 100%; height: auto; max-width: 640px; display: block; }
svg .axis { font: 12px system-ui, sans-serif; fill: #57606a; }
svg .heading { font: 600 14px system-ui, sans-serif; fill: #1f2328; }
.kind { color: #57606a; }
.legend { color: #57606a; font-size: .9rem; margin-top: 2rem; }
@page { margin: 16mm 14mm; }
@media print {
  body { font-size: 11pt; max-width: none; padding: 0; }
  h2 { break-after: avoid; }
  section.goal { break-before: page; }
  figure, tr, dl.facts { break-inside: avoid; }
}
"""


_SPECIAL_CHARS = frozenset("&<>\"'\r\n")


def esc(text: str) -> str:
    """The person's words as written, safe in HTML, line breaks kept."""
    if _SPECIAL_CHARS.isdisjoint(text):  # most text: nothing to change
        return text
    return escape(text).replace("\r\n", "\n").replace("\n", "<br>")


def _table(
    header: list[str],
    rows: list[list[str]],
    numeric: tuple[int, ...] = (),
    dates: tuple[int, ...] = (),
) -> str:
    """A table; ``numeric`` columns are right-aligned, ``dates`` never wrap."""

    width = max(len(header), max(map(len, rows), default=0))
    opens = [
        '<td class="num">' if i in numeric else '<td class="date">' if i in dates else "<td>"
        for i in range(width)
    ]
    head = "".join(f"<th>{esc(h)}</th>" for h in header)
    body = "".join(
        [
            "<tr>"
            + "".join([o + esc(c) + "</td>" for o, c in zip(opens, row, strict=False)])
            + "</tr>"
            for row in rows
        ]
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _overview(shared: Shared) -> str:
    parts = [f"<section><h2>{esc(t('export.report.overview'))}</h2>"]
    if not shared.goals:
        parts.append(f"<p>{esc(t('export.report.no_goals'))}</p>")
    else:
        header, rows = r.overview_table(shared)
        parts.append(_table(header, rows, numeric=(0,)))
    return "".join(parts) + "</section>"


def _list(items: list[str]) -> str:
    return "<ul>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"


def _resources(resources: list) -> str:
    return _list(
        [
            f'{esc(text)} <span class="kind">({esc(kind)})</span>'
            for text, kind in map(r.resource_line, resources)
        ]
    )


def _supports(supports: list) -> str:
    return _list(
        [
            f"<strong>{esc(who)}</strong>"
            + (f" — {esc(how)}" if how else "")
            + f' <span class="kind">({esc(kind)})</span>'
            for who, how, kind in map(r.support_line, supports)
        ]
    )


def _notes(notes: list) -> str:
    return _list(
        [
            f"{esc(r.day(n.when))}: "
            + (f"<em>{esc(q)}</em><br>" if (q := r.prompt_question(n)) else "")
            + esc(n.text)
            for n in notes
        ]
    )


def _chart(shared: Shared, goal) -> str:
    told = r.story(shared, goal)
    description = r.chart_description(told, r.chosen_period(shared))
    if not told.count:
        return f"<p>{esc(description)}</p>"
    panel = r.goal_panel(shared, told)
    chart = drawing(
        [panel],
        start=None,
        end=r.end_of(shared),
        title=description,
        ids=f"goal-{goal.number}-chart",
        headings=False,
    )
    return f"<figure>{chart}<figcaption>{esc(description)}</figcaption></figure>"


def _checkins_chart(shared: Shared) -> str:
    """The check-ins as a panel per question, each with its sentence."""
    panels = r.checkin_panels(shared)
    if not panels:
        return ""
    title = t("chart.title.checkins")
    chart = drawing(panels, start=None, end=r.end_of(shared), title=title, ids="checkins")
    # the question and what its answers did, each on its own line ("…?: From 5" read badly)
    words = "".join(f"<li>{esc(p.title)}<br>{esc(p.sentence)}</li>" for p in panels)
    return f"<figure>{chart}<figcaption><ul>{words}</ul></figcaption></figure>"


def _goal(shared: Shared, goal, days: fmt.LocalDays) -> str:
    parts = [
        f'<section class="goal" id="goal-{goal.number}">',
        f"<h2>{esc(r.goal_heading(goal))}</h2>",
        '<dl class="facts">',
    ]
    parts += [
        f"<dt>{esc(label)}</dt><dd>{esc(value)}</dd>" for label, value in r.goal_facts(shared, goal)
    ]
    parts.append("</dl>")
    resources = shared.linked(shared.resources, goal)
    if resources:
        parts.append(f"<h3>{esc(t('export.heading.resources'))}</h3>{_resources(resources)}")
    supports = shared.linked(shared.supports, goal)
    if supports:
        parts.append(f"<h3>{esc(t('heading.supports'))}</h3>{_supports(supports)}")
    parts.append(f"<h3>{esc(t('heading.history'))}</h3>{_chart(shared, goal)}")
    header, rows = r.history_table(shared, goal, days)
    if rows:
        parts.append(_table(header, rows, dates=(0,)))
    notes = shared.linked(shared.notes, goal)
    if notes:
        parts.append(f"<h3>{esc(t('export.heading.goal_notes'))}</h3>{_notes(notes)}")
    return "".join(parts) + "</section>"


def _general(shared: Shared) -> str:
    parts = []
    resources = shared.general(shared.resources)
    if resources:
        parts.append(
            f"<section><h2>{esc(t('export.heading.general_resources'))}</h2>"
            f"{_resources(resources)}</section>"
        )
    supports = shared.general(shared.supports)
    if supports:
        parts.append(
            f"<section><h2>{esc(t('export.heading.general_supports'))}</h2>"
            f"{_supports(supports)}</section>"
        )
    notes = shared.general(shared.notes)
    if notes:
        parts.append(f"<section><h2>{esc(t('export.heading.notes'))}</h2>{_notes(notes)}</section>")
    if shared.checkins:
        parts.append(
            f"<section><h2>{esc(t('export.heading.checkins'))}</h2>"
            + _checkins_chart(shared)
            + _table(
                *r.checkin_table(shared),
                numeric=(1, 2, 3, 4, 5),
                dates=(0,),
            )
            + "</section>"
        )
    for section in measure_sections(shared):
        table = (
            _table(section.header, section.rows, numeric=(1,))
            if section.rows
            else f"<p>{esc(t('export.measure.none'))}</p>"
        )
        parts.append(
            f"<section><h2>{esc(section.heading)}</h2><p>{esc(section.about)}</p>{table}</section>"
        )
    return "".join(parts)


def write_html(shared: Shared, *, version: str) -> bytes:
    """The whole report as one UTF-8 HTML file."""
    title = r.title()
    includes = _list([esc(line) for line in r.includes_lines(shared)])
    days = fmt.LocalDays()
    body = "".join(
        [
            f"<header><h1>{esc(title)}</h1>",
            f'<p class="made">{esc(r.made_line(shared, version))}</p></header>',
            f"<section><h2>{esc(t('export.report.includes'))}</h2>{includes}</section>",
            _overview(shared),
            *(_goal(shared, goal, days) for goal in shared.goals),
            _general(shared),
            f'<p class="legend">{esc(r.bands_legend())}</p>',
        ]
    )
    page = (
        f'<!DOCTYPE html>\n<html lang="{get_language()}">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta name="generator" content="recovery-journal {escape(version)}">\n'
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>\n"
        f"<body>\n<main>\n{body}\n</main>\n</body>\n</html>\n"
    )
    return page.encode("utf-8")

"""``recovery chart --save``'s vector files: the panels as SVG, alone or in a page.

Drawn by :mod:`recovery_cli.export.svgchart`, the code that draws the report's
charts: one panel per goal (or domain, or check-in question), the same
colours and band shading, a ``<title>`` per panel. The HTML page adds each
panel's sentence under the drawing and needs nothing from outside the file.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from html import escape

from recovery_cli.charts.panel import Panel
from recovery_cli.charts.stack import time_axis, x_ticks
from recovery_cli.export import svgchart
from recovery_cli.i18n import get_language, t
from recovery_cli.views import format as fmt
from recovery_cli.views.story import number

ROOM = 64  # characters of date labels an SVG's width holds


def tip(moment: datetime, value: float, decimals: int | None = None) -> str:
    """A dot's tooltip: ``7 Jun 2026: 4`` (a measure's score with its decimals)."""
    return t(
        "export.chart.point",
        day=fmt.day_text(moment.astimezone().date()),
        position=number(value, decimals),
    )


def drawing(
    panels: Sequence[Panel],
    *,
    start: datetime | None,
    end: datetime,
    title: str,
    together: bool = False,
    ids: str = "panel",
    headings: bool = True,
    standalone: bool = False,
) -> str:
    """The panels as one SVG element (drawn together in one panel when asked)."""
    first = time_axis(panels, start, end)
    assert first is not None, "nothing to draw"
    groups = [list(panels)] if together else [[panel] for panel in panels]
    return svgchart.svg(
        groups,
        first=first,
        end=end,
        x_ticks=x_ticks(first, end, ROOM),
        tip=tip,
        label=title,
        ids=ids,
        headings=headings,
        standalone=standalone,
    )


def svg_file(
    panels: Sequence[Panel],
    *,
    start: datetime | None,
    end: datetime,
    title: str,
    together: bool = False,
) -> str:
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + drawing(
        panels, start=start, end=end, title=title, together=together, standalone=True
    )


CSS = """
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: #1f2328; background: #fff; margin: 0 auto; max-width: 44rem; padding: 1.5rem; }
h1 { font-size: 1.4rem; }
svg.chart { width: 100%; height: auto; display: block; }
svg .axis { font: 12px system-ui, sans-serif; fill: #57606a; }
svg .heading { font: 600 14px system-ui, sans-serif; fill: #1f2328; }
figure { margin: 0; }
figcaption dt { font-weight: 600; }
figcaption dd { margin: 0 0 .6rem; color: #57606a; }
"""


def html_file(
    panels: Sequence[Panel],
    *,
    start: datetime | None,
    end: datetime,
    title: str,
    together: bool = False,
) -> str:
    """A page holding the drawing and, under it, each panel's sentence."""
    words = "".join(f"<dt>{escape(p.title)}</dt><dd>{escape(p.sentence)}</dd>" for p in panels)
    return (
        f'<!DOCTYPE html>\n<html lang="{get_language()}">\n<head>\n<meta charset="utf-8">\n'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'\">\n"
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n<main>\n"
        f"<h1>{escape(title)}</h1>\n<figure>"
        + drawing(panels, start=start, end=end, title=title, together=together)
        + f"<figcaption><dl>{words}</dl></figcaption></figure>\n</main>\n</body>\n</html>"
    )

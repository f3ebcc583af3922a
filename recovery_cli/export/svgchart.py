"""A small inline SVG line chart of positions for the HTML report.

Self-contained (no scripts, fonts or links), readable in grey when printed:
the three bands are soft shaded areas named on the right, the line joins the
person's own ratings, time runs left to right in proportion. No colour says
"worse": a step back is just a lower point.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from recovery_cli.domain.continuum import BANDS, HIGHEST, LOWEST
from recovery_cli.domain.records import Position
from recovery_cli.i18n import t

WIDTH, HEIGHT = 640, 220
LEFT, RIGHT, TOP, BOTTOM = 28, 110, 12, 30
PAD = 14  # keeps the first and last point off the plot's edges
BAND_FILL = {"far": "#eef1f5", "on_the_way": "#f4f1e8", "close": "#e9f3ec"}
LINE = "#2f5f8a"


def _y(value: float) -> float:
    span = HEIGHT - TOP - BOTTOM
    return TOP + span * (HIGHEST + 0.5 - value) / (HIGHEST - LOWEST + 1)


def _xs(moments: list[datetime]) -> list[float]:
    left, plot = LEFT + PAD, WIDTH - LEFT - RIGHT - 2 * PAD
    start, end = moments[0], moments[-1]
    total = (end - start).total_seconds()
    if total <= 0:
        if len(moments) == 1:
            return [left + plot / 2]
        step = plot / (len(moments) - 1)
        return [left + i * step for i in range(len(moments))]
    return [left + plot * (m - start).total_seconds() / total for m in moments]


def _bands() -> list[str]:
    parts = []
    for key, span in BANDS:
        top, bottom = _y(span[-1] + 0.5), _y(span[0] - 0.5)
        parts.append(f'<rect x="{LEFT}" y="{top:.1f}" width="{WIDTH - LEFT - RIGHT}" '
                     f'height="{bottom - top:.1f}" fill="{BAND_FILL[key]}"/>')
        parts.append(f'<text x="{WIDTH - RIGHT + 8}" y="{(top + bottom) / 2 + 4:.1f}" '
                     f'class="band">{escape(t("band." + key))}</text>')
    for level in range(LOWEST, HIGHEST + 1):
        y = _y(level)
        parts.append(f'<line x1="{LEFT}" y1="{y:.1f}" x2="{WIDTH - RIGHT}" y2="{y:.1f}" '
                     f'stroke="#d5d9de" stroke-width="0.5"/>')
        parts.append(f'<text x="{LEFT - 8}" y="{y + 4:.1f}" text-anchor="end" '
                     f'class="axis">{level}</text>')
    return parts


def svg_chart(points: list[Position], labels: list[str], description: str) -> str:
    """The chart for ``points`` (own ratings, oldest first); ``labels`` are their dates."""
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {WIDTH} {HEIGHT}" '
             f'role="img" aria-label="{escape(description)}" class="chart">',
             f"<title>{escape(description)}</title>",
             '<g font-family="system-ui, sans-serif" font-size="12" fill="#57606a">',
             *_bands(), "</g>"]
    if points:
        moments = [datetime.fromisoformat(p.when) for p in points]
        xs = _xs(moments)
        coords = [(x, _y(p.value)) for x, p in zip(xs, points, strict=True)]
        if len(coords) > 1:
            path = " ".join(f"{x:.1f},{y:.1f}" for x, y in coords)
            parts.append(f'<polyline points="{path}" fill="none" stroke="{LINE}" '
                         f'stroke-width="2" stroke-linejoin="round"/>')
        radius = 3.5 if len(points) <= 40 else 2 if len(points) <= 150 else 0
        for (x, y), point, label in zip(coords, points, labels, strict=True):
            if not radius:
                break  # a long series: the line alone reads better
            tip = escape(t("export.chart.point", day=label, position=point.value))
            parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="{radius}" fill="{LINE}">'
                         f"<title>{tip}</title></circle>")
        base = HEIGHT - BOTTOM + 18
        parts.append('<g font-family="system-ui, sans-serif" font-size="12" fill="#57606a">')
        if len(points) == 1 or labels[-1] == labels[0]:
            parts.append(f'<text x="{xs[0]:.1f}" y="{base}" text-anchor="middle" '
                         f'class="axis">{escape(labels[0])}</text>')
        else:
            parts.append(f'<text x="{LEFT}" y="{base}" class="axis">{escape(labels[0])}</text>')
            parts.append(f'<text x="{WIDTH - RIGHT}" y="{base}" text-anchor="end" '
                         f'class="axis">{escape(labels[-1])}</text>')
        parts.append("</g>")
    parts.append("</svg>")
    return "".join(parts)

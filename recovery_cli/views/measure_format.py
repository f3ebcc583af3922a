"""``recovery measure format``: the fields of a measure's definition file, in
the person's language (the package carries no separate document to read)."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from recovery_cli.i18n import t

# Each field as it is written in the file, and whether it must be given; its
# meaning is ``measure.format.field.<n>`` (n from 1, in this order).
FIELDS: tuple[tuple[str, bool], ...] = (
    ("name", True),
    ("version", False),
    ("title.en, title.da", True),
    ("source, licence", True),
    ("intro", False),
    ("scale.low, scale.high", True),
    ("scale.labels.en, .da", True),
    ("[[items]]", True),
    ("items.text.en, .da", True),
    ("items.key", False),
    ("items.chime", False),
    ("items.reverse", False),
    ("scoring.method", True),
    ("scoring.max_skipped", False),
    ("scoring.multiply, .add", False),
    ("scoring.decimals", False),
    ("[reference]", False),
    ("[[reference.bands]]", False),
)


NARROW = 72  # below this, a field's meaning goes under its name, not beside it


def _fields(width: int) -> RenderableType:
    rows = [
        (Text(field + (" *" if required else ""), style="bold"), t(f"measure.format.field.{n}"))
        for n, (field, required) in enumerate(FIELDS, start=1)
    ]
    if width < NARROW:  # every name whole, its meaning indented under it
        lines: list[RenderableType] = []
        for name, meaning in rows:
            lines += [Text("  ") + name, Padding(Text(meaning), (0, 0, 0, 6))]
        return Group(*lines)
    table = Table.grid(padding=(0, 2), pad_edge=True)
    table.add_column(no_wrap=True)
    table.add_column(ratio=1)
    for name, meaning in rows:
        table.add_row(name, Text(meaning))
    return table


def format_view(width: int) -> RenderableType:
    """What the fields are, each with its meaning; then where the example is."""
    return Group(
        Text(t("measure.format.intro")),
        Text(""),
        Text(t("measure.format.fields")),
        _fields(width),
        Text(""),
        Text(t("measure.format.unknown")),
        Text(""),
        Text(t("measure.format.example")),
        Text("  " + t("measure.format.example_command"), style="bold", no_wrap=True),
    )

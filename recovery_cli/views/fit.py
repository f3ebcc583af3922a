"""Tables sized to the width they are drawn in, and cells that keep their indent.

``Fitted`` decides every column's width before rich draws the table, so a
title wraps only when the other columns cannot make room without wrapping
something themselves. ``Indented`` is a cell (or a line) whose wrapped lines
stay under its text, not under its lead: ``└ Coffee with Anna every`` /
``  other Thursday``.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len
from rich.console import RenderableType
from rich.measure import Measurement
from rich.table import Table
from rich.text import Text

TITLE_FLOOR = 16  # the title column keeps this much before short columns wrap
TITLE_WORD = 24  # a longer word in a title folds rather than make other columns wrap
TITLE_LEAST = 8  # and folds a long word rather than go narrower


class Indented:
    """``lead`` then ``body``; the body's wrapped and later lines start under
    its own first character (a hanging indent). ``lead`` is short and never
    wraps: a bullet, or the ``└`` of a step."""

    def __init__(self, lead: Text | str, body: Text | str) -> None:
        self.lead = lead if isinstance(lead, Text) else Text(lead)
        self.body = body if isinstance(body, Text) else Text(body)

    @property
    def indent(self) -> int:
        return cell_len(self.lead.plain)

    @property
    def plain(self) -> str:
        return self.lead.plain + self.body.plain

    def lines(self, console, width: int) -> Text:
        room = max(1, width - self.indent)
        wrapped = self.body.wrap(console, room, overflow="fold")
        pad = Text(" " * self.indent)
        joined = Text("\n").join(
            (self.lead if index == 0 else pad) + line for index, line in enumerate(wrapped)
        )
        joined.no_wrap = True
        return joined

    def __rich_console__(self, console, options):
        yield self.lines(console, options.max_width)

    def __rich_measure__(self, console, options):
        widest, narrowest = words(self.body)
        return Measurement(self.indent + narrowest, self.indent + widest)


def words(cell: RenderableType, keep: int = 1) -> tuple[int, int]:
    """A cell's widest line, and the narrowest width that breaks it only between
    words (``keep`` words stay together at the start of each line: "5 on")."""
    if isinstance(cell, Indented):
        widest, narrowest = words(cell.body, keep)
        return cell.indent + widest, cell.indent + narrowest
    text = cell if isinstance(cell, Text) else Text(str(cell))
    lines = text.plain.split("\n")
    widest = max(cell_len(line) for line in lines)
    narrowest = 0
    for line in lines:
        parts = line.split()
        narrowest = max(
            [narrowest, cell_len(" ".join(parts[:keep]))] + [cell_len(part) for part in parts]
        )
    return widest, narrowest


class Fitted:
    """A table sized to the width it is drawn in, never cutting a word.

    When the table is too wide, room is found in this order: first a heading
    wider than its column's cells wraps between its words (``Last`` over
    ``logged``), which costs no row a line; then the ``title`` column gives way
    (down to ``TITLE_FLOOR``, or its longest word); then the ``wrap`` columns,
    in order, break between words; then the title narrows further and folds a
    word too long for any line (a web address). ``keep`` says how many leading
    words of a column's cells stay together (``5 on the way``).
    """

    def __init__(
        self,
        table: Table,
        *,
        title: int,
        wrap: Sequence[int] = (),
        keep: dict[int, int] | None = None,
    ) -> None:
        self.table, self.title, self.wrap, self.keep = table, title, tuple(wrap), keep or {}

    def _overhead(self) -> int:
        table, count = self.table, len(self.table.columns)
        _, right, _, left = table.padding
        pads = (left + right) * count - ((left + right) if not table.pad_edge else 0)
        edges = (2 if table.show_edge else 0) + count - 1 if table.box else 0
        return pads + edges

    def _headings(self, widths: list[int]) -> list[tuple[int, int]]:
        """Each other column's width with only its heading wrapped."""
        steps = []
        for index, column in enumerate(self.table.columns):
            if index == self.title or column.no_wrap:
                continue
            cells = [words(cell, self.keep.get(index, 1))[0] for cell in column.cells]
            enough = max([words(column.header)[1], *cells])
            if enough < widths[index]:
                steps.append((index, enough))
        return steps

    def widths(self, width: int) -> list[int]:
        measured = [
            [words(cell, self.keep.get(index, 1)) for cell in [column.header, *column.cells]]
            for index, column in enumerate(self.table.columns)
        ]
        widths = [max(w for w, _ in cells) for cells in measured]
        least = [max(n for _, n in cells) for cells in measured]
        room = width - self._overhead()
        floor = min(widths[self.title], TITLE_FLOOR)
        whole = min(least[self.title], TITLE_WORD)  # longer words fold anyway
        steps = self._headings(widths)
        steps += [(self.title, min(widths[self.title], max(whole, floor)))]
        steps += [(index, least[index]) for index in self.wrap]
        steps += [(self.title, floor), (self.title, TITLE_LEAST)]
        for index, floor in steps:
            excess = sum(widths) - room
            if excess <= 0:
                break
            widths[index] = max(floor, widths[index] - excess)
        return widths

    def title_room(self, width: int) -> tuple[int, int]:
        """The title column's width at ``width``, and the width its longest
        title wants."""
        cells = [words(cell)[0] for cell in self.table.columns[self.title].cells]
        return self.widths(width)[self.title], max(cells, default=0)

    def __rich_console__(self, console, options):
        for column, width in zip(self.table.columns, self.widths(options.max_width), strict=True):
            column.width = width
        yield self.table

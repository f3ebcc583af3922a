"""The tour ``recovery demo`` shows: the overview, the movement, what to try."""

from __future__ import annotations

from rich.console import Group
from rich.text import Text

from recovery_cli.i18n import t
from recovery_cli.journal.core import Journal
from recovery_cli.journal.overview import overview
from recovery_cli.views.console import make_console
from recovery_cli.views.status import status_view


def suggestions() -> list[tuple[str, str]]:
    """Commands a peer worker can try next, all against the demo."""
    ref = t("demo.example.ref")
    letter = t("chime.connectedness.letter").lower()
    return [
        (f"recovery --demo goal show {ref}", t("demo.tour.show")),
        (f'recovery --demo log {ref} 7 --note "{t("demo.example.note")}"', t("demo.tour.log")),
        ("recovery --demo chart", t("demo.tour.chart_cmd")),
        ("recovery --demo goal list --all", t("demo.tour.list")),
        ("recovery --demo support list", t("demo.tour.support")),
        (f'recovery --demo goal add "{t("demo.example.goal")}" --chime {letter}',
         t("demo.tour.add")),
        ("recovery demo --reset", t("demo.tour.reset")),
    ]


def movement_chart(journal: Journal, *, width: int, colour: bool) -> Text:
    """The active goals' positions over the demo's half year, a compact panel each."""
    from recovery_cli.views.chart import goals_chart

    drawn = goals_chart(journal, width=width, colour=colour, title=t("demo.tour.chart"))
    return Text.from_ansi(drawn) if colour else Text(drawn)


def render_tour(journal: Journal, console=None) -> None:
    console = console or make_console()
    console.print(Text(t("demo.tour.intro")), "")
    console.print(status_view(overview(journal), journal.now, width=console.width))
    console.print(movement_chart(journal, width=console.width,
                                 colour=console.is_terminal and not console.no_color))
    lines: list[Text] = []
    for line, what in suggestions():  # each command whole on its own line, to copy
        lines.append(Text(line, style="bold"))
        lines.append(Text("  " + what, style="dim"))
    try_next = Group(*lines)
    console.print(Group(Text(""), Text(t("demo.tour.try"), style="bold"), try_next,
                        Text(""), Text(t("demo.tour.own"), style="dim")))

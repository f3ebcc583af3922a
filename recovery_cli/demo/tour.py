"""The tour ``recovery demo`` shows: who the example person is, the overview,
the movement, what to try, and where the course and the other people are."""

from __future__ import annotations

from rich.console import Group
from rich.text import Text

from recovery_cli.demo.people import DEFAULT, NAMES
from recovery_cli.demo.person import Person
from recovery_cli.i18n import t
from recovery_cli.journal.core import Journal
from recovery_cli.journal.overview import overview
from recovery_cli.views.console import make_console
from recovery_cli.views.status import status_view


def demo_prefix(person: Person) -> str:
    """``recovery --demo`` for the default person, ``recovery --demo anna`` for others."""
    return "recovery --demo" if person.key == DEFAULT else f"recovery --demo {person.key}"


def suggestions(person: Person) -> list[tuple[str, str]]:
    """Commands a peer worker can try next, all against this person's sandbox."""
    words = person.content
    ref = t(f"{words}.example.ref")
    letter = t("chime.connectedness.letter").lower()
    run = demo_prefix(person)
    reset = (
        "recovery demo --reset"
        if person.key == DEFAULT
        else (f"recovery demo --person {person.key} --reset")
    )
    return [
        (f"{run} goal show {ref}", t("demo.tour.show")),
        (
            f"{run} log {ref} {person.next_position(person.example)} "
            f'--note "{t(f"{words}.example.note")}"',
            t("demo.tour.log"),
        ),
        (f"{run} chart", t("demo.tour.chart_cmd")),
        (f"{run} goal list --all", t("demo.tour.list")),
        (f"{run} support list", t("demo.tour.support")),
        (f'{run} goal add "{t(f"{words}.example.goal")}" --chime {letter}', t("demo.tour.add")),
        (reset, t("demo.tour.reset")),
    ]


def reset_command(person: Person) -> str:
    return suggestions(person)[-1][0]


def course_command(person: Person) -> str:
    return (
        "recovery course" if person.key == DEFAULT else (f"recovery course --person {person.key}")
    )


def movement_chart(journal: Journal, *, width: int, colour: bool) -> Text:
    """The active goals' positions over the example's months, a compact panel each."""
    from recovery_cli.views.chart import goals_chart

    drawn = goals_chart(journal, width=width, colour=colour, title=t("demo.tour.chart"))
    return Text.from_ansi(drawn) if colour else Text(drawn)


def render_tour(journal: Journal, person: Person, console=None) -> None:
    console = console or make_console()
    name = t(f"people.{person.key}.name")
    console.print(
        Text(t("demo.tour.who", name=name, summary=t(f"people.{person.key}.summary")), style="bold")
    )
    console.print(Text(t("demo.tour.intro")), "")
    console.print(status_view(overview(journal), journal.now, width=console.width))
    console.print(
        movement_chart(
            journal, width=console.width, colour=console.is_terminal and not console.no_color
        )
    )
    lines: list[Text] = []
    for line, what in suggestions(person):  # each command whole on its own line, to copy
        lines.append(Text(line, style="bold"))
        lines.append(Text("  " + what, style="dim"))
    others = ", ".join(t(f"people.{key}.name") for key in NAMES if key != person.key)
    console.print(
        Group(
            Text(""),
            Text(t("demo.tour.try"), style="bold"),
            *lines,
            Text(""),
            Text(t("demo.tour.course", command=course_command(person), name=name)),
            Text(t("demo.tour.people", names=others)),
            Text(""),
            Text(t("demo.tour.own"), style="dim"),
        )
    )

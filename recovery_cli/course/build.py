"""The course in words: each page's heading and blocks, in the current language,
with the example person's live screens filled in. Layout comes after
(course/layout.py for the terminal, course/handout.py for a file)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from recovery_cli.course import chapters as ch
from recovery_cli.demo.person import Person
from recovery_cli.i18n import t


@dataclass(frozen=True)
class Block:
    """``text``: lines in the tool's words (wrapped by the layout);
    ``screen``: a live screen, already at the page's width (never rewrapped);
    ``commands``: (command, what it does) pairs; ``question``: for the group."""

    kind: str
    lines: tuple[str, ...]
    command: str | None = None  # for a screen: the command that drew it
    pairs: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class CoursePage:
    chapter: int  # index into chapters.CHAPTERS
    heading: str
    blocks: tuple[Block, ...]


@dataclass(frozen=True)
class Course:
    title: str
    person: Person
    name: str
    chapter_titles: tuple[str, ...]
    pages: tuple[CoursePage, ...] = field(default_factory=tuple)


# (kind, person, width) -> the screen's lines; the real one runs the command
Screens = Callable[[str, Person, int], list[str]]


def _real_screen(kind: str, person: Person, width: int) -> list[str]:
    from recovery_cli.course.screens import live_screen

    return live_screen(kind, person, width=width)


def _text(key: str, **params: object) -> Block:
    return Block("text", tuple(t(key, **params).split("\n")))


def _domains() -> Block:
    from recovery_cli.domain.chime import DOMAINS
    from recovery_cli.views import format as fmt

    return Block(
        "text",
        tuple(
            f"{fmt.domain_letter(key)}  {fmt.domain_name(key)}: {t(f'course.chime.about.{key}')}"
            for key in DOMAINS
        ),
    )


def _questions() -> Block:
    from recovery_cli.domain.chime import DOMAINS
    from recovery_cli.views import format as fmt

    return Block(
        "text",
        tuple(f"{fmt.domain_letter(key)}  {t(f'talk.chime_question.{key}')}" for key in DOMAINS),
    )


def _conversation() -> Block:
    """The guide's own questions, numbered, from the keys it asks with."""
    from recovery_cli.talk.questions import NEW_GOAL

    return Block("text", tuple(f"{n:>2}  {t(key)}" for n, key in enumerate(NEW_GOAL, start=1)))


def _continuum() -> Block:
    from recovery_cli.views.continuum import continuum_lines

    lines = continuum_lines()
    span = max(len(line) for line in lines) - 2
    abstract, concrete = t("course.continuum.abstract"), t("course.continuum.concrete")
    arrow = "─" * max(span - len(abstract) - len(concrete) - 4, 3) + "▶"
    return Block("screen", (*lines, f"  {abstract} {arrow} {concrete}"))


def commands(person: Person) -> tuple[tuple[str, str], ...]:
    """Commands to try together against this person's sandbox, with what each does."""
    from recovery_cli.demo.tour import demo_prefix, reset_command

    run, words = demo_prefix(person), person.content
    number = person.goal_number(person.journey)
    note = t(f"{words}.example.note")
    return (
        (f"recovery demo --person {person.key}", t("course.try.open")),
        (f"{run} goal show {number}", t("demo.tour.show")),
        (
            f'{run} log {number} {person.next_position(person.journey)} --note "{note}"',
            t("course.try.log"),
        ),
        (f"{run} guide {number}", t("course.try.guide")),
        (f"{run} checkin", t("course.try.checkin")),
        ("recovery demo --list", t("course.try.others")),
        (reset_command(person), t("demo.tour.reset")),
    )


def _block(key: str, person: Person, name: str, width: int, screens: Screens) -> Block:
    if key == ch.DOMAINS:
        return _domains()
    if key == ch.QUESTIONS:
        return _questions()
    if key == ch.CONVERSATION:
        return _conversation()
    if key == ch.CONTINUUM:
        return _continuum()
    if key == ch.INTRO:
        return _text(f"people.{person.key}.intro")
    if key == ch.COMMANDS:
        return Block("commands", (), pairs=commands(person))
    if key in ch.SCREENS:
        from recovery_cli.course.screens import shown_command

        return Block(
            "screen", tuple(screens(key, person, width)), command=shown_command(key, person)
        )
    return _text(key, name=name)


def build_course(
    person: Person, *, width: int = 80, start: int = 0, screens: Screens = _real_screen
) -> Course:
    """Every page from chapter ``start`` on, for ``person``, in the current language."""
    name = t(f"people.{person.key}.name")
    titles = tuple(t(chapter.title, name=name) for chapter in ch.CHAPTERS)
    pages: list[CoursePage] = []
    for index, chapter in enumerate(ch.CHAPTERS):
        if index < start:
            continue
        for number, page in enumerate(chapter.pages, start=1):
            blocks = [_block(key, person, name, width, screens) for key in page.blocks]
            if number == len(chapter.pages):
                blocks.append(Block("question", (t(chapter.question, name=name),)))
            pages.append(CoursePage(index, t(page.heading, name=name), tuple(blocks)))
    return Course(t("course.title"), person, name, titles, tuple(pages))

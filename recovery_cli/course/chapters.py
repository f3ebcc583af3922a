"""The course's chapters, as data: catalog keys, and what each page shows.

A page is a heading and a run of blocks. A block is a catalog key (text in
the tool's own words) or, after ``@``, something drawn when the course is
built: the tool's CHIME words, the continuum view, or a live screen of the
example person's journal (the real command, run against their sandbox).
Every chapter ends with its discussion question, ``course.<key>.question``.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from recovery_cli.domain.errors import InputError
from recovery_cli.domain.text import fold
from recovery_cli.i18n import LANGUAGES, catalog

# Things a page can show besides its text (see course/build.py).
DOMAINS = "@domains"  # the five CHIME domains, as the tool names them
QUESTIONS = "@questions"  # the guide's everyday question for each domain
CONVERSATION = "@conversation"  # the guide's questions for a new goal, in its order
CONTINUUM = "@continuum"  # the 1-8 continuum, drawn by the tool's own view
INTRO = "@intro"  # who the example person is
STATUS = "@status"  # live: recovery status
GOAL = "@goal"  # live: recovery goal show, for the goal the journey follows
CHART = "@chart"  # live: recovery chart, for that goal
HELPED = "@helped"  # live: recovery helped, for that goal
COMMANDS = "@commands"  # commands to try together, for this example person

SCREENS = (STATUS, GOAL, CHART, HELPED)


@dataclass(frozen=True)
class Page:
    heading: str  # catalog key (may use {name})
    blocks: tuple[str, ...]


@dataclass(frozen=True)
class Chapter:
    key: str
    pages: tuple[Page, ...]

    @property
    def title(self) -> str:
        return f"course.{self.key}.title"

    @property
    def question(self) -> str:
        return f"course.{self.key}.question"


def _page(heading: str, *blocks: str) -> Page:
    return Page(heading, blocks)


CHAPTERS: tuple[Chapter, ...] = (
    Chapter(
        "recovery",
        (
            _page("course.recovery.1.heading", "course.recovery.1"),
            _page("course.recovery.2.heading", "course.recovery.2"),
        ),
    ),
    Chapter(
        "chime",
        (
            _page("course.chime.1.heading", "course.chime.1", DOMAINS, "course.chime.1.after"),
            _page("course.chime.2.heading", "course.chime.2", QUESTIONS, "course.chime.2.after"),
        ),
    ),
    Chapter(
        "values",
        (
            _page("course.values.1.heading", "course.values.1"),
            _page("course.values.2.heading", "course.values.2"),
        ),
    ),
    Chapter(
        "conversation",
        (
            _page(
                "course.conversation.1.heading",
                "course.conversation.1",
                CONVERSATION,
                "course.conversation.1.after",
            ),
            _page("course.conversation.2.heading", "course.conversation.2"),
        ),
    ),
    Chapter(
        "continuum",
        (
            _page("course.continuum.1.heading", CONTINUUM, "course.continuum.1"),
            _page("course.continuum.2.heading", "course.continuum.2"),
        ),
    ),
    Chapter(
        "journey",
        (
            _page("course.journey.1.heading", INTRO, "course.journey.1"),
            _page("course.journey.status", STATUS),
            _page("course.journey.goal", GOAL),
            _page("course.journey.chart", CHART),
            _page("course.journey.helped", HELPED),
        ),
    ),
    Chapter("together", (_page("course.together.1.heading", "course.together.1", COMMANDS),)),
)


def chapter_name(chapter: Chapter) -> str:
    """What a person types for ``--chapter`` in the current language (``kontinuum``)."""
    from recovery_cli.i18n import t

    return t(f"course.{chapter.key}.name")


def find_chapter(value: str) -> int:
    """The index of the chapter named (its number, or its name in either
    language); an unknown one is refused with the nearest name suggested."""
    wanted = fold(value.strip())
    if wanted.isdigit() and 1 <= int(wanted) <= len(CHAPTERS):
        return int(wanted) - 1
    names: dict[str, int] = {}
    for index, chapter in enumerate(CHAPTERS):
        names[chapter.key] = index
        for language in LANGUAGES:
            names[fold(catalog(language)[f"course.{chapter.key}.name"])] = index
    if wanted in names:
        return names[wanted]
    close = difflib.get_close_matches(wanted, list(names), n=1, cutoff=0.5)
    if close:
        raise InputError(
            "error.course.chapter_suggest",
            value=value,
            suggestion=chapter_name(CHAPTERS[names[close[0]]]),
        )
    raise InputError("error.course.chapter_unknown", value=value, count=len(CHAPTERS))

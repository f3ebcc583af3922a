"""``recovery course``: a paced walk-through for a class, or a handout of it."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from recovery_cli.cli.base import command, lang_option
from recovery_cli.cli.base import option as _opt
from recovery_cli.cli.state import AppState, state
from recovery_cli.domain.errors import InputError
from recovery_cli.i18n import t
from recovery_cli.views import out

WIDTH, HEIGHT = 80, 24  # a projector's terminal: every page fits, no scrolling
SAVE_KINDS = {".html": "html", ".htm": "html", ".md": "md"}
CLEAR = "\x1b[H\x1b[2J"  # the cursor home, the screen cleared: each page starts at the top


def register(app: typer.Typer) -> None:
    @command(app, "course", "help.course")
    def course(
        ctx: typer.Context,
        person: Annotated[
            str | None, _opt("help.opt.course_person", "--person", metavar=t("metavar.person"))
        ] = None,
        chapter: Annotated[
            str | None, _opt("help.opt.chapter", "--chapter", metavar=t("metavar.chapter"))
        ] = None,
        listing: Annotated[bool, typer.Option("--list", help=t("help.opt.course_list"))] = False,
        print_all: Annotated[
            bool, typer.Option("--print", help=t("help.opt.course_print"))
        ] = False,
        save: Annotated[
            str | None, _opt("help.opt.course_save", "--save", metavar=t("metavar.file"))
        ] = None,
        force: Annotated[bool, typer.Option("--force", help=t("help.opt.course_force"))] = False,
        lang: Annotated[str | None, lang_option()] = None,
    ) -> None:
        from recovery_cli.course.chapters import find_chapter
        from recovery_cli.demo import people

        app_state = state(ctx)
        if lang is not None:
            app_state.use_language(lang)
        if listing:
            if chapter is not None or print_all or save is not None:
                raise InputError("error.course.list_alone")
            _list()
            return
        start = find_chapter(chapter) if chapter is not None else 0
        name = people.find(person) if person is not None else (app_state.person or people.DEFAULT)
        target = _save_target(save, app_state, name, force) if save is not None else None
        _walk(app_state, people.person(name), start, target, print_all)


def _list() -> None:
    from recovery_cli.course.chapters import CHAPTERS, chapter_name

    out.say(t("course.list.heading"))
    names = [chapter_name(chapter) for chapter in CHAPTERS]
    width = max(len(name) for name in names)
    for number, (chapter, name) in enumerate(zip(CHAPTERS, names, strict=True), start=1):
        title = t(chapter.title, name=t("course.list.person"))
        out.say(f"  {number}  {name:<{width}}  {title}", hang=width + 7)


def _save_target(save: str, app_state: AppState, name: str, force: bool) -> tuple[Path, str]:
    """Where the handout goes and as what; refuses other kinds, a journal, and
    (without ``force``) a file that is already there, as every export does."""
    from recovery_cli.demo.sandbox import sandbox_path
    from recovery_cli.storage.exchange import check_output

    if not save.strip():
        raise InputError("error.course.save_empty")
    path = Path(save).expanduser()
    kind = SAVE_KINDS.get(path.suffix.lower())
    if kind is None:
        raise InputError("error.course.save_suffix", path=save)
    for journal in (app_state.path, sandbox_path(name)):
        check_output(path, journal, force=force)
    return path, kind


def _walk(app_state: AppState, person, start: int, target, print_all: bool) -> None:
    from recovery_cli.cli import prompts
    from recovery_cli.course.build import build_course
    from recovery_cli.demo.sandbox import ensure_sandbox, sandbox_path

    # An example journal is built in the course's language; one that is there
    # already is kept as it is (what a group logged in it live stays), and a
    # line says so when it speaks another language than the pages.
    path = sandbox_path(person.key)
    ensure_sandbox(path, person.key)
    _other_language(path, person)
    width, height = _size()
    course = build_course(person, width=WIDTH if target else width, start=start)
    if target is not None:
        path, kind = target
        _save(course, path, kind, sandbox_path(person.key))
        return
    from recovery_cli.course.layout import layout

    frames = layout(course, width=width, height=height)
    if print_all or not (prompts.interactive() and _stdout_is_terminal()):
        _every_page(frames)
        return
    _page(frames, person, height, app_state.language_fixed)


def _other_language(path: Path, person) -> None:
    """One line when the example journal speaks another language than the course."""
    from recovery_cli.i18n import get_language
    from recovery_cli.journal.core import Journal

    with Journal.open(path, write=False) as journal:
        language = journal.language
    if language and language != get_language():
        out.info(
            t(
                f"course.sandbox_language.{language}",
                name=t(f"people.{person.key}.name"),
                command=f"recovery --lang {get_language()} demo --person {person.key} --reset",
            )
        )


def _size() -> tuple[int, int]:
    import shutil

    size = shutil.get_terminal_size((WIDTH, HEIGHT))
    return max(min(size.columns, WIDTH), 40), max(min(size.lines, HEIGHT), 12)


def _stdout_is_terminal() -> bool:
    import sys

    return sys.stdout.isatty()


def _save(course, path: Path, kind: str, sandbox: Path) -> None:
    from recovery_cli.course import handout
    from recovery_cli.storage.exchange import write_export

    text = handout.html(course) if kind == "html" else handout.markdown(course)
    write_export(path, text.encode("utf-8"), sandbox, force=True)  # checked before building
    out.done(t("course.saved", path=str(path)))


def _plain(frame) -> list[str]:
    return [text.rstrip() for text, _ in frame.lines]


def _every_page(frames) -> None:
    for index, frame in enumerate(frames):
        if index:
            out.say("")
        out.say("\n".join(_plain(frame)))


_STYLES = {
    "header": {"reverse": True, "bold": True},
    "heading": {"bold": True},
    "dim": {"dim": True},
    "command": {"bold": True},
    "question": {"bold": True},
}


def _page(frames, person, height: int, language_fixed: bool) -> None:
    """Page through ``frames`` at the terminal; say where the person stopped."""
    from recovery_cli.cli.terminal import single_keys
    from recovery_cli.course.chapters import CHAPTERS, chapter_name
    from recovery_cli.course.pager import Screen, page_through

    def show(frame) -> None:
        typer.echo(CLEAR, nl=False)
        for text, style in frame.lines:
            typer.echo(out.style(text, **_STYLES[style]) if style else text)
        for _ in range(height - 1 - len(frame.lines)):
            typer.echo("")

    def asking(read_key):
        def ask(prompt: str) -> str:
            typer.echo(out.style(prompt, dim=True) + " ", nl=False)  # on stdout, with the page
            return read_key()  # a single key: the footer's "b" and "q" need no Enter

        return ask

    with single_keys() as read_key:
        stopped = page_through(frames, Screen(show=show, ask=asking(read_key)))
    typer.echo("")
    if stopped is None:
        out.say(
            t("course.finished", command=_command(person, language_fixed, "--save handout.html"))
        )
        return
    chapter = CHAPTERS[frames[stopped].chapter]
    resume = _command(person, language_fixed, f"--chapter {chapter_name(chapter)}")
    out.say(
        t(
            "course.stopped",
            number=frames[stopped].chapter + 1,
            title=t(chapter.title, name=t(f"people.{person.key}.name")),
            command=resume,
        )
    )


def _command(person, language_fixed: bool, tail: str) -> str:
    """The course command that comes back here: same person, same language."""
    from recovery_cli.demo.people import DEFAULT
    from recovery_cli.i18n import get_language

    lang = f" --lang {get_language()}" if language_fixed else ""
    who = "" if person.key == DEFAULT else f" --person {person.key}"
    return f"recovery{lang} course{who} {tail}"

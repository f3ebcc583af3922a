"""``recovery course``: every page fits 80x24 in both languages, the screens are
live from the example's sandbox, the pager goes on, back and stops, and the
handout is a private, self-contained file."""

from __future__ import annotations

import html
import json
import os
import stat

import pytest

from recovery_cli.course import chapters as ch
from recovery_cli.course.build import build_course
from recovery_cli.course.layout import layout
from recovery_cli.course.pager import Screen, page_through, prompt
from recovery_cli.demo import people
from recovery_cli.demo.sandbox import ensure_sandbox, sandbox_path
from recovery_cli.domain.errors import InputError
from recovery_cli.i18n import set_language, t
from recovery_cli.storage.paths import default_journal_path
from tests.glossary import assert_danish

WIDTH, HEIGHT = 80, 24


def frames_for(name: str, language: str):
    set_language(language)
    ensure_sandbox(sandbox_path(name), name, language_fixed=True)
    course = build_course(people.person(name), width=WIDTH)
    return course, layout(course, width=WIDTH, height=HEIGHT)


def text(frame) -> str:
    return "\n".join(line for line, _ in frame.lines)


@pytest.mark.parametrize("language", ["en", "da"])
@pytest.mark.parametrize("name", people.NAMES)
def test_every_page_fits_a_projector_terminal(name, language):
    course, frames = frames_for(name, language)
    assert {frame.chapter for frame in frames} == set(range(len(ch.CHAPTERS)))
    for index, frame in enumerate(frames):
        assert len(frame.lines) + 1 <= HEIGHT, text(frame)  # and the prompt's row
        for line, _ in frame.lines:
            assert len(line) <= WIDTH, line
        assert len(prompt(index, len(frames))) < WIDTH
        if language == "da":
            assert_danish(text(frame), where=f"{name}, page {index + 1}")
    for number, chapter in enumerate(ch.CHAPTERS):  # each ends with its question
        last = [frame for frame in frames if frame.chapter == number][-1]
        question = t(chapter.question, name=course.name)
        assert " ".join(text(last).split()).endswith(" ".join(question.split()))


def test_danish_pages_are_danish_and_english_ones_english():
    _, danish = frames_for("anna", "da")
    _, english = frames_for("anna", "en")
    assert "Til holdet:" in text(danish[1]) and "For the group:" in text(english[1])
    joined = "\n".join(text(frame) for frame in danish)
    for word in ("dagbog", "placering", "indtjekning", "peermedarbejder"):
        assert word in joined


def test_the_journey_shows_the_real_screens_live(cli):
    cli("--demo", "anna", "log", "2", "8", "--note", "Live from the class")
    set_language("en")
    course = build_course(people.person("anna"))
    journey = [page for page in course.pages if page.chapter == 5]
    screens = {
        block.command: "\n".join(block.lines)
        for page in journey
        for block in page.blocks
        if block.kind == "screen"
    }
    assert "recovery --demo anna status" in screens
    assert "Live from the class" in screens["recovery --demo anna goal show 2"]
    assert "#2 Take Danish as a single subject" in screens["recovery --demo anna chart 2"]
    status = cli("--demo", "anna", "status").out
    assert screens["recovery --demo anna status"].splitlines()[0] in status


def test_what_helped_is_the_helped_command():
    set_language("en")
    ensure_sandbox(sandbox_path("henrik"), "henrik", language_fixed=True)
    course = build_course(people.person("henrik"))
    [page] = [p for p in course.pages if p.heading == t("course.journey.helped")]
    [screen] = [block for block in page.blocks if block.kind == "screen"]
    assert screen.command == "recovery --demo henrik helped 2"
    shown = "\n".join(screen.lines)
    assert "A family talk with Tom there" in shown
    assert "Three Sundays in a row I stayed in bed" in shown


def test_the_course_never_touches_a_real_journal(cli, journal_file):
    cli("goal", "add", "My own private goal", "--position", "3")
    watched = [journal_file, default_journal_path()]
    before = [(p.read_bytes(), os.stat(p).st_mtime_ns) if p.exists() else None for p in watched]
    done = cli("course", "--person", "birgit")
    assert done.code == 0, done
    after = [(p.read_bytes(), os.stat(p).st_mtime_ns) if p.exists() else None for p in watched]
    assert after == before
    assert json.loads(cli("goal", "list", "--json").out)[0]["title"] == "My own private goal"


def test_without_a_terminal_the_course_prints_every_page(cli):
    done = cli("course", "--person", "henrik")
    assert done.code == 0, done
    printed = cli("course", "--person", "henrik", "--print")
    assert printed.out == done.out
    set_language("en")
    _, frames = frames_for("henrik", "en")
    assert (
        done.out
        == "\n\n".join("\n".join(line.rstrip() for line, _ in frame.lines) for frame in frames)
        + "\n"
    )
    assert "Enter: next" not in done.out


def test_chapter_starts_there_and_list_names_them(cli):
    listed = cli("course", "--list")
    assert listed.code == 0
    for number, chapter in enumerate(ch.CHAPTERS, start=1):
        assert f"{number}  {chapter.key}" in listed.out
    danish = cli("--lang", "da", "course", "--list").out
    assert "kontinuum" in danish and "værdier" in danish
    from_continuum = cli("course", "--chapter", "continuum").out
    assert from_continuum.startswith(" 5/7  From far away to close")
    assert cli("--lang", "da", "course", "--chapter", "vaerdier").out.startswith(" 3/7  Fire")
    assert cli("course", "--chapter", "6").out.startswith(" 6/7  Kim's journey")


@pytest.mark.parametrize(
    ("value", "index"),
    [
        ("1", 0),
        ("recovery", 0),
        ("CHIME", 1),
        ("værdier", 2),
        ("samtalen", 3),
        ("Kontinuum", 4),
        ("forløb", 5),
        ("journey", 5),
        ("sammen", 6),
    ],
)
def test_chapters_are_found_by_number_or_name_in_either_language(value, index):
    assert ch.find_chapter(value) == index


@pytest.mark.parametrize(
    ("args", "code", "says"),
    [
        (("course", "--chapter", "continum"), 2, "did you mean 'continuum'"),
        (("course", "--chapter", "9"), 2, "from 1 to 7"),
        (("course", "--person", "ana"), 2, "did you mean 'anna'"),
        (("course", "--list", "--print"), 2, "--list"),
        (("course", "--save", "handout.pdf"), 2, ".html or .md"),
        (("course", "--save", " "), 2, "--save"),
    ],
)
def test_bad_input_is_one_sentence(cli, args, code, says):
    done = cli(*args)
    assert done.code == code and says in done.err, done
    assert done.err.count("\n") == 1 and not done.out


def test_chapter_errors_in_danish_suggest_the_danish_name():
    set_language("da")
    with pytest.raises(InputError) as raised:
        ch.find_chapter("kontinum")
    assert raised.value.params["suggestion"] == "kontinuum"


# -- the pager ----------------------------------------------------------------------


class Keys:
    """A scripted class at the projector: the keys pressed, the frames seen."""

    def __init__(self, *keys):
        self.keys = list(keys)
        self.seen: list[int] = []

    def screen(self, frames) -> Screen:
        def show(frame):
            self.seen.append(frames.index(frame))

        def ask(question):
            if not self.keys:
                raise EOFError
            key = self.keys.pop(0)
            if key is KeyboardInterrupt:
                raise KeyboardInterrupt
            return key

        return Screen(show=show, ask=ask)


@pytest.fixture(scope="module")
def frames():
    from recovery_cli.course.build import Block, Course, CoursePage
    from recovery_cli.demo.people import person

    pages = tuple(
        CoursePage(i % 3, f"Page {i}", (Block("text", (f"text {i}",)),)) for i in range(5)
    )
    course = Course("T", person("kim"), "Kim", ("A", "B", "C"), pages)
    return layout(course)


def test_enter_goes_on_b_goes_back_and_the_end_is_reached(frames):
    keys = Keys("", "", "b", "", "x", "", "", "")
    assert page_through(frames, keys.screen(frames)) is None
    assert keys.seen == [0, 1, 2, 1, 2, 2, 3, 4]


def test_q_ctrl_c_and_ctrl_d_stop_where_the_person_is(frames):
    for stop in ("q", "Q", KeyboardInterrupt):
        keys = Keys("", "", stop)
        assert page_through(frames, keys.screen(frames)) == 2
    keys = Keys("")
    assert page_through(frames, keys.screen(frames)) == 1  # end of input


def test_back_on_the_first_page_stays_there(frames):
    keys = Keys("b", "q")
    assert page_through(frames, keys.screen(frames)) == 0
    assert keys.seen == [0, 0]


# -- the handout --------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".html", ".md"])
def test_the_handout_is_private_self_contained_and_never_overwritten(cli, tmp_path, suffix):
    target = tmp_path / f"handout{suffix}"
    done = cli("course", "--person", "anna", "--save", str(target))
    assert done.code == 0, done
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    saved = target.read_text(encoding="utf-8")
    if suffix == ".html":
        saved = html.unescape(saved)
    for chapter in ch.CHAPTERS:
        assert t(chapter.title, name="Anna") in saved
    assert "recovery --demo anna goal show 2" in saved  # the live screens are in it
    assert "Sat the oral exam and passed" in saved
    assert "For the group:" in saved
    if suffix == ".html":
        for outside in ("http:", "https:", "<script", "src=", "@import", "url("):
            assert outside not in saved
        assert "Content-Security-Policy" in saved and "@media print" in saved
    before = target.read_bytes()
    again = cli("course", "--save", str(target))
    assert again.code == 1 and "--force" in again.err
    assert target.read_bytes() == before
    forced = cli("course", "--save", str(target), "--force")
    assert forced.code == 0 and target.read_bytes() != before  # Kim's journey now


def test_the_handout_never_replaces_a_journal(cli, journal_file):
    cli("goal", "add", "Mine")
    before = journal_file.read_bytes()
    renamed = journal_file.with_suffix(".md")
    journal_file.rename(renamed)
    done = cli("--journal", str(renamed), "course", "--save", str(renamed), "--force")
    assert done.code == 2, done
    assert renamed.read_bytes() == before


def test_danish_handout(cli, tmp_path):
    target = tmp_path / "materiale.md"
    assert cli("--lang", "da", "course", "--save", str(target)).code == 0
    saved = target.read_text(encoding="utf-8")
    assert "# Et kursus i personlig recovery" in saved and "Til holdet:" in saved


def test_lang_works_after_the_command_too(cli):
    after = cli("course", "--lang", "da", "--person", "anna", "--chapter", "7")
    assert after.code == 0 and after.out.startswith(" 7/7  Prøv det sammen"), after
    assert after.out == cli("--lang", "da", "course", "--person", "anna", "--chapter", "7").out
    assert "Annas forløb" in cli("demo", "--lang", "da", "--person", "anna").out
    wrong = cli("course", "--lang", "xx")
    assert wrong.code == 2 and "--lang" in wrong.err


def test_a_screen_that_cannot_be_drawn_says_why_within_the_page(cli):
    from recovery_cli.course.screens import run_command, screen_lines

    set_language("en")
    said = screen_lines(run_command(["--demo-person", "anna", "goal", "show", "99"], width=40), 40)
    assert said and all(len(line) <= 40 for line in said)
    assert "99" in " ".join(said)


def test_the_course_keeps_what_a_group_logged_in_the_example_journal(cli):
    """A course in another language than the example journal shows it as it is
    (and says so), rather than building it again over what was logged live."""
    assert cli("--lang", "da", "demo", "--person", "anna").code == 0
    assert cli("--demo", "anna", "log", "2", "8", "--note", "Bestod live").code == 0
    done = cli("course", "--person", "anna", "--print")
    assert done.code == 0
    assert "was built in Danish" in done.err
    assert "recovery --lang en demo --person anna --reset" in done.err
    shown = cli("--demo", "anna", "goal", "show", "2", "--all").out
    assert "Bestod live" in shown
    again = cli("--lang", "da", "course", "--person", "anna", "--print")
    assert again.code == 0 and "bygget" not in again.err  # the same language: nothing to say


@pytest.mark.parametrize("size", [(80, 24), (60, 24), (40, 12)])
@pytest.mark.parametrize("language", ["en", "da"])
@pytest.mark.parametrize("name", people.NAMES)
def test_a_page_that_goes_on_never_shows_a_line_or_two_alone(name, language, size):
    """A live screen one or two lines too long for a frame gave a frame of one
    line (the overview's last line, 'Everyday footing: 22 on 3 Dec 2026'): the
    last frame of a page takes enough lines from the one before (QA 24)."""
    from recovery_cli.course.layout import LEAST_GOING_ON

    set_language(language)
    ensure_sandbox(sandbox_path(name), name, language_fixed=True)
    width, height = size
    frames = layout(build_course(people.person(name), width=width), width=width, height=height)
    going_on = t("course.continued", heading="\0").split("\0")[1]  # " (continued)"
    for frame in frames:
        (header, _), *lines = frame.lines
        if going_on.strip() not in header and not (lines and going_on in lines[0][0]):
            continue  # a page's first frame, or the discussion question's own
        shown = [line for line, style in lines if line.strip() and style != "heading"]
        assert len(shown) >= LEAST_GOING_ON, text(frame)

"""The course laid out as terminal frames: each fits ``width`` x ``height``
(80 x 24 for a projector), with the last row kept for the pager's prompt.

A frame is a list of (text, style) lines; styles are only names here
(``header``, ``heading``, ``dim``, ``command``, ``question``), so a frame can be
printed plain or in colour. A page whose blocks do not fit (a long live
screen) goes on over as many frames as it needs, each saying so.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

from recovery_cli.course.build import Block, Course, CoursePage
from recovery_cli.i18n import t

Line = tuple[str, str]
# a line's hanging indent: a bullet ("- "), or a short mark and two spaces ("C  ", "8  ")
HANGING = re.compile(r"^(\s*(?:- |\S{1,3}  ))")


@dataclass(frozen=True)
class Frame:
    chapter: int  # index into chapters.CHAPTERS
    lines: tuple[Line, ...]


_GLUE = "\ue000"  # a private-use character, never in our catalogs
_QUOTED = re.compile(r"'[^'\n]*'")


def wrap(text: str, width: int) -> list[str]:
    """One line of text as lines of at most ``width``, broken between words
    (a quoted command stays whole where it fits), continuing under the text
    after a bullet or a short mark."""
    if not text.strip():
        return [""]
    match = HANGING.match(text)
    indent = " " * len(match.group(1)) if match else ""
    glued = _QUOTED.sub(
        lambda quoted: (
            quoted.group(0).replace(" ", _GLUE)
            if len(quoted.group(0)) < width - len(indent)
            else quoted.group(0)
        ),
        text,
    )
    lines = textwrap.wrap(
        glued, width, subsequent_indent=indent, break_long_words=True, break_on_hyphens=False
    )
    return [line.replace(_GLUE, " ") for line in lines] or [""]


def _block_lines(block: Block, width: int) -> list[Line]:
    if block.kind == "screen":
        return [(line, "") for line in block.lines]
    if block.kind == "commands":
        lines: list[Line] = []
        for command, what in block.pairs:
            lines += [(part, "command") for part in wrap(command, width)]
            lines += [(part, "dim") for part in wrap("  " + what, width)]
        return lines
    style = "question" if block.kind == "question" else ""
    text = block.lines
    if block.kind == "question":
        text = (t("course.for_the_group", question=block.lines[0]),)
    return [(part, style) for line in text for part in wrap(line, width)]


def _page_body(page: CoursePage, width: int) -> list[Line]:
    body: list[Line] = []
    for block in page.blocks:
        if body and (block.kind != "screen" or block.command is None):
            body.append(("", ""))
        body += _block_lines(block, width)
    return body


def _screen_command(page: CoursePage) -> str | None:
    return next((b.command for b in page.blocks if b.kind == "screen" and b.command), None)


def _top(page: CoursePage, width: int) -> list[Line]:
    """The lines under the header: the page's heading and a blank line; a
    page that is a live screen gives every row to the screen instead (its
    heading and command go in the header)."""
    if _screen_command(page):
        return []
    return [(part, "heading") for part in wrap(page.heading, width)] + [("", "")]


def _header(course: Course, page: CoursePage, part: int, parts: int, width: int, kind: str) -> Line:
    """``6/7  Anna's journey ... 2/10``; over a live screen, what it is and the
    command that drew it: ``6/7  The overview  $ recovery --demo anna status``."""
    chapter = page.chapter
    title = course.chapter_titles[chapter]
    command = _screen_command(page) if kind != "question" else None
    if command:
        heading = (
            t("course.continued", heading=page.heading) if kind == "continued" else (page.heading)
        )
        title = f"{heading}   $ {command}"
    left = f" {chapter + 1}/{len(course.chapter_titles)}  {title}"
    right = f"{part}/{parts} "
    room = width - len(right)
    if len(left) > room - 1:
        left = left[: room - 2] + "…"
    return (left.ljust(room) + right, "header")


# A frame that goes on from the one before shows at least this many lines of
# text: never one line of a screen on a page of its own.
LEAST_GOING_ON = 4


def _lines_of_text(lines: list[Line]) -> int:
    return sum(1 for text, _ in lines if text.strip())


def _last_start(body: list[Line]) -> int:
    """Where the last frame has to start to show ``LEAST_GOING_ON`` lines of text."""
    start, seen = len(body), 0
    while start > 0 and seen < LEAST_GOING_ON:
        start -= 1
        seen += 1 if body[start][0].strip() else 0
    return start


def _chunks(body: list[Line], first: int, rest: int) -> list[list[Line]]:
    """``body`` over frames of ``first`` rows, then ``rest`` rows; a frame that
    cannot hold the rest ends at a blank row in its lower half where there is
    one, so a table or a chart is not cut in two when it need not be. The
    last frame gets enough of its neighbour's lines not to show a line or two
    alone (the discussion question excepted: it has a frame of its own)."""
    chunks: list[list[Line]] = []
    start, room = 0, first
    while len(body) - start > room:
        end = _end(body, start, start + room)
        tail = body[end:]
        asks = all(style == "question" for text, style in tail if text)
        alone = len(tail) <= rest and not asks and _lines_of_text(tail) < LEAST_GOING_ON
        limit = min(end, _last_start(body))
        if alone and limit - start >= room // 2:  # this frame stays at least half full
            end = _end(body, start, limit)
            if _lines_of_text(body[start:end]) < LEAST_GOING_ON:  # nor left short itself
                end = limit
        chunks.append(body[start:end])
        start, room = end, rest
    chunks.append(body[start:])
    return chunks


def _end(body: list[Line], start: int, end: int) -> int:
    """Where a frame from ``start`` that may go up to ``end`` ends: after a blank
    row in its lower half where there is one."""
    blanks = [i for i in range(start + (end - start) // 2, end) if not body[i][0]]
    if blanks:
        end = blanks[-1] + 1
        if end - 3 > start and body[end - 2][0] and not body[end - 3][0]:
            end -= 2  # a heading alone between blank rows goes with what it heads
    return end


def layout(course: Course, *, width: int = 80, height: int = 24) -> list[Frame]:
    """Every frame of the course, in order."""
    room = height - 2  # one row for the header, one for the prompt
    drafts: list[tuple[CoursePage, str, list[Line]]] = []
    for page in course.pages:
        top, body = _top(page, width), _page_body(page, width)
        more = (
            []
            if not top
            else [
                (part, "heading")
                for part in wrap(t("course.continued", heading=page.heading), width)
            ]
            + [("", "")]
        )
        chunks = _chunks(body, max(room - len(top), 1), max(room - len(more), 1))
        for number, chunk in enumerate(chunks):
            while number and chunk and not chunk[0][0]:
                chunk = chunk[1:]  # a continued frame does not start with a blank row
            if not number:
                drafts.append((page, "first", [*top, *chunk]))
            elif all(style == "question" for text, style in chunk if text):
                # the discussion question on a frame of its own: headed as such
                heading = [
                    (part, "heading") for part in wrap(t("course.for_the_group.heading"), width)
                ]
                question = next(b for b in page.blocks if b.kind == "question").lines[0]
                asked = [(part, "question") for part in wrap(question, width)]
                drafts.append((page, "question", [*heading, ("", ""), *asked]))
            else:
                drafts.append((page, "continued", [*more, *chunk]))
    frames: list[Frame] = []
    for index, (page, kind, lines) in enumerate(drafts):
        same = [i for i, (other, _, _) in enumerate(drafts) if other.chapter == page.chapter]
        header = _header(course, page, same.index(index) + 1, len(same), width, kind)
        frames.append(Frame(page.chapter, (header, *lines)))
    return frames

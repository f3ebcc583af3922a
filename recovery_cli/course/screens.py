"""Live screens: the tool's real commands, run against an example person's
sandbox in this process, their output captured at the page's width.

Nothing is pasted: the course shows what ``recovery --demo anna status``
shows at that moment, so a position logged in class appears on the next run.
"""

from __future__ import annotations

import contextvars
import io
import os
import re
from contextlib import redirect_stderr, redirect_stdout

from recovery_cli.course.chapters import CHART, GOAL, HELPED, STATUS
from recovery_cli.demo.person import Person
from recovery_cli.i18n import get_language

_ANSI = re.compile(r"\x1b\[[0-9;?]*[ -/]*[@-~]")
# What a captured command sees: this width, and plain text however the course's
# own terminal is set up (FORCE_COLOR would otherwise put escapes in the text).
_PLAIN = {"NO_COLOR": "1"}
_DROPPED = ("FORCE_COLOR", "CLICOLOR_FORCE")


def _command_args(kind: str, person: Person) -> list[str]:
    number = str(person.goal_number(person.journey))
    return {
        STATUS: ["status"],
        GOAL: ["goal", "show", number],
        CHART: ["chart", number],
        HELPED: ["helped", number],
    }[kind]


def shown_command(kind: str, person: Person) -> str:
    """The command as a peer worker would type it to see the same screen."""
    from recovery_cli.demo.tour import demo_prefix

    return " ".join([demo_prefix(person), *_command_args(kind, person)])


def run_command(args: list[str], *, width: int) -> str:
    """``recovery ARGS`` run in this process; what it shows, as plain text.

    It runs in a copy of the current context, so the language it sets is its
    own; the environment it reads (COLUMNS, colour) is restored afterwards.
    """
    from recovery_cli.cli.app import build_app
    from recovery_cli.cli.state import choose_language

    def call() -> int:
        choose_language(args)
        try:
            build_app()(args=args, prog_name="recovery", standalone_mode=False)
        except SystemExit as done:
            return done.code if isinstance(done.code, int) else 0
        return 0

    out, err = io.StringIO(), io.StringIO()
    changes = {"COLUMNS": str(width), "LINES": "24", **_PLAIN}
    saved = {key: os.environ.get(key) for key in (*changes, *_DROPPED)}
    os.environ.update(changes)
    for key in _DROPPED:
        os.environ.pop(key, None)
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = contextvars.copy_context().run(call)
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    # a screen that could not be drawn says why, where the class can see it
    return _ANSI.sub("", out.getvalue() + (err.getvalue() if code else ""))


def screen_lines(text: str, width: int = 80) -> list[str]:
    """A captured screen as lines: trailing spaces and the blank lines around it
    gone, and a line wider than the page (a sentence on stderr) wrapped."""
    import textwrap

    lines = []
    for line in text.splitlines():
        line = line.rstrip()
        lines += textwrap.wrap(line, width) if len(line) > width else [line]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def live_screen(kind: str, person: Person, *, width: int) -> list[str]:
    """The screen ``kind`` (status, the journey goal's page, chart, what helped)
    of ``person``'s sandbox, as lines at most ``width`` wide."""
    args = ["--lang", get_language(), "--demo-person", person.key, *_command_args(kind, person)]
    return screen_lines(run_command(args, width=width), width)

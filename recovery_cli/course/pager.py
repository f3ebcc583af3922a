"""Paging through the course: Enter goes on, ``b`` goes back, ``q`` or Ctrl-C
stops. The person's side is injected (``show`` a frame, ``ask`` for a key), as
in talk/, so the flow is tested without a terminal."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from recovery_cli.course.layout import Frame
from recovery_cli.i18n import t

BACK = {"b", "back", "t", "tilbage"}
QUIT = {"q", "quit", "a", "afslut", "stop"}


@dataclass
class Screen:
    """How the pager reaches the person: ``show(frame)`` and ``ask(prompt) -> line``."""

    show: Callable[[Frame], None]
    ask: Callable[[str], str]


def prompt(index: int, count: int) -> str:
    """The last row of every frame: what the keys do here."""
    key = (
        "course.keys.last"
        if index == count - 1
        else ("course.keys.first" if index == 0 else "course.keys")
    )
    return t(key)


def page_through(frames: list[Frame], screen: Screen, start: int = 0) -> int | None:
    """Show ``frames`` from ``start``; None when the person went past the last
    one, else the index of the frame where they stopped (``q``, Ctrl-C, Ctrl-D)."""
    index = min(max(start, 0), len(frames) - 1)
    while True:
        try:
            screen.show(frames[index])
            answer = screen.ask(prompt(index, len(frames))).strip().casefold()
        except (KeyboardInterrupt, EOFError):
            return index
        if answer in QUIT:
            return index
        if answer in BACK:
            index = max(index - 1, 0)
        elif not answer:
            if index == len(frames) - 1:
                return None
            index += 1
        # anything else: the same frame again

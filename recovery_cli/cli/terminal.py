"""The thin terminal side of conversations: input(), echo, the editor."""

from __future__ import annotations

import contextlib
import os
import re
import shlex
import signal
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator

import typer

from recovery_cli.domain.errors import NotPossible
from recovery_cli.talk.io import Stopped, Talk


def terminal_talk() -> Talk:
    """Questions on stdout, answers from stdin, with line editing when available."""
    with contextlib.suppress(ImportError):
        import readline  # noqa: F401  (arrow keys and history for input())

    def ask(question: str) -> str:
        if not question:
            return input("")
        # The terminal would break a long prompt anywhere, even mid-word: wrap it
        # ourselves (one column spare for the space before the answer).
        lines = wrapped_lines(question, _width() - 1)
        if len(lines) > 1:
            typer.echo("\n".join(lines[:-1]))
        return input(f"{lines[-1]} ")

    return Talk(ask=ask, say=say_wrapped)


# Kept together when wrapping: a menu number and its word ("5 network", "6 mdr"),
# and the " ·" that separates menu items stays at the end of a line.
_GLUE = "\ue000"  # a private-use character, never in our catalogs
_NUMBER_WORD = re.compile(r"(?<!\S)(\d+) (?=\S)")


def _width() -> int:
    import shutil

    return max(shutil.get_terminal_size((80, 24)).columns, 20)


def wrapped_lines(text: str, width: int) -> list[str]:
    """Text as lines of at most ``width`` characters, broken only between words
    (a word longer than a whole line is the one thing left as it is); each line
    keeps its indent, plus two spaces on the lines it continues on."""
    import textwrap

    lines: list[str] = []
    for line in text.split("\n"):
        if len(line) <= width:
            lines.append(line)
            continue
        lead = line[: len(line) - len(line.lstrip())]
        glued = line.replace(" · ", f"{_GLUE}· ").replace("Enter: ", f"Enter:{_GLUE}")
        glued = _NUMBER_WORD.sub(rf"\1{_GLUE}", glued)
        parts = textwrap.wrap(
            glued,
            width,
            subsequent_indent=lead + "  ",
            break_long_words=False,
            break_on_hyphens=False,
        )
        lines.extend(part.replace(_GLUE, " ") for part in parts or [glued])
    return lines


def say_wrapped(text: str) -> None:
    """Echo text wrapped to the terminal, so narrow terminals stay readable."""
    typer.echo("\n".join(wrapped_lines(text, _width())))


@contextlib.contextmanager
def end_line_on_stop() -> Iterator[None]:
    """Ctrl-C or end of input at a question: finish the prompt's line, then stop
    with the one-line 'nothing was saved' (exit 130) - nothing has been written."""
    try:
        yield
    except (KeyboardInterrupt, EOFError):
        typer.echo("")
        raise Stopped() from None


def read_stdin() -> str:
    """All of stdin as text; bytes that are not UTF-8 are kept for the text check."""
    raw = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read()
    return raw.decode("utf-8", errors="surrogateescape") if isinstance(raw, bytes) else raw


def editor_command() -> list[str] | None:
    """The person's editor from VISUAL, else EDITOR (may carry its own arguments)."""
    for name in ("VISUAL", "EDITOR"):
        value = os.environ.get(name, "").strip()
        if value:
            try:
                return shlex.split(value)
            except ValueError:
                return [value]
    return None


def edit_in_editor(command: list[str], initial: str, *, memory_only: bool = False) -> str:
    """Open ``initial`` in the editor on a private scratch file; return what is left.

    Like git, we ignore Ctrl-C while the editor runs: it belongs to the editor.
    """
    from recovery_cli.storage.scratch import private_scratch, read_scratch

    with private_scratch("note.txt", initial, memory_only=memory_only) as path:
        main = threading.current_thread() is threading.main_thread()
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
        try:
            done = subprocess.run([*command, str(path)], check=False)
        except OSError:
            raise NotPossible("error.note.no_editor", editor=command[0]) from None
        finally:
            if main:
                signal.signal(signal.SIGINT, previous)
        if done.returncode != 0:
            raise NotPossible("error.note.editor_failed", code=done.returncode)
        return read_scratch(path)


# Single keys at a pager (a page at a time): what each one does.
_NEXT_KEYS = {"\r", "\n", " ", "\x1b[C", "\x1b[B", "\x1b[6~", "\x1bOC", "\x1bOB"}
_BACK_KEYS = {"b", "\x1b[D", "\x1b[A", "\x1b[5~", "\x1bOD", "\x1bOA"}
_QUIT_KEYS = {"q"}


def _keys(typed: str) -> list[str]:
    """What one read from the terminal holds, key by key: an escape sequence
    (an arrow, Page Down) is one key, so is each other character."""
    keys: list[str] = []
    rest = typed
    while rest:
        match = re.match(r"\x1b(\[[0-9;]*[A-Za-z~]|O[A-Za-z])?", rest)
        size = match.end() if match else 1
        keys.append(rest[:size])
        rest = rest[size:]
    return keys


@contextlib.contextmanager
def single_keys() -> Iterator[Callable[[], str]]:
    """A reader of single keys, no Enter needed, while the block runs: it gives
    "" (Enter, Space, right or down arrow, Page Down), "b" (b, left or up arrow,
    Page Up) or "q"; other keys are passed over. Ctrl-C stops as everywhere
    (KeyboardInterrupt), Ctrl-D too (EOFError).

    The terminal is put in cbreak mode once for the whole block and restored on
    every way out (Ctrl-C included). Not ``typer.getchar``: that switches to raw
    mode per key and flushes the input on each switch, so a key pressed while a
    page is drawn would be lost. Without termios (or with a stdin that is no
    terminal) each answer is a line, as before."""
    try:
        import termios
        import tty
    except ImportError:  # not a POSIX terminal
        yield _line_keys
        return
    try:
        fd = sys.stdin.fileno()
        saved = termios.tcgetattr(fd)
    except (OSError, ValueError, termios.error):
        yield _line_keys
        return
    pending: list[str] = []

    def read() -> str:
        while True:
            while not pending:
                typed = os.read(fd, 32)
                if not typed or typed == b"\x04":
                    raise EOFError
                pending.extend(_keys(typed.decode("utf-8", "replace")))
            key = pending.pop(0)
            key = key.casefold() if len(key) == 1 else key  # B and Q too; arrows as sent
            if key in _NEXT_KEYS:
                return ""
            if key in _BACK_KEYS:
                return "b"
            if key in _QUIT_KEYS:
                return "q"

    tty.setcbreak(fd, termios.TCSANOW)  # no flush: keys typed ahead are kept
    try:
        yield read
    finally:
        termios.tcsetattr(fd, termios.TCSADRAIN, saved)


def _line_keys() -> str:
    return input("")

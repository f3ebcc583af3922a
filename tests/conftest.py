"""Shared fixtures: a private journal per test, and ways to run the CLI.

``cli("goal", "add", "x")`` runs the command in-process with typer's
CliRunner, exactly as ``main()`` would (language chosen first, then the app
built). ``proc(...)`` runs it as a real subprocess (``python -m recovery_cli``).
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

import recovery_cli
from recovery_cli.cli.app import build_app
from recovery_cli.cli.errors import describe
from recovery_cli.cli.state import choose_language
from recovery_cli.domain.errors import RecoveryError
from recovery_cli.i18n import set_language

ROOT = Path(__file__).resolve().parent.parent
# The package under test, wherever it is installed (the source tree, or a wheel
# in a fresh environment when CI runs the sdist's tests against it).
PACKAGE = Path(recovery_cli.__file__).resolve().parent
LOCALE = PACKAGE / "i18n" / "locale"

# Settings from the environment the suite runs in that would change what the
# commands print: colour forced on, a pager, a terminal size, a theme.
OUTSIDE_SETTINGS = (
    "FORCE_COLOR",
    "CLICOLOR_FORCE",
    "CLICOLOR",
    "NO_COLOR",
    "TTY_COMPATIBLE",
    "TTY_INTERACTIVE",
    "COLUMNS",
    "LINES",
    "PAGER",
    "MANPAGER",
    "LESS",
    "LANGUAGE",
    "LC_ALL",
    "LC_MESSAGES",
    "EDITOR",
    "VISUAL",
    "COLORTERM",
    "_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION",
)


def pytest_configure(config) -> None:
    """A suite started with Ctrl-C ignored (``nohup``, some CI runners) takes it
    back: every process a test starts inherits an ignored SIGINT otherwise, and
    a test that presses Ctrl-C would wait for nothing."""
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


def default_signals() -> None:
    """For a child process: Ctrl-C back to its default, even when the suite runs
    under a parent that ignores it (``nohup``, some CI runners). A process
    started with SIGINT ignored keeps ignoring it, so a test that presses Ctrl-C
    would wait for nothing."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _waiting(pid: int) -> bool:
    """Whether the process sleeps (in a read, say) rather than runs."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] == "S"
    except (OSError, IndexError):
        return True  # no /proc here: press at once


def press_ctrl_c(child) -> None:
    """Ctrl-C in a pexpect terminal, as a person presses it: once the program
    waits for what they type.

    CPython notices a signal between bytecodes or when a system call is
    interrupted; one that lands in the instant between a prompt being written
    and the read starting is only seen at the next read. A person never
    presses that fast, but a test can: so the key is pressed once the process
    sleeps, and again (as a person would) if it is still running seconds later.
    """
    import time

    for _ in range(3):
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and not (
            _waiting(child.pid) and (time.sleep(0.05) or _waiting(child.pid))
        ):
            time.sleep(0.02)
        child.sendintr()
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            if not child.isalive():
                return
            time.sleep(0.05)


def spaced(phrase: str) -> str:
    """A pexpect pattern for ``phrase`` wherever a terminal-wide sentence was
    wrapped: any run of spaces may be a line break."""
    return r"\s+".join(re.escape(word) for word in phrase.split())


@dataclass
class Ran:
    """What a command did: its exit code and its two output streams."""

    code: int
    out: str
    err: str

    def __repr__(self) -> str:  # shown when an assertion fails
        return f"Ran(code={self.code}, out={self.out!r}, err={self.err!r})"


@pytest.fixture(autouse=True)
def _isolated(tmp_path, monkeypatch):
    """No test sees the person's real journal, locale or editor."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    for var in OUTSIDE_SETTINGS:
        monkeypatch.delenv(var, raising=False)
    for var in [name for name in os.environ if name.startswith("RECOVERY_")]:
        monkeypatch.delenv(var)
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("COLUMNS", "100")
    set_language("en")
    yield
    set_language("en")


@pytest.fixture(autouse=True)
def _cheap_scrypt(monkeypatch):
    """Journals the tests encrypt cost scrypt N=2^10, not 2^17 (in this process;
    real processes get the same from ``python -m tests.fastkdf``)."""
    from recovery_cli.storage import keyslots
    from tests.fastkdf import TEST_LOG2_N

    monkeypatch.setattr(keyslots, "SCRYPT_LOG2_N", TEST_LOG2_N)


@pytest.fixture
def journal_file(tmp_path, monkeypatch) -> Path:
    """The journal every ``cli``/``proc`` call uses (via RECOVERY_JOURNAL)."""
    path = tmp_path / "data" / "journal.json"
    path.parent.mkdir()
    monkeypatch.setenv("RECOVERY_JOURNAL", str(path))
    return path


def invoke(*args: str, input: str | None = None, env: dict[str, str] | None = None) -> Ran:
    """Run ``recovery ARGS`` in-process, as the console script would."""
    old = {key: os.environ.get(key) for key in (env or {})}
    os.environ.update(env or {})
    try:
        set_language("en")
        try:
            choose_language(list(args))
        except RecoveryError as error:  # mirrors main(): a bad language is a usage error
            return Ran(error.exit_code, "", describe(error) + "\n")
        runner = CliRunner()
        result = runner.invoke(build_app(), list(args), input=input, prog_name="recovery")
    finally:
        for key, value in old.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    if result.exception and not isinstance(result.exception, SystemExit):
        raise result.exception
    return Ran(result.exit_code, result.stdout, result.stderr)


@pytest.fixture
def cli(journal_file):
    """``cli(*args, input=None, env=None) -> Ran`` against the test's journal."""
    return invoke


def run_process(
    *args: str, env: dict[str, str] | None = None, input: str | None = None, timeout: float = 60
) -> subprocess.CompletedProcess:
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(
        [sys.executable, "-m", "recovery_cli", *args],
        capture_output=True,
        text=True,
        env=full_env,
        input=input,
        timeout=timeout,
        cwd=ROOT,
    )


@pytest.fixture
def proc(journal_file):
    """``proc(*args, env=None) -> CompletedProcess`` as a real subprocess."""
    return run_process


@pytest.fixture
def tty(monkeypatch):
    """Pretend stdin is a terminal (CliRunner types the answers)."""
    monkeypatch.setattr("recovery_cli.cli.prompts.interactive", lambda: True)


def one_sentence(ran) -> str:
    """The one sentence a refusal gives on stderr (no traceback, one line)."""
    err = ran.err.strip()
    assert err and "\n" not in err and "Traceback" not in err, ran
    return err


def finish(child) -> int:
    """Wait for a pexpect child to end; its exit status (-signal if killed)."""
    import pexpect

    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus if child.exitstatus is not None else -child.signalstatus

"""Every command a person runs, as the benchmark times it.

Each entry: the arguments, the floor it is compared with, what kind of work it
is (which limit applies at 100k), its budget at 10k (a ratio to the floor, or
None), and any set-up done before each run (not timed). ``{goal}`` stands for
a goal's number, ``{export}`` for a JSON export of the journal made once per
size, ``{backups}`` for the journal's backup folder.
"""

from __future__ import annotations

from dataclasses import dataclass, field

TYPER = "import typer"
PLOTEXT = "import typer, plotext"


@dataclass(frozen=True)
class Command:
    label: str
    argv: tuple[str, ...]
    floor: str = TYPER
    kind: str = "read"  # read | write | export | import | start
    budget: float | None = 1.5  # at 10k positions, ratio to the floor
    empty: tuple[str, ...] = ()  # folders emptied before each run
    copy: tuple[tuple[str, str], ...] = ()  # files copied before each run
    encrypted: bool = False  # run against the encrypted copy
    needs: str | None = None  # a command that must exist (new in this release)
    extra: dict = field(default_factory=dict)


def _c(label: str, *argv: str, **kw) -> Command:
    return Command(label, argv, **kw)


COMMANDS: tuple[Command, ...] = (
    _c("--version", "--version", kind="start", budget=1.0),
    _c("--help", "--help", kind="start", budget=1.5),
    _c("log", "log", "{goal}", "5", "--note", "bench", kind="write"),
    _c("log (first of day)", "log", "{goal}", "4", kind="write", budget=None, empty=("{backups}",)),
    _c("status", "status"),
    _c("goal list", "goal", "list"),
    _c("goal list --json", "goal", "list", "--json"),
    _c("goal show", "goal", "show", "{goal}"),
    _c("goal show --json", "goal", "show", "{goal}", "--json"),
    _c("notes", "notes"),
    _c("notes --search", "notes", "--search", "Reflection 7"),
    _c("checkins", "checkins"),
    _c("resource list", "resource", "list"),
    _c("support list", "support", "list"),
    _c("backup list", "backup", "list"),
    _c("helped", "helped", "{goal}", needs="helped"),
    _c("look-back", "look-back", needs="look-back"),
    _c("chart", "chart", floor=PLOTEXT),
    _c("chart GOAL", "chart", "{goal}", floor=PLOTEXT),
    _c(
        "chart --together",
        "chart",
        "--together",
        "1",
        "2",
        "3",
        floor=PLOTEXT,
        needs="chart --together",
    ),
    _c("chart --by-domain", "chart", "--by-domain", floor=PLOTEXT),
    _c("chart --checkins", "chart", "--checkins", floor=PLOTEXT),
    _c("chart --describe", "chart", "--describe", floor=PLOTEXT, needs="chart --describe"),
    _c("export json", "export", "--format", "json", kind="export", budget=2.5),
    _c("export csv", "export", "--format", "csv", kind="export", budget=2.5),
    _c("export md", "export", "--format", "md", kind="export", budget=2.5),
    _c("export html", "export", "--format", "html", kind="export", budget=2.5),
    _c("import (own export)", "import", "{export}", kind="import", budget=2.5),
    _c("doctor", "doctor", budget=2.5),
    _c("status (encrypted)", "status", encrypted=True, kind="start", budget=None),
)

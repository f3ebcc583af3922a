"""Every command a person runs, as the benchmark times it.

Each entry: the arguments, the floor it is compared with, what kind of work it
is (which limit applies at 100k), its budget at 10k (a ratio to the floor, or
None), and any set-up done before each run (not timed). In the arguments and
the set-up, ``{goal}`` stands for a goal's number, ``{journal}`` for the
journal, ``{pristine}`` for a copy of it as built, ``{export}`` for a JSON
export of it made once per size, ``{backups}`` for its backup folder,
``{empty}`` for a folder emptied before each run and ``{out}`` for a scratch
folder (emptied too) to save files in.

Commands that change the journal start each run from the journal as built
(``copy``), so every run does the same work and the journal does not grow.

Kinds: ``start`` (no journal read: the budget at 10k only), ``read`` and
``write`` (at 100k within 1.5x the read or write limit), ``export`` and
``import`` (within 3x), ``sealed`` (an encrypted journal: within 1.5x the
encrypted read limit). Floors: ``import typer`` for every command, and
``import typer, plotext`` for the commands that draw plotext panels: every
``chart`` kind, the goal page (``goal show``, which draws the goal's panel)
and ``look-back`` (a panel per goal).
"""

from __future__ import annotations

from dataclasses import dataclass

TYPER = "import typer"
PLOTEXT = "import typer, plotext"
_FRESH = (("{pristine}", "{journal}"),)  # a write starts from the journal as built


@dataclass(frozen=True)
class Command:
    label: str
    argv: tuple[str, ...]
    floor: str = TYPER
    kind: str = "read"  # start | read | write | export | import | sealed
    budget: float | None = 1.5  # at 10k positions, ratio to the floor
    empty: tuple[str, ...] = ()  # folders emptied (and made again) before each run
    copy: tuple[tuple[str, str], ...] = ()  # files copied before each run
    journal: str = "{journal}"  # the journal it runs on (RECOVERY_JOURNAL)
    encrypted: bool = False  # run against the encrypted copy
    needs: str | None = None  # a command that must exist (new in this release)
    stdin: str | None = None  # a file given as standard input


def _c(label: str, *argv: str, **kw) -> Command:
    return Command(label, argv, **kw)


def _write(label: str, *argv: str, **kw) -> Command:
    return Command(label, argv, kind="write", copy=_FRESH, **kw)


def _chart(label: str, *argv: str, **kw) -> Command:
    return Command(label, ("chart", *argv), floor=PLOTEXT, **kw)


def _export(label: str, *argv: str, **kw) -> Command:
    return Command(label, ("export", *argv), kind="export", budget=2.5, **kw)


COMMANDS: tuple[Command, ...] = (
    # -- starting: no journal read --------------------------------------------------
    _c("--version", "--version", kind="start", budget=1.0),
    _c("--help", "--help", kind="start"),
    _c("goal --help", "goal", "--help", kind="start"),
    _c("log --help", "log", "--help", kind="start"),
    _c("config", "config", kind="start", needs="config"),
    _c("prompts", "prompts", kind="start"),
    # -- writing ---------------------------------------------------------------------
    _write("log", "log", "{goal}", "5", "--note", "bench"),
    Command(
        "log (first of day)",
        ("log", "{goal}", "4"),
        kind="write",
        budget=None,
        empty=("{backups}",),
        copy=_FRESH,
    ),
    _write("goal add", "goal", "add", "Walk to the harbour", "--chime", "c,h", "-p", "3"),
    _write("goal edit", "goal", "edit", "{goal}", "--vision", "A calmer morning"),
    _write("goal pause", "goal", "pause", "3"),
    _write("unlog --yes", "unlog", "{goal}", "--yes"),
    _write("note add", "note", "add", "A quiet day, and that was fine"),
    _write("checkin add", "checkin", "add", "--c", "5", "--h", "6", "--i", "4", "--m", "5"),
    _write("measure take", "measure", "take", "everyday", "--answers", "3,2,3,4,1,3"),
    _write("resource add", "resource", "add", "Morning walks", "--kind", "strength"),
    _write("support add", "support", "add", "Mette", "--kind", "peer"),
    # -- reading ---------------------------------------------------------------------
    _c("status", "status"),
    _c("goal list", "goal", "list"),
    _c("goal list --json", "goal", "list", "--json"),
    _c("goal show", "goal", "show", "{goal}", floor=PLOTEXT),
    _c("goal show --json", "goal", "show", "{goal}", "--json"),
    _c("notes", "notes"),
    _c("notes --search", "notes", "--search", "Reflection 7"),
    _c("notes --json", "notes", "--json"),
    _c("checkins", "checkins"),
    _c("resource list", "resource", "list"),
    _c("support list", "support", "list"),
    _c("backup list", "backup", "list"),
    _c("measure list", "measure", "list"),
    _c("measure show", "measure", "show", "everyday"),
    _c("measure results", "measure", "results", "everyday"),
    _c("measure results --json", "measure", "results", "everyday", "--json"),
    _c("helped", "helped", "{goal}", needs="helped"),
    _c("helped --json", "helped", "{goal}", "--json", needs="helped"),
    _c("look-back", "look-back", floor=PLOTEXT, needs="look-back"),
    _c("look-back --since 1y", "look-back", "--since", "1y", floor=PLOTEXT, needs="look-back"),
    # -- charts ----------------------------------------------------------------------
    _chart("chart"),
    _chart("chart GOAL", "{goal}"),
    _chart("chart --since", "--since", "3 months ago"),
    _chart("chart --together", "--together", "1", "2", "3", needs="chart --together"),
    _chart("chart --by-domain", "--by-domain"),
    _chart("chart --checkins", "--checkins"),
    _chart("chart --measure", "--measure", "everyday", needs="chart --measure"),
    _chart("chart GOAL --measure", "{goal}", "--measure", "everyday", needs="chart --measure"),
    _chart("chart --describe", "--describe", needs="chart --describe"),
    _chart("chart --save svg", "--save", "{out}/chart.svg", empty=("{out}",), needs="chart --save"),
    _chart(
        "chart --save html", "--save", "{out}/chart.html", empty=("{out}",), needs="chart --save"
    ),
    _chart("chart --save txt", "--save", "{out}/chart.txt", empty=("{out}",), needs="chart --save"),
    # -- exports and import ----------------------------------------------------------
    _export("export json", "--format", "json"),
    _export("export csv", "--format", "csv"),
    _export("export csv notes", "--format", "csv", "--table", "notes"),
    _export("export csv results", "--format", "csv", "--table", "results"),
    _export("export md", "--format", "md"),
    _export("export html", "--format", "html"),
    _export("export html --measure", "--format", "html", "--measure", "everyday"),
    _export("export json --goal", "--format", "json", "--goal", "{goal}"),
    _export("export json to file", "--output", "{out}/export.json", empty=("{out}",)),
    Command(
        "import (own export)",
        ("import", "{export}"),
        kind="import",
        budget=2.5,
        copy=_FRESH,
    ),
    _c("import --dry-run", "import", "{export}", "--dry-run", kind="import", budget=2.5),
    Command(
        "import into empty",
        ("import", "{export}"),
        kind="import",
        budget=2.5,
        empty=("{empty}",),
        journal="{empty}/journal.json",
    ),
    _c("doctor", "doctor", budget=2.5),
    _c("doctor --json", "doctor", "--json", budget=2.5, needs="doctor --json"),
    # -- an encrypted journal --------------------------------------------------------
    _c("status (encrypted)", "status", encrypted=True, kind="sealed", budget=None),
)

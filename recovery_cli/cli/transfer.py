"""``recovery export`` and ``recovery import``: the person's data goes where they decide."""

from pathlib import Path
from typing import Annotated

import typer

from recovery_cli.cli.base import argument, command, when_option
from recovery_cli.cli.base import option as _opt
from recovery_cli.cli.state import state
from recovery_cli.domain.errors import InputError
from recovery_cli.domain.text import fold
from recovery_cli.i18n import get_language, t, tn
from recovery_cli.views import out
from recovery_cli.views.progress import working

DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}
TABLES = ("positions", "goals", "resources", "supports", "notes", "checkins", "results")


def _read_stdin_import() -> bytes:
    """What `recovery import -` reads: all of standard input, within the same size
    cap as a file; a terminal there means nothing was piped in."""
    import sys

    from recovery_cli.storage.exchange import MAX_IMPORT_BYTES

    if sys.stdin is None or sys.stdin.isatty():
        raise InputError("import.error.stdin_terminal")
    stream = getattr(sys.stdin, "buffer", None)
    raw = (
        stream.read(MAX_IMPORT_BYTES + 1)
        if stream is not None
        else sys.stdin.read(MAX_IMPORT_BYTES + 1).encode("utf-8", errors="surrogateescape")
    )
    if len(raw) > MAX_IMPORT_BYTES:
        raise InputError("import.error.stdin_too_big", limit=MAX_IMPORT_BYTES // (1024 * 1024))
    return raw


def _format(value: str | None, output: str | None) -> str:
    from recovery_cli.export import FORMATS, SUFFIXES

    if value is None:
        if not output:
            return "json"
        found = SUFFIXES.get(Path(output).suffix.lower())
        if found is None:  # e.g. x.xlsx: never write JSON under a name that promises more
            raise InputError("export.error.suffix", name=Path(output).name)
        return found
    found = {"markdown": "md", "htm": "html"}.get(fold(value.strip()), fold(value.strip()))
    if found not in FORMATS:
        raise InputError("export.error.format", value=value)
    return found


def _table(value: str | None, format_: str) -> str:
    """The CSV table asked for, by its name in any language (``placeringer``)."""
    if value is None:
        return "positions"
    if format_ != "csv":
        raise InputError("export.error.table_needs_csv")
    from recovery_cli.i18n import LANGUAGES, catalog

    wanted = fold(value.strip())
    for table in TABLES:
        names = {table, *(catalog(lang).get(f"export.table.{table}", "") for lang in LANGUAGES)}
        if wanted in {fold(name) for name in names}:
            return table
    raise InputError("export.error.table", value=value)


def _delimiter(value: str | None, format_: str) -> str | None:
    """The CSV separator asked for; None: the default of the language (known later)."""
    from recovery_cli.export.csvout import DELIMITERS

    if value is None:
        return None
    if format_ != "csv":
        raise InputError("export.error.delimiter_needs_csv")
    found = DELIMITERS.get(fold(value.strip()) or value)
    if found is None:
        raise InputError("export.error.delimiter", value=value)
    return found


def _payload(format_: str, shared, table: str, delimiter: str) -> bytes:
    from recovery_cli import __version__

    if format_ == "json":
        from recovery_cli.export.jsondoc import write_json

        return write_json(shared, version=__version__)
    if format_ == "csv":
        from recovery_cli.export.csvout import write_csv

        return write_csv(shared, table, delimiter=delimiter)
    if format_ == "md":
        from recovery_cli.export.markdown import write_markdown

        return write_markdown(shared, version=__version__)
    from recovery_cli.export.htmlout import write_html

    return write_html(shared, version=__version__)


def _counts(shared, format_: str, table: str) -> str:
    """What the file holds: the one table of a CSV (``12 positions``), else every
    kind of entry there is (``2 goals, 9 positions, 1 note``)."""
    sizes = {
        "goals": len(shared.goals),
        "positions": len(shared.all_positions()),
        "resources": len(shared.resources),
        "supports": len(shared.supports),
        "notes": len(shared.notes),
        "checkins": len(shared.checkins),
        "measures": len(shared.measures) if format_ in ("json", "csv") else 0,
        "results": len(shared.results) - len(shared.checkins),
    }
    if format_ in ("md", "html"):  # a report shows only the measures named with --measure
        sizes["results"] = sum(
            1 for r in shared.results if r.measure in shared.reported and r.measure != "checkin"
        )
    if format_ == "csv":
        return tn(f"export.count.{table}", sizes[table])
    written = [tn(f"export.count.{name}", count) for name, count in sizes.items() if count]
    return ", ".join(written) or tn("export.count.goals", 0)


def register(app: typer.Typer) -> None:
    @command(app, "export", "help.export")
    def export(
        ctx: typer.Context,
        format_: Annotated[
            str | None, _opt("help.opt.export_format", "--format", metavar="json|csv|md|html")
        ] = None,
        output: Annotated[
            str | None, _opt("help.opt.export_output", "--output", "-o", metavar=t("metavar.file"))
        ] = None,
        force: Annotated[bool, typer.Option("--force", help=t("help.opt.export_force"))] = False,
        table: Annotated[
            str | None, _opt("help.opt.export_table", "--table", metavar=t("metavar.table"))
        ] = None,
        goal: Annotated[
            list[str] | None,
            _opt("help.opt.export_goal", "--goal", "-g", metavar=t("metavar.goal")),
        ] = None,
        since: Annotated[str | None, when_option("help.opt.export_since", "--since")] = None,
        until: Annotated[str | None, when_option("help.opt.export_until", "--until")] = None,
        no_notes: Annotated[
            bool, typer.Option("--no-notes", help=t("help.opt.export_no_notes"))
        ] = False,
        delimiter: Annotated[
            str | None, _opt("help.opt.export_delimiter", "--delimiter", metavar=",|;|tab")
        ] = None,
        measure: Annotated[
            list[str] | None,
            _opt("help.opt.export_measure", "--measure", metavar=t("measure.metavar.name")),
        ] = None,
    ) -> None:
        from recovery_cli.journal.selection import Choice, select
        from recovery_cli.storage.exchange import check_output, write_export

        output = None if output == "-" else output
        format_ = _format(format_, output)
        table = _table(table, format_)
        separator = _delimiter(delimiter, format_)
        app_state = state(ctx)
        target = Path(output).expanduser() if output else None
        if target is not None:
            check_output(target, app_state.path, force=force)
        choice = Choice(
            goals=tuple(goal or ()),
            since=since,
            until=until,
            notes=not no_notes,
            measures=tuple(measure or ()),
        )
        with app_state.journal() as journal, working(t("progress.exporting")):
            shared = select(journal, choice)
            if separator is None:  # the journal's own language is settled once it is open
                from recovery_cli.export.csvout import default_delimiter

                separator = default_delimiter(get_language())
            payload = _payload(format_, shared, table, separator)
        if target is None:
            typer.echo(payload, nl=False)
            return
        write_export(target, payload, app_state.path, force=force)
        what = t(
            f"export.what.{format_}",
            table=t(f"export.table.{table}"),
            separator=t(f"export.separator.{DELIMITER_NAMES[separator]}"),
        )
        out.done(
            t("export.done", what=what, counts=_counts(shared, format_, table), path=str(target))
        )

    @command(app, "import", "help.import")
    def import_(
        ctx: typer.Context,
        file: Annotated[str, argument("help.arg.import_file", t("metavar.file") + "|-")],
        dry_run: Annotated[bool, typer.Option("--dry-run", help=t("help.opt.dry_run"))] = False,
        as_json: Annotated[bool, typer.Option("--json", help=t("help.opt.import_json"))] = False,
    ) -> None:
        from recovery_cli.journal.document import read_incoming
        from recovery_cli.journal.importing import apply_import, plan_import
        from recovery_cli.storage.exchange import not_json_text, parse_json, read_import
        from recovery_cli.views.importing import import_json, import_lines

        app_state = state(ctx)
        if file == "-":  # standard input: `cat other.json | recovery import -`
            path, raw = Path("-"), _read_stdin_import()
        else:
            path = Path(file).expanduser()
            raw = read_import(path)
        source = None if file == "-" else str(path)  # as the report names it
        # what a refusal of its content names: "The file …" or "What came on standard input"
        said = t("import.source.stdin") if file == "-" else t("import.source.file", path=str(path))
        if not raw.removeprefix(b"\xef\xbb\xbf").strip():  # nothing to import: say so
            if file == "-":
                raise InputError("import.error.empty_stdin")
            raise InputError("import.error.empty", path=str(path))
        from recovery_cli.storage import crypto

        if crypto.is_sealed(raw):  # an encrypted copy, e.g. a sync conflict of this journal
            from recovery_cli.storage.codec import load

            value, _ = load(raw, path, app_state.keys)
        else:
            value = parse_json(raw)
            if value is None and not_json_text(raw):  # a CSV or Markdown export, a note
                raise InputError("import.error.not_export", source=said)
        incoming = read_incoming(value, said)
        with app_state.journal(write=not dry_run) as journal:
            with working(t("progress.importing")):
                plan = plan_import(journal, incoming)
                backup = None if dry_run else apply_import(journal, plan)
            numbers = {g.id: g.number for g in journal.goals}
            numbers.update({g.id: g.number for g in plan.added["goals"]})
            if as_json:
                from recovery_cli.views.jsonout import dumps

                report = dumps(
                    import_json(
                        plan,
                        source="-" if file == "-" else str(path),
                        kind=incoming.kind,
                        goal_numbers=numbers,
                        dry_run=dry_run,
                        backup=backup,
                    )
                )
            else:
                lines = import_lines(
                    plan,
                    source=source,
                    kind=incoming.kind,
                    goal_numbers=numbers,
                    dry_run=dry_run,
                    backup=backup,
                )
        if as_json:
            out.raw(report)
            return
        for line in lines:
            out.say(line)

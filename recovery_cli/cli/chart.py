"""``recovery chart``: one panel per goal over time, in the terminal or saved to a file."""

from pathlib import Path
from typing import Annotated

import typer

from recovery_cli.cli import complete
from recovery_cli.cli.base import argument, command, when_option
from recovery_cli.cli.base import option as _opt
from recovery_cli.cli.state import state
from recovery_cli.domain.chime import parse_domain
from recovery_cli.domain.errors import InputError, NotPossible
from recovery_cli.i18n import t
from recovery_cli.views import format as fmt
from recovery_cli.views import out

SAVE_SUFFIXES = {".txt": "txt", ".html": "html", ".htm": "html", ".svg": "svg"}
TOGETHER_CLEAREST = 3  # goals one chart tells apart at a glance; more are drawn, with a line


def _save_target(save: str, journal_path: Path, force: bool) -> tuple[Path, str]:
    """Where ``--save`` writes and in which format; refuses other kinds, the journal,
    and (without ``force``) a file that is already there, as ``recovery export`` does."""
    from recovery_cli.storage.exchange import check_output

    if not save.strip():
        raise InputError("error.chart.save_empty")
    path = Path(save).expanduser()
    kind = SAVE_SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise InputError("error.chart.save_suffix", path=save)
    if path.absolute() == journal_path.absolute():
        raise InputError("error.chart.save_journal", path=save)
    if path.is_dir():
        raise InputError("error.chart.save_is_dir", path=save)
    if path.is_symlink() and not force:  # a dangling link "does not exist" but is there
        raise NotPossible("export.error.exists", path=str(path))
    check_output(path, journal_path, force=force)
    return path, kind


def _others_note(stories) -> str:
    """A line saying that only the person's own positions are drawn, when someone
    else's view on one of these goals is left out; else empty."""
    names: dict[str, None] = {}
    first = None
    for story in stories:
        given = story.others_names
        if given:
            names.update(dict.fromkeys(given))
            first = first or story.goal
    if first is None:
        return ""
    return t("chart.others", names=", ".join(names), number=first.number)


def _terminal() -> tuple[int, int | None, bool]:
    """The width and height to draw in, and whether colour is wanted, without
    importing rich (a chart should not pay for it): COLUMNS and LINES or the
    terminal's size; no height limit for a file or a pipe; colour only on a
    terminal without NO_COLOR."""
    import os
    import shutil
    import sys

    size = shutil.get_terminal_size((80, 24))
    tty = sys.stdout.isatty()
    lines = size.lines - 1 if tty or os.environ.get("LINES") else None  # a row for the prompt
    colour = tty and not os.environ.get("NO_COLOR")
    return size.columns, lines, colour


def register(app: typer.Typer) -> None:
    @command(app, "chart", "help.chart")
    def chart(
        ctx: typer.Context,
        refs: Annotated[
            list[str] | None,
            argument(
                "help.arg.chart_goals", t("metavar.goal") + "...", autocompletion=complete.goals
            ),
        ] = None,
        chime: Annotated[
            str | None, _opt("help.opt.chart_chime", "--chime", metavar=t("metavar.domain"))
        ] = None,
        by_domain: Annotated[
            bool, typer.Option("--by-domain", help=t("help.opt.chart_by_domain"))
        ] = False,
        checkins: Annotated[
            bool, typer.Option("--checkins", help=t("help.opt.chart_checkins"))
        ] = False,
        together: Annotated[
            bool, typer.Option("--together", help=t("help.opt.chart_together"))
        ] = False,
        describe: Annotated[
            bool, typer.Option("--describe", help=t("help.opt.chart_describe"))
        ] = False,
        since: Annotated[str | None, when_option("help.opt.chart_since", "--since")] = None,
        until: Annotated[str | None, when_option("help.opt.chart_until", "--until")] = None,
        save: Annotated[
            str | None, _opt("help.opt.chart_save", "--save", metavar=t("metavar.file"))
        ] = None,
        force: Annotated[bool, typer.Option("--force", help=t("help.opt.chart_force"))] = False,
        measures: Annotated[
            list[str] | None,
            _opt("help.opt.chart_measure", "--measure", metavar=t("metavar.measure")),
        ] = None,
    ) -> None:
        from recovery_cli.journal import timeline
        from recovery_cli.views import chart as view

        app_state = state(ctx)
        domain = parse_domain(chime) if chime else None
        if checkins and (refs or by_domain):
            raise InputError("error.chart.checkins_alone")
        if measures and (checkins or by_domain or together):
            raise InputError("error.chart.measure_alone")
        target = _save_target(save, app_state.path, force) if save is not None else None
        others = ""
        with app_state.journal() as journal:
            now = journal.now
            start, end = timeline.chart_range(now, since, until)
            domains = (domain,) if domain else timeline.DOMAINS
            if checkins:  # one panel per check-in question
                kind = "checkins"
                panels = view.domain_panels(
                    timeline.checkin_lines(journal, domains),
                    now,
                    checkins=True,
                    start=start,
                    end=end,
                )
                if not panels:
                    out.say(t("chart.no_checkins"))
                    return
            elif measures and not refs:  # a panel per measure, on its own range
                kind = "measures"
                panels = view.measure_panels(journal, measures, now, start=start, end=end)
                if not any(panel.points for panel in panels):
                    out.say(t("chart.measure_empty", name=measures[0].strip()))
                    return
            elif not journal.goals:
                out.say(t("list.empty_all"))
                return
            else:
                goals = timeline.select_goals(journal, refs or [], domain)
                if not goals:
                    out.say(t("chart.no_match", domain=fmt.domain_name(domain or "")))
                    return
                from recovery_cli.journal.story import stories

                told = stories(journal, goals)
                others = _others_note(told)
                if by_domain:  # the mean position of each domain's goals
                    kind = "domains"
                    panels = view.domain_panels(
                        timeline.domain_lines(journal, goals, domains), now, start=start, end=end
                    )
                else:
                    kind = "goals"
                    panels = view.goal_panels(told, now, start=start, end=end)
                    panels += view.measure_panels(
                        journal, measures or (), now, offset=len(panels), start=start, end=end
                    )
            title = view.chart_title(kind, start, end, given_end=bool(until))
        shown = view.in_range(panels, start, end)
        if not shown:
            out.say(view.nothing_to_draw(panels, start, end, checkins=checkins))
            if others:
                out.say(others)
            return
        if together and kind == "goals" and len(shown) > TOGETHER_CLEAREST:
            out.info(t("chart.together_many", count=len(shown)))  # drawn all the same
        width, lines, colour = _terminal()
        if describe:  # the words only (a file asked for is still saved)
            from recovery_cli.charts.stack import describe as words

            typer.echo(words(shown, width))
        if target is None and not describe:
            from recovery_cli.charts import stack

            if together:
                text = stack.render_together(
                    shown, width=width, colour=colour, start=start, end=end, title=title
                )
            else:
                text = stack.render(
                    shown,
                    width=width,
                    lines=lines,
                    colour=colour,
                    start=start,
                    end=end,
                    title=title,
                )
            typer.echo(text, color=colour)
        elif target is not None:
            _save(target, shown, width=width, start=start, end=end, title=title, together=together)
        if others:
            out.say(others)


def _save(
    target: tuple[Path, str], panels, *, width: int, start, end, title: str, together: bool
) -> None:
    """Write the chart to its file: the terminal text without colour (.txt), or
    the vector drawing the report uses (.svg, .html); private to the person."""
    from recovery_cli.storage.saved import save_private_text

    path, kind = target
    if kind == "txt":
        from recovery_cli.charts import stack

        if together:
            text = stack.render_together(
                panels, width=width, colour=False, start=start, end=end, title=title
            )
        else:
            text = stack.render(
                panels, width=width, lines=None, colour=False, start=start, end=end, title=title
            )
    else:
        from recovery_cli.export import chartfile

        text = (chartfile.svg_file if kind == "svg" else chartfile.html_file)(
            panels, start=start, end=end, title=title, together=together
        )
    save_private_text(path, text + "\n")
    out.done(t("chart.saved", path=str(path)))
